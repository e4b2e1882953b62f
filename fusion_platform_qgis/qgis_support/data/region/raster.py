"""Raster layers -> GeoTIFF uploads: a main-thread snapshot, then the copy or export in a task."""

from __future__ import annotations

import os
from dataclasses import dataclass

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsRasterLayer,
)

from ...words.i18n import tr
from .common import NOT_FOUND, UNSUPPORTED, PreparedUpload, RegionError, RegionProblem, _crs_problem, safe_file_stem


# ------------------------------------------------------------------------------------------------ rasters
@dataclass
class RasterSnapshot:
    name: str
    source_path: str
    driver: str
    crs: QgsCoordinateReferenceSystem
    provider: str


def capture_raster(layer: QgsRasterLayer) -> RasterSnapshot:
    """Main thread: what the worker needs to upload a raster layer (its file, driver and CRS)."""
    if layer is None or not layer.isValid():
        raise RegionError([RegionProblem(NOT_FOUND, tr("The raster layer is not valid or its file is missing."))])
    provider = layer.providerType()
    source = layer.source()
    driver = ""
    if provider == "gdal":
        path = source.split("|")[0]
        try:
            from osgeo import gdal

            dataset = gdal.OpenEx(path, gdal.OF_RASTER)
            driver = dataset.GetDriver().ShortName if dataset is not None else ""
            dataset = None
        except Exception:
            driver = ""
        source = path
    return RasterSnapshot(layer.name(), source, driver, QgsCoordinateReferenceSystem(layer.crs()), provider)


def raster_to_geotiff(snapshot: RasterSnapshot, out_dir: str) -> PreparedUpload:
    """Worker thread: the layer's own GeoTIFF when it is one, else a GeoTIFF exported with GDAL."""
    problem = _crs_problem(snapshot.crs, tr("The raster '{0}'").format(snapshot.name))
    if problem:
        raise RegionError([problem])
    if snapshot.provider != "gdal":
        raise RegionError(
            [
                RegionProblem(
                    UNSUPPORTED,
                    tr(
                        "The raster '{0}' comes from a web service ({1}); save it "
                        "as a GeoTIFF first (Export › Save As…), then upload that."
                    ).format(snapshot.name, snapshot.provider),
                )
            ]
        )
    if snapshot.driver == "GTiff" and os.path.splitext(snapshot.source_path)[1].lower() in (".tif", ".tiff"):
        return PreparedUpload(name=snapshot.name, file_type="GeoTIFF", paths=[snapshot.source_path])
    from osgeo import gdal

    out = os.path.join(out_dir, safe_file_stem(snapshot.name) + ".tif")
    options = gdal.TranslateOptions(
        format="GTiff", creationOptions=["COMPRESS=DEFLATE", "TILED=YES", "BIGTIFF=IF_SAFER"]
    )
    dataset = gdal.Translate(out, snapshot.source_path, options=options)
    if dataset is None:
        raise RegionError(
            [RegionProblem(UNSUPPORTED, tr("The raster '{0}' could not be exported to GeoTIFF.").format(snapshot.name))]
        )
    if not dataset.GetProjection():
        dataset.SetProjection(snapshot.crs.toWkt())
    dataset = None
    return PreparedUpload(
        name=snapshot.name,
        file_type="GeoTIFF",
        paths=[out],
        warnings=[tr("'{0}' was exported to GeoTIFF for the upload.").format(snapshot.name)],
    )

"""Regenerates the small geodata fixtures of the data-dock tests (run once; the outputs are committed).

    .venv/bin/python tests/data/make_data_fixtures.py

Everything is synthetic: squares in British National Grid near Glasgow, a KMZ triangle, a tiny DEM and a
deliberately corrupt GeoTIFF (valid TIFF magic, garbage after it).
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr

HERE = Path(__file__).resolve().parent
gdal.UseExceptions()

# Five 1 km squares in EPSG:27700 (x, y of the lower-left corner), around Glasgow.
BNG_SQUARES = [(255000, 662000), (257000, 662000), (259000, 662000), (255000, 664000), (257000, 664000)]
KMZ_RING = [(-3.20, 55.94), (-3.15, 55.94), (-3.17, 55.97), (-3.20, 55.94)]  # Edinburgh, lon/lat
DEM_BOUNDS = (-4.30, 55.80, -4.20, 55.90)  # west, south, east, north


def square_wkt(x: float, y: float, size: float = 1000) -> str:
    return f"POLYGON(({x} {y},{x + size} {y},{x + size} {y + size},{x} {y + size},{x} {y}))"


def write_vector(path: Path, driver: str, layer_name: str) -> None:
    if path.exists():
        ogr.GetDriverByName(driver).DeleteDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(27700)
    source = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    layer = source.CreateLayer(layer_name, srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for index, (x, y) in enumerate(BNG_SQUARES, start=1):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("name", f"square {index}")
        feature.SetGeometry(ogr.CreateGeometryFromWkt(square_wkt(x, y)))
        layer.CreateFeature(feature)
    source = None


def write_kmz(path: Path) -> None:
    coords = " ".join(f"{lon},{lat},0" for lon, lat in KMZ_RING)
    kml = f"""<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>Edinburgh triangle</name>
<Polygon><outerBoundaryIs><LinearRing><coordinates>{coords}</coordinates></LinearRing></outerBoundaryIs></Polygon>
</Placemark></Document></kml>"""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("doc.kml", kml)


def write_dem(path: Path) -> None:
    west, south, east, north = DEM_BOUNDS
    size = 40
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), size, size, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((west, (east - west) / size, 0, north, 0, -(north - south) / size))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    dataset.SetProjection(srs.ExportToWkt())
    yy, xx = np.mgrid[0:size, 0:size]
    dataset.GetRasterBand(1).WriteArray((100 + 3 * xx + 2 * yy).astype("float32"))
    dataset = None


def main() -> None:
    write_vector(HERE / "bng_squares.gpkg", "GPKG", "squares")
    write_vector(HERE / "bng_squares.shp", "ESRI Shapefile", "bng_squares")
    write_kmz(HERE / "edinburgh.kmz")
    write_dem(HERE / "small_dem.tif")
    (HERE / "corrupt.tif").write_bytes(b"II*\x00" + os.urandom(2000))
    for stale in HERE.glob("*.aux.xml"):
        stale.unlink()


if __name__ == "__main__":
    main()

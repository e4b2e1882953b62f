"""Stage 1, prepare inputs: QGIS layers → files the platform accepts → uploaded data items.

The layer is read on the main thread (:func:`capture_layer`: a snapshot, see region/vector.py, raster.py); the export and the
upload run on a worker thread (:func:`upload_inputs`), each input in its own temporary folder that is removed
with it (``uploads._prepare_in_temp_dir``), through ``uploads.upload_prepared`` which deletes a half-created
data item on cancel or failure. When input 2 fails after input 1 was uploaded, input 1 is removed too: a run
that never started leaves nothing behind on the platform.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from typing import Any, Callable, Optional

from ...api.errors import ValidationError
from ..data import region, uploads
from ..toolbelt.log import log_info, log_warning


@dataclass
class LayerInput:
    """A layer chosen for a process input, as the worker needs it (taken on the main thread)."""

    name: str  # the data item's name on the platform
    snapshot: Any  # region.VectorSnapshot or region.RasterSnapshot
    is_raster: bool
    layer_id: str = ""


def capture_layer(layer, name: Optional[str] = None) -> LayerInput:
    """Main thread (or the thread owning ``layer``): snapshot a vector or raster layer for upload.

    Raises :class:`region.RegionError` for problems visible without reading the data (an invalid layer)."""
    from qgis.core import QgsRasterLayer

    if isinstance(layer, QgsRasterLayer):
        return LayerInput(name or layer.name(), region.capture_raster(layer), True, layer.id())
    return LayerInput(name or layer.name(), region.capture_vector(layer), False, layer.id())


def prepare_input(layer_input: LayerInput, is_canceled: Callable[[], bool] = lambda: False) -> region.PreparedUpload:
    """Worker: a GeoTIFF (raster) or a GeoJSON in EPSG:4326 (vector, any geometry) in a temp folder it owns."""
    name = layer_input.name

    def build(out_dir: str) -> region.PreparedUpload:
        if layer_input.is_raster:
            return region.raster_to_geotiff(layer_input.snapshot, out_dir)
        return region.vector_to_geojson(
            layer_input.snapshot,
            os.path.join(out_dir, region.safe_file_stem(name) + ".geojson"),
            require_polygons=False,
            is_canceled=is_canceled,
        )

    return uploads._prepare_in_temp_dir(name, build)


def upload_inputs(
    organisation,
    layer_inputs: dict[int, LayerInput],
    *,
    cancel: Optional[threading.Event] = None,
    is_canceled: Callable[[], bool] = lambda: False,
    report: Callable[[str], None] = lambda text: None,
) -> dict[int, Any]:
    """Worker: upload every layer input as a data item; ``{input number: Data}``.

    A problem with one input's layer is raised as a ``ValidationError`` keyed ``input_<n>`` (the editor shows it
    under that input). On any failure the inputs already uploaded by this call are deleted again."""
    uploaded: dict[int, Any] = {}
    try:
        for number, layer_input in sorted(layer_inputs.items()):
            report(layer_input.name)
            try:
                prepared = prepare_input(layer_input, is_canceled)
            except region.RegionError as exc:
                raise ValidationError(str(exc), field_errors={f"input_{number}": str(exc)}) from exc
            try:
                uploaded[number] = uploads.upload_prepared(organisation, prepared, name=layer_input.name, cancel=cancel)
            finally:
                prepared.cleanup()
    except BaseException:
        for data in uploaded.values():
            try:
                data.delete()
                log_info(f"Removed the input '{data.name}' uploaded for a run that did not start")
            except Exception as cleanup:
                log_warning(f"Could not remove the uploaded input '{data.name}': {cleanup}")
        raise
    return uploaded

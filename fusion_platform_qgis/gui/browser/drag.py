"""Dragging Browser items: onto the map or the layer tree (our drop handler), into Processing parameters."""

from __future__ import annotations

import json

from qgis.core import (
    QgsMimeDataUtils,
)
from qgis.gui import QgsCustomDropHandler

from ...qgis_support.runs.records import run_key
from .actions import add_data_model, load_run
from .context import DRAG_KEY, BrowserContext


def drag_uri(name: str, payload: dict, layer_type: str = "custom") -> QgsMimeDataUtils.Uri:
    """A URI the map canvas and the layer tree hand to :class:`BrowserDropHandler` when it is dropped."""
    uri = QgsMimeDataUtils.Uri()
    uri.layerType = layer_type
    uri.providerKey = DRAG_KEY
    uri.name = name
    uri.uri = json.dumps(payload, default=str)
    return uri


def handle_drop(context: BrowserContext, payload: dict):
    """Load what was dragged from the Browser: a data item or file, or a run's outputs."""
    if payload.get("kind") == "data":
        model = payload.get("model") or {}
        _dropped_while_downloading(context, f"data:{model.get('id')}")
        return add_data_model(context, str(payload.get("organisation_id")), model, payload.get("file"))
    if payload.get("kind") == "run" and payload.get("run"):
        _dropped_while_downloading(context, f"run:{run_key(payload['run'])}")
        return load_run(context, str(payload.get("organisation_id")), payload["run"])
    return None


def _dropped_while_downloading(context: BrowserContext, key: str) -> None:
    """The drag's download of this item still runs: it stays quiet (the drop's load reports)."""
    if any(running.startswith(f"prefetch:{key}") for running in context.tasks):
        context.dropped.add(key)


def payloads(mime_data) -> list[dict]:
    """What our URIs in dragged mime data carry (the other URIs of the drag are left out)."""
    if mime_data is None or not QgsMimeDataUtils.isUriList(mime_data):
        return []
    found = []
    for uri in QgsMimeDataUtils.decodeUriList(mime_data):
        if uri.providerKey != DRAG_KEY:
            continue
        try:
            payload = json.loads(uri.uri or "")
        except ValueError:
            continue
        if isinstance(payload, dict):
            found.append(payload)
    return found


class BrowserDropHandler(QgsCustomDropHandler):
    """Items dragged from the Browser onto the map or the layer tree load like a double-click.

    A drag of an item on disk also carries its local file's gdal/ogr URI (for Processing parameters, see
    :mod:`.local`); QGIS would add that file as a plain layer besides ours, so :meth:`handleMimeDataV2` takes a
    drop with our URIs whole (QGIS then handles nothing more of it)."""

    def __init__(self, context: BrowserContext):
        super().__init__()
        self.context = context

    def customUriProviderKey(self) -> str:
        return DRAG_KEY

    def canHandleMimeData(self, data) -> bool:
        return bool(payloads(data))

    def handleMimeDataV2(self, data) -> bool:
        found = payloads(data)
        for payload in found:
            handle_drop(self.context, payload)
        return bool(found)

    def handleCustomUriDrop(self, uri) -> None:
        try:
            payload = json.loads(uri.uri)
        except ValueError:
            return
        if isinstance(payload, dict):
            handle_drop(self.context, payload)

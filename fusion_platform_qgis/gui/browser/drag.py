"""Dragging Browser items: onto the map or the layer tree (our drop handler), into Processing parameters."""

from __future__ import annotations

import json

from qgis.core import (
    QgsMimeDataUtils,
)
from qgis.gui import QgsCustomDropHandler

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
        return add_data_model(
            context, str(payload.get("organisation_id")), payload.get("model") or {}, payload.get("file")
        )
    if payload.get("kind") == "run" and payload.get("run"):
        return load_run(context, str(payload.get("organisation_id")), payload["run"])
    return None


class BrowserDropHandler(QgsCustomDropHandler):
    """Items dragged from the Browser onto the map or the layer tree load like a double-click."""

    def __init__(self, context: BrowserContext):
        super().__init__()
        self.context = context

    def customUriProviderKey(self) -> str:
        return DRAG_KEY

    def handleCustomUriDrop(self, uri) -> None:
        try:
            payload = json.loads(uri.uri)
        except ValueError:
            return
        if isinstance(payload, dict):
            handle_drop(self.context, payload)

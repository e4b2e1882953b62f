"""Drag and drop of data items: the Data dock's list drags them, the map canvas and the layer tree take them.

A drag carries our own MIME type (JSON: id, name, organisation) and a QGIS URI list with a custom provider key,
so both QGIS's canvas drop path (``handleMimeDataV2``) and the layer tree's (``handleCustomUriDrop``) reach
:class:`DataDropHandler`, which asks the dock to load the items.
"""

from __future__ import annotations

import json
from typing import Callable

from qgis.core import QgsMimeDataUtils
from qgis.gui import QgsCustomDropHandler
from qgis.PyQt.QtCore import QMimeData, Qt
from qgis.PyQt.QtWidgets import QTreeWidget

from ..api.models import Data

MIME_TYPE = "application/x-fusion-platform-data"
URI_PROVIDER_KEY = "fusion_platform_data"
ROLE_OBJECT = Qt.ItemDataRole.UserRole + 1  # the Data or DataFile a row of the list stands for


def encode_data_mime(items: list[dict]) -> QMimeData:
    """Drag payload: our MIME type (JSON) plus a QGIS URI list, so the layer tree's drop path also finds us."""
    mime = QMimeData()
    mime.setData(MIME_TYPE, json.dumps(items).encode("utf-8"))
    uris = []
    for item in items:
        uri = QgsMimeDataUtils.Uri()
        uri.layerType = "custom"
        uri.providerKey = URI_PROVIDER_KEY
        uri.name = item.get("name") or ""
        uri.uri = json.dumps(item)
        uris.append(uri)
    uri_mime = QgsMimeDataUtils.encodeUriList(uris)
    if uri_mime is not None:
        for fmt in uri_mime.formats():
            mime.setData(fmt, uri_mime.data(fmt))
    return mime


def decode_data_mime(mime: QMimeData) -> list[dict]:
    if mime is None or not mime.hasFormat(MIME_TYPE):
        return []
    try:
        items = json.loads(mime.data(MIME_TYPE).data().decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []
    return [i for i in items if isinstance(i, dict) and i.get("id")]


class DataTreeWidget(QTreeWidget):
    """The data list; dragging data items produces :data:`MIME_TYPE` payloads."""

    def mimeTypes(self):
        return [MIME_TYPE, "application/x-vnd.qgis.qgis.uri"]

    def mimeData(self, items):
        payload = []
        for item in items:
            obj = item.data(0, ROLE_OBJECT)
            if isinstance(obj, Data):
                payload.append({"id": str(obj.id), "name": obj.name, "organisation_id": str(obj.organisation_id)})
        return encode_data_mime(payload)


class DataDropHandler(QgsCustomDropHandler):
    """Hands the data items dropped on the map canvas or the layer tree to ``on_drop`` (the dock loads them)."""

    def __init__(self, on_drop: Callable[[list[dict]], None]):
        super().__init__()
        self.on_drop = on_drop

    def customUriProviderKey(self) -> str:
        return URI_PROVIDER_KEY

    def handleCustomUriDrop(self, uri) -> None:
        try:
            self.on_drop([json.loads(uri.uri)])
        except ValueError:
            pass

    def canHandleMimeData(self, data) -> bool:
        return data is not None and data.hasFormat(MIME_TYPE)

    def handleMimeDataV2(self, data) -> bool:
        items = decode_data_mime(data)
        if not items:
            return False
        self.on_drop(items)
        return True

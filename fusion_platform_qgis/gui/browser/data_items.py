"""The organisation's uploaded data: the "Data" folder, data items and their files."""

from __future__ import annotations

import os
from typing import Any, Optional

from ...api import listings
from ...api.models import Data
from ...qgis_support.data import item_layers as data_layers
from ...qgis_support.data import uploads
from ...qgis_support.runs import interrupted
from ...qgis_support.toolbelt.tasks import run_task
from ...qgis_support.words.i18n import tr
from ..ui import copy_text
from . import local
from .actions import add_data, delete_data, download_data_to, prefetch_data, rename_data, show_data
from .base import EmptyItem, FolderItem, LeafItem, PagedFolder, menu_actions
from .context import BrowserContext
from .drag import drag_uri


class DataFolderItem(PagedFolder):
    def __init__(self, parent, context: BrowserContext, organisation_id: str):
        super().__init__(parent, tr("Data"), f"{parent.path()}/data", context, organisation_id, "data.svg")
        self.setSortKey("1")

    def collection(self) -> listings.Collection:
        return listings.uploaded_data(self.organisation_id)

    def make_children(self, entries: list[dict]) -> list:
        return [DataItem(self, self.context, self.organisation_id, entry) for entry in entries]

    def empty_text(self) -> str:
        return tr("No data yet: upload some from the Data panel")


# -- data
class DataItem(FolderItem):
    """An uploaded data item: its files as children; "Add to map" loads them all."""

    def __init__(self, parent, context: BrowserContext, organisation_id: str, model: dict):
        super().__init__(
            parent,
            str(model.get("name") or model.get("id")),
            f"{parent.path()}/{model.get('id')}",
            context,
            "/mIconVector.svg",
        )
        self.organisation_id = organisation_id
        self.model = dict(model)
        self.local: list[local.LocalFile] = []  # its files on disk, once known (all of them, or none)
        self.setToolTip(tr("Data item {0}").format(model.get("id")))
        self.upload_state = interrupted.READY
        self.show_upload_state(None)

    def show_upload_state(self, files: Optional[list]) -> None:
        """An unfinished upload (interrupted, incomplete, analysing) says so in its name and tooltip."""
        self.upload_state, _entry = uploads.upload_state(self.data_id, files)
        text = interrupted.state_text(self.upload_state, tr)
        base = str(self.model.get("name") or self.model.get("id"))
        self.setName(f"{base} ({text})" if text else base)
        hint = interrupted.state_hint(self.upload_state, True, tr)
        self.setToolTip(hint or tr("Data item {0}").format(self.model.get("id")))

    @property
    def data_id(self) -> str:
        return str(self.model.get("id"))

    def data(self, session=None) -> Data:
        return Data(session or self.context.session(), self.model, context={"organisation_id": self.organisation_id})

    def fetch(self, session) -> Any:
        files = listings.data_files(session, self.organisation_id, self.data_id)
        folder = local.data_folder(data_layers.cache_dir(), self.model)
        return files, {local.file_id(f): local.file_on_disk(folder, f) for f in files}

    def build(self, answer: Any) -> list:
        files, on_disk = answer
        self.show_upload_state(files)
        children = [FileItem(self, self.context, entry, on_disk.get(local.file_id(entry))) for entry in files]
        primary = [on_disk.get(local.file_id(f)) for f in local.primary(files)]
        self.local = [f for f in primary if f is not None] if primary and all(primary) else []
        return children or [EmptyItem(self, self.context, tr("No files"))]

    def take_data_files(self, data_id: str, files: list, whole: bool) -> None:
        """Its files are on disk now (actions.note_data_files): a drag offers them to Processing."""
        if self.data_id == data_id and whole:
            self.local = list(files)

    def handleDoubleClick(self) -> bool:
        add_data(self.context, self)
        return True

    def hasDragEnabled(self) -> bool:
        return True

    def mimeUris(self):
        """Its files on disk first (what a Processing parameter takes), then ours (what the map's drop handler
        takes); not on disk yet, the drag downloads it (:func:`.actions.prefetch_data`)."""
        if not self.local:
            prefetch_data(self.context, self.organisation_id, self.model)
        return local.local_uris(self.name(), self.local) + [
            drag_uri(self.name(), {"kind": "data", "organisation_id": self.organisation_id, "model": self.model})
        ]

    def resume_upload(self) -> None:
        """Send an interrupted upload again through the Data panel (its item is replaced, not doubled); whether
        its file is still there is looked at in a task."""
        _state, entry = uploads.upload_state(self.data_id, None)
        if entry is None:
            return
        path = str((entry.get("source") or {}).get("path") or "")
        context = self.context

        def resume(exists: bool) -> None:
            params = uploads.resume_params(entry, lambda _path: exists)
            dock = context.show_dock("data") if params is not None else None
            if dock is None or not hasattr(dock, "uploads"):
                context.message(interrupted.state_hint(interrupted.INTERRUPTED, False, tr))
                return
            dock.uploads.launch(params)

        if not path:
            resume(False)
            return
        run_task(
            tr("Looking for the file of an interrupted upload"),
            lambda _task: os.path.isfile(path),
            lambda exists: resume(bool(exists)),
            lambda _error: resume(False),
            silent=True,
        )

    def actions(self, parent):
        resume = [(tr("Resume upload"), self.resume_upload)] if self.upload_state == interrupted.INTERRUPTED else []
        return menu_actions(
            parent,
            resume
            + [
                (tr("Add to map"), lambda: add_data(self.context, self)),
                (tr("Download to…"), lambda: download_data_to(self.context, self)),
                (tr("Copy id"), lambda: copy_text(self.data_id)),
                (tr("Show in the Data panel"), lambda: show_data(self.context, self.data_id)),
                (tr("Rename…"), lambda: rename_data(self.context, self)),
                (tr("Delete…"), lambda: delete_data(self.context, self)),
            ],
        )


class FileItem(LeafItem):
    def __init__(
        self, parent: DataItem, context: BrowserContext, model: dict, on_disk: Optional[local.LocalFile] = None
    ):
        name = str(model.get("file_name") or model.get("file_id") or model.get("id"))
        icon = "/mIconRaster.svg" if model.get("file_type") in data_layers.RASTER_TYPES else "/mIconVector.svg"
        super().__init__(parent, name, f"{parent.path()}/file/{model.get('file_id') or model.get('id')}", context, icon)
        self.data_item = parent
        self.model = dict(model)
        self.local: Optional[local.LocalFile] = on_disk  # the downloaded file, once known
        self.setToolTip(f"{model.get('file_type') or ''} {name}".strip())

    @property
    def file_id(self) -> str:
        return str(self.model.get("file_id") or self.model.get("id"))

    def take_data_files(self, data_id: str, files: list, whole: bool) -> None:
        """Its data item's files are on disk now (actions.note_data_files): a drag offers this one's to Processing."""
        if self.data_item.data_id == data_id:
            self.local = next(((p, t) for p, t in files if local.same_file(p, self.model)), self.local)

    def handleDoubleClick(self) -> bool:
        add_data(self.context, self.data_item, self)
        return True

    def hasDragEnabled(self) -> bool:
        return True

    def mimeUris(self):
        if self.local is None:
            prefetch_data(self.context, self.data_item.organisation_id, self.data_item.model, self.model)
        return local.local_uris(self.name(), [self.local] if self.local else []) + [
            drag_uri(
                self.name(),
                {
                    "kind": "data",
                    "organisation_id": self.data_item.organisation_id,
                    "model": self.data_item.model,
                    "file": self.model,
                },
            )
        ]

    def actions(self, parent):
        return menu_actions(
            parent,
            [
                (tr("Add to map"), lambda: add_data(self.context, self.data_item, self)),
                (tr("Download to…"), lambda: download_data_to(self.context, self.data_item, self)),
                (tr("Copy id"), lambda: copy_text(self.file_id)),
            ],
        )

"""One file of a data item: safe names, signed download URLs, downloads (SDK ``models.data_file``)."""

from __future__ import annotations

import copy
import logging
import os
import threading
from typing import Callable, Optional

from .. import partial, paths, transfer
from ..errors import FusionPlatformError, ModelError, TransferError
from ..names import check_inside, safe_file_name
from .model import Model

log = logging.getLogger("fusion_platform_qgis.api")


class DataFile(Model):
    _CLASS = "DataFile"
    _FIELDS = (
        "id",
        "created_at",
        "updated_at",
        "organisation_id",
        "data_id",
        "file_id",
        "preview_file_id",
        "file_type",
        "file_name",
        "resolution",
        "crs",
        "bounds",
        "area",
        "length",
        "points",
        "lines",
        "polygons",
        "size",
        "error",
        "publishable",
        "alternative",
        "source",
        "selectors",
        "number_of_ingesters",
        "ingesters",
        "downloads",
        "geojson",
        "title",
        "description",
        "stac_item",
        "stac_item_file",
    )
    _READ_ONLY = frozenset(_FIELDS)
    _CAN_UPDATE = False
    _CAN_DELETE = False

    def _loaded(self) -> None:
        if "_download" not in self.__dict__:
            self._set("_download", None)
        if not self._model.get("organisation_id") and self._context.get("organisation_id"):
            self._model["organisation_id"] = self._context["organisation_id"]

    # Server-supplied names are reduced to one safe path component (the manual's download loop joins
    # ``file.file_name`` onto a folder); the server's text stays available as ``original_*``.
    @property
    def file_name(self) -> Optional[str]:
        raw = self._model.get("file_name")
        return None if raw is None else safe_file_name(raw, str(self._model.get("file_id") or "file"))

    @property
    def original_file_name(self) -> Optional[str]:
        return self._model.get("file_name")

    @property
    def stac_item_file(self) -> Optional[str]:
        raw = self._model.get("stac_item_file")
        return None if raw is None else safe_file_name(raw, "item.stac")

    @property
    def original_stac_item_file(self) -> Optional[str]:
        return self._model.get("stac_item_file")

    @property
    def attributes(self) -> dict:
        values = super().attributes
        if "file_name" in values:
            values["original_file_name"] = values["file_name"]
            values["file_name"] = self.file_name
        if "stac_item_file" in values:
            values["original_stac_item_file"] = values["stac_item_file"]
            values["stac_item_file"] = self.stac_item_file
        return values

    def get(self, **_ignored) -> None:
        """Reload by listing the parent data item's files (files are never fetched singly)."""
        path = paths.data_files(self._org_id(), str(self._model.get("data_id")))
        for item, extras in self._session.iterate(path):
            if str(item.get("id")) == str(self._model.get("id")):
                self._load({**item, "organisation_id": item.get("organisation_id") or self._org_id()}, extras)
                return
        raise ModelError("The file is no longer part of its data item")

    def download_url(self, preview: bool = False) -> str:
        """A signed URL (valid for a limited time) for the file, or its PNG preview."""
        path = paths.download_file(self._org_id(), str(self._model.get("data_id")), str(self._model.get("file_id")))
        answer = self._session.request("GET", path, params={"preview": "True" if preview else "False"})
        url = ((answer or {}).get("extras") or {}).get("url") if isinstance(answer, dict) else None
        if not url:
            raise ModelError("Failed to get a download URL")
        return url

    def download(
        self,
        path: str,
        preview: bool = False,
        wait: bool = False,
        *,
        progress: Optional[Callable[[int, Optional[int]], None]] = None,
        cancel: Optional[threading.Event] = None,
        folder: Optional[str] = None,
    ) -> None:
        """Download to ``path`` in the background (``wait=True`` blocks); resumable, atomic (see transfer.py).

        With ``folder`` (this client's addition) a ``path`` that resolves outside that folder is refused with
        :class:`TransferError` before anything is requested or written.
        """
        if self._download is not None and self._download["thread"].is_alive():
            raise ModelError("A download of this file is already running")
        path = os.fspath(path)
        if folder is not None:
            check_inside(folder, path)
        url = self.download_url(preview=preview)
        state: dict = {"url": url, "path": path, "bytes": 0, "error": None}

        def report(done: int, total: Optional[int]) -> None:
            state["bytes"] = done
            if progress is not None:
                progress(done, total)

        def fetch(renewable: bool) -> None:
            transfer.download_file(
                state["url"],
                path,
                http=self._session.http,
                progress=report,
                cancel=cancel or self._session.cancel,
                timeout=self._session.timeout,
                retry=self._session.retry,
                identity=f"{'preview' if preview else 'file'}:{self._model.get('file_id')}",
                keep_part_on_refusal=renewable,
            )

        def run() -> None:
            try:
                try:
                    fetch(renewable=True)
                except TransferError as exc:
                    if exc.status not in (401, 403):
                        raise
                    # the signed URL expired or was refused: ask for a fresh one, once
                    log.info("Download URL of %s refused (HTTP %s); renewing it", os.path.basename(path), exc.status)
                    try:
                        state["url"] = self.download_url(preview=preview)
                    except BaseException:
                        partial.remove(path)  # no renewal: the kept part is of no use
                        raise
                    fetch(renewable=False)  # continues what arrived before the refusal
            except BaseException as exc:
                state["error"] = exc

        thread = threading.Thread(target=run, name=f"download-{os.path.basename(path)}", daemon=True)
        state["thread"] = thread
        self._set("_download", state)
        thread.start()
        if wait:
            self.download_complete(wait=True)

    def download_progress(self) -> tuple:
        """``(url, path, bytes_so_far)`` of the current/last download (``(None, None, 0)`` when none)."""
        if self._download is None:
            return None, None, 0
        return self._download["url"], self._download["path"], self._download["bytes"]

    def download_complete(self, wait: bool = False) -> bool:
        """True when the download finished; raises its error (TransferError, NetworkError, CancelledError)."""
        if self._download is None:
            raise ModelError("No download has been started for this file")
        thread = self._download["thread"]
        while wait and thread.is_alive():
            thread.join(0.2)
        if thread.is_alive():
            return False
        error = self._download["error"]
        if error is not None:
            if isinstance(error, FusionPlatformError):
                raise error
            raise TransferError(f"Download failed: {error}")
        return True

    def get_stac_item(self) -> tuple:
        """``(stac_item, stac_item_file)``: the item as sent by the server, the file name made safe (either may be None)."""
        return copy.deepcopy(self._model.get("stac_item")), self.stac_item_file


File = DataFile

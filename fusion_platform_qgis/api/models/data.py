"""A data item: uploads, analysis, copies and STAC collections (SDK ``models.data``)."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from typing import Any, Optional

from .. import paths, transfer
from ..client import to_wire
from ..errors import FusionPlatformError, ModelError, NotFoundError, TransferError, ValidationError
from .data_file import DataFile
from .model import Model

log = logging.getLogger("fusion_platform_qgis.api")


class Data(Model):
    _CLASS = "Data"
    _FIELDS = (
        "id",
        "created_at",
        "updated_at",
        "organisation_id",
        "name",
        "unlinked",
        "unfulfilled",
        "bounds",
        "file_with_preview",
        "uploaded_organisation_id",
        "deletable",
    )
    _READ_ONLY = frozenset(set(_FIELDS) - {"name"})

    def _loaded(self) -> None:
        if "_uploads" not in self.__dict__:
            self._set("_uploads", [])

    def _path(self) -> str:
        return paths.data_item(self._org_id(), self._id())

    @property
    def files(self) -> Iterator[DataFile]:
        org = self._org_id()
        return (
            DataFile(self._session, i, extras=e, context={"organisation_id": org, "data": self})
            for i, e in self._session.iterate(f"{self._path()}/files")
        )

    # ---------------------------------------------------------------- uploads
    def _discard(self) -> None:
        """Delete this half-made item on the server (after a failed upload); later ``delete()`` calls do nothing."""
        if self.__dict__.get("_discarded"):
            return
        try:
            self._session.request("DELETE", self._path())
        except NotFoundError:
            pass
        except FusionPlatformError as exc:
            log.warning("Could not remove the unfinished data item %s: %s", self._model.get("id"), exc)
            return
        self._set("_discarded", True)
        log.info("Removed the unfinished data item %s", self._model.get("id"))

    def delete(self) -> None:
        if self.__dict__.get("_discarded"):
            return
        super().delete()

    def _start_upload(self, url: str, path: str, progress, cancel, file_id: Optional[str] = None) -> None:
        state = {
            "path": path,
            "url": url,
            "bytes": 0,
            "total": os.path.getsize(path),
            "error": None,
            "file_id": file_id,
        }

        def report(done: int, total: Optional[int]) -> None:
            state["bytes"] = done
            if progress is not None:
                progress(path, done, total)

        def run() -> None:
            try:
                transfer.upload_file(
                    url,
                    path,
                    http=self._session.http,
                    progress=report,
                    cancel=cancel,
                    timeout=self._session.timeout,
                    retry=self._session.retry,
                )
            except BaseException as exc:  # surfaced by create_complete()
                state["error"] = exc

        thread = threading.Thread(target=run, name=f"upload-{os.path.basename(path)}", daemon=True)
        state["thread"] = thread
        self._uploads.append(state)
        thread.start()

    def uploads_delivered(self) -> bool:
        """True once every upload started by ``create_data`` was answered with success by the storage (the bytes
        arrived; what ``upload_progress`` counts may still sit in the connection's buffers). Not in the SDK."""
        return all(not u["thread"].is_alive() and u["error"] is None for u in self._uploads)

    def join_uploads(self, timeout: Optional[float] = None) -> bool:
        """Wait until the upload threads started by ``create_data`` have ended (after a cancel they stop at their
        next read); True when none is left. Why: on Windows a file still open in such a thread can be neither
        removed nor replaced, so a cancelled upload's temporary copy would stay behind."""
        for upload in self._uploads:
            upload["thread"].join(timeout)
        return not any(upload["thread"].is_alive() for upload in self._uploads)

    def upload_progress(self) -> list:
        """``[(path, bytes_sent), ...]`` for the uploads started by ``create_data``."""
        return [(u["path"], u["bytes"]) for u in self._uploads]

    def create_complete(self, wait: bool = False, extended_analysis: bool = False) -> bool:
        """True once every upload finished and the server analysed every file; raises the first upload error."""
        for upload in self._uploads:
            thread = upload["thread"]
            if wait:
                while thread.is_alive():
                    thread.join(0.2)
                    self._session.check_cancel()
            elif thread.is_alive():
                return False
        for upload in self._uploads:
            if upload["error"] is not None:
                error = upload["error"]
                self._discard()
                if isinstance(error, FusionPlatformError):
                    raise error
                raise TransferError(f"Upload of {os.path.basename(upload['path'])} failed: {error}")
        done = self.check_analysis_complete(wait=wait, extended_analysis=extended_analysis)
        if done:
            self._check_uploaded_sizes()
        return done

    def _check_uploaded_sizes(self) -> None:
        """Every uploaded file arrived whole: the size the server measured is the size of the local file."""
        expected = {str(u["file_id"]): u for u in self._uploads if u.get("file_id")}
        if not expected:
            return
        for record in self.files:
            upload = expected.get(str(record._model.get("file_id")))
            size = record._model.get("size")
            if upload is not None and size is not None and int(size) != int(upload["total"]):
                self._discard()
                raise TransferError(
                    f"Upload of {os.path.basename(upload['path'])} arrived incomplete ({size} of "
                    f"{upload['total']} bytes); the data item was removed"
                )

    def check_analysis_complete(self, wait: bool = False, extended_analysis: bool = False) -> bool:
        """True when every file is analysed: ``size`` and ``publishable``/``error`` present (docs/api-contract.md §7.2).

        A file whose analysis failed raises :class:`ValidationError` naming it (the manual's behaviour).
        """
        while True:
            files = [f._model for f in self.files]
            done = all("size" in f and ("publishable" in f or "error" in f) for f in files)
            if done and extended_analysis:
                done = all(len(f.get("ingesters") or {}) >= int(f.get("number_of_ingesters") or 0) for f in files)
            if done:
                failed = [f.get("file_name") or f.get("id") for f in files if f.get("error")]
                if failed:
                    raise ValidationError(
                        f"Analysis of {', '.join(map(str, failed))} failed; "
                        "check the file is a valid " + "/".join(sorted({str(f.get("file_type")) for f in files}))
                    )
                return True
            if not wait:
                return False
            self._session.sleep(self._session.wait_period)

    def copy(self, name: str) -> Data:
        """Copy the data item under a new name (the copy counts as uploaded).

        A copy whose answer was lost (connection dropped or timed out after sending, a cut answer, 5xx) is looked
        for on the platform - an item of that name created since the call - and adopted, so the client never
        reports a failure for a copy that exists, nor makes a second one when the call is repeated."""
        from datetime import datetime

        from .model import parse_datetime
        from .process import CLOCK_TOLERANCE

        org = self._org_id()
        since = self._session.server_now() - CLOCK_TOLERANCE

        def find_copied() -> Optional[dict]:
            for item, extras_ in self._session.iterate(
                paths.uploaded_data(org), reverse=True, filters={"name__eq": name}
            ):
                created = parse_datetime(item.get("created_at"))
                if item.get("name") == name and isinstance(created, datetime) and created.timestamp() >= since:
                    return {"model": item, "extras": extras_}
            return None

        answer = self._session.request(
            "POST", f"{self._path()}/copy", json={"Data": {"name": name}}, idempotent=False, reconcile=find_copied
        )
        new_id = ((answer or {}).get("model") or {}).get("id") if isinstance(answer, dict) else None
        if not new_id:
            raise ModelError("Failed to copy the data item")
        model, extras = self._session.get_model(paths.data_item(self._org_id(), new_id))
        return Data(self._session, model, extras=extras, context=self._context)

    def get_stac_collection(
        self,
        items: list,
        collection_file_name: str = ".collection.stac",
        owner: Any = None,
        created_at: Any = None,
        detail: Any = None,
    ) -> tuple[dict, str]:
        """Build a STAC 1.0.0 Collection from ``[(stac_item, item_file_name), ...]``; return (collection, name)."""
        provider: dict = {
            "name": "Digital Content Analysis Technology Ltd",
            "roles": ["producer", "licensor"],
            "url": "https://www.d-cat.co.uk",
        }
        extensions = []
        if owner is not None:
            provider["processing:lineage"] = owner
        if created_at is not None:
            provider["processing.datetime"] = to_wire(created_at)
        if detail is not None:
            provider["processing:software"] = detail
        if owner is not None or created_at is not None or detail is not None:
            extensions.append("https://stac-extensions.github.io/processing/v1.2.0/schema.json")
        links = [
            {"rel": "self", "href": collection_file_name, "type": "application/json"},
            {"rel": "root", "href": collection_file_name, "type": "application/json"},
        ]
        bbox = None
        start = end = None
        for item, item_file_name in items:
            item_bbox = (item or {}).get("bbox")
            if item_bbox and len(item_bbox) >= 4:
                bbox = (
                    list(item_bbox[:4])
                    if bbox is None
                    else [
                        min(bbox[0], item_bbox[0]),
                        min(bbox[1], item_bbox[1]),
                        max(bbox[2], item_bbox[2]),
                        max(bbox[3], item_bbox[3]),
                    ]
                )
            when = ((item or {}).get("properties") or {}).get("datetime")
            if when is not None:
                start = when if start is None else min(start, when)
                end = when if end is None else max(end, when)
            links.append({"rel": "item", "href": item_file_name, "type": "application/geo+json"})
        collection = {
            "type": "Collection",
            "stac_version": "1.0.0",
            "stac_extensions": extensions,
            "id": str(self._model.get("id")),
            "description": self._model.get("name"),
            "license": "proprietary",
            "providers": [provider],
            "extent": {"spatial": {"bbox": [bbox]}, "temporal": {"interval": [[start, end]]}},
            "links": links,
        }
        return collection, collection_file_name

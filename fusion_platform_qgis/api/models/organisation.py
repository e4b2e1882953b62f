"""An organisation: its data, services, processes and credit (SDK ``models.organisation``)."""

from __future__ import annotations

import logging
import os
import threading
import uuid
from collections.abc import Iterator
from typing import Any, Callable, Optional

from .. import paths
from ..client import flat_body, to_wire
from ..errors import FusionPlatformError, ModelError, NotFoundError
from .credit import Credit
from .data import Data
from .model import _COMMON_RO, Model, _find
from .process import Process
from .service import Service

log = logging.getLogger("fusion_platform_qgis.api")

ADD_FILE_ATTEMPTS = 3  # a data item is made again at most this often after add_file answers were lost


class Organisation(Model):
    _CLASS = "Organisation"
    _FIELDS = (
        "id",
        "created_at",
        "updated_at",
        "name",
        "address_line_1",
        "address_line_2",
        "address_town_city",
        "address_post_zip_code",
        "address_country",
        "payment_customer",
        "payment_valid",
        "income_customer",
        "income_valid",
        "income_tax_rate",
        "income_tax_reference",
        "currency",
        "users",
        "agreed_licenses",
        "offers",
        "maximum_output_storage_period",
        "maximum_file_downloads",
    )
    _READ_ONLY = _COMMON_RO | {
        "payment_valid",
        "income_valid",
        "users",
        "agreed_licenses",
        "offers",
        "maximum_output_storage_period",
        "maximum_file_downloads",
    }

    def _path(self) -> str:
        return paths.organisation(self._id())

    def _data(self, item: dict, extras: Optional[dict] = None) -> Data:
        return Data(self._session, item, extras=extras, context={"organisation_id": self._id()})

    def _service(self, item: dict, extras: Optional[dict] = None) -> Service:
        return Service(self._session, item, extras=extras, context={"organisation_id": self._id()})

    def _process(self, item: dict, extras: Optional[dict] = None) -> Process:
        return Process(self._session, item, extras=extras, context={"organisation_id": self._id()})

    @property
    def credit(self) -> Credit:
        model, extras = self._session.get_model(paths.credit(self._id(), self._id()))
        return Credit(self._session, model, extras=extras, context={"organisation_id": self._id()})

    @property
    def data(self) -> Iterator[Data]:
        """Uploaded data items (not process outputs), lazily paged."""
        return (self._data(i, e) for i, e in self._session.iterate(paths.uploaded_data(self._id())))

    def get_data(self, id: Any) -> Data:
        """One data item by id (E13), uploaded or produced by a process; ``NotFoundError`` when there is none."""
        model, extras = self._session.get_model(paths.data_item(self._id(), id))
        return self._data(model, extras)

    def find_data(self, id: Any = None, name: Optional[str] = None, search: Optional[str] = None) -> tuple:
        return _find(
            self._session,
            paths.uploaded_data(self._id()),
            self._data,
            filters={"id__eq": id, "name__begins_with": name},
            search=search,
        )

    def create_data(
        self,
        name: str,
        file_type: str,
        files: list,
        wait: bool = False,
        *,
        progress: Optional[Callable[[str, int, Optional[int]], None]] = None,
        cancel: Optional[threading.Event] = None,
        **fields,
    ) -> Data:
        """Create a data item from local files: template, create, add_file + streamed PUT per file.

        Uploads run in background threads (as in the SDK); ``wait=True`` waits for the uploads and the server's
        analysis. ``progress(path, bytes_sent, total)`` and ``cancel`` are this client's additions for the plugin.

        Nothing half-made is left behind: the item is created under an id chosen here, so a create whose answer
        was lost is found again (and adopted) instead of being repeated; when adding a file or an upload fails,
        the item is deleted before the error is raised (with ``wait=False`` when ``create_complete`` raises it).
        """
        file_paths = [os.fspath(p) for p in files]
        for path in file_paths:
            if not os.path.isfile(path):
                raise ModelError(f"File {path} does not exist")
        org = self._id()
        template, _ = self._session.get_model(paths.new_data(org))
        template = {k: v for k, v in template.items() if v is not None}
        template.update({"organisation_id": org, "name": name})
        template.update({k: to_wire(v) for k, v in fields.items()})
        callers_id = "id" in fields  # e.g. the CLI's storage ids: an existing item must stay a conflict
        attempts = 1 if callers_id else ADD_FILE_ATTEMPTS
        for attempt in range(1, attempts + 1):
            body = dict(template)
            if not body.get("id") or attempt > 1:
                body["id"] = str(uuid.uuid4())
            data = self._create_data_item(org, body, reconcile=not callers_id)
            try:
                # add_file's answer carries the only copy of the upload URL: a lost answer cannot be adopted.
                # All files are added before any upload starts, so that after such an ambiguous failure the
                # item (holding nothing yet) is removed and made again under a new id.
                urls = []
                for path in file_paths:
                    answer = self._session.request(
                        "POST",
                        paths.add_file(org, data._id()),
                        json={"Data": {"name": os.path.basename(path), "file_type": file_type}},
                        idempotent=False,
                    )
                    extras_ = ((answer or {}).get("extras") or {}) if isinstance(answer, dict) else {}
                    if not extras_.get("url"):
                        raise ModelError("Failed to add a file: the server sent no upload URL")
                    urls.append((path, extras_["url"], extras_.get("file")))
            except FusionPlatformError as exc:
                data._discard()
                if exc.ambiguous and attempt < attempts:
                    log.info("Adding a file to data item %s failed (%s); making the item again", data._id(), exc)
                    continue
                raise
            except BaseException:
                data._discard()
                raise
            for path, url, file_id in urls:
                data._start_upload(url, path, progress, cancel or self._session.cancel, file_id=file_id)
            if wait:
                data.create_complete(wait=True)
            return data
        raise ModelError("Failed to create the data item")  # not reached: the last attempt returns or raises

    def _create_data_item(self, org: str, body: dict, *, reconcile: bool) -> Data:
        """POST the data item; after an ambiguous failure look it up by its id and adopt it (no duplicate)."""
        data_path = paths.data_item(org, body["id"])

        def find_created() -> Optional[dict]:
            try:
                return self._session.request("GET", data_path)
            except NotFoundError:
                return None

        model, extras = self._session.get_model(
            paths.data_collection(org),
            method="POST",
            json=flat_body("Data", body),
            idempotent=False,
            reconcile=find_created if reconcile else None,
        )
        return self._data(model, extras)

    @property
    def services(self) -> Iterator[Service]:
        """Latest approved services available to the organisation."""
        return (self._service(i, e) for i, e in self._session.iterate(paths.latest_services(self._id())))

    @property
    def own_services(self) -> Iterator[Service]:
        """Services owned by the organisation (may be refused for unprivileged users)."""
        return (self._service(i, e) for i, e in self._session.iterate(paths.services(self._id())))

    def _service_filters(self, id, ssd_id, name, keyword) -> dict:
        return {"id__eq": id, "ssd_id__eq": ssd_id, "name__begins_with": name, "keywords__contains": keyword}

    def find_services(
        self,
        id: Any = None,
        ssd_id: Any = None,
        name: Optional[str] = None,
        keyword: Optional[str] = None,
        search: Optional[str] = None,
    ) -> tuple:
        return _find(
            self._session,
            paths.latest_services(self._id()),
            self._service,
            filters=self._service_filters(id, ssd_id, name, keyword),
            search=search,
        )

    def find_dispatchers(
        self,
        id: Any = None,
        ssd_id: Any = None,
        name: Optional[str] = None,
        keyword: Optional[str] = None,
        search: Optional[str] = None,
    ) -> tuple:
        return _find(
            self._session,
            paths.dispatchers(self._id()),
            self._service,
            filters=self._service_filters(id, ssd_id, name, keyword),
            search=search,
        )

    @property
    def processes(self) -> Iterator[Process]:
        return (self._process(i, e) for i, e in self._session.iterate(paths.processes(self._id())))

    def find_processes(self, id: Any = None, name: Optional[str] = None, search: Optional[str] = None) -> tuple:
        return _find(
            self._session,
            paths.processes(self._id()),
            self._process,
            filters={"id__eq": id, "name__contains": name},
            search=search,
        )

    def new_process(self, name: str, service: Any) -> Process:
        """An unsaved process template for ``service`` (a Service or its id); edit it, then ``create()``."""
        service_id = service._model.get("id") if isinstance(service, Service) else service
        if not service_id:
            raise ModelError("A service is needed to make a new process")
        model, extras = self._session.get_model(paths.new_process(self._id()), params={"service_id": str(service_id)})
        model = {k: v for k, v in model.items() if v is not None}
        model.update({"organisation_id": self._id(), "name": name})
        return Process(self._session, model, extras=extras, context={"organisation_id": self._id()}, persisted=False)

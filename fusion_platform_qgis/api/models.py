"""Model objects of the Fusion Platform, with the official SDK's interface (contract §9), written from scratch.

Why objects over the raw JSON (and not frozen dataclasses): scripts written against the SDK's manual must run
unchanged, so every field is an attribute (``process.price``, ``execution.progress``), children are lazy
iterators (``process.executions`` newest first) and objects change only through ``get()``/``update()`` - the
server stays authoritative, attribute assignment is refused. Each model keeps the wire dict it was loaded from,
so bodies echo exactly what the server sent (contract §1.3 a) and values are converted only when read.
"""

from __future__ import annotations

import copy
import csv
import json
import logging
import os
import threading
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from typing import Any, Callable, Optional

from . import options as opt
from . import transfer
from .client import Session, flat_body, to_wire
from .errors import (
    CancelledError,
    ExecutionFailedError,
    FusionPlatformError,
    ModelError,
    NotFoundError,
    TransferError,
    ValidationError,
)
from .names import check_inside, safe_file_name

log = logging.getLogger("fusion_platform_qgis.api")

_DATETIME_FIELDS = {
    "created_at",
    "updated_at",
    "last_request_at",
    "repeat_start",
    "repeat_end",
    "process_status_at",
    "started_at",
    "ended_at",
    "delete_expiry",
    "logged_at",
    "month",
    "date",
}
_DECIMAL_FIELDS = {
    "price",
    "any_credits",
    "cloud_storage_credits",
    "registry_storage_credits",
    "runtime_any_credits",
    "income_tax_rate",
    "area",
    "length",
    "cpu",
    "memory",
    "gpu",
    "storage",
    "credits",
}
_COMMON_RO = frozenset({"id", "created_at", "updated_at"})
_INPUT_TYPES = {
    "GeoTIFF": {"GeoTIFF", "DEM", "JPEG2000"},
    "GeoJSON": {"GeoJSON", "KML", "KMZ", "ESRI Shapefile"},
}
EXECUTION_START_TOLERANCE = timedelta(seconds=900)
ADD_FILE_ATTEMPTS = 3  # a data item is made again at most this often after add_file answers were lost
CLOCK_TOLERANCE = 3.0  # seconds: server clock estimate (Date headers, 1 s resolution) when reconciling a lost create


def parse_datetime(value: Any) -> Any:
    """ISO 8601 text -> aware datetime (naive values taken as UTC); anything unreadable is returned unchanged."""
    if not isinstance(value, str):
        return value
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def convert_field(key: str, value: Any) -> Any:
    """Wire value -> Python value for attribute access (datetimes, decimals, UUIDs)."""
    if value is None:
        return None
    if key in _DATETIME_FIELDS:
        return parse_datetime(value)
    if key in _DECIMAL_FIELDS and isinstance(value, (int, float, str)) and not isinstance(value, bool):
        try:
            return Decimal(str(value))
        except InvalidOperation:
            return value
    if (key == "id" or key.endswith("_id")) and isinstance(value, str):
        try:
            return uuid.UUID(value)
        except ValueError:
            return value
    return value


class Model:
    """Read-only view over one wire object, with get/update/delete through the owning :class:`Session`."""

    _CLASS = ""  # ClassName of flat bodies
    _FIELDS: tuple = ()  # documented fields (attribute access gives None when absent)
    _HIDDEN: frozenset = frozenset()
    _READ_ONLY: frozenset = _COMMON_RO
    _CAN_UPDATE = True
    _CAN_DELETE = True

    def __init__(
        self,
        session: Session,
        model: dict,
        *,
        extras: Optional[dict] = None,
        context: Optional[dict] = None,
        persisted: bool = True,
    ):
        object.__setattr__(self, "_session", session)
        object.__setattr__(self, "_model", dict(model or {}))
        object.__setattr__(self, "_extras", dict(extras or {}))
        object.__setattr__(self, "_context", dict(context or {}))
        object.__setattr__(self, "_persisted", persisted)
        self._loaded()

    # ------------------------------------------------------------------ attribute access
    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        model = self.__dict__.get("_model", {})
        if name in model and name not in self._HIDDEN:
            return convert_field(name, model[name])
        if name in self._FIELDS and name not in self._HIDDEN:
            return None
        raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__}.{name} is read-only; use update()")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__}.{name} is read-only")

    def __dir__(self):
        return sorted(
            set(super().__dir__())
            | {k for k in self._model if k not in self._HIDDEN}
            | {k for k in self._FIELDS if k not in self._HIDDEN}
        )

    def __repr__(self) -> str:
        label = self._model.get("name") or self._model.get("file_name")
        return f"{type(self).__name__}(id={self._model.get('id')!r}" + (f", name={label!r})" if label else ")")

    def __eq__(self, other: object) -> bool:
        return (
            type(other) is type(self)
            and self._model.get("id") is not None
            and str(self._model.get("id")) == str(other._model.get("id"))
        )  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((type(self).__name__, str(self._model.get("id"))))

    @property
    def attributes(self) -> dict:
        """All visible fields as a dict of Python values (a copy)."""
        return {k: convert_field(k, copy.deepcopy(v)) for k, v in self._model.items() if k not in self._HIDDEN}

    @property
    def session(self) -> Session:
        return self._session

    def to_csv(self, exclude: Optional[list] = None) -> str:
        """One CSV line of the visible attribute values (SDK parity)."""
        values = [v for k, v in self.attributes.items() if k not in (exclude or [])]
        return ",".join("" if v is None else str(v) for v in values)

    # ------------------------------------------------------------------ internals
    def _set(self, name: str, value: Any) -> None:
        object.__setattr__(self, name, value)

    def _loaded(self) -> None:
        """Hook run after every (re)load."""

    def _load(self, model: dict, extras: Optional[dict] = None) -> None:
        self._set("_model", dict(model))
        if extras is not None:
            self._set("_extras", dict(extras))
        self._loaded()

    def _org_id(self) -> str:
        org = self._model.get("organisation_id") or self._context.get("organisation_id")
        if not org:
            raise ModelError(f"{type(self).__name__} has no organisation id")
        return str(org)

    def _id(self) -> str:
        if not self._model.get("id"):
            raise ModelError(f"{type(self).__name__} has no id yet (create it first)")
        return str(self._model["id"])

    def _path(self) -> str:
        raise ModelError(f"{type(self).__name__} cannot be fetched on its own")

    def _body_fields(self) -> dict:
        return dict(self._model)

    def _check_fields(self, fields: dict, *, allow_id: bool = False) -> dict:
        """Drop read-only/hidden overrides (SDK parity), refuse names the model does not know."""
        kept = {}
        for key, value in fields.items():
            if allow_id and key == "id":
                kept[key] = value
                continue
            if key not in self._FIELDS and key not in self._model:
                raise ModelError(f"{type(self).__name__} has no field {key!r}")
            if key in self._READ_ONLY or key in self._HIDDEN:
                log.debug("Ignoring read-only field %s of %s", key, type(self).__name__)
                continue
            kept[key] = to_wire(value)
        return kept

    # ------------------------------------------------------------------ SDK methods
    def get(self, **_ignored) -> None:
        """Reload the object from the server."""
        model, extras = self._session.get_model(self._path())
        self._load(model, extras)

    def update(self, **fields) -> None:
        """Change fields on the server (PATCH with the whole flat model plus the changes); reload from its answer."""
        if not self._CAN_UPDATE:
            raise ModelError(f"{type(self).__name__} cannot be updated")
        changes = self._check_fields(fields)
        body = flat_body(self._CLASS, {**self._body_fields(), **changes})
        model, extras = self._session.get_model(self._path(), method="PATCH", json=body)
        self._load(model, extras)

    def delete(self) -> None:
        """Delete the object on the server."""
        if not self._CAN_DELETE:
            raise ModelError(f"{type(self).__name__} cannot be deleted")
        self._session.request("DELETE", self._path())


def _find(
    session: Session,
    path: str,
    factory: Callable[[dict, dict], Any],
    *,
    filters: dict,
    search: Optional[str] = None,
    reverse: bool = False,
) -> tuple[Any, Iterator[Any]]:
    """SDK ``find_*`` shape: (first match or None via one ``limit=1`` call, fresh lazy iterator over all matches)."""
    item, extras = session.first(path, filters=filters, search=search, reverse=reverse)
    first = factory(item, extras) if item is not None else None

    def iterate() -> Iterator[Any]:
        for entry, page_extras in session.iterate(path, filters=filters, search=search, reverse=reverse):
            yield factory(entry, page_extras)

    return first, iterate()


# ======================================================================================================== User
class User(Model):
    _CLASS = "User"
    _FIELDS = (
        "id",
        "created_at",
        "updated_at",
        "email",
        "given_name",
        "family_name",
        "telephone",
        "role",
        "default_output_storage_period",
        "time_zone",
        "locale",
        "units",
        "notification_service_status",
        "notification_account",
        "notification_processing_chain",
        "notification_new_features",
        "notification_contact",
        "organisations",
        "last_request_at",
    )
    _HIDDEN = frozenset({"organisations"})
    _READ_ONLY = _COMMON_RO | {"email", "last_request_at"}

    def _path(self) -> str:
        return f"/users/{self._id()}"

    @property
    def organisations(self) -> Iterator[Organisation]:
        """The user's organisations, one GET each, in the order the server lists them."""
        entries = list(self._model.get("organisations") or [])

        def iterate() -> Iterator[Organisation]:
            for entry in entries:
                org_id = entry.get("id") if isinstance(entry, dict) else entry
                model, extras = self._session.get_model(f"/organisations/{org_id}")
                yield Organisation(self._session, model, extras=extras)

        return iterate()

    def find_organisations(self, id: Any = None, name: Optional[str] = None) -> tuple:
        """(first, iterator) of organisations matching an id and/or a case-insensitive name prefix (client-side)."""

        def matches(org: Organisation) -> bool:
            if id is not None and str(org._model.get("id")) != str(id):
                return False
            if name is not None and not str(org._model.get("name", "")).lower().startswith(name.lower()):
                return False
            return True

        first = next((o for o in self.organisations if matches(o)), None)
        return first, (o for o in self.organisations if matches(o))

    def change_password(self, old: str, new: str) -> None:
        """Change the password (never retried once sent: the old password would no longer work)."""
        self._session.request(
            "POST",
            f"/users/{self._id()}/change_password",
            json={"User": {"old_password": old, "new_password": new}},
            idempotent=False,
        )


# ================================================================================================ Organisation
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
        return f"/organisations/{self._id()}"

    def _data(self, item: dict, extras: Optional[dict] = None) -> Data:
        return Data(self._session, item, extras=extras, context={"organisation_id": self._id()})

    def _service(self, item: dict, extras: Optional[dict] = None) -> Service:
        return Service(self._session, item, extras=extras, context={"organisation_id": self._id()})

    def _process(self, item: dict, extras: Optional[dict] = None) -> Process:
        return Process(self._session, item, extras=extras, context={"organisation_id": self._id()})

    @property
    def credit(self) -> Credit:
        model, extras = self._session.get_model(f"/organisations/{self._id()}/credits/{self._id()}")
        return Credit(self._session, model, extras=extras, context={"organisation_id": self._id()})

    @property
    def data(self) -> Iterator[Data]:
        """Uploaded data items (not process outputs), lazily paged."""
        return (self._data(i, e) for i, e in self._session.iterate(f"/organisations/{self._id()}/data/uploaded"))

    def get_data(self, id: Any) -> Data:
        """One data item by id (E13), uploaded or produced by a process; ``NotFoundError`` when there is none."""
        model, extras = self._session.get_model(f"/organisations/{self._id()}/data/{id}")
        return self._data(model, extras)

    def find_data(self, id: Any = None, name: Optional[str] = None, search: Optional[str] = None) -> tuple:
        return _find(
            self._session,
            f"/organisations/{self._id()}/data/uploaded",
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
        paths = [os.fspath(p) for p in files]
        for path in paths:
            if not os.path.isfile(path):
                raise ModelError(f"File {path} does not exist")
        org = self._id()
        template, _ = self._session.get_model(f"/organisations/{org}/data/new")
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
                for path in paths:
                    answer = self._session.request(
                        "POST",
                        f"/organisations/{org}/data/{data._id()}/add_file",
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
        data_path = f"/organisations/{org}/data/{body['id']}"

        def find_created() -> Optional[dict]:
            try:
                return self._session.request("GET", data_path)
            except NotFoundError:
                return None

        model, extras = self._session.get_model(
            f"/organisations/{org}/data",
            method="POST",
            json=flat_body("Data", body),
            idempotent=False,
            reconcile=find_created if reconcile else None,
        )
        return self._data(model, extras)

    @property
    def services(self) -> Iterator[Service]:
        """Latest approved services available to the organisation."""
        return (self._service(i, e) for i, e in self._session.iterate(f"/organisations/{self._id()}/services/latest"))

    @property
    def own_services(self) -> Iterator[Service]:
        """Services owned by the organisation (may be refused for unprivileged users)."""
        return (self._service(i, e) for i, e in self._session.iterate(f"/organisations/{self._id()}/services"))

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
            f"/organisations/{self._id()}/services/latest",
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
            f"/organisations/{self._id()}/services/dispatchers",
            self._service,
            filters=self._service_filters(id, ssd_id, name, keyword),
            search=search,
        )

    @property
    def processes(self) -> Iterator[Process]:
        return (self._process(i, e) for i, e in self._session.iterate(f"/organisations/{self._id()}/processes"))

    def find_processes(self, id: Any = None, name: Optional[str] = None, search: Optional[str] = None) -> tuple:
        return _find(
            self._session,
            f"/organisations/{self._id()}/processes",
            self._process,
            filters={"id__eq": id, "name__contains": name},
            search=search,
        )

    def new_process(self, name: str, service: Any) -> Process:
        """An unsaved process template for ``service`` (a Service or its id); edit it, then ``create()``."""
        service_id = service._model.get("id") if isinstance(service, Service) else service
        if not service_id:
            raise ModelError("A service is needed to make a new process")
        model, extras = self._session.get_model(
            f"/organisations/{self._id()}/processes/new", params={"service_id": str(service_id)}
        )
        model = {k: v for k, v in model.items() if v is not None}
        model.update({"organisation_id": self._id(), "name": name})
        return Process(self._session, model, extras=extras, context={"organisation_id": self._id()}, persisted=False)


# ====================================================================================================== Credit
class Credit(Model):
    _CLASS = "Credit"
    _FIELDS = (
        "id",
        "created_at",
        "updated_at",
        "organisation_id",
        "any_credits",
        "cloud_storage_credits",
        "registry_storage_credits",
        "runtime_any_credits",
        "runtime_ssds",
        "spend",
    )
    _CAN_UPDATE = False
    _CAN_DELETE = False

    def _path(self) -> str:
        return f"/organisations/{self._org_id()}/credits/{self._id()}"


# ======================================================================================================== Data
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
        return f"/organisations/{self._org_id()}/data/{self._id()}"

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
        """True when every file has been analysed (``size`` and ``publishable``/``error`` present, contract §7.2).

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
        """Copy the data item under a new name (the copy counts as uploaded)."""
        answer = self._session.request("POST", f"{self._path()}/copy", json={"Data": {"name": name}}, idempotent=False)
        new_id = ((answer or {}).get("model") or {}).get("id") if isinstance(answer, dict) else None
        if not new_id:
            raise ModelError("Failed to copy the data item")
        model, extras = self._session.get_model(f"/organisations/{self._org_id()}/data/{new_id}")
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


# ==================================================================================================== DataFile
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
        path = f"/organisations/{self._org_id()}/data/{self._model.get('data_id')}/files"
        for item, extras in self._session.iterate(path):
            if str(item.get("id")) == str(self._model.get("id")):
                self._load({**item, "organisation_id": item.get("organisation_id") or self._org_id()}, extras)
                return
        raise ModelError("The file is no longer part of its data item")

    def download_url(self, preview: bool = False) -> str:
        """A signed URL (valid for a limited time) for the file, or its PNG preview."""
        path = (
            f"/organisations/{self._org_id()}/data/{self._model.get('data_id')}/download_file/"
            f"{self._model.get('file_id')}"
        )
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

        def run() -> None:
            try:
                try:
                    transfer.download_file(
                        state["url"],
                        path,
                        http=self._session.http,
                        progress=report,
                        cancel=cancel or self._session.cancel,
                        timeout=self._session.timeout,
                        retry=self._session.retry,
                    )
                except TransferError as exc:
                    if exc.status not in (401, 403):
                        raise
                    # the signed URL expired or was refused: ask for a fresh one, once
                    log.info("Download URL of %s refused (HTTP %s); renewing it", os.path.basename(path), exc.status)
                    state["url"] = self.download_url(preview=preview)
                    transfer.download_file(
                        state["url"],
                        path,
                        http=self._session.http,
                        progress=report,
                        cancel=cancel or self._session.cancel,
                        timeout=self._session.timeout,
                        retry=self._session.retry,
                    )
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


# ===================================================================================================== Service
class Service(Model):
    _CLASS = "Service"
    _FIELDS = (
        "id",
        "created_at",
        "updated_at",
        "organisation_id",
        "ssd_id",
        "version",
        "approval_status",
        "featured",
        "show_in_latest",
        "name",
        "categories",
        "keywords",
        "image_id",
        "license_id",
        "definition",
        "group_aggregators",
        "actions",
        "urls",
        "cidrs",
        "input_expressions",
        "input_validations",
        "option_validations",
        "option_expressions",
        "charge_expression_platform",
        "charge_expression_owner",
        "organisations",
        "organisation_charge_expressions",
        "geographic_regions",
        "documentation_summary",
        "documentation_description",
        "documentation_assumptions",
        "documentation_performance",
        "documentation_actions",
        "documentation_inputs",
        "documentation_outputs",
        "documentation_options",
    )
    _READ_ONLY = _COMMON_RO | {"organisation_id", "version", "approval_status"}

    def _path(self) -> str:
        return f"/organisations/{self._org_id()}/services/{self._id()}"


# ============================================================================== Process parts (Input, Option…)
class _Part:
    """Read-only view over a nested dict (an input, option or dispatcher of a process)."""

    def __init__(self, values: dict, **extra: Any):
        object.__setattr__(self, "_values", {**copy.deepcopy(values), **extra})

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        if name in self._values:
            return convert_field(name, self._values[name])
        return None

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__}.{name} is read-only; use process.update()")

    @property
    def attributes(self) -> dict:
        return copy.deepcopy(self._values)

    def __repr__(self) -> str:
        key = self._values.get("name") or self._values.get("title") or self._values.get("input")
        return f"{type(self).__name__}({key!r})"


class Input(_Part):
    """A process input: ``ssd_id``, ``input`` (1-based number), ``file_type``, ``id`` of the chosen data, ``name``."""


class Option(_Part):
    """A process/dispatcher option; ``value`` is the typed value, ``constrained_names/values`` for choices."""

    def __init__(self, values: dict):
        names_values = (
            opt.constrained_choices(values.get("validation"))
            if values.get("data_type") == opt.DATA_TYPE_CONSTRAINED
            else ([], [])
        )
        super().__init__(values, constrained_values=names_values[0] or None, constrained_names=names_values[1] or None)

    @property
    def spec(self) -> opt.OptionSpec:
        return opt.OptionSpec.from_wire(self._values)

    @property
    def value(self) -> Any:
        try:
            return opt.decode(self.spec, self._values.get("value"))
        except FusionPlatformError:
            return self._values.get("value")

    @property
    def raw_value(self) -> Optional[str]:
        return self._values.get("value")


class Dispatcher(_Part):
    """A dispatcher (e.g. e-mail, AWS S3) available to or added to a process; ``options`` are Option objects."""

    @property
    def options(self) -> list:
        return [Option(o) for o in self._values.get("options") or []]


# ===================================================================================================== Process
class Process(Model):
    _CLASS = "Process"
    _FIELDS = (
        "id",
        "created_at",
        "updated_at",
        "organisation_id",
        "ssd_id",
        "service_id",
        "name",
        "inputs",
        "options",
        "chains",
        "run_type",
        "repeat_count",
        "repeat_start",
        "repeat_end",
        "repeat_gap",
        "repeat_offset",
        "process_status",
        "process_status_at",
        "process_status_changed_by",
        "output_storage_period",
        "test_run",
        "dispatchers",
        "price",
        "deletable",
        "has_executions",
        "has_executions_organisation_id",
        "executions",
        "non_aggregator_count",
        "aggregator_count",
        "available_dispatchers",
    )
    _HIDDEN = frozenset(
        {
            "inputs",
            "options",
            "dispatchers",
            "has_executions",
            "has_executions_organisation_id",
            "executions",
            "available_dispatchers",
        }
    )
    _READ_ONLY = _COMMON_RO | {
        "organisation_id",
        "ssd_id",
        "service_id",
        "chains",
        "process_status",
        "process_status_at",
        "process_status_changed_by",
        "test_run",
        "price",
        "deletable",
        "non_aggregator_count",
        "aggregator_count",
    }

    def _loaded(self) -> None:
        if "dispatchers" in self._extras:
            self._model["available_dispatchers"] = copy.deepcopy(self._extras.get("dispatchers"))

    def _path(self) -> str:
        return f"/organisations/{self._org_id()}/processes/{self._id()}"

    @property
    def persisted(self) -> bool:
        """False for a template from ``new_process``/``copy`` until ``create()`` succeeds."""
        return self._persisted

    # ---------------------------------------------------------------- parts
    @property
    def inputs(self) -> list:
        """Input objects; for a set input ``name`` is the data item's name (one GET per set input)."""
        result = []
        for entry in self._model.get("inputs") or []:
            name = None
            if entry.get("id"):
                try:
                    model, _ = self._session.get_model(f"/organisations/{self._org_id()}/data/{entry['id']}")
                    name = model.get("name")
                except FusionPlatformError:
                    name = None
            result.append(Input(entry, name=name) if name is not None else Input(entry))
        return result

    @property
    def options(self) -> list:
        return [Option(o) for o in self._model.get("options") or []]

    @property
    def available_dispatchers(self) -> list:
        return [Dispatcher(d) for d in self._model.get("available_dispatchers") or []]

    @property
    def dispatchers(self) -> list:
        return [Dispatcher(d) for d in self._model.get("dispatchers") or []]

    # ---------------------------------------------------------------- editing
    def _check_modifiable(self) -> None:
        if self._model.get("process_status") == "execute":
            raise ModelError("Process cannot be modified as it is currently executing")

    def _commit(self, model: dict) -> None:
        """Persisted: PATCH the whole model (the answer replaces ours). Template: keep the change locally."""
        if self._persisted:
            body = flat_body(self._CLASS, model)
            answer, extras = self._session.get_model(self._path(), method="PATCH", json=body)
            self._load(answer, extras)
        else:
            self._load(model)

    @staticmethod
    def _set_option(
        options: list, option_name: Optional[str], option: Optional[Option], value: Any, coerce_value: bool, owner: str
    ) -> None:
        if option is not None:
            ssd, name = str(option._values.get("ssd_id")), option._values.get("name")
            target = next(
                (
                    o
                    for o in options
                    if o.get("name") == name and (option._values.get("ssd_id") is None or str(o.get("ssd_id")) == ssd)
                ),
                None,
            )
        else:
            target = next((o for o in options if o.get("name") == option_name), None)
        if target is None:
            names = ", ".join(str(o.get("name")) for o in options)
            raise ModelError(
                f"{owner} has no option '{option_name or (option and option.name)}' (options: {names or 'none'})"
            )
        target["value"] = opt.prepare_value(target, value, coerce_value=coerce_value)

    def _check_input(self, entry: dict, data: Data) -> None:
        """Contract §8.3: every file analysed (``publishable`` key) and a file type the input accepts."""
        files = [f._model for f in data.files]
        if any("publishable" not in f for f in files):
            raise ValidationError(
                "Data object is not ready to be used in a process (its files are still being analysed)",
                field_errors={f"input_{entry.get('input')}": "data not ready"},
            )
        expected = entry.get("file_type")
        if files and expected:
            allowed = _INPUT_TYPES.get(expected, {expected})
            actual = files[0].get("file_type")
            if actual not in allowed:
                raise ValidationError(
                    f"Input {entry.get('input')} expects {expected} data, not {actual}",
                    field_errors={f"input_{entry.get('input')}": f"expects {expected}"},
                )

    def update(
        self,
        input_number: Optional[int] = None,
        input: Optional[Input] = None,
        data: Optional[Data] = None,
        dispatcher_number: Optional[int] = None,
        option_name: Optional[str] = None,
        option: Optional[Option] = None,
        value: Any = None,
        coerce_value: bool = False,
        dispatch_intermediate: Optional[bool] = None,
        **fields,
    ) -> None:
        """Set an input, an option, a dispatcher's option/flag, or model fields (schedule, name...).

        On a template the change stays local; on a created process it is PATCHed at once (contract §8.2/8.5).
        """
        self._check_modifiable()
        model = copy.deepcopy(self._model)
        if dispatcher_number is not None:
            dispatchers = model.get("dispatchers") or []
            if not 1 <= int(dispatcher_number) <= len(dispatchers):
                raise ModelError(
                    f"There is no dispatcher number {dispatcher_number} on this process ({len(dispatchers)} added)"
                )
            target = dispatchers[int(dispatcher_number) - 1]
            if option_name is not None or option is not None:
                self._set_option(
                    target.setdefault("options", []),
                    option_name,
                    option,
                    value,
                    coerce_value,
                    f"Dispatcher '{target.get('name')}'",
                )
            if dispatch_intermediate is not None:
                target["dispatch_intermediate"] = bool(dispatch_intermediate)
        elif input_number is not None or input is not None:
            inputs = model.get("inputs") or []
            if input is not None:
                entry = next(
                    (
                        i
                        for i in inputs
                        if str(i.get("ssd_id")) == str(input._values.get("ssd_id"))
                        and int(i.get("input", 0)) == int(input._values.get("input", -1))
                    ),
                    None,
                )
            else:
                entry = inputs[int(input_number) - 1] if 1 <= int(input_number) <= len(inputs) else None
            if entry is None:
                raise ModelError(
                    f"This process has no input {input_number or (input and input.input)} ({len(inputs)} inputs)"
                )
            if data is None:
                entry.pop("id", None)
            else:
                self._check_input(entry, data)
                entry["id"] = str(data._model.get("id"))
        elif option_name is not None or option is not None:
            self._set_option(model.get("options") or [], option_name, option, value, coerce_value, "This process")
        changes = self._check_fields(self._schedule_fields(fields))
        model.update(changes)
        if model != self._model or (self._persisted and changes):
            self._commit(model)

    @staticmethod
    def _schedule_fields(fields: dict) -> dict:
        """Accept Python values for repeat_gap (dict) / repeat_offset (timedelta or dict): wire JSON strings."""
        out = dict(fields)
        gap = out.get("repeat_gap")
        if isinstance(gap, dict):
            out["repeat_gap"] = json.dumps(gap)
        offset = out.get("repeat_offset")
        if isinstance(offset, timedelta):
            out["repeat_offset"] = json.dumps(
                {"days": offset.days, "seconds": offset.seconds, "microseconds": offset.microseconds}
            )
        elif isinstance(offset, dict):
            out["repeat_offset"] = json.dumps(offset)
        return out

    def add_dispatcher(self, number: Optional[int] = None, name: Optional[str] = None) -> None:
        """Add one of ``available_dispatchers`` (1-based ``number`` or ``name``) to the process."""
        self._check_modifiable()
        available = self._model.get("available_dispatchers") or []
        if number is not None:
            chosen = available[int(number) - 1] if 1 <= int(number) <= len(available) else None
        else:
            chosen = next((d for d in available if d.get("name") == name), None)
        if chosen is None:
            names = ", ".join(str(d.get("name")) for d in available)
            raise ModelError(f"No dispatcher {number or name!r} is available (available: {names or 'none'})")
        model = copy.deepcopy(self._model)
        model.setdefault("dispatchers", []).append(copy.deepcopy(chosen))
        self._commit(model)

    def remove_dispatcher(self, number: int) -> None:
        """Remove the ``number``-th (1-based) added dispatcher."""
        self._check_modifiable()
        model = copy.deepcopy(self._model)
        dispatchers = model.get("dispatchers") or []
        if not 1 <= int(number) <= len(dispatchers):
            raise ModelError(f"There is no dispatcher number {number} on this process")
        dispatchers.pop(int(number) - 1)
        model["dispatchers"] = dispatchers
        self._commit(model)

    def validate(self) -> None:
        """Client-side checks before create: every input set, required options set, option values valid."""
        for entry in self._model.get("inputs") or []:
            if not entry.get("id"):
                label = entry.get("title") or f"input {entry.get('input')}"
                raise ValidationError(
                    f"Process input '{label}' has no data set", field_errors={f"input_{entry.get('input')}": "required"}
                )
        opt.validate_for_create(self._model.get("options") or [])
        for dispatcher in self._model.get("dispatchers") or []:
            opt.validate_for_create(dispatcher.get("options") or [])

    def create(self, **fields) -> None:
        """Save the template on the server (validation, price); afterwards ``price`` is set."""
        if self._persisted:
            raise ModelError("The process has already been created")
        model = {**self._model, **self._check_fields(self._schedule_fields(fields))}
        self._load(model)
        self.validate()
        org = self._org_id()
        since = self._session.server_now() - CLOCK_TOLERANCE

        def find_created() -> Optional[dict]:
            """The process the lost call created: same name and service, created since the call (newest)."""
            for item, extras_ in self._session.iterate(
                f"/organisations/{org}/processes", reverse=True, filters={"name__eq": model.get("name")}
            ):
                created = parse_datetime(item.get("created_at"))
                if not isinstance(created, datetime) or created.timestamp() < since:
                    continue
                if item.get("name") == model.get("name") and str(item.get("service_id")) == str(
                    model.get("service_id")
                ):
                    return {"model": item, "extras": extras_}
            return None

        answer, extras = self._session.get_model(
            f"/organisations/{org}/processes",
            method="POST",
            json=flat_body(self._CLASS, model),
            idempotent=False,
            reconcile=find_created,
        )
        self._load(answer, extras)
        self._set("_persisted", True)

    # ---------------------------------------------------------------- running
    def execute(self, wait: bool = False) -> None:
        """Start the process now; ``wait=True`` waits for its executions to finish (raising the first failure)."""
        since = self._session.server_now() - CLOCK_TOLERANCE
        known = {str(e.get("id")) for e in self._model.get("executions") or [] if isinstance(e, dict)}

        def find_started() -> Optional[dict]:
            """After a lost answer: did the process start (status changed since the call, or a new execution)?"""
            answer_, extras_ = self._session.get_model(self._path())
            changed = parse_datetime(answer_.get("process_status_at"))
            if (
                answer_.get("process_status") == "execute"
                and isinstance(changed, datetime)
                and changed.timestamp() >= since
            ):
                return {"model": answer_, "extras": extras_}
            for entry in answer_.get("executions") or []:
                started = parse_datetime(entry.get("started_at") or entry.get("created_at"))
                if str(entry.get("id")) not in known and isinstance(started, datetime) and started.timestamp() >= since:
                    return {"model": answer_, "extras": extras_}
            return None

        answer, extras = self._session.get_model(
            f"{self._path()}/execute", method="POST", idempotent=False, reconcile=find_started
        )
        self._load(answer, extras)
        if not wait:
            return
        self.wait_for_next_execution()
        failure: Optional[BaseException] = None
        for execution in self.executions:
            try:
                execution.check_complete(wait=True)
            except ExecutionFailedError as exc:
                failure = failure or exc
        if failure is not None:
            raise failure

    def wait_for_next_execution(self) -> None:
        """Block until the run due at ``repeat_start`` has started (all group members listed), contract §8.6.

        A stopped process raises, unless the run has already started and finished (a quick run, or an execute
        whose lost answer was reconciled after the run had ended).
        """
        stopped = self._model.get("process_status") == "stop"
        while True:
            self._session.check_cancel()
            self.get()
            repeat_start = parse_datetime(self._model.get("repeat_start"))
            if self._model.get("has_executions"):
                executions = [e for e in self._model.get("executions") or [] if e.get("started_at")]
                executions.sort(key=lambda e: parse_datetime(e["started_at"]), reverse=True)
                if executions:
                    newest = executions[0]
                    found = True
                    if newest.get("group_id"):
                        members = [e for e in executions if e.get("group_id") == newest["group_id"]]
                        found = len(members) >= int(newest.get("group_count") or 1)
                    if isinstance(repeat_start, datetime) and parse_datetime(newest["started_at"]) < repeat_start:
                        found = False
                    if found:
                        return
            if stopped:
                raise ModelError("Process execution has been stopped")
            if isinstance(repeat_start, datetime) and repeat_start + EXECUTION_START_TOLERANCE < datetime.now(
                timezone.utc
            ):
                raise ModelError("Process execution should have started by now")
            self._session.sleep(self._session.wait_period)

    def _execution(self, item: dict, extras: Optional[dict] = None) -> Execution:
        return Execution(self._session, item, extras=extras, context={"organisation_id": self._org_id()})

    @property
    def executions(self) -> Iterator[Execution]:
        """All executions, most recent first."""
        return (self._execution(i, e) for i, e in self._session.iterate(f"{self._path()}/executions", reverse=True))

    def find_executions(self, id: Any = None, group_id: Any = None) -> tuple:
        return _find(
            self._session,
            f"{self._path()}/executions",
            self._execution,
            filters={"id__eq": id, "group_id__eq": group_id},
        )

    def stop(self) -> None:
        """Stop future runs and abort running executions."""
        answer, extras = self._session.get_model(f"{self._path()}/stop", method="POST", idempotent=True)
        self._load(answer, extras)

    def copy(self, name: str) -> Process:
        """An unsaved template copying this process (inputs re-checked); call ``create()`` on it."""
        model, extras = self._session.get_model(f"{self._path()}/copy")
        model = {k: v for k, v in model.items() if v is not None}
        model["organisation_id"] = self._org_id()
        model["name"] = name
        new = Process(self._session, model, extras=extras, context={"organisation_id": self._org_id()}, persisted=False)
        for entry in model.get("inputs") or []:
            if entry.get("id"):
                data_model, _ = self._session.get_model(f"/organisations/{self._org_id()}/data/{entry['id']}")
                new._check_input(entry, Data(self._session, data_model, context={"organisation_id": self._org_id()}))
        return new


# =================================================================================================== Execution
class Execution(Model):
    _CLASS = "ProcessExecution"
    _FIELDS = (
        "id",
        "created_at",
        "updated_at",
        "organisation_id",
        "process_id",
        "group_id",
        "group_index",
        "group_count",
        "options",
        "chains",
        "started_at",
        "ended_at",
        "stopped",
        "abort",
        "abort_reason",
        "exit_type",
        "success",
        "progress",
        "delete_expiry",
        "delete_warning_status",
        "deletable",
        "delete_protection",
    )
    _READ_ONLY = frozenset(set(_FIELDS) - {"options", "chains", "delete_expiry"})

    def _path(self) -> str:
        return f"/organisations/{self._org_id()}/process_executions/{self._id()}"

    def check_complete(self, wait: bool = False) -> bool:
        """True when finished (progress >= 100); raises ExecutionFailedError when it finished without success."""
        while True:
            self.get()
            if int(self._model.get("progress") or 0) >= 100:
                if not self._model.get("success"):
                    reason = self._model.get("abort_reason") or "no reason given"
                    raise ExecutionFailedError(f"Execution has failed: {reason}", detail=reason)
                if self._model.get("abort_reason"):
                    log.warning("Execution %s finished with a warning: %s", self._id(), self._model["abort_reason"])
                return True
            if not wait:
                return False
            self._session.sleep(self._session.wait_period)

    @property
    def components(self) -> Iterator[Component]:
        org = self._org_id()
        return (
            Component(self._session, i, extras=e, context={"organisation_id": org})
            for i, e in self._session.iterate(f"{self._path()}/process_service_executions")
        )

    def change_delete_expiry(self, delete_expiry: datetime) -> None:
        """Move the deletion date of this execution's whole group."""
        self._session.request(
            "POST",
            f"{self._path()}/change_delete_expiry",
            json={"ProcessExecution": {"delete_expiry": to_wire(delete_expiry)}},
            idempotent=True,
        )
        self.get()


ProcessExecution = Execution


# =================================================================================================== Component
class Component(Model):
    _CLASS = "ProcessServiceExecution"
    _FIELDS = (
        "id",
        "created_at",
        "updated_at",
        "organisation_id",
        "process_execution_id",
        "process_id",
        "service_id",
        "image_id",
        "chain_index",
        "name",
        "started_at",
        "ended_at",
        "runtime",
        "architecture",
        "instance_type",
        "cpu",
        "memory",
        "gpu",
        "storage",
        "actions",
        "options",
        "inputs",
        "outputs",
        "intermediate",
        "success",
        "metrics",
    )
    _HIDDEN = frozenset({"inputs", "outputs"})
    _READ_ONLY = frozenset(_FIELDS)
    _CAN_UPDATE = False
    _CAN_DELETE = False

    def _path(self) -> str:
        return f"/organisations/{self._org_id()}/process_service_executions/{self._id()}"

    def _data_items(self, key: str) -> Iterator[Data]:
        ids = list(self._model.get(key) or [])
        org = self._org_id()

        def iterate() -> Iterator[Data]:
            for data_id in ids:
                model, extras = self._session.get_model(f"/organisations/{org}/data/{data_id}")
                yield Data(self._session, model, extras=extras, context={"organisation_id": org})

        return iterate()

    @property
    def inputs(self) -> Iterator[Data]:
        return self._data_items("inputs")

    @property
    def outputs(self) -> Iterator[Data]:
        return self._data_items("outputs")

    @property
    def logs(self) -> Iterator[Log]:
        """Log lines, newest first (as the platform lists them with ``reverse=True``)."""
        return (
            Log(self._session, i, extras=e, context={"organisation_id": self._org_id()})
            for i, e in self._session.iterate(f"{self._path()}/logs", reverse=True)
        )

    def download_log_file(self, path: str) -> None:
        """Write the logs as CSV ``logged_at,message`` to ``path`` (removed again if anything fails)."""
        path = os.fspath(path)
        folder = os.path.dirname(os.path.abspath(path))
        os.makedirs(folder, exist_ok=True)
        try:
            with open(path, "w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(["logged_at", "message"])
                for entry in self.logs:
                    writer.writerow([entry._model.get("logged_at"), entry._model.get("message") or ""])
        except BaseException:
            try:
                os.remove(path)
            except OSError:
                pass
            raise


ProcessServiceExecution = Component


class Log(Model):
    _CLASS = "ProcessServiceExecutionLog"
    _FIELDS = ("id", "created_at", "updated_at", "process_service_execution_id", "logged_at", "message")
    _READ_ONLY = frozenset(_FIELDS)
    _CAN_UPDATE = False
    _CAN_DELETE = False


ProcessServiceExecutionLog = Log

__all__ = [
    "Component",
    "Credit",
    "Data",
    "DataFile",
    "Dispatcher",
    "Execution",
    "File",
    "Input",
    "Log",
    "Model",
    "Option",
    "Organisation",
    "Process",
    "ProcessExecution",
    "ProcessServiceExecution",
    "ProcessServiceExecutionLog",
    "Service",
    "User",
    "CancelledError",
]

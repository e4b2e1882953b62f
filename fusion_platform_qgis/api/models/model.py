"""Model objects of the Fusion Platform, with the SDK's interface (docs/api-contract.md §9), written from scratch.

Why objects over the raw JSON (and not frozen dataclasses): scripts written against the SDK's manual must run
unchanged, so every field is an attribute (``process.price``, ``execution.progress``), children are lazy
iterators (``process.executions`` newest first) and objects change only through ``get()``/``update()`` - the
server stays authoritative, attribute assignment is refused. Each model keeps the wire dict it was loaded from,
so bodies echo exactly what the server sent (docs/api-contract.md §1.3 a) and values are converted only when read.
"""

from __future__ import annotations

import copy
import logging
import uuid
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import Any, Callable, Optional

from ..client import Session, flat_body, to_wire
from ..errors import ModelError
from ..timestamps import parse_timestamp

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


def parse_datetime(value: Any) -> Any:
    """ISO 8601 text -> aware datetime (naive values taken as UTC); anything unreadable is returned unchanged."""
    if not isinstance(value, str):
        return value
    parsed = parse_timestamp(value)
    return value if parsed is None else parsed


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
        )

    def __hash__(self) -> int:
        return hash((type(self).__name__, str(self._model.get("id"))))

    @property
    def attributes(self) -> dict:
        """All visible fields as a dict of Python values (a copy)."""
        return {k: convert_field(k, copy.deepcopy(v)) for k, v in self._model.items() if k not in self._HIDDEN}

    @property
    def session(self) -> Session:
        return self._session

    def use_session(self, session: Session) -> None:
        """Continue with another session of the same user (a new login after the old one expired): the model's
        later calls go through it. Not in the SDK, whose models die with their session."""
        object.__setattr__(self, "_session", session)

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

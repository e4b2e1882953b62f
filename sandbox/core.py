"""Shared helpers of the sandbox server: time, errors, ids, paging and the wire forms of records.

Kept apart from the HTTP layer (app.py) so that the execution engine (engine.py) builds exactly the same
records (data items, data files, executions) as the API does.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

from sandbox.db import public

FILE_TYPES = (
    "GeoTIFF",
    "JPEG2000",
    "DEM",
    "GeoJSON",
    "KML",
    "KMZ",
    "CSV",
    "ESRI Shapefile",
    "JPEG",
    "PNG",
    "PDF",
    "GZIP",
    "ZIP",
    "Other",
    "GeoPackage",
)

# docs/api-contract.md §8.3: which data file types an input of a given type accepts.
COMPATIBLE = {
    "GeoTIFF": {"GeoTIFF", "DEM", "JPEG2000"},
    "GeoJSON": {"GeoJSON", "KML", "KMZ", "ESRI Shapefile"},
}


class ApiError(Exception):
    """An error answer: HTTP status plus the ``error_message`` text (and optional extras)."""

    def __init__(
        self, status: int, message: str, extras: dict[str, Any] | None = None, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.extras = extras
        self.headers = headers


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def iso(dt: datetime) -> str:
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc).isoformat()


def now_iso() -> str:
    return iso(utcnow())


def parse_dt(value: Any) -> datetime | None:
    """ISO 8601 (with ``Z`` or an offset; naive means UTC) → aware datetime; None when not parseable."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00").replace(" ", "T", 1)
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def new_id() -> str:
    return str(uuid.uuid4())


def is_uuid(value: Any) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


def number(value: Any) -> Any:
    """Decimal/float → JSON number, integral values as int (the SDK's decimal fields accept both)."""
    if isinstance(value, (Decimal, float)):
        if value == int(value):
            return int(value)
        return float(value)
    return value


def option_value(value: Any) -> str | None:
    """Any client value for an option → the wire string (None, "None", "null" and "" mean no value)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if text in ("", "None", "null"):
        return None
    return text


def sanitise_file_name(name: Any) -> str:
    """A client file name reduced to a harmless base name. It is metadata only, never a path on disk."""
    text = unicodedata.normalize("NFC", str(name or ""))
    text = text.replace("\\", "/").split("/")[-1]
    text = "".join(c for c in text if c.isprintable() and c not in '<>:"|?*')
    text = text.strip().lstrip(".").strip()
    return text[:200] or "file"


def flat_fields(body: dict[str, Any], model: str) -> dict[str, Any]:
    """``{"Process[name]": "x"}`` (or ``{"Process": {"name": "x"}}``) → ``{"name": "x"}``."""
    nested = body.get(model)
    out: dict[str, Any] = dict(nested) if isinstance(nested, dict) else {}
    pattern = re.compile(rf"^{re.escape(model)}\[(\w+)\]$")
    for key, value in body.items():
        match = pattern.match(key)
        if match:
            out[match.group(1)] = value
    return out


def allowed_changes(fields: dict[str, Any], allowed: tuple[str, ...], non_empty: tuple[str, ...]) -> dict[str, Any]:
    """A PATCH's changes: the ``allowed`` keys of ``fields``; those of ``non_empty`` given must be non-empty strings."""
    changes = {k: fields[k] for k in allowed if k in fields}
    for key in non_empty:
        if key in changes and (not isinstance(changes[key], str) or not changes[key].strip()):
            raise ApiError(400, f"{key} must be a non-empty string")
    return changes


# -- paging ---------------------------------------------------------------------------------------------------
_MODIFIERS = (
    "eq",
    "ne",
    "le",
    "lt",
    "ge",
    "gt",
    "begins_with",
    "contains",
    "not_contains",
    "null",
    "not_null",
    "in",
    "between",
)


def _cmp_value(value: Any, text: str) -> tuple[Any, Any]:
    if isinstance(value, bool):
        return value, text.lower() in ("true", "1")
    if isinstance(value, (int, float)):
        try:
            return value, float(text)
        except ValueError:
            return str(value), text
    return ("" if value is None else str(value)), text


def _matches(value: Any, modifier: str, text: str) -> bool:
    if modifier == "null":
        want_null = text.lower() not in ("false", "0")
        return (value in (None, "", [])) == want_null
    if modifier == "not_null":
        want = text.lower() not in ("false", "0")
        return (value not in (None, "", [])) == want
    if modifier in ("contains", "not_contains"):
        if isinstance(value, list):
            found = text in [str(v) for v in value]
        else:
            found = text in ("" if value is None else str(value))
        return found if modifier == "contains" else not found
    if modifier == "begins_with":
        return value is not None and str(value).startswith(text)
    if modifier == "in":
        return str(value) in [t.strip() for t in text.split(",")]
    if modifier == "between":
        parts = [t.strip() for t in text.split(",")]
        if len(parts) != 2:
            return False
        a, lo = _cmp_value(value, parts[0])
        _, hi = _cmp_value(value, parts[1])
        try:
            return lo <= a <= hi
        except TypeError:
            return False
    a, b = _cmp_value(value, text)
    try:
        return {"eq": a == b, "ne": a != b, "le": a <= b, "lt": a < b, "ge": a >= b, "gt": a > b}[modifier]
    except TypeError:
        return False


def paginate(
    rows: list[tuple[int, dict[str, Any]]],
    params: Any,
    search_fields: tuple[str, ...] = ("name",),
    extras: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Apply docs/api-contract.md §2 paging to ``(seq, wire object)`` pairs in natural (creation) order.

    ``last`` carries the id and the creation sequence number of the page's last item; the next page starts
    after that sequence number, so deleting items between pages never repeats or skips the rest.
    """
    try:
        limit = max(1, min(int(params.get("limit", 24)), 1000))
    except ValueError:
        raise ApiError(400, "limit must be an integer")
    reverse = str(params.get("reverse", "False")).lower() in ("true", "1")
    search = (params.get("search") or "").strip().lower()
    filters = []
    for key, value in params.multi_items():
        match = re.fullmatch(r"filter\[(\w+)\]", key)
        if not match:
            continue
        field, _, modifier = match.group(1).rpartition("__")
        if not field or modifier not in _MODIFIERS:
            raise ApiError(400, f"Unsupported filter {key}")
        filters.append((field, modifier, value))
    selected = []
    for seq, obj in rows:
        if any(not _matches(obj.get(f), m, v) for f, m, v in filters):
            continue
        if search:
            haystack = " ".join(
                " ".join(map(str, obj.get(f) or [])) if isinstance(obj.get(f), list) else str(obj.get(f) or "")
                for f in search_fields
            ).lower()
            if search not in haystack:
                continue
        selected.append((seq, obj))
    if reverse:
        selected.reverse()
    last_seq = params.get("last[seq]")
    if last_seq is not None:
        try:
            cursor = int(last_seq)
        except ValueError:
            raise ApiError(400, "Invalid paging cursor")
        selected = [(s, o) for s, o in selected if (s < cursor if reverse else s > cursor)]
    page = selected[:limit]
    last = None
    if len(selected) > limit:
        last = {"id": page[-1][1].get("id"), "seq": page[-1][0]}
    out: dict[str, Any] = {"list": [o for _, o in page], "last": last}
    if extras is not None:
        out["extras"] = extras
    return out


def wire(doc: dict[str, Any] | None) -> dict[str, Any]:
    return public(doc) if doc is not None else {}

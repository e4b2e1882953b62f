"""Process option values: wire strings <-> typed Python values, and client-side validation.

Why here and pure: every option travels as a string (docs/api-contract.md §6.11) whose meaning depends on ``data_type``
and on the ``validation`` string (``min=..;max=..;format=..;values=..;names=..``). The plugin's option editors, the
Processing algorithms and the scripting interface all need the same conversion and the same early, clear error
naming the option, before a round trip to the server. Nothing here does I/O, so it is property-tested.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal, InvalidOperation
from typing import Any, Optional

from .errors import OptionValidationError
from .timestamps import parse_timestamp

DATA_TYPE_NUMERIC = "numeric"
DATA_TYPE_CURRENCY = "currency"
DATA_TYPE_BOOLEAN = "boolean"
DATA_TYPE_DATETIME = "datetime"
DATA_TYPE_STRING = "string"
DATA_TYPE_CONSTRAINED = "constrained"
DATA_TYPES = (
    DATA_TYPE_NUMERIC,
    DATA_TYPE_CURRENCY,
    DATA_TYPE_BOOLEAN,
    DATA_TYPE_DATETIME,
    DATA_TYPE_STRING,
    DATA_TYPE_CONSTRAINED,
)

_NULLS = (None, "", "None", "null")
_TRUE = ("true", "1", "yes", "on", "t", "y")
_FALSE = ("false", "0", "no", "off", "f", "n")
# Dispatcher options that are credentials: password fields in the editor, the QGIS auth database in presets.
SECRET_OPTION_NAMES = frozenset({"access_key_id", "secret_access_key", "session_token"})


def parse_validation(validation: Optional[str]) -> dict[str, str]:
    """Split ``"min=0;max=100"`` into ``{"min": "0", "max": "100"}`` (keys lower-cased, as the SDK treats them).

    Datetime formats contain ``%`` and ``:`` but no ``;``, so splitting on ``;`` then on the first ``=`` is safe.
    """
    result: dict[str, str] = {}
    if not validation:
        return result
    for part in str(validation).split(";"):
        if "=" not in part:
            continue
        key, _, value = part.partition("=")
        result[key.strip().lower()] = value.strip()
    return result


def constrained_choices(validation: Optional[str]) -> tuple[list[str], list[str]]:
    """Return ``(values, names)`` of a constrained option; names default to the values when absent."""
    rules = parse_validation(validation)
    values = [v.strip() for v in rules.get("values", "").split(",") if v.strip() != ""] if "values" in rules else []
    names = [n.strip() for n in rules.get("names", "").split(",")] if "names" in rules else []
    if len(names) != len(values):
        names = list(values)
    return values, names


@dataclass(frozen=True)
class OptionSpec:
    """What the client knows about one option: enough to convert and validate a value."""

    name: str
    data_type: str
    validation: Optional[str] = None
    required: bool = False
    rules: dict = field(default_factory=dict, compare=False)

    @classmethod
    def from_wire(cls, option: dict) -> OptionSpec:
        """Build from a process/dispatcher option dict as the server sends it."""
        validation = option.get("validation")
        return cls(
            name=str(option.get("name")),
            data_type=str(option.get("data_type") or DATA_TYPE_STRING),
            validation=validation,
            required=bool(option.get("required")),
            rules=parse_validation(validation),
        )

    @property
    def datetime_format(self) -> Optional[str]:
        return self.rules.get("format")

    @property
    def constrained_values(self) -> list[str]:
        return constrained_choices(self.validation)[0]

    @property
    def constrained_names(self) -> list[str]:
        return constrained_choices(self.validation)[1]


def _err(spec: OptionSpec, message: str) -> OptionValidationError:
    return OptionValidationError(spec.name, message)


def _to_utc(value: datetime) -> datetime:
    """Naive datetimes are taken as UTC (the platform's time zone for options); aware ones are converted."""
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def _parse_datetime(spec: OptionSpec, text: str) -> datetime:
    fmt = spec.datetime_format
    text = text.strip()
    if fmt:
        try:
            return _to_utc(datetime.strptime(text, fmt))
        except ValueError:
            pass
    parsed = parse_timestamp(text, assume_utc=False)
    if parsed is None:
        raise _err(spec, f"'{text}' is not a date/time" + (f" in the format {fmt}" if fmt else ""))
    return _to_utc(parsed)


def decode(spec: OptionSpec, text: Optional[str]) -> Any:
    """Wire string -> typed value (``None`` for no value). Raises OptionValidationError when unreadable."""
    if text in _NULLS:
        return None
    text = str(text)
    dt = spec.data_type
    if dt == DATA_TYPE_NUMERIC:
        try:
            value = float(text)
        except ValueError:
            raise _err(spec, f"'{text}' is not a number")
        return value
    if dt == DATA_TYPE_CURRENCY:
        try:
            return Decimal(text)
        except InvalidOperation:
            raise _err(spec, f"'{text}' is not an amount")
    if dt == DATA_TYPE_BOOLEAN:
        low = text.strip().lower()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
        raise _err(spec, f"'{text}' is not true or false")
    if dt == DATA_TYPE_DATETIME:
        return _parse_datetime(spec, text)
    return text


def coerce(spec: OptionSpec, value: Any) -> Any:
    """Turn a loosely typed value (``"8"``, ``"true"``, an ISO string) into the option's Python type."""
    if value is None or (isinstance(value, str) and value in _NULLS):
        return None
    dt = spec.data_type
    if dt == DATA_TYPE_NUMERIC:
        if isinstance(value, bool):
            raise _err(spec, "a boolean is not a number")
        if isinstance(value, (int, float, Decimal)):
            return float(value)
        return decode(spec, str(value))
    if dt == DATA_TYPE_CURRENCY:
        if isinstance(value, bool):
            raise _err(spec, "a boolean is not an amount")
        if isinstance(value, float):
            return Decimal(repr(value))
        if isinstance(value, (int, Decimal)):
            return Decimal(value)
        return decode(spec, str(value))
    if dt == DATA_TYPE_BOOLEAN:
        if isinstance(value, bool):
            return value
        if isinstance(value, (int, float)) and value in (0, 1):
            return bool(value)
        return decode(spec, str(value))
    if dt == DATA_TYPE_DATETIME:
        if isinstance(value, datetime):
            return _to_utc(value)
        return decode(spec, str(value))
    return str(value)


_EXPECTED_TYPES = {
    DATA_TYPE_NUMERIC: ((int, float), "float"),
    DATA_TYPE_CURRENCY: ((Decimal, int), "Decimal"),
    DATA_TYPE_BOOLEAN: ((bool,), "bool"),
    DATA_TYPE_DATETIME: ((datetime,), "datetime"),
    DATA_TYPE_STRING: ((str,), "str"),
    DATA_TYPE_CONSTRAINED: ((str,), "str"),
}


def check_type(spec: OptionSpec, value: Any) -> None:
    """Refuse a value of the wrong Python type, as the SDK does unless ``coerce_value=True``."""
    if value is None:
        return
    types, label = _EXPECTED_TYPES.get(spec.data_type, ((str,), "str"))
    ok = isinstance(value, types)
    if spec.data_type in (DATA_TYPE_NUMERIC, DATA_TYPE_CURRENCY) and isinstance(value, bool):
        ok = False
    if not ok:
        raise _err(spec, f"value should be of type {label}, not {type(value).__name__} (or use coerce_value=True)")


def _bound(spec: OptionSpec, key: str) -> Any:
    raw = spec.rules.get(key)
    if raw in (None, ""):
        return None
    try:
        if spec.data_type == DATA_TYPE_NUMERIC:
            return float(raw)
        if spec.data_type == DATA_TYPE_CURRENCY:
            return Decimal(raw)
        if spec.data_type == DATA_TYPE_DATETIME:
            return _parse_datetime(spec, raw)
        if spec.data_type == DATA_TYPE_STRING:
            return int(raw)  # string min/max are lengths
    except (ValueError, InvalidOperation, OptionValidationError):
        return None
    return None


def validate(spec: OptionSpec, value: Any, *, for_create: bool = False) -> None:
    """Check a typed value against the option's rules; raise OptionValidationError naming the option.

    ``for_create`` also enforces ``required`` (an unset required option is fine while editing a template).
    """
    if value is None:
        if for_create and spec.required:
            raise _err(spec, "a value is required")
        return
    dt = spec.data_type
    if dt == DATA_TYPE_NUMERIC and (math.isnan(value) or math.isinf(value)):
        raise _err(spec, "value must be a finite number")
    if dt == DATA_TYPE_CURRENCY and not Decimal(value).is_finite():
        raise _err(spec, "value must be a finite amount")
    if dt in (DATA_TYPE_NUMERIC, DATA_TYPE_CURRENCY, DATA_TYPE_DATETIME, DATA_TYPE_STRING):
        low, high = _bound(spec, "min"), _bound(spec, "max")
        if dt == DATA_TYPE_STRING:  # the sandbox (and likely the platform) also writes min_length/max_length
            low = low if low is not None else _bound(spec, "min_length")
            high = high if high is not None else _bound(spec, "max_length")
        measured = len(value) if dt == DATA_TYPE_STRING else value
        what = "length " if dt == DATA_TYPE_STRING else ""
        if low is not None and measured < low:
            raise _err(spec, f"{what}{encode(spec, value) if not what else measured} is below the minimum {low}")
        if high is not None and measured > high:
            raise _err(spec, f"{what}{encode(spec, value) if not what else measured} is above the maximum {high}")
    if dt == DATA_TYPE_DATETIME and not spec.datetime_format:
        raise _err(spec, "this date/time option has no format in its validation and cannot be set")
    if dt == DATA_TYPE_CONSTRAINED:
        values, names = constrained_choices(spec.validation)
        if values and value not in values and "*" not in values:
            listed = ", ".join(f"{v} ({n})" if n != v else v for v, n in zip(values, names))
            raise _err(spec, f"'{value}' is not one of: {listed}")


def encode(spec: OptionSpec, value: Any) -> Optional[str]:
    """Typed value -> wire string (``None`` stays ``None``)."""
    if value is None:
        return None
    dt = spec.data_type
    if dt == DATA_TYPE_BOOLEAN:
        return "true" if value else "false"
    if dt == DATA_TYPE_NUMERIC:
        return str(float(value)) if isinstance(value, float) else str(value)
    if dt == DATA_TYPE_CURRENCY:
        return str(value)
    if dt == DATA_TYPE_DATETIME:
        fmt = spec.datetime_format
        value = _to_utc(value)
        return value.strftime(fmt) if fmt else value.isoformat()
    return str(value)


def prepare_value(option: dict, value: Any, *, coerce_value: bool = False) -> Optional[str]:
    """Check and convert a user's value for a wire option dict; return the string to store in ``option['value']``."""
    spec = OptionSpec.from_wire(option)
    if coerce_value or (isinstance(value, str) and value in _NULLS):
        typed = coerce(spec, value)
    else:
        check_type(spec, value)
        typed = float(value) if spec.data_type == DATA_TYPE_NUMERIC and isinstance(value, int) else value
        if spec.data_type == DATA_TYPE_CURRENCY and isinstance(typed, int):
            typed = Decimal(typed)
        if spec.data_type == DATA_TYPE_DATETIME and typed is not None:
            typed = _to_utc(typed)
    validate(spec, typed)
    return encode(spec, typed)


def validate_for_create(options: list) -> None:
    """Check every option of a process before create: required ones set, stored values readable and in range."""
    for option in options or []:
        spec = OptionSpec.from_wire(option)
        typed = decode(spec, option.get("value"))
        if spec.data_type == DATA_TYPE_DATETIME and typed is not None and not spec.datetime_format:
            continue  # the server's own default; we cannot re-format it, so leave it to the server
        validate(spec, typed, for_create=True)

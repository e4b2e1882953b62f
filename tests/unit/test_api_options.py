"""Option conversion and validation (pure; property-based where it helps)."""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from fusion_platform_qgis.api import options as opt
from fusion_platform_qgis.api.errors import OptionValidationError, ValidationError

FMT = "%Y-%m-%dT%H:%M:%S"


def option(data_type, validation=None, required=False, name="opt", value=None):
    return {
        "ssd_id": "00000000-0000-0000-0000-000000000001",
        "name": name,
        "data_type": data_type,
        "validation": validation,
        "required": required,
        "value": value,
    }


def test_parse_validation_keys_case_insensitive_and_format_with_colons():
    rules = opt.parse_validation("FORMAT=%Y-%m-%dT%H:%M:%S;Min=2017-01-01T00:00:00;max=2030-01-01T00:00:00")
    assert rules == {"format": FMT, "min": "2017-01-01T00:00:00", "max": "2030-01-01T00:00:00"}
    assert opt.parse_validation(None) == {}


def test_constrained_choices_names_and_values():
    values, names = opt.constrained_choices("values=A,B,*;names=Sentinel-1A,Sentinel-1B,Both")
    assert values == ["A", "B", "*"] and names == ["Sentinel-1A", "Sentinel-1B", "Both"]
    values, names = opt.constrained_choices("values=x,y")
    assert names == values == ["x", "y"]


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12))
def test_numeric_round_trip(value):
    o = option("numeric")
    text = opt.prepare_value(o, value)
    assert isinstance(text, str)
    assert opt.decode(opt.OptionSpec.from_wire(o), text) == pytest.approx(value)


@given(st.integers(min_value=-(10**6), max_value=10**6))
def test_numeric_accepts_int_and_coerces_strings(value):
    o = option("numeric")
    assert float(opt.prepare_value(o, value)) == value
    assert float(opt.prepare_value(o, str(value), coerce_value=True)) == value


@given(st.floats(min_value=-1000, max_value=1000, allow_nan=False), st.floats(min_value=0, max_value=100))
def test_numeric_range_checked(value, low):
    o = option("numeric", validation=f"min={low};max={low + 10}", name="cloud_cover")
    if low <= value <= low + 10:
        opt.prepare_value(o, value)
    else:
        with pytest.raises(OptionValidationError) as info:
            opt.prepare_value(o, value)
        assert "cloud_cover" in str(info.value)
        assert info.value.field_errors.keys() == {"cloud_cover"}


def test_numeric_refuses_nan_and_wrong_type_without_coerce():
    o = option("numeric", name="n")
    with pytest.raises(OptionValidationError):
        opt.prepare_value(o, math.nan)
    with pytest.raises(OptionValidationError, match="type float"):
        opt.prepare_value(o, "8")
    with pytest.raises(OptionValidationError):
        opt.prepare_value(o, True)
    assert opt.prepare_value(o, "8", coerce_value=True) == "8.0"


@given(st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=-(10**6), max_value=10**6))
def test_currency_round_trip(value):
    o = option("currency")
    text = opt.prepare_value(o, value)
    assert opt.decode(opt.OptionSpec.from_wire(o), text) == value


def test_currency_coerces_float_exactly():
    assert opt.prepare_value(option("currency"), 1.1, coerce_value=True) == "1.1"
    assert opt.decode(opt.OptionSpec.from_wire(option("currency")), "2.50") == Decimal("2.50")


@given(st.booleans())
def test_boolean_round_trip(value):
    o = option("boolean")
    text = opt.prepare_value(o, value)
    assert text == ("true" if value else "false")
    assert opt.decode(opt.OptionSpec.from_wire(o), text) is value


@pytest.mark.parametrize("text,expected", [("true", True), ("True", True), ("false", False), ("0", False)])
def test_boolean_coercion(text, expected):
    assert opt.prepare_value(option("boolean"), text, coerce_value=True) == ("true" if expected else "false")


def test_boolean_rejects_rubbish():
    with pytest.raises(OptionValidationError, match="latest_date"):
        opt.prepare_value(option("boolean", name="latest_date"), "maybe", coerce_value=True)


@given(
    st.datetimes(
        min_value=datetime(1970, 1, 2),
        max_value=datetime(2100, 1, 1),
        timezones=st.sampled_from([timezone.utc, timezone(timedelta(hours=5)), timezone(timedelta(hours=-8))]),
    )
)
def test_datetime_converted_to_utc_and_formatted(value):
    o = option("datetime", validation=f"format={FMT}")
    text = opt.prepare_value(o, value)
    expected = value.astimezone(timezone.utc).replace(microsecond=0)
    assert text == expected.strftime(FMT)
    assert opt.decode(opt.OptionSpec.from_wire(o), text) == expected


def test_datetime_range_and_missing_format():
    o = option("datetime", validation=f"format={FMT};min=2017-01-01T00:00:00", name="start_date")
    with pytest.raises(OptionValidationError, match="start_date.*below the minimum"):
        opt.prepare_value(o, datetime(2016, 12, 31, tzinfo=timezone.utc))
    assert opt.prepare_value(o, datetime(2021, 3, 27, tzinfo=timezone.utc)) == "2021-03-27T00:00:00"
    with pytest.raises(OptionValidationError, match="no format"):
        opt.prepare_value(option("datetime"), datetime(2021, 3, 27, tzinfo=timezone.utc))
    assert opt.prepare_value(o, "2021-03-27T00:00:00", coerce_value=True) == "2021-03-27T00:00:00"


def test_none_clears_value_and_required_enforced_for_create():
    o = option("numeric", required=True, name="buffer")
    assert opt.prepare_value(o, None) is None
    assert opt.prepare_value(o, "null") is None
    with pytest.raises(OptionValidationError, match="buffer.*required"):
        opt.validate_for_create([o])
    o["value"] = "3.0"
    opt.validate_for_create([o])


@given(st.text(min_size=1, max_size=5))
@example("None")
@example("null")
@example("C")
def test_constrained_membership(value):
    o = option("constrained", validation="values=A,B;names=Alpha,Beta", name="mission")
    if value in ("A", "B"):
        assert opt.prepare_value(o, value) == value
    elif value in ("None", "null"):  # the SDK's spellings of "no value": an optional option is left unset
        assert opt.prepare_value(o, value) is None
    else:
        with pytest.raises(OptionValidationError, match="mission"):
            opt.prepare_value(o, value)


def test_constrained_wildcard_and_string_length():
    assert opt.prepare_value(option("constrained", validation="values=A,*"), "anything") == "anything"
    with pytest.raises(OptionValidationError, match="length"):
        opt.prepare_value(option("string", validation="max=3"), "abcd")
    with pytest.raises(OptionValidationError, match="label.*length"):
        opt.prepare_value(option("string", validation="max_length=3", name="label"), "abcd")
    assert opt.prepare_value(option("string", validation="max_length=3"), "abc") == "abc"


def test_option_validation_error_is_a_validation_error():
    assert issubclass(OptionValidationError, ValidationError)

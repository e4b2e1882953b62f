"""One timestamp reader for every ISO form the platform may send, on every Python the plugin meets (3.9: the
QGIS 3.22-3.28 Windows and macOS installers; `make test-py39` runs this file there)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fusion_platform_qgis.api import options
from fusion_platform_qgis.api.models import parse_datetime
from fusion_platform_qgis.api.timestamps import parse_timestamp
from fusion_platform_qgis.qgis_support.words.wording import parse_timestamp as wording_parse

UTC = timezone.utc
BASE = datetime(2024, 3, 5, 10, 0, 0, tzinfo=UTC)

# What the platform, its storage and its users send; several are refused by Python 3.9's fromisoformat.
FORMS = [
    ("2024-03-05T10:00:00Z", BASE),
    ("2024-03-05T10:00:00z", BASE),
    ("2024-03-05T10:00:00+00:00", BASE),
    ("2024-03-05T10:00:00+0000", BASE),
    ("2024-03-05T10:00:00+00", BASE),
    ("2024-03-05T10:00:00", BASE),
    ("2024-03-05 10:00:00", BASE),
    ("2024-03-05T10:00Z", BASE),
    ("2024-03-05", datetime(2024, 3, 5, tzinfo=UTC)),
    ("2024-03-05T10:00:00.1Z", BASE.replace(microsecond=100000)),
    ("2024-03-05T10:00:00.12+00:00", BASE.replace(microsecond=120000)),
    ("2024-03-05T10:00:00.123Z", BASE.replace(microsecond=123000)),
    ("2024-03-05T10:00:00.1234Z", BASE.replace(microsecond=123400)),
    ("2024-03-05T10:00:00.12345Z", BASE.replace(microsecond=123450)),
    ("2024-03-05T10:00:00.123456Z", BASE.replace(microsecond=123456)),
    ("2024-03-05T10:00:00.1234567Z", BASE.replace(microsecond=123456)),
    ("2024-03-05T10:00:00.123456789+00:00", BASE.replace(microsecond=123456)),
    ("2024-03-05T10:00:00,5Z", BASE.replace(microsecond=500000)),
    ("2024-03-05T12:00:00+02:00", BASE),
    ("2024-03-05T05:30:00-04:30", BASE),
    ("20240305T100000Z", BASE),
    (" 2024-03-05T10:00:00Z ", BASE),
]


@pytest.mark.parametrize("text,expected", FORMS)
def test_every_form_the_platform_may_send(text, expected):
    parsed = parse_timestamp(text)
    assert parsed == expected and parsed.tzinfo is not None


@pytest.mark.parametrize("text,expected", FORMS)
def test_models_options_and_wording_read_them_all(text, expected):
    assert parse_datetime(text) == expected
    assert wording_parse(text) == expected
    spec = options.OptionSpec.from_wire({"name": "when", "data_type": options.DATA_TYPE_DATETIME})
    assert options.decode(spec, text) == expected


@pytest.mark.parametrize(
    "text", ["", "soon", "2024-13-01T00:00:00Z", "2024-03-05T25:00:00Z", "2024-03-05T10:00:00+24:00", None]
)
def test_unreadable_is_none(text):
    assert parse_timestamp(text) is None
    assert wording_parse(text) is None


def test_naive_kept_naive_when_asked():
    assert parse_timestamp("2024-03-05T10:00:00", assume_utc=False) == BASE.replace(tzinfo=None)
    assert parse_timestamp(BASE) is BASE


@given(
    st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2200, 1, 1)),
    st.integers(min_value=-14 * 60, max_value=14 * 60),
    st.integers(min_value=0, max_value=9),
    st.sampled_from(["Z", "+HH:MM", "+HHMM"]),
)
def test_round_trip_any_fraction_length(moment, offset_minutes, digits, style):
    zone = timezone(timedelta(minutes=offset_minutes))
    value = moment.replace(tzinfo=zone)
    fraction = f"{value.microsecond:06d}{'789'}"[:digits]
    sign = "-" if offset_minutes < 0 else "+"
    hours, minutes = divmod(abs(offset_minutes), 60)
    suffix = {"Z": "Z", "+HH:MM": f"{sign}{hours:02d}:{minutes:02d}", "+HHMM": f"{sign}{hours:02d}{minutes:02d}"}[style]
    if style == "Z":
        value = value.replace(tzinfo=UTC)
    text = value.strftime("%Y-%m-%dT%H:%M:%S") + (f".{fraction}" if digits else "") + suffix
    expected = value.replace(microsecond=int(fraction[:6].ljust(6, "0")) if digits else 0)
    assert parse_timestamp(text) == expected


def test_no_other_place_parses_timestamps_itself():
    """Every reader goes through api/timestamps.py: a new fromisoformat elsewhere would bring back the Python 3.9
    failures (models, options, layers, time series, the schedule editor and wording each had their own)."""
    package = Path(__file__).resolve().parents[2] / "fusion_platform_qgis"
    offenders = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if path.name != "timestamps.py" and re.search(r"\bfromisoformat\(", path.read_text(encoding="utf-8"))
    ]
    assert offenders == []

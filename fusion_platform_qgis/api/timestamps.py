"""The one reader of the platform's ISO 8601 timestamps (Qt-free, Python 3.9 and later).

Why our own: ``datetime.fromisoformat`` before Python 3.11 (the Python of the QGIS 3.22–3.28 Windows and macOS
installers is 3.9) accepts only fractions of exactly 3 or 6 digits and no ``Z``; the platform and its storage send
``Z``, offsets with or without a colon, and fractions of any length (``10:00:00.1Z``, ``…​.1234567+00:00``). A
date/time that went unread there showed as a blank date or an empty time series. Every place that reads a
timestamp (models, options, layers, time series, the schedule editor, wording) calls :func:`parse_timestamp`.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from typing import Any, Optional

_ISO = re.compile(
    r"""^\s*
    (?P<year>\d{4})-?(?P<month>\d{2})-?(?P<day>\d{2})
    (?:[Tt\ ]
      (?P<hour>\d{2})(?::?(?P<minute>\d{2})(?::?(?P<second>\d{2})(?:[.,](?P<fraction>\d+))?)?)?
      \s*(?P<zone>[Zz]|[+-]\d{2}(?::?\d{2}(?::?\d{2})?)?)?
    )?
    \s*$""",
    re.VERBOSE,
)


def _zone(text: Optional[str]) -> Optional[timezone]:
    if not text:
        return None
    if text in ("Z", "z"):
        return timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes, seconds = int(digits[0:2]), int(digits[2:4] or 0), int(digits[4:6] or 0)
    return timezone(sign * timedelta(hours=hours, minutes=minutes, seconds=seconds))


def parse_timestamp(value: Any, assume_utc: bool = True) -> Optional[datetime]:
    """An ISO 8601 timestamp (text or a datetime/date) as a datetime; None when empty or unreadable.

    Accepted: ``YYYY-MM-DD`` with an optional time after ``T``, ``t`` or a space; seconds and a fraction of any
    number of digits (``.`` or ``,``; cut to microseconds) optional; the zone ``Z``/``z``, ``±HH``, ``±HHMM`` or
    ``±HH:MM`` optional; also the basic forms without separators. A time without a zone is UTC (what the
    platform means) unless ``assume_utc`` is False, when it stays naive.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, date):
        parsed = datetime(value.year, value.month, value.day)
    else:
        match = _ISO.match(str(value))
        if match is None:
            return None
        fraction = (match.group("fraction") or "")[:6].ljust(6, "0")
        try:
            parsed = datetime(
                int(match.group("year")),
                int(match.group("month")),
                int(match.group("day")),
                int(match.group("hour") or 0),
                int(match.group("minute") or 0),
                int(match.group("second") or 0),
                int(fraction),
                tzinfo=_zone(match.group("zone")),
            )
        except ValueError:  # month 13, 25 o'clock, an offset of a day or more…
            return None
    if parsed.tzinfo is None and assume_utc:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed


__all__ = ["parse_timestamp"]

"""What users read, as pure logic: plural fallback, timestamps, option type names and price wording.

Qt-free on purpose (unit-tested without QGIS). Functions that produce sentences take the translation function
``tr`` as an argument — the plugin passes :func:`.i18n.tr`, tests and plain Python the default
:func:`english` — so pylupdate5 still finds every literal ``tr("...")`` call of this module and files it under
``@default`` like the rest of the plugin.

Why a plural fallback: Qt replaces ``%n`` in ``tr("%n run(s)", None, n)`` but only a catalogue knows the plural
forms. Users with a locale the plugin has no catalogue for (and English users) would read "1 run(s)";
:func:`english_numerus` turns the source's ``(s)`` markers into English forms instead.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any, Callable, Optional

from ...api.timestamps import parse_timestamp as _parse_timestamp

Translate = Callable[..., str]

_PLURAL_MARK = re.compile(r"\((s|es)\)")
_NUMBER = r"[0-9]+(?:\.[0-9]+)?"
_AREA = "area_km2"
_TERM = re.compile(
    rf"^(?:(?P<number>{_NUMBER})|(?P<rate>{_NUMBER})\s*\*\s*{_AREA}|{_AREA}\s*\*\s*(?P<rate2>{_NUMBER})"
    rf"|(?P<area>{_AREA}))$"
)


def english_numerus(text: str, n: int) -> str:
    """``"%n run(s)"`` → ``"1 run"`` / ``"3 runs"``: the English plural of a numerus source string."""
    out = text.replace("%n", str(n))
    return _PLURAL_MARK.sub(lambda match: "" if n == 1 else match.group(1), out)


def english(text: str, disambiguation: Optional[str] = None, n: int = -1) -> str:
    """The untranslated ``tr``: the source text, with English plurals when a count is given."""
    return english_numerus(text, n) if n >= 0 else text


def parse_timestamp(value: Any) -> Optional[datetime]:
    """A platform timestamp (ISO text, ``Z`` or offset, or a datetime) as an aware datetime; None if unreadable.

    Times without a zone are UTC: that is what the platform sends."""
    return _parse_timestamp(value)


def format_number(value: float) -> str:
    """A plain number without trailing zeros (``1.0`` → ``1``, ``0.010`` → ``0.01``)."""
    return f"{float(value):.6f}".rstrip("0").rstrip(".")


def credits_text(value: Any, tr: Translate = english, number: Callable[[float], str] = format_number) -> str:
    """``1 credit``, ``3 credits``, ``0.5 credits``: whole counts go through the plural forms."""
    amount = float(value)
    if amount.is_integer():
        return tr("%n credit(s)", None, int(amount))
    return tr("{0} credits").format(number(amount))


def option_type_text(data_type: str, choices: Optional[list] = None, tr: Translate = english) -> str:
    """The kind of value an option takes, in words (never the API's type names)."""
    if data_type == "constrained":
        return tr("one of: {0}").format(", ".join(str(choice) for choice in choices or []))
    names = {
        "numeric": tr("number"),
        "currency": tr("amount"),
        "boolean": tr("yes or no"),
        "datetime": tr("date and time"),
        "string": tr("text"),
    }
    return names.get(data_type, tr("text"))


def value_text(
    data_type: str, value: Any, choices: Optional[list] = None, names: Optional[list] = None, tr: Translate = english
) -> str:
    """An option's value as users read it: yes/no for booleans, a choice's name rather than its wire value."""
    text = "" if value is None else str(value)
    if data_type == "boolean" and text.strip().lower() in ("true", "false"):
        return tr("yes") if text.strip().lower() == "true" else tr("no")
    if data_type == "constrained" and choices and names and text in choices:
        index = list(choices).index(text)
        return str(names[index]) if index < len(names) else text
    return text


def linear_price(expression: Any) -> Optional[tuple[float, float]]:
    """``"1.00 + 0.01 * area_km2"`` → ``(1.0, 0.01)``: (credits per run, credits per km²); None for other shapes.

    The platform's charge expressions are formulas over the region's area; only sums of a constant and a rate
    per km² are put into words, anything else is described generally (never shown as a formula)."""
    text = str(expression if expression is not None else "").strip()
    if not text:
        return None
    base = rate = 0.0
    for term in text.split("+"):
        match = _TERM.match(term.strip())
        if match is None:
            return None
        if match.group("number"):
            base += float(match.group("number"))
        elif match.group("area"):
            rate += 1.0
        else:
            rate += float(match.group("rate") or match.group("rate2"))
    return base, rate


def price_text(expression: Any, tr: Translate = english, number: Callable[[float], str] = format_number) -> str:
    """The price basis of a service in words, e.g. "1 credit per run plus 0.01 credits per km² of the region"."""
    parsed = linear_price(expression)
    if parsed is None:
        return tr("Depends on the region and the options.")
    base, rate = parsed
    if not base and not rate:
        return tr("Free.")
    if not rate:
        return tr("{0} per run.").format(credits_text(base, tr, number))
    if not base:
        return tr("{0} per km² of the region.").format(credits_text(rate, tr, number))
    return tr("{0} per run plus {1} per km² of the region.").format(
        credits_text(base, tr, number), credits_text(rate, tr, number)
    )

"""Translations: one module-level ``tr()``, the translator loader and the locale's dates and numbers.

pylupdate5 files every bare ``tr("...")`` call under the ``@default`` context, so the runtime must translate in
that same context. Use ``tr()`` everywhere (never ``self.tr()``); ``.ui`` files carry their own form context.
Counts go through the plural forms: ``tr("%n run(s)", None, count)`` (every catalogue has numerus forms for it;
without a catalogue :func:`.wording.english_numerus` gives the English ones).

Dates and times shown to users go through :func:`format_datetime` / :func:`format_time` only: local time, in the
short or long format of the user's locale (QGIS sets the default QLocale from its "override system locale"
setting) — never ISO text with microseconds and "+00:00".
"""

from __future__ import annotations

from datetime import timezone
from typing import Any

from qgis.PyQt.QtCore import QCoreApplication, QDateTime, QLocale, QTranslator

from ..toolbelt.resources import i18n_dir
from .wording import english_numerus, parse_timestamp

CONTEXT = "@default"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    translated = QCoreApplication.translate(CONTEXT, text, disambiguation, n)
    if n >= 0 and translated == text.replace("%n", str(n)):  # no catalogue entry: English plural forms
        return english_numerus(text, n)
    return translated


def _local_qdatetime(value: Any) -> QDateTime | None:
    parsed = parse_timestamp(value)
    if parsed is None:
        return None
    seconds = int(parsed.astimezone(timezone.utc).timestamp())  # whole seconds: nobody reads microseconds
    return QDateTime.fromMSecsSinceEpoch(seconds * 1000)  # the local time of that instant


def format_datetime(value: Any, long: bool = False) -> str:
    """A platform timestamp as the user reads dates: local time, the locale's short (or long) format; "" if none."""
    qdt = _local_qdatetime(value)
    if qdt is None:
        return ""
    return QLocale().toString(qdt, QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat)


def format_time(value: Any) -> str:
    """The local time of day with seconds (log lines), in the locale's order but without a time-zone name."""
    qdt = _local_qdatetime(value)
    if qdt is None:
        return ""
    pattern = QLocale().timeFormat(QLocale.FormatType.LongFormat)
    pattern = " ".join(part for part in pattern.split(" ") if part.strip("t()")).strip() or "HH:mm:ss"
    return QLocale().toString(qdt.time(), pattern)


def reading_locale() -> QLocale:
    """The user's locale for numbers to read, with its thousands separator: QGIS's own default locale leaves the
    separator out unless the user asks for it (an option meant for editing numbers)."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return locale


def format_decimal(value: float) -> str:
    """A number in the locale's notation, without trailing zeros (``0,01`` in French, ``1,000`` in English)."""
    return reading_locale().toString(float(value), "g", 12)


def format_amount(value: float) -> str:
    """Credits and prices in the user's locale with its thousands separator ("10,000", "1.05"; "10 000" in French):
    whole amounts without decimals, others with two."""
    number = float(value)
    return reading_locale().toString(number, "f", 0 if number.is_integer() else 2)


def user_locale() -> str:
    """The two-letter locale QGIS is using (honours "override system locale")."""
    from qgis.core import QgsSettings  # here, not at the top: the rest of this module needs only Qt

    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "") or ""
    else:
        name = QLocale.system().name()
    return (name or "en")[:2]


def install_translator(locale: str | None = None) -> QTranslator | None:
    """Install the plugin's translator for the locale, returning it (so unload can remove it) or None."""
    locale = locale or user_locale()
    qm = i18n_dir() / f"fusion_platform_{locale}.qm"
    if not qm.exists():
        return None
    translator = QTranslator()
    if not translator.load(str(qm)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: QTranslator | None) -> None:
    if translator is not None:
        QCoreApplication.removeTranslator(translator)

"""Translations: one module-level ``tr()`` and the translator loader.

pylupdate5 files every bare ``tr("...")`` call under the ``@default`` context, so the runtime must translate in
that same context. Use ``tr()`` everywhere (never ``self.tr()``); ``.ui`` files carry their own form context.
"""

from __future__ import annotations

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .resources import i18n_dir

CONTEXT = "@default"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def user_locale() -> str:
    """The two-letter locale QGIS is using (honours "override system locale")."""
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

"""The plugin's page in QGIS's Options dialog (Settings › Options › Fusion Platform).

Edits :class:`~fusion_platform_qgis.qgis_support.settings.Preferences`; QGIS calls ``apply()`` when the user
presses OK. The factory is registered by ``plugin.py`` with ``iface.registerOptionsWidgetFactory`` and
unregistered in ``unload``.
"""

from __future__ import annotations

import logging

from qgis.gui import QgsFileWidget, QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtGui import QIcon

from ..qgis_support import settings
from ..qgis_support.i18n import tr
from ..qgis_support.log import LOGGER_NAME
from ..qgis_support.pipeline import follow
from ..qgis_support.resources import icon_path
from .ui import load_form
from .widgets.credit_thresholds import CreditThresholds

FORM = load_form(__file__)
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


def apply_log_level(name: str) -> None:
    """Set the plugin's (and the client's) logger level from the preference."""
    logging.getLogger(LOGGER_NAME).setLevel(getattr(logging, name, logging.INFO))


class OptionsPage(QgsOptionsPageWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = FORM()
        self.ui.setupUi(self)
        self.setObjectName("fusion_platform_options_page")
        self.ui.file_download_folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        for level in LOG_LEVELS:
            self.ui.combo_log_level.addItem(level, level)
        # Per-organisation credit thresholds: a widget of its own, above the bottom spacer.
        self.credit_thresholds = CreditThresholds(self)
        self.ui.layout_main.insertWidget(self.ui.layout_main.count() - 1, self.credit_thresholds)
        self.load()

    def load(self) -> None:
        preferences = settings.load_preferences()
        combo = self.ui.combo_default_connection
        combo.clear()
        for connection in settings.list_connections():
            combo.addItem(connection.name, connection.name)
        index = combo.findData(preferences.default_connection)
        combo.setCurrentIndex(max(0, index))
        self.ui.spin_poll_interval.setValue(int(preferences.poll_interval_seconds))
        self.ui.file_download_folder.setFilePath(preferences.download_folder)
        self.ui.check_load_outputs.setChecked(bool(preferences.load_outputs_automatically))
        self.ui.combo_log_level.setCurrentIndex(max(0, self.ui.combo_log_level.findData(preferences.log_level)))
        self.ui.spin_stream_rasters.setValue(float(preferences.stream_rasters_larger_than_mb or 0.0))

    def preferences(self) -> settings.Preferences:
        return settings.Preferences(
            default_connection=self.ui.combo_default_connection.currentData() or settings.SANDBOX_CONNECTION,
            poll_interval_seconds=int(self.ui.spin_poll_interval.value()),
            download_folder=self.ui.file_download_folder.filePath() or settings.Preferences().download_folder,
            load_outputs_automatically=self.ui.check_load_outputs.isChecked(),
            log_level=self.ui.combo_log_level.currentData() or "INFO",
            stream_rasters_larger_than_mb=float(self.ui.spin_stream_rasters.value()),
        )

    def apply(self) -> None:
        preferences = self.preferences()
        settings.save_preferences(preferences)
        apply_log_level(preferences.log_level)
        follow.apply_preferences(preferences)  # the running monitor polls at the new interval right away
        self.credit_thresholds.apply()


class OptionsFactory(QgsOptionsWidgetFactory):
    def __init__(self):
        super().__init__()
        self.setTitle(tr("Fusion Platform"))
        self.setIcon(QIcon(icon_path("account.svg")))

    def icon(self) -> QIcon:
        return QIcon(icon_path("account.svg"))

    def createWidget(self, parent=None) -> OptionsPage:
        return OptionsPage(parent)

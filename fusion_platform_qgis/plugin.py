"""Plugin wiring: toolbar, Web menu, docks, Processing provider, translator, log bridge.

``initGui`` records everything it adds and ``unload`` removes exactly that, in reverse order, so enabling and
disabling the plugin (or reloading it) leaves QGIS as it was.
"""

from __future__ import annotations

import logging

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .qgis_support import tasks
from .qgis_support.i18n import install_translator, remove_translator, tr
from .qgis_support.iface import qgis_iface
from .qgis_support.log import LOGGER_NAME, install_log_bridge, log_info, remove_log_bridge
from .qgis_support.resources import icon_path, plugin_version
from .qgis_support.state import PluginState

MENU = "&Fusion Platform"
TOOLBAR_NAME = "FusionPlatformToolbar"


class FusionPlatformPlugin:
    def __init__(self):
        self.translator = None
        self.state: PluginState | None = None
        self.toolbar = None
        self.actions: list[QAction] = []
        self.docks: dict[str, object] = {}
        self.provider = None
        self.timers = []  # QTimers owned by the plugin (monitoring...), stopped on unload

    @property
    def iface(self):
        """QGIS's interface, looked up when needed (see qgis_support/iface.py)."""
        return qgis_iface()
        self.options_factory = None
        self.previous_log_level: int | None = None  # the logger level before initGui changed it

    # -- QGIS entry points -------------------------------------------------------------------------------
    def initProcessing(self) -> None:  # noqa: N802 - name fixed by QGIS
        if self.provider is None:
            from .processing_provider.provider import FusionPlatformProvider

            self.provider = FusionPlatformProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:  # noqa: N802 - name fixed by QGIS
        self.translator = install_translator()
        self.previous_log_level = logging.getLogger(LOGGER_NAME).level
        install_log_bridge()
        self.state = PluginState()
        self.toolbar = self.iface.addToolBar(tr("Fusion Platform"))
        self.toolbar.setObjectName(TOOLBAR_NAME)

        from .gui.account_dock import AccountDock
        from .gui.data_dock import DataDock
        from .gui.executions_dock import ExecutionsDock
        from .gui.processes_dock import ProcessesDock
        from .gui.services_dock import ServicesDock

        specs = [
            ("account", AccountDock, "account.svg", tr("Account"), Qt.DockWidgetArea.RightDockWidgetArea),
            ("data", DataDock, "data.svg", tr("Data"), Qt.DockWidgetArea.RightDockWidgetArea),
            ("services", ServicesDock, "services.svg", tr("Services"), Qt.DockWidgetArea.RightDockWidgetArea),
            ("processes", ProcessesDock, "processes.svg", tr("Processes"), Qt.DockWidgetArea.RightDockWidgetArea),
            ("executions", ExecutionsDock, "executions.svg", tr("Executions"), Qt.DockWidgetArea.RightDockWidgetArea),
        ]
        main_window = self.iface.mainWindow()
        for key, dock_class, icon, label, area in specs:
            dock = dock_class(self.state, main_window)
            dock.hide()
            self.iface.addDockWidget(area, dock)
            self.docks[key] = dock
            action = QAction(QIcon(icon_path(icon)), label, main_window)
            action.setObjectName(f"action_fusion_platform_{key}")
            action.setToolTip(tr("Show or hide the Fusion Platform {0} dock").format(label))
            action.setCheckable(True)
            dock.setToggleVisibilityAction(action)
            self.toolbar.addAction(action)
            self.iface.addPluginToWebMenu(MENU, action)
            self.actions.append(action)

        self.initProcessing()
        if self.provider is not None:
            self.provider.attach(self.state)
        from .gui.options_page import OptionsFactory, apply_log_level
        from .qgis_support.settings import load_preferences

        apply_log_level(load_preferences().log_level)
        self.options_factory = OptionsFactory()
        self.iface.registerOptionsWidgetFactory(self.options_factory)
        # Reconnect silently, in the background, from the remembered auth config (if any).
        self.docks["account"].start_silent_reconnect()
        log_info(tr("Fusion Platform plugin {0} loaded.").format(plugin_version()))

    def unload(self) -> None:
        tasks.cancel_all()
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
        for timer in self.timers:
            timer.stop()
            timer.deleteLater()
        self.timers = []
        for action in self.actions:
            self.iface.removePluginWebMenu(MENU, action)
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.deleteLater()
        self.actions = []
        for dock in self.docks.values():
            dock.shutdown()
            self.iface.removeDockWidget(dock)
            dock.setParent(None)
            dock.deleteLater()
        self.docks = {}
        if self.toolbar is not None:
            self.toolbar.setParent(None)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            self.provider.detach()
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.state is not None:
            self.state.deleteLater()
            self.state = None
        remove_log_bridge()
        if self.previous_log_level is not None:  # install_log_bridge and the log-level preference changed it
            logging.getLogger(LOGGER_NAME).setLevel(self.previous_log_level)
            self.previous_log_level = None
        remove_translator(self.translator)
        self.translator = None

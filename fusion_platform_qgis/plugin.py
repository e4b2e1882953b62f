"""Plugin wiring: toolbar, Web menu, docks, Processing provider, translator, log bridge.

``initGui`` records everything it adds and ``unload`` removes exactly that, in reverse order, so enabling and
disabling the plugin (or reloading it) leaves QGIS as it was.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Callable, Optional, TypeVar

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMainWindow, QToolBar

from .qgis_support import tasks
from .qgis_support.i18n import install_translator, remove_translator, tr
from .qgis_support.iface import qgis_iface, qgis_project
from .qgis_support.log import LOGGER_NAME, install_log_bridge, log_info, remove_log_bridge
from .qgis_support.resources import icon_path, plugin_version
from .qgis_support.state import PluginState

MENU = "&Fusion Platform"
TOOLBAR_NAME = "FusionPlatformToolbar"
DOCK_AREA = Qt.DockWidgetArea.RightDockWidgetArea

if TYPE_CHECKING:
    from .gui.account_dock import AccountDock
    from .gui.base_dock import FormDock
    from .gui.browser import BrowserIntegration
    from .gui.executions import ExecutionsDock
    from .gui.options_page import OptionsFactory
    from .gui.run_again import RunAgain
    from .gui.run_tree import RunTree
    from .processing_provider.provider import FusionPlatformProvider
    from .qgis_support.pipeline import ExecutionMonitor, OutputsLoader

    Dock = TypeVar("Dock", bound=FormDock)


class FusionPlatformPlugin:
    def __init__(self):
        self.translator: Any = None
        self.state: PluginState | None = None
        self.toolbar: Optional[QToolBar] = None
        self.actions: list[QAction] = []
        self.docks: dict[str, FormDock] = {}
        self.account_dock: Optional[AccountDock] = None
        self.executions_dock: Optional[ExecutionsDock] = None
        self.provider: Optional[FusionPlatformProvider] = None
        self.options_factory: Optional[OptionsFactory] = None
        self.previous_log_level: int | None = None  # the logger level before initGui changed it
        # QgsProject.readProject slot (renews streamed layers' signed URLs)
        self._project_read: Optional[Callable[..., object]] = None
        self.browser: Optional[BrowserIntegration] = None  # the Browser panel's "Fusion Platform" (gui/browser/)
        self.run_again: Optional[RunAgain] = None  # "Fusion Platform ▸ Run again…" on output layers
        self.run_tree: Optional[RunTree] = None  # runs as groups with an indicator in the Layers panel

    @property
    def follower(self) -> Optional[ExecutionMonitor]:
        """The one follower of runs (``pipeline.follow.ExecutionMonitor``) while the plugin is loaded: its
        ``run_started`` / ``run_progress`` / ``run_ended`` tell what every followed run does."""
        return self.executions_dock.monitor if self.executions_dock is not None else None

    @property
    def outputs_loader(self) -> Optional[OutputsLoader]:
        """The Executions dock's loader (``pipeline.results.OutputsLoader``): ``outputs_loaded`` carries the layers
        of each run it put on the map."""
        return self.executions_dock.outputs_loader if self.executions_dock is not None else None

    @property
    def iface(self):
        """QGIS's interface, looked up when needed (see qgis_support/iface.py)."""
        return qgis_iface()

    # -- QGIS entry points -------------------------------------------------------------------------------
    def initProcessing(self) -> None:
        if self.provider is None:
            from .processing_provider.provider import FusionPlatformProvider

            self.provider = FusionPlatformProvider()
            registry = QgsApplication.processingRegistry()
            if registry is not None:  # None only without a QGIS application
                registry.addProvider(self.provider)

    def initGui(self) -> None:
        self.translator = install_translator()
        self.previous_log_level = logging.getLogger(LOGGER_NAME).level
        install_log_bridge()
        state = self.state = PluginState()
        toolbar = self.toolbar = self.iface.addToolBar(tr("Fusion Platform"))
        toolbar.setObjectName(TOOLBAR_NAME)

        from .gui.account_dock import AccountDock
        from .gui.data_dock import DataDock
        from .gui.executions import ExecutionsDock
        from .gui.processes_dock import ProcessesDock
        from .gui.services_dock import ServicesDock

        # Tabs show the short title ("Account"); the View > Panels menu, where QGIS lists every panel, keeps the
        # product name ("Fusion Platform Account") so the entry says whose it is. Each dock is made and added in
        # turn.
        main_window = self.iface.mainWindow()
        add = self._add_dock
        account = add(
            "account", AccountDock(state, main_window), "account.svg", tr("Account"), tr("Fusion Platform Account")
        )
        add("data", DataDock(state, main_window), "data.svg", tr("Data"), tr("Fusion Platform Data"))
        add(
            "services", ServicesDock(state, main_window), "services.svg", tr("Services"), tr("Fusion Platform Services")
        )
        add(
            "processes",
            ProcessesDock(state, main_window),
            "processes.svg",
            tr("Processes"),
            tr("Fusion Platform Processes"),
        )
        executions = add(
            "executions",
            ExecutionsDock(state, main_window),
            "executions.svg",
            tr("Executions"),
            tr("Fusion Platform Executions"),
        )
        self.account_dock, self.executions_dock = account, executions

        self._register_browser()
        from .gui.run_again import RunAgain

        self.run_again = RunAgain(self.state)
        self.run_again.register()
        self.initProcessing()
        if self.provider is not None:
            self.provider.attach(self.state)
        from .gui.options_page import OptionsFactory, apply_log_level
        from .qgis_support.settings import load_preferences

        apply_log_level(load_preferences().log_level)
        self.options_factory = OptionsFactory()
        self.iface.registerOptionsWidgetFactory(self.options_factory)
        # Signed URLs of streamed layers never go into project files; renewed when a project is opened.
        from .qgis_support import streaming

        streaming.install_project_hooks()
        self._project_read = lambda *_args: executions.project_read()
        qgis_project().readProject.connect(self._project_read)
        # Reconnect silently, in the background, from the remembered auth config (if any).
        account.start_silent_reconnect()
        log_info(tr("Fusion Platform plugin {0} loaded.").format(plugin_version()))

    def _add_dock(self, key: str, dock: Dock, icon: str, label: str, panel_title: str) -> Dock:
        """Add ``dock`` to QGIS's window, hidden, with its toolbar button and its View > Panels entry."""
        main_window = self.iface.mainWindow()
        self.iface.addDockWidget(DOCK_AREA, dock)
        # QgisApp::addDockWidget shows the dock it adds (a hide() before it is undone): hide it afterwards.
        # The user opens a dock with its toolbar button; a layout saved by QGIS on exit (UI/state, keyed by
        # objectName) is restored by QGIS after the plugins loaded, as for QGIS's own panels.
        dock.hide()
        self.docks[key] = dock
        action = QAction(QIcon(icon_path(icon)), label, main_window)
        action.setObjectName(f"action_fusion_platform_{key}")
        action.setToolTip(tr("Show or hide the Fusion Platform {0} dock").format(label))
        action.setCheckable(True)
        # Connected before QgsDockWidget's own slot, so the dock joins its siblings' tabs before it shows.
        action.toggled.connect(lambda checked: self._join_tabs(dock) if checked else None)
        dock.setToggleVisibilityAction(action)
        view_action = dock.toggleViewAction()  # View > Panels
        if view_action is not None:
            view_action.setText(panel_title)
            view_action.triggered.connect(lambda checked: self._join_tabs(dock) if checked else None)
        if self.toolbar is not None:
            self.toolbar.addAction(action)
        self.iface.addPluginToWebMenu(MENU, action)
        self.actions.append(action)
        return dock

    def _register_browser(self) -> None:
        from .gui.browser import BrowserIntegration

        self.browser = BrowserIntegration(self.state, lambda: self.docks)
        self.browser.register()
        if self.executions_dock is not None:
            self.browser.watch(self.executions_dock.monitor.run_ended)  # a finished run appears in the Browser
            self.executions_dock.series_context = self.browser.context  # "Load as time series" shares its series
        if self.executions_dock is not None:  # each run a group with an indicator in the Layers panel
            from .gui.run_tree import RunTree

            self.run_tree = RunTree(self.state, self.executions_dock.monitor, self.executions_dock)

    def _join_tabs(self, dock: FormDock) -> None:
        """A dock opened (toolbar button or View > Panels) joins the tab stack of an open sibling in its area.

        Why: side by side, every open dock takes its own share of the area's height, and the five of them
        pushed QGIS's canvas off the screen; as tabs they share one dock's place and each tab says what it is.
        A dock the user moved to another area, or floats, stays where the user put it."""
        main_window = self.iface.mainWindow()
        if not isinstance(main_window, QMainWindow) or dock.isFloating():
            return
        area = main_window.dockWidgetArea(dock)
        if area == Qt.DockWidgetArea.NoDockWidgetArea:
            return
        siblings = [
            d
            for d in self.docks.values()
            if d is not dock and d.isVisible() and not d.isFloating() and main_window.dockWidgetArea(d) == area
        ]
        if siblings and not set(siblings) & set(main_window.tabifiedDockWidgets(dock)):
            main_window.tabifyDockWidget(siblings[0], dock)

    def unload(self) -> None:
        from .gui.ui import detach

        tasks.cancel_all()
        if self.run_tree is not None:
            self.run_tree.unload()
            self.run_tree = None
        if self.run_again is not None:
            self.run_again.unregister()
            self.run_again = None
        if self.browser is not None:
            self.browser.unregister()
            self.browser = None
        if self._project_read is not None:
            from .qgis_support import streaming

            try:
                qgis_project().readProject.disconnect(self._project_read)
            except (TypeError, RuntimeError):
                pass
            self._project_read = None
            streaming.remove_project_hooks()
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
        for action in self.actions:
            self.iface.removePluginWebMenu(MENU, action)
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.deleteLater()
        self.actions = []
        for dock in self.docks.values():
            dock.shutdown()
            self.iface.removeDockWidget(dock)
            detach(dock)
        self.docks = {}
        self.account_dock = self.executions_dock = None
        if self.toolbar is not None:
            detach(self.toolbar)
            self.toolbar = None
        if self.provider is not None:
            self.provider.detach()
            registry = QgsApplication.processingRegistry()
            if registry is not None:
                registry.removeProvider(self.provider)
            self.provider = None
        if self.state is not None:
            user = self.state.user
            if user is not None:  # the plugin goes away with its live session: close its connections
                try:
                    user.session.close()
                except Exception:
                    pass
            self.state.deleteLater()
            self.state = None
        remove_log_bridge()
        if self.previous_log_level is not None:  # install_log_bridge and the log-level preference changed it
            logging.getLogger(LOGGER_NAME).setLevel(self.previous_log_level)
            self.previous_log_level = None
        remove_translator(self.translator)
        self.translator = None

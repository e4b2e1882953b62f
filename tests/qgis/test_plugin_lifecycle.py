"""The plugin loads the way QGIS loads it, shows its toolbar and docks, and unload leaves nothing behind."""

from __future__ import annotations

import logging

import pytest
import qgis.utils
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QToolBar

PLUGIN = "fusion_platform_qgis"
DOCKS = {"account", "data", "services", "processes", "executions"}


@pytest.fixture
def loaded_plugin(qgis_iface, staged_plugin_dir, keep_plugin_modules):
    qgis.utils.plugin_paths = [str(staged_plugin_dir.parent)]
    qgis.utils.updateAvailablePlugins()
    assert PLUGIN in qgis.utils.available_plugins
    assert qgis.utils.loadPlugin(PLUGIN)
    assert qgis.utils.startPlugin(PLUGIN)
    plugin = qgis.utils.plugins[PLUGIN]
    yield plugin
    if PLUGIN in qgis.utils.plugins:
        qgis.utils.unloadPlugin(PLUGIN)


def _our_toolbars(main_window):
    return [t for t in main_window.findChildren(QToolBar) if t.objectName() == "FusionPlatformToolbar"]


def test_plugin_is_imported_from_the_staged_folder(loaded_plugin, staged_plugin_dir):
    import fusion_platform_qgis

    assert fusion_platform_qgis.__file__.startswith(str(staged_plugin_dir))
    assert qgis.utils.pluginMetadata(PLUGIN, "name") == "Fusion Platform"


def test_toolbar_actions_and_docks(loaded_plugin, qgis_iface):
    toolbars = _our_toolbars(qgis_iface.mainWindow())
    assert len(toolbars) == 1
    names = {a.objectName() for a in toolbars[0].actions()}
    assert names == {f"action_fusion_platform_{key}" for key in DOCKS}
    assert set(loaded_plugin.docks) == DOCKS
    for key, dock in loaded_plugin.docks.items():
        assert isinstance(dock, QDockWidget)
        action = next(a for a in toolbars[0].actions() if a.objectName() == f"action_fusion_platform_{key}")
        action.trigger()
        assert dock.isVisible() or dock.isVisibleTo(qgis_iface.mainWindow())
    web_menu_calls = qgis_iface.addPluginToWebMenu.call_args_list
    assert len([c for c in web_menu_calls if c.args[1] in loaded_plugin.actions]) == len(DOCKS)
    assert "fusion_platform" in [p.id() for p in QgsApplication.processingRegistry().providers()]
    assert QgsApplication.dataItemProviderRegistry().provider("Fusion Platform") is not None  # the Browser


def test_unload_leaves_nothing_behind(loaded_plugin, qgis_iface, qtbot):
    main_window = qgis_iface.mainWindow()
    actions = list(loaded_plugin.actions)
    dock_names = {dock.objectName() for dock in loaded_plugin.docks.values()}
    logger_handlers_before = len(logging.getLogger("fusion_platform_qgis").handlers)
    assert logger_handlers_before >= 1

    from qgis.core import QgsPathResolver

    signed = "/vsicurl/http://h.example/f.tif?expires=1&signature=s"
    assert QgsPathResolver().writePath(signed) == "/vsicurl/http://h.example/f.tif?fusion_platform_stream=renew"

    assert qgis.utils.unloadPlugin(PLUGIN)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # every deleteLater of the unload, done

    assert QgsPathResolver().writePath(signed) == signed  # the project path writer is gone with the plugin

    assert not _our_toolbars(main_window)
    assert not [d for d in main_window.findChildren(QDockWidget) if d.objectName() in dock_names]
    assert not [a for a in main_window.findChildren(QAction) if a.objectName().startswith("action_fusion_platform")]
    assert "fusion_platform" not in [p.id() for p in QgsApplication.processingRegistry().providers()]
    assert QgsApplication.dataItemProviderRegistry().provider("Fusion Platform") is None
    removed = [c.args[1] for c in qgis_iface.removePluginWebMenu.call_args_list]
    assert all(any(a is r for r in removed) for a in actions)
    assert len(logging.getLogger("fusion_platform_qgis").handlers) == logger_handlers_before - 1
    assert loaded_plugin.translator is None and loaded_plugin.docks == {}


def test_load_unload_twice(qgis_iface, staged_plugin_dir, keep_plugin_modules):
    qgis.utils.plugin_paths = [str(staged_plugin_dir.parent)]
    qgis.utils.updateAvailablePlugins()
    for _ in range(2):
        assert qgis.utils.loadPlugin(PLUGIN)
        assert qgis.utils.startPlugin(PLUGIN)
        assert len(_our_toolbars(qgis_iface.mainWindow())) == 1
        assert qgis.utils.unloadPlugin(PLUGIN)
        QgsApplication.processEvents()


@pytest.fixture
def qgis_like_docks(qgis_iface, monkeypatch):
    """``iface.addDockWidget`` as QgisApp does it: add to the main window *and show* (pytest-qgis does neither)."""
    main_window = qgis_iface.mainWindow()

    def add(area, dock):
        main_window.addDockWidget(area, dock)
        dock.show()

    monkeypatch.setattr(qgis_iface, "addDockWidget", add)
    monkeypatch.setattr(qgis_iface, "removeDockWidget", main_window.removeDockWidget)
    main_window.resize(1280, 800)
    main_window.show()
    yield main_window
    main_window.hide()


def test_docks_wait_for_their_button_and_open_as_short_titled_tabs(
    qgis_like_docks, qgis_iface, staged_plugin_dir, keep_plugin_modules
):
    """On first start no dock opens by itself (QGIS keeps its canvas on the screen);
    opened from the toolbar, the five share one tab stack with short distinct titles, and none forces the main
    window taller than the screen."""
    main_window = qgis_like_docks
    qgis.utils.plugin_paths = [str(staged_plugin_dir.parent)]
    qgis.utils.updateAvailablePlugins()
    assert qgis.utils.loadPlugin(PLUGIN) and qgis.utils.startPlugin(PLUGIN)
    try:
        plugin = qgis.utils.plugins[PLUGIN]
        QgsApplication.processEvents()
        docks = plugin.docks
        assert [key for key, dock in docks.items() if dock.isVisible()] == []
        for key in ("executions", "processes", "services", "data", "account"):
            next(a for a in plugin.actions if a.objectName() == f"action_fusion_platform_{key}").trigger()
            QgsApplication.processEvents()
        assert all(dock.isVisible() for dock in docks.values())
        others = {dock for key, dock in docks.items() if key != "account"}
        assert set(main_window.tabifiedDockWidgets(docks["account"])) == others
        assert main_window.height() <= 800
        # Even stacked (a layout QGIS restores from an older profile), five docks of at most 120 px fit an 800 px
        # screen beside QGIS's toolbars: each scrolls instead of forcing the window taller.
        for dock in docks.values():
            assert dock.minimumSizeHint().height() <= 120, (dock.objectName(), dock.minimumSizeHint())
        assert {dock.windowTitle() for dock in docks.values()} == {
            "Account",
            "Data",
            "Services",
            "Processes",
            "Executions",
        }
        # View > Panels lists every QGIS panel: there the entries say whose they are.
        assert all(dock.toggleViewAction().text() == f"Fusion Platform {dock.windowTitle()}" for dock in docks.values())
    finally:
        qgis.utils.unloadPlugin(PLUGIN)


def test_unload_closes_the_live_session(loaded_plugin, sandbox, qtbot):
    """The plugin goes away with its session's pooled connection closed (no "unclosed <socket>" warning later)."""
    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.qgis_support.session.settings import Connection

    user = fusion_platform.login(email=sandbox.email, password=sandbox.password, api_url=sandbox.url)
    loaded_plugin.state.set_connected(Connection(name="Lifecycle sandbox", url=sandbox.url), user)

    def open_pools():
        return sum(len(adapter.poolmanager.pools) for adapter in user.session.http.adapters.values())

    assert open_pools() >= 1  # the login's connection waits in the pool
    assert qgis.utils.unloadPlugin(PLUGIN)
    assert open_pools() == 0

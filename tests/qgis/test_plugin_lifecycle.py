"""The plugin loads the way QGIS loads it, shows its toolbar and docks, and unload leaves nothing behind."""

from __future__ import annotations

import logging

import pytest
import qgis.utils
from qgis.core import QgsApplication
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


def test_unload_leaves_nothing_behind(loaded_plugin, qgis_iface, qtbot):
    main_window = qgis_iface.mainWindow()
    actions = list(loaded_plugin.actions)
    dock_names = {dock.objectName() for dock in loaded_plugin.docks.values()}
    logger_handlers_before = len(logging.getLogger("fusion_platform_qgis").handlers)
    assert logger_handlers_before >= 1

    assert qgis.utils.unloadPlugin(PLUGIN)
    qtbot.wait(10)  # let deleteLater run
    QgsApplication.processEvents()

    assert not _our_toolbars(main_window)
    assert not [d for d in main_window.findChildren(QDockWidget) if d.objectName() in dock_names]
    assert not [a for a in main_window.findChildren(QAction) if a.objectName().startswith("action_fusion_platform")]
    assert "fusion_platform" not in [p.id() for p in QgsApplication.processingRegistry().providers()]
    removed = [c.args[1] for c in qgis_iface.removePluginWebMenu.call_args_list]
    assert all(any(a is r for r in removed) for a in actions)
    assert len(logging.getLogger("fusion_platform_qgis").handlers) == logger_handlers_before - 1
    assert loaded_plugin.translator is None and loaded_plugin.timers == [] and loaded_plugin.docks == {}


def test_load_unload_twice(qgis_iface, staged_plugin_dir, keep_plugin_modules):
    qgis.utils.plugin_paths = [str(staged_plugin_dir.parent)]
    qgis.utils.updateAvailablePlugins()
    for _ in range(2):
        assert qgis.utils.loadPlugin(PLUGIN)
        assert qgis.utils.startPlugin(PLUGIN)
        assert len(_our_toolbars(qgis_iface.mainWindow())) == 1
        assert qgis.utils.unloadPlugin(PLUGIN)
        QgsApplication.processEvents()


def test_unload_closes_the_live_session(loaded_plugin, sandbox, qtbot):
    """The plugin goes away with its session's pooled connection closed (no "unclosed <socket>" warning later)."""
    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.qgis_support.settings import Connection

    user = fusion_platform.login(email=sandbox.email, password=sandbox.password, api_url=sandbox.url)
    loaded_plugin.state.set_connected(Connection(name="Lifecycle sandbox", url=sandbox.url), user)

    def open_pools():
        return sum(len(adapter.poolmanager.pools) for adapter in user.session.http.adapters.values())

    assert open_pools() >= 1  # the login's connection waits in the pool
    assert qgis.utils.unloadPlugin(PLUGIN)
    assert open_pools() == 0

"""``unload()`` undoes everything ``initGui()`` did, also what the lifecycle test does not look at —
drop handler, options page factory, a map tool left active, the log level, running tasks."""

from __future__ import annotations

import logging

import qgis.utils
from qgis.core import QgsApplication

PLUGIN = "fusion_platform_qgis"


def _calls(mock) -> list:
    return [call.args[0] for call in mock.call_args_list]


def test_unload_undoes_what_initgui_did(qgis_iface, staged_plugin_dir, keep_plugin_modules, qtbot):
    from fusion_platform_qgis.gui.map_tools import RegionMapTool

    logger = logging.getLogger("fusion_platform_qgis")
    logger.setLevel(logging.WARNING)  # a level someone else chose (QGIS's Python console, another plugin)
    canvas = qgis_iface.mapCanvas()
    previous_tool = canvas.mapTool()
    registered_handlers = len(qgis_iface.registerCustomDropHandler.call_args_list)
    registered_factories = len(qgis_iface.registerOptionsWidgetFactory.call_args_list)
    unregistered_handlers = len(qgis_iface.unregisterCustomDropHandler.call_args_list)
    unregistered_factories = len(qgis_iface.unregisterOptionsWidgetFactory.call_args_list)
    try:
        qgis.utils.plugin_paths = [str(staged_plugin_dir.parent)]
        qgis.utils.updateAvailablePlugins()
        assert qgis.utils.loadPlugin(PLUGIN) and qgis.utils.startPlugin(PLUGIN)
        plugin = qgis.utils.plugins[PLUGIN]
        plugin.docks["data"].uploads.start_drawing("polygon")  # the user is drawing a region when the plugin unloads
        assert isinstance(canvas.mapTool(), RegionMapTool)
        handlers = _calls(qgis_iface.registerCustomDropHandler)[registered_handlers:]
        factories = _calls(qgis_iface.registerOptionsWidgetFactory)[registered_factories:]
        assert len(handlers) == 2 and len(factories) == 1  # drops from the Data dock and from the Browser

        assert qgis.utils.unloadPlugin(PLUGIN)
        QgsApplication.processEvents()

        unregistered = _calls(qgis_iface.unregisterCustomDropHandler)[unregistered_handlers:]
        assert len(unregistered) == len(handlers) and {id(h) for h in unregistered} == {id(h) for h in handlers}
        assert _calls(qgis_iface.unregisterOptionsWidgetFactory)[unregistered_factories:] == factories
        assert not isinstance(canvas.mapTool(), RegionMapTool)
        assert canvas.mapTool() is previous_tool
        assert logger.level == logging.WARNING
        assert not [h for h in logger.handlers if type(h).__name__ == "_MessageLogHandler"]
    finally:
        logger.setLevel(logging.NOTSET)

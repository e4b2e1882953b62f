"""The plugin's QGIS Options page, its registration by the plugin, and the silent reconnect at plugin start."""

from __future__ import annotations

import qgis.utils

from .account_helpers import TIMEOUT_MS, add_connection, clean_settings_fixture  # noqa: F401 - fixture

PLUGIN = "fusion_platform_qgis"


def test_options_page_edits_the_preferences(qgis_app, clean_settings, tmp_path):
    import logging

    from fusion_platform_qgis.gui.options_page import OptionsFactory, OptionsPage
    from fusion_platform_qgis.qgis_support.session import settings

    add_connection("Staging", "https://staging.example.com")
    page = OptionsPage()
    ui = page.ui
    assert ui.combo_default_connection.currentData() == settings.Preferences().default_connection
    assert [ui.combo_default_connection.itemData(i) for i in range(ui.combo_default_connection.count())] == [
        settings.REAL_CONNECTION,
        settings.SANDBOX_CONNECTION,
        "Staging",
    ]
    ui.combo_default_connection.setCurrentIndex(ui.combo_default_connection.findData("Staging"))
    ui.spin_poll_interval.setValue(17)
    ui.file_download_folder.setFilePath(str(tmp_path))
    ui.check_load_outputs.setChecked(False)
    ui.combo_log_level.setCurrentIndex(ui.combo_log_level.findData("DEBUG"))
    page.apply()
    assert settings.load_preferences() == settings.Preferences("Staging", 17, str(tmp_path), False, "DEBUG")
    assert logging.getLogger("fusion_platform_qgis").level == logging.DEBUG
    assert isinstance(OptionsFactory().createWidget(None), OptionsPage)
    logging.getLogger("fusion_platform_qgis").setLevel(logging.INFO)


def test_plugin_registers_the_options_page_and_reconnects_silently_at_start(
    qtbot, qgis_iface, clean_settings, staged_plugin_dir, sandbox, auth_master_password, keep_plugin_modules
):
    from fusion_platform_qgis.qgis_support.session import auth, settings

    connection = add_connection("Test sandbox", sandbox.url)
    connection.authcfg = auth.store_credentials(connection.name, auth.Credentials(sandbox.email, sandbox.password))
    settings.save_connection(connection)
    settings.set_current_connection_name(connection.name)

    qgis.utils.plugin_paths = [str(staged_plugin_dir.parent)]
    qgis.utils.updateAvailablePlugins()
    assert qgis.utils.loadPlugin(PLUGIN) and qgis.utils.startPlugin(PLUGIN)
    try:
        plugin = qgis.utils.plugins[PLUGIN]
        qgis_iface.registerOptionsWidgetFactory.assert_called_with(plugin.options_factory)
        factory = plugin.options_factory
        qtbot.waitUntil(lambda: plugin.state.is_connected, timeout=TIMEOUT_MS)
        assert plugin.state.user.email == sandbox.email
        assert plugin.state.organisation is not None
    finally:
        qgis.utils.unloadPlugin(PLUGIN)
    qgis_iface.unregisterOptionsWidgetFactory.assert_called_with(factory)

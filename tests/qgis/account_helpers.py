"""Shared helpers of the account dock tests (test_account_*.py, test_network_proxy.py)."""

from __future__ import annotations

import pytest

TIMEOUT_MS = 60000  # a hang guard, not a timed assertion


@pytest.fixture(name="clean_settings")
def clean_settings_fixture(qgis_app, auth_master_password):
    """Every test starts with no plugin settings and no Fusion Platform auth configs, and leaves none."""
    from fusion_platform_qgis.qgis_support.session import settings

    def wipe():
        settings.clear_all()
        manager = auth_master_password
        for config_id in list(manager.configIds()):
            if manager.availableAuthMethodConfigs().get(config_id) is not None and manager.availableAuthMethodConfigs()[
                config_id
            ].name().startswith("Fusion Platform"):
                manager.removeAuthenticationConfig(config_id)

    wipe()
    yield settings
    wipe()


def add_connection(name: str, url: str):
    from fusion_platform_qgis.qgis_support.session import settings

    connection = settings.Connection(name=name, url=url)
    settings.save_connection(connection)
    return connection


def make_dock(iface, state, connection_name: str):
    from fusion_platform_qgis.gui.account_dock import AccountDock

    dock = AccountDock(state, None)
    dock.select_connection(connection_name)
    assert dock.current_connection().name == connection_name
    return dock


def close_dock(dock) -> None:
    """What unload does to a dock; a second call (test teardown after a simulated restart) does nothing."""
    from qgis.PyQt import sip

    if sip.isdeleted(dock) or not dock._alive:
        return
    dock.shutdown()
    dock.setParent(None)
    dock.deleteLater()


def type_login(qtbot, dock, username: str, password: str, remember: bool = False) -> None:
    from qgis.PyQt.QtCore import Qt

    dock.ui.line_username.setText(username)
    dock.ui.line_password.setText(password)
    dock.ui.check_remember.setChecked(remember)
    qtbot.mouseClick(dock.ui.button_login, Qt.MouseButton.LeftButton)


def wait_idle(qtbot, dock) -> None:
    qtbot.waitUntil(lambda: not dock.is_busy and not dock._login_running(), timeout=TIMEOUT_MS)


def login(qtbot, dock, username: str, password: str, remember: bool = False) -> None:
    type_login(qtbot, dock, username, password, remember)
    wait_idle(qtbot, dock)
    assert dock.state.is_connected, dock.message_text()

"""Nothing secret leaves the QGIS auth database: after the account flows (remembered login, silent reconnect,
wrong password, server down, profile edit, weak and good password change, logout, forget) no password and no
session token appears in QgsSettings (every key/value and the raw QGIS3.ini), in the message log or in a saved
project file."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication, QgsProject, QgsSettings

from .account_helpers import (  # noqa: F401 - clean_settings_fixture is a fixture
    add_connection,
    clean_settings_fixture,
    close_dock,
    login,
    make_dock,
    type_login,
    wait_idle,
)

NEW_PASSWORD = "Secret-Change-2027#"
WEAK_PASSWORD = "weakpassword"


def _token(state) -> str:
    return state.user.session._access_token


def test_no_secret_in_settings_log_or_project(
    qtbot, qgis_iface, clean_settings, sandbox_factory, tmp_path, auth_master_password, closed_port
):
    from fusion_platform_qgis.qgis_support.session.plugin_state import PluginState

    own = sandbox_factory()
    log: list[str] = []

    def capture(message, tag, level):
        log.append(f"{tag}: {message}")

    QgsApplication.messageLog().messageReceived.connect(capture)
    secrets = {own.password, NEW_PASSWORD, WEAK_PASSWORD}
    state = PluginState()
    add_connection("Own", own.url)
    add_connection("Down", f"http://127.0.0.1:{closed_port}")
    dock = make_dock(qgis_iface, state, "Own")
    try:
        type_login(qtbot, dock, own.email, own.password + "-typo")  # wrong password
        wait_idle(qtbot, dock)
        login(qtbot, dock, own.email, own.password, remember=True)
        secrets.add(_token(state))
        dock.ui.line_telephone.setText("+44 7700 900999")
        dock.profile.save_profile()
        wait_idle(qtbot, dock)
        dialog = dock.profile.open_password_dialog()
        dock.profile.change_password(own.password, WEAK_PASSWORD)  # refused by the server
        wait_idle(qtbot, dock)
        assert "policy" in dialog.ui.label_error.text()
        dialog.ui.line_old_password.setText(own.password)
        dialog.ui.line_new_password.setText(NEW_PASSWORD)
        dialog.ui.line_confirm_password.setText(NEW_PASSWORD)
        dialog.submit()
        wait_idle(qtbot, dock)
        assert "password was changed" in dock.message_text()
        project_file = tmp_path / "connected.qgs"
        assert QgsProject.instance().write(str(project_file))

        # restart: silent reconnect from the auth config, then log out and forget
        close_dock(dock)
        state.deleteLater()
        state = PluginState()
        dock = make_dock(qgis_iface, state, "Own")
        assert dock.start_silent_reconnect()
        wait_idle(qtbot, dock)
        assert state.is_connected, dock.message_text()
        secrets.add(_token(state))
        dock.logout()
        dock.select_connection("Down")
        type_login(qtbot, dock, own.email, NEW_PASSWORD)  # server down
        wait_idle(qtbot, dock)
        assert "Cannot reach" in dock.message_text()
        dock.select_connection("Own")
        login(qtbot, dock, own.email, NEW_PASSWORD, remember=True)
        secrets.add(_token(state))
        dock.forget_me()
    finally:
        close_dock(dock)
        state.deleteLater()
        QgsApplication.messageLog().messageReceived.disconnect(capture)

    settings = QgsSettings()
    settings.sync()
    pairs = [f"{key}={settings.value(key)}" for key in settings.allKeys()]
    assert any(key.startswith("fusion_platform/") for key in settings.allKeys())  # the scan sees our group
    ini_text = Path(settings.fileName()).read_text(encoding="utf-8", errors="replace")
    assert "fusion_platform" in ini_text
    project_text = project_file.read_text(encoding="utf-8", errors="replace")
    assert log, "the message log capture saw nothing"
    for secret in secrets:
        assert secret
        leaks = [p for p in pairs if secret in p]
        assert not leaks, f"secret found in QgsSettings: {leaks}"
        assert secret not in ini_text, "secret found in QGIS3.ini"
        assert not [line for line in log if secret in line], "secret found in the message log"
        assert secret not in project_text, "secret found in the project file"

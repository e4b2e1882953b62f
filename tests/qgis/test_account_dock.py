"""The account dock against a real sandbox: log in and out, wrong password, server down, reconnect after a
restart from the auth config, organisation switch, credits, profile edit, password change, expired session,
connections, unloading mid-call."""

from __future__ import annotations

import socket

import pytest
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QApplication

from .account_helpers import (  # noqa: F401 - clean_settings_fixture is a fixture
    TIMEOUT_MS,
    add_connection,
    clean_settings_fixture,
    close_dock,
    login,
    make_dock,
    type_login,
    wait_idle,
)

CONNECTION = "Test sandbox"


@pytest.fixture
def state(qgis_app):
    from fusion_platform_qgis.qgis_support.session.plugin_state import PluginState

    plugin_state = PluginState()
    yield plugin_state
    plugin_state.deleteLater()


@pytest.fixture
def dock(qgis_iface, clean_settings, sandbox, state):
    add_connection(CONNECTION, sandbox.url)
    account_dock = make_dock(qgis_iface, state, CONNECTION)
    yield account_dock
    close_dock(account_dock)


def _client_user(url: str, email: str, password: str):
    import fusion_platform_qgis.api as fusion_platform

    return fusion_platform.login(email=email, password=password, api_url=url)


def test_closed_port_stays_closed_and_cannot_be_taken(closed_port):
    """The fixture's promise, checked: connections are refused and the port cannot be bound by anyone else."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as other:
        with pytest.raises(OSError):
            other.bind(("127.0.0.1", closed_port))
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", closed_port), timeout=5).close()


def test_log_in_and_out(qtbot, dock, sandbox, state):
    connected = []
    state.connected.connect(connected.append)
    login(qtbot, dock, sandbox.email, sandbox.password)
    assert dock.ui.stacked_pages.currentWidget() is dock.ui.page_account
    assert sandbox.email in dock.ui.label_user.text()
    assert CONNECTION in dock.ui.label_user.text()
    assert state.user.email == sandbox.email and connected == [state.user]
    assert state.organisation is not None
    assert dock.ui.combo_organisation.currentText() == state.organisation.name
    assert dock.ui.line_password.text() == ""  # the typed password does not linger in the form

    qtbot.mouseClick(dock.ui.button_logout, Qt.MouseButton.LeftButton)
    assert not state.is_connected and state.organisation is None
    assert dock.ui.stacked_pages.currentWidget() is dock.ui.page_login
    assert dock.ui.line_username.text() == sandbox.email


def test_log_in_with_user_id(qtbot, dock, sandbox, state):
    user_id = str(_client_user(sandbox.url, sandbox.email, sandbox.password).id)
    login(qtbot, dock, user_id, sandbox.password)
    assert state.user.email == sandbox.email


def test_wrong_password_is_refused_with_a_clear_message(qtbot, dock, sandbox, state):
    type_login(qtbot, dock, sandbox.email, sandbox.password + "-wrong")
    wait_idle(qtbot, dock)
    assert not state.is_connected
    assert "Wrong e-mail address, user id or password" in dock.message_text()
    assert dock.ui.line_username.text() == sandbox.email  # nothing typed is lost
    assert dock.ui.line_password.text() == sandbox.password + "-wrong"
    assert not dock.ui.button_copy_details.isVisibleTo(dock)


def test_empty_fields_are_refused_before_any_call(qtbot, dock, state):
    type_login(qtbot, dock, "", "")
    assert not dock._login_running()
    assert "Enter your e-mail address" in dock.message_text()


def test_server_down_names_the_server_and_how_to_start_the_sandbox(
    qtbot, qgis_iface, clean_settings, state, closed_port
):
    url = f"http://127.0.0.1:{closed_port}"
    add_connection("Down", url)
    down = make_dock(qgis_iface, state, "Down")
    try:
        type_login(qtbot, down, "demo@example.com", "whatever-password")
        wait_idle(qtbot, down)
        assert not state.is_connected
        text = down.message_text()
        assert f"Cannot reach {url}" in text and "local sandbox" in text and "not running" in text
        assert "make sandbox" not in text  # a developer's command is no instruction for a user
        assert down.ui.button_copy_details.isVisibleTo(down)
        qtbot.mouseClick(down.ui.button_copy_details, Qt.MouseButton.LeftButton)
        copied = QApplication.clipboard().text()
        assert url in copied and "whatever-password" not in copied
    finally:
        close_dock(down)


def test_local_sandbox_connection_says_what_it_is(qgis_iface, clean_settings, state):
    from fusion_platform_qgis.qgis_support.session import settings

    local = make_dock(qgis_iface, state, settings.SANDBOX_CONNECTION)
    try:
        hint = local.ui.label_login_hint.text()
        assert "practice Fusion Platform on this computer" in hint and "must be running" in hint
        assert "make sandbox" not in hint and "demo@example.com" in hint
        assert not local.ui.button_edit_connection.isEnabled()
        assert not local.ui.button_remove_connection.isEnabled()
    finally:
        close_dock(local)


def test_remember_me_reconnects_after_a_restart_and_forget_me_removes_the_config(
    qtbot, qgis_iface, dock, sandbox, state, auth_master_password
):
    from fusion_platform_qgis.qgis_support.session import auth, settings
    from fusion_platform_qgis.qgis_support.session.plugin_state import PluginState

    login(qtbot, dock, sandbox.email, sandbox.password, remember=True)
    connection = settings.load_connection(CONNECTION)
    assert connection.authcfg and connection.authcfg in auth_master_password.configIds()
    assert auth.load_credentials(connection.authcfg).username == sandbox.email
    assert connection.organisation_id == str(state.organisation.id)

    # "Restart": the old dock and state go away, new ones are created as initGui does, and reconnect silently.
    close_dock(dock)
    new_state = PluginState()
    restarted = make_dock(qgis_iface, new_state, CONNECTION)
    try:
        assert restarted.ui.check_remember.isChecked()
        assert restarted.start_silent_reconnect()
        wait_idle(qtbot, restarted)
        assert new_state.is_connected, restarted.message_text()
        assert new_state.user.email == sandbox.email
        assert str(new_state.organisation.id) == connection.organisation_id

        restarted.forget_me()
        assert not new_state.is_connected
        assert settings.load_connection(CONNECTION).authcfg == ""
        assert connection.authcfg not in auth_master_password.configIds()
        assert not restarted.start_silent_reconnect()  # nothing left to reconnect with
    finally:
        close_dock(restarted)
        new_state.deleteLater()


def test_logout_keeps_the_remembered_config(qtbot, dock, sandbox, state, auth_master_password):
    from fusion_platform_qgis.qgis_support.session import settings

    login(qtbot, dock, sandbox.email, sandbox.password, remember=True)
    dock.logout()
    authcfg = settings.load_connection(CONNECTION).authcfg
    assert authcfg and authcfg in auth_master_password.configIds()
    assert dock.start_silent_reconnect()
    wait_idle(qtbot, dock)
    assert state.is_connected


def test_credits_are_shown_and_refreshed(qtbot, qgis_iface, clean_settings, sandbox_factory, state):
    from fusion_platform_qgis.gui.account_dock import format_credits

    own = sandbox_factory()
    add_connection("Own", own.url)
    own_dock = make_dock(qgis_iface, state, "Own")
    try:
        login(qtbot, own_dock, own.email, own.password)
        expected = _client_user(own.url, own.email, own.password)
        credit = next(expected.organisations).credit
        assert own_dock.ui.label_credits.text() == f"{format_credits(credit.any_credits)} credits"

        own.admin("POST", "credits", {"organisation_id": str(state.organisation.id), "credits": 1234.5})
        emitted = []
        state.credits_changed.connect(emitted.append)
        qtbot.mouseClick(own_dock.ui.button_refresh_credits, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, own_dock)
        assert own_dock.ui.label_credits.text() == f"{format_credits(1234.5)} credits"
        assert len(emitted) == 1 and float(emitted[0].any_credits) == 1234.5

        own.admin("POST", "credits", {"organisation_id": str(state.organisation.id), "credits": 77})
        state.executions_changed.emit()  # an execution finished somewhere: credits are read again
        wait_idle(qtbot, own_dock)
        assert own_dock.ui.label_credits.text() == f"{format_credits(77)} credits"
    finally:
        close_dock(own_dock)


def test_organisation_switch(qtbot, qgis_iface, clean_settings, sandbox_factory, state):
    from fusion_platform_qgis.qgis_support.session import settings

    own = sandbox_factory()
    add_connection("Own", own.url)
    users = own.admin("GET", "users")["list"]
    demo = next(u for u in users if u["email"] == own.email)
    assert len(demo.get("organisations") or []) >= 2, "the sandbox's demo account needs two organisations"
    own_dock = make_dock(qgis_iface, state, "Own")
    try:
        login(qtbot, own_dock, own.email, own.password)
        changes = []
        state.organisation_changed.connect(changes.append)
        other = next(
            i
            for i in range(own_dock.ui.combo_organisation.count())
            if own_dock.ui.combo_organisation.itemData(i) != str(state.organisation.id)
        )
        other_id = own_dock.ui.combo_organisation.itemData(other)
        own_dock.select_organisation(other_id)
        wait_idle(qtbot, own_dock)
        assert str(state.organisation.id) == other_id and [str(o.id) for o in changes] == [other_id]
        assert settings.load_connection("Own").organisation_id == other_id
        assert str(own_dock.last_credit.organisation_id) == other_id
    finally:
        close_dock(own_dock)


def test_profile_edit(qtbot, qgis_iface, clean_settings, sandbox_factory, state):
    own = sandbox_factory()
    add_connection("Own", own.url)
    own_dock = make_dock(qgis_iface, state, "Own")
    try:
        login(qtbot, own_dock, own.email, own.password)
        ui = own_dock.ui
        assert ui.line_given_name.text() == state.user.given_name
        ui.line_given_name.setText("Ada")
        ui.line_family_name.setText("Lovelace")
        ui.line_telephone.setText("+44 7700 900123")
        ui.check_notify_new_features.setChecked(True)
        ui.check_notify_account.setChecked(False)
        qtbot.mouseClick(ui.button_save_profile, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, own_dock)
        assert "saved" in own_dock.message_text()
        assert "Ada Lovelace" in ui.label_user.text()

        fresh = _client_user(own.url, own.email, own.password)
        assert (fresh.given_name, fresh.family_name, fresh.telephone) == ("Ada", "Lovelace", "+44 7700 900123")
        assert "email" in fresh.notification_new_features
        assert "email" not in (fresh.notification_account or [])

        ui.line_family_name.setText("")
        qtbot.mouseClick(ui.button_save_profile, Qt.MouseButton.LeftButton)
        assert "family name" in own_dock.message_text() and not own_dock.is_busy
    finally:
        close_dock(own_dock)


def test_password_change_weak_then_good(qtbot, qgis_iface, clean_settings, sandbox_factory, state):
    own = sandbox_factory()
    add_connection("Own", own.url)
    own_dock = make_dock(qgis_iface, state, "Own")
    new_password = "Brand-New-Passw0rd"
    try:
        login(qtbot, own_dock, own.email, own.password, remember=True)
        dialog = own_dock.profile.open_password_dialog()
        dialog.ui.line_old_password.setText(own.password)
        qtbot.keyClicks(dialog.ui.line_new_password, "short1")
        dialog.ui.line_confirm_password.setText("short1")
        text = dialog.ui.label_policy.text()
        assert "at least 12 characters" in text and "upper-case" in text and "symbol" in text
        assert "digit" not in text
        assert not dialog.ok_button.isEnabled()
        dialog.submit()  # even forced, a weak password is never sent
        assert not own_dock.is_busy

        # The server's own check agrees (the policy is the platform's, not only the dialog's).
        own_dock.profile.change_password(own.password, "weakpassword")
        wait_idle(qtbot, own_dock)
        assert "policy" in dialog.ui.label_error.text()
        assert dialog.isVisible()

        for line in (dialog.ui.line_new_password, dialog.ui.line_confirm_password):
            line.setText(new_password)
        assert "meets the policy" in dialog.ui.label_policy.text() and dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, own_dock)
        assert "password was changed" in own_dock.message_text()
        assert own_dock.profile.password_dialog is None

        # The remembered credentials follow the change; the new password logs in, the old one no longer does.
        own_dock.logout()
        assert own_dock.start_silent_reconnect()
        wait_idle(qtbot, own_dock)
        assert state.is_connected
        own_dock.logout()
        type_login(qtbot, own_dock, own.email, own.password)
        wait_idle(qtbot, own_dock)
        assert not state.is_connected and "Wrong" in own_dock.message_text()
        login(qtbot, own_dock, own.email, new_password)
    finally:
        close_dock(own_dock)


def test_expired_session_logs_in_again_silently_then_asks(qtbot, qgis_iface, clean_settings, sandbox_factory, state):
    own = sandbox_factory()
    add_connection("Own", own.url)
    own_dock = make_dock(qgis_iface, state, "Own")
    try:
        login(qtbot, own_dock, own.email, own.password)
        own.admin("DELETE", "stats")
        own.admin("POST", "expire_tokens")
        own_dock.refresh_credits()
        wait_idle(qtbot, own_dock)
        assert state.is_connected and own_dock.message_text() == ""
        assert own.admin("GET", "stats")["requests"].get("POST /users/login") == 1

        # Expired again and the silent login fails too: the dock asks the user to log in.
        own.admin(
            "POST",
            "faults",
            {"rules": [{"path": "^/users/login$", "status": 400, "message": "Incorrect username or password"}]},
        )
        own.admin("POST", "expire_tokens")
        own_dock.refresh_credits()
        wait_idle(qtbot, own_dock)
        assert not state.is_connected
        assert "session has expired" in own_dock.message_text()
        assert own_dock.ui.line_username.text() == own.email
    finally:
        close_dock(own_dock)


def test_connections_can_be_added_edited_and_removed(qgis_iface, clean_settings, state):
    from fusion_platform_qgis.gui.connection_dialog import connection_problem
    from fusion_platform_qgis.qgis_support.session import settings

    local = make_dock(qgis_iface, state, settings.SANDBOX_CONNECTION)
    try:
        local.ask_connection = lambda connection: ("Staging", "https://staging.example.com/api/")
        local.new_connection()
        assert local.current_connection().name == "Staging"
        assert local.current_connection().url == "https://staging.example.com/api"
        assert local.ui.button_edit_connection.isEnabled()
        local.ask_connection = lambda connection: ("Staging 2", "http://127.0.0.1:9999")
        local.edit_connection()
        assert [c.name for c in settings.list_connections()][-1] == "Staging 2"
        assert "Staging" not in [c.name for c in settings.list_connections()]
        local.confirm = lambda text: False
        local.remove_connection()
        assert "Staging 2" in [c.name for c in settings.list_connections()]
        local.confirm = lambda text: True
        local.remove_connection()
        assert [c.name for c in settings.list_connections()] == list(settings.BUILTIN_CONNECTIONS)
    finally:
        close_dock(local)
    assert connection_problem("", "http://x", []) != ""
    assert connection_problem("Local sandbox", "http://x", []) != ""
    assert connection_problem("A", "ftp://x", []) != ""
    assert connection_problem("A", "https://x", ["A"]) != ""
    assert connection_problem("A", "https://x", ["A"], original_name="A") == ""
    assert connection_problem("a/b", "https://x", []) != ""


def test_unloading_mid_login_is_safe(qtbot, qgis_iface, clean_settings, sandbox_factory, state):
    from fusion_platform_qgis.qgis_support.toolbelt import tasks

    own = sandbox_factory()
    own.admin("POST", "faults", {"rules": [{"path": "^/users/login$", "delay": 2}]})
    add_connection("Own", own.url)
    own_dock = make_dock(qgis_iface, state, "Own")
    type_login(qtbot, own_dock, own.email, own.password)
    task = own_dock._login_task
    assert task is not None and own_dock.is_busy
    close_dock(own_dock)  # what unload does
    # The task's finished() hands its result to the dock's callback in the same call that marks it done.
    qtbot.waitUntil(lambda: task.done, timeout=TIMEOUT_MS)
    assert not state.is_connected  # the late login result was dropped
    assert task not in tasks._ALIVE

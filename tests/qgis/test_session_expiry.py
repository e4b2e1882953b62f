"""An expired session, end to end: the client's one silent re-login fails, every dock hands the error to
``PluginState.report_error``, the Account dock ends the session once and asks to log in, the other docks show no
error of their own, the monitor stops polling and the open process editor keeps its values. With working
credentials the silent re-login succeeds and nothing is shown at all."""

from __future__ import annotations

import time
import uuid

import pytest
from qgis.core import Qgis

from .account_helpers import (  # noqa: F401 - clean_settings_fixture is a fixture
    TIMEOUT_MS,
    add_connection,
    clean_settings_fixture,
    close_dock,
    login,
    make_dock,
    wait_idle,
)

LOGIN_REFUSED = {"rules": [{"path": "^/users/login$", "status": 400, "message": "Incorrect username or password"}]}


@pytest.fixture
def state(qgis_app):
    from fusion_platform_qgis.qgis_support.session.plugin_state import PluginState

    plugin_state = PluginState()
    yield plugin_state
    plugin_state.deleteLater()


@pytest.fixture
def docks(qgis_iface, clean_settings, sandbox_factory, state, qtbot):
    """A sandbox of its own (its tokens are expired and its login broken), the Account, Data and Executions docks."""
    from fusion_platform_qgis.gui.data_dock import DataDock
    from fusion_platform_qgis.gui.executions import ExecutionsDock

    server = sandbox_factory()
    add_connection("Own", server.url)
    account = make_dock(qgis_iface, state, "Own")
    data = DataDock(state, None)
    executions = ExecutionsDock(state, None)
    expiries: list[bool] = []
    state.session_expired.connect(lambda: expiries.append(True))
    qgis_iface.messageBar().clear_messages()
    yield server, account, data, executions, expiries
    for dock in (executions, data):
        dock.shutdown()
        dock.setParent(None)
        dock.deleteLater()
    close_dock(account)


def data_idle(data) -> bool:
    return not data.tasks and not data.listing.loading


def bar_messages(qgis_iface) -> list:
    bar = qgis_iface.messageBar()
    return [m for level in (Qgis.Warning, Qgis.Critical, Qgis.Info) for m in bar.get_messages(level)]


def watch_fake_run(state, executions) -> None:
    """A running execution to poll (unknown to the server: only the 401 on its listing matters here)."""
    executions.monitor.watch(
        {
            "id": str(uuid.uuid4()),
            "process_id": str(uuid.uuid4()),
            "organisation_id": str(state.organisation.id),
            "progress": 10,
        },
        "Fake run",
    )


def trigger_calls(state, data, executions) -> None:
    """A Data dock refresh and an Executions poll, both running while the session is gone."""
    watch_fake_run(state, executions)
    data.refresh()
    executions.monitor.poll_now()


def test_expired_session_asks_once_and_other_docks_stay_quiet(qtbot, qgis_iface, state, docks):
    from fusion_platform_qgis.gui.process_editor import ProcessEditor
    from fusion_platform_qgis.qgis_support.toolbelt import tasks
    from fusion_platform_qgis.qgis_support.words.i18n import tr

    server, account, data, executions, expiries = docks
    login(qtbot, account, server.email, server.password, remember=False)
    qtbot.waitUntil(lambda: data_idle(data) and executions.listing.refresh_task is None, timeout=TIMEOUT_MS)

    editor = ProcessEditor(state)
    qtbot.addWidget(editor)
    found, _ = state.organisation.find_services(name="Vector Buffer (Sandbox)")
    editor.open_service(found)
    qtbot.waitUntil(lambda: editor.process is not None and not editor.busy, timeout=TIMEOUT_MS)
    editor.show()
    name = f"Kept across the expiry {time.time():.3f}"
    editor.ui.line_name.setText(name)
    qgis_iface.messageBar().clear_messages()

    # The token expires and the client's silent re-login is refused.
    server.admin("POST", "faults", LOGIN_REFUSED)
    server.admin("POST", "expire_tokens")
    trigger_calls(state, data, executions)
    qtbot.waitUntil(lambda: not state.is_connected, timeout=TIMEOUT_MS)
    # (The logout clears the Data dock, so its listing may stay marked loading until the next refresh.)
    qtbot.waitUntil(lambda: not data.tasks and not executions.monitor.busy, timeout=TIMEOUT_MS)
    # Every call the docks had running has been answered and its callback delivered (a logout stops the monitor's
    # watching, not its poll already in flight).
    qtbot.waitUntil(lambda: not tasks._ALIVE, timeout=TIMEOUT_MS)

    assert expiries == [True]
    assert account.message_text() == tr("Your session has expired: log in again.")
    assert account.ui.stacked_pages.currentWidget() is account.ui.page_login
    assert account.ui.line_username.text() == server.email
    assert not executions.monitor.timer.isActive()
    assert not data.ui.frame_message.isVisibleTo(data), data.ui.label_message.text()
    assert "Could not" not in executions.ui.label_status.text()
    assert bar_messages(qgis_iface) == []
    # The editor stays open and keeps what was typed.
    assert editor.isVisible() and editor.ui.line_name.text() == name
    assert "expired" in editor.ui.label_status.text()
    assert not editor.ui.button_create.isEnabled()

    # A second wave of failures in the same (ended) session stays quiet too.
    assert state.report_error(Exception("unrelated")) is False
    from fusion_platform_qgis.api.errors import AuthenticationError

    assert state.report_error(AuthenticationError("Login failed")) is True
    assert expiries == [True]

    # Logging in again: the editor continues with the new session, a later expiry is reported again.
    server.admin("DELETE", "faults")
    login(qtbot, account, server.email, server.password, remember=False)
    assert editor.ui.button_create.isEnabled() and editor.ui.line_name.text() == name
    assert editor.process._session is state.user.session
    editor.close()


def test_silent_relogin_succeeds_and_nothing_is_shown(qtbot, qgis_iface, state, docks):
    from fusion_platform_qgis.qgis_support.session import settings

    server, account, data, executions, expiries = docks
    login(qtbot, account, server.email, server.password, remember=True)
    qtbot.waitUntil(lambda: data_idle(data) and executions.listing.refresh_task is None, timeout=TIMEOUT_MS)
    qgis_iface.messageBar().clear_messages()
    server.admin("DELETE", "stats")

    server.admin("POST", "expire_tokens")
    trigger_calls(state, data, executions)
    qtbot.waitUntil(
        lambda: data_idle(data) and executions.monitor.polls_started > 0 and not executions.monitor.busy,
        timeout=TIMEOUT_MS,
    )
    wait_idle(qtbot, account)

    assert state.is_connected
    assert expiries == []
    assert account.message_text() == ""
    assert not data.ui.frame_message.isVisibleTo(data), data.ui.label_message.text()
    assert bar_messages(qgis_iface) == []
    assert server.admin("GET", "stats")["requests"].get("POST /users/login", 0) >= 1
    assert settings.load_connection("Own").authcfg  # remembered credentials untouched

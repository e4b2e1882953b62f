"""The Executions dock: statuses reach the catalogues, failures use the translated wording of
``messages.error_text``, notifications do not outlive the dock, actions after a log-out say so, and the Options
page's poll interval reaches the running monitor."""

from __future__ import annotations

import contextlib

import pytest

pytestmark = pytest.mark.timeout(300)

WAIT = 60_000  # ms; a hang guard, not a timed assertion
FRENCH_NOT_FOUND = "Introuvable : "


@pytest.fixture
def prefs(qgis_app, tmp_path):
    from fusion_platform_qgis.qgis_support.session import settings
    from fusion_platform_qgis.qgis_support.session.settings import Preferences

    settings.clear_all()
    settings.save_preferences(
        Preferences(
            poll_interval_seconds=5, download_folder=str(tmp_path / "downloads"), load_outputs_automatically=False
        )
    )
    yield
    settings.clear_all()


@pytest.fixture
def dock(qgis_iface, connected_state, prefs):
    from fusion_platform_qgis.gui.executions import ExecutionsDock

    dock = ExecutionsDock(connected_state)
    yield dock
    if dock.context.alive:
        dock.shutdown()
    dock.deleteLater()


def fake_run(
    state,
    process_id: str = "00000000-0000-4000-8000-000000000001",
    execution_id: str = "00000000-0000-4000-8000-000000000002",
    progress: int = 100,
) -> dict:
    """A run the platform does not know (deleted behind the dock's back): every call about it is refused."""
    execution = {
        "id": execution_id,
        "process_id": process_id,
        "organisation_id": str(state.organisation.id),
        "progress": progress,
        "success": True,
        "group_id": None,
        "started_at": "2026-01-01T00:00:00Z",
    }
    return {"process": {"id": process_id, "name": "Vanished process"}, "group_id": None, "executions": [execution]}


@pytest.mark.parametrize(
    "language, expected",
    [
        ("fr", {"running": "En cours", "success": "Réussi", "failed": "Échoué", "stopped": "Arrêté"}),
        ("de", {"running": "Läuft", "success": "Erfolgreich", "failed": "Fehlgeschlagen", "stopped": "Gestoppt"}),
    ],
)
def test_statuses_are_translated(qgis_app, language, expected):
    from fusion_platform_qgis.gui.executions.model import status_text
    from fusion_platform_qgis.qgis_support.words.i18n import install_translator, remove_translator

    translator = install_translator(language)
    try:
        assert {status: status_text(status) for status in expected} == expected
    finally:
        remove_translator(translator)
    assert status_text("running") == "Running" and status_text("odd") == "odd"


def _messages(qgis_iface, level) -> list[str]:
    return list(qgis_iface.messageBar().get_messages(level))


@pytest.mark.parametrize(
    "action, level",
    [("stop", "Critical"), ("delete", "Critical"), ("expiry", "Critical"), ("log", "Warning"), ("outputs", "Critical")],
)
def test_failed_actions_show_the_translated_reason(french, qgis_iface, qtbot, dock, connected_state, action, level):
    from datetime import datetime, timedelta, timezone

    from qgis.core import Qgis

    run = fake_run(connected_state)
    bar = qgis_iface.messageBar()
    bar.clear_messages()
    qgis_level = getattr(Qgis, level)
    if action == "stop":
        dock.stop_run(run)
    elif action == "delete":
        dock.delete_run(run)
    elif action == "expiry":
        dock.change_expiry(run["executions"][0], datetime.now(timezone.utc) + timedelta(days=3))
    elif action == "log":
        dock.show_log(run)
    else:
        dock.load_outputs(run)
    qtbot.waitUntil(lambda: bool(_messages(qgis_iface, qgis_level)), timeout=WAIT)
    text = _messages(qgis_iface, qgis_level)[-1].split(":", 1)[1]
    assert text.startswith("Impossible"), text
    assert FRENCH_NOT_FOUND in text, text


@contextlib.contextmanager
def tasks_added():
    """Ids of the tasks added to QGIS's task manager inside the block (counting tasks would race with the
    dock's own background refreshes finishing meanwhile)."""
    from qgis.core import QgsApplication

    added: list = []
    record = added.append
    manager = QgsApplication.taskManager()
    manager.taskAdded.connect(record)
    try:
        yield added
    finally:
        manager.taskAdded.disconnect(record)


def test_notifications_leave_the_message_bar_on_shutdown(qgis_iface, qtbot, dock, connected_state):
    """unload() shuts the dock down: its "Load outputs"/"Show log" notifications go too, and a click that still
    reaches a button before it is deleted starts nothing."""
    from qgis.PyQt import sip

    bar = qgis_iface.messageBar()
    record = dock.notify_success(fake_run(connected_state))
    item = record["widget"]
    assert item in bar.items()
    load, log = record["buttons"]["Load outputs"], record["buttons"]["Show log"]
    dock.shutdown()
    assert item not in bar.items()
    with tasks_added() as added:
        load.click()  # still alive until the event loop deletes it
        log.click()
    assert dock.outputs_loader.tasks == {} and added == []
    qtbot.waitUntil(lambda: sip.isdeleted(item), timeout=WAIT)


@pytest.mark.parametrize("action", ["stop", "delete", "expiry", "log", "outputs"])
def test_actions_after_logging_out_say_so(french, qgis_iface, dock, connected_state, action):
    """The user logged out from the Account dock while a run was selected: the action explains, nothing breaks."""
    from datetime import datetime, timedelta, timezone

    from qgis.core import Qgis

    run = fake_run(connected_state, progress=100)
    qgis_iface.messageBar().clear_messages()
    connected_state.set_disconnected()
    with tasks_added() as added:
        {
            "stop": lambda: dock.stop_run(run),
            "delete": lambda: dock.delete_run(run),
            "expiry": lambda: dock.change_expiry(run["executions"][0], datetime.now(timezone.utc) + timedelta(days=3)),
            "log": lambda: dock.show_log(run),
            "outputs": lambda: dock.load_outputs(run),
        }[action]()
    assert added == []
    warnings = qgis_iface.messageBar().get_messages(Qgis.Warning)
    assert warnings and "Vous n'êtes plus connecté" in warnings[-1], warnings


def test_options_page_reaches_the_running_monitor(qgis_iface, dock, connected_state):
    """Settings › Options › Fusion Platform › OK: the dock's monitor polls at the new interval without a restart,
    and the dock's "load automatically" box follows the page."""
    from fusion_platform_qgis.gui.options_page import OptionsPage
    from fusion_platform_qgis.qgis_support.session import settings

    monitor = dock.monitor
    assert monitor.interval_seconds == 5 and monitor.timer.interval() == 5000
    assert not dock.ui.check_load_automatically.isChecked()
    page = OptionsPage()
    try:
        page.ui.spin_poll_interval.setValue(42)
        page.ui.check_load_outputs.setChecked(True)
        page.apply()
    finally:
        page.deleteLater()
    assert settings.load_preferences().poll_interval_seconds == 42
    assert monitor.interval_seconds == 42 and monitor.timer.interval() == 42_000
    assert dock.ui.check_load_automatically.isChecked()
    dock.shutdown()  # a stopped monitor no longer listens
    page = OptionsPage()
    try:
        page.ui.spin_poll_interval.setValue(7)
        page.apply()
    finally:
        page.deleteLater()
    assert monitor.interval_seconds == 42

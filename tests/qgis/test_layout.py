"""Layouts as a user sees them: the login form keeps together, the Executions column shows whole names."""

from __future__ import annotations

import pytest

from .account_helpers import clean_settings_fixture  # noqa: F401 - fixture "clean_settings"


@pytest.fixture
def state(qgis_app):
    from fusion_platform_qgis.qgis_support.session.plugin_state import PluginState

    state = PluginState()
    yield state
    state.deleteLater()


def test_the_login_form_stays_together_in_a_tall_dock(qgis_iface, qtbot, clean_settings, state):
    """No spacer pushes "Remember me" and "Log in" away from the password, however tall the dock."""
    from fusion_platform_qgis.gui.account_dock import AccountDock

    dock = AccountDock(state, None)
    try:
        dock.resize(340, 1000)
        dock.show()
        qtbot.waitExposed(dock)
        ui = dock.ui
        assert ui.stacked_pages.currentWidget() is ui.page_login
        password = ui.line_password.mapTo(dock, ui.line_password.rect().bottomLeft()).y()
        remember = ui.check_remember.mapTo(dock, ui.check_remember.rect().topLeft()).y()
        login = ui.button_login.mapTo(dock, ui.button_login.rect().topLeft()).y()
        remember_bottom = ui.check_remember.mapTo(dock, ui.check_remember.rect().bottomLeft()).y()
        assert 0 <= remember - password <= 24, (password, remember)
        assert 0 <= login - remember_bottom <= 24, (remember_bottom, login)
    finally:
        dock.shutdown()
        dock.deleteLater()


def test_the_execution_column_shows_whole_names(qgis_iface, qtbot, state):
    """Not a fixed 150 px: the column fits "… (group of 9 slices + aggregator)", and the tooltip has it all."""
    from qgis.PyQt.QtCore import Qt

    from fusion_platform_qgis.gui.executions import ExecutionsDock
    from fusion_platform_qgis.gui.executions.model import COLUMN_NAME

    dock = ExecutionsDock(state)
    try:
        name = "Demo: Sentinel-2 clouds"
        process = {"id": "p1", "name": name}
        executions = [
            {
                "id": f"e{i}",
                "process_id": "p1",
                "group_id": "g1",
                "group_index": i,
                "group_count": 10,
                "progress": 100,
                "success": True,
                "started_at": "2026-01-01T10:00:00+00:00",
                "ended_at": "2026-01-01T10:05:00+00:00",
            }
            for i in range(1, 11)
        ]
        dock.resize(900, 600)
        dock.show()
        qtbot.waitExposed(dock)
        dock.listing._fill_runs([(process, executions)], replace=True)
        tree = dock.ui.tree_executions
        index = dock.index_of("g1")
        text = index.data()
        assert "group of 9 slices" in text
        needed = tree.fontMetrics().horizontalAdvance(text)
        assert tree.columnWidth(COLUMN_NAME) >= min(needed, 520), (tree.columnWidth(COLUMN_NAME), needed)
        assert text in index.data(Qt.ItemDataRole.ToolTipRole)
        # The status is visible in the first column too (a narrow dock need not scroll to the Status column).
        assert not index.data(Qt.ItemDataRole.DecorationRole).isNull() and "Succeeded" in index.data(
            Qt.ItemDataRole.ToolTipRole
        )
    finally:
        dock.shutdown()
        dock.deleteLater()


def test_a_narrow_dock_keeps_name_and_status_without_scrolling_sideways(qgis_iface, qtbot, state):
    """At a side panel's width (about 400 px at 1280 x 800) the name shortens at its end, the status stays whole and
    nothing scrolls sideways; the toolbar's actions are the right-click menu's; details only for a selection."""
    from fusion_platform_qgis.gui.executions import ExecutionsDock
    from fusion_platform_qgis.gui.executions.model import COLUMN_NAME, COLUMN_STATUS

    dock = ExecutionsDock(state)
    try:
        process = {"id": "p1", "name": "Demo: Sentinel-2 Cloud Classification of the whole Lake District"}
        execution = {
            "id": "e1",
            "process_id": "p1",
            "progress": 100,
            "success": True,
            "started_at": "2026-01-01T10:00:00+00:00",
            "ended_at": "2026-01-01T10:05:00+00:00",
        }
        dock.resize(400, 600)
        dock.show()
        qtbot.waitExposed(dock)
        dock.listing._fill_runs([(process, [execution])], replace=True)
        tree = dock.ui.tree_executions
        header = tree.header()
        qtbot.waitUntil(lambda: header.length() <= tree.viewport().width() + 1)
        assert tree.horizontalScrollBar().maximum() == 0
        status = dock.index_of("e1", column=COLUMN_STATUS).data()
        assert tree.columnWidth(COLUMN_STATUS) >= tree.fontMetrics().horizontalAdvance(status)
        assert tree.columnWidth(COLUMN_NAME) >= 100
        assert not dock.ui.widget_details.isVisibleTo(dock)  # nothing selected: no components, previews, expiry
        dock.select_run("e1")
        assert dock.ui.widget_details.isVisibleTo(dock)
        menu = [a for a in dock.list_actions.menu().actions() if not a.isSeparator()]
        assert dock.ui.button_load_outputs.defaultAction() in menu and dock.ui.button_stop.defaultAction() in menu
        assert dock.ui.button_load_outputs.defaultAction().isEnabled()  # a finished run: its outputs can load
        assert not dock.ui.button_stop.defaultAction().isEnabled()
    finally:
        dock.shutdown()
        dock.deleteLater()


@pytest.fixture
def new_york():
    """The user's clock in New York (UTC-5 in winter, -4 in summer): local time and UTC differ."""
    import os
    import time

    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_the_schedule_shows_local_time_and_sends_utc(qgis_app, new_york):
    from datetime import datetime, timedelta, timezone

    from fusion_platform_qgis.gui.widgets.schedule_editor import ONCE_AT, ScheduleEditor

    editor = ScheduleEditor()
    now = datetime.now(timezone.utc)
    shown = datetime.strptime(editor.edit_start.text(), "%Y-%m-%d %H:%M:%S")
    # The suggested start is soon (not "one hour ahead"), shown in local time.
    local_now = now.astimezone().replace(tzinfo=None)
    assert local_now < shown <= local_now + timedelta(minutes=21), (local_now, shown)
    start = datetime(2026, 1, 15, 15, 30, tzinfo=timezone.utc)
    editor.set_mode(ONCE_AT)
    editor.set_start(start)
    assert editor.edit_start.text() == "2026-01-15 10:30:00"  # 15:30 UTC is 10:30 in New York in January
    assert "UTC-05:00" in editor.label_zone.text()
    assert datetime.fromisoformat(editor.fields()["repeat_start"]) == start  # the platform gets UTC
    editor.deleteLater()

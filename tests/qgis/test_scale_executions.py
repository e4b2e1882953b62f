"""Organisation scale: the Executions and Processes docks cost the same few requests whatever the history.

A sandbox organisation of size L (1,000 processes x 3 finished executions, 2,000 data items) is seeded through
``POST /__sandbox__/seed``; each dock is made logged in (its first load) and refreshed once, and the requests of
each are counted by the sandbox (``/__sandbox__/stats``). Before the docks listed from the process listing's
execution summaries, each load sent ~1,042 requests (every page of processes, then one executions GET per process).
No timed assertion: the waits are hang guards.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.timeout(600)

WAIT = 120_000  # ms; a hang guard, not a timed assertion
N_PROCESSES, N_EXECUTIONS, N_DATA = 1000, 3, 2000
MAX_REQUESTS = 10
PAGE = 24


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    from sandbox.testing import start_sandbox

    handle = start_sandbox(tmp_path_factory.mktemp("scale-l") / "data")
    try:
        handle.admin(
            "POST", "seed", {"processes": N_PROCESSES, "executions": N_EXECUTIONS, "data": N_DATA, "prefix": "Scale"}
        )
        yield handle
    finally:
        handle.stop()


@pytest.fixture
def large_state(qgis_app, large, tmp_path):
    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.qgis_support.session import settings
    from fusion_platform_qgis.qgis_support.session.plugin_state import PluginState
    from fusion_platform_qgis.qgis_support.session.settings import Connection, Preferences

    settings.clear_all()  # no watched executions left by other tests: the monitor has nothing to poll
    settings.save_preferences(Preferences(download_folder=str(tmp_path / "downloads")))
    user = fusion_platform.login(email=large.email, password=large.password, api_url=large.url)
    state = PluginState()
    state.set_connected(Connection(name="Scale L", url=large.url), user)
    state.set_organisation(next(user.organisations))
    yield state
    state.deleteLater()
    settings.clear_all()


def idle(dock) -> bool:
    from qgis.core import QgsApplication

    return not dock.loading and QgsApplication.taskManager().countActiveTasks() == 0


def first_page(large) -> list[dict]:
    """The organisation's newest page of processes as the public API lists it (read after counting)."""
    from sandbox.testing import ApiClient

    client = ApiClient(large)
    answer = client.get(client.o("/processes"), params={"limit": PAGE, "reverse": "True"})
    assert answer.status_code == 200, answer.text
    return answer.json()["list"]


def counted(large, qtbot, dock, action) -> int:
    """Requests the sandbox received from ``action()`` until the dock and the task manager are idle."""
    large.admin("DELETE", "stats")
    action()
    qtbot.waitUntil(lambda: idle(dock), timeout=WAIT)
    return large.admin("GET", "stats")["total"]


def test_executions_dock_lists_the_first_page_in_a_few_requests(qgis_iface, qtbot, large, large_state):
    from fusion_platform_qgis.gui.executions import ExecutionsDock
    from fusion_platform_qgis.gui.executions.model import STATUS_ROLE, status_text

    docks = []
    first_load = counted(large, qtbot, _Holder(docks), lambda: docks.append(ExecutionsDock(large_state)))
    dock = docks[0]
    try:
        qtbot.waitUntil(lambda: bool(dock.runs), timeout=WAIT)
        assert first_load <= MAX_REQUESTS, first_load
        refresh = counted(large, qtbot, dock, dock.refresh)
        assert refresh <= MAX_REQUESTS, refresh

        expected = {}
        for process in first_page(large):
            for summary in process["executions"]:
                expected[summary["process_execution_id"]] = summary["job_status"]
        assert len(expected) == PAGE * N_EXECUTIONS
        assert set(dock.runs) == set(expected)  # the first page's runs, and no more
        statuses = {key: dock.index_of(key).data(STATUS_ROLE) for key in dock.runs}
        assert statuses == expected
        assert {dock.cell_text(key, 1) for key in dock.runs} == {status_text(s) for s in set(expected.values())}
        starts = [dock.runs[key]["executions"][0]["started_at"] for key in dock.model.keys()]
        assert starts == sorted(starts, reverse=True)  # newest first
        assert dock.ui.button_more.isVisibleTo(dock)  # 976 more processes: offered, not loaded
        more = counted(large, qtbot, dock, dock.ui.button_more.click)  # the next page: one request, rows added
        assert more == 1 and len(dock.runs) == 2 * PAGE * N_EXECUTIONS, (more, len(dock.runs))
        assert set(expected) < set(dock.runs)
    finally:
        dock.shutdown()
        dock.deleteLater()


def test_processes_dock_lists_the_first_page_in_a_few_requests(qgis_iface, qtbot, large, large_state):
    from fusion_platform_qgis.gui.processes_dock import ProcessesDock

    docks = []
    first_load = counted(large, qtbot, _Holder(docks), lambda: docks.append(ProcessesDock(large_state)))
    dock = docks[0]
    try:
        assert first_load <= MAX_REQUESTS, first_load
        refresh = counted(large, qtbot, dock, dock.refresh)
        assert refresh <= MAX_REQUESTS, refresh

        page = first_page(large)
        assert [row["name"] for row in dock.rows] == [p["name"] for p in page]
        words = {"success": "succeeded", "failed": "failed", "stopped": "stopped"}
        for row, process in zip(dock.rows, page):
            newest = max(process["executions"], key=lambda s: s["started_at"])
            assert row["last"].endswith(f"({words[newest['job_status']]})"), (row["last"], newest)
        assert dock.ui.button_more.isVisibleTo(dock)
        more = counted(large, qtbot, dock, dock.ui.button_more.click)
        assert more == 1 and len(dock.rows) == 2 * PAGE, (more, len(dock.rows))
        assert [row["name"] for row in dock.rows[:PAGE]] == [p["name"] for p in page]
    finally:
        dock.shutdown()
        dock.deleteLater()


class _Holder:
    """Stands for a dock not made yet: idle once the dock made by the action is."""

    def __init__(self, docks: list):
        self.docks = docks

    @property
    def loading(self) -> bool:
        return not self.docks or self.docks[0].loading

"""Driving the docks never sends an HTTP request from the main (UI) thread.

A guard wraps ``requests.Session.request`` — the one door every byte of the plugin goes through (the client's
API calls, signed-URL uploads and downloads, previews) — and records each request made on the main thread while
it is armed. Fixtures may call the client on the main thread (the guard is disarmed then); only what the docks
do in response to clicks, signals and task callbacks is recorded. Callbacks of ``run_task`` run on the main
thread, so a lazy model attribute read there (``process.inputs``, ``organisation.credit``, ``data.files``...) is
caught here.
"""

from __future__ import annotations

import json
import threading
import time
import traceback
from contextlib import contextmanager

import pytest
import requests
from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from .account_helpers import add_connection, clean_settings_fixture  # noqa: F401 - fixture
from .account_helpers import close_dock as close_account_dock

pytestmark = pytest.mark.timeout(300)
WAIT = 60000  # ms; a hang guard, not a timed assertion


class MainThreadGuard:
    """Records the requests sent from the main thread while armed (with a short stack to find the caller)."""

    def __init__(self):
        self.armed = False
        self.violations: list[tuple[str, str, str]] = []
        self.requests_in_workers = 0

    def record(self, method: str, url: str) -> None:
        if self.armed and threading.current_thread() is not threading.main_thread():
            self.requests_in_workers += 1
        if self.armed and threading.current_thread() is threading.main_thread():
            stack = "".join(traceback.format_stack(limit=14)[:-2])
            self.violations.append((method, url.split("?")[0], stack))

    @contextmanager
    def watching(self):
        self.armed = True
        try:
            yield self
        finally:
            self.armed = False

    def report(self) -> str:
        return "\n\n".join(f"{m} {u} from:\n{s}" for m, u, s in self.violations)


@pytest.fixture
def guard(monkeypatch):
    guard = MainThreadGuard()
    original = requests.Session.request

    def request(self, method, url, *args, **kwargs):
        guard.record(str(method), str(url))
        return original(self, method, url, *args, **kwargs)

    monkeypatch.setattr(requests.Session, "request", request)
    return guard


def test_guard_catches_a_request_on_the_main_thread(guard, connected_state):
    """The guard itself can fail: a lazy attribute read on the main thread is recorded, one in a thread is not."""
    organisation = connected_state.organisation
    with guard.watching():
        worker = threading.Thread(target=lambda: organisation.credit)
        worker.start()
        worker.join()
        assert guard.violations == []
        organisation.credit  # noqa: B018 - the lazy attribute is the point
    assert [v[0] for v in guard.violations] == ["GET"]


def region_layer(name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", name, "memory")
    feature = QgsFeature()
    feature.setGeometry(
        QgsGeometry.fromWkt("POLYGON((-4.30 55.84, -4.22 55.84, -4.22 55.88, -4.30 55.88, -4.30 55.84))")
    )
    layer.dataProvider().addFeatures([feature])
    layer.updateExtents()
    QgsProject.instance().addMapLayer(layer)
    return layer


def test_login_and_every_dock_reacting_to_it(
    guard, qgis_iface, qgis_new_project, qtbot, sandbox, clean_settings, tmp_path
):
    """Log in through the Account dock with all five docks listening, then use each of them."""
    from fusion_platform_qgis.gui.account_dock import AccountDock
    from fusion_platform_qgis.gui.data_dock import DataDock
    from fusion_platform_qgis.gui.processes_dock import ProcessesDock
    from fusion_platform_qgis.gui.services_dock import ServicesDock
    from fusion_platform_qgis.qgis_support.session.plugin_state import PluginState

    add_connection("Audit sandbox", sandbox.url)
    state = PluginState()
    account = AccountDock(state, None)
    account.select_connection("Audit sandbox")
    data_dock = DataDock(state)
    data_dock.questions.confirm = lambda text: True
    data_dock.questions.ask_text = lambda title, label, default="": default
    services = ServicesDock(state)
    processes = ProcessesDock(state)
    processes.confirm = lambda text: True
    docks = [data_dock, services, processes]
    try:
        with guard.watching():
            account.ui.line_username.setText(sandbox.email)
            account.ui.line_password.setText(sandbox.password)
            qtbot.mouseClick(account.ui.button_login, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: state.is_connected and not account.is_busy, timeout=WAIT)
            qtbot.waitUntil(
                lambda: len(services.services) > 0 and not processes.loading and not data_dock.listing.loading,
                timeout=WAIT,
            )

            # Account: credits, profile.
            account.refresh_credits()
            qtbot.waitUntil(lambda: not account.is_busy, timeout=WAIT)
            account.profile.save_profile()
            qtbot.waitUntil(lambda: not account.is_busy, timeout=WAIT)

            # Data: upload a layer, select it (files, preview), rename, STAC, copy, add to map, download, delete.
            layer = region_layer(f"Audit region {time.time():.0f}")
            data_dock.uploads.upload_layer(layer)
            qtbot.waitUntil(lambda: data_dock.uploads.upload_task is None, timeout=WAIT)
            assert data_dock.uploads.last_uploaded is not None, data_dock.ui.label_message.text()
            uploaded_id = str(data_dock.uploads.last_uploaded.id)
            qtbot.waitUntil(lambda: data_dock.listing.select_data(uploaded_id), timeout=WAIT)
            qtbot.waitUntil(lambda: uploaded_id in data_dock.listing.files, timeout=WAIT)
            data_dock.show_stac()
            qtbot.waitUntil(lambda: data_dock.stac_dialog is not None, timeout=WAIT)
            data_dock.add_selected_to_map()
            data_dock.download_selected(str(tmp_path / "downloads"))
            qtbot.waitUntil(lambda: not [t for t in data_dock.tasks if not t.done], timeout=WAIT)
            data_dock.questions.ask_text = lambda title, label, default="": "Audit renamed"
            data_dock.rename_selected()
            qtbot.waitUntil(
                lambda: not [t for t in data_dock.tasks if not t.done] and not data_dock.listing.loading, timeout=WAIT
            )

            # Services: select one (its template loads), open the editor, create, execute.
            assert services.select_service("Elevation (Sandbox)")
            qtbot.waitUntil(
                lambda: services.templates.get(str(services.selected_service().id)) is not None, timeout=WAIT
            )
            editor = services.new_process()
            qtbot.addWidget(editor)
            qtbot.waitUntil(lambda: editor.process is not None and not editor.busy, timeout=WAIT)
            editor.ui.line_name.setText(f"Audit process {time.time():.3f}")
            editor.inputs[1].set_layer(layer)
            editor.create_or_save()
            qtbot.waitUntil(lambda: not editor.busy, timeout=WAIT)
            assert editor.snapshot.get("persisted"), editor.ui.label_status.text()
            qtbot.waitUntil(lambda: editor.balance() is not None, timeout=WAIT)
            editor.execute()
            qtbot.waitUntil(lambda: not editor.busy, timeout=WAIT)
            name = editor.snapshot["name"]
            editor.close()

            # Processes: the list follows, open and copy in the editor, stop, delete.
            qtbot.waitUntil(
                lambda: not processes.loading and any(r["name"] == name for r in processes.rows), timeout=WAIT
            )
            assert processes.select_process(name)
            opened = processes.open_selected()
            qtbot.addWidget(opened)
            qtbot.waitUntil(lambda: bool(opened.snapshot) and not opened.busy, timeout=WAIT)
            opened.close()
            copied = processes.copy_selected()
            qtbot.addWidget(copied)
            qtbot.waitUntil(lambda: bool(copied.snapshot) and not copied.busy, timeout=WAIT)
            copied.close()
            processes.delete_selected()
            qtbot.waitUntil(
                lambda: (
                    not processes.busy and not processes.loading and not any(r["name"] == name for r in processes.rows)
                ),
                timeout=WAIT,
            )

            data_dock.delete_selected()
            qtbot.waitUntil(
                lambda: not [t for t in data_dock.tasks if not t.done] and not data_dock.listing.loading, timeout=WAIT
            )
            account.logout()
        assert not guard.violations, guard.report()
        assert guard.requests_in_workers > 20  # the flow really went through the network, off the main thread
    finally:
        for dock in docks:
            dock.shutdown()
        close_account_dock(account)
        if data_dock.stac_dialog is not None:
            data_dock.stac_dialog.close()


@pytest.fixture
def audit_process(connected_state, tmp_path):
    """A created (not executed) elevation process over a small region, made through the client (disarmed)."""
    import fusion_platform_qgis.api as fusion_platform

    region = tmp_path / "region.geojson"
    region.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {},
                        "geometry": {
                            "type": "Polygon",
                            "coordinates": [
                                [[-4.30, 55.84], [-4.22, 55.84], [-4.22, 55.88], [-4.30, 55.88], [-4.30, 55.84]]
                            ],
                        },
                    }
                ],
            }
        )
    )
    organisation = connected_state.organisation
    data = organisation.create_data(
        f"Audit exec region {time.time():.0f}", fusion_platform.FILE_TYPE_GEOJSON, [str(region)], wait=True
    )
    service, _ = organisation.find_services(name="Elevation (Sandbox)")
    process = organisation.new_process(f"Audit exec {time.time():.3f}", service)
    process.update(input_number=1, data=data)
    process.create()
    return process


def test_executions_dock_and_processing_provider(
    guard, qgis_iface, qgis_new_project, qtbot, connected_state, audit_process, tmp_path
):
    """Execute from the Processes dock; the Executions dock follows, notifies, shows components, log and outputs;
    the Processing provider refreshes its algorithms when the organisation changes."""
    from fusion_platform_qgis.gui.executions import ExecutionsDock
    from fusion_platform_qgis.gui.processes_dock import ProcessesDock
    from fusion_platform_qgis.processing_provider.provider import FusionPlatformProvider
    from fusion_platform_qgis.qgis_support.session import settings

    settings.save_preferences(
        settings.Preferences(
            poll_interval_seconds=1, load_outputs_automatically=False, download_folder=str(tmp_path / "outputs")
        )
    )
    state = connected_state
    name = audit_process.name
    with guard.watching():
        provider = FusionPlatformProvider(state)
        executions = ExecutionsDock(state)
        executions.monitor.set_interval(0.2)
        processes = ProcessesDock(state)
    try:
        with guard.watching():
            state.set_organisation(state.organisation)  # what picking the organisation again does
            qtbot.waitUntil(lambda: provider._task is not None and provider._task.done, timeout=WAIT)
            qtbot.waitUntil(
                lambda: not processes.loading and any(r["name"] == name for r in processes.rows), timeout=WAIT
            )
            assert processes.select_process(name)
            processes.execute_selected()

            def finished_run():
                for run in executions.runs.values():
                    if str(run["process"].get("id")) == str(audit_process.id) and all(
                        int(e.get("progress") or 0) >= 100 for e in run["executions"]
                    ):
                        return run
                return None

            qtbot.waitUntil(lambda: finished_run() is not None and not processes.busy, timeout=WAIT)
            run = finished_run()
            executions.select_run(str(run["group_id"] or run["executions"][0]["id"]))
            qtbot.waitUntil(lambda: executions.ui.tree_components.topLevelItemCount() > 0, timeout=WAIT)
            viewers = len(executions.log_viewers)
            executions.show_log(run)
            qtbot.waitUntil(lambda: len(executions.log_viewers) > viewers, timeout=WAIT)
            with qtbot.waitSignal(executions.outputs_loaded, timeout=WAIT):
                executions.load_outputs(run)
        assert not guard.violations, guard.report()
        assert guard.requests_in_workers > 5
    finally:
        processes.shutdown()
        executions.shutdown()
        provider.detach()
        settings.clear_all()

"""The whole chain, from a request to layers on the map, in the two shapes callers need.

* :func:`run_blocking`: plain blocking code for a thread that may wait (a Processing algorithm's).
* :class:`RunPipeline`: driven from the main thread without ever blocking it: each stage is a QgsTask, the follow
  stage the one follower (``follow.ExecutionMonitor``), the outputs the one loader (``results.OutputsLoader``).
  ``make demo`` uses it, and so does anything that wants a run's layers once it finishes.

Both start a run with :func:`start_run` and hand it over with :func:`announce_run` (``PluginState.run_started``,
delivered on the main thread whichever thread started the run).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QObject, Qt, QThread, pyqtSignal, pyqtSlot

from .. import settings as fp_settings
from ..credit_guard import CreditRefusal, check_credits
from ..credits import price_line
from ..i18n import format_amount, tr
from ..log import log_warning
from ..runs import run_key, run_started_at
from ..tasks import run_task
from .follow import ExecutionMonitor, RunFailedError, RunFollower, follow_blocking, run_failure
from .inputs import LayerInput, upload_inputs
from .process import create_process, execute_process
from .results import OutputsLoader, fetch_outputs


@dataclass
class RunRequest:
    """What to run: the service, the plan (process.make_plan) and the layers to upload.

    ``service`` is an api Service, or a function of the organisation returning one (looked up on the worker)."""

    service: Any
    plan: dict
    layer_inputs: dict[int, LayerInput] = field(default_factory=dict)


def start_run(
    organisation,
    request: RunRequest,
    *,
    cancel: Optional[threading.Event] = None,
    is_canceled: Callable[[], bool] = lambda: False,
    report: Callable[[str], None] = lambda text: None,
    guard_credits: bool = False,
):
    """Worker: upload the layer inputs, create the process, execute it; returns the executed api Process.

    Anything failing before the process exists removes the inputs uploaded for it (nothing half-done stays). With
    ``guard_credits`` the credit guard runs before the execute request (no one can confirm here: a run over the
    organisation's threshold is refused like one the balance cannot pay) and a refused run's process and inputs are
    removed too."""
    uploaded = upload_inputs(
        organisation,
        request.layer_inputs,
        cancel=cancel,
        is_canceled=is_canceled,
        report=lambda name: report(tr("Uploading input {0}…").format(name)),
    )
    try:
        service = request.service(organisation) if callable(request.service) else request.service
        process = organisation.new_process(name=request.plan["name"], service=service)
        create_process(organisation, process, request.plan, uploaded)
    except BaseException:
        _remove(uploaded.values())
        raise
    report(tr("Price: {0} credits.").format(format_amount(process.price) if process.price is not None else "–"))
    if guard_credits:
        try:
            verdict = check_credits(organisation, process.price, confirmed=False)
        except CreditRefusal:
            _remove(uploaded.values(), process)
            raise
        report(price_line(verdict, tr, format_amount))
    execute_process(process)
    return process


def _remove(uploaded, process=None) -> None:
    """Remove what a run that never started left on the platform (its uploaded inputs, its process)."""
    for item in ([process] if process is not None else []) + list(uploaded):
        try:
            item.delete()
        except Exception as cleanup:
            log_warning(f"Could not remove '{item.name}' left by a run that did not start: {cleanup}")


def process_record(process) -> dict:
    """The plain values of a process that fetching and layers need."""
    attributes = process.attributes
    return {
        k: (str(attributes.get(k)) if attributes.get(k) is not None else None) for k in ("id", "name", "service_id")
    }


def run_blocking(
    organisation,
    request: RunRequest,
    folder: str,
    *,
    interval: float = 2.0,
    is_canceled: Callable[[], bool] = lambda: False,
    report: Callable[[str], None] = lambda text: None,
    progress: Callable[[float], None] = lambda percent: None,
    on_started: Callable[[Any], None] = lambda process: None,
    stream_larger_than_mb: float = 0.0,
    guard_credits: bool = False,
) -> dict:
    """Worker thread: the whole run; returns the fetched run (``outputs.download_run``'s dict) for build_layers."""
    cancel = threading.Event()
    process = start_run(
        organisation, request, cancel=cancel, is_canceled=is_canceled, report=report, guard_credits=guard_credits
    )
    on_started(process)
    follower = RunFollower.for_process(process)
    executions = follow_blocking(
        process.session,
        follower,
        interval=interval,
        is_canceled=is_canceled,
        progress=lambda percent: progress(0.8 * percent),
        on_cancel=process.stop,
    )
    report(tr("Downloading the outputs…"))
    return fetch_outputs(
        process.session,
        follower.organisation_id,
        executions,
        process_record(process),
        folder,
        progress=lambda percent: progress(80 + 0.2 * percent),
        cancel=cancel,
        stream_larger_than_mb=stream_larger_than_mb,
    )


# ------------------------------------------------------------------------------------------------ the hand-off
class _Relay(QObject):
    """Carries a started run to the main thread (a queued connection), where PluginState's listeners live."""

    deliver = pyqtSignal(object, object)  # state, api.Process

    def __init__(self) -> None:
        super().__init__()
        deliver: Any = self.deliver  # (the PyQt5 stubs do not know connect's connection type)
        deliver.connect(self._emit, Qt.ConnectionType.QueuedConnection)

    @pyqtSlot(object, object)
    def _emit(self, state, process) -> None:
        _RELAYS.discard(self)
        state.run_started.emit(process)


_RELAYS: set = set()


def announce_run(state, process, loads_own_outputs: bool = False) -> None:
    """Hand a started run to the monitor and the Executions dock (``PluginState.run_started``).

    On the main thread the signal is emitted at once; from a worker (a Processing run) it is queued to the main
    thread, so listeners never run on the worker. ``loads_own_outputs``: the starter builds the run's layers itself
    (Processing's post-processing), so the dock follows the run without loading its outputs again."""
    if state is None or process is None:
        return
    if loads_own_outputs:
        state.self_loading_processes.add(str(process.id))
    app = QgsApplication.instance()
    if app is None or QThread.currentThread() == app.thread():
        state.run_started.emit(process)
        return
    relay = _Relay()
    relay.moveToThread(app.thread())
    _RELAYS.add(relay)
    relay.deliver.emit(state, process)


# ------------------------------------------------------------------------------------------------ main-thread driver
class RunPipeline(QObject):
    """Main thread: start (or follow) one run, fetch its outputs and build its layers; nothing here blocks.

    ``start(request)`` runs every stage; ``follow(process)`` takes a run already started (a ``run_started``
    hand-off) from the follow stage on. ``finished`` carries the ``layers.RunLoader`` of the layers built."""

    stage = pyqtSignal(str)  # a translated line saying what happens now
    started = pyqtSignal(object)  # the executed api.Process
    finished = pyqtSignal(object)  # layers.RunLoader
    failed = pyqtSignal(object)  # the exception

    def __init__(self, state, parent: QObject | None = None, interval_seconds: float | None = None, project=None):
        super().__init__(parent)
        self.state = state
        self.project = project
        preferences = fp_settings.load_preferences()
        self.interval = float(interval_seconds or preferences.poll_interval_seconds or 2.0)
        self.process: Any = None  # the api.Process being followed
        self.monitor: Optional[ExecutionMonitor] = None
        self.run_found: Optional[dict] = None  # the run being followed, once the follower found it
        self.run: Optional[dict] = None
        self.loader = None
        self.outputs: Optional[OutputsLoader] = None
        self.task: Any = None  # the stage's QgsTask (kept referenced while it runs)
        self.done = False

    def start(self, request: RunRequest) -> None:
        organisation = self.state.organisation
        self.stage.emit(tr("Uploading the inputs and creating the process…"))

        def work(task):
            return start_run(organisation, request, cancel=task.cancel_event, is_canceled=task.isCanceled)

        def done(process):
            self.state.data_changed.emit()
            self.state.processes_changed.emit()
            announce_run(self.state, process)
            self.started.emit(process)
            self.follow(process)

        self.task = run_task(tr("Fusion Platform: starting {0}").format(request.plan["name"]), work, done, self.fail)

    def follow(self, process, known_ids=()) -> None:
        """Follow a run already started (``known_ids``: executions of the process listed before it started) with
        the one follower (``follow.ExecutionMonitor``), a private one: nothing persisted, no other run's hand-over.
        """
        self.process = process
        known = {str(i) for i in known_ids}
        monitor = ExecutionMonitor(
            self.state, self, self.interval, listed_runs=lambda _pid: known, persist=False, follow_hand_overs=False
        )
        monitor.run_started.connect(self._found)
        monitor.run_ended.connect(self._ended)
        monitor.run_lost.connect(self._lost)
        self.monitor = monitor
        self.stage.emit(tr("Following the run…"))
        record = {**process_record(process), "run_type": getattr(process, "run_type", None)}
        monitor.follow_process(record)

    def _found(self, run: dict) -> None:
        """The follower found a run of the process: the newest one is this pipeline's."""
        if self.run_found is None or run_started_at(run) > run_started_at(self.run_found):
            self.run_found = run

    def _ended(self, info: dict) -> None:
        found = self.run_found
        if self.done or found is None or run_key(info) != run_key(found):
            return
        if self.monitor is not None:
            self.monitor.stop()
        reason = run_failure(info["executions"])
        if reason:
            self.fail(RunFailedError(reason))
            return
        self._fetch(info)

    def _lost(self, info: dict) -> None:
        if str(info.get("process_id")) == str(self.process.id):
            self.fail(RunFailedError(info.get("reason") or ""))

    def _fetch(self, info: dict) -> None:
        """The outputs through the one loader (``results.OutputsLoader``): downloaded, then the styled layers."""
        self.stage.emit(tr("Downloading the outputs…"))
        outputs = OutputsLoader(self.state, self, project=self.project, interactive=False)
        outputs.outputs_loaded.connect(self._loaded)
        outputs.outputs_shown.connect(lambda _group: self._loaded(None))
        outputs.failed.connect(lambda _key, error: self.fail(error))
        run = {
            "process": process_record(self.process),
            "group_id": info.get("group_id"),
            "executions": info["executions"],
        }
        self.outputs = outputs
        self.task = outputs.load(run, str(info.get("organisation_id") or ""), self.process.session)

    def _loaded(self, loader) -> None:
        if self.done:
            return
        self.loader = loader
        self.run = loader.run if loader is not None else None
        self.done = True
        self.finished.emit(loader)

    def fail(self, error: BaseException) -> None:
        """Main thread: end with ``error`` (an expired session goes to PluginState.report_error instead)."""
        if self.done:
            return
        self.done = True
        if self.monitor is not None:
            self.monitor.stop()
        if self.outputs is not None:
            self.outputs.stop()
        if self.state is not None and self.state.report_error(error):
            return
        self.failed.emit(error)

    def cancel(self) -> None:
        """Stop waiting (the run itself goes on on the platform; the Executions dock can still follow it)."""
        if self.monitor is not None:
            self.monitor.stop()
        if self.task is not None and not self.task.done:
            self.task.cancel()
        self.done = True

"""Stage 4, follow: the one follower of runs, one request per run (a group of slices plus its aggregator, or one
ungrouped execution) per poll, never one per execution.

* :class:`ExecutionMonitor` follows runs from the main thread without blocking it: a QTimer whose ticks start
  small silent QgsTasks. It follows what it is told to (:meth:`~ExecutionMonitor.watch`), the runs the plugin
  starts (``PluginState.run_started``, the hand-over of :func:`.runner.announce_run`: the new run is looked for on
  the process's newest page, 1, 2, 4… s apart), and after a restart the runs it followed before (kept in the
  plugin's settings, ``watched_executions``). Its public events, for every door (the Executions dock, the demo's
  :class:`.runner.RunPipeline`, Layers-panel indicators): ``run_started`` (a run handed over, found on the
  platform), ``run_progress`` (one execution changed), ``run_ended`` (a followed run finished, whatever its
  outcome). A run that did not change is polled less and less often (doubling up to ``MAX_BACKOFF`` times the
  interval); any change resets it. With nothing to follow the timer stops, so an idle plugin sends no requests.
* :class:`RunFollower` is the same decision for one run on a thread that may wait (a Processing algorithm's):
  :func:`follow_blocking` polls it with the same request (``api.listings.followed_executions``) and the same
  rules (``runs.WatchUnit``), waiting on a ``threading.Event`` between polls so a cancel is noticed within a
  tenth of a second.
"""

from __future__ import annotations

import threading
import weakref
from typing import Callable, Optional

from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

from ...api import listings
from ...api.errors import CancelledError, FusionPlatformError, NotFoundError
from ..runs.records import MAX_BACKOFF, WatchUnit, group_runs, run_key, run_started_at, unit_key
from ..runs.status import is_finished, run_status, status_of
from ..runs.status import run_progress as overall_progress
from ..session import settings as fp_settings
from ..toolbelt.log import log_warning
from ..toolbelt.tasks import QUIET, run_task
from ..words.i18n import tr

SETTINGS_KEY = "watched_executions"
START_SECONDS = 900.0  # how long the platform may take to list a run's first execution
# A run handed over that does not list its executions yet is looked for again 1, 2, 4... s later: ten looks wait
# 1 + 2 + ... + 512 s, as long as START_SECONDS, in ten requests.
START_LOOKS = 10


class RunFailedError(FusionPlatformError):
    """The run finished without success; the message says why (the platform's abort reason)."""


def run_failure(executions: list[dict]) -> Optional[str]:
    """A finished run's executions: why it did not succeed (None when every execution succeeded)."""
    for execution in executions:
        status = status_of(execution)
        if status == "stopped":
            return tr("The run was stopped.")
        if status == "failed":
            return tr("Execution failed: {0}").format(execution.get("abort_reason") or tr("no reason given"))
    return None


def known_execution_ids(process) -> set[str]:
    """Worker, before Execute: the executions the process already has (so they are not taken for this run)."""
    organisation_id = str(process.attributes.get("organisation_id") or "")
    return {str(e.get("id")) for e in listings.newest_executions(process.session, organisation_id, str(process.id))}


class RunFollower:
    """Which executions are this run's, whether it finished, how far it is. ``poll`` is one request."""

    def __init__(self, organisation_id: str, process_id: str, process_name: str = "", known_ids=()):
        self.organisation_id = str(organisation_id)
        self.process_id = str(process_id)
        self.process_name = process_name
        self.known_ids = {str(i) for i in known_ids}
        self.unit: Optional[WatchUnit] = None
        self.polls = 0
        self.finished = False

    @classmethod
    def for_process(cls, process, known_ids=()) -> RunFollower:
        return cls(str(process.attributes.get("organisation_id") or ""), str(process.id), process.name, known_ids)

    @property
    def executions(self) -> list[dict]:
        if self.unit is None:
            return []
        return sorted(
            self.unit.executions.values(), key=lambda e: (e.get("group_index") or 0, str(e.get("started_at")))
        )

    @property
    def progress(self) -> int:
        return overall_progress(self.executions) if self.executions else 0

    def _listing(self, session) -> list[dict]:
        group_id = self.unit.group_id if self.unit is not None else None
        return listings.followed_executions(session, self.organisation_id, self.process_id, group_id)

    def absorb(self, listing: list[dict]) -> bool:
        """Take one poll's answer; True once the whole run has finished."""
        if self.unit is None:
            new = [e for e in listing if str(e.get("id")) not in self.known_ids]
            if not new:
                return False
            group_id = next((e.get("group_id") for e in new if e.get("group_id")), None)
            self.unit = WatchUnit(
                self.organisation_id,
                self.process_id,
                group_id,
                self.process_name,
                [] if group_id else [str(e.get("id")) for e in new],
            )
        self.unit.absorb(listing)
        self.finished = self.unit.finished()
        return self.finished

    def poll(self, session) -> bool:
        """Worker: one request; True once the run has finished."""
        self.polls += 1
        return self.absorb(self._listing(session))

    def not_starting(self, interval: float) -> Optional[str]:
        """Why to give up waiting (no execution listed after START_SECONDS of polls), or None."""
        if self.unit is None and self.polls * max(0.1, interval) > START_SECONDS:
            return tr("The execution did not start within 15 minutes.")
        return None

    def failure(self) -> Optional[str]:
        """Once finished: why the run did not succeed (None when every execution succeeded)."""
        return run_failure(self.executions)


def follow_blocking(
    session,
    follower: RunFollower,
    *,
    interval: float = 2.0,
    is_canceled: Callable[[], bool] = lambda: False,
    progress: Callable[[int], None] = lambda percent: None,
    on_cancel: Callable[[], None] = lambda: None,
) -> list[dict]:
    """Worker thread (never the main thread): poll until the run finished; returns its executions.

    A cancel calls ``on_cancel`` (stop the process on the platform) and raises ``CancelledError``; a run that
    failed raises :class:`RunFailedError`."""
    wait = threading.Event()
    while True:
        if is_canceled():
            on_cancel()
            raise CancelledError(tr("Cancelled: the process was stopped on the platform."))
        if follower.poll(session):
            progress(100)
            reason = follower.failure()
            if reason:
                raise RunFailedError(reason)
            return follower.executions
        progress(follower.progress)
        not_starting = follower.not_starting(interval)
        if not_starting:
            raise RunFailedError(not_starting)
        for _step in range(max(1, int(interval * 10))):
            if is_canceled():
                break
            wait.wait(0.1)


# Monitors alive now (normally the executions dock's one), so the Options page can hand them new preferences.
_LIVE: weakref.WeakSet = weakref.WeakSet()


def apply_preferences(preferences: fp_settings.Preferences) -> None:
    """Give every running monitor the preferences just saved (Options page "OK").

    Why: the dock creates its monitor once, with the poll interval read then; without this hook a changed
    interval only took effect after restarting QGIS."""
    for monitor in list(_LIVE):
        try:
            monitor.apply_preferences(preferences)
        except RuntimeError:  # its C++ side is gone
            _LIVE.discard(monitor)


class ExecutionMonitor(QObject):
    """The one follower of runs on the main thread; owned by the Executions dock (or a :class:`.runner.RunPipeline`),
    stopped in its ``shutdown()``.

    Signals carry plain wire dicts (never model objects) so receivers need no network access. A run is
    ``{"process": {"id", "name", "run_type"}, "group_id", "executions": [...]}`` (``runs.group_runs``).
    """

    run_started = pyqtSignal(dict)  # a run handed over (PluginState.run_started) and now found: the run dict
    run_progress = pyqtSignal(dict)  # one execution of a followed run changed (progress, status...)
    # a followed run finished: {"process_id", "process_name", "group_id", "organisation_id", "executions": [...]}
    run_ended = pyqtSignal(dict)
    # a run that cannot be followed: {"process_id", "process_name", "reason"} (not listed in time, or deleted)
    run_lost = pyqtSignal(dict)
    # an execution not watched before is now (a hand-over found, a listing's running run, a reopened project's):
    # its wire dict, "process_id" included; a repeating process's later runs are first seen here
    run_seen = pyqtSignal(dict)
    watched_changed = pyqtSignal()
    preferences_applied = pyqtSignal(object)  # settings.Preferences, after the Options page saved them

    def __init__(
        self,
        state,
        parent: QObject | None = None,
        interval_seconds: float | None = None,
        listed_runs: Callable[[str], set] | None = None,
        persist: bool = True,
        follow_hand_overs: bool = True,
    ):
        """``listed_runs(process_id)``: the run keys of that process its owner already shows, so a hand-over
        takes the process's newest *other* run for the one just started; ``persist``: keep the followed runs in
        the settings so a restart resumes them (the Executions dock's monitor; not a demo's own);
        ``follow_hand_overs``: follow every run the plugin starts (``PluginState.run_started``)."""
        super().__init__(parent)
        self.state = state
        self._listed_runs = listed_runs or (lambda _process_id: set())
        self._persist = persist
        self.units: dict[str, WatchUnit] = {}
        self._stored_elsewhere: list[dict] = []  # units of other organisations, kept in settings untouched
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        if interval_seconds is None:
            interval_seconds = fp_settings.load_preferences().poll_interval_seconds
        self.set_interval(interval_seconds)
        self.polls_started = 0
        self._tasks: set = set()
        self._stopped = False
        _LIVE.add(self)
        self._hand_overs = state is not None and follow_hand_overs
        if self._hand_overs:
            state.run_started.connect(self.follow_started)

    # -- configuration ---------------------------------------------------------------------------------------
    def set_interval(self, seconds: float) -> None:
        self.interval_seconds = max(0.05, float(seconds))
        self.timer.setInterval(int(self.interval_seconds * 1000))

    def apply_preferences(self, preferences: fp_settings.Preferences) -> None:
        """Take a changed poll interval at once (a running timer restarts with it) and tell the owner."""
        self.set_interval(preferences.poll_interval_seconds)
        self.preferences_applied.emit(preferences)

    def _session(self):
        user = getattr(self.state, "user", None)
        return user.session if user is not None else None

    def _organisation_id(self) -> str | None:
        organisation = getattr(self.state, "organisation", None)
        return str(organisation.id) if organisation is not None else None

    # -- the watched set -------------------------------------------------------------------------------------
    def watch(self, execution: dict, process_name: str = "") -> None:
        """Start watching an execution (its whole group when it belongs to one). Finished ones are ignored."""
        if is_finished(execution):
            return
        organisation_id = str(execution.get("organisation_id") or self._organisation_id() or "")
        process_id = str(execution.get("process_id"))
        key = unit_key(process_id, execution.get("group_id"))
        seen = self.is_watching(str(execution.get("id"))) or (bool(execution.get("group_id")) and key in self.units)
        unit = self.units.get(key)
        if unit is None:
            unit = WatchUnit(organisation_id, process_id, execution.get("group_id"), process_name)
            self.units[key] = unit
        unit.execution_ids.add(str(execution.get("id")))
        unit.executions.setdefault(str(execution.get("id")), execution)
        if process_name and not unit.process_name:
            unit.process_name = process_name
        unit.idle = 0
        unit.wait = 0
        self._save()
        self._update_timer()
        self.watched_changed.emit()
        if not seen:
            self.run_seen.emit({**execution, "process_id": process_id, "organisation_id": organisation_id})

    def unwatch(self, key: str) -> None:
        if self.units.pop(key, None) is not None:
            self._save()
            self._update_timer()
            self.watched_changed.emit()

    def is_watching(self, execution_id: str) -> bool:
        return any(str(execution_id) in unit.execution_ids for unit in self.units.values())

    def watched_execution_ids(self) -> set[str]:
        return {eid for unit in self.units.values() for eid in unit.execution_ids}

    def resume(self) -> None:
        """Load the persisted watched set for the current organisation and start polling it."""
        organisation_id = self._organisation_id()
        self.units = {}
        self._stored_elsewhere = []
        for value in fp_settings.load_json(SETTINGS_KEY, []) if self._persist else []:
            try:
                unit = WatchUnit.from_json(value)
            except (KeyError, TypeError):
                continue
            if organisation_id and unit.organisation_id == organisation_id:
                self.units[unit.key] = unit
            else:
                self._stored_elsewhere.append(value)
        self._stopped = False
        self._update_timer()
        self.watched_changed.emit()
        if self.units:
            self.poll_now()

    def pause(self) -> None:
        """Stop polling (logged out, organisation changed) but keep the persisted set."""
        self.timer.stop()
        self.units = {}
        self._stored_elsewhere = []

    def stop(self) -> None:
        """Stop for good (dock shutdown): no timer, running polls are cancelled."""
        self._stopped = True
        _LIVE.discard(self)
        self.timer.stop()
        if self._hand_overs:
            self._hand_overs = False
            try:
                self.state.run_started.disconnect(self.follow_started)
            except (TypeError, RuntimeError):
                pass
        for task in list(self._tasks):
            try:
                task.cancel()
            except RuntimeError:
                pass
        self._tasks.clear()

    def _save(self) -> None:
        if not self._persist:
            return
        fp_settings.save_json(SETTINGS_KEY, self._stored_elsewhere + [u.to_json() for u in self.units.values()])

    def _update_timer(self) -> None:
        if self.units and not self._stopped and self._session() is not None:
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()

    # -- polling ---------------------------------------------------------------------------------------------
    def tick(self) -> None:
        """Timer slot: start one poll for each unit that is due (and not already being polled)."""
        for unit in list(self.units.values()):
            if unit.in_flight:
                continue
            if unit.wait > 0:
                unit.wait -= 1
                continue
            self._poll(unit)

    def poll_now(self) -> None:
        """Poll every unit once, ignoring back-off (after a restart, or when the user presses Refresh)."""
        for unit in list(self.units.values()):
            if not unit.in_flight:
                self._poll(unit)

    @property
    def busy(self) -> bool:
        return any(unit.in_flight for unit in self.units.values())

    def _poll(self, unit: WatchUnit) -> None:
        session = self._session()
        if session is None or self._stopped:
            return
        unit.in_flight = True
        self.polls_started += 1
        organisation_id, process_id, group_id = unit.organisation_id, unit.process_id, unit.group_id

        def work(task):
            return listings.followed_executions(session, organisation_id, process_id, group_id)

        def done(listing):
            self._tasks.discard(task)
            unit.in_flight = False
            if self._stopped or self.units.get(unit.key) is not unit:
                return
            changed, finished = unit.absorb(listing)
            for execution in changed:
                self.run_progress.emit(execution)
            if finished:
                self.units.pop(unit.key, None)
                self._save()
                self._update_timer()
                self.watched_changed.emit()
                self.run_ended.emit(
                    {
                        "process_id": unit.process_id,
                        "process_name": unit.process_name,
                        "group_id": unit.group_id,
                        "organisation_id": unit.organisation_id,
                        "executions": sorted(
                            unit.executions.values(),
                            key=lambda e: (e.get("group_index") or 0, str(e.get("started_at"))),
                        ),
                    }
                )

        def failed(error):
            self._tasks.discard(task)
            unit.in_flight = False
            if isinstance(error, CancelledError) or self._stopped:
                return
            report = getattr(self.state, "report_error", None)
            if report is not None and report(error):
                # The session expired (the Account dock asks to log in): stop polling, keep the stored watch list
                # so the next login resumes it.
                self.pause()
                return
            if isinstance(error, NotFoundError):
                # The process (or its executions) was deleted: nothing left to watch.
                self.unwatch(unit.key)
                reason = tr("The process '{0}' no longer exists on the platform.").format(unit.process_name)
                self._lost(unit.process_id, unit.process_name, reason)
                return
            unit.idle += 1
            unit.wait = min(MAX_BACKOFF, 2**unit.idle) - 1
            log_warning(f"Polling executions of {unit.process_name or unit.process_id} failed: {error}")

        # Shown in QGIS's task manager (QGIS < 3.26 cannot hide it): translated like every other task.
        task = run_task(tr("Fusion Platform: checking executions"), work, done, failed, silent=QUIET)
        self._tasks.add(task)

    # -- the hand-over of a run just started -----------------------------------------------------------------
    def follow_started(self, process) -> None:
        """``PluginState.run_started``: find the run of the process just executed and follow it (one request for
        that process's newest executions, never a relisting)."""
        if process is None:
            return
        data = process if isinstance(process, dict) else {}
        pid = str(data.get("id") if data else getattr(process, "id", "") or "")
        if not pid:
            return
        record = {
            "id": pid,
            "name": str(data.get("name") if data else getattr(process, "name", "") or ""),
            "run_type": data.get("run_type") if data else getattr(process, "run_type", None),
        }
        self.follow_process(record)

    def _lost(self, process_id: str, process_name: str, reason: str) -> None:
        self.run_lost.emit({"process_id": process_id, "process_name": process_name, "reason": reason})

    def follow_process(self, process: dict, look: int = 0, looks: int = START_LOOKS) -> None:
        """Look for ``process``'s newest runs: every running one is followed (``run_started``), and the run just
        started, when already over, ends at once (``run_started`` then ``run_ended``). A platform that creates
        the executions a moment later is asked again a few times (1, 2, 4… s), for that process only."""
        session = self._session()
        organisation_id = self._organisation_id()
        if session is None or organisation_id is None or self._stopped:
            return
        pid = str(process["id"])
        before = set(self._listed_runs(pid))

        def work(_task):
            return listings.newest_executions(session, organisation_id, pid)

        def done(executions):
            self._tasks.discard(task)
            if self._stopped or self._organisation_id() != organisation_id:
                return
            runs = group_runs(process, executions)
            fresh = [r for r in runs if run_status(r["executions"]) == "running" or run_key(r) not in before]
            # The run just started is the process's newest new one; a quick run may have finished already.
            started = max((r for r in fresh if run_key(r) not in before), key=run_started_at, default=None)
            for run in fresh:
                if run_status(run["executions"]) == "running":
                    self.watch(run["executions"][0], str(process.get("name") or ""))
                self.run_started.emit(run)
            if started is not None and run_status(started["executions"]) != "running":
                # Finished before it could be watched: it ends here as a watched run would.
                self.run_ended.emit(
                    {
                        "process_id": pid,
                        "process_name": process.get("name"),
                        "group_id": started.get("group_id"),
                        "organisation_id": organisation_id,
                        "executions": started["executions"],
                    }
                )
            elif look + 1 < looks:
                QTimer.singleShot(1000 * 2**look, lambda: self.follow_process(process, look + 1, looks))
            elif started is None:
                self._lost(pid, str(process.get("name") or ""), tr("The execution did not start within 15 minutes."))

        def failed(error):
            self._tasks.discard(task)
            if self.state is not None and self.state.report_error(error):
                return
            log_warning(f"New run: {error}")

        task = run_task(tr("Fusion Platform: following a new run"), work, done, failed, silent=QUIET)
        self._tasks.add(task)

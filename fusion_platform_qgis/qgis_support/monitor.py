"""Watching running executions: a QTimer on the main thread that launches light background polls.

Why this shape (every request in a task, never on the main thread):
* The timer lives on the main thread but never touches the network itself; each tick starts small silent
  QgsTasks, so a slow server never freezes QGIS.
* Executions are watched in *units*: all executions of one group (slices plus the aggregator), or the ungrouped
  executions of one process. One tick costs one request per unit (``GET .../processes/{pid}/executions``
  filtered by the group, or the newest page of the process), never one per execution, so watching a group of
  20 slices costs the same as watching one run.
* A unit that did not change is polled less and less often (doubling up to ``MAX_BACKOFF`` times the interval);
  any change resets it. With nothing to watch the timer is stopped, so an idle plugin sends no requests.
* The watched set is kept in the plugin's settings (``watched_executions``) so a QGIS restart resumes watching
  where it stopped; units of another organisation stay stored until that organisation is selected again.
"""

from __future__ import annotations

import weakref
from typing import Any, Callable

from qgis.core import QgsTask
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

from ..api import listings as endpoints
from . import settings as fp_settings
from .i18n import tr
from .log import log_warning
from .run_state import is_finished, status_of  # noqa: F401 - re-exported (docks and tests import them here)
from .runs import MAX_BACKOFF, WatchUnit, unit_key
from .tasks import run_task

SETTINGS_KEY = "watched_executions"
# Background polls stay out of the task manager's list where QGIS can hide tasks (QgsTask.Silent, QGIS >= 3.26).
QUIET = hasattr(QgsTask, "Silent")
GROUP_PAGE = 100  # one page holds a whole group (the sandbox splits into at most a few dozen slices)


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
    """Polls the watched executions; owned by the executions dock, stopped in its ``shutdown()``.

    Signals carry plain wire dicts (never model objects) so receivers need no network access.
    """

    execution_updated = pyqtSignal(dict)  # one execution changed (progress, status...)
    unit_finished = pyqtSignal(dict)  # {"process_id", "process_name", "group_id", "executions": [...]}
    watched_changed = pyqtSignal()
    preferences_applied = pyqtSignal(object)  # settings.Preferences, after the Options page saved them

    def __init__(
        self,
        state,
        parent: QObject | None = None,
        interval_seconds: float | None = None,
        session_getter: Callable[[], Any] | None = None,
    ):
        super().__init__(parent)
        self.state = state
        self._session_getter = session_getter
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

    # -- configuration ---------------------------------------------------------------------------------------
    def set_interval(self, seconds: float) -> None:
        self.interval_seconds = max(0.05, float(seconds))
        self.timer.setInterval(int(self.interval_seconds * 1000))

    def apply_preferences(self, preferences: fp_settings.Preferences) -> None:
        """Take a changed poll interval at once (a running timer restarts with it) and tell the owner."""
        self.set_interval(preferences.poll_interval_seconds)
        self.preferences_applied.emit(preferences)

    def _session(self):
        if self._session_getter is not None:
            return self._session_getter()
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
        for value in fp_settings.load_json(SETTINGS_KEY, []):
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
        for task in list(self._tasks):
            try:
                task.cancel()
            except RuntimeError:
                pass
        self._tasks.clear()

    def _save(self) -> None:
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
        path = endpoints.executions_path(unit.organisation_id, unit.process_id)
        group_id = unit.group_id

        def work(task):
            if group_id:
                items = session.iterate(path, filters={"group_id__eq": group_id}, limit=GROUP_PAGE)
                return [item for item, _extras in items]
            answer = session.request("GET", path, params={"limit": "24", "reverse": "True"})
            return list((answer or {}).get("list") or [])

        def done(listing):
            self._tasks.discard(task)
            unit.in_flight = False
            if self._stopped or self.units.get(unit.key) is not unit:
                return
            changed, finished = unit.absorb(listing)
            for execution in changed:
                self.execution_updated.emit(execution)
            if finished:
                self.units.pop(unit.key, None)
                self._save()
                self._update_timer()
                self.watched_changed.emit()
                self.unit_finished.emit(
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
            from ..api.errors import CancelledError, NotFoundError

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
                return
            unit.idle += 1
            unit.wait = min(MAX_BACKOFF, 2**unit.idle) - 1
            log_warning(f"Polling executions of {unit.process_name or unit.process_id} failed: {error}")

        # Shown in QGIS's task manager (QGIS < 3.26 cannot hide it): translated like every other task.
        task = run_task(tr("Fusion Platform: checking executions"), work, done, failed, silent=QUIET)
        self._tasks.add(task)

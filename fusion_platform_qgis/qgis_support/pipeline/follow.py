"""Stage 4, follow: one request per poll for the whole run (a group of slices plus its aggregator, or one execution).

:class:`RunFollower` knows which executions belong to the run just executed (those not listed before Execute)
and decides when it has finished with the monitor's own rules (``monitor.WatchUnit``). Each :meth:`poll` is one
request: the process's newest executions page until the run's group is known, then that group's executions
(``group_id`` filter, one page holds a whole group). Never one GET per execution.

Where it waits: the main-thread driver (:class:`.runner.RunPipeline`) polls from a QTimer, each poll in a silent
QgsTask; Processing (already on its own thread) calls :func:`follow_blocking`, which waits on a
``threading.Event`` between polls so a cancel is noticed within a tenth of a second. Nothing sleeps on the
main thread.
"""

from __future__ import annotations

import threading
from typing import Callable, Optional

from ...api import listings as endpoints
from ...api.errors import CancelledError, FusionPlatformError
from ..i18n import tr
from ..monitor import GROUP_PAGE, WatchUnit
from ..run_state import run_progress, status_of

NEWEST = 24  # the newest page of a process's executions: a run just started is on it
START_SECONDS = 900.0  # how long the platform may take to list a run's first execution


class RunFailedError(FusionPlatformError):
    """The run finished without success; the message says why (the platform's abort reason)."""


def newest_executions(session, organisation_id: str, process_id: str) -> list[dict]:
    """One request: the process's newest executions (wire dicts)."""
    items, _cursor = endpoints.fetch_page(
        session, endpoints.executions_path(organisation_id, process_id), limit=NEWEST, reverse=True
    )
    return items


def known_execution_ids(process) -> set[str]:
    """Worker, before Execute: the executions the process already has (so they are not taken for this run)."""
    organisation_id = str(process.attributes.get("organisation_id") or "")
    return {str(e.get("id")) for e in newest_executions(process.session, organisation_id, str(process.id))}


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
        return run_progress(self.executions) if self.executions else 0

    def _listing(self, session) -> list[dict]:
        path = endpoints.executions_path(self.organisation_id, self.process_id)
        if self.unit is not None and self.unit.group_id:
            return [
                item
                for item, _ in session.iterate(path, filters={"group_id__eq": self.unit.group_id}, limit=GROUP_PAGE)
            ]
        return newest_executions(session, self.organisation_id, self.process_id)

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
        for execution in self.executions:
            status = status_of(execution)
            if status == "stopped":
                return tr("The run was stopped.")
            if status == "failed":
                return tr("Execution failed: {0}").format(execution.get("abort_reason") or tr("no reason given"))
        return None


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

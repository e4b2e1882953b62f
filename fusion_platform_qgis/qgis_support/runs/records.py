"""Runs as the Executions dock shows them, from plain wire dicts (no Qt, no QGIS; tests in tests/unit/test_runs.py).

A *run* is what the user started once: one ungrouped execution, or a whole group (slices plus the aggregator).
It is a dict ``{"process": process dict, "group_id": str | None, "executions": [execution dicts]}`` keyed by
:func:`run_key`.

Why summaries: the process listing (docs/api-contract.md §6.7) already carries each process's execution summaries
(docs/api-contract.md §6.7.4: ``process_execution_id``, ``job_status``, group fields, times, expiry), so one page of
processes is enough to list their runs with the right status; :func:`summary_execution` turns a summary into an
execution dict the status helpers of :mod:`.run_state` read (``progress``/``success``/``stopped`` derived from
``job_status``). The full records replace it later (the monitor's polls for running runs, the dock's lazy fetch for the
selected one).

The monitor's watch units (:class:`WatchUnit`) live here too: their back-off and "finished" decisions are pure.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Optional

from ..words.wording import parse_timestamp
from .status import is_finished, run_status, status_of

MAX_BACKOFF = 8  # ticks: an unchanged unit is polled at most every 8 intervals
RUNNING_JOB_STATUSES = ("pending", "queued", "running", "starting", "executing", "submitted", "")
SUMMARY = "_summary"  # key set on execution dicts made from a process's summary (not yet the full record)


def parse_time(value: Any) -> Optional[datetime]:
    return parse_timestamp(value)


def format_duration(started: Any, ended: Any) -> str:
    """``m:ss`` or ``h:mm:ss`` from ``started`` to ``ended`` (now while it runs); "" without a start."""
    start = parse_time(started)
    if start is None:
        return ""
    end = parse_time(ended) or datetime.now(timezone.utc)
    seconds = max(0, int((end - start).total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def sort_members(executions: list[dict]) -> None:
    executions.sort(key=lambda e: (e.get("group_index") or 0, str(e.get("started_at"))))


def group_runs(process: dict, executions: list[dict]) -> list[dict]:
    """Executions of one process as runs: a group becomes one run, an ungrouped execution its own run."""
    runs: list[dict] = []
    by_group: dict[str, dict] = {}
    for execution in executions:
        group_id = execution.get("group_id")
        if group_id:
            run = by_group.get(group_id)
            if run is None:
                run = {"process": process, "group_id": group_id, "executions": []}
                by_group[group_id] = run
                runs.append(run)
            run["executions"].append(execution)
        else:
            runs.append({"process": process, "group_id": None, "executions": [execution]})
    for run in runs:
        sort_members(run["executions"])
    return runs


def run_key(run: dict) -> str:
    return str(run.get("group_id") or run["executions"][0].get("id"))


def execution_run_key(execution: dict) -> str:
    """The key of the run an execution belongs to."""
    return str(execution.get("group_id") or execution.get("id"))


def run_started_at(run: dict) -> str:
    """The run's start as sortable text (ISO), for "newest first"."""
    return min((str(e.get("started_at") or "") for e in run["executions"]), default="")


def summary_execution(summary: dict, process: dict) -> dict:
    """An execution dict from an entry of ``process.executions`` (docs/api-contract.md §6.7.4): enough to list a run."""
    job = str(summary.get("job_status") or "").lower()
    finished = job not in RUNNING_JOB_STATUSES or (not job and bool(summary.get("ended_at")))
    stopped = job in ("stopped", "stop", "cancelled") or str(summary.get("exit_type") or "") == "stopped"
    execution = {
        key: summary.get(key)
        for key in (
            "group_id",
            "group_index",
            "group_count",
            "abort_reason",
            "exit_type",
            "started_at",
            "ended_at",
            "delete_expiry",
            "delete_warning_status",
        )
    }
    execution.update(
        {
            "id": str(summary.get("process_execution_id") or summary.get("id") or ""),
            "process_id": str(process.get("id") or ""),
            "organisation_id": process.get("organisation_id"),
            "progress": 100 if finished else 0,
            "success": finished and job == "success",
            "stopped": finished and stopped,
            SUMMARY: True,
        }
    )
    return execution


def process_runs(process: dict) -> list[dict]:
    """The runs of one listed process, from its execution summaries (newest first)."""
    summaries = [s for s in process.get("executions") or [] if isinstance(s, dict)]
    executions = [summary_execution(s, process) for s in summaries]
    runs = group_runs(process, [e for e in executions if e["id"]])
    runs.sort(key=run_started_at, reverse=True)
    return runs


def needs_execution_listing(process: dict) -> bool:
    """A process that says it has executions but whose listing carries no summaries (``executions`` absent)."""
    return bool(process.get("has_executions")) and not isinstance(process.get("executions"), list)


def newest_run_outcome(process: dict) -> Optional[dict]:
    """The Processes dock's "last execution": the newest execution of the newest run, from the summaries."""
    runs = process_runs(process)
    if not runs:
        return None
    newest = max(runs[0]["executions"], key=lambda e: str(e.get("started_at") or ""))
    return {"started_at": newest.get("started_at"), "status": run_status(runs[0]["executions"]), "execution": newest}


def is_summary(execution: dict) -> bool:
    return bool(execution.get(SUMMARY))


def merge_runs(old: dict, new: dict) -> dict:
    """``new`` (from a listing) keeping the full records ``old`` already has for members that did not change, and
    every member ``old`` knows has ended (:func:`never_unfinished`)."""
    known = {str(e.get("id")): e for e in old.get("executions") or [] if not is_summary(e)}
    merged = []
    for execution in new["executions"]:
        full = known.get(str(execution.get("id")))
        if full is not None and is_summary(execution) and status_of(full) == status_of(execution):
            merged.append(full)
        else:
            merged.append(execution)
    return {**new, "executions": never_unfinished(old.get("executions") or [], merged)}


def never_unfinished(old: list[dict], new: list[dict]) -> list[dict]:
    """``new`` executions, except that one ``old`` already knows as finished stays as ``old`` has it.

    Why: an execution that has ended never runs again (a new run is a new execution), so an answer saying it runs
    was read before it ended and reached us late (a listing or a run's details in flight while the user stopped
    it): applied, it put a stopped run back to "running" after "Run stopped" was told."""
    ended = {str(e.get("id")): e for e in old if is_finished(e)}
    return [ended.get(str(e.get("id")), e) if not is_finished(e) and str(e.get("id")) in ended else e for e in new]


def ended_run(executions: list[dict]) -> Optional[dict]:
    """What a run that has ended tells about its process (the follower's ``run_ended``), shaped as
    :func:`newest_run_outcome` with the run's execution ids: status (success, failed or stopped), the newest
    execution and its start; None while it runs."""
    if not executions or run_status(executions) == "running":
        return None
    newest = max(executions, key=lambda e: str(e.get("started_at") or ""))
    return {
        "ids": {str(e.get("id")) for e in executions},
        "status": run_status(executions),
        "started_at": newest.get("started_at"),  # as newest_run_outcome has it
        "execution": newest,
    }


def newest_outcome(listed: Optional[dict], ended: Optional[dict]) -> tuple[Optional[dict], bool]:
    """A process's newest run as a listing says (``newest_run_outcome``) against the run the follower saw end
    (``ended_run``): which to show, and whether the listing has caught up with the ended run (forget it then).

    The listing wins when it shows a newer run, or that run as ended; it loses when it shows that run (or an
    older one) still running: it was read before the run ended (a stale answer never overwrites a newer status)."""
    if ended is None:
        return listed, True
    if listed is None:
        return ended, False
    if str(listed["execution"].get("id")) in ended["ids"]:
        return (listed, True) if listed["status"] != "running" else (ended, False)
    if str(listed.get("started_at") or "") > str(ended.get("started_at") or ""):
        return listed, True
    return ended, False


def status_after_run(process_status: Any, run_type: Any, outcome: str) -> str:
    """The process status once its newest run ended, when a listing read before that end still says "execute":
    a stop stops the process (the platform's stop is the process's), and a run-once process has nothing left."""
    if process_status == "execute" and (outcome == "stopped" or run_type == "run_once"):
        return "stop"
    return str(process_status or "")


# -- watch units (the monitor's pure decision logic) ---------------------------------------------------------------
def unit_key(process_id: str, group_id: Optional[str]) -> str:
    return f"{process_id}/{group_id or ''}"


def signature(execution: dict) -> tuple:
    return (
        execution.get("progress"),
        execution.get("success"),
        execution.get("ended_at"),
        execution.get("stopped"),
        execution.get("abort"),
        execution.get("abort_reason"),
        execution.get("updated_at"),
    )


class WatchUnit:
    """What is watched for one group (or the ungrouped runs of one process), and its back-off state."""

    def __init__(
        self,
        organisation_id: str,
        process_id: str,
        group_id: Optional[str] = None,
        process_name: str = "",
        execution_ids: Optional[list[str]] = None,
    ):
        self.organisation_id = str(organisation_id)
        self.process_id = str(process_id)
        self.group_id = str(group_id) if group_id else None
        self.process_name = process_name
        self.execution_ids: set[str] = {str(e) for e in (execution_ids or [])}
        self.executions: dict[str, dict] = {}  # last wire dicts seen
        self.idle = 0  # consecutive polls without change
        self.wait = 0  # ticks left before the next poll
        self.in_flight = False

    @property
    def key(self) -> str:
        return unit_key(self.process_id, self.group_id)

    def to_json(self) -> dict:
        return {
            "organisation_id": self.organisation_id,
            "process_id": self.process_id,
            "group_id": self.group_id,
            "process_name": self.process_name,
            "execution_ids": sorted(self.execution_ids),
        }

    @classmethod
    def from_json(cls, value: dict) -> WatchUnit:
        return cls(
            value["organisation_id"],
            value["process_id"],
            value.get("group_id"),
            value.get("process_name") or "",
            value.get("execution_ids") or [],
        )

    def members(self, listing: list[dict]) -> list[dict]:
        """The executions of ``listing`` that belong to this unit."""
        if self.group_id:
            return [e for e in listing if str(e.get("group_id") or "") == self.group_id]
        return [e for e in listing if str(e.get("id")) in self.execution_ids]

    def absorb(self, listing: list[dict]) -> tuple[list[dict], bool]:
        """Take a poll answer; return (changed executions, whether the whole unit has finished)."""
        changed = []
        for execution in self.members(listing):
            eid = str(execution.get("id"))
            self.execution_ids.add(eid)
            old = self.executions.get(eid)
            if old is None or signature(old) != signature(execution):
                changed.append(execution)
            self.executions[eid] = execution
        if changed:
            self.idle = 0
            self.wait = 0
        else:
            self.idle += 1
            self.wait = min(MAX_BACKOFF, 2**self.idle) - 1
        return changed, self.finished()

    def finished(self) -> bool:
        known = list(self.executions.values())
        if not known or any(not is_finished(e) for e in known):
            return False
        if len(self.execution_ids - set(self.executions)) > 0:
            return False
        if self.group_id:
            expected = max(int(e.get("group_count") or 1) for e in known)
            return len(known) >= expected
        return True

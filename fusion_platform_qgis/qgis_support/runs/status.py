"""What a run's status, progress and components *are*, computed from the wire dicts alone (no Qt, no QGIS).

Why a module of its own: every status string the docks show (the Executions header, a run's bar, a component's
row, the Processes dock's last execution, the previews strip) must follow the data the monitor last saw, and
deciding it in pure functions keeps that testable in plain Python (tests/unit/test_run_state.py). The docks only
translate the machine words returned here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Optional


def is_finished(execution: dict) -> bool:
    """An execution is finished once its progress reaches 100 (docs/api-contract.md §6.8)."""
    try:
        return int(execution.get("progress") or 0) >= 100
    except (TypeError, ValueError):
        return False


def status_of(execution: dict) -> str:
    """A short machine status: running, success, failed or stopped."""
    if not is_finished(execution):
        return "running"
    if execution.get("stopped"):
        return "stopped"
    return "success" if execution.get("success") else "failed"


def run_status(executions: list[dict]) -> str:
    """A group's status: running while any member runs, else failed/stopped if any member did."""
    statuses = [status_of(e) for e in executions]
    expected = max([int(e.get("group_count") or 1) for e in executions] or [1])
    if "running" in statuses or len(executions) < expected:
        return "running"
    for status in ("failed", "stopped"):
        if status in statuses:
            return status
    return "success"


def run_progress(executions: list[dict]) -> int:
    """The share (0..100) of the run's work that is done.

    A stopped or failed member counts for nothing: the platform sets its progress to 100 when it ends, which made
    a stopped run show a full bar. Only succeeded members count as whole, running ones with their progress."""
    expected = max([int(e.get("group_count") or 1) for e in executions] + [len(executions), 1])
    done = 0
    for execution in executions:
        status = status_of(execution)
        if status == "success":
            done += 100
        elif status == "running":
            done += min(100, max(0, int(execution.get("progress") or 0)))
    return int(done / expected)


def bar_state(executions: list[dict]) -> tuple[int, Optional[str]]:
    """What a run's progress bar shows: (value, machine status to print instead of the percentage, or None)."""
    status = run_status(executions)
    return run_progress(executions), (status if status in ("stopped", "failed") else None)


def execution_bar_state(execution: dict) -> tuple[int, Optional[str]]:
    """The bar of one member of a group: its own progress, or its status word once stopped or failed."""
    return bar_state([{**execution, "group_count": None}])


def runs_summary(runs: Iterable[dict]) -> tuple[int, int]:
    """(number of runs, number of them still running) from the runs as they are now."""
    runs = list(runs)
    return len(runs), sum(1 for run in runs if run_status(run.get("executions") or []) == "running")


def component_status(component: dict, execution: Optional[dict] = None) -> str:
    """A component's machine status, knowing its execution.

    A component that has not ended runs only while its execution runs: once the execution is stopped (or failed),
    a component record that was never closed is stopped (failed) too, not "running" for ever. One that ended without
    success while its execution, as last seen, still runs ends as its execution will (the component was read after
    a stop the execution's record does not show yet): "running" until then, never "failed" beside a running run."""
    success = component.get("success")
    ended = bool(component.get("ended_at"))
    execution_status = status_of(execution) if execution is not None else None
    if execution_status == "running" and not success:
        return "running"
    if not ended and execution_status is None and success is None:
        return "running"
    if success:
        return "success"
    return "stopped" if execution_status == "stopped" else "failed"


def component_runtime(component: dict, status: str) -> Optional[int]:
    """Seconds a component ran, or None while it runs (a frozen "0 s" is no information)."""
    if status == "running":
        return None
    try:
        return int(component["runtime"])
    except (KeyError, TypeError, ValueError):
        return None


def process_settling(process_status: Any, run_type: Any, last_finished: bool) -> bool:
    """Whether a process row is caught between its run's end and the platform moving it on: a run-once process
    still "executing" although its newest execution has finished (it is about to read "stopped")."""
    return process_status == "execute" and run_type == "run_once" and bool(last_finished)

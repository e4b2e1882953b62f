"""Status words and bars computed from the wire dicts (qgis_support.runs.status, no Qt): they follow the data."""

from __future__ import annotations

from fusion_platform_qgis.qgis_support.runs import status as run_state


def execution(progress, success=False, stopped=False, group=None, index=None, count=None, eid="e"):
    return {
        "id": eid,
        "progress": progress,
        "success": success,
        "stopped": stopped,
        "group_id": group,
        "group_index": index,
        "group_count": count,
    }


def test_a_stopped_run_is_not_a_full_bar():
    stopped = [execution(100, stopped=True)]
    assert run_state.run_status(stopped) == "stopped"
    assert run_state.bar_state(stopped) == (0, "stopped")
    assert run_state.bar_state([execution(100, success=True)]) == (100, None)
    assert run_state.bar_state([execution(40)]) == (40, None)
    assert run_state.bar_state([execution(100)]) == (0, "failed")


def test_a_stopped_group_counts_only_the_work_that_succeeded():
    group = [
        execution(100, True, group="g", index=1, count=4, eid="a"),
        execution(100, stopped=True, group="g", index=2, count=4, eid="b"),
        execution(100, stopped=True, group="g", index=3, count=4, eid="c"),
        execution(100, stopped=True, group="g", index=4, count=4, eid="d"),
    ]
    assert run_state.bar_state(group) == (25, "stopped")
    assert run_state.execution_bar_state(group[0]) == (100, None)
    assert run_state.execution_bar_state(group[1]) == (0, "stopped")
    running = [execution(50, group="g", index=1, count=2, eid="a")]
    assert run_state.bar_state(running) == (25, None)  # the aggregator is not even listed yet


def test_the_summary_counts_what_runs_now():
    runs = [
        {"executions": [execution(100, True)]},
        {"executions": [execution(30)]},
        {"executions": [execution(100, stopped=True)]},
    ]
    assert run_state.runs_summary(runs) == (3, 1)
    runs[1]["executions"] = [execution(100, True)]
    assert run_state.runs_summary(runs) == (3, 0)
    assert run_state.runs_summary([]) == (0, 0)


def test_a_component_of_a_stopped_execution_no_longer_runs():
    never_closed = {"name": "Elevation", "success": None, "ended_at": None, "runtime": 0}
    assert run_state.component_status(never_closed, execution(40)) == "running"
    assert run_state.component_runtime(never_closed, "running") is None  # no frozen "0 s"
    assert run_state.component_status(never_closed, execution(100, stopped=True)) == "stopped"
    assert run_state.component_status(never_closed, execution(100)) == "failed"
    closed = {"success": False, "ended_at": "2026-01-01T00:00:05+00:00", "runtime": 5}
    assert run_state.component_status(closed, execution(100, stopped=True)) == "stopped"
    assert run_state.component_runtime(closed, "stopped") == 5
    done = {"success": True, "ended_at": "2026-01-01T00:00:05+00:00", "runtime": 5}
    assert run_state.component_status(done, execution(100, True)) == "success"
    assert run_state.component_status({"success": None, "ended_at": None}) == "running"  # execution unknown


def test_a_run_once_process_still_executing_after_its_run_ended_is_settling():
    assert run_state.process_settling("execute", "run_once", True)
    assert not run_state.process_settling("execute", "run_schedule", True)  # waits for its next run
    assert not run_state.process_settling("stop", "run_once", True)


def test_a_component_ended_before_its_execution_is_seen_to_end_follows_the_execution():
    """Issue 25 (test_stop_mid_run under load): the components read after a stop, the execution not yet: the
    component is not "Failed" beside a running run; it reads as its execution once that is seen to end."""
    closed = {"success": False, "ended_at": "2026-01-01T00:00:05+00:00", "runtime": 5}
    assert run_state.component_status(closed, execution(40)) == "running"
    assert run_state.component_status(closed, execution(100, stopped=True)) == "stopped"
    done = {"success": True, "ended_at": "2026-01-01T00:00:05+00:00", "runtime": 5}
    assert run_state.component_status(done, execution(40)) == "success"  # an earlier component that succeeded

"""The Executions dock's run logic and the monitor's watch units (qgis_support.runs.records, no Qt): grouping, keys,
durations, runs and statuses derived from a process listing's execution summaries, and the polls' back-off."""

from __future__ import annotations

from fusion_platform_qgis.qgis_support.runs import records as fp_runs
from fusion_platform_qgis.qgis_support.runs.status import run_progress, run_status


def execution(
    eid: str,
    progress: int,
    group: str | None = None,
    index: int | None = None,
    count: int | None = None,
    success: bool = False,
    **extra,
):
    return {
        "id": eid,
        "process_id": "p",
        "organisation_id": "o",
        "progress": progress,
        "success": success,
        "group_id": group,
        "group_index": index,
        "group_count": count,
        **extra,
    }


def summary(eid: str, job: str, started: str, group: str | None = None, index=None, count=None, **extra) -> dict:
    return {
        "process_execution_id": eid,
        "job_status": job,
        "started_at": started,
        "group_id": group,
        "group_index": index,
        "group_count": count,
        "delete_expiry": "2030-01-01T00:00:00Z",
        **extra,
    }


def test_unit_backs_off_while_nothing_changes_and_resets_on_change():
    unit = fp_runs.WatchUnit("o", "p", "g")
    listing = [execution("a", 10, "g", 1, 2), execution("b", 0, "g", 2, 2)]
    changed, finished = unit.absorb(listing)
    assert len(changed) == 2 and not finished and unit.wait == 0
    waits = []
    for _ in range(6):
        changed, finished = unit.absorb(listing)
        assert changed == [] and not finished
        waits.append(unit.wait)
    assert waits == sorted(waits) and waits[0] >= 1 and waits[-1] == fp_runs.MAX_BACKOFF - 1
    changed, _ = unit.absorb([execution("a", 50, "g", 1, 2), listing[1]])
    assert [e["id"] for e in changed] == ["a"] and unit.wait == 0


def test_group_finishes_only_when_every_member_including_the_aggregator_is_done():
    unit = fp_runs.WatchUnit("o", "p", "g")
    _, finished = unit.absorb([execution("a", 100, "g", 1, 3, True), execution("b", 100, "g", 2, 3, True)])
    assert not finished  # the aggregator (3/3) is not listed yet
    _, finished = unit.absorb(
        [
            execution("a", 100, "g", 1, 3, True),
            execution("b", 100, "g", 2, 3, True),
            execution("c", 100, "g", 3, 3, True),
            execution("x", 0, "other", 1, 1),
        ]
    )
    assert finished and set(unit.executions) == {"a", "b", "c"}


def test_runs_group_slices_and_report_overall_progress():
    runs = fp_runs.group_runs(
        {"id": "p"},
        [execution("s", 100, success=True), execution("a", 100, "g", 1, 2, True), execution("b", 0, "g", 2, 2)],
    )
    assert [len(r["executions"]) for r in runs] == [1, 2]
    assert [fp_runs.run_key(r) for r in runs] == ["s", "g"]
    assert run_status(runs[0]["executions"]) == "success"
    assert run_status(runs[1]["executions"]) == "running" and run_progress(runs[1]["executions"]) == 50
    assert run_status([execution("f", 100, success=False)]) == "failed"
    assert run_status([execution("t", 100, stopped=True)]) == "stopped"


def test_durations_read_like_a_clock():
    assert fp_runs.format_duration("2026-01-01T10:00:00Z", "2026-01-01T10:01:05Z") == "1:05"
    assert fp_runs.format_duration("2026-01-01T10:00:00Z", "2026-01-01T12:00:09+00:00") == "2:00:09"
    assert fp_runs.format_duration(None, "2026-01-01T10:01:05Z") == ""


def test_a_listed_process_gives_its_runs_and_statuses_without_another_request():
    """The process listing's summaries (contract 6.7.4) are enough for the run rows and their status."""
    process = {
        "id": "p",
        "organisation_id": "o",
        "name": "Elevation",
        "has_executions": "executions",
        "executions": [
            summary("e1", "success", "2026-01-01T10:00:00Z"),
            summary("e2", "failed", "2026-01-02T10:00:00Z", abort_reason="broke"),
            summary("e3", "stopped", "2026-01-03T10:00:00Z"),
            summary("g1a", "success", "2026-01-04T10:00:00Z", "g1", 1, 2),
            summary("g1b", "running", "2026-01-04T10:00:01Z", "g1", 2, 2),
            summary("e4", "pending", "2026-01-05T10:00:00Z"),
        ],
    }
    runs = fp_runs.process_runs(process)
    assert [fp_runs.run_key(r) for r in runs] == ["e4", "g1", "e3", "e2", "e1"]  # newest first
    assert [run_status(r["executions"]) for r in runs] == ["running", "running", "stopped", "failed", "success"]
    failed = runs[3]["executions"][0]
    assert failed["abort_reason"] == "broke" and failed["process_id"] == "p" and failed["organisation_id"] == "o"
    assert all(fp_runs.is_summary(e) for r in runs for e in r["executions"])
    assert run_progress(runs[1]["executions"]) == 50
    outcome = fp_runs.newest_run_outcome(process)
    assert outcome["status"] == "running" and outcome["started_at"] == "2026-01-05T10:00:00Z"
    assert fp_runs.newest_run_outcome({"id": "q", "has_executions": "", "executions": []}) is None


def test_only_a_process_without_summaries_needs_its_executions_listed():
    assert not fp_runs.needs_execution_listing({"has_executions": "executions", "executions": []})
    assert not fp_runs.needs_execution_listing({"has_executions": "", "executions": None})
    assert fp_runs.needs_execution_listing({"has_executions": "executions"})


def test_a_relisting_keeps_the_full_records_already_read_for_unchanged_members():
    full = execution("e1", 100, success=True, updated_at="x")
    old = {"process": {"id": "p"}, "group_id": None, "executions": [full]}
    listed = fp_runs.process_runs({"id": "p", "executions": [summary("e1", "success", "2026-01-01T10:00:00Z")]})[0]
    assert fp_runs.merge_runs(old, listed)["executions"] == [full]
    changed = fp_runs.process_runs({"id": "p", "executions": [summary("e1", "failed", "2026-01-01T10:00:00Z")]})[0]
    assert fp_runs.merge_runs(old, changed)["executions"][0]["success"] is False


# -- issue 25: a late answer never puts an ended run back to "running" -----------------------------------------------
def test_an_ended_execution_never_runs_again():
    stopped = execution("a", 100, stopped=True, started_at="2026-01-01T10:00:00")
    stale = execution("a", 0, started_at="2026-01-01T10:00:00")
    other = execution("b", 0)
    assert fp_runs.never_unfinished([stopped], [stale, other]) == [stopped, other]
    assert fp_runs.never_unfinished([stale], [stopped]) == [stopped]  # news moves forward
    # A listing of summaries read before the stop keeps the stopped record the dock has.
    old = {"process": {"id": "p"}, "group_id": None, "executions": [stopped]}
    new = {"process": {"id": "p"}, "group_id": None, "executions": [{**stale, fp_runs.SUMMARY: True}]}
    assert run_status(fp_runs.merge_runs(old, new)["executions"]) == "stopped"


def test_the_ended_run_wins_over_a_listing_read_before_its_end():
    ended = fp_runs.ended_run([execution("a", 100, stopped=True, started_at="2026-01-01T10:00:00")])
    assert ended is not None and ended["status"] == "stopped" and ended["ids"] == {"a"}
    assert fp_runs.ended_run([execution("a", 40)]) is None
    running = {"started_at": "2026-01-01T10:00:00", "status": "running", "execution": execution("a", 0)}
    assert fp_runs.newest_outcome(running, ended) == (ended, False)  # stale: the end seen wins
    assert fp_runs.newest_outcome(None, ended) == (ended, False)  # read before the run was listed at all
    older = {"started_at": "2026-01-01T09:00:00", "status": "success", "execution": execution("z", 100)}
    assert fp_runs.newest_outcome(older, ended) == (ended, False)
    caught_up = {**running, "status": "stopped", "execution": execution("a", 100, stopped=True)}
    assert fp_runs.newest_outcome(caught_up, ended) == (caught_up, True)
    newer = {"started_at": "2026-01-01T11:00:00", "status": "running", "execution": execution("b", 0)}
    assert fp_runs.newest_outcome(newer, ended) == (newer, True)  # run again since: the listing is newer
    assert fp_runs.newest_outcome(running, None) == (running, True)


def test_the_process_status_after_its_run_ended():
    assert fp_runs.status_after_run("execute", "run_schedule", "stopped") == "stop"  # a stop is the process's
    assert fp_runs.status_after_run("execute", "run_once", "success") == "stop"
    assert fp_runs.status_after_run("execute", "run_schedule", "success") == "execute"  # waits for its next run
    assert fp_runs.status_after_run("stop", "run_once", "failed") == "stop"

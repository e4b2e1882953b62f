"""Pure decision logic of the monitor, the dock's run grouping and the log viewer (no server needed)."""

from __future__ import annotations


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


def test_unit_backs_off_while_nothing_changes_and_resets_on_change(qgis_app):
    from fusion_platform_qgis.qgis_support.monitor import MAX_BACKOFF, WatchUnit

    unit = WatchUnit("o", "p", "g")
    listing = [execution("a", 10, "g", 1, 2), execution("b", 0, "g", 2, 2)]
    changed, finished = unit.absorb(listing)
    assert len(changed) == 2 and not finished and unit.wait == 0
    waits = []
    for _ in range(6):
        changed, finished = unit.absorb(listing)
        assert changed == [] and not finished
        waits.append(unit.wait)
    assert waits == sorted(waits) and waits[0] >= 1 and waits[-1] == MAX_BACKOFF - 1
    changed, _ = unit.absorb([execution("a", 50, "g", 1, 2), listing[1]])
    assert [e["id"] for e in changed] == ["a"] and unit.wait == 0


def test_group_finishes_only_when_every_member_including_the_aggregator_is_done(qgis_app):
    from fusion_platform_qgis.qgis_support.monitor import WatchUnit

    unit = WatchUnit("o", "p", "g")
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


def test_runs_group_slices_and_report_overall_progress(qgis_app):
    from fusion_platform_qgis.gui.executions_dock import group_runs, run_progress, run_status

    runs = group_runs(
        {"id": "p"},
        [execution("s", 100, success=True), execution("a", 100, "g", 1, 2, True), execution("b", 0, "g", 2, 2)],
    )
    assert [len(r["executions"]) for r in runs] == [1, 2]
    assert run_status(runs[0]["executions"]) == "success"
    assert run_status(runs[1]["executions"]) == "running" and run_progress(runs[1]["executions"]) == 50
    assert run_status([execution("f", 100, success=False)]) == "failed"
    assert run_status([execution("t", 100, stopped=True)]) == "stopped"


def test_log_levels_filter_and_search(qgis_app):
    from fusion_platform_qgis.gui.log_viewer import filter_lines, split_level, to_lines

    assert split_level({"message": "ERROR: it broke"}) == ("ERROR", "it broke")
    assert split_level({"message": "plain text"}) == ("INFO", "plain text")
    lines = to_lines(
        [
            {"logged_at": "2026-01-01T00:00:02", "message": "WARNING: slow"},
            {"logged_at": "2026-01-01T00:00:01", "message": "INFO: started"},
            {"logged_at": "2026-01-01T00:00:03", "message": "ERROR: failed badly"},
        ]
    )
    assert [line.level for line in lines] == ["INFO", "WARNING", "ERROR"]
    assert [line.level for line in filter_lines(lines, "WARNING")] == ["WARNING", "ERROR"]
    assert [line.message for line in filter_lines(lines, "DEBUG", "BADLY")] == ["failed badly"]


def test_class_names_from_selectors_and_metadata(qgis_app):
    from fusion_platform_qgis.qgis_support.layers import class_names

    assert class_names({}, [{"initial_values": ["Ground", "Shadow"]}]) == {0: "Ground", 1: "Shadow"}
    assert class_names({"metadata": {"CLASS_2": "Water"}, "category_names": {"0": "Land"}}) == {0: "Land", 2: "Water"}
    assert class_names({}, None, "Other service") == {}

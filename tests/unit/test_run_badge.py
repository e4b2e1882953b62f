"""A run's indicator in the Layers panel, decided from its executions (qgis_support/run_badge.py)."""

from __future__ import annotations

from fusion_platform_qgis.qgis_support.run_badge import badge_of, badge_tooltip, group_should_go


def test_no_execution_yet_is_queued():
    badge = badge_of([])
    assert badge.kind == "queued" and not badge.finished
    assert "Queued" in badge_tooltip(badge, "Elevation")


def test_running_carries_its_progress_and_start():
    badge = badge_of([{"progress": 40, "started_at": "2026-12-07T10:00:00Z"}])
    assert (badge.kind, badge.progress, badge.started_at) == ("running", 40, "2026-12-07T10:00:00Z")
    assert "40 %" in badge_tooltip(badge, "Elevation")


def test_a_group_runs_until_every_member_is_there():
    badge = badge_of([{"progress": 100, "success": True, "group_id": "g", "group_count": 2}])
    assert badge.kind == "running" and badge.progress == 50


def test_succeeded_failed_and_stopped():
    ok = badge_of([{"progress": 100, "success": True, "ended_at": "2026-12-07T10:05:00Z"}])
    assert ok.kind == "succeeded" and ok.ended_at
    failed = badge_of([{"progress": 100, "success": False, "abort_reason": "No scenes"}])
    assert failed.kind == "failed" and failed.reason == "No scenes"
    assert "No scenes" in badge_tooltip(failed, "Clouds")
    stopped = badge_of([{"progress": 100, "stopped": True}])
    assert stopped.kind == "stopped"


def test_only_an_empty_stopped_group_goes():
    stopped = badge_of([{"progress": 100, "stopped": True}])
    failed = badge_of([{"progress": 100, "success": False}])
    assert group_should_go(stopped, has_layers=False)
    assert not group_should_go(stopped, has_layers=True)
    assert not group_should_go(failed, has_layers=False)

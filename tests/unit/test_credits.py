"""The credit guard, spend sums and balance words (qgis_support/runs/credits.py): pure logic."""

from __future__ import annotations

from datetime import datetime, timezone

from fusion_platform_qgis.qgis_support.runs import credits

NOW = datetime(2026, 12, 7, tzinfo=timezone.utc)


def test_a_run_the_balance_cannot_pay_is_refused():
    verdict = credits.judge_run("120", "100", 0)
    assert verdict.kind == "refuse"
    assert "120" in credits.refusal_text(verdict) and "100" in credits.refusal_text(verdict)


def test_a_run_over_the_threshold_needs_a_confirmation_naming_the_price():
    verdict = credits.judge_run(60, 1000, 50)
    assert verdict.kind == "confirm" and verdict.after == 940
    text = credits.confirmation_text(verdict, "Elevation")
    assert "60" in text and "50" in text and "940" in text


def test_no_threshold_or_under_it_goes_and_price_and_balance_after_are_shown_together():
    assert credits.judge_run(60, 1000, None).kind == "go"
    assert credits.judge_run(60, 1000, 0).kind == "go"
    assert credits.judge_run(50, 1000, 50).kind == "go"  # "over N": N itself does not ask
    line = credits.price_line(credits.judge_run(12.5, 1000))
    assert line == "Price: 12.50 credits · balance after: 987.50 credits"


def test_an_unknown_price_or_balance_waits():
    assert credits.judge_run(None, 10).kind == "unknown"
    assert credits.judge_run(3, None).kind == "unknown"


def test_thresholds_are_per_organisation():
    stored = credits.with_organisation({}, "org-a", "A")
    stored["org-a"]["threshold"] = 25
    stored = credits.with_organisation(stored, "org-b", "B")
    stored = credits.with_organisation(stored, "org-a", "A renamed")
    assert credits.threshold_of(stored, "org-a") == 25
    assert stored["org-a"]["name"] == "A renamed"
    assert credits.threshold_of(stored, "org-b") is None
    assert credits.threshold_of(None, "org-a") is None


def test_monthly_spend_fills_gaps_and_ends_this_month():
    spend = [
        {"month": "2026-12-01T00:00:00+00:00", "credits": 10},
        {"month": "2026-10-01T00:00:00+00:00", "credits": "4.5"},
        {"month": "2025-01-01T00:00:00+00:00", "credits": 99},  # older than the window
    ]
    series = credits.monthly_spend(spend, NOW, months=4)
    assert series == [("2026-09", 0.0), ("2026-10", 4.5), ("2026-11", 0.0), ("2026-12", 10.0)]
    assert credits.monthly_spend([], NOW, months=13)[0][0] == "2025-12"


def test_runs_by_service_share_a_grouped_runs_price():
    processes = [
        {
            "id": "p1",
            "service_id": "s1",
            "price": 30,
            "executions": [
                {"group_id": "g", "group_count": 3, "started_at": "2026-12-02T10:00:00Z"},
                {"group_id": "g", "group_count": 3, "started_at": "2026-12-02T10:00:00Z"},
                {"group_id": "g", "group_count": 3, "started_at": "2026-12-02T10:00:00Z"},
            ],
        },
        {
            "id": "p2",
            "service_id": "s2",
            "price": 5,
            "executions": [
                {"started_at": "2026-12-03T10:00:00Z"},
                {"started_at": "2026-11-30T10:00:00Z"},  # last month: not counted
            ],
        },
    ]
    rows = credits.runs_by_service(processes, {"s1": "Clouds", "s2": "Elevation"}, NOW)
    assert rows == [("Clouds", 1, 30.0), ("Elevation", 1, 5.0)]  # a group of three members is one run


def test_balance_kinds_in_words():
    credit = {
        "any_credits": 100,
        "runtime_any_credits": 0,
        "cloud_storage_credits": 7,
        "runtime_ssds": [{"ssds": ["ssd-1"], "credits": 20}, {"ssds": ["ssd-2"], "credits": 0}],
    }
    lines = credits.balance_kinds(credit, {"ssd-1": "Elevation"})
    assert lines[0] == "100 credits usable for anything (runs, storage)"
    assert "7 credits only for keeping outputs in cloud storage" in lines
    assert "20 credits only for running Elevation" in lines
    assert len(lines) == 3


def test_sentences_take_the_callers_number_format():
    def grouped(value: float) -> str:
        return f"{value:,.0f}"

    kinds = credits.balance_kinds({"any_credits": 10000, "cloud_storage_credits": 2500}, {}, amount=grouped)
    assert kinds[0].startswith("10,000 credits") and kinds[1].startswith("2,500 credits")
    assert credits.balance_kinds({"any_credits": 10000})[0].startswith("10000 credits")  # plain without one
    line = credits.price_line(credits.judge_run(1200, 10000), amount=grouped)
    assert "1,200" in line and "8,800" in line


def test_balance_kinds_write_their_numbers_with_the_given_locale_formatter():
    credit = {"any_credits": 10000, "runtime_ssds": [{"ssds": ["ssd-1"], "credits": 2500}]}
    lines = credits.balance_kinds(credit, {"ssd-1": "Elevation"}, amount=lambda value: f"{value:,.0f}")
    assert lines == ["10,000 credits usable for anything (runs, storage)", "2,500 credits only for running Elevation"]

"""What an output layer tells about its run (qgis_support/run_facts.py)."""

from __future__ import annotations

from fusion_platform_qgis.qgis_support import python_snippet, run_facts

CONTEXT = {
    "price": 30,
    "ssd_id": "ssd-9",
    "organisation_id": "org-1",
    "organisation_name": "Sandbox Organisation",
    "run_type": "run_schedule",
    "inputs": [{"number": 1, "data_id": "d-1", "name": "Field 7"}],
}


def facts(**execution):
    return run_facts.build_facts(
        service="Elevation",
        process={"id": "p-1", "name": "Hills", "service_id": "svc"},
        execution={"id": "e-1", "started_at": "2026-12-07T10:00:00Z", **execution},
        options=[{"name": "resolution", "value": "30"}, {"name": "empty", "value": None}],
        context=CONTEXT,
        data_date="2026-12-01T00:00:00Z",
    )


def test_rows_name_region_price_organisation_and_data_date():
    rows = dict(run_facts.fact_rows(facts()))
    assert rows["Region"] == "Field 7 (d-1)"
    assert rows["Price charged"] == "30 credits"
    assert rows["Organisation"] == "Sandbox Organisation (org-1)"
    assert rows["Data date"] == "2026-12-01T00:00:00Z"
    assert rows["Options"] == "resolution=30"


def test_a_grouped_runs_member_is_charged_its_share():
    value = facts(group_id="g", group_count=3)
    assert value["price"] == 10.0
    assert "share of 30 credits for a group of 3" in dict(run_facts.fact_rows(value))["Price charged"]


def test_a_run_once_has_no_data_date():
    value = run_facts.build_facts(
        service="x", process={}, execution={}, options=[], context={"run_type": "run_once"}, data_date="2026"
    )
    assert value["data_date"] is None


def test_differences_list_options_and_region():
    a, b = facts(), facts()
    b["options"] = {"resolution": "10", "extra": "1"}
    b["region"] = [{"number": 1, "data_id": "d-2", "name": "Field 8"}]
    rows = run_facts.differences(a, b)
    assert ("Option resolution", "30", "10") in rows
    assert ("Option extra", "", "1") in rows
    assert ("Region", "Field 7 (d-1)", "Field 8 (d-2)") in rows
    assert run_facts.differences(a, facts()) == []


def test_links_round_trip_and_json():
    value = facts()
    urls = [url for _name, url in run_facts.links(value)]
    assert run_facts.parse_link(urls[0]) == ("execution", "e-1")
    assert run_facts.parse_link(urls[1]) == ("process", "p-1")
    assert run_facts.parse_link("https://example.com") is None
    assert run_facts.load_facts(run_facts.facts_json(value)) == value
    assert run_facts.load_facts("not json") == {}


def test_the_script_rerunning_it_is_the_editors_copy_as_python():
    text = python_snippet.process_snippet(api_url="http://x", email="me@x", **run_facts.snippet_arguments(facts()))
    assert "find_services(ssd_id='ssd-9')" in text
    assert "find_data(id='d-1')" in text
    assert "option_name='resolution', value='30'" in text
    compile(text, "snippet", "exec")

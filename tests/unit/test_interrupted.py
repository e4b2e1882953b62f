"""What a killed QGIS leaves unfinished (qgis_support/runs/interrupted.py): the journal and the states it decides."""

from __future__ import annotations

import json
import threading
from datetime import datetime, timedelta, timezone

from fusion_platform_qgis.qgis_support.runs import interrupted as fp

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=timezone.utc)


def journal(store: dict) -> fp.Journal:
    """A journal over a dict standing in for QgsSettings (values kept as JSON text, as the plugin keeps them)."""
    return fp.Journal(lambda: json.loads(store.get("v", "[]")), lambda v: store.__setitem__("v", json.dumps(v)), "id")


def test_journal_put_replace_drop_and_survives_a_new_reader():
    store: dict = {}
    first = journal(store)
    first.put({"id": "a", "n": 1})
    first.put({"id": "b", "n": 2})
    first.put({"id": "a", "n": 3})
    again = journal(store)  # the next session reads what the killed one wrote
    assert sorted((e["id"], e["n"]) for e in again.entries()) == [("a", 3), ("b", 2)]
    assert again.drop("a") == {"id": "a", "n": 3} and again.drop("a") is None
    assert [e["id"] for e in first.entries()] == ["b"]


def test_journal_ignores_broken_values():
    assert journal({"v": '{"not": "a list"}'}).entries() == []
    assert journal({"v": '[1, {"no_id": 1}, {"id": "x"}]'}).entries() == [{"id": "x"}]


def test_journal_changes_from_threads_are_not_lost():
    store: dict = {}
    shared = journal(store)
    threads = [threading.Thread(target=shared.put, args=({"id": str(n)},)) for n in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(shared.entries()) == 20


def test_upload_entry_holds_no_signed_query_and_no_token():
    entry = fp.upload_entry(
        "d1", "o1", "https://api.example.com/?token=SECRET", "Glasgow", "GeoTIFF", fp.file_source("/x.tif"), [("x", 5)]
    )
    assert "SECRET" not in json.dumps(entry) and entry["api_url"] == "https://api.example.com"
    assert entry["files"] == [{"name": "x", "size": 5}]


def analysed(**extra):
    return {"size": 10, "publishable": True, **extra}


def waiting(minutes: float):
    return {"updated_at": (NOW - timedelta(minutes=minutes)).isoformat()}


ENTRY = {"data_id": "d1", "source": {"kind": "file", "path": "/x"}}


def test_item_states():
    assert fp.item_state([analysed()], None, False, NOW) == fp.READY
    assert fp.item_state([analysed(), analysed(error=True)], None, False, NOW) == fp.FAILED
    assert fp.item_state([waiting(1)], ENTRY, True, NOW) == fp.UPLOADING  # this session sends it
    assert fp.item_state([waiting(1)], ENTRY, False, NOW) == fp.INTERRUPTED  # ours, and nobody sends it any more
    assert fp.item_state(None, ENTRY, False, NOW) == fp.INTERRUPTED
    # all bytes had been sent when QGIS died: the platform's analysis is what is awaited
    assert fp.item_state([waiting(1)], {**ENTRY, "sent": True}, False, NOW) == fp.ANALYSING
    # another tool's upload: analysing for a while, then incomplete rather than analysing forever
    assert fp.item_state([waiting(1)], None, False, NOW) == fp.ANALYSING
    assert fp.item_state([waiting(fp.STALE_SECONDS / 60 + 1)], None, False, NOW) == fp.INCOMPLETE
    assert fp.item_state([analysed(), waiting(60)], None, False, NOW) == fp.INCOMPLETE


def test_confirmed_when_every_file_is_analysed_or_failed():
    assert fp.confirmed([analysed(), {"error": True}])
    assert not fp.confirmed([analysed(), waiting(1)])


def test_same_upload_needs_the_same_source_name_organisation_and_connection():
    entry = fp.upload_entry("d", "o", "http://h", "N", "GeoJSON", fp.layer_source("L1", "Roads", True), [])
    assert fp.same_upload(entry, "o", "http://h/", fp.layer_source("L1", "Renamed", True), "N")
    assert not fp.same_upload(entry, "o", "http://h", fp.layer_source("L1", "Roads", False), "N")
    assert not fp.same_upload(entry, "o", "http://h", fp.layer_source("L2", "Roads", True), "N")
    assert not fp.same_upload(entry, "o", "http://h", fp.layer_source("L1", "Roads", True), "Other name")
    assert not fp.same_upload(entry, "o2", "http://h", fp.layer_source("L1", "Roads", True), "N")
    assert not fp.same_upload(entry, "o", "http://other", fp.layer_source("L1", "Roads", True), "N")
    assert not fp.same_upload(entry, "o", "http://h", None, "N")  # a drawn polygon has no source to compare
    files = fp.upload_entry("d", "o", "http://h", "N", "GeoTIFF", fp.file_source("/a.tif"), [])
    assert fp.same_upload(files, "o", "http://h", fp.file_source("/a.tif"), "N")
    assert not fp.same_upload(files, "o", "http://h", fp.file_source("/b.tif"), "N")


def test_resumable_only_from_a_file_or_layer_still_there():
    def there(path):
        return path in {"/a.tif", "L1"}

    assert fp.resumable({"source": fp.file_source("/a.tif")}, there, there)
    assert not fp.resumable({"source": fp.file_source("/gone.tif")}, there, there)
    assert fp.resumable({"source": fp.layer_source("L1", "x")}, there, there)
    assert not fp.resumable({"source": fp.layer_source("L9", "x")}, there, there)
    assert not fp.resumable({"source": {}}, there, there)


def test_loads_to_offer_only_listed_runs_of_this_organisation_and_connection():
    process = {"id": "p", "name": "Elevation"}
    mine = fp.load_entry("k1", "o", "http://h", process, [{"id": "e1"}])
    other_org = fp.load_entry("k2", "o2", "http://h", process, [{"id": "e2"}])
    not_listed = fp.load_entry("k3", "o", "http://h", process, [{"id": "e3"}])
    entries = [mine, other_org, not_listed]
    assert fp.loads_to_offer(entries, {"k1", "k2"}, "o", "http://h/") == [mine]
    assert fp.loads_to_offer(entries, {"k1"}, "o", "http://elsewhere") == []

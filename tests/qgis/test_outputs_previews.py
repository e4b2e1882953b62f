"""Previews before download: selecting a finished run in the Executions dock shows the platform's thumbnails of
its outputs, fetched through preview URLs only (the sandbox's request stats prove no output file was fetched),
cached under the download folder, and a click on a thumbnail offers "Load outputs"."""

from __future__ import annotations

from pathlib import Path

import pytest

from .outputs_helpers import WAIT, finished_process, outputs_state  # noqa: F401 - fixture "state"

pytestmark = pytest.mark.timeout(300)


def make_dock(qgis_iface, state):
    from fusion_platform_qgis.gui.executions import ExecutionsDock

    return ExecutionsDock(state)


@pytest.fixture
def docks(qgis_iface, state):
    made = []
    yield lambda: made.append(make_dock(qgis_iface, state)) or made[-1]
    for dock in made:
        dock.shutdown()
        dock.deleteLater()


def run_of(dock, qtbot, process_id):
    def find():
        return next((r for r in dock.runs.values() if str(r["process"].get("id")) == str(process_id)), None)

    dock.refresh()
    qtbot.waitUntil(lambda: find() is not None and not dock.listing.refresh_task, timeout=WAIT)
    return find()


def select_and_wait_for_previews(dock, qtbot, run):
    from fusion_platform_qgis.qgis_support.runs.records import run_key

    with qtbot.waitSignal(dock.previews_shown, timeout=WAIT) as shown:
        dock.ui.tree_executions.clearSelection()
        dock.select_run(run_key(run))
    assert shown.args[0] == run_key(run)


def requests_of(sandbox) -> dict:
    return sandbox.admin("GET", "stats")["requests"]


def output_fetches(stats: dict) -> int:
    """Requests for the output files themselves (GET or HEAD of /files/download/...)."""
    return sum(n for key, n in stats.items() if key.split(" ", 1)[-1].startswith("/files/download"))


def test_thumbnails_of_a_finished_run_without_downloading_its_outputs(
    qgis_iface, qgis_new_project, qtbot, docks, state, sandbox, tmp_path
):
    from qgis.PyQt.QtCore import Qt

    import fusion_platform_qgis.api as fusion_platform

    process = finished_process(
        state.organisation, "Previewed elevation", "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE
    )
    with_preview = [
        f for e in process.executions for c in e.components for o in c.outputs for f in o.files if f.preview_file_id
    ]
    assert with_preview  # the sandbox renders previews of its outputs
    dock = docks()
    run = run_of(dock, qtbot, process.id)
    sandbox.admin("DELETE", "stats")
    select_and_wait_for_previews(dock, qtbot, run)

    strip = dock.ui.list_previews
    assert strip.count() == len(with_preview)
    for row in range(strip.count()):
        pixmap = strip.item(row).icon().pixmap(96, 96)
        assert not pixmap.isNull() and max(pixmap.width(), pixmap.height()) <= 96
    assert {strip.item(r).text() for r in range(strip.count())} == {f.file_name for f in with_preview}

    stats = requests_of(sandbox)
    assert output_fetches(stats) == 0, stats  # nothing but previews was fetched
    assert stats.get("GET /files/preview/{file_id}") == len(with_preview), stats
    downloads = tmp_path / "downloads"
    cached = {p.name for p in (downloads / ".previews").glob("*.png")}
    assert cached == {f"{f.file_id}.png" for f in with_preview}
    assert [p.name for p in downloads.iterdir()] == [".previews"]  # no execution folder: no output downloaded

    # A click on a thumbnail offers "Load outputs", which downloads and loads them.
    item = strip.item(0)
    dock.show()
    qtbot.mouseClick(strip.viewport(), Qt.MouseButton.LeftButton, pos=strip.visualItemRect(item).center())
    qtbot.waitUntil(lambda: dock.previews.menu is not None, timeout=WAIT)
    actions = [a for a in dock.previews.menu.actions() if a.text() == "Load outputs"]
    assert len(actions) == 1 and actions[0].isEnabled()
    with qtbot.waitSignal(dock.outputs_loaded, timeout=WAIT) as loaded:
        actions[0].trigger()
    layers = loaded.args[0].layers
    assert layers and all(layer.isValid() for layer in layers)
    assert output_fetches(requests_of(sandbox)) >= 1
    # The strip's text follows: the outputs are on the map now.
    label = dock.ui.label_previews.text()
    assert "nothing downloaded" not in label and "on the map" in label, label


def test_previews_come_from_the_cache_after_a_restart(qgis_iface, qgis_new_project, qtbot, docks, state, sandbox):
    """A second dock (as after restarting QGIS) shows the same thumbnails without asking the platform again."""
    import fusion_platform_qgis.api as fusion_platform

    process = finished_process(state.organisation, "Cached previews", "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE)
    first = docks()
    select_and_wait_for_previews(first, qtbot, run_of(first, qtbot, process.id))
    shown = first.ui.list_previews.count()
    assert shown >= 1
    first.shutdown()

    second = docks()
    run = run_of(second, qtbot, process.id)
    sandbox.admin("DELETE", "stats")
    select_and_wait_for_previews(second, qtbot, run)
    assert second.ui.list_previews.count() == shown
    stats = requests_of(sandbox)
    assert not any("preview" in key or "download" in key or "/files" in key for key in stats), stats


def test_a_running_run_has_no_previews_yet(qgis_iface, qtbot, docks, state):
    """Before its executions succeed a run shows a hint, and no task is started for it."""
    dock = docks()
    run = {
        "process": {"id": "p", "name": "Running"},
        "group_id": None,
        "executions": [{"id": "e", "progress": 40, "success": None, "ended_at": None}],
    }
    dock.previews.show(run)
    assert dock.ui.list_previews.count() == 0
    assert dock.previews.task is None
    assert "finished" in dock.ui.label_previews.text()


def test_preview_cache_path_stays_inside_the_download_folder(tmp_path):
    from fusion_platform_qgis.qgis_support.outputs.previews import cached_preview_path

    path = cached_preview_path(str(tmp_path), "../../etc/passwd")
    assert Path(path).resolve().parent == (tmp_path / ".previews").resolve()


def test_a_group_shows_the_previews_of_its_slices(qgis_iface, qgis_new_project, qtbot, docks, state, sandbox):
    """One strip for the whole group: a thumbnail per previewable file of every member, captioned by slice."""
    import fusion_platform_qgis.api as fusion_platform

    process = finished_process(
        state.organisation, "Previewed clouds", "Cloud", fusion_platform.EXAMPLE_LAKE_DISTRICT_FILE
    )
    with_preview = [
        (e.group_index, f)
        for e in process.executions
        for c in e.components
        for o in c.outputs
        for f in o.files
        if f.preview_file_id
    ]
    dock = docks()
    run = run_of(dock, qtbot, process.id)
    assert run["group_id"] and len(run["executions"]) >= 3
    assert len({index for index, _ in with_preview}) >= 2  # the premise: several members have previews
    sandbox.admin("DELETE", "stats")
    select_and_wait_for_previews(dock, qtbot, run)
    strip = dock.ui.list_previews
    captions = sorted(strip.item(r).text() for r in range(strip.count()))
    assert captions == sorted(f"{f.file_name} #{index}" for index, f in with_preview)
    assert output_fetches(requests_of(sandbox)) == 0

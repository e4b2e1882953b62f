"""A repeating process's runs as a time series (qgis_support/outputs/time_series.py), against the sandbox.

The sandbox runs a schedule of three runs one second apart and stamps each run's rasters with the date the run
is for (DATA_DATE); "Load as time series" (Browser, on the process) loads them into one group whose layers have
distinct fixed temporal ranges covering the project's temporal extent.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone

import pytest
from qgis.core import Qgis, QgsProject

from .outputs_helpers import WAIT, executions_dock, outputs_state  # noqa: F401 - fixtures "state", "dock"
from .test_browser import make_root

pytestmark = pytest.mark.timeout(300)


@pytest.fixture
def repeating_process(state, qtbot):
    """An Elevation process scheduled three times, one second apart, with its three runs finished."""
    import fusion_platform_qgis.api as fusion_platform

    organisation = state.organisation
    region = organisation.create_data(
        name=f"Series region {uuid.uuid4().hex[:6]}",
        file_type=fusion_platform.FILE_TYPE_GEOJSON,
        files=[fusion_platform.EXAMPLE_GLASGOW_FILE],
        wait=True,
    )
    service, _ = organisation.find_services(keyword="Elevation")
    process = organisation.new_process(name=f"Repeating {uuid.uuid4().hex[:6]}", service=service)
    process.update(input_number=1, data=region)
    process.update(
        run_type="run_schedule",
        repeat_count=3,
        repeat_start=datetime.now(timezone.utc).isoformat(),
        repeat_gap=json.dumps({"seconds": 1}),
    )
    process.create()
    process.execute()

    def finished() -> bool:
        process.get()
        executions = [e.attributes for e in process.executions]
        return (
            process.attributes.get("process_status") == "stop"
            and len(executions) == 3
            and all(e.get("ended_at") for e in executions)
        )

    qtbot.waitUntil(finished, timeout=120_000)  # a hang guard: three scheduled runs
    assert all(e.attributes.get("success") for e in process.executions)
    return process


def test_three_runs_load_as_three_dated_layers_in_one_group(
    qgis_iface, qgis_new_project, qtbot, state, repeating_process
):
    from qgis.core import QgsRasterLayer, QgsTemporalUtils

    from fusion_platform_qgis.gui import browser
    from fusion_platform_qgis.qgis_support.outputs import time_series

    context, _provider, _root = make_root(state)
    model = dict(repeating_process.attributes)
    browser.load_time_series(context, str(state.organisation.id), model)
    qtbot.waitUntil(lambda: bool(context.loaded), timeout=WAIT)
    loader = context.loaded[0]
    assert isinstance(loader, time_series.SeriesLoader)
    assert len(loader.results) == 3

    stamped = sorted(time_series.data_date(result) for result in loader.results)
    assert len(set(stamped)) == 3  # each run is dated (DATA_DATE from the sandbox's schedule)
    assert all(
        any(
            "DATA_DATE" in ((f.get("raster") or {}).get("metadata") or {})
            for m in result["manifests"]
            for c in m["components"]
            for o in c["outputs"]
            for f in o["files"]
        )
        for result in loader.results
    )

    rasters = [
        layer for layer in loader.layers if isinstance(layer, QgsRasterLayer) and layer.temporalProperties().isActive()
    ]
    ranges = sorted({loader.ranges[layer.id()] for layer in rasters})
    assert len(ranges) == 3  # three runs, three distinct temporal ranges
    for (start, end), (next_start, _next_end) in zip(ranges, ranges[1:]):
        assert start < end <= next_start
    for layer in rasters:
        properties = layer.temporalProperties()
        assert properties.mode() == Qgis.RasterTemporalMode.FixedTemporalRange
        start, _end = loader.ranges[layer.id()]
        assert properties.fixedTemporalRange().begin().toMSecsSinceEpoch() == int(start.timestamp() * 1000)

    group = loader.group
    root = QgsProject.instance().layerTreeRoot()
    assert [child.name() for child in root.children()].count(group.name()) == 1
    assert all(group.findLayer(layer.id()) is not None for layer in loader.layers)
    assert len(group.children()) == 3  # one sub-group per run, nothing left at the root
    extent = QgsTemporalUtils.calculateTemporalRangeForProject(QgsProject.instance())
    assert extent.begin().toMSecsSinceEpoch() <= int(ranges[0][0].timestamp() * 1000)
    assert extent.end().toMSecsSinceEpoch() >= int(ranges[-1][1].timestamp() * 1000)


def test_temporal_ranges_follow_the_dates():
    from datetime import timedelta

    from fusion_platform_qgis.qgis_support.outputs.time_series import temporal_ranges

    day = datetime(2026, 1, 1, tzinfo=timezone.utc)
    dates = [day + timedelta(days=2), day, day + timedelta(days=1)]
    assert temporal_ranges(dates) == [
        (day, day + timedelta(days=1)),
        (day + timedelta(days=1), day + timedelta(days=2)),
        (day + timedelta(days=2), day + timedelta(days=3)),
    ]
    assert temporal_ranges([day]) == [(day, day + timedelta(days=1))]


def test_a_new_run_of_a_watched_series_joins_its_group(qgis_iface, qgis_new_project, qtbot, state, repeating_process):
    """The series is loaded with two runs; the third finishing (the monitor's ``run_ended``) joins it."""
    from qgis.core import QgsRasterLayer
    from qgis.PyQt.QtCore import QObject, pyqtSignal

    from fusion_platform_qgis.gui.browser import BrowserIntegration
    from fusion_platform_qgis.qgis_support.outputs import time_series
    from fusion_platform_qgis.qgis_support.session import settings

    class Monitor(QObject):
        run_ended = pyqtSignal(dict)

    executions = sorted((e.attributes for e in repeating_process.executions), key=lambda e: str(e["started_at"]))
    model = {k: repeating_process.attributes.get(k) for k in ("id", "name", "service_id")}
    org = str(state.organisation.id)
    folder = settings.load_preferences().download_folder
    results = time_series.download_series(state.user.session, org, model, executions[:2], folder)
    integration = BrowserIntegration(state)
    monitor = Monitor()
    integration.register()
    integration.watch(monitor.run_ended)
    try:
        loader = time_series.SeriesLoader(model, results, QgsProject.instance(), interactive=True)
        loader.organisation_id = org
        loader.load()
        integration.context.loaded.append(loader)
        assert len(loader.group.children()) == 2
        monitor.run_ended.emit(
            {
                "process_id": model["id"],
                "process_name": model["name"],
                "group_id": None,
                "organisation_id": org,
                "executions": [executions[2]],
            }
        )
        qtbot.waitUntil(lambda: len(loader.group.children()) == 3 and not integration.context.tasks, timeout=WAIT)
        rasters = [
            layer for layer in loader.layers if isinstance(layer, QgsRasterLayer) and layer.id() in loader.ranges
        ]
        ranges = sorted({loader.ranges[layer.id()] for layer in rasters})
        assert len(ranges) == 3
        for (start, end), (next_start, _end) in zip(ranges, ranges[1:]):
            assert start < end == next_start  # the previous last run now ends where the new one starts
        monitor.run_ended.emit({"process_id": model["id"], "organisation_id": org, "executions": [executions[2]]})
        assert not integration.context.tasks  # the same run again: nothing to do
    finally:
        integration.unregister()


def test_executions_dock_loads_a_repeating_process_as_a_time_series(
    qgis_iface, qgis_new_project, qtbot, state, repeating_process, dock
):
    """The Executions dock's "Load as time series" on a run of the repeating process: its three runs, dated, in
    one group (the Browser's code, qgis_support/outputs/time_series.py)."""
    from qgis.core import QgsRasterLayer

    from fusion_platform_qgis.qgis_support.outputs import time_series
    from fusion_platform_qgis.qgis_support.runs.status import run_status

    process_id = str(repeating_process.id)
    runs = lambda: [r for r in dock.runs.values() if str(r["process"].get("id")) == process_id]  # noqa: E731
    dock.refresh()
    qtbot.waitUntil(
        lambda: len(runs()) == 3 and all(run_status(r["executions"]) == "success" for r in runs()), timeout=WAIT
    )
    from fusion_platform_qgis.qgis_support.runs.records import run_key

    dock.select_run(run_key(runs()[0]))
    assert dock.ui.button_load_series.isEnabled()
    dock.ui.button_load_series.click()
    qtbot.waitUntil(lambda: dock.series_context is not None and bool(dock.series_context.loaded), timeout=WAIT)
    loader = dock.series_context.loaded[-1]
    assert isinstance(loader, time_series.SeriesLoader)
    assert len(loader.results) == 3
    rasters = [layer for layer in loader.layers if isinstance(layer, QgsRasterLayer) and layer.id() in loader.ranges]
    ranges = sorted({loader.ranges[layer.id()] for layer in rasters})
    assert len(ranges) == 3
    assert len(loader.group.children()) == 3
    assert QgsProject.instance().layerTreeRoot().children()[0] is loader.group


def test_executions_dock_offers_no_time_series_for_a_run_once_process(qgis_iface, qgis_new_project, qtbot, state, dock):
    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.qgis_support.runs.records import run_key
    from fusion_platform_qgis.qgis_support.runs.status import run_status

    from .outputs_helpers import finished_process

    process = finished_process(
        state.organisation, f"Once {uuid.uuid4().hex[:6]}", "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE
    )
    runs = lambda: [r for r in dock.runs.values() if str(r["process"].get("id")) == str(process.id)]  # noqa: E731
    dock.refresh()
    qtbot.waitUntil(lambda: len(runs()) == 1 and run_status(runs()[0]["executions"]) == "success", timeout=WAIT)
    dock.select_run(run_key(runs()[0]))
    assert dock.ui.button_load_outputs.isEnabled()
    assert not dock.ui.button_load_series.isEnabled()

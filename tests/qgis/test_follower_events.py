"""The pipeline's follower and loader, on their own (no dock): the public events every door builds on.

A run handed over through ``PluginState.run_started`` is found and followed (``run_started``, ``run_progress``,
``run_ended``), then loaded once by ``OutputsLoader`` (``outputs_loaded``; a second load only shows the group).
A process that never runs is given up (``run_lost``)."""

from __future__ import annotations

import pytest

WAIT = 120_000


@pytest.fixture
def follower(connected_state, tmp_path):
    from fusion_platform_qgis.qgis_support.pipeline import ExecutionMonitor
    from fusion_platform_qgis.qgis_support.session import settings

    settings.clear_all()
    settings.save_preferences(settings.Preferences(poll_interval_seconds=0.2, download_folder=str(tmp_path)))
    monitor = ExecutionMonitor(connected_state, None, 0.2, persist=False)
    yield monitor
    monitor.stop()
    monitor.deleteLater()
    settings.clear_all()


def elevation_process(state, name: str):
    import fusion_platform_qgis.api as fp

    organisation = state.organisation
    region = organisation.create_data(
        name=f"{name} region", file_type=fp.FILE_TYPE_GEOJSON, files=[fp.EXAMPLE_GLASGOW_FILE], wait=True
    )
    service, _ = organisation.find_services(keyword="Elevation")
    process = organisation.new_process(name=name, service=service)
    process.update(input_number=1, data=region)
    process.update(option_name="resolution", value=100.0)
    process.create()
    return process


def test_a_handed_over_run_is_followed_and_loaded_once(qgis_iface, qgis_new_project, qtbot, connected_state, follower):
    from fusion_platform_qgis.qgis_support.pipeline import OutputsLoader, announce_run, loaded_group

    process = elevation_process(connected_state, "Followed on its own")
    started, progress, ended = [], [], []
    follower.run_started.connect(started.append)
    follower.run_progress.connect(progress.append)
    follower.run_ended.connect(ended.append)
    process.execute()
    announce_run(connected_state, process)
    qtbot.waitUntil(lambda: bool(ended), timeout=WAIT)
    assert [str(run["process"]["id"]) for run in started] == [str(process.id)]
    assert all(str(e["process_id"]) == str(process.id) for e in progress)
    info = ended[0]
    assert str(info["process_id"]) == str(process.id) and info["executions"]
    assert not follower.units and not follower.timer.isActive()  # nothing left to follow: no polling

    loader = OutputsLoader(connected_state)
    run = {
        "process": {"id": str(process.id), "name": ""},
        "group_id": info["group_id"],
        "executions": info["executions"],
    }
    try:
        with qtbot.waitSignal(loader.outputs_loaded, timeout=WAIT) as loaded:
            loader.load(run, connected_state.organisation.id, connected_state.user.session)
        assert loaded.args[0].layers and loaded.args[0].run["process"]["name"] == "Followed on its own"
        assert loaded_group(info["executions"]) is loaded.args[0].group
        with qtbot.waitSignal(loader.outputs_shown, timeout=WAIT) as shown:
            assert loader.load(run, connected_state.organisation.id, connected_state.user.session) is None
        assert shown.args[0] is loaded.args[0].group and len(loader.loaders) == 1
    finally:
        loader.stop()


def test_a_run_never_listed_is_given_up(qgis_app, qtbot, connected_state, follower):
    process = elevation_process(connected_state, "Never executed")
    with qtbot.waitSignal(follower.run_lost, timeout=WAIT) as lost:
        follower.follow_process({"id": str(process.id), "name": process.name}, looks=2)
    assert lost.args[0]["process_id"] == str(process.id) and lost.args[0]["reason"]

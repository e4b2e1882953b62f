"""Shared pieces of the outputs tests: a connected state with fast polling and a throw-away download folder,
a finished process made through the client, and an Executions dock that is shut down afterwards."""

from __future__ import annotations

import pytest

WAIT = 60_000  # ms; a hang guard, not a timed assertion


@pytest.fixture(name="state")
def outputs_state(connected_state, tmp_path):
    from fusion_platform_qgis.qgis_support.session import settings
    from fusion_platform_qgis.qgis_support.session.settings import Preferences

    connected_state.user.session.options["api_update_wait_period"] = 0.2
    settings.clear_all()
    settings.save_preferences(
        Preferences(
            poll_interval_seconds=1, download_folder=str(tmp_path / "downloads"), load_outputs_automatically=False
        )
    )
    yield connected_state
    settings.clear_all()


@pytest.fixture(name="dock")
def executions_dock(qgis_iface, state):
    from fusion_platform_qgis.gui.executions import ExecutionsDock

    dock = ExecutionsDock(state)
    yield dock
    dock.shutdown()
    dock.deleteLater()


def finished_process(organisation, name: str, keyword: str, region: str):
    """Upload ``region``, run the first service found by ``keyword`` on it and wait until it has finished."""
    import fusion_platform_qgis.api as fusion_platform

    data = organisation.create_data(
        name=f"{name} region", file_type=fusion_platform.FILE_TYPE_GEOJSON, files=[region], wait=True
    )
    service, _ = organisation.find_services(keyword=keyword)
    process = organisation.new_process(name=name, service=service)
    process.update(input_number=1, data=data)
    process.create()
    process.execute(wait=True)
    return process

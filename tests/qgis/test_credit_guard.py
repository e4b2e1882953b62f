"""The credit guard at the Execute doors: over the organisation's threshold a run needs a Yes naming its price, a run
the balance cannot pay never reaches the platform (the Processes dock and Processing; the editor in
test_process_editor.py and the real-window tier)."""

from __future__ import annotations

import time

import pytest

from . import test_process_dock_and_python as processes_dock
from .test_process_dock_and_python import make_process, wait_listed

dock = processes_dock.dock  # the fixtures of the Processes dock's tests
region_data = processes_dock.region_data

TIMEOUT = 60000


@pytest.fixture
def threshold(connected_state):
    from fusion_platform_qgis.qgis_support import credit_guard

    org_id = str(connected_state.organisation.id)
    before = credit_guard.load_thresholds()

    def set_to(value: float) -> None:
        stored = credit_guard.load_thresholds()
        stored[org_id] = {"name": "Sandbox", "threshold": value}
        credit_guard.save_thresholds(stored)

    yield set_to
    credit_guard.save_thresholds(before)


def executions_of(process) -> list:
    process.get()
    return list(process.executions)


def test_over_the_threshold_the_processes_dock_asks_first(
    dock,
    qtbot,
    connected_state,
    region_data,
    threshold,
    monkeypatch,
):
    from fusion_platform_qgis.gui import credit_prompt

    name = f"Guarded {time.time():.3f}"
    process = make_process(connected_state, region_data, name)
    threshold(float(process.price) / 2)
    asked = []
    monkeypatch.setattr(credit_prompt, "ask_yes_no", lambda parent, text, default_no=False: asked.append(text) or False)
    wait_listed(qtbot, dock, name)
    dock.execute_selected()
    qtbot.waitUntil(lambda: bool(asked), timeout=TIMEOUT)
    assert f"{float(process.price):.2f}".rstrip("0").rstrip(".") in asked[0]  # the question names the price
    assert "was not executed" in dock.ui.label_status.text()
    assert executions_of(process) == []  # "No": nothing reached the platform

    monkeypatch.setattr(credit_prompt, "ask_yes_no", lambda parent, text, default_no=False: True)
    with qtbot.waitSignal(connected_state.run_started, timeout=TIMEOUT):
        dock.execute_selected()
    process.stop()


def test_a_run_the_balance_cannot_pay_is_refused_before_the_platform(
    dock,
    qtbot,
    connected_state,
    region_data,
    sandbox,
    monkeypatch,
):
    from qgis.PyQt.QtWidgets import QMessageBox

    name = f"Unpaid {time.time():.3f}"
    process = make_process(connected_state, region_data, name)
    org_id = str(connected_state.organisation.id)
    balance = float(connected_state.organisation.credit.any_credits)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *args: warned.append(text))
    sandbox.admin("POST", "credits", {"organisation_id": org_id, "credits": float(process.price) / 2})
    try:
        wait_listed(qtbot, dock, name)
        dock.execute_selected()
        qtbot.waitUntil(lambda: bool(warned), timeout=TIMEOUT)
        assert "Not enough credits" in warned[0] and "nothing was sent to the platform" in warned[0]
        assert executions_of(process) == []
    finally:
        sandbox.admin("POST", "credits", {"organisation_id": org_id, "credits": balance})


def test_processing_refuses_a_run_over_the_threshold_and_leaves_nothing(
    qgis_processing, connected_state, qtbot, threshold, tmp_path
):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer

    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.processing_provider import definitions
    from fusion_platform_qgis.processing_provider.provider import FusionPlatformProvider

    definitions.save_cached([])
    provider = FusionPlatformProvider(connected_state)
    connected_state.set_organisation(connected_state.organisation)
    qtbot.waitUntil(lambda: provider._task is not None and provider._task.done, timeout=TIMEOUT)
    provider.refreshAlgorithms()
    threshold(0.01)
    organisation = connected_state.organisation
    before = {str(p.id) for p in organisation.processes}
    try:
        algorithm = provider.algorithm("elevation_sandbox").create()
        region = QgsVectorLayer(fusion_platform.EXAMPLE_GLASGOW_FILE, "glasgow", "ogr")
        feedback = QgsProcessingFeedback()
        _results, ok = algorithm.run(
            {"INPUT_1": region, "resolution": 100, "OUTPUT_FOLDER": str(tmp_path)}, QgsProcessingContext(), feedback
        )
        assert not ok
        assert "more than the 0.01 credits" in feedback.textLog(), feedback.textLog()
        assert {str(p.id) for p in organisation.processes} == before  # the process it created is gone again
    finally:
        provider.detach()


def test_the_options_page_sets_each_organisations_threshold(qgis_iface, connected_state, threshold):
    from fusion_platform_qgis.gui.options_page import OptionsPage
    from fusion_platform_qgis.qgis_support import credit_guard

    organisation = connected_state.organisation
    connected_state.set_organisation(organisation)  # picked: remembered by name for the Options page
    page = OptionsPage()
    try:
        box = page.credit_thresholds
        row = box.ids.index(str(organisation.id))
        assert box.table.item(row, 0).text() == organisation.name
        box.spin(str(organisation.id)).setValue(123)
        page.apply()
        assert credit_guard.threshold_for(organisation.id) == 123
    finally:
        page.deleteLater()

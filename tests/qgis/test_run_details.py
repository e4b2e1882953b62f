"""Every output explains itself (metadata: region, price, organisation, links), "Run details…" copies it as the
Python that re-runs it (the editor's "Copy as Python" code) or as JSON, "Compare with…" lists what differs; and the
Account dock's spending box (monthly chart, this month's runs by service, balance kinds in words)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .outputs_helpers import WAIT, executions_dock, finished_process, outputs_state  # noqa: F401 - fixtures "dock", "state"
from .test_outputs_loading import load, run_of

pytestmark = pytest.mark.timeout(300)


def elevation(state, name: str, resolution: str):
    import fusion_platform_qgis.api as fusion_platform

    organisation = state.organisation
    data = organisation.create_data(
        name=f"{name} region",
        file_type=fusion_platform.FILE_TYPE_GEOJSON,
        files=[fusion_platform.EXAMPLE_GLASGOW_FILE],
        wait=True,
    )
    service, _ = organisation.find_services(keyword="Elevation")
    process = organisation.new_process(name=name, service=service)
    process.update(input_number=1, data=data)
    process.update(option_name="resolution", value=resolution, coerce_value=True)
    process.create()
    process.execute(wait=True)
    return process, data


def test_an_output_tells_what_made_it_and_how_to_make_it_again(
    qgis_iface, qgis_new_project, qtbot, dock, state, sandbox, tmp_path
):
    from fusion_platform_qgis.gui.run_details import CompareDialog, RunDetailsDialog
    from fusion_platform_qgis.qgis_support.outputs.provenance import layer_facts

    first, data = elevation(state, "Explained elevation", "100")
    second, _data = elevation(state, "Compared elevation", "50")
    layer = load(dock, qtbot, run_of(dock, qtbot, first.id)).layers[0]
    other = load(dock, qtbot, run_of(dock, qtbot, second.id)).layers[0]

    abstract = layer.metadata().abstract()
    assert f"Region: {data.name} ({data.id})" in abstract
    assert f"Price charged: {float(first.price):g} credits" in abstract.replace(".00 credits", " credits")
    assert "Organisation: Sandbox Organisation" in abstract
    urls = [link.url for link in layer.metadata().links()]
    assert any(url.startswith("fusion-platform://execution/") for url in urls)

    details = RunDetailsDialog(state, layer)
    qtbot.addWidget(details)
    assert "Sandbox Organisation" in details.text.toPlainText()
    assert '"price"' in details.copy_json()
    script = details.copy_python()
    assert f"find_data(id={str(data.id)!r})" in script and "option_name='resolution', value='100" in script
    assert sandbox.password not in script  # read from the environment, never written in the script
    # The script runs: it makes and prices the same process again through the SDK's interface (not executed here).
    path = tmp_path / "again.py"
    path.write_text(script.replace("process.execute()", "pass"))
    from fusion_platform_qgis.qgis_support.words.python_snippet import PASSWORD_VARIABLE

    plugin_parent = str(__import__("pathlib").Path(__import__("fusion_platform_qgis").__file__).parent.parent)
    result = subprocess.run(
        [sys.executable, str(path)],
        env={PASSWORD_VARIABLE: sandbox.password, "PYTHONPATH": plugin_parent},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0 and "price" in result.stdout, result.stderr[-2000:]

    compare = CompareDialog(layer)
    qtbot.addWidget(compare)
    compare.combo.setCurrentIndex(compare.combo.findData(other.id()))
    rows = compare.compare()
    assert [row[0] for row in rows] == ["Option resolution", "Region"], rows  # two uploads: two data items
    assert layer_facts(other)["process_name"] == "Compared elevation"


def test_the_account_dock_shows_what_was_spent(qgis_iface, qtbot, connected_state):
    from fusion_platform_qgis.gui.account_dock import AccountDock

    dock = AccountDock(connected_state)
    qtbot.addWidget(dock)
    try:
        credit = connected_state.organisation.credit
        dock._show_credit(credit)
        spend = dock.spend
        assert len(spend.chart.series) == 12
        assert sum(value for _month, value in spend.chart.series[:-1]) > 0  # the history the platform keeps
        assert "usable for anything" in spend.label_kinds.text()
        assert "only for keeping outputs in cloud storage" in spend.label_kinds.text()
        qtbot.waitUntil(lambda: "This month:" in spend.label_month.text(), timeout=WAIT)
    finally:
        dock.shutdown()

"""Services dock against the sandbox: listing, search, grouping, safe documentation, and the "done when" flows:
find a service, open the editor, bind a region layer, read the price, execute (elevation; cloud classification
with dates and an e-mail dispatcher)."""

from __future__ import annotations

import time
from datetime import datetime, timezone

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer

TIMEOUT = 60000


def region_layer(name: str = "Glasgow region") -> QgsVectorLayer:
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", name, "memory")
    feature = QgsFeature()
    feature.setGeometry(
        QgsGeometry.fromWkt("POLYGON((-4.30 55.84, -4.22 55.84, -4.22 55.88, -4.30 55.88, -4.30 55.84))")
    )
    layer.dataProvider().addFeatures([feature])
    layer.updateExtents()
    QgsProject.instance().addMapLayer(layer)
    return layer


@pytest.fixture
def dock(qgis_iface, connected_state, qtbot):
    from fusion_platform_qgis.gui.services_dock import ServicesDock

    widget = ServicesDock(connected_state)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: len(widget.services) > 0, timeout=TIMEOUT)
    yield widget
    widget.shutdown()


def wait_loaded(qtbot, editor):
    qtbot.waitUntil(lambda: editor.process is not None and not editor.busy, timeout=TIMEOUT)


def wait_created(qtbot, editor):
    qtbot.waitUntil(lambda: not editor.busy, timeout=TIMEOUT)
    assert editor.snapshot.get("persisted"), editor.ui.label_status.text()
    qtbot.waitUntil(lambda: editor.balance() is not None, timeout=TIMEOUT)


def wait_execution_finished(qtbot, process):
    def finished():
        execution = next(iter(process.executions), None)
        return execution is not None and int(execution.progress or 0) >= 100

    qtbot.waitUntil(finished, timeout=120000)
    execution = next(iter(process.executions))
    assert execution.success, execution.abort_reason
    return execution


def test_lists_groups_and_searches_services(dock):
    names = {s.name for s in dock.services}
    assert {"Elevation (Sandbox)", "Demo: Sentinel-2 Cloud Classification"} <= names
    groups = {dock.ui.tree_services.topLevelItem(i).text(0) for i in range(dock.ui.tree_services.topLevelItemCount())}
    assert {"Elevation", "Classification"} <= groups
    dock.ui.combo_group.setCurrentIndex(1)  # by keyword
    groups = {dock.ui.tree_services.topLevelItem(i).text(0) for i in range(dock.ui.tree_services.topLevelItemCount())}
    assert {"DEM", "Cloud"} <= groups
    dock.ui.line_search.setText("cloud")
    assert {item.text(0) for item in dock.service_items()} == {"Demo: Sentinel-2 Cloud Classification"}
    dock.ui.line_search.setText("synthetic relief")  # words from the documentation text
    assert {item.text(0) for item in dock.service_items()} == {"Elevation (Sandbox)"}
    dock.ui.line_search.setText("no such service anywhere")
    assert dock.service_items() == []


def test_details_show_inputs_options_and_price_basis(dock, qtbot):
    assert dock.select_service("Elevation (Sandbox)")
    assert dock.ui.button_new_process.isEnabled()
    qtbot.waitUntil(lambda: dock.templates.get(str(dock.selected_service().id)) is not None, timeout=TIMEOUT)
    text = dock.browser_details.toPlainText()
    assert "Region (GeoJSON)" in text, text
    assert "Resolution" in text and "from 10 to 1000" in text and "default 30" in text
    assert "one of: Metres, Feet; default Metres;" in text  # the choice's name, not its wire value "metres"
    # Words a GIS user reads, not the API's type names or the charge formula.
    assert "Resolution resolution: number;" in text and "numeric" not in text and "constrained" not in text
    assert "1 credit per run plus 0.01 credits per km² of the region." in text and "area_km2" not in text
    assert "Sandbox service." in text  # Markdown bold rendered as text, not asterisks
    assert "**" not in text


def test_documentation_is_rendered_safely():
    from fusion_platform_qgis.gui.markdown import SafeTextBrowser, markdown_to_html

    hostile = (
        '<script>alert(1)</script> **bold** <img src="http://evil.example/x.png"> '
        "[ok](https://example.com) [bad](javascript:alert(1))\n\n- one\n- two"
    )
    html = markdown_to_html(hostile)
    assert "<script" not in html and "<img" not in html and "javascript:" not in html
    assert "&lt;script&gt;" in html and "<b>bold</b>" in html
    assert '<a href="https://example.com">ok</a>' in html
    assert "<ul><li>one</li><li>two</li></ul>" in html
    browser = SafeTextBrowser()
    assert browser.loadResource(2, "http://evil.example/x.png") is None
    assert not browser.openLinks() and not browser.openExternalLinks()


def test_done_when_elevation(dock, qtbot, connected_state):
    layer = region_layer()
    dock.ui.line_search.setText("elevation")
    assert dock.select_service("Elevation (Sandbox)")
    editor = dock.new_process()
    qtbot.addWidget(editor)
    wait_loaded(qtbot, editor)
    assert not editor.ui.button_execute.isEnabled()
    assert "Create the process first" in editor.ui.button_execute.toolTip()
    editor.inputs[1].set_layer(layer)
    editor.ui.line_name.setText(f"Elevation done-when {time.time():.0f}")
    with qtbot.waitSignal(connected_state.processes_changed, timeout=TIMEOUT):
        editor.create_or_save()
    wait_created(qtbot, editor)
    price = editor.price()
    assert price is not None and price > 0
    assert f"{price:.2f}" in editor.ui.label_price.text()
    assert "Balance" in editor.ui.label_balance.text()
    assert editor.ui.button_execute.isEnabled(), editor.ui.button_execute.toolTip()
    with qtbot.waitSignals([connected_state.executions_changed, connected_state.processes_changed], timeout=TIMEOUT):
        editor.execute()
    wait_execution_finished(qtbot, editor.process)
    editor.close()
    QgsProject.instance().removeMapLayer(layer.id())


def test_done_when_cloud_classification_with_dates_and_email(dock, qtbot, connected_state, sandbox):
    layer = region_layer("Cloud region")
    dock.ui.line_search.setText("sentinel")
    assert dock.select_service("Demo: Sentinel-2 Cloud Classification")
    editor = dock.new_process()
    qtbot.addWidget(editor)
    wait_loaded(qtbot, editor)
    form = editor.options_form
    assert not form.editor("start_date").isEnabled()  # latest_date=true excludes the dates
    form.editor("latest_date").widget.setChecked(False)
    assert form.editor("start_date").isEnabled()
    form.editor("start_date").check_set.setChecked(True)
    form.editor("start_date").set_datetime(datetime(2021, 3, 27, tzinfo=timezone.utc))
    form.editor("end_date").check_set.setChecked(True)
    form.editor("end_date").set_datetime(datetime(2021, 4, 5, tzinfo=timezone.utc))
    editor.inputs[1].set_layer(layer)
    name = f"Cloud done-when {time.time():.0f}"
    editor.ui.line_name.setText(name)
    email = editor.dispatcher_editor.panel("Email")
    email.setChecked(True)
    email.form.editor("emails").set_value_text(sandbox.email)
    email.form.editor("message").set_value_text("Clouds are ready")
    outbox = sandbox.data_dir / "outbox"
    before = set(outbox.glob("*.eml")) if outbox.exists() else set()
    editor.create_or_save()
    wait_created(qtbot, editor)
    assert editor.price() > 0
    options = {o.name: o.raw_value for o in editor.process.options}
    assert options["latest_date"] == "false"
    assert options["start_date"] == "2021-03-27T00:00:00"
    assert options["end_date"] == "2021-04-05T00:00:00"
    editor.execute()
    qtbot.waitUntil(lambda: editor.snapshot.get("status") == "execute", timeout=TIMEOUT)
    wait_execution_finished(qtbot, editor.process)
    qtbot.waitUntil(lambda: outbox.exists() and bool(set(outbox.glob("*.eml")) - before), timeout=TIMEOUT)
    message = (set(outbox.glob("*.eml")) - before).pop().read_text(errors="replace")
    assert "Clouds are ready" in message and name in message
    editor.close()
    QgsProject.instance().removeMapLayer(layer.id())

"""Process editor against the sandbox: generated editors per data type, values round-tripping through create and
reload, field errors from the client and from the server, the credits gate, inputs from layers and existing data,
schedules, dispatchers (e-mail, S3, a false condition), presets with secrets in the auth DB, and the screenshot."""

from __future__ import annotations

import json
import os
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer

TIMEOUT = 60000
ROOT = Path(__file__).resolve().parents[2]
REGION = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "properties": {},
            "geometry": {
                "type": "Polygon",
                "coordinates": [[[-4.30, 55.84], [-4.22, 55.84], [-4.22, 55.88], [-4.30, 55.88], [-4.30, 55.84]]],
            },
        }
    ],
}
EVERY_TYPE = [
    {
        "ssd_id": "s",
        "name": "count",
        "data_type": "numeric",
        "required": True,
        "validation": "min=10;max=1000",
        "value": "30",
        "title": "Count",
        "description": "How many",
    },
    {
        "ssd_id": "s",
        "name": "budget",
        "data_type": "currency",
        "required": False,
        "validation": "min=0",
        "title": "Budget",
        "description": "Most credits to spend",
    },
    {"ssd_id": "s", "name": "flag", "data_type": "boolean", "required": True, "value": "true", "title": "Flag"},
    {
        "ssd_id": "s",
        "name": "when",
        "data_type": "datetime",
        "required": False,
        "validation": "format=%Y-%m-%dT%H:%M:%S;min=2015-06-23T00:00:00",
        "title": "When",
    },
    {
        "ssd_id": "s",
        "name": "text",
        "data_type": "string",
        "required": False,
        "validation": "max_length=5",
        "title": "Text",
    },
    {
        "ssd_id": "s",
        "name": "units",
        "data_type": "constrained",
        "required": True,
        "validation": "values=metres,feet;names=Metres,Feet",
        "value": "metres",
        "title": "Units",
    },
]


def region_layer(name: str = "Editor region") -> QgsVectorLayer:
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", name, "memory")
    feature = QgsFeature()
    feature.setGeometry(
        QgsGeometry.fromWkt("POLYGON((-4.30 55.84, -4.22 55.84, -4.22 55.88, -4.30 55.88, -4.30 55.84))")
    )
    layer.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(layer)
    return layer


@pytest.fixture(scope="module")
def region_data(sandbox, tmp_path_factory):
    """An existing, analysed GeoJSON data item (made through the client, as a script would)."""
    import fusion_platform_qgis.api as fusion_platform

    path = tmp_path_factory.mktemp("region") / "region.geojson"
    path.write_text(json.dumps(REGION))
    user = fusion_platform.login(email=sandbox.email, password=sandbox.password, api_url=sandbox.url)
    organisation = next(user.organisations)
    return organisation.create_data(f"Editor region {time.time():.0f}", "GeoJSON", [str(path)], wait=True)


def service(state, name):
    found, _ = state.organisation.find_services(name=name)
    assert found is not None, name
    return found


@pytest.fixture
def open_editor(qgis_iface, connected_state, qtbot, qgis_new_project):
    from fusion_platform_qgis.gui.process_editor import ProcessEditor

    editors = []

    def make(service_name):
        editor = ProcessEditor(connected_state)
        qtbot.addWidget(editor)
        editor.open_service(service(connected_state, service_name))
        qtbot.waitUntil(lambda: editor.process is not None and not editor.busy, timeout=TIMEOUT)
        editor.ui.line_name.setText(f"{service_name} test {time.time():.3f}")
        editors.append(editor)
        return editor

    yield make
    for editor in editors:
        editor.close()


def bind_data(editor, data, qtbot):
    qtbot.waitUntil(lambda: editor.inputs[1].combo_data.findData(str(data.id)) >= 0, timeout=TIMEOUT)
    editor.inputs[1].set_data(str(data.id))


def create(editor, qtbot):
    editor.create_or_save()
    qtbot.waitUntil(lambda: not editor.busy, timeout=TIMEOUT)


def wait_finished(qtbot, process, count=1):
    def done():
        executions = list(process.executions)
        return len(executions) >= count and all(int(e.progress or 0) >= 100 for e in executions)

    qtbot.waitUntil(done, timeout=120000)
    return list(process.executions)


# ------------------------------------------------------------------------------------------------- the form
def test_one_editor_per_data_type(qtbot):
    from fusion_platform_qgis.gui.widgets import option_editors as oe

    form = oe.OptionsForm(EVERY_TYPE)
    qtbot.addWidget(form)
    kinds = {name: type(editor) for name, editor in form.editors.items()}
    assert kinds == {
        "count": oe.NumericEditor,
        "budget": oe.CurrencyEditor,
        "flag": oe.BooleanEditor,
        "when": oe.DateTimeEditor,
        "text": oe.StringEditor,
        "units": oe.ConstrainedEditor,
    }
    spin = form.editor("count").widget
    assert (spin.minimum(), spin.maximum()) == (10, 1000)
    assert form.row_labels["count"].text() == "Count *" and form.row_labels["text"].text() == "Text"
    assert form.editor("count").toolTip() == "How many"
    combo = form.editor("units").widget
    assert [combo.itemText(i) for i in range(combo.count())] == ["Metres", "Feet"]
    assert form.values() == {
        "count": "30",
        "budget": None,
        "flag": "true",
        "when": None,
        "text": None,
        "units": "metres",
    }
    assert form.editor("when").widget.timeSpec() == 1  # Qt.UTC
    form.set_values(
        {
            "count": "45.5",
            "budget": "12.50",
            "flag": "false",
            "when": "2021-03-27T10:00:00",
            "text": "abc",
            "units": "feet",
        }
    )
    assert form.values() == {
        "count": "45.5",
        "budget": "12.50",
        "flag": "false",
        "when": "2021-03-27T10:00:00",
        "text": "abc",
        "units": "feet",
    }
    assert form.validate() == {}
    # A value the spin box cannot hold is kept and flagged, never clamped silently.
    form.set_values({"count": "5000"})
    assert form.values()["count"] == "5000"
    assert "outside" in form.error_text("count")
    assert "count" in form.validate()
    form.set_values({"text": "too long"})
    assert "text" in form.validate()
    form.restore_defaults()
    assert form.values()["count"] == "30" and form.values()["units"] == "metres" and form.values()["budget"] is None
    assert form.validate() == {}


def test_condition_syntax_check():
    from fusion_platform_qgis.gui.widgets.dispatcher_editor import check_condition

    assert check_condition("input_1_files > 0 and dispatching_service_name == 'Elevation (Sandbox)'") is None
    assert check_condition("len(inputs) >= 1") is None
    assert "Syntax error" in check_condition("input_1_files >")
    assert check_condition("__import__('os').system('x')") is not None
    assert check_condition("open('/etc/passwd')") is not None
    assert check_condition("inputs.__class__") is not None
    assert "Unknown name" in check_condition("secret_variable == 1")


# ------------------------------------------------------------------------------------------------- round trip
def test_values_round_trip_through_create_and_reload(open_editor, qtbot, region_data, qgis_iface, connected_state):
    from fusion_platform_qgis.gui.process_editor import ProcessEditor

    editor = open_editor("Demo: Sentinel-2 Cloud Classification")
    bind_data(editor, region_data, qtbot)
    form = editor.options_form
    form.set_values(
        {
            "latest_date": "false",
            "start_date": "2021-03-27T00:00:00",
            "end_date": "2021-04-05T12:30:00",
            "cloud_threshold": "42.5",
            "max_cost": "99.50",
        }
    )
    create(editor, qtbot)
    assert editor.snapshot["persisted"], editor.ui.label_status.text()
    elevation = open_editor("Elevation (Sandbox)")
    bind_data(elevation, region_data, qtbot)
    elevation.options_form.set_values(
        {"resolution": "45.5", "units": "feet", "fill_voids": "false", "vertical_offset": "12", "label": "round trip"}
    )
    create(elevation, qtbot)
    assert elevation.snapshot["persisted"], elevation.ui.label_status.text()

    for created, expected in (
        (
            editor,
            {
                "latest_date": "false",
                "start_date": "2021-03-27T00:00:00",
                "end_date": "2021-04-05T12:30:00",
                "cloud_threshold": "42.5",
                "max_cost": "99.50",
            },
        ),
        (
            elevation,
            {
                "resolution": "45.5",
                "units": "feet",
                "fill_voids": "false",
                "vertical_offset": "12",
                "label": "round trip",
            },
        ),
    ):
        reloaded = ProcessEditor(connected_state)
        qtbot.addWidget(reloaded)
        reloaded.open_process(created.process)
        qtbot.waitUntil(lambda r=reloaded: bool(r.snapshot) and not r.busy, timeout=TIMEOUT)
        values = reloaded.options_form.values()
        for name, value in expected.items():
            assert values[name] == value, name
        assert reloaded.inputs[1].data_id() == str(region_data.id)
        assert reloaded.ui.button_create.text() == "Save"
        reloaded.close()


# ------------------------------------------------------------------------------------------------- errors
def test_client_errors_are_shown_on_their_fields(open_editor, qtbot):
    editor = open_editor("Vector Buffer (Sandbox)")
    editor.ui.line_name.setText("")
    editor.options_form.set_values({"segments": "500"})
    editor.create_or_save()
    assert not editor.busy  # nothing was sent
    assert editor.ui.label_error_name.text() and not editor.ui.label_error_name.isHidden()
    assert "required" in editor.options_form.error_text("distance")
    assert "outside" in editor.options_form.error_text("segments")
    assert editor.inputs[1].error_text()

    cloud = open_editor("Demo: Sentinel-2 Cloud Classification")
    cloud.options_form.set_values(
        {"latest_date": "false", "start_date": "2021-05-01T00:00:00", "end_date": "2021-04-01T00:00:00"}
    )
    cloud.create_or_save()
    assert "must not be before" in cloud.options_form.error_text("end_date")
    assert not cloud.snapshot.get("persisted")


def test_server_errors_are_mapped_back(open_editor, qtbot, region_data):
    editor = open_editor("Demo: Sentinel-2 Cloud Classification")
    bind_data(editor, region_data, qtbot)
    form = editor.options_form
    # The server's own rule (the client cannot know it): without latest date, a start date is required.
    form.set_values({"latest_date": "false"})
    create(editor, qtbot)
    assert not editor.snapshot.get("persisted")
    assert "Start date is required" in form.error_text("start_date")
    assert "refused" in editor.ui.label_status.text()
    # Bad date order as the server reports it (client checks switched off to prove the mapping).
    form.check_on_client = False
    form.set_values({"start_date": "2021-05-01T00:00:00", "end_date": "2021-04-01T00:00:00"})
    create(editor, qtbot)
    assert not editor.snapshot.get("persisted")
    assert "must not be before" in form.error_text("end_date")
    # A dispatcher option error found below the form (by the client library) lands in its panel.
    form.check_on_client = True
    form.set_values({"end_date": "2021-06-01T00:00:00"})
    email = editor.dispatcher_editor.panel("Email")
    email.setChecked(True)
    email.form.check_on_client = False
    editor.options_form.check_on_client = False  # skip client checks for the dispatcher too
    create(editor, qtbot)
    assert not editor.snapshot.get("persisted")
    assert "required" in email.form.error_text("emails")


def test_insufficient_credits_disable_execute(open_editor, qtbot, region_data, sandbox, connected_state):
    org_id = str(connected_state.organisation.id)
    balance = float(connected_state.organisation.credit.any_credits)
    sandbox.admin("POST", "credits", {"organisation_id": org_id, "credits": 0})
    try:
        editor = open_editor("Elevation (Sandbox)")
        bind_data(editor, region_data, qtbot)
        create(editor, qtbot)
        assert editor.snapshot["persisted"], editor.ui.label_status.text()
        qtbot.waitUntil(lambda: editor.balance() is not None, timeout=TIMEOUT)
        assert editor.balance() == 0
        assert not editor.ui.button_execute.isEnabled()
        assert "Not enough credits" in editor.ui.button_execute.toolTip()
        assert "Not enough credits" in editor.ui.label_status.text()
    finally:
        sandbox.admin("POST", "credits", {"organisation_id": org_id, "credits": balance})


# ------------------------------------------------------------------------------------------------- inputs, schedule
def test_the_layer_input_starts_with_a_suitable_layer(open_editor, qgis_iface):
    """Not an empty picker while polygon layers are loaded: the active layer, else the first polygon layer."""
    first = region_layer("First region")
    second = region_layer("Second region")
    line = QgsVectorLayer("LineString?crs=EPSG:4326", "A line", "memory")
    QgsProject.instance().addMapLayer(line)
    qgis_iface.setActiveLayer(line)  # not a region: the first polygon layer is chosen
    editor = open_editor("Elevation (Sandbox)")
    assert editor.inputs[1].layer() in (first, second)
    qgis_iface.setActiveLayer(second)
    chosen = open_editor("Elevation (Sandbox)")
    assert chosen.inputs[1].layer() is second
    for layer in (first, second, line):
        QgsProject.instance().removeMapLayer(layer.id())


def test_input_from_a_layer_is_uploaded_once(open_editor, qtbot, connected_state):
    layer = region_layer("Layer input region")
    editor = open_editor("Elevation (Sandbox)")
    editor.inputs[1].set_layer(layer)
    editor.options_form.set_values({"label": "x" * 300})  # refused by the client: no upload, no request
    editor.create_or_save()
    assert editor.options_form.error_text("label") and not editor.uploaded
    editor.options_form.set_values({"label": "ok"})
    with qtbot.waitSignal(connected_state.data_changed, timeout=TIMEOUT):
        create(editor, qtbot)
    assert editor.snapshot["persisted"], editor.ui.label_status.text()
    data = editor.uploaded[(1, layer.id())]
    assert editor.snapshot["inputs"][0]["id"] == str(data.id)
    assert data.name == "Layer input region"
    QgsProject.instance().removeMapLayer(layer.id())


def test_schedule_once_at_a_time_and_repeating(open_editor, qtbot, region_data):
    from fusion_platform_qgis.gui.widgets.schedule_editor import ONCE_AT, REPEATING

    once = open_editor("Elevation (Sandbox)")
    bind_data(once, region_data, qtbot)
    soon = datetime.now(timezone.utc).replace(microsecond=0) + timedelta(seconds=3)
    once.schedule_editor.set_mode(ONCE_AT)
    once.schedule_editor.set_start(soon)
    create(once, qtbot)
    assert once.snapshot["persisted"], once.ui.label_status.text()
    assert once.process.run_type == "run_schedule" and once.process.repeat_count == 1
    once.execute()
    qtbot.waitUntil(lambda: not once.busy, timeout=TIMEOUT)
    executions = wait_finished(qtbot, once.process)
    assert executions[0].started_at >= soon - timedelta(seconds=1)

    repeating = open_editor("Elevation (Sandbox)")
    bind_data(repeating, region_data, qtbot)
    editor = repeating.schedule_editor
    editor.set_mode(REPEATING)
    editor.set_start(datetime.now(timezone.utc).replace(microsecond=0) + timedelta(seconds=1))
    editor.set_interval(1, "hours")
    editor.spin_count.setValue(3)
    editor.set_end(datetime.now(timezone.utc) + timedelta(days=1))
    create(repeating, qtbot)
    assert repeating.snapshot["persisted"], repeating.ui.label_status.text()
    process = repeating.process
    assert process.run_type == "run_schedule" and process.repeat_count == 3
    assert json.loads(process.repeat_gap) == {"hours": 1}
    repeating.execute()
    qtbot.waitUntil(lambda: not repeating.busy, timeout=TIMEOUT)
    wait_finished(qtbot, process)  # the first run happens; the next is an hour away
    process.get()
    assert process.process_status == "execute"
    process.stop()


# ------------------------------------------------------------------------------------------------- dispatchers
def test_s3_dispatcher_and_false_condition(open_editor, qtbot, region_data, sandbox):
    editor = open_editor("Elevation (Sandbox)")
    bind_data(editor, region_data, qtbot)
    s3 = editor.dispatcher_editor.panel("AWS S3")
    s3.setChecked(True)
    s3.form.set_values(
        {
            "bucket": "fp-editor-bucket",
            "access_key_id": "SANDBOXKEY",
            "secret_access_key": "sandbox-secret",
            "condition": "import os",
        }
    )
    editor.create_or_save()
    assert "Syntax error" in s3.form.error_text("condition")
    assert s3.form.editor("secret_access_key").widget.echoMode() == 2  # QLineEdit.Password
    s3.form.set_values({"condition": "input_1_files >= 1"})
    create(editor, qtbot)
    assert editor.snapshot["persisted"], editor.ui.label_status.text()
    editor.execute()
    qtbot.waitUntil(lambda: not editor.busy, timeout=TIMEOUT)
    wait_finished(qtbot, editor.process)
    bucket = sandbox.data_dir / "buckets" / "fp-editor-bucket"
    qtbot.waitUntil(lambda: bucket.exists() and any(p.is_file() for p in bucket.rglob("*")), timeout=TIMEOUT)
    assert str(editor.process.id) in {p.relative_to(bucket).parts[0] for p in bucket.rglob("*") if p.is_file()}

    quiet = open_editor("Elevation (Sandbox)")
    bind_data(quiet, region_data, qtbot)
    email = quiet.dispatcher_editor.panel("Email")
    email.setChecked(True)
    email.form.set_values(
        {
            "emails": sandbox.email,
            "message": "should never arrive",
            "condition": "dispatching_service_name == 'no such service'",
        }
    )
    create(quiet, qtbot)
    assert quiet.snapshot["persisted"], quiet.ui.label_status.text()
    quiet.execute()
    qtbot.waitUntil(lambda: not quiet.busy, timeout=TIMEOUT)
    execution = wait_finished(qtbot, quiet.process)[0]

    def decided():
        return any(
            "condition is false" in (entry.message or "")
            for component in execution.components
            for entry in component.logs
        )

    qtbot.waitUntil(decided, timeout=TIMEOUT)  # the dispatcher ran and decided not to send
    outbox = sandbox.data_dir / "outbox"
    assert not any("should never arrive" in p.read_text(errors="replace") for p in outbox.glob("*.eml"))


# ------------------------------------------------------------------------------------------------- presets
def test_presets_keep_secrets_in_the_auth_database(open_editor, qtbot, region_data, auth_master_password):
    from fusion_platform_qgis.qgis_support.session import settings

    editor = open_editor("Elevation (Sandbox)")
    bind_data(editor, region_data, qtbot)
    editor.options_form.set_values({"resolution": "60", "units": "feet"})
    s3 = editor.dispatcher_editor.panel("AWS S3")
    s3.setChecked(True)
    s3.form.set_values(
        {"bucket": "preset-bucket", "access_key_id": "SANDBOXKEY", "secret_access_key": "preset-secret-value"}
    )
    assert editor.presets.save_preset("My preset")
    raw = json.dumps(settings.load_json("presets", {}))
    assert "preset-secret-value" not in raw and "SANDBOXKEY" not in raw and "preset-bucket" in raw
    editor.presets.restore_defaults()
    s3.setChecked(False)
    s3.form.set_values({"secret_access_key": None, "access_key_id": None})
    assert editor.options_form.values()["resolution"] == "30"
    assert editor.presets.load_preset("My preset")
    assert editor.options_form.values()["resolution"] == "60"
    assert editor.options_form.values()["units"] == "feet"
    assert s3.isChecked()
    assert s3.form.values()["secret_access_key"] == "preset-secret-value"
    assert editor.inputs[1].data_id() == str(region_data.id)
    assert "My preset" in [editor.ui.combo_preset.itemText(i) for i in range(editor.ui.combo_preset.count())]


# ------------------------------------------------------------------------------------------------- screenshot
def test_screenshot_for_the_readme(open_editor, qtbot, region_data, tmp_path):
    """Renders offscreen; writes resources/screenshots/process_editor.png only with FP_UPDATE_SCREENSHOTS=1 (so
    ordinary test runs leave the committed image alone)."""
    editor = open_editor("Demo: Sentinel-2 Cloud Classification")
    bind_data(editor, region_data, qtbot)
    editor.ui.line_name.setText("Lake District clouds")
    editor.options_form.set_values({"latest_date": "false", "start_date": "2021-03-27T00:00:00"})
    editor.dispatcher_editor.panel("Email").setChecked(True)
    editor.resize(620, 900)
    editor.show()
    qtbot.waitExposed(editor)
    target = (
        ROOT / "resources" / "screenshots" / "process_editor.png"
        if os.environ.get("FP_UPDATE_SCREENSHOTS")
        else tmp_path / "process_editor.png"
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    assert editor.grab().save(str(target))
    assert target.stat().st_size > 10000

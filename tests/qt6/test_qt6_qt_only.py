"""The plugin's Qt-only classes built and driven under PyQt6 (QGIS 4's Qt), without QGIS: item models, delegates,
option editors, dialogs whose forms have no QGIS widget. Which modules these are is checked by
test_qt6_modules.py (EXERCISED): a module that becomes runnable here gets a test in this file."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

pytestmark = pytest.mark.usefixtures("qapp")


def _run(progress=40, **execution):
    return {
        "process": {"id": "p1", "name": "Elevation"},
        "executions": [{"id": "e1", "started_at": "2026-12-07T10:00:00+00:00", "progress": progress, **execution}],
    }


def test_runs_model_lists_a_run_and_its_cells():
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QIcon

    from fusion_platform_qgis.gui.executions import model as m

    runs = m.RunsModel()
    runs.put(_run())
    runs.put(
        {
            **_run(100, success=True, ended_at="2026-12-07T10:05:00+00:00"),
            "executions": [
                {
                    "id": "e2",
                    "started_at": "2026-12-07T11:00:00+00:00",
                    "progress": 100,
                    "success": True,
                    "ended_at": "2026-12-07T11:05:00+00:00",
                }
            ],
        }
    )
    assert runs.rowCount() == 2 and runs.columnCount() == 6
    assert runs.keys() == ["e2", "e1"]  # newest first
    first = runs.index(0, m.COLUMN_NAME)
    assert first.data() == "Elevation"
    assert runs.index(0, m.COLUMN_STATUS).data() == m.status_text("success")
    assert isinstance(first.data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert runs.index(1, m.COLUMN_NAME).data(m.PROGRESS_ROLE) == (40, None)
    assert runs.index(1, 0).data(m.STATUS_ROLE) == "running"
    assert runs.headerData(m.COLUMN_NAME, Qt.Orientation.Horizontal)
    runs.update_execution({"id": "e1", "started_at": "2026-12-07T10:00:00+00:00", "progress": 100, "stopped": True})
    assert runs.key_index("e1").data(m.STATUS_ROLE) == "stopped"
    runs.remove("e1")
    assert runs.keys() == ["e2"]


def test_progress_delegate_paints_a_bar():
    from qgis.PyQt.QtCore import QRect
    from qgis.PyQt.QtGui import QColor, QImage, QPainter
    from qgis.PyQt.QtWidgets import QStyleOptionViewItem, QTreeView

    from fusion_platform_qgis.gui.executions.delegate import ProgressDelegate
    from fusion_platform_qgis.gui.executions.model import COLUMN_PROGRESS, RunsModel

    runs = RunsModel()
    runs.put(_run(60))
    view = QTreeView()
    view.setModel(runs)
    delegate = ProgressDelegate(view)
    view.setItemDelegateForColumn(COLUMN_PROGRESS, delegate)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 120, 20)
    option.widget = view
    image = QImage(120, 20, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    delegate.paint(painter, option, runs.index(0, COLUMN_PROGRESS))
    painter.end()
    colours = {image.pixel(x, 10) for x in range(120)}
    assert len(colours) > 1  # something was drawn
    assert delegate.sizeHint(option, runs.index(0, COLUMN_PROGRESS)).width() >= 90


def _options():
    return [
        {
            "name": "resolution",
            "title": "Resolution",
            "data_type": "numeric",
            "value": "30",
            "validation": "min=1;max=100",
            "required": True,
        },
        {
            "name": "method",
            "title": "Method",
            "data_type": "constrained",
            "value": "fast",
            "validation": "values=fast,best",
            "required": True,
        },
        {"name": "label", "title": "Label", "data_type": "string", "value": "", "required": False},
        {"name": "overwrite", "title": "Overwrite", "data_type": "boolean", "value": "false", "required": True},
        {"name": "since", "title": "Since", "data_type": "datetime", "value": None, "required": False},
    ]


def test_options_form_edits_validates_and_shows_errors():
    from fusion_platform_qgis.gui.widgets.option_editors import NumericEditor, OptionsForm, make_option_editor

    form = OptionsForm(_options())
    assert form.values()["resolution"] == "30" and form.values()["method"] == "fast"
    assert isinstance(form.editor("resolution"), NumericEditor)
    form.set_values({"resolution": "5000", "overwrite": "true"})  # out of range: kept as text, flagged
    assert form.values()["overwrite"] == "true"
    assert "resolution" in form.validate()
    assert form.set_errors({"label": "Too long", "nowhere": "Server says no"}) == {"nowhere": "Server says no"}
    assert form.error_text("label") == "Too long"
    form.clear_errors()
    assert form.error_text("label") == ""
    form.restore_defaults()
    assert form.values()["resolution"] == "30" and not form.validate()
    editor = make_option_editor(_options()[4])
    editor.set_value_text("2026-12-07T10:00:00+00:00")
    assert editor.value_text().startswith("2026-12-07T10:00:00")


def test_schedule_editor_round_trips_its_fields():
    from fusion_platform_qgis.gui.widgets.schedule_editor import ScheduleEditor

    editor = ScheduleEditor()
    assert editor.fields()["run_type"] == "run_once"
    start = datetime(2027, 1, 2, 3, 4, tzinfo=timezone.utc)
    fields = {
        "run_type": "run_schedule",
        "repeat_count": 3,
        "repeat_start": start.isoformat(),
        "repeat_end": (start + timedelta(days=9)).isoformat(),
        "repeat_gap": '{"days": 3}',
    }
    editor.set_fields(fields)
    again = editor.fields()
    assert again["repeat_count"] == 3 and again["repeat_gap"] == '{"days": 3}'
    assert datetime.fromisoformat(again["repeat_start"]) == start
    assert datetime.fromisoformat(again["repeat_end"]) == start + timedelta(days=9)
    assert editor.validate() == {}


def test_dispatcher_editor_selects_and_splits_secrets():
    from fusion_platform_qgis.gui.widgets.dispatcher_editor import DispatcherEditor

    s3 = {
        "name": "S3",
        "options": [
            {"name": "bucket", "data_type": "string", "value": "", "required": True},
            {"name": "secret_access_key", "data_type": "string", "value": "", "required": False},
        ],
    }
    editor = DispatcherEditor()
    editor.set_available([s3])
    editor.set_selected([{"name": "S3", "options": {"bucket": "b1", "secret_access_key": "hidden"}}])
    panel = editor.panel("S3")
    assert [p.name for p in editor.selected()] == ["S3"]
    assert panel.secret_values() == {"secret_access_key": "hidden"}
    assert panel.plain_values() == {"bucket": "b1"}
    assert editor.wire_entries() == [{"name": "S3", "options": {"bucket": "b1", "secret_access_key": "hidden"}}]
    assert editor.set_errors({"dispatcher_1.bucket": "No such bucket", "name": "x"}) == {"name": "x"}
    assert panel.form.error_text("bucket") == "No such bucket"


def test_log_viewer_filters_lines(tmp_path):
    from fusion_platform_qgis.gui.log_viewer import LogViewer, to_lines

    lines = to_lines(
        [
            {"logged_at": "2026-12-07T10:00:01+00:00", "message": "ERROR: disk full"},
            {"logged_at": "2026-12-07T10:00:00+00:00", "level": "info", "message": "started"},
        ],
        "dem",
    )
    viewer = LogViewer("Log", lines)  # its form (log_viewer.ui) set up as QGIS 4 does
    assert len(viewer.shown_lines()) == 2
    viewer.ui.line_search.setText("disk")
    assert [line.message for line in viewer.shown_lines()] == ["disk full"]
    viewer.ui.line_search.setText("")
    viewer.ui.combo_level.setCurrentIndex(viewer.ui.combo_level.findData("ERROR"))
    assert [line.level for line in viewer.shown_lines()] == ["ERROR"]
    target = tmp_path / "log.txt"
    viewer.ask_save_path = lambda: str(target)
    assert viewer.save() == str(target) and "disk full" in target.read_text(encoding="utf-8")


def test_password_dialog_enables_ok_only_for_a_good_password():
    from fusion_platform_qgis.gui.password_dialog import PasswordDialog

    dialog = PasswordDialog()
    sent = []
    dialog.submitted.connect(lambda old, new: sent.append((old, new)))
    assert not dialog.ok_button.isEnabled()
    dialog.ui.line_old_password.setText("Old-password-1")
    dialog.ui.line_new_password.setText("short")
    assert not dialog.ok_button.isEnabled() and dialog.problem()
    dialog.ui.line_new_password.setText("A-much-Better-Passw0rd!")
    dialog.ui.line_confirm_password.setText("A-much-Better-Passw0rd!")
    assert dialog.ok_button.isEnabled(), dialog.problem()
    dialog.submit()
    assert sent == [("Old-password-1", "A-much-Better-Passw0rd!")]


def test_stac_dialog_shows_and_saves_documents(tmp_path):
    from fusion_platform_qgis.gui.stac_dialog import StacDialog

    collection = ({"type": "Collection", "id": "c"}, "collection.json")
    item = ({"type": "Feature", "id": "i"}, "item.json")
    dialog = StacDialog("DEM", collection, [item])
    assert dialog.ui.combo_document.count() == 2 and '"Collection"' in dialog.text
    dialog.ui.combo_document.setCurrentIndex(1)
    assert '"Feature"' in dialog.text
    saved = dialog.save_to(str(tmp_path))
    assert sorted(p.split("/")[-1] for p in saved) == ["collection.json", "item.json"]


def test_safe_text_browser_loads_no_resource():
    from qgis.PyQt.QtCore import QUrl

    from fusion_platform_qgis.gui.markdown import SafeTextBrowser

    browser = SafeTextBrowser()
    browser.setHtml('<p>Hello <img src="http://example.com/x.png"></p>')
    assert "Hello" in browser.toPlainText()
    assert not browser.loadResource(0, QUrl("http://example.com/x.png"))


def test_ui_loads_forms_and_asks(monkeypatch):
    from qgis.PyQt.QtWidgets import QMessageBox, QWidget

    from fusion_platform_qgis.gui import ui

    form = ui.load_form(ui.__file__, "password_dialog.ui")()
    assert hasattr(form, "setupUi")
    asked = []

    def question(parent, title, text, buttons, default):
        asked.append(default)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    assert ui.ask_yes_no(QWidget(), "Sure?", default_no=True)
    assert asked == [QMessageBox.StandardButton.No]


def test_i18n_translates_plurals_and_dates():
    from fusion_platform_qgis.qgis_support.words import i18n

    assert i18n.tr("%n run(s)", None, 1) == "1 run" and i18n.tr("%n run(s)", None, 3) == "3 runs"
    assert i18n.format_datetime("2026-12-07T10:00:00+00:00")
    assert i18n.format_time("2026-12-07T10:00:00+00:00").count(":") == 2
    assert i18n.format_decimal(0.5) in ("0.5", "0,5")


def test_spend_chart_draws_a_bar_per_month():
    from qgis.PyQt.QtGui import QColor, QImage

    from fusion_platform_qgis.gui.widgets.spend_chart import SpendChart, month_label

    chart = SpendChart()
    chart.resize(240, 80)
    chart.set_series([("2026-10", 10.0), ("2026-11", 0.0), ("2026-12", 30.0)])
    bars = chart._bars()
    assert [month for _rect, month, _value in bars] == ["2026-10", "2026-11", "2026-12"]
    assert bars[2][0].height() > bars[0][0].height() > bars[1][0].height()  # 30 > 10 > nothing
    assert "40" in chart.toolTip()  # the total of the months shown
    assert month_label("2026-12") and month_label("not a month") == "not a month"
    image = QImage(240, 80, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    chart.render(image)
    assert len({image.pixel(x, 40) for x in range(240)}) > 1  # the bars were painted

"""When a process runs: once now, once at a chosen time, or repeating with an interval, a start and an end.

The platform's model (docs/api-contract.md §6.7.5): ``run_type`` ``run_once``/``run_schedule``, ``repeat_count`` (runs
still to come), ``repeat_start`` (when the next run is due), ``repeat_end`` and ``repeat_gap`` (a string holding a JSON
object of relative amounts, e.g. ``"{\\"minutes\\": 30}"``). This widget maps the three everyday choices onto it
and back (:meth:`fields` / :meth:`set_fields`), so the editor never handles schedule wire details itself.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any, Optional

from qgis.PyQt.QtCore import QDateTime, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...qgis_support.words.i18n import tr
from ...qgis_support.words.wording import parse_timestamp
from .option_editors import ERROR_STYLE

ONCE_NOW, ONCE_AT, REPEATING = "now", "at", "repeat"
UNITS = ("minutes", "hours", "days", "weeks", "months")


def to_local_qdatetime(value: datetime) -> QDateTime:
    """The moment ``value`` (naive = UTC) as a QDateTime in the user's local time, which the editors show."""
    value = value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    return QDateTime.fromMSecsSinceEpoch(int(value.timestamp()) * 1000)  # local time (no TimeSpec: Qt 6)


def from_local_qdatetime(value: QDateTime) -> datetime:
    """The moment shown in an editor, as an aware UTC datetime (what the platform is sent)."""
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), timezone.utc)


def local_zone_text(when: Optional[datetime] = None) -> str:
    """The user's time zone as it applies at ``when``, e.g. "CET, UTC+01:00"."""
    local = (when or datetime.now(timezone.utc)).astimezone()
    offset = local.strftime("%z")
    offset = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    name = local.tzname() or ""
    return offset if not name or name == "UTC" or name.startswith(("+", "-")) else f"{name}, {offset}"


def default_start(now: Optional[datetime] = None) -> datetime:
    """The suggested start of a run "at a time": the next quarter hour at least five minutes away (UTC)."""
    now = (now or datetime.now(timezone.utc)).replace(second=0, microsecond=0) + timedelta(minutes=5)
    return now + timedelta(minutes=(15 - now.minute % 15) % 15)


def _parse_dt(value: Any) -> Optional[datetime]:
    return parse_timestamp(value or None)


class ScheduleEditor(QWidget):
    changed = pyqtSignal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.radio_now = QRadioButton(tr("Run once, now"), self)
        self.radio_now.setObjectName("radio_schedule_now")
        self.radio_at = QRadioButton(tr("Run once, at a time"), self)
        self.radio_at.setObjectName("radio_schedule_at")
        self.radio_repeat = QRadioButton(tr("Repeat"), self)
        self.radio_repeat.setObjectName("radio_schedule_repeat")
        row = QHBoxLayout()
        for radio in (self.radio_now, self.radio_at, self.radio_repeat):
            self.group.addButton(radio)
            row.addWidget(radio)
            radio.toggled.connect(self._update_enabled)
        layout.addLayout(row)
        form = QFormLayout()
        layout.addLayout(form)
        # Times are shown in the user's local time (as everywhere else in the plugin), with the zone named beside
        # them, and sent to the platform in UTC.
        self.edit_start = QDateTimeEdit(self)
        self.edit_start.setObjectName("datetime_schedule_start")
        self.edit_start.setTimeSpec(Qt.TimeSpec.LocalTime)
        self.edit_start.setDisplayFormat("yyyy-MM-dd HH:mm:ss")
        self.edit_start.setCalendarPopup(True)
        self.edit_start.setToolTip(tr("When the (first) run is due, in your local time"))
        self.label_zone = QLabel(local_zone_text(), self)
        self.label_zone.setObjectName("label_schedule_zone")
        start_row = QHBoxLayout()
        start_row.addWidget(self.edit_start, 1)
        start_row.addWidget(self.label_zone)
        form.addRow(tr("Start"), start_row)
        interval = QHBoxLayout()
        self.spin_interval = QSpinBox(self)
        self.spin_interval.setObjectName("spin_schedule_interval")
        self.spin_interval.setRange(1, 100000)
        self.spin_interval.setValue(1)
        self.combo_unit = QComboBox(self)
        self.combo_unit.setObjectName("combo_schedule_unit")
        for unit, label in zip(UNITS, (tr("minutes"), tr("hours"), tr("days"), tr("weeks"), tr("months"))):
            self.combo_unit.addItem(label, unit)
        self.combo_unit.setCurrentIndex(2)
        interval.addWidget(self.spin_interval)
        interval.addWidget(self.combo_unit)
        self.label_interval = QLabel(tr("Every"), self)
        form.addRow(self.label_interval, interval)
        self.spin_count = QSpinBox(self)
        self.spin_count.setObjectName("spin_schedule_count")
        self.spin_count.setRange(1, 100000)
        self.spin_count.setValue(2)
        self.spin_count.setToolTip(tr("How many runs in total (the platform counts them down)"))
        self.label_count = QLabel(tr("Runs"), self)
        form.addRow(self.label_count, self.spin_count)
        end_row = QHBoxLayout()
        self.check_end = QCheckBox(tr("Until"), self)
        self.check_end.setObjectName("check_schedule_end")
        self.edit_end = QDateTimeEdit(self)
        self.edit_end.setObjectName("datetime_schedule_end")
        self.edit_end.setTimeSpec(Qt.TimeSpec.LocalTime)
        self.edit_end.setDisplayFormat("yyyy-MM-dd HH:mm:ss")
        self.edit_end.setCalendarPopup(True)
        end_row.addWidget(self.check_end)
        end_row.addWidget(self.edit_end, 1)
        self.label_end = QLabel(tr("End"), self)
        form.addRow(self.label_end, end_row)
        self.label_error = QLabel(self)
        self.label_error.setObjectName("label_error_schedule")
        self.label_error.setStyleSheet(ERROR_STYLE)
        self.label_error.setWordWrap(True)
        self.label_error.hide()
        layout.addWidget(self.label_error)
        start = default_start()
        self.edit_start.setDateTime(to_local_qdatetime(start))
        self.edit_end.setDateTime(to_local_qdatetime(start + timedelta(days=7)))
        for signal in (
            self.edit_start.dateTimeChanged,
            self.edit_end.dateTimeChanged,
            self.spin_interval.valueChanged,
            self.combo_unit.currentIndexChanged,
            self.spin_count.valueChanged,
            self.check_end.toggled,
        ):
            signal.connect(self._emit_changed)
        self.check_end.toggled.connect(self._update_enabled)
        self.radio_now.setChecked(True)
        self._update_enabled()

    # -- mode ------------------------------------------------------------------------------------------------------
    def mode(self) -> str:
        if self.radio_repeat.isChecked():
            return REPEATING
        if self.radio_at.isChecked():
            return ONCE_AT
        return ONCE_NOW

    def set_mode(self, mode: str) -> None:
        {ONCE_NOW: self.radio_now, ONCE_AT: self.radio_at, REPEATING: self.radio_repeat}[mode].setChecked(True)

    def set_start(self, value: datetime) -> None:
        self.edit_start.setDateTime(to_local_qdatetime(value))
        self.label_zone.setText(local_zone_text(value))

    def set_end(self, value: Optional[datetime]) -> None:
        self.check_end.setChecked(value is not None)
        if value is not None:
            self.edit_end.setDateTime(to_local_qdatetime(value))

    def set_interval(self, amount: int, unit: str) -> None:
        self.spin_interval.setValue(int(amount))
        self.combo_unit.setCurrentIndex(max(0, self.combo_unit.findData(unit)))

    def _update_enabled(self, *_args) -> None:
        mode = self.mode()
        self.edit_start.setEnabled(mode != ONCE_NOW)
        for widget in (
            self.spin_interval,
            self.combo_unit,
            self.label_interval,
            self.spin_count,
            self.label_count,
            self.check_end,
            self.label_end,
        ):
            widget.setEnabled(mode == REPEATING)
        self.edit_end.setEnabled(mode == REPEATING and self.check_end.isChecked())
        self._emit_changed()

    def _emit_changed(self, *_args) -> None:
        self.label_error.hide()
        self.changed.emit()

    # -- wire ----------------------------------------------------------------------------------------------------------
    def fields(self) -> dict[str, Any]:
        """The Process fields for the chosen schedule."""
        mode = self.mode()
        if mode == ONCE_NOW:
            return {
                "run_type": "run_once",
                "repeat_count": 1,
                "repeat_start": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
                "repeat_end": None,
                "repeat_gap": None,
            }
        start = from_local_qdatetime(self.edit_start.dateTime()).isoformat()
        if mode == ONCE_AT:
            return {
                "run_type": "run_schedule",
                "repeat_count": 1,
                "repeat_start": start,
                "repeat_end": None,
                "repeat_gap": None,
            }
        end = from_local_qdatetime(self.edit_end.dateTime()).isoformat() if self.check_end.isChecked() else None
        gap = json.dumps({self.combo_unit.currentData(): int(self.spin_interval.value())})
        return {
            "run_type": "run_schedule",
            "repeat_count": int(self.spin_count.value()),
            "repeat_start": start,
            "repeat_end": end,
            "repeat_gap": gap,
        }

    def set_fields(self, fields: dict) -> None:
        """Show a process's schedule (as loaded from the server)."""
        run_type = fields.get("run_type") or "run_once"
        start = _parse_dt(fields.get("repeat_start"))
        if start is not None:
            self.set_start(start)
        self.set_end(_parse_dt(fields.get("repeat_end")))
        gap = fields.get("repeat_gap")
        if isinstance(gap, str):
            try:
                gap = json.loads(gap)
            except ValueError:
                gap = None
        if isinstance(gap, dict):
            unit = next((u for u in UNITS if gap.get(u)), None)
            if unit:
                self.set_interval(int(gap[unit]), unit)
        count = int(fields.get("repeat_count") or 1)
        if run_type == "run_once":
            self.set_mode(ONCE_NOW)
        elif count <= 1 and not gap:
            self.set_mode(ONCE_AT)
        else:
            self.spin_count.setValue(max(1, count))
            self.set_mode(REPEATING)

    def validate(self) -> dict[str, str]:
        """Client-side problems keyed like the server's field errors."""
        mode = self.mode()
        errors = {}
        if (
            mode == REPEATING
            and self.check_end.isChecked()
            and self.edit_start.dateTime().secsTo(self.edit_end.dateTime()) < 0
        ):
            errors["repeat_end"] = tr("The end must not be before the start")
        return errors

    def set_error(self, message: str) -> None:
        self.label_error.setText(message)
        self.label_error.setVisible(bool(message))

    def error_text(self) -> str:
        return self.label_error.text() if not self.label_error.isHidden() else ""

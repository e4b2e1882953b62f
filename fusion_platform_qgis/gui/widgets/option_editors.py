"""One editor widget per option data type, and a form that lays out a list of options.

Why generated: services (and dispatchers) describe their options only in the process template (docs/api-contract.md
§6.7.2: ``name``, ``data_type``, ``validation`` = ``min=..;max=..;format=..;values=..;names=..``, ``required``,
``title``, ``description``, ``advanced``, ``mutually_exclusive``), so a new service on the platform needs no plugin
release. Every editor speaks the wire form (``value_text()`` returns the string the server stores, ``None`` = no value)
and conversion/validation reuse :mod:`fusion_platform_qgis.api.options`, the same rules the client applies in scripts.

A value that cannot be shown faithfully (e.g. 5000 for a spin box limited to 1000, loaded from a preset or a
process) is kept as raw text and flagged, never silently clamped: the user sees what is wrong and loses nothing.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Callable, Generic, Optional, TypeVar

from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...api import options as opt
from ...api.errors import OptionValidationError
from ...qgis_support.words.i18n import tr

ERROR_STYLE = "color: #c0392b;"
NUMERIC_LIMIT = 1e15


def _decimals_of(*texts: Optional[str]) -> int:
    places = 0
    for text in texts:
        if text and "." in text:
            places = max(places, len(text.split(".", 1)[1].rstrip("0")))
    return min(max(places, 2), 8)


def format_number(value: float) -> str:
    """Wire text of a numeric option: whole numbers without ``.0`` (as the templates write them)."""
    if float(value).is_integer():
        return str(int(value))
    return repr(float(value))


def to_qdatetime(value: datetime) -> QDateTime:
    value = value.astimezone(timezone.utc) if value.tzinfo else value.replace(tzinfo=timezone.utc)
    return QDateTime(
        QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second), Qt.TimeSpec.UTC
    )


def from_qdatetime(value: QDateTime) -> datetime:
    value = value.toUTC()
    date, time = value.date(), value.time()
    return datetime(
        date.year(), date.month(), date.day(), time.hour(), time.minute(), time.second(), tzinfo=timezone.utc
    )


W = TypeVar("W", bound=QWidget)


class OptionEditor(QWidget, Generic[W]):
    """Base: an optional "set" check box (options that may have no value) in front of the type's own widget ``W``."""

    changed = pyqtSignal()

    def __init__(self, option: dict, parent: QWidget | None = None, *, secret: bool = False):
        super().__init__(parent)
        self.option = dict(option)
        self.spec = opt.OptionSpec.from_wire(self.option)
        self.default: Optional[str] = option.get("value")
        self.secret = secret
        self._raw: Optional[str] = None  # a loaded value the widget cannot represent (shown as an error)
        self._raw_error: Optional[str] = None
        self.setObjectName(f"editor_{self.spec.name}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check_set: QCheckBox | None = None
        if self.nullable:
            self.check_set = QCheckBox(self)
            self.check_set.setObjectName(f"check_set_{self.spec.name}")
            self.check_set.setToolTip(tr("Give this option a value (unchecked: no value)"))
            self.check_set.toggled.connect(self._on_set_toggled)
            layout.addWidget(self.check_set)
        self.widget: W = self.build()
        layout.addWidget(self.widget, 1)
        description = option.get("description") or ""
        self.setToolTip(description)
        self.widget.setToolTip(description)
        self.set_value_text(self.default)

    # -- to override ----------------------------------------------------------------------------------------------
    nullable_types = (opt.DATA_TYPE_NUMERIC, opt.DATA_TYPE_CURRENCY, opt.DATA_TYPE_DATETIME)

    @property
    def nullable(self) -> bool:
        # A required option without a default starts unset too: a spin box would otherwise invent a value.
        unset = not self.spec.required or self.default in (None, "", "None", "null")
        return unset and self.spec.data_type in self.nullable_types

    def build(self) -> W:
        raise NotImplementedError

    def _widget_text(self) -> Optional[str]:
        raise NotImplementedError

    def _set_widget_text(self, text: str) -> Optional[str]:
        """Show ``text``; return an error message when it cannot be represented."""
        raise NotImplementedError

    # -- public -----------------------------------------------------------------------------------------------------
    def value_text(self) -> Optional[str]:
        if self.check_set is not None and not self.check_set.isChecked():
            return None
        if self._raw is not None:
            return self._raw
        return self._widget_text()

    def set_value_text(self, text: Optional[str]) -> None:
        self._raw = None
        self._raw_error = None
        empty = text in (None, "", "None", "null")
        if self.check_set is not None:
            self.check_set.blockSignals(True)
            self.check_set.setChecked(not empty)
            self.check_set.blockSignals(False)
            self.widget.setEnabled(not empty and self.isEnabled())
        if not empty:
            problem = self._set_widget_text(str(text))
            if problem:
                self._raw, self._raw_error = str(text), problem
        elif self.check_set is None:
            self._clear_widget()
        self.changed.emit()

    def _clear_widget(self) -> None:
        """No value on a type without a "set" box (string, constrained, boolean)."""

    def pending_error(self) -> Optional[str]:
        return self._raw_error

    def restore_default(self) -> None:
        self.set_value_text(self.default)

    def _on_set_toggled(self, checked: bool) -> None:
        self.widget.setEnabled(checked)
        self._user_edit()

    def _user_edit(self, *_args) -> None:
        self._raw = None
        self._raw_error = None
        self.changed.emit()


class NumericEditor(OptionEditor[QDoubleSpinBox]):
    def build(self) -> QDoubleSpinBox:
        rules = self.spec.rules
        spin = QDoubleSpinBox(self)
        spin.setObjectName(f"spin_{self.spec.name}")
        spin.setDecimals(_decimals_of(rules.get("min"), rules.get("max"), self.default))
        low, high = self._bounds()
        spin.setRange(low, high)
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(self._user_edit)
        return spin

    def _bounds(self) -> tuple[float, float]:
        rules = self.spec.rules

        def bound(key: str, fallback: float) -> float:
            try:
                return float(rules[key])
            except (KeyError, ValueError):
                return fallback

        return bound("min", -NUMERIC_LIMIT), bound("max", NUMERIC_LIMIT)

    def _widget_text(self) -> Optional[str]:
        return format_number(self.widget.value())

    def _set_widget_text(self, text: str) -> Optional[str]:
        try:
            value = float(text)
        except ValueError:
            return tr("'{0}' is not a number").format(text)
        low, high = self._bounds()
        if not low <= value <= high:
            return tr("{0} is outside the allowed range {1} to {2}").format(
                text, format_number(low), format_number(high)
            )
        self.widget.blockSignals(True)
        self.widget.setValue(value)
        self.widget.blockSignals(False)
        return None


class CurrencyEditor(NumericEditor):
    def build(self) -> QDoubleSpinBox:
        spin = super().build()
        spin.setDecimals(2)
        spin.setSuffix(" " + tr("credits"))
        return spin

    def _widget_text(self) -> Optional[str]:
        return f"{self.widget.value():.2f}"


class BooleanEditor(OptionEditor[QCheckBox]):
    def build(self) -> QCheckBox:
        box = QCheckBox(self)
        box.setObjectName(f"check_{self.spec.name}")
        box.toggled.connect(self._user_edit)
        return box

    def _widget_text(self) -> Optional[str]:
        return "true" if self.widget.isChecked() else "false"

    def _set_widget_text(self, text: str) -> Optional[str]:
        try:
            value = opt.decode(self.spec, text)
        except OptionValidationError:
            return tr("'{0}' is not true or false").format(text)
        self.widget.blockSignals(True)
        self.widget.setChecked(bool(value))
        self.widget.blockSignals(False)
        return None

    def _clear_widget(self) -> None:
        self.widget.blockSignals(True)
        self.widget.setChecked(False)
        self.widget.blockSignals(False)


class DateTimeEditor(OptionEditor[QDateTimeEdit]):
    """Date and time in UTC, formatted on the wire with the option's ``format=``."""

    def build(self) -> QDateTimeEdit:
        edit = QDateTimeEdit(self)
        edit.setObjectName(f"datetime_{self.spec.name}")
        edit.setTimeSpec(Qt.TimeSpec.UTC)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm:ss 'UTC'")
        edit.setCalendarPopup(True)
        for key, setter in (("min", edit.setMinimumDateTime), ("max", edit.setMaximumDateTime)):
            bound = self._bound(key)
            if bound is not None:
                setter(to_qdatetime(bound))
        now = datetime.now(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
        edit.setDateTime(to_qdatetime(now))
        edit.dateTimeChanged.connect(self._user_edit)
        return edit

    def _bound(self, key: str) -> Optional[datetime]:
        raw = self.spec.rules.get(key)
        if not raw:
            return None
        try:
            return opt.decode(self.spec, raw)
        except OptionValidationError:
            return None

    def _widget_text(self) -> Optional[str]:
        return opt.encode(self.spec, from_qdatetime(self.widget.dateTime()))

    def _set_widget_text(self, text: str) -> Optional[str]:
        try:
            value = opt.decode(self.spec, text)
        except OptionValidationError as exc:
            return str(exc.field_errors.get(self.spec.name) or exc)
        low, high = self._bound("min"), self._bound("max")
        if (low is not None and value < low) or (high is not None and value > high):
            return tr("{0} is outside the allowed dates").format(text)
        self.widget.blockSignals(True)
        self.widget.setDateTime(to_qdatetime(value))
        self.widget.blockSignals(False)
        return None

    def set_datetime(self, value: datetime) -> None:
        """Convenience for code and tests: set a Python datetime (UTC)."""
        self.set_value_text(opt.encode(self.spec, value))


class StringEditor(OptionEditor[QLineEdit]):
    def build(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(f"line_{self.spec.name}")
        if self.secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.textEdited.connect(self._user_edit)
        return edit

    def _widget_text(self) -> Optional[str]:
        text = self.widget.text()
        return text if text != "" else None

    def _set_widget_text(self, text: str) -> Optional[str]:
        self.widget.setText(text)
        return None

    def _clear_widget(self) -> None:
        self.widget.clear()


class ConstrainedEditor(OptionEditor[QComboBox]):
    """A combo of the constrained names; the data of each item is the wire value."""

    def build(self) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"combo_{self.spec.name}")
        if not self.spec.required:
            combo.addItem(tr("(none)"), None)
        for value, name in zip(self.spec.constrained_values, self.spec.constrained_names):
            combo.addItem(name, value)
        combo.currentIndexChanged.connect(self._user_edit)
        return combo

    def _widget_text(self) -> Optional[str]:
        return self.widget.currentData()

    def _set_widget_text(self, text: str) -> Optional[str]:
        index = self.widget.findData(text)
        if index < 0:
            return tr("'{0}' is not one of the choices").format(text)
        self.widget.blockSignals(True)
        self.widget.setCurrentIndex(index)
        self.widget.blockSignals(False)
        return None

    def _clear_widget(self) -> None:
        if not self.spec.required:
            self.widget.setCurrentIndex(0)


EDITORS: dict[str, type[OptionEditor]] = {
    opt.DATA_TYPE_NUMERIC: NumericEditor,
    opt.DATA_TYPE_CURRENCY: CurrencyEditor,
    opt.DATA_TYPE_BOOLEAN: BooleanEditor,
    opt.DATA_TYPE_DATETIME: DateTimeEditor,
    opt.DATA_TYPE_STRING: StringEditor,
    opt.DATA_TYPE_CONSTRAINED: ConstrainedEditor,
}


def make_option_editor(option: dict, parent: QWidget | None = None, *, secret: bool = False) -> OptionEditor:
    """The editor for an option's data type (unknown types are edited as text)."""
    editor_class = EDITORS.get(str(option.get("data_type")), StringEditor)
    return editor_class(option, parent, secret=secret)


def collapsed_group_box(title: str, parent: QWidget) -> QWidget:
    """QGIS's collapsible group box, collapsed. Imported here, not at the top: the rest of this module needs only Qt
    (the Qt6 tier, tests/qt6, runs it without QGIS)."""
    from qgis.gui import QgsCollapsibleGroupBox

    box = QgsCollapsibleGroupBox(title, parent)
    box.setCollapsed(True)
    return box


def option_label(option: dict) -> str:
    title = option.get("title") or option.get("name") or ""
    return f"{title} *" if option.get("required") else title


def _end_start_pairs(names: list[str]) -> list[tuple[str, str]]:
    """(start, end) option names that must be in order: start_date/end_date, period_start/period_end…"""
    pairs = []
    for name in names:
        for a, b in (("end", "start"),):
            candidates = []
            if name.startswith(a + "_"):
                candidates.append(b + name[len(a) :])
            if name.endswith("_" + a):
                candidates.append(name[: -len(a)] + b)
            for start in candidates:
                if start in names:
                    pairs.append((start, name))
    return pairs


class OptionsForm(QWidget):
    """The options of a service or dispatcher: one row per option, advanced ones in a collapsed group.

    ``extra_checks`` maps option names to ``check(text) -> message or None`` (e.g. the dispatcher condition's
    syntax check). Errors from the client and from the server land under their editor (:meth:`set_errors`).
    """

    changed = pyqtSignal()

    def __init__(
        self,
        options: list,
        parent: QWidget | None = None,
        *,
        secret_names: frozenset = frozenset(),
        extra_checks: Optional[dict[str, Callable[[str], Optional[str]]]] = None,
        prefix: str = "",
    ):
        super().__init__(parent)
        self.options = [dict(o) for o in options or []]
        self.extra_checks = dict(extra_checks or {})
        self.check_on_client = True
        self.editors: dict[str, OptionEditor] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.row_labels: dict[str, QLabel] = {}
        self.read_only_reason = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        main = QFormLayout()
        outer.addLayout(main)
        advanced_box: Optional[QWidget] = None
        advanced: Optional[QFormLayout] = None
        for option in self.options:
            name = str(option.get("name"))
            layout = main
            if option.get("advanced"):
                if advanced_box is None or advanced is None:
                    advanced_box = collapsed_group_box(tr("Advanced options"), self)
                    advanced_box.setObjectName(f"group_{prefix}advanced")
                    advanced = QFormLayout(advanced_box)
                    outer.addWidget(advanced_box)
                layout = advanced
            editor = make_option_editor(option, self, secret=name in secret_names)
            editor.changed.connect(self._on_changed)
            label = QLabel(option_label(option), self)
            label.setToolTip(option.get("description") or "")
            if option.get("required"):
                font = label.font()
                font.setBold(True)
                label.setFont(font)
            error = QLabel(self)
            error.setObjectName(f"label_error_{prefix}{name}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            cell = QWidget(self)
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(1)
            cell_layout.addWidget(editor)
            cell_layout.addWidget(error)
            layout.addRow(label, cell)
            self.editors[name] = editor
            self.error_labels[name] = error
            self.row_labels[name] = label
        self._refresh_exclusions()
        self._show_pending_errors()

    # -- values -------------------------------------------------------------------------------------------------------
    def editor(self, name: str) -> OptionEditor:
        return self.editors[name]

    def excluded(self, name: str) -> Optional[str]:
        """Why an option does not apply now (``mutually_exclusive`` holds), or None."""
        rule = self.editors[name].option.get("mutually_exclusive")
        if not rule or "=" not in str(rule):
            return None
        other, _, wanted = str(rule).partition("=")
        other = other.strip()
        if other not in self.editors or other == name:
            return None
        current = self.editors[other].value_text()
        if current is not None and current.strip().lower() == wanted.strip().lower():
            title = self.editors[other].option.get("title") or other
            return tr("Not used while {0} is {1}").format(title, wanted.strip())
        return None

    def values(self) -> dict[str, Optional[str]]:
        """Wire values by option name; options excluded by ``mutually_exclusive`` have no value."""
        return {name: (None if self.excluded(name) else editor.value_text()) for name, editor in self.editors.items()}

    def set_values(self, values: dict) -> None:
        for name, value in (values or {}).items():
            if name in self.editors:
                self.editors[name].set_value_text(value)
        self._refresh_exclusions()
        self._show_pending_errors()

    def restore_defaults(self) -> None:
        for editor in self.editors.values():
            editor.restore_default()
        self.clear_errors()
        self._refresh_exclusions()

    # -- validation and errors -------------------------------------------------------------------------------------
    def validate(self) -> dict[str, str]:
        """Client-side problems by option name (type, range, required, choice, order of dates, extra checks)."""
        errors: dict[str, str] = {}
        values = self.values()
        typed: dict[str, Any] = {}  # opt.coerce's values: numbers, dates, text
        for name, editor in self.editors.items():
            pending = editor.pending_error()
            if pending and not self.excluded(name):
                errors[name] = pending
                continue
            try:
                value = opt.coerce(editor.spec, values[name])
                opt.validate(editor.spec, value, for_create=not self.excluded(name))
                typed[name] = value
            except OptionValidationError as exc:
                errors[name] = exc.field_errors.get(editor.spec.name, str(exc))
                continue
            check = self.extra_checks.get(name)
            text = values[name]
            if check is not None and text:
                problem = check(text)
                if problem:
                    errors[name] = problem
        for start, end in _end_start_pairs(list(self.editors)):
            if typed.get(start) is not None and typed.get(end) is not None and typed[start] > typed[end]:
                errors.setdefault(
                    end,
                    tr("{0} must not be before {1}").format(
                        self.editors[end].option.get("title") or end, self.editors[start].option.get("title") or start
                    ),
                )
        return errors

    def set_errors(self, errors: dict[str, str]) -> dict[str, str]:
        """Show each message under its editor; return the messages that name no option here."""
        unmatched = {}
        for key, message in (errors or {}).items():
            if key in self.error_labels:
                label = self.error_labels[key]
                label.setText(message)
                label.show()
                self.editors[key].setToolTip(message)
                parent = self.editors[key].parentWidget()
                while parent is not None and parent is not self:
                    expand = getattr(parent, "setCollapsed", None)  # the advanced options' box
                    if callable(expand):
                        expand(False)
                    parent = parent.parentWidget()
            else:
                unmatched[key] = message
        return unmatched

    def error_text(self, name: str) -> str:
        label = self.error_labels[name]
        return label.text() if not label.isHidden() else ""

    def clear_errors(self) -> None:
        for name, label in self.error_labels.items():
            label.clear()
            label.hide()
            self.editors[name].setToolTip(self.editors[name].option.get("description") or "")

    def _show_pending_errors(self) -> None:
        for name, editor in self.editors.items():
            pending = editor.pending_error()
            if pending:
                self.set_errors({name: pending})

    # -- state ---------------------------------------------------------------------------------------------------------
    def set_read_only(self, reason: str) -> None:
        """Empty reason: editable. Otherwise every editor is disabled and says why in its tooltip."""
        self.read_only_reason = reason
        for editor in self.editors.values():
            editor.setEnabled(not reason)
            editor.setToolTip(reason or editor.option.get("description") or "")
        self._refresh_exclusions()

    def _on_changed(self) -> None:
        self._refresh_exclusions()
        sender = self.sender()
        if isinstance(sender, OptionEditor):
            name = sender.spec.name
            if not sender.pending_error() and name in self.error_labels:
                self.error_labels[name].hide()
        self.changed.emit()

    def _refresh_exclusions(self) -> None:
        if self.read_only_reason:
            return
        for name, editor in self.editors.items():
            reason = self.excluded(name)
            editor.setEnabled(reason is None)
            if reason:
                editor.setToolTip(reason)
            self.row_labels[name].setEnabled(reason is None)

"""Dispatchers: where a run's outputs go when it finishes (e-mail, AWS S3, … whatever the service offers).

One checkable group per available dispatcher (docs/api-contract.md §6.7.6), its options generated like the service's.
Secret options (S3 keys, session token) are password fields whose values are kept only in the QGIS auth database when
remembered (presets store the auth config id, never the secret). The ``condition`` option gets a syntax check
before anything is sent: :func:`check_condition` parses it with ``ast`` in eval mode and accepts only a small
whitelist of node types and names, mirroring what the platform evaluates (never ``eval``).
"""

from __future__ import annotations

import ast
import re
from typing import Any, Optional

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from ...api.options import SECRET_OPTION_NAMES
from ...qgis_support.words.i18n import tr
from ..ui import detach
from .option_editors import ERROR_STYLE, OptionsForm

CONDITION = "condition"

_ALLOWED_NODES: tuple[type[ast.AST], ...] = (
    ast.Expression,
    ast.BoolOp,
    ast.BinOp,
    ast.UnaryOp,
    ast.Compare,
    ast.Name,
    ast.Load,
    ast.Constant,
    ast.And,
    ast.Or,
    ast.Not,
    ast.Eq,
    ast.NotEq,
    ast.Lt,
    ast.LtE,
    ast.Gt,
    ast.GtE,
    ast.In,
    ast.NotIn,
    ast.Is,
    ast.IsNot,
    ast.Add,
    ast.Sub,
    ast.Mult,
    ast.Div,
    ast.FloorDiv,
    ast.Mod,
    ast.USub,
    ast.UAdd,
    ast.IfExp,
    ast.List,
    ast.Tuple,
    ast.Subscript,
    ast.Slice,
    ast.Call,
)
if hasattr(ast, "Index"):  # Python < 3.9 wraps subscripts in Index
    _ALLOWED_NODES += (ast.Index,)
_ALLOWED_FUNCTIONS = {"len", "any", "all", "min", "max", "abs", "sum", "str", "int", "float", "bool"}
_VARIABLES = re.compile(r"^(inputs|dispatching_service_name|input_\d+_files|input_\d+_file_\d+_(name|lines))$")


def check_condition(text: str) -> Optional[str]:
    """None when ``text`` is an acceptable condition expression, else a message saying what is wrong."""
    if not text or not text.strip():
        return None
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError as exc:
        return tr("Syntax error at column {0}: {1}").format(exc.offset or 0, exc.msg)
    for node in ast.walk(tree):
        if not isinstance(node, _ALLOWED_NODES):
            return tr("'{0}' is not allowed in a condition").format(type(node).__name__)
        if isinstance(node, ast.Call):
            if not isinstance(node.func, ast.Name) or node.func.id not in _ALLOWED_FUNCTIONS or node.keywords:
                return tr("Only the functions {0} may be called").format(", ".join(sorted(_ALLOWED_FUNCTIONS)))
        if (
            isinstance(node, ast.Name)
            and node.id not in _ALLOWED_FUNCTIONS
            and node.id not in ("True", "False", "None")
            and not _VARIABLES.match(node.id)
        ):
            return tr(
                "Unknown name '{0}' (use inputs, input_n_files, input_n_file_m_name, input_n_file_m_lines or "
                "dispatching_service_name)"
            ).format(node.id)
    return None


class DispatcherPanel(QGroupBox):
    """One available dispatcher: checked = added to the process."""

    def __init__(self, dispatcher: dict, parent: QWidget | None = None):
        super().__init__(str(dispatcher.get("name") or tr("Dispatcher")), parent)
        self.dispatcher = dict(dispatcher)
        self.name = str(dispatcher.get("name"))
        key = re.sub(r"\W+", "_", self.name.lower()).strip("_")
        self.setObjectName(f"group_dispatcher_{key}")
        self.setCheckable(True)
        self.setChecked(False)
        self.setToolTip(dispatcher.get("documentation_summary") or "")
        layout = QVBoxLayout(self)
        summary = dispatcher.get("documentation_summary")
        if summary:
            label = QLabel(str(summary), self)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.form = OptionsForm(
            dispatcher.get("options") or [],
            self,
            secret_names=SECRET_OPTION_NAMES,
            extra_checks={CONDITION: check_condition},
            prefix=f"{key}_",
        )
        layout.addWidget(self.form)
        self.authcfg = ""  # auth config holding this dispatcher's secrets, when remembered

    def secret_values(self) -> dict[str, str]:
        values = self.form.values()
        return {k: v for k, v in values.items() if k in SECRET_OPTION_NAMES and v}

    def plain_values(self) -> dict[str, Optional[str]]:
        return {k: v for k, v in self.form.values().items() if k not in SECRET_OPTION_NAMES}


class DispatcherEditor(QWidget):
    """All dispatchers available to the process, each in a checkable group."""

    changed = pyqtSignal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.panels: list[DispatcherPanel] = []
        self.layout_panels = QVBoxLayout(self)
        self.layout_panels.setContentsMargins(0, 0, 0, 0)
        self.label_none = QLabel(tr("This service offers no dispatchers."), self)
        self.layout_panels.addWidget(self.label_none)
        self.label_error = QLabel(self)
        self.label_error.setObjectName("label_error_dispatchers")
        self.label_error.setStyleSheet(ERROR_STYLE)
        self.label_error.setWordWrap(True)
        self.label_error.hide()
        self.layout_panels.addWidget(self.label_error)

    def set_available(self, dispatchers: list) -> None:
        for panel in self.panels:
            detach(panel)
        self.panels = []
        for dispatcher in dispatchers or []:
            panel = DispatcherPanel(dispatcher, self)
            panel.toggled.connect(lambda _checked: self.changed.emit())
            panel.form.changed.connect(self.changed.emit)
            self.layout_panels.insertWidget(self.layout_panels.count() - 1, panel)
            self.panels.append(panel)
        self.label_none.setVisible(not self.panels)

    def panel(self, name: str) -> DispatcherPanel:
        return next(p for p in self.panels if p.name == name)

    def selected(self) -> list[DispatcherPanel]:
        return [p for p in self.panels if p.isChecked()]

    def set_selected(self, entries: list) -> None:
        """Check and fill panels from a process's ``dispatchers`` (wire dicts) or presets (name + options)."""
        for each in self.panels:
            each.setChecked(False)
        for entry in entries or []:
            name = entry.get("name")
            panel = next((p for p in self.panels if p.name == name), None)
            if panel is None:
                continue
            panel.setChecked(True)
            options = entry.get("options")
            if isinstance(options, list):
                options = {o.get("name"): o.get("value") for o in options if isinstance(o, dict)}
            panel.form.set_values(options or {})

    def validate(self) -> dict[str, str]:
        """Client-side problems keyed like the server: ``dispatcher_<n>.<option>`` (n counts selected ones)."""
        errors = {}
        for number, panel in enumerate(self.selected(), start=1):
            for name, message in panel.form.validate().items():
                errors[f"dispatcher_{number}.{name}"] = message
        return errors

    def set_errors(self, errors: dict[str, str]) -> dict[str, str]:
        """Route ``dispatcher_<n>.<option>`` errors to their panel; return the rest."""
        unmatched = {}
        selected = self.selected()
        general = []
        for key, message in (errors or {}).items():
            match = re.match(r"^dispatchers?[_\[.](\d+)\]?(?:\.(\w+))?$", key)
            if not match:
                unmatched[key] = message
                continue
            number = int(match.group(1))
            panel = selected[number - 1] if 1 <= number <= len(selected) else None
            option = match.group(2)
            if panel is not None and option and panel.form.set_errors({option: message}) == {}:
                continue
            general.append(message)
        if general:
            self.label_error.setText("\n".join(general))
            self.label_error.show()
        return unmatched

    def clear_errors(self) -> None:
        self.label_error.hide()
        for panel in self.panels:
            panel.form.clear_errors()

    def set_read_only(self, reason: str) -> None:
        for panel in self.panels:
            panel.setEnabled(not reason)
            panel.setToolTip(reason or panel.dispatcher.get("documentation_summary") or "")
            panel.form.set_read_only(reason)

    def wire_entries(self) -> list[dict[str, Any]]:
        """The selected dispatchers as (name, dispatch_intermediate, options) for the client."""
        return [{"name": p.name, "options": p.form.values()} for p in self.selected()]

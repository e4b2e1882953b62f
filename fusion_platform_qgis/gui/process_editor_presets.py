"""The process editor's defaults, presets (secrets in the QGIS auth database) and "Copy as Python" (the
equivalent SDK script, without the password).

:class:`ProcessPresets` is a part of :class:`.process_editor.ProcessEditor`: it reads and fills the editor's fields
through :class:`EditorFields` (what the editor shows: input rows, options, schedule, dispatchers) and reports
through ``status``.
"""

from __future__ import annotations

import os
from typing import Any, Optional, Protocol

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QApplication

from ..api import file_type_for
from ..qgis_support.session import presets
from ..qgis_support.session.plugin_state import PluginState
from ..qgis_support.words.i18n import tr
from ..qgis_support.words.python_snippet import process_snippet
from .process_editor_inputs import SOURCE_DATA, SOURCE_LAYER, InputRow
from .widgets.dispatcher_editor import DispatcherEditor
from .widgets.option_editors import OptionsForm
from .widgets.schedule_editor import ScheduleEditor


class EditorFields(Protocol):
    """What the process editor shows and presets read and fill (the editor is one)."""

    @property
    def inputs(self) -> dict[int, InputRow]: ...

    @property
    def options_form(self) -> Optional[OptionsForm]: ...

    @property
    def schedule_editor(self) -> ScheduleEditor: ...

    @property
    def dispatcher_editor(self) -> DispatcherEditor: ...

    @property
    def snapshot(self) -> dict[str, Any]: ...

    @property
    def service(self) -> Any: ...

    @property
    def uploaded(self) -> dict[tuple, Any]: ...

    def option_values(self) -> dict[str, Optional[str]]: ...


class ProcessPresets(QObject):
    """Restore defaults, save and load presets (``combo_preset`` in ``ui``), Copy as Python."""

    status = pyqtSignal(str, bool)  # text, is an error

    def __init__(self, fields: EditorFields, ui: Any, state: PluginState, parent: QObject):
        super().__init__(parent)
        self.fields = fields
        self.ui = ui
        self.state = state

    def set_status(self, text: str, error: bool = False) -> None:
        self.status.emit(text, error)

    # ----------------------------------------------------------------------------------------- defaults, presets
    def restore_defaults(self) -> None:
        options_form = self.fields.options_form
        if options_form is not None:
            options_form.restore_defaults()

    def preset_data(self) -> tuple[dict, dict]:
        """(preset without secrets, secrets per dispatcher name)."""
        inputs = {}
        for number, row in self.fields.inputs.items():
            layer = row.layer()
            if row.data_id():
                inputs[str(number)] = {"kind": SOURCE_DATA, "id": row.data_id(), "name": row.combo_data.currentText()}
            elif layer is not None:
                inputs[str(number)] = {"kind": SOURCE_LAYER, "layer_id": layer.id(), "layer_name": layer.name()}
        schedule = self.fields.schedule_editor.fields()
        secrets = {}
        dispatchers = []
        for panel in self.fields.dispatcher_editor.selected():
            dispatchers.append({"name": panel.name, "options": panel.plain_values()})
            if panel.secret_values():
                secrets[panel.name] = panel.secret_values()
        preset = {
            "options": self.fields.option_values(),
            "inputs": inputs,
            "schedule": schedule,
            "schedule_mode": self.fields.schedule_editor.mode(),
            "dispatchers": dispatchers,
        }
        return preset, secrets

    def _ssd_id(self) -> str:
        service = self.fields.service
        return self.fields.snapshot.get("ssd_id") or (str(service.ssd_id) if service is not None else "")

    def save_preset(self, name: str) -> bool:
        name = (name or "").strip()
        if not name:
            self.set_status(tr("Type a name for the preset first."), error=True)
            return False
        preset, secrets = self.preset_data()
        try:
            presets.save_preset(self._ssd_id(), name, preset, secrets)
        except RuntimeError as exc:
            self.set_status(tr("The preset was not saved: {0}").format(exc), error=True)
            return False
        self.refresh(name)
        self.set_status(tr("Preset '{0}' saved.").format(name))
        return True

    def load_preset(self, name: str) -> bool:
        preset = presets.load_preset(self._ssd_id(), (name or "").strip())
        if preset is None:
            self.set_status(tr("There is no preset named '{0}' for this service.").format(name), error=True)
            return False
        options_form = self.fields.options_form
        if options_form is not None:
            options_form.set_values(preset.get("options") or {})
        project = QgsProject.instance()
        for key, entry in (preset.get("inputs") or {}).items():
            row = self.fields.inputs.get(int(key))
            if row is None:
                continue
            if entry.get("kind") == SOURCE_DATA and entry.get("id"):
                row.set_data(entry["id"], entry.get("name"))
            elif entry.get("kind") == SOURCE_LAYER and project is not None:
                layer = project.mapLayer(entry.get("layer_id") or "")
                if layer is None:
                    found = project.mapLayersByName(entry.get("layer_name") or "")
                    layer = found[0] if found else None
                if layer is not None:
                    row.set_layer(layer)
                else:
                    row.set_error(
                        tr("The layer '{0}' of this preset is not in the project.").format(entry.get("layer_name"))
                    )
        schedule = preset.get("schedule") or {}
        if schedule:
            self.fields.schedule_editor.set_fields(schedule)
        self.fields.dispatcher_editor.set_selected(preset.get("dispatchers") or [])
        self.set_status(tr("Preset '{0}' loaded.").format(name))
        return True

    def refresh(self, current: str = "") -> None:
        combo = self.ui.combo_preset
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(presets.list_presets(self._ssd_id()) if self._ssd_id() else [])
        combo.setEditText(current)
        combo.blockSignals(False)

    # ----------------------------------------------------------------------------------------- Copy as Python
    def python_snippet(self) -> str:
        connection = self.state.connection
        user = self.state.user
        inputs = []
        uploaded = self.fields.uploaded
        for number, row in self.fields.inputs.items():
            entry: dict[str, Any] = {"number": number}
            layer = row.layer()
            if row.data_id():
                entry["data_id"] = row.data_id()
            elif layer is not None and (number, layer.id()) in uploaded:
                entry["data_id"] = str(uploaded[(number, layer.id())].id)
            elif layer is not None:
                path = layer.source().split("|")[0]
                if os.path.isfile(path):
                    entry.update({"path": path, "file_type": file_type_for(path), "data_name": layer.name()})
            inputs.append(entry)
        schedule = self.fields.schedule_editor.fields()
        organisation = self.state.organisation
        return process_snippet(
            api_url=connection.url if connection is not None else "",
            email=str(user.email) if user is not None else "",
            organisation_id=str(organisation.id) if organisation is not None else "",
            service_ssd_id=self._ssd_id(),
            service_name=self.fields.snapshot.get("service_name") or "",
            process_name=self.ui.line_name.text().strip(),
            inputs=inputs,
            options=self.fields.option_values(),
            schedule=schedule,
            dispatchers=self.fields.dispatcher_editor.wire_entries(),
        )

    def copy_as_python(self) -> str:
        text = self.python_snippet()
        clipboard = QApplication.clipboard()
        if clipboard is None:  # no QApplication: nothing to put it on
            return text
        clipboard.setText(text)
        self.set_status(tr("The equivalent Python script is on the clipboard (the password is not in it)."))
        return text

"""The process editor's defaults, presets (secrets in the QGIS auth database) and "Copy as Python" (the
equivalent SDK script, without the password). A mixin of :class:`.process_editor.ProcessEditor`."""

from __future__ import annotations

import os
from typing import Any

from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import QApplication

from ..api import file_type_for
from ..qgis_support import presets
from ..qgis_support.i18n import tr
from ..qgis_support.python_snippet import process_snippet
from .process_editor_inputs import SOURCE_DATA, SOURCE_LAYER


class PresetsMixin:
    # ----------------------------------------------------------------------------------------- defaults, presets
    def restore_defaults(self) -> None:
        if self.options_form is not None:
            self.options_form.restore_defaults()

    def preset_data(self) -> tuple[dict, dict]:
        """(preset without secrets, secrets per dispatcher name)."""
        inputs = {}
        for number, row in self.inputs.items():
            if row.data_id():
                inputs[str(number)] = {"kind": SOURCE_DATA, "id": row.data_id(), "name": row.combo_data.currentText()}
            elif row.layer() is not None:
                inputs[str(number)] = {
                    "kind": SOURCE_LAYER,
                    "layer_id": row.layer().id(),
                    "layer_name": row.layer().name(),
                }
        schedule = self.schedule_editor.fields()
        secrets = {}
        dispatchers = []
        for panel in self.dispatcher_editor.selected():
            dispatchers.append({"name": panel.name, "options": panel.plain_values()})
            if panel.secret_values():
                secrets[panel.name] = panel.secret_values()
        preset = {
            "options": self.option_values(),
            "inputs": inputs,
            "schedule": schedule,
            "schedule_mode": self.schedule_editor.mode(),
            "dispatchers": dispatchers,
        }
        return preset, secrets

    def _ssd_id(self) -> str:
        return self.snapshot.get("ssd_id") or (str(self.service.ssd_id) if self.service is not None else "")

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
        self._refresh_presets(name)
        self.set_status(tr("Preset '{0}' saved.").format(name))
        return True

    def load_preset(self, name: str) -> bool:
        preset = presets.load_preset(self._ssd_id(), (name or "").strip())
        if preset is None:
            self.set_status(tr("There is no preset named '{0}' for this service.").format(name), error=True)
            return False
        if self.options_form is not None:
            self.options_form.set_values(preset.get("options") or {})
        for key, entry in (preset.get("inputs") or {}).items():
            row = self.inputs.get(int(key))
            if row is None:
                continue
            if entry.get("kind") == SOURCE_DATA and entry.get("id"):
                row.set_data(entry["id"], entry.get("name"))
            elif entry.get("kind") == SOURCE_LAYER:
                layer = QgsProject.instance().mapLayer(entry.get("layer_id") or "")
                if layer is None:
                    found = QgsProject.instance().mapLayersByName(entry.get("layer_name") or "")
                    layer = found[0] if found else None
                if layer is not None:
                    row.set_layer(layer)
                else:
                    row.set_error(
                        tr("The layer '{0}' of this preset is not in the project.").format(entry.get("layer_name"))
                    )
        schedule = preset.get("schedule") or {}
        if schedule:
            self.schedule_editor.set_fields(schedule)
        self.dispatcher_editor.set_selected(preset.get("dispatchers") or [])
        self.set_status(tr("Preset '{0}' loaded.").format(name))
        return True

    def _refresh_presets(self, current: str = "") -> None:
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
        for number, row in self.inputs.items():
            entry: dict[str, Any] = {"number": number}
            layer = row.layer()
            if row.data_id():
                entry["data_id"] = row.data_id()
            elif layer is not None and (number, layer.id()) in self.uploaded:
                entry["data_id"] = str(self.uploaded[(number, layer.id())].id)
            elif layer is not None:
                path = layer.source().split("|")[0]
                if os.path.isfile(path):
                    entry.update({"path": path, "file_type": file_type_for(path), "data_name": layer.name()})
            inputs.append(entry)
        schedule = self.schedule_editor.fields()
        return process_snippet(
            api_url=connection.url if connection is not None else "",
            email=str(user.email) if user is not None else "",
            organisation_id=str(self.organisation.id) if self.organisation is not None else "",
            service_ssd_id=self._ssd_id(),
            service_name=self.snapshot.get("service_name") or "",
            process_name=self.ui.line_name.text().strip(),
            inputs=inputs,
            options=self.option_values(),
            schedule=schedule,
            dispatchers=self.dispatcher_editor.wire_entries(),
        )

    def copy_as_python(self) -> str:
        text = self.python_snippet()
        QApplication.clipboard().setText(text)
        self.set_status(tr("The equivalent Python script is on the clipboard (the password is not in it)."))
        return text

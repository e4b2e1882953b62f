"""The process editor: from a service's template to a created, priced and running process.

A non-modal dialog generated from the process template (``organisation.new_process(name, service)``) or from a
saved process: option editors per data type, one row per input (a QGIS layer, uploaded when the process is
created, or existing platform data of a matching file type), the schedule and the service's dispatchers.

Flow: Create checks everything on the client first (types, ranges, required, date order, condition syntax) and
shows each problem under its field; then one QgsTask uploads layer inputs, fills the template and creates the
process on the platform, whose field errors (``ValidationError.field_errors``: option names, ``input_<n>``,
``dispatcher_<n>.<option>``, model fields) are mapped back onto the same editors. Once created, the price and the
organisation's balance are shown and Execute is enabled only when the balance covers the price. The platform's
update rules are mirrored: while executing nothing may change; once it has run, only name and schedule (and only
when stopped) - the other editors are read-only and say why.

The work itself is the run pipeline's (qgis_support/pipeline: capture and upload the layer inputs, create or save,
execute), each step in a QgsTask (:func:`run_task`); the dialog only reads plain snapshots
(``pipeline.describe_process``) on the main thread. Execute hands the started run to the Executions dock and the
monitor through ``PluginState.run_started``.
"""

from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QDialog

from ..api.errors import FusionPlatformError, InsufficientCreditsError, ValidationError
from ..qgis_support import pipeline
from ..qgis_support.credits import judge_run, price_line
from ..qgis_support.i18n import format_amount, tr
from ..qgis_support.iface import qgis_iface
from ..qgis_support.log import log_info
from ..qgis_support.messages import error_text
from ..qgis_support.pipeline import SCHEDULE_KEYS, describe_process, list_usable_data
from ..qgis_support.region import RegionError
from ..qgis_support.tasks import run_task
from . import credit_prompt
from .process_editor_inputs import InputRow
from .process_editor_presets import ProcessPresets
from .ui import ask_yes_no, detach, load_form
from .widgets.dispatcher_editor import DispatcherEditor
from .widgets.option_editors import ERROR_STYLE, OptionsForm
from .widgets.schedule_editor import ScheduleEditor

FORM = load_form(__file__)


# ------------------------------------------------------------------------------------------------ the dialog
class ProcessEditor(QDialog):
    """Create or edit one process. ``open_service(service)`` or ``open_process(process)`` fills it (in a task)."""

    # Started runs leave through PluginState.run_started, created/saved processes through processes_changed.
    loaded = pyqtSignal()  # the template or process is in the form (Run again fills it in then)
    failed = pyqtSignal(str)  # the translated message shown in the status line

    @property
    def iface(self):
        """QGIS's interface, looked up when needed (see qgis_support/iface.py)."""
        return qgis_iface()

    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
        self.ui = FORM()
        self.ui.setupUi(self)
        self.setObjectName("fusion_platform_process_editor")
        self.process = None
        self.service = None
        self.snapshot: dict[str, Any] = {}
        self.credit = None
        self.inputs: dict[int, InputRow] = {}
        self.options_form: Optional[OptionsForm] = None
        self.schedule_editor = ScheduleEditor(self.ui.group_schedule)
        self.ui.layout_schedule.addWidget(self.schedule_editor)
        self.dispatcher_editor = DispatcherEditor(self.ui.group_dispatchers)
        self.ui.layout_dispatchers.addWidget(self.dispatcher_editor)
        self.data_items: list[dict] = []
        self.uploaded: dict[tuple, Any] = {}  # (input number, layer id) -> Data, so a retry does not upload again
        self.task = None
        self.busy = False
        self.execute_reason = ""
        # Confirmations go through this attribute so tests (offscreen) can answer without a modal dialog.
        self.confirm: Callable[[str], bool] = self._confirm_with_dialog
        self.ui.button_create.clicked.connect(self.create_or_save)
        self.ui.button_execute.clicked.connect(self.execute)
        self.ui.button_close.clicked.connect(self.close)
        self.presets = ProcessPresets(self, self.ui, state, self)
        self.presets.status.connect(self.set_status)
        self.ui.button_restore_defaults.clicked.connect(self.presets.restore_defaults)
        self.ui.button_copy_python.clicked.connect(self.presets.copy_as_python)
        self.ui.button_save_preset.clicked.connect(lambda: self.presets.save_preset(self.ui.combo_preset.currentText()))
        self.ui.button_load_preset.clicked.connect(lambda: self.presets.load_preset(self.ui.combo_preset.currentText()))
        self.ui.line_name.textEdited.connect(lambda _text: self.ui.label_error_name.hide())
        self.state.disconnected.connect(self._on_disconnected)
        self.state.connected.connect(self._on_connected)
        self._set_enabled_all(False)

    # ----------------------------------------------------------------------------------------- session
    def _on_disconnected(self) -> None:
        """Logged out: close. Session expired: stay open with every value kept, so nothing typed is lost."""
        if not self.state.expired:
            self.close()
            return
        if self.task is not None and not self.task.done:
            self.task.cancel()
        self.ui.button_create.setEnabled(False)
        self.ui.button_execute.setEnabled(False)
        self.set_status(tr("Your session has expired: log in again, then continue here."), error=True)

    def _on_connected(self, user) -> None:
        """Logged in again after an expiry: the loaded process continues with the new session."""
        if self.process is not None:
            self.process.use_session(user.session)
        self.set_status("")
        self.ui.button_create.setEnabled(self.process is not None and not self.busy)
        if self.snapshot:
            self._apply_rules()
        self._update_execute()

    # ----------------------------------------------------------------------------------------- opening
    @property
    def organisation(self):
        return self.state.organisation

    def open_service(self, service, name: Optional[str] = None) -> None:
        """Start from the service's process template (one GET, in a task)."""
        self.service = service
        self.ui.label_service.setText(tr("Service: {0}").format(service.name))
        self.setWindowTitle(tr("New process: {0}").format(service.name))
        name = name or tr("{0} process").format(service.name)
        organisation = self.organisation

        def work(task):
            process = organisation.new_process(name, service)
            return process, describe_process(process, service)

        self._start(tr("Loading the template of {0}").format(service.name), work, self._on_loaded)
        self._load_data_items()

    def open_process(self, process, service=None) -> None:
        """Edit a saved process (reloaded from the server first, so the rules apply to its current state)."""
        self.service = service
        organisation = self.organisation

        def work(task):
            process.get()
            found = service
            if found is None:
                found, _ = organisation.find_services(ssd_id=str(process.ssd_id))
            return process, describe_process(process, found), found

        def done(result):
            loaded, snapshot, found = result
            self.service = found
            self._on_loaded((loaded, snapshot))

        self._start(tr("Loading process {0}").format(process.name), work, done)
        self._load_data_items()

    def open_copy(self, process, name: str, service=None) -> None:
        """An unsaved copy of a process (the platform's copy template), to change and Create."""
        self.service = service
        organisation = self.organisation

        def work(task):
            copy = process.copy(name)
            found = service
            if found is None:
                found, _ = organisation.find_services(ssd_id=str(process.ssd_id))
            return copy, describe_process(copy, found), found

        def done(result):
            copy, snapshot, found = result
            self.service = found
            self._on_loaded((copy, snapshot))
            self.schedule_editor.set_fields(snapshot.get("schedule") or {})

        self._start(tr("Copying process {0}").format(process.name), work, done)
        self._load_data_items()

    def _load_data_items(self) -> None:
        organisation = self.organisation

        def done(items):
            self.data_items = items
            for row in self.inputs.values():
                row.set_data_items(items)

        run_task(
            tr("Listing platform data"),
            lambda task: list_usable_data(organisation),
            done,
            lambda error: self._quiet_failure(error, "Could not list data for the process editor"),
            silent=True,
        )

    def _on_loaded(self, result) -> None:
        self.process, self.snapshot = result
        self._build(self.snapshot)
        self._set_enabled_all(True)
        self._apply_rules()
        self.loaded.emit()

    def _build(self, snapshot: dict) -> None:
        if snapshot.get("service_name"):
            self.ui.label_service.setText(tr("Service: {0}").format(snapshot["service_name"]))
        self.ui.line_name.setText(snapshot.get("name") or "")
        self.setWindowTitle(tr("Process: {0}").format(snapshot.get("name") or ""))
        for row in self.inputs.values():
            for widget in (row.label, row.combo_source.parentWidget(), row.label_error):
                if widget is not None:
                    detach(widget)
        self.inputs = {}
        for index, entry in enumerate(snapshot.get("inputs") or []):
            row = InputRow(self.ui.layout_inputs, self.ui.group_inputs, entry, index)
            row.set_data_items(self.data_items)
            self.inputs[row.number] = row
        self.ui.group_inputs.setVisible(bool(self.inputs))
        if self.options_form is not None:
            detach(self.options_form)
        self.options_form = OptionsForm(snapshot.get("options") or [], self.ui.group_options)
        self.ui.layout_options.addWidget(self.options_form)
        self.ui.group_options.setVisible(bool(self.options_form.editors))
        if snapshot.get("persisted"):
            self.schedule_editor.set_fields(snapshot.get("schedule") or {})
        self.dispatcher_editor.set_available(snapshot.get("available_dispatchers") or [])
        self.dispatcher_editor.set_selected(snapshot.get("dispatchers") or [])
        self.presets.refresh()
        if snapshot.get("persisted"):
            self.ui.button_create.setText(tr("Save"))
            self._show_price(snapshot.get("price"), None)
            self._refresh_credit()
        else:
            self.ui.button_create.setText(tr("Create"))

    # ----------------------------------------------------------------------------------------- rules
    def read_only_reasons(self) -> tuple[str, str]:
        """(reason name and schedule are locked, reason everything else is locked); empty = editable."""
        snap = self.snapshot
        if not snap.get("persisted"):
            return "", ""
        if snap.get("status") == "execute":
            reason = tr("The process is executing: the platform lets nothing change until it is stopped.")
            return reason, reason
        if snap.get("has_run"):
            if snap.get("status") != "stop":
                reason = tr("Stop the process first: only a stopped process may be changed.")
                return reason, reason
            return "", tr(
                "This process has already run: the platform only lets you change its name and schedule. "
                "Copy the process to change anything else."
            )
        return "", ""

    def _apply_rules(self) -> None:
        schedule_reason, other_reason = self.read_only_reasons()
        self.ui.line_name.setEnabled(not schedule_reason)
        self.ui.line_name.setToolTip(schedule_reason or tr("A name for this process, shown in the Processes dock"))
        self.schedule_editor.setEnabled(not schedule_reason)
        self.schedule_editor.setToolTip(schedule_reason)
        for row in self.inputs.values():
            row.set_read_only(other_reason)
        if self.options_form is not None:
            self.options_form.set_read_only(other_reason)
        self.dispatcher_editor.set_read_only(other_reason)
        self.ui.button_restore_defaults.setEnabled(not other_reason)
        self.ui.button_load_preset.setEnabled(not other_reason)
        self.ui.button_create.setEnabled(not (schedule_reason and other_reason))
        self.ui.button_create.setToolTip(schedule_reason if schedule_reason and other_reason else "")
        self._update_execute()

    def _set_enabled_all(self, enabled: bool) -> None:
        for widget in (
            self.ui.widget_body,
            self.ui.line_name,
            self.ui.button_create,
            self.ui.button_copy_python,
            self.ui.button_save_preset,
            self.ui.button_load_preset,
            self.ui.button_restore_defaults,
        ):
            widget.setEnabled(enabled)
        if not enabled:
            self.ui.button_execute.setEnabled(False)

    # ----------------------------------------------------------------------------------------- collecting
    def option_values(self) -> dict[str, Optional[str]]:
        return self.options_form.values() if self.options_form is not None else {}

    def validate_client(self) -> dict[str, str]:
        """Every problem the client can see, keyed like the server's field errors."""
        errors: dict[str, str] = {}
        if not self.ui.line_name.text().strip():
            errors["name"] = tr("A process needs a name")
        if self.options_form is not None and self.options_form.check_on_client:
            errors.update(self.options_form.validate())
        for number, row in self.inputs.items():
            if not row.is_set():
                errors[f"input_{number}"] = tr("Choose a layer or platform data for this input")
        errors.update(self.schedule_editor.validate())
        if self.options_form is None or self.options_form.check_on_client:
            errors.update(self.dispatcher_editor.validate())
        return errors

    def clear_errors(self) -> None:
        self.ui.label_error_name.hide()
        self.ui.label_status.clear()
        if self.options_form is not None:
            self.options_form.clear_errors()
        for row in self.inputs.values():
            row.clear_error()
        self.schedule_editor.set_error("")
        self.dispatcher_editor.clear_errors()

    def show_errors(self, errors: dict[str, str], message: str = "") -> None:
        """Put each field error under its editor; anything unmatched goes to the status line."""
        rest = dict(errors or {})
        if "name" in rest:
            self.ui.label_error_name.setText(rest.pop("name"))
            self.ui.label_error_name.show()
        for key in list(rest):
            if key.startswith("input_") and key[6:].isdigit() and int(key[6:]) in self.inputs:
                self.inputs[int(key[6:])].set_error(rest.pop(key))
        schedule = [rest.pop(k) for k in list(rest) if k in SCHEDULE_KEYS or k == "repeat_offset"]
        if schedule:
            self.schedule_editor.set_error("\n".join(schedule))
        rest = self.dispatcher_editor.set_errors(rest)
        if self.options_form is not None:
            rest = self.options_form.set_errors(rest)
        lines = [message] if message else []
        lines += [f"{k}: {v}" for k, v in rest.items()]
        self.set_status("\n".join(lines) or tr("Please correct the fields marked in red."), error=True)

    def set_status(self, text: str, error: bool = False) -> None:
        self.ui.label_status.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.label_status.setText(text)

    # ----------------------------------------------------------------------------------------- create / save
    def create_or_save(self) -> None:
        if self.busy or self.process is None:
            return
        self.clear_errors()
        errors = self.validate_client()
        if errors:
            self.show_errors(errors, tr("Some values need attention before the process can be created."))
            return
        layer_inputs: dict[int, pipeline.LayerInput] = {}
        for number, row in self.inputs.items():
            layer = row.layer()
            if layer is None or (number, layer.id()) in self.uploaded:
                continue
            try:
                layer_inputs[number] = pipeline.capture_layer(layer)
            except RegionError as exc:
                self.show_errors({f"input_{number}": str(exc)})
                return
        if self.snapshot.get("persisted"):
            self._save(layer_inputs)
        else:
            self._create(layer_inputs)

    def _plan(self) -> dict[str, Any]:
        """Main thread: everything the worker needs, as plain values."""
        return {
            "name": self.ui.line_name.text().strip(),
            "options": self.option_values(),
            "inputs": {
                n: (row.data_id(), row.layer().id() if row.layer() is not None else None)
                for n, row in self.inputs.items()
            },
            "schedule": self.schedule_editor.fields(),
            "dispatchers": self.dispatcher_editor.wire_entries(),
        }

    def _create(self, layer_inputs: dict) -> None:
        plan = self._plan()
        process = self.process
        organisation = self.organisation
        known = {n: self.uploaded[(n, lid)] for n, (_d, lid) in plan["inputs"].items() if (n, lid) in self.uploaded}

        def work(task):
            fresh = pipeline.upload_inputs(
                organisation, layer_inputs, cancel=task.cancel_event, is_canceled=task.isCanceled
            )
            try:
                pipeline.create_process(organisation, process, plan, {**known, **fresh})
                failure = None
            except FusionPlatformError as exc:
                failure = exc  # the uploads are kept: a corrected Create does not upload again
            credit = None
            if failure is None:
                credit = organisation.credit
            return {
                "fresh": fresh,
                "failure": failure,
                "credit": credit,
                "snapshot": describe_process(process, self.service) if failure is None else None,
            }

        def done(result):
            for number, data in result["fresh"].items():
                self.uploaded[(number, plan["inputs"][number][1])] = data
            if result["fresh"]:
                self.state.data_changed.emit()
            if result["failure"] is not None:
                self._on_error(result["failure"])
                return
            self.snapshot = result["snapshot"]
            self.credit = result["credit"]
            self.ui.button_create.setText(tr("Save"))
            self.setWindowTitle(tr("Process: {0}").format(self.snapshot.get("name")))
            self._show_price(self.snapshot.get("price"), self.credit)
            self._apply_rules()
            self.set_status(tr("Created on the platform. Check the price, then Execute."))
            self.state.processes_changed.emit()
            if self.credit is not None:
                self.state.credits_changed.emit(self.credit)

        self._start(tr("Creating process {0}").format(plan["name"]), work, done)

    def _save(self, layer_inputs: dict) -> None:
        plan = self._plan()
        process = self.process
        organisation = self.organisation
        schedule_reason, other_reason = self.read_only_reasons()
        known = {n: self.uploaded[(n, lid)] for n, (_d, lid) in plan["inputs"].items() if (n, lid) in self.uploaded}

        def work(task):
            fresh = {}
            if not other_reason:
                fresh = pipeline.upload_inputs(
                    organisation, layer_inputs, cancel=task.cancel_event, is_canceled=task.isCanceled
                )
            pipeline.save_process(
                organisation, process, plan, {**known, **fresh}, bool(schedule_reason), bool(other_reason)
            )
            return {"fresh": fresh, "credit": organisation.credit, "snapshot": describe_process(process, self.service)}

        def done(result):
            for number, data in result["fresh"].items():
                self.uploaded[(number, plan["inputs"][number][1])] = data
            self.snapshot = result["snapshot"]
            self.credit = result["credit"]
            self._show_price(self.snapshot.get("price"), self.credit)
            self._apply_rules()
            self.set_status(tr("Saved."))
            self.state.processes_changed.emit()

        self._start(tr("Saving process {0}").format(plan["name"]), work, done)

    # ----------------------------------------------------------------------------------------- price / execute
    def _refresh_credit(self) -> None:
        organisation = self.organisation

        def done(credit):
            self.credit = credit
            self._show_price(self.snapshot.get("price"), credit)
            self._update_execute()

        run_task(
            tr("Reading the credit balance"),
            lambda task: organisation.credit,
            done,
            lambda error: self._quiet_failure(error, "Could not read the credit balance"),
            silent=True,
        )

    def _quiet_failure(self, error: BaseException, what: str) -> None:
        """A background read failed: an expired session is reported, anything else only logged."""
        if not self.state.report_error(error):
            log_info(f"{what}: {error}")

    def balance(self) -> Optional[float]:
        if self.credit is None:
            return None
        value = self.credit.any_credits
        return float(value) if value is not None else None

    def price(self) -> Optional[float]:
        price = self.snapshot.get("price")
        return float(price) if price is not None else None

    def _show_price(self, price, credit) -> None:
        if price is not None:
            self.ui.label_price.setText(tr("Price: {0} credits per run").format(format_amount(price)))
        if credit is not None and credit.any_credits is not None:
            self.ui.label_balance.setText(tr("Balance: {0} credits").format(format_amount(credit.any_credits)))
            if price is not None:  # the price and the balance after it, together
                self.ui.label_price.setText(price_line(judge_run(price, credit.any_credits), tr, format_amount))
        self._update_execute()

    def _update_execute(self) -> None:
        reason = ""
        snap = self.snapshot
        if not snap.get("persisted"):
            reason = tr("Create the process first: the platform checks it and sets its price.")
        elif snap.get("status") == "execute":
            reason = tr("The process is already executing.")
        elif (price := self.price()) is not None and (balance := self.balance()) is not None and balance < price:
            reason = tr("Not enough credits: the process costs {0} credits but the organisation has {1}.").format(
                format_amount(price), format_amount(balance)
            )
        elif self.balance() is None:
            reason = tr("Reading the organisation's credit balance…")
        self.execute_reason = reason
        self.ui.button_execute.setEnabled(not reason and not self.busy)
        self.ui.button_execute.setToolTip(reason or tr("Start the process on the platform"))
        if reason and snap.get("persisted") and "credits" in reason:
            self.set_status(reason, error=True)

    def execute(self) -> None:
        if self.busy or self.process is None or self.execute_reason:
            return
        process = self.process
        organisation = self.organisation
        verdict = credit_prompt.verdict_for(organisation.id, self.price(), self.balance())
        if not credit_prompt.may_run(self, verdict, process.name):
            self.set_status(tr("Not executed."))
            return

        def work(task):
            pipeline.execute_process(process, organisation, confirmed=True)
            return describe_process(process, self.service), organisation.credit

        def done(result):
            self.snapshot, self.credit = result
            self._show_price(self.snapshot.get("price"), self.credit)
            self._apply_rules()
            self.set_status(tr("Executing: follow it in the Executions dock."))
            self.state.executions_changed.emit()
            self.state.processes_changed.emit()
            self.state.credits_changed.emit(self.credit)
            # The hand-off: the Executions dock and the monitor follow this very run instead of rediscovering it.
            pipeline.announce_run(self.state, process)

        self._start(tr("Executing process {0}").format(process.name), work, done)

    # ----------------------------------------------------------------------------------------- tasks
    def _start(self, description: str, work, on_success) -> None:
        self.busy = True
        self.ui.button_create.setEnabled(False)
        self.ui.button_execute.setEnabled(False)
        self.set_status(description + "…")
        self.state.push_busy()

        def success(result):
            self.busy = False
            self.state.pop_busy()
            self.set_status("")
            self.ui.button_create.setEnabled(True)
            on_success(result)
            if self.snapshot:
                self._apply_rules()

        def error(exc):
            self.busy = False
            self.state.pop_busy()
            self.ui.button_create.setEnabled(self.process is not None)
            self._on_error(exc)

        self.task = run_task(description, work, success, error)

    def _on_error(self, error: BaseException) -> None:
        if self.state.report_error(error):
            return  # the Account dock asks to log in; _on_disconnected keeps the form as it is
        text = error_text(error, self.state.connection)
        if isinstance(error, ValidationError) and error.field_errors:
            self.show_errors(error.field_errors, tr("The platform refused the process:"))
        elif isinstance(error, InsufficientCreditsError):
            self.set_status(text, error=True)
            self._refresh_credit()
        else:
            self.set_status(text, error=True)
        if self.snapshot:
            self._apply_rules()
        self.failed.emit(text)

    # ----------------------------------------------------------------------------------------- closing
    def _confirm_with_dialog(self, text: str) -> bool:
        return ask_yes_no(self, text)

    def closeEvent(self, event) -> None:
        if self.task is not None and not self.task.done:
            self.task.cancel()
        for signal, slot in (
            (self.state.disconnected, self._on_disconnected),
            (self.state.connected, self._on_connected),
        ):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        super().closeEvent(event)

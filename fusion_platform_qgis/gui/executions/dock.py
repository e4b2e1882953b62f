"""Executions dock: follow runs, get told when they finish, and find their outputs on the map.

The dock lists the organisation's runs (or one process's), newest first; a group (slices plus the aggregator) is
one row with its overall progress and the members below it. What it costs does not grow with history: a refresh
reads ONE page of processes, whose listing carries each process's execution summaries (contract §6.7.4), and
derives the runs and their status from them (:mod:`..qgis_support.runs`); more pages come on scrolling to the
bottom or "More…"; the full records of a run are read only for the selected run (and by the monitor for running
ones). Runs live in a :class:`.model.RunsModel` keyed by run key, so a change touches one row.

It owns the :class:`~..qgis_support.pipeline.follow.ExecutionMonitor` (created here, stopped in ``shutdown()``), which polls
running executions in the background. A run started elsewhere in the plugin arrives through
``PluginState.run_started`` (the api.Process executed) and is tracked directly. The listing, notifications, previews,
actions and outputs are mixins beside this module (:mod:`.listing`, :mod:`.notifications`, :mod:`.previews`,
:mod:`.actions`, :mod:`.outputs`); the progress bars are painted by :mod:`.delegate`.
"""

from __future__ import annotations

from typing import Callable, Optional

from qgis.core import Qgis
from qgis.PyQt.QtCore import QDateTime, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QTreeWidgetItem

from ...api import listings as endpoints
from ...qgis_support import settings as fp_settings
from ...qgis_support.i18n import tr
from ...qgis_support.log import log_warning
from ...qgis_support.messages import error_text
from ...qgis_support.pipeline import ExecutionMonitor, OutputsLoader
from ...qgis_support.run_state import component_runtime, component_status, run_status
from ...qgis_support.runs import is_summary, merge_runs, parse_time, run_key
from ...qgis_support.tasks import QUIET, run_task
from ..base_dock import FormDock
from ..log_viewer import LogViewer
from ..ui import ask_yes_no, load_form
from .actions import ActionsMixin
from .delegate import ProgressDelegate
from .listing import ListingMixin
from .model import (
    COLUMN_PROGRESS,
    PROGRESS_ROLE,
    ROLE,
    RunsModel,
    status_text,
)
from .notifications import NotificationsMixin
from .outputs import OutputsMixin
from .previews import PreviewsMixin


class ExecutionsDock(ListingMixin, NotificationsMixin, PreviewsMixin, ActionsMixin, OutputsMixin, FormDock):
    FORM = load_form(__file__)
    OBJECT_NAME = "fusion_platform_executions_dock"

    outputs_loaded = pyqtSignal(object)  # layers.RunLoader
    outputs_shown = pyqtSignal(object)  # QgsLayerTreeGroup of a run that was already on the map
    runs_refreshed = pyqtSignal()
    notified = pyqtSignal(dict)  # the run a notification was raised for
    components_shown = pyqtSignal()  # the components tree was (re)filled
    previews_shown = pyqtSignal(str)  # run key whose thumbnails are now in the strip
    streams_refreshed = pyqtSignal(int)  # number of streamed layers given a new signed URL
    run_tracked = pyqtSignal(str)  # run key of a run handed over by PluginState.run_started, now listed
    run_changed = pyqtSignal(str)  # run key of one run re-read or removed on its own (no relisting)

    def __init__(self, state, parent=None):
        super().__init__(state, tr("Executions"), parent)
        self.processes: dict[str, dict] = {}
        self.model = RunsModel(self)
        self.components: list[dict] = []
        self.notifications: list[dict] = []
        self.bar_items: list = []  # message-bar items pushed by this dock, popped in shutdown()
        self.table_offers: list = []  # "Open the statistics table" buttons pushed to the message bar
        self.log_viewers: list[LogViewer] = []
        self.cursor: Optional[dict] = None  # the next page of processes, or None when every page is listed
        self._refresh_task = None
        self._refresh_pending = False
        self._more_task = None
        self._details_task = None
        self._components_task = None
        self.preview_cache: dict[str, list[dict]] = {}  # previews key -> entries with decoded thumbnails
        self._previews_task = None
        self._previews_key: str | None = None
        self.preview_menu = None
        self._shut_down = False
        self.tray = None
        # Confirmation hook: tests replace it (a modal box would block offscreen runs).
        self.confirm: Callable[[str], bool] = self._confirm_with_box
        self.series_context = None  # the Browser's context (set by the plugin): a loaded series follows new runs

        preferences = fp_settings.load_preferences()
        self.monitor = ExecutionMonitor(state, self, preferences.poll_interval_seconds, listed_runs=self._listed_runs)
        self.monitor.run_started.connect(self.on_run_started)
        self.monitor.run_progress.connect(self.on_execution_updated)
        self.monitor.run_ended.connect(self.on_run_finished)
        self.monitor.preferences_applied.connect(self._preferences_applied)
        self.outputs_loader = OutputsLoader(state, self)
        self.outputs_loader.outputs_loaded.connect(self._outputs_built)
        self.outputs_loader.outputs_shown.connect(self._outputs_shown)
        self.outputs_loader.failed.connect(self._outputs_failed)
        self.outputs_loader.progress.connect(self._download_progress)

        ui = self.ui
        view = ui.tree_executions
        view.setModel(self.model)
        view.setItemDelegateForColumn(COLUMN_PROGRESS, ProgressDelegate(view))
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # "Demo: Sen…+ aggregator)": both ends
        view.header().setStretchLastSection(False)
        view.header().setDefaultSectionSize(48)  # columns start narrow and grow to their texts (_fit_columns)
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        view.verticalScrollBar().valueChanged.connect(self._scrolled)
        ui.check_load_automatically.setChecked(preferences.load_outputs_automatically)
        ui.check_load_automatically.toggled.connect(self._set_load_automatically)
        ui.button_refresh.clicked.connect(self.refresh)
        ui.button_more.clicked.connect(self.load_more)
        ui.button_more.setVisible(False)
        ui.combo_process.currentIndexChanged.connect(self._process_filter_changed)
        ui.button_load_outputs.clicked.connect(lambda: self.load_outputs(self.selected_run()))
        ui.button_load_series.clicked.connect(lambda: self.load_time_series(self.selected_run()))
        ui.button_show_log.clicked.connect(self._show_log_clicked)
        ui.button_stop.clicked.connect(self.stop_selected)
        ui.button_delete.clicked.connect(self.delete_selected)
        ui.button_change_expiry.clicked.connect(self.change_expiry_selected)
        ui.list_previews.itemClicked.connect(self._preview_clicked)
        ui.button_refresh_streams.clicked.connect(self.refresh_streamed_layers)
        ui.datetime_expiry.setDateTime(QDateTime.currentDateTime().addDays(30))
        state.executions_changed.connect(self.refresh)
        self._update_buttons()
        if state.organisation is not None:
            self.on_organisation_changed(state.organisation)

    @property
    def runs(self) -> dict[str, dict]:
        """Run key -> run (``{"process", "group_id", "executions"}``) of every listed run."""
        return self.model.runs

    # ------------------------------------------------------------------ state hooks
    def on_organisation_changed(self, organisation) -> None:
        self.monitor.pause()
        self._clear()
        if organisation is None:
            self.ui.label_status.setText(tr("Log in from the Account dock to follow executions."))
            return
        self.monitor.resume()
        self.refresh()

    def on_disconnected(self) -> None:
        self.monitor.pause()
        self._clear()

    def shutdown(self) -> None:
        self._shut_down = True
        self.monitor.stop()
        self.outputs_loader.stop()
        tasks = [self._refresh_task, self._more_task, self._details_task, self._components_task, self._previews_task]
        for task in tasks:
            if task is not None and not getattr(task, "done", True):
                try:
                    task.cancel()
                except RuntimeError:
                    pass
        for signal, slot in ((self.state.executions_changed, self.refresh),):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        self._pop_bar_items()
        for viewer in self.log_viewers:
            viewer.close()
        if self.preview_menu is not None:
            self.preview_menu.close()
            self.preview_menu.deleteLater()
            self.preview_menu = None
        if self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None
        super().shutdown()

    # ------------------------------------------------------------------ helpers
    def _session(self):
        user = self.state.user
        return user.session if user is not None else None

    def _org_id(self) -> str:
        return str(self.state.organisation.id)

    def _action_session(self):
        """The session for a user action, or None after telling the user they were logged out meanwhile.

        Why: a run stays selected (or a confirmation stays open) while the Account dock logs out; the action
        must then say so instead of failing with an AttributeError on ``state.user``/``state.organisation``."""
        session = self._session()
        if session is None or self.state.organisation is None:
            self._message(
                tr("You are no longer logged in: log in from the Account dock, then try again."),
                Qgis.MessageLevel.Warning,
            )
            return None
        return session

    def _error_text(self, error: BaseException) -> str:
        """One translated sentence for a failed call (``messages.error_text``), never the client's raw English."""
        return error_text(error, self.state.connection)

    def _error_message(self, template: str, level=Qgis.MessageLevel.Critical) -> Callable[[BaseException], None]:
        """A task's error callback: an expired session goes to the Account dock (``state.report_error``), anything
        else is shown as ``template`` (a translated "…: {0}") filled with the translated error."""

        def show(error: BaseException) -> None:
            if not self._shut_down and not self.state.report_error(error):
                self._message(template.format(self._error_text(error)), level)

        return show

    def _message(self, text: str, level=Qgis.MessageLevel.Info, duration: int = 5) -> None:
        self.iface.messageBar().pushMessage(tr("Fusion Platform"), text, level=level, duration=duration)

    def _confirm_with_box(self, text: str) -> bool:
        return ask_yes_no(self, text, default_no=True)

    def _preferences_applied(self, preferences) -> None:
        """The Options page saved new preferences: show its "load outputs automatically" choice here too."""
        check = self.ui.check_load_automatically
        check.blockSignals(True)
        check.setChecked(bool(preferences.load_outputs_automatically))
        check.blockSignals(False)

    def _set_load_automatically(self, checked: bool) -> None:
        preferences = fp_settings.load_preferences()
        preferences.load_outputs_automatically = bool(checked)
        fp_settings.save_preferences(preferences)

    def _clear(self) -> None:
        self.model.clear()
        self.cursor = None
        self.ui.button_more.setVisible(False)
        self.components = []
        self.ui.tree_components.clear()
        self.preview_cache = {}
        self._show_previews(None)
        self._update_buttons()

    # ------------------------------------------------------------------ listing
    def _process_filter_changed(self, _index: int) -> None:
        self.refresh()

    def selected_process_id(self) -> str | None:
        return self.ui.combo_process.currentData()

    # ------------------------------------------------------------------ monitor callbacks
    def _listed_runs(self, process_id: str) -> set[str]:
        """The keys of the runs of ``process_id`` listed here (a hand-over looks for a newer one)."""
        return {run_key(r) for r in self.runs.values() if str(r["process"].get("id")) == str(process_id)}

    def on_run_started(self, run: dict) -> None:
        """A run handed over (``PluginState.run_started``) was found by the monitor: list it on its own row."""
        if self._shut_down:
            return
        pid = str(run["process"].get("id"))
        listed = self.processes.get(pid) or {}
        process = {**listed, **{k: v for k, v in run["process"].items() if v}}
        self.processes[pid] = process
        key = run_key(run)
        old = self.runs.get(key)
        self.model.put(merge_runs(old, {**run, "process": process}) if old is not None else {**run, "process": process})
        self._update_summary()
        self._fit_columns([key])
        self._update_buttons()
        self.run_tracked.emit(key)

    def on_execution_updated(self, execution: dict) -> None:
        if not self.model.update_execution(execution):
            process = self.processes.get(str(execution.get("process_id"))) or {
                "id": execution.get("process_id"),
                "name": "",
            }
            self.model.put({"process": process, "group_id": execution.get("group_id"), "executions": [execution]})
        self._fit_columns([str(execution.get("group_id") or execution.get("id"))])
        self._update_summary()
        self._update_buttons()
        selected = self.selected_execution()
        if selected is not None and str(selected.get("id")) == str(execution.get("id")):
            self._load_components()  # its components' status follows the execution's

    def on_run_finished(self, info: dict) -> None:
        """A watched run finished: update its row, notify, and load the outputs when asked to."""
        executions = info["executions"]
        process = self.processes.get(str(info["process_id"])) or {
            "id": info["process_id"],
            "name": info.get("process_name") or "",
        }
        run = {"process": process, "group_id": info.get("group_id"), "executions": executions}
        key = run_key(run)
        self.model.put(run)
        run = self.runs[key]
        self._update_summary()
        self._update_buttons()
        selected = self.selected_run()
        if selected is not None and run_key(selected) == key:
            self._show_previews(selected)
            self._load_components()
        self.state.processes_changed.emit()  # the Processes dock shows the process's new status and last run
        status = run_status(executions)
        # A run whose starter builds its layers itself (Processing) is not loaded a second time; read once, the run
        # is over.
        loaded_elsewhere = str(process.get("id")) in self.state.self_loading_processes
        self.state.self_loading_processes.discard(str(process.get("id")))
        if status == "success":
            automatic = fp_settings.load_preferences().load_outputs_automatically and not loaded_elsewhere
            # Loading now: the notification must not offer what is about to be on the map.
            self.notify_success(run, offer_load=not (automatic or loaded_elsewhere))
            if automatic:
                self.load_outputs(run)
        else:
            self.notify_failure(run)

    # ------------------------------------------------------------------ selection, components
    def _selected_data(self) -> dict:
        indexes = self.ui.tree_executions.selectionModel().selectedRows(0)
        return (indexes[0].data(ROLE) or {}) if indexes else {}

    def selected_run(self) -> dict | None:
        return self.runs.get(self._selected_data().get("run"))

    def selected_execution(self) -> dict | None:
        data = self._selected_data()
        run = self.runs.get(data.get("run"))
        if run is None:
            return None
        wanted = data.get("execution")
        for execution in run["executions"]:
            if wanted is None or str(execution.get("id")) == wanted:
                return execution
        return run["executions"][0]

    def index_of(self, key: str, execution_id: str | None = None, column: int = 0):
        """The model index of a run's row (or of one member of a group); invalid when not listed."""
        return self.model.key_index(key, execution_id, column)

    def cell_text(self, key: str, column: int, execution_id: str | None = None) -> str:
        """What a run's (or a member's) cell shows, e.g. its Status column: tests and the real-window driver."""
        return str(self.index_of(key, execution_id, column).data() or "")

    def progress_of(self, key: str, execution_id: str | None = None) -> tuple[int, str | None] | None:
        """What the Progress cell paints: (value, status word instead of the percentage or None)."""
        return self.index_of(key, execution_id, COLUMN_PROGRESS).data(PROGRESS_ROLE)

    def select_run(self, key: str, execution_id: str | None = None) -> None:
        index = self.index_of(key, execution_id)
        if index.isValid():
            view = self.ui.tree_executions
            view.selectionModel().clearSelection()
            view.setCurrentIndex(index)  # SingleSelection: current = selected

    def _update_buttons(self) -> None:
        run = self.selected_run()
        has = run is not None
        status = run_status(run["executions"]) if has else ""
        self.ui.button_load_outputs.setEnabled(has and status == "success")
        self.ui.button_load_series.setEnabled(
            has and status == "success" and run["process"].get("run_type") == "run_schedule"
        )
        self.ui.button_show_log.setEnabled(has)
        self.ui.button_stop.setEnabled(has and status == "running")
        self.ui.button_delete.setEnabled(has)
        self.ui.button_change_expiry.setEnabled(has)
        self.ui.datetime_expiry.setEnabled(has)

    def _selection_changed(self, *_args) -> None:
        self._update_buttons()
        run = self.selected_run()
        self._show_previews(run)
        execution = self.selected_execution()
        self.ui.tree_components.clear()
        if execution is None:
            return
        expiry = parse_time(execution.get("delete_expiry"))
        if expiry is not None:
            self.ui.datetime_expiry.setDateTime(QDateTime.fromSecsSinceEpoch(int(expiry.timestamp())))
        if run is not None and any(is_summary(e) for e in run["executions"]):
            self.refresh_run(execution)  # the selected run's full records, read now (listed from summaries)
        self._load_components()

    def _load_components(self) -> None:
        """(Re)load the selected execution's components in a task; shown with the execution's current status."""
        execution = self.selected_execution()
        if execution is None:
            return
        session = self._session()
        if session is None or self.state.organisation is None:
            return
        org = self._org_id()
        execution_id = str(execution.get("id"))

        def work(_task):
            return [c for c, _ in session.iterate(endpoints.components_path(org, execution_id))]

        def done(components):
            current = self.selected_execution()
            if self._shut_down or current is None or str(current.get("id")) != execution_id:
                return
            self.components = components
            self.ui.tree_components.clear()
            for component in components:
                item = QTreeWidgetItem(self.ui.tree_components)
                item.setText(0, str(component.get("name") or ""))
                status = component_status(component, current)
                runtime = component_runtime(component, status)
                item.setText(1, f"{runtime} s" if runtime is not None else "")
                item.setText(2, status_text(status))
            self.components_shown.emit()

        self._components_task = run_task(
            tr("Fusion Platform: loading components"),
            work,
            done,
            lambda error: log_warning(f"Components: {error}"),
            silent=QUIET,
        )

"""Executions dock: follow runs, get told when they finish, and find their outputs on the map.

The dock lists the organisation's runs (or one process's), newest first; a group (slices plus the aggregator) is
one row with its overall progress and the members below it. What it costs does not grow with history: a refresh
reads ONE page of processes, whose listing carries each process's execution summaries, and derives the runs and
their status from them (:mod:`...qgis_support.runs.records`); more pages come on scrolling to the bottom or "More…"; the
full records of a run are read only for the selected run (and by the follower for running ones). Runs live in a
:class:`.model.RunsModel` keyed by run key, so a change touches one row.

The dock wires small parts, each given what it needs (a :class:`.context.DockContext`, its widgets) and talking
back through signals:

* the pipeline's follower (:class:`...qgis_support.pipeline.follow.ExecutionMonitor`: running runs, the hand-over
  of runs started elsewhere in the plugin) and loader (:class:`...qgis_support.pipeline.results.OutputsLoader`);
* :class:`.listing.RunsListing` (the runs model, pages, the header), :class:`.notifications.Notifier` (finished
  runs told), :class:`.previews.PreviewsStrip`, :class:`.components.ComponentsPanel`, :class:`.actions.RunActions`
  (log, stop, delete, deletion date) and :class:`.outputs.OutputsPanel` (outputs, time series, streamed layers);
  the progress bars are painted by :class:`.delegate.ProgressDelegate`.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Optional

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import QDateTime, QModelIndex, Qt, pyqtSignal

from ...qgis_support.pipeline import ExecutionMonitor, OutputsLoader
from ...qgis_support.runs.records import is_summary, parse_time, run_key
from ...qgis_support.runs.status import run_status
from ...qgis_support.session import settings as fp_settings
from ...qgis_support.session.plugin_state import PluginState
from ...qgis_support.words.i18n import tr
from ..base_dock import FormDock
from ..log_viewer import LogViewer
from ..ui import ask_yes_no, load_form
from ..widgets.panel_list import ListActions, fit_name_column, set_enabled
from .actions import RunActions
from .components import ComponentsPanel
from .context import DockContext
from .delegate import ProgressDelegate
from .listing import RunsListing
from .model import (
    COLUMN_DURATION,
    COLUMN_ENDED,
    COLUMN_PROGRESS,
    COLUMN_STARTED,
    COLUMN_STATUS,
    PROGRESS_ROLE,
    ROLE,
    RunsModel,
)
from .notifications import Notifier
from .outputs import OutputsPanel
from .previews import PreviewsStrip


class ExecutionsDock(FormDock):
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

    def __init__(self, state: PluginState, parent=None):
        super().__init__(state, tr("Executions"), parent)
        ui = self.ui
        self.context = DockContext(state, self)
        self.model = RunsModel(self)
        preferences = fp_settings.load_preferences()
        self.monitor = ExecutionMonitor(
            state, self, preferences.poll_interval_seconds, listed_runs=lambda pid: self.listing.run_keys_of(pid)
        )
        self.outputs_loader = OutputsLoader(state, self)
        self.listing = RunsListing(self.context, self.model, ui, self.monitor)
        self.notifier = Notifier(self.context, self)
        self.previews = PreviewsStrip(self.context, ui.list_previews, ui.label_previews, lambda key: self.runs.get(key))
        self.components = ComponentsPanel(self.context, ui.tree_components, self.selected_execution)
        self.run_actions = RunActions(self.context, self, lambda text: self.confirm(text), self._still_running)
        self.outputs = OutputsPanel(
            self.context, self.outputs_loader, ui.progress_download, self.notifier, lambda: {"executions": self}
        )
        # Confirmation hook: tests replace it (a modal box would block offscreen runs).
        self.confirm = self._confirm_with_box
        self._wire()
        view = ui.tree_executions
        view.setModel(self.model)
        view.setItemDelegateForColumn(COLUMN_PROGRESS, ProgressDelegate(view))
        # The name (with its status icon) takes what status and progress leave; start, end and duration are in the
        # row's tooltip (at 1280 px the name would shrink to a few letters otherwise).
        fit_name_column(view, fixed={COLUMN_STATUS: 60, COLUMN_PROGRESS: 72, COLUMN_DURATION: 40})
        for column in (COLUMN_STARTED, COLUMN_ENDED, COLUMN_DURATION):
            view.setColumnHidden(column, True)
        fit_name_column(ui.tree_components)
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        ui.check_load_automatically.setChecked(preferences.load_outputs_automatically)
        ui.check_load_automatically.toggled.connect(self._set_load_automatically)
        ui.datetime_expiry.setDateTime(QDateTime.currentDateTime().addDays(30))
        state.executions_changed.connect(self.refresh)
        self._update_buttons()
        if state.organisation is not None:
            self.on_organisation_changed(state.organisation)

    def _wire(self) -> None:
        """Connect the parts: the follower's events, the buttons, and what each part asks for."""
        ui = self.ui
        self.monitor.run_started.connect(self._run_started)
        self.monitor.run_progress.connect(self._run_progress)
        self.monitor.run_ended.connect(self.on_run_finished)
        self.monitor.preferences_applied.connect(self._preferences_applied)
        self.listing.refreshed.connect(self.runs_refreshed)
        self.listing.refreshed.connect(lambda: self.outputs.offer_interrupted_loads(list(self.listing.runs.values())))
        self.listing.changed.connect(self._update_buttons)
        self.listing.run_changed.connect(self.run_changed)
        self.notifier.notified.connect(self.notified)
        self.notifier.load_requested.connect(self.load_outputs)
        self.notifier.log_requested.connect(self.show_log)
        self.notifier.open_requested.connect(self._open_from_tray)
        self.previews.shown.connect(self.previews_shown)
        self.previews.load_requested.connect(self.load_outputs)
        self.components.shown.connect(self.components_shown)
        self.run_actions.stopped.connect(self._stopped)
        self.run_actions.deleted.connect(self._deleted)
        self.run_actions.expiry_changed.connect(self.listing.refresh_run)  # the whole group's date: that run only
        self.outputs.outputs_loaded.connect(self._outputs_added)
        self.outputs.outputs_shown.connect(self.outputs_shown)
        self.outputs.streams_refreshed.connect(self.streams_refreshed)
        # The actions for the selected run: icons above the list, the same on its right-click menu; a double-click
        # loads the run's outputs.
        self.list_actions = ListActions(
            ui.tree_executions,
            [
                (ui.button_load_outputs, "/mActionAddLayer.svg"),
                (ui.button_load_series, "/mIndicatorTemporal.svg"),
                (ui.button_show_log, "/mMessageLog.svg"),
                None,
                (ui.button_stop, "/mActionStop.svg"),
                (ui.button_delete, "/mActionDeleteSelected.svg"),
            ],
            default=ui.button_load_outputs,
            extra=[(ui.button_refresh_streams, "/mActionReload.svg"), (ui.button_refresh, "/mActionRefresh.svg")],
        )
        ListActions.adopt(ui.button_change_expiry, "/mIconFieldDateTime.svg")
        ui.button_change_expiry.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for button, slot in (
            (ui.button_refresh, self.refresh),
            (ui.button_load_outputs, lambda: self.load_outputs(self.selected_run())),
            (ui.button_load_series, lambda: self.load_time_series(self.selected_run())),
            (ui.button_show_log, self._show_log_clicked),
            (ui.button_stop, self.stop_selected),
            (ui.button_delete, self.delete_selected),
            (ui.button_change_expiry, self.change_expiry_selected),
            (ui.button_refresh_streams, lambda: self.refresh_streamed_layers()),
        ):
            button.defaultAction().triggered.connect(slot)

    # ------------------------------------------------------------------ what the parts hold
    @property
    def runs(self) -> dict[str, dict]:
        """Run key -> run (``{"process", "group_id", "executions"}``) of every listed run."""
        return self.model.runs

    @property
    def loading(self) -> bool:
        return self.listing.loading

    @property
    def notifications(self) -> list[dict]:
        return self.notifier.notifications

    @property
    def log_viewers(self) -> list[LogViewer]:
        return self.run_actions.log_viewers

    @property
    def table_offers(self) -> list:
        return self.outputs.table_offers

    @property
    def series_context(self) -> Any:
        """The Browser's context (set by the plugin): the dock's "Load as time series" shares its followed series."""
        return self.outputs.series_context

    @series_context.setter
    def series_context(self, context: Any) -> None:
        self.outputs.series_context = context

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
        self.context.shut_down = True
        self.monitor.stop()
        self.outputs_loader.stop()
        for task in self.listing.tasks():
            if task is not None and not task.done:
                try:
                    task.cancel()
                except RuntimeError:
                    pass
        self.previews.shutdown()
        self.components.shutdown()
        try:
            self.state.executions_changed.disconnect(self.refresh)
        except (TypeError, RuntimeError):
            pass
        self.notifier.shutdown()
        self.run_actions.shutdown()
        super().shutdown()

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
        self.listing.clear()
        self.components.clear()
        self.previews.clear()
        self._update_buttons()

    # ------------------------------------------------------------------ the listing
    def refresh(self, *_args: Any) -> None:
        self.listing.refresh()

    def load_more(self) -> None:
        self.listing.load_more()

    # ------------------------------------------------------------------ the follower's events
    def _run_started(self, run: dict) -> None:
        """A run handed over (``PluginState.run_started``) was found by the follower: list it on its own row."""
        if self.context.alive:
            self.run_tracked.emit(self.listing.put_started(run))

    def _run_progress(self, execution: dict) -> None:
        self.listing.put_execution(execution)
        selected = self.selected_execution()
        if selected is not None and str(selected.get("id")) == str(execution.get("id")):
            self.components.load()  # its components' status follows the execution's

    def on_run_finished(self, info: dict) -> None:
        """A followed run ended: update its row, notify, and load the outputs when asked to."""
        if not self.context.alive:
            return
        run = self.listing.put_finished(info)
        self.state.run_ended.emit({**info, "executions": run["executions"]})  # the Processes dock says it at once
        key = run_key(run)
        selected = self.selected_run()
        if selected is not None and run_key(selected) == key:
            self.previews.show(selected)
            self.components.load()
        self.state.processes_changed.emit()  # the Processes dock shows the process's new status and last run
        process_id = str(run["process"].get("id"))
        # A run whose starter builds its layers itself (Processing) is not loaded a second time; read once, the run
        # is over.
        loaded_elsewhere = process_id in self.state.self_loading_processes
        self.state.self_loading_processes.discard(process_id)
        if run_status(run["executions"]) == "success":
            automatic = fp_settings.load_preferences().load_outputs_automatically and not loaded_elsewhere
            # Loading now: the notification must not offer what is about to be on the map.
            self.notifier.notify_success(run, offer_load=not (automatic or loaded_elsewhere))
            if automatic:
                self.load_outputs(run)
        else:
            self.run_actions.withdraw_stop_note(run)  # "Run stopped" is the last word, not the request
            self.notifier.notify_failure(run)

    def notify_success(self, run: dict, offer_load: bool = True) -> dict:
        return self.notifier.notify_success(run, offer_load)

    # ------------------------------------------------------------------ outputs
    def load_outputs(self, run: Optional[dict]) -> Any:
        """Download the run's outputs (once; a second time is instant) and add them to the map."""
        return self.outputs.load_outputs(run)

    def load_time_series(self, run: Optional[dict]) -> Any:
        return self.outputs.load_time_series(run)

    def project_read(self, project: Optional[QgsProject] = None) -> Any:
        return self.outputs.project_read(project)

    def refresh_streamed_layers(self, project: Optional[QgsProject] = None) -> Any:
        return self.outputs.refresh_streamed_layers(project)

    def _outputs_added(self, loader) -> None:
        run = self.runs.get(run_key({"group_id": loader.run.get("group_id"), "executions": loader.run["executions"]}))
        if run is not None and run is self.selected_run():
            self.previews.show(run)
        self._update_buttons()
        self.outputs_loaded.emit(loader)

    # ------------------------------------------------------------------ actions
    def _show_log_clicked(self) -> None:
        run = self.selected_run()
        if run is not None:
            execution = self.selected_execution()
            self.show_log(run, execution if run.get("group_id") else None)

    def show_log(self, run: dict, execution: Optional[dict] = None) -> None:
        self.run_actions.show_log(run, execution)

    def stop_selected(self) -> None:
        run = self.selected_run()
        if run is not None:
            self.stop_run(run)

    def stop_run(self, run: dict) -> None:
        self.run_actions.stop_run(run)

    def _still_running(self, run: dict) -> bool:
        """Whether the run still runs as listed now (the follower may have seen it end before a stop was answered)."""
        listed = self.runs.get(run_key(run))
        return listed is None or run_status(listed["executions"]) == "running"

    def _stopped(self, _run: dict) -> None:
        self.monitor.poll_now()
        self.state.processes_changed.emit()

    def delete_selected(self) -> None:
        run = self.selected_run()
        if run is not None:
            self.run_actions.delete_asked(run)

    def delete_run(self, run: dict) -> None:
        self.run_actions.delete_run(run)

    def _deleted(self, run: dict) -> None:
        self.monitor.unwatch(f"{run['process'].get('id')}/{run.get('group_id') or ''}")
        self.listing.remove(run)
        self.state.processes_changed.emit()  # the Processes dock's "last execution" of that process

    def change_expiry_selected(self) -> None:
        execution = self.selected_execution()
        if execution is None:
            return
        when = self.ui.datetime_expiry.dateTime().toPyDateTime().astimezone()
        if when <= datetime.now().astimezone() + timedelta(minutes=1):
            self.context.message(tr("The deletion date must be in the future."), Qgis.MessageLevel.Warning)
            return
        self.change_expiry(execution, when)

    def change_expiry(self, execution: dict, when: datetime) -> None:
        self.run_actions.change_expiry(execution, when)

    # ------------------------------------------------------------------ selection
    def _selected_data(self) -> dict:
        indexes = self.ui.tree_executions.selectionModel().selectedRows(0)
        return (indexes[0].data(ROLE) or {}) if indexes else {}

    def selected_run(self) -> Optional[dict]:
        return self.runs.get(str(self._selected_data().get("run") or ""))

    def selected_execution(self) -> Optional[dict]:
        data = self._selected_data()
        run = self.runs.get(str(data.get("run") or ""))
        if run is None:
            return None
        wanted = data.get("execution")
        for execution in run["executions"]:
            if wanted is None or str(execution.get("id")) == wanted:
                return execution
        return run["executions"][0]

    def index_of(self, key: str, execution_id: Optional[str] = None, column: int = 0) -> QModelIndex:
        """The model index of a run's row (or of one member of a group); invalid when not listed."""
        return self.model.key_index(key, execution_id, column)

    def cell_text(self, key: str, column: int, execution_id: Optional[str] = None) -> str:
        """What a run's (or a member's) cell shows, e.g. its Status column: tests and the real-window driver."""
        return str(self.index_of(key, execution_id, column).data() or "")

    def progress_of(self, key: str, execution_id: Optional[str] = None) -> Optional[tuple[int, Optional[str]]]:
        """What the Progress cell paints: (value, status word instead of the percentage or None)."""
        return self.index_of(key, execution_id, COLUMN_PROGRESS).data(PROGRESS_ROLE)

    def _open_from_tray(self, run: dict) -> None:
        """The desktop notification clicked: QGIS in front, this dock shown with the run selected."""
        window = self.context.iface.mainWindow()
        if window is not None:
            if window.isMinimized():
                window.showNormal()
            window.raise_()
            window.activateWindow()
        self.show()
        self.raise_()
        self.select_run(run_key(run))

    def select_run(self, key: str, execution_id: Optional[str] = None) -> None:
        index = self.index_of(key, execution_id)
        if index.isValid():
            view = self.ui.tree_executions
            view.selectionModel().clearSelection()
            view.setCurrentIndex(index)  # SingleSelection: current = selected

    def _update_buttons(self) -> None:
        run = self.selected_run()
        has = run is not None
        status = run_status(run["executions"]) if run is not None else ""
        ui = self.ui
        set_enabled(ui.button_load_outputs, has and status == "success")
        set_enabled(
            ui.button_load_series,
            run is not None and status == "success" and run["process"].get("run_type") == "run_schedule",
        )
        set_enabled(ui.button_show_log, has)
        set_enabled(ui.button_stop, has and status == "running")
        set_enabled(ui.button_delete, has)
        set_enabled(ui.button_change_expiry, has)
        ui.datetime_expiry.setEnabled(has)
        ui.widget_details.setVisible(has)  # components, previews and expiry: only for a selected run

    def _selection_changed(self, *_args: Any) -> None:
        self._update_buttons()
        run = self.selected_run()
        self.previews.show(run)
        execution = self.selected_execution()
        self.ui.tree_components.clear()
        if execution is None:
            return
        expiry = parse_time(execution.get("delete_expiry"))
        if expiry is not None:
            self.ui.datetime_expiry.setDateTime(QDateTime.fromSecsSinceEpoch(int(expiry.timestamp())))
        if run is not None and any(is_summary(e) for e in run["executions"]):
            self.listing.refresh_run(execution)  # the selected run's full records, read now (listed from summaries)
        self.components.load()

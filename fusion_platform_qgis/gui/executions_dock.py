"""Executions dock: follow runs, get told when they finish, and find their outputs on the map.

The dock lists the executions of the organisation (or of one process), newest first; a group (slices plus the
aggregator) is one row with its overall progress and the members below it. It owns the
:class:`~..qgis_support.monitor.ExecutionMonitor` (created here, stopped in ``shutdown()``), which polls running
executions in the background and tells the dock about changes and finished runs. Finished runs raise a
message-bar notification with "Load outputs" / "Show log" buttons (a desktop notification as well when QGIS is
in the background); failures name the failing component and quote its last log lines. Outputs are downloaded in
a QgsTask and loaded by :mod:`..qgis_support.layers` on the main thread.

Selecting a finished run shows the platform's preview thumbnails of its outputs in a strip (fetched, decoded and
scaled in a QgsTask and cached per file id under the download folder, without downloading the outputs); a click
on a thumbnail offers "Load outputs". With the streaming preference on, large GeoTIFFs are added from
``/vsicurl/`` on their signed URL (:mod:`..qgis_support.streaming`); "Refresh streamed layers" renews those URLs.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any, Callable

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QDateTime, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QCursor, QIcon, QPixmap
from qgis.PyQt.QtWidgets import (
    QApplication,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSystemTrayIcon,
    QTreeWidgetItem,
)

from ..api import listings as endpoints
from ..qgis_support import layers as fp_layers
from ..qgis_support import outputs as fp_outputs
from ..qgis_support import previews as fp_previews
from ..qgis_support import settings as fp_settings
from ..qgis_support import streaming as fp_streaming
from ..qgis_support.i18n import format_datetime, tr
from ..qgis_support.log import log_info, log_warning
from ..qgis_support.messages import error_text
from ..qgis_support.monitor import QUIET, ExecutionMonitor, is_finished, status_of
from ..qgis_support.network import read_network_config
from ..qgis_support.resources import icon_path
from ..qgis_support.run_state import (  # noqa: F401 - run_status/run_progress re-exported for callers and tests
    bar_state,
    component_runtime,
    component_status,
    execution_bar_state,
    run_progress,
    run_status,
    runs_summary,
)
from ..qgis_support.tasks import run_task
from ..qgis_support.wording import parse_timestamp
from .base_dock import FormDock
from .log_viewer import LogViewer, to_lines
from .ui import load_form

ROLE = Qt.ItemDataRole.UserRole + 1
COLUMN_NAME, COLUMN_STATUS, COLUMN_PROGRESS, COLUMN_STARTED, COLUMN_ENDED, COLUMN_DURATION = range(6)
EXECUTIONS_PER_PROCESS = 24
NAME_COLUMN_MAX = 520  # px: the Execution column fits its longest name up to this; longer ones elide (tooltip)
LOG_LINES_IN_FAILURE = 5


def parse_time(value: Any) -> datetime | None:
    return parse_timestamp(value)


def format_time(value: Any) -> str:
    """A start or end column: the user's local time in the locale's short date-and-time format."""
    return format_datetime(value)


def format_duration(started: Any, ended: Any) -> str:
    start = parse_time(started)
    if start is None:
        return ""
    end = parse_time(ended) or datetime.now(timezone.utc)
    seconds = max(0, int((end - start).total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def status_texts() -> dict[str, str]:
    """The translated word of each machine status.

    Why literal ``tr("...")`` calls built on demand: pylupdate5 only files string literals passed to ``tr``, so
    ``tr(variable)`` never reached the catalogues; and building the dict at call time (not import time) uses the
    translator installed now."""
    return {"running": tr("Running"), "success": tr("Succeeded"), "failed": tr("Failed"), "stopped": tr("Stopped")}


def status_text(status: str) -> str:
    return status_texts().get(status, status)


def group_runs(process: dict, executions: list[dict]) -> list[dict]:
    """Executions of one process as runs: a group becomes one run, an ungrouped execution its own run."""
    runs: list[dict] = []
    by_group: dict[str, dict] = {}
    for execution in executions:
        group_id = execution.get("group_id")
        if group_id:
            run = by_group.get(group_id)
            if run is None:
                run = {"process": process, "group_id": group_id, "executions": []}
                by_group[group_id] = run
                runs.append(run)
            run["executions"].append(execution)
        else:
            runs.append({"process": process, "group_id": None, "executions": [execution]})
    for run in runs:
        run["executions"].sort(key=lambda e: (e.get("group_index") or 0, str(e.get("started_at"))))
    return runs


def run_key(run: dict) -> str:
    return str(run.get("group_id") or run["executions"][0].get("id"))


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

    def __init__(self, state, parent=None):
        super().__init__(state, tr("Executions"), parent)
        self.processes: dict[str, dict] = {}
        self.runs: dict[str, dict] = {}
        self.items: dict[str, QTreeWidgetItem] = {}  # execution id or run key -> tree item
        self.components: list[dict] = []
        self.notifications: list[dict] = []
        self.bar_items: list = []  # message-bar items pushed by this dock, popped in shutdown()
        self.loaders: list = []
        self.table_offers: list[QPushButton] = []  # "Open the statistics table" buttons pushed to the message bar
        self.log_viewers: list[LogViewer] = []
        self.download_tasks: dict[str, Any] = {}
        self._refresh_task = None
        self._refresh_pending = False
        self._start_retries = 0
        self._download_task_ids: dict[int, str] = {}
        self._components_task = None
        self.preview_cache: dict[str, list[dict]] = {}  # previews key -> entries with decoded thumbnails
        self._previews_task = None
        self._previews_key: str | None = None
        self.preview_menu: QMenu | None = None
        self._shut_down = False
        self.tray: QSystemTrayIcon | None = None
        # Confirmation hook: tests replace it (a modal box would block offscreen runs).
        self.confirm: Callable[[str], bool] = self._confirm_with_box
        self.series_context = None  # the Browser's context (set by the plugin): a loaded series follows new runs

        preferences = fp_settings.load_preferences()
        self.monitor = ExecutionMonitor(state, self, preferences.poll_interval_seconds)
        self.monitor.execution_updated.connect(self.on_execution_updated)
        self.monitor.unit_finished.connect(self.on_run_finished)
        self.monitor.preferences_applied.connect(self._preferences_applied)

        ui = self.ui
        ui.tree_executions.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # "Demo: Sen…+ aggregator)": both ends
        ui.tree_executions.header().setStretchLastSection(False)
        ui.check_load_automatically.setChecked(preferences.load_outputs_automatically)
        ui.check_load_automatically.toggled.connect(self._set_load_automatically)
        ui.button_refresh.clicked.connect(self.refresh)
        ui.combo_process.currentIndexChanged.connect(self._process_filter_changed)
        ui.tree_executions.itemSelectionChanged.connect(self._selection_changed)
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
        # Task progress arrives through the task manager, on the main thread (the task's own signal does not).
        QgsApplication.taskManager().progressChanged.connect(self._task_progress)
        self._update_buttons()
        if state.organisation is not None:
            self.on_organisation_changed(state.organisation)

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
        for task in [self._refresh_task, self._components_task, self._previews_task, *self.download_tasks.values()]:
            if task is not None and not getattr(task, "done", True):
                try:
                    task.cancel()
                except RuntimeError:
                    pass
        for signal, slot in (
            (self.state.executions_changed, self.refresh),
            (QgsApplication.taskManager().progressChanged, self._task_progress),
        ):
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
        """One translated sentence for a failed call (``connect.error_text``), never the client's raw English."""
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
        answer = QMessageBox.question(
            self,
            tr("Fusion Platform"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

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
        self.runs = {}
        self.items = {}
        self.components = []
        self.ui.tree_executions.clear()
        self.ui.tree_components.clear()
        self.preview_cache = {}
        self._show_previews(None)
        self._update_buttons()

    # ------------------------------------------------------------------ listing
    def _process_filter_changed(self, _index: int) -> None:
        self.refresh()

    def selected_process_id(self) -> str | None:
        return self.ui.combo_process.currentData()

    def refresh(self, keep_retries: bool = False) -> None:
        """Reload processes and their recent executions in the background; start watching running ones."""
        if not keep_retries:
            self._start_retries = 0
        session = self._session()
        if session is None or self.state.organisation is None or self._shut_down:
            return
        if self._refresh_task is not None and not self._refresh_task.done:
            self._refresh_pending = True
            return
        self._refresh_pending = False
        org = self._org_id()
        only = self.selected_process_id()
        self.ui.label_status.setText(tr("Loading executions…"))

        def work(task):
            processes = [item for item, _ in session.iterate(endpoints.processes_path(org))]
            result = []
            for process in processes:
                if task.isCanceled():
                    break
                if only and str(process.get("id")) != only:
                    continue
                if not process.get("has_executions"):
                    result.append((process, []))
                    continue
                answer = session.request(
                    "GET",
                    endpoints.executions_path(org, process["id"]),
                    params={"limit": str(EXECUTIONS_PER_PROCESS), "reverse": "True"},
                )
                result.append((process, list((answer or {}).get("list") or [])))
            return processes, result

        def done(value):
            self._refresh_task = None
            if self._shut_down:
                return
            processes, listing = value
            self._fill_processes(processes)
            self._fill_runs(listing)
            if getattr(self, "_refresh_pending", False):
                self.refresh()

        def failed(error):
            self._refresh_task = None
            if not self._shut_down:
                if not self.state.report_error(error):
                    self.ui.label_status.setText(
                        tr("Could not load the executions: {0}").format(self._error_text(error))
                    )

        self._refresh_task = run_task(tr("Fusion Platform: loading executions"), work, done, failed, silent=QUIET)

    def _fill_processes(self, processes: list[dict]) -> None:
        combo = self.ui.combo_process
        current = combo.currentData()
        self.processes = {str(p["id"]): p for p in processes}
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("All processes"), None)
        for process in sorted(processes, key=lambda p: str(p.get("name") or "").lower()):
            combo.addItem(str(process.get("name") or process["id"]), str(process["id"]))
        index = combo.findData(current)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def _fill_runs(self, listing: list[tuple[dict, list[dict]]]) -> None:
        selected = self.selected_run()
        selected_key = run_key(selected) if selected else None
        tree = self.ui.tree_executions
        tree.clear()
        self.items = {}
        self.runs = {}
        runs = []
        for process, executions in listing:
            runs.extend(group_runs(process, executions))
        runs.sort(key=lambda r: str(r["executions"][0].get("started_at") or ""), reverse=True)
        for run in runs:
            self._add_run_item(run)
            if run_status(run["executions"]) == "running":
                self.monitor.watch(run["executions"][0], str(run["process"].get("name") or ""))
        self._retry_starting_processes(listing)
        self._update_summary()
        self._fit_columns()
        if selected_key and selected_key in self.items:
            self.items[selected_key].setSelected(True)
        self._update_buttons()
        self.runs_refreshed.emit()

    def _fit_columns(self) -> None:
        """Columns as wide as their contents; the Execution column up to NAME_COLUMN_MAX (then elided, with
        the whole name in its tooltip)."""
        tree = self.ui.tree_executions
        for column in (COLUMN_NAME, COLUMN_STATUS, COLUMN_STARTED, COLUMN_ENDED, COLUMN_DURATION):
            tree.resizeColumnToContents(column)
        tree.setColumnWidth(COLUMN_NAME, min(tree.columnWidth(COLUMN_NAME) + 12, NAME_COLUMN_MAX))  # + a margin
        tree.setColumnWidth(COLUMN_PROGRESS, max(tree.columnWidth(COLUMN_PROGRESS), 90))

    def _update_summary(self) -> None:
        """The header counts the runs as they are now (called on every change the monitor reports)."""
        count, running = runs_summary(self.runs.values())
        self.ui.label_status.setText(
            tr("%n run(s), {0} running", None, count).format(running)
            if count
            else tr("No executions yet: execute a process from the Processes dock.")
        )

    def _retry_starting_processes(self, listing: list[tuple[dict, list[dict]]]) -> None:
        """A process just executed may not list its executions yet: look again shortly (bounded back-off)."""
        starting = [
            p
            for p, executions in listing
            if p.get("process_status") == "execute" and not any(not is_finished(e) for e in executions)
        ]
        if not starting or self._start_retries >= 8:
            self._start_retries = 0
            return
        self._start_retries += 1
        delay = int(1000 * min(30.0, self.monitor.interval_seconds * (2 ** (self._start_retries - 1))))
        QTimer.singleShot(delay, self._retry_refresh)

    def _retry_refresh(self) -> None:
        if not self._shut_down:
            self.refresh(keep_retries=True)

    def _progress_bar(self, value: int) -> QProgressBar:
        bar = QProgressBar()
        bar.setRange(0, 100)
        bar.setValue(value)
        bar.setTextVisible(True)
        bar.setMaximumHeight(16)
        return bar

    @staticmethod
    def _show_bar(bar, state: tuple[int, str | None]) -> None:
        """A bar shows the work done, and a stopped/failed run its status word instead of a percentage."""
        if not isinstance(bar, QProgressBar):
            return
        value, word = state
        bar.setValue(value)
        bar.setFormat(status_text(word) if word else "%p%")

    def _add_run_item(self, run: dict) -> None:
        tree = self.ui.tree_executions
        key = run_key(run)
        self.runs[key] = run
        executions = run["executions"]
        item = QTreeWidgetItem(tree)
        item.setData(0, ROLE, {"run": key})
        self.items[key] = item
        if run.get("group_id"):
            for execution in executions:
                child = QTreeWidgetItem(item)
                child.setData(0, ROLE, {"run": key, "execution": str(execution.get("id"))})
                self.items[str(execution.get("id"))] = child
                tree.setItemWidget(child, COLUMN_PROGRESS, self._progress_bar(0))
        tree.setItemWidget(item, COLUMN_PROGRESS, self._progress_bar(0))
        self._update_run_item(key)

    def _execution_label(self, execution: dict, run: dict) -> str:
        if not run.get("group_id"):
            return str(run["process"].get("name") or "")
        index = execution.get("group_index")
        count = execution.get("group_count")
        if index and count and int(index) == int(count):
            return tr("Aggregator ({0}/{1})").format(index, count)
        return tr("Slice {0}/{1}").format(index, count)

    def _update_run_item(self, key: str) -> None:
        run = self.runs.get(key)
        item = self.items.get(key)
        if run is None or item is None:
            return
        tree = self.ui.tree_executions
        executions = run["executions"]
        first = executions[0]
        name = str(run["process"].get("name") or "")
        if run.get("group_id"):
            slices = max(0, max(int(e.get("group_count") or 1) for e in executions) - 1)
            name = tr("{0} (group of %n slice(s) + aggregator)", None, slices).format(name)
        status = run_status(executions)
        ended = [parse_time(e.get("ended_at")) for e in executions]
        last_end = max([t for t in ended if t is not None], default=None) if status != "running" else None
        item.setText(COLUMN_NAME, name)
        item.setText(COLUMN_STATUS, status_text(status))
        item.setText(COLUMN_STARTED, format_time(min(str(e.get("started_at") or "") for e in executions)))
        item.setText(COLUMN_ENDED, format_time(last_end) if last_end else "")
        item.setText(COLUMN_DURATION, format_duration(first.get("started_at"), last_end))
        item.setToolTip(
            COLUMN_NAME,
            name
            + "\n"
            + tr("Process {0}, execution {1}").format(run["process"].get("id"), run.get("group_id") or first.get("id")),
        )
        self._show_bar(tree.itemWidget(item, COLUMN_PROGRESS), bar_state(executions))
        if run.get("group_id"):
            for execution in executions:
                child = self.items.get(str(execution.get("id")))
                if child is None:
                    continue
                child.setText(COLUMN_NAME, self._execution_label(execution, run))
                child.setText(COLUMN_STATUS, status_text(status_of(execution)))
                child.setText(COLUMN_STARTED, format_time(execution.get("started_at")))
                child.setText(COLUMN_ENDED, format_time(execution.get("ended_at")))
                child.setText(
                    COLUMN_DURATION,
                    format_duration(
                        execution.get("started_at"),
                        execution.get("ended_at")
                        or (None if not is_finished(execution) else execution.get("updated_at")),
                    ),
                )
                self._show_bar(tree.itemWidget(child, COLUMN_PROGRESS), execution_bar_state(execution))

    # ------------------------------------------------------------------ monitor callbacks
    def on_execution_updated(self, execution: dict) -> None:
        key = str(execution.get("group_id") or execution.get("id"))
        run = self.runs.get(key)
        if run is None:
            process = self.processes.get(str(execution.get("process_id"))) or {
                "id": execution.get("process_id"),
                "name": "",
            }
            run = {"process": process, "group_id": execution.get("group_id"), "executions": [execution]}
            self._add_run_item(run)
            self._update_summary()
            return
        members = {str(e.get("id")): e for e in run["executions"]}
        if str(execution.get("id")) not in members and run.get("group_id"):
            run["executions"].append(execution)
            run["executions"].sort(key=lambda e: (e.get("group_index") or 0, str(e.get("started_at"))))
            self.ui.tree_executions.takeTopLevelItem(self.ui.tree_executions.indexOfTopLevelItem(self.items[key]))
            self._add_run_item(run)
            self._update_summary()
            return
        run["executions"] = [
            execution if str(e.get("id")) == str(execution.get("id")) else e for e in run["executions"]
        ]
        self._update_run_item(key)
        self._update_summary()
        self._update_buttons()
        selected = self.selected_execution()
        if selected is not None and str(selected.get("id")) == str(execution.get("id")):
            self._load_components()  # its components' status follows the execution's

    def on_run_finished(self, info: dict) -> None:
        """A watched run finished: update the list, notify, and load the outputs when asked to."""
        executions = info["executions"]
        process = self.processes.get(str(info["process_id"])) or {
            "id": info["process_id"],
            "name": info.get("process_name") or "",
        }
        run = {"process": process, "group_id": info.get("group_id"), "executions": executions}
        key = run_key(run)
        if key in self.runs:
            self.runs[key] = run
            self._update_run_item(key)
        else:
            self._add_run_item(run)
        self._update_summary()
        self._update_buttons()
        selected = self.selected_run()
        if selected is not None and run_key(selected) == key:
            self._show_previews(selected)
            self._load_components()
        self.state.processes_changed.emit()  # the Processes dock shows the process's new status and last run
        status = run_status(executions)
        if status == "success":
            automatic = fp_settings.load_preferences().load_outputs_automatically
            # Loading now: the notification must not offer what is about to be on the map.
            self.notify_success(run, offer_load=not automatic)
            if automatic:
                self.load_outputs(run)
        else:
            self.notify_failure(run)

    # ------------------------------------------------------------------ notifications
    def _push_notification(self, run: dict, title: str, text: str, level, buttons: list[tuple[str, Callable]]):
        bar = self.iface.messageBar()
        widget = bar.createMessage(title, text)
        made = {}
        for label, slot in buttons:
            button = QPushButton(label, widget)
            button.clicked.connect(self._while_alive(slot))
            widget.layout().addWidget(button)
            made[label] = button
        item = bar.pushWidget(widget, level, 0 if level == Qgis.MessageLevel.Critical else 15)
        record = {"run": run, "title": title, "text": text, "level": level, "widget": widget, "buttons": made}
        self.notifications.append(record)
        self.bar_items.append(item if item is not None else widget)
        self._desktop_notification(title, text, level)
        self.notified.emit(record)
        return record

    def _while_alive(self, slot: Callable[[], Any]) -> Callable[..., None]:
        """A button callback that does nothing once the dock is shut down (or its C++ side deleted).

        Why: the message bar belongs to QGIS and outlives the dock; a "Load outputs" clicked after ``unload()``
        would otherwise start work on a deleted dock."""

        def call(*_args) -> None:
            if self._shut_down or sip.isdeleted(self):
                return
            slot()

        return call

    def _pop_bar_items(self) -> None:
        """Take the dock's notifications off QGIS's message bar (their buttons point at this dock)."""
        items, self.bar_items = self.bar_items, []
        if not items:
            return
        try:
            bar = self.iface.messageBar()
        except RuntimeError:  # QGIS is closing: its message bar is gone, and our items with it
            return
        for item in items:
            try:
                if not sip.isdeleted(item):  # an expired item was already deleted by the bar
                    bar.popWidget(item)
            except (RuntimeError, TypeError):  # deleted meanwhile, or not a Qt item (a stand-in iface)
                pass

    def _desktop_notification(self, title: str, text: str, level) -> None:
        """Tell the user through the desktop when QGIS is not the active application."""
        if QApplication.activeWindow() is not None or not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            self.tray = QSystemTrayIcon(QIcon(icon_path("fusion_platform.svg")), self)
            self.tray.show()
        icon = (
            QSystemTrayIcon.MessageIcon.Critical
            if level == Qgis.MessageLevel.Critical
            else QSystemTrayIcon.MessageIcon.Information
        )
        self.tray.showMessage(title, text, icon, 10000)

    def notify_success(self, run: dict, offer_load: bool = True) -> dict:
        name = run["process"].get("name") or tr("A process")
        buttons = [(tr("Show log"), lambda: self.show_log(run))]
        if offer_load and fp_layers.find_loaded_run(run["executions"]) is None:
            buttons.insert(0, (tr("Load outputs"), lambda: self.load_outputs(run)))
        return self._push_notification(
            run,
            tr("Fusion Platform"),
            tr("'{0}' finished successfully.").format(name),
            Qgis.MessageLevel.Success,
            buttons,
        )

    def notify_failure(self, run: dict) -> None:
        """Find the failing component and its last log lines (in a task), then raise a critical notification.

        A stopped run is no failure: the user (or someone of the organisation) asked for it, so it is an
        information without the worker's log lines."""
        session = self._session()
        name = run["process"].get("name") or tr("A process")
        failed = [e for e in run["executions"] if status_of(e) in ("failed", "stopped")] or run["executions"]
        execution = failed[0]
        reason = execution.get("abort_reason") or ""
        stopped = status_of(execution) == "stopped" and not any(status_of(e) == "failed" for e in run["executions"])
        if stopped:
            self._push_notification(
                run,
                tr("Fusion Platform"),
                tr("Run stopped: {0}").format(name),
                Qgis.MessageLevel.Info,
                [(tr("Show log"), lambda: self.show_log(run))],
            )
            return
        if session is None or self.state.organisation is None:
            # Logged out meanwhile: no log to read, but the user still learns that the run failed.
            self._push_notification(
                run,
                tr("Fusion Platform"),
                tr("'{0}' failed: {1}").format(name, reason or tr("no reason given")),
                Qgis.MessageLevel.Critical,
                [],
            )
            return
        org = self._org_id()

        def work(_task):
            components = [c for c, _ in session.iterate(endpoints.components_path(org, execution["id"]))]
            failing = next((c for c in components if c.get("success") is False), components[0] if components else None)
            lines = []
            if failing is not None:
                answer = session.request(
                    "GET", endpoints.component_logs_path(org, failing["id"]), params={"limit": "24", "reverse": "True"}
                )
                lines = to_lines(list((answer or {}).get("list") or []))[-LOG_LINES_IN_FAILURE:]
            return failing, lines

        def done(value):
            if self._shut_down:
                return
            failing, lines = value
            component = (failing or {}).get("name") or tr("unknown component")
            text = tr("'{0}' failed in {1}: {2}").format(name, component, reason or tr("no reason given"))
            if lines:
                text += "\n" + "\n".join(f"{line.level}: {line.message}" for line in lines)
            self._push_notification(
                run,
                tr("Fusion Platform"),
                text,
                Qgis.MessageLevel.Critical,
                [(tr("Show log"), lambda: self.show_log(run))],
            )

        def failed_(error):
            if not self._shut_down and not self.state.report_error(error):
                self._push_notification(
                    run,
                    tr("Fusion Platform"),
                    tr("'{0}' failed: {1}").format(name, reason or self._error_text(error)),
                    Qgis.MessageLevel.Critical,
                    [(tr("Show log"), lambda: self.show_log(run))],
                )

        run_task(tr("Fusion Platform: reading the failure"), work, done, failed_, silent=QUIET)

    # ------------------------------------------------------------------ selection, components, logs
    def selected_run(self) -> dict | None:
        items = self.ui.tree_executions.selectedItems()
        if not items:
            return None
        data = items[0].data(0, ROLE) or {}
        return self.runs.get(data.get("run"))

    def selected_execution(self) -> dict | None:
        items = self.ui.tree_executions.selectedItems()
        if not items:
            return None
        data = items[0].data(0, ROLE) or {}
        run = self.runs.get(data.get("run"))
        if run is None:
            return None
        wanted = data.get("execution")
        for execution in run["executions"]:
            if wanted is None or str(execution.get("id")) == wanted:
                return execution
        return run["executions"][0]

    def select_run(self, key: str) -> None:
        item = self.items.get(key)
        if item is not None:
            self.ui.tree_executions.setCurrentItem(item)

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

    def _selection_changed(self) -> None:
        self._update_buttons()
        self._show_previews(self.selected_run())
        execution = self.selected_execution()
        self.ui.tree_components.clear()
        if execution is None:
            return
        expiry = parse_time(execution.get("delete_expiry"))
        if expiry is not None:
            self.ui.datetime_expiry.setDateTime(QDateTime.fromSecsSinceEpoch(int(expiry.timestamp())))
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

        def work(_task):
            return [c for c, _ in session.iterate(endpoints.components_path(org, execution["id"]))]

        def done(components):
            if self._shut_down or self.selected_execution() is not execution:
                return
            self.components = components
            self.ui.tree_components.clear()
            for component in components:
                item = QTreeWidgetItem(self.ui.tree_components)
                item.setText(0, str(component.get("name") or ""))
                status = component_status(component, execution)
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

    # ------------------------------------------------------------------ previews
    def _show_previews(self, run: dict | None) -> None:
        """Thumbnails of the run's outputs (its successful executions), from the cache or fetched in a task."""
        ui = self.ui
        ui.list_previews.clear()
        finished = [e for e in (run or {}).get("executions", []) if status_of(e) == "success"]
        if run is None or not finished:
            self._previews_key = None
            ui.label_previews.setText(
                tr("Previews of the outputs appear here when a finished run is selected.")
                if run is None
                else tr("Previews appear when the run has finished successfully.")
            )
            return
        key = run_key(run) + ":" + ",".join(sorted(str(e.get("id")) for e in finished))
        self._previews_key = key
        cached = self.preview_cache.get(key)
        if cached is not None:
            self._fill_previews(run, cached)
            return
        session = self._session()
        if session is None or self.state.organisation is None:
            return
        org = self._org_id()
        folder = fp_settings.load_preferences().download_folder
        previous = self._previews_task
        if previous is not None and not previous.done:
            previous.cancel()
        ui.label_previews.setText(tr("Loading previews…"))

        def work(task):
            return fp_previews.fetch_run_previews(session, org, finished, folder, cancel=task.cancel_event)

        def done(entries):
            if self._shut_down:
                return
            self.preview_cache[key] = entries
            if self._previews_key == key:
                self._fill_previews(self.runs.get(run_key(run), run), entries)

        def failed(error):
            from ..api.errors import CancelledError

            if self._shut_down or isinstance(error, CancelledError) or self._previews_key != key:
                return
            if self.state.report_error(error):
                return
            log_warning(f"Previews: {error}")
            ui.label_previews.setText(tr("Could not load the previews: {0}").format(self._error_text(error)))

        self._previews_task = run_task(tr("Fusion Platform: fetching previews"), work, done, failed, silent=QUIET)

    def _fill_previews(self, run: dict, entries: list[dict]) -> None:
        """Main thread: wrap the decoded thumbnails as pixmaps in the strip."""
        strip = self.ui.list_previews
        strip.clear()
        key = run_key(run)
        for entry in entries:
            caption = str(entry.get("file_name") or "")
            if run.get("group_id") and entry.get("group_index"):
                caption = tr("{0} #{1}").format(caption, entry.get("group_index"))
            item = QListWidgetItem(QIcon(QPixmap.fromImage(entry["image"])), caption)
            item.setToolTip(
                tr("{0}\n{1} - {2}\nClick to load the outputs").format(
                    entry.get("file_name") or "", entry.get("component") or "", entry.get("output") or ""
                )
            )
            item.setData(ROLE, {"run": key, "file_id": entry.get("file_id")})
            strip.addItem(item)
        if not entries:
            self.ui.label_previews.setText(tr("The platform has no previews of these outputs."))
        elif fp_layers.find_loaded_run(run["executions"]) is not None:
            self.ui.label_previews.setText(
                tr("%n preview(s); the outputs are on the map: click one to show them.", None, len(entries))
            )
        else:
            self.ui.label_previews.setText(
                tr("%n preview(s) (nothing downloaded yet): click one to load the outputs.", None, len(entries))
            )
        self.previews_shown.emit(key)

    def _preview_clicked(self, item: QListWidgetItem) -> None:
        """Offer "Load outputs" in a small menu at the pointer (non-blocking popup, so tests can trigger it)."""
        data = item.data(ROLE) or {}
        run = self.runs.get(data.get("run"))
        if run is None:
            return
        if self.preview_menu is not None:
            self.preview_menu.close()
            self.preview_menu.deleteLater()
        menu = QMenu(self)
        action = menu.addAction(tr("Load outputs"))
        action.setEnabled(run_status(run["executions"]) == "success")
        action.triggered.connect(lambda _checked=False, r=run: self.load_outputs(r))
        self.preview_menu = menu
        menu.popup(QCursor.pos())

    def _show_log_clicked(self) -> None:
        run = self.selected_run()
        if run is not None:
            execution = self.selected_execution()
            self.show_log(run, execution if run.get("group_id") else None)

    def show_log(self, run: dict, execution: dict | None = None) -> None:
        """Open the log viewer over every component of the execution (or of the whole group)."""
        if run is None:
            return
        session = self._action_session()
        if session is None:
            return
        org = self._org_id()
        executions = [execution] if execution else run["executions"]

        def work(_task):
            lines = []
            for member in executions:
                for component, _ in session.iterate(endpoints.components_path(org, member["id"])):
                    entries = [
                        e for e, _ in session.iterate(endpoints.component_logs_path(org, component["id"]), reverse=True)
                    ]
                    label = str(component.get("name") or "")
                    if member.get("group_index"):
                        label = f"{label} #{member.get('group_index')}"
                    lines.extend(to_lines(entries, label))
            lines.sort(key=lambda line: line.logged_at)
            return lines

        def done(lines):
            if self._shut_down:
                return
            title = tr("Log of '{0}'").format(run["process"].get("name") or "")
            viewer = LogViewer(title, lines, self)
            self.log_viewers.append(viewer)
            viewer.finished.connect(lambda _r, v=viewer: self.log_viewers.remove(v) if v in self.log_viewers else None)
            viewer.show()

        run_task(
            tr("Fusion Platform: reading the log"),
            work,
            done,
            self._error_message(tr("Could not read the log: {0}"), Qgis.MessageLevel.Warning),
            silent=QUIET,
        )

    # ------------------------------------------------------------------ actions
    def stop_selected(self) -> None:
        run = self.selected_run()
        if run is None:
            return
        self.stop_run(run)

    def stop_run(self, run: dict) -> None:
        session = self._action_session()
        if session is None:
            return
        org = self._org_id()
        process_id = run["process"].get("id") or run["executions"][0].get("process_id")

        def work(_task):
            return session.get_model(endpoints.stop_path(org, process_id), method="POST", idempotent=True)

        def done(_value):
            self._message(tr("Stop requested for '{0}'.").format(run["process"].get("name") or ""))
            self.monitor.poll_now()
            self.state.processes_changed.emit()

        run_task(tr("Fusion Platform: stopping"), work, done, self._error_message(tr("Could not stop: {0}")))

    def delete_selected(self) -> None:
        run = self.selected_run()
        if run is None:
            return
        count = len(run["executions"])
        text = (
            tr("Delete this execution and its outputs on the Fusion Platform?")
            if count == 1
            else tr(
                "Delete these %n executions (the whole group) and their outputs on the Fusion Platform?", None, count
            )
        )
        if not self.confirm(text):
            return
        self.delete_run(run)

    def delete_run(self, run: dict) -> None:
        session = self._action_session()
        if session is None:
            return
        org = self._org_id()
        ids = [str(e["id"]) for e in run["executions"]]

        def work(_task):
            return endpoints.delete_executions(session, org, ids)

        def done(_ids):
            self.monitor.unwatch(f"{run['process'].get('id')}/{run.get('group_id') or ''}")
            self._message(tr("Deleted."), Qgis.MessageLevel.Success)
            self.refresh()

        run_task(
            tr("Fusion Platform: deleting executions"), work, done, self._error_message(tr("Could not delete: {0}"))
        )

    def change_expiry_selected(self) -> None:
        execution = self.selected_execution()
        if execution is None:
            return
        when = self.ui.datetime_expiry.dateTime().toPyDateTime().astimezone()
        if when <= datetime.now().astimezone() + timedelta(minutes=1):
            self._message(tr("The deletion date must be in the future."), Qgis.MessageLevel.Warning)
            return
        self.change_expiry(execution, when)

    def change_expiry(self, execution: dict, when: datetime) -> None:
        session = self._action_session()
        if session is None:
            return
        org = self._org_id()

        def work(_task):
            session.request(
                "POST",
                endpoints.change_expiry_path(org, execution["id"]),
                json={"ProcessExecution": {"delete_expiry": when.astimezone(timezone.utc).isoformat()}},
                idempotent=True,
            )
            return True

        def done(_ok):
            self._message(
                tr("Outputs will be kept until {0}.").format(format_datetime(when)), Qgis.MessageLevel.Success
            )
            self.refresh()

        run_task(
            tr("Fusion Platform: changing the deletion date"),
            work,
            done,
            self._error_message(tr("Could not change the date: {0}")),
        )

    # ------------------------------------------------------------------ outputs
    def _task_progress(self, task_id: int, progress: float) -> None:
        if task_id in self._download_task_ids and not self._shut_down:
            self.ui.progress_download.setValue(int(progress))

    def load_outputs(self, run: dict | None) -> Any:
        """Download the run's outputs (once; a second time is instant) and add them to the map."""
        if run is None:
            return None
        group = fp_layers.find_loaded_run(run["executions"])
        if group is not None:
            # Already on the map: bring it into view instead of adding a second identical group.
            fp_layers.show_run_group(group)
            self._message(tr("The outputs of '{0}' are already on the map.").format(run["process"].get("name") or ""))
            self.outputs_shown.emit(group)
            return None
        session = self._action_session()
        if session is None:
            return None
        key = run_key(run)
        existing = self.download_tasks.get(key)
        if existing is not None and not existing.done:
            return existing
        preferences = fp_settings.load_preferences()
        org = self._org_id()
        process = dict(run["process"])
        executions = list(run["executions"])
        folder = preferences.download_folder
        stream_mb = float(preferences.stream_rasters_larger_than_mb or 0.0)
        if stream_mb > 0:
            # GDAL streams the rasters with its own HTTP stack: give it QGIS's proxy (read here, on the main thread).
            connection = self.state.connection
            fp_streaming.configure_gdal_network(read_network_config(), connection.url if connection else "")
        bar = self.ui.progress_download
        bar.setValue(0)
        bar.setVisible(True)

        def work(task):
            def progress(percent: float) -> None:
                task.setProgress(percent)

            if not process.get("name"):
                model, _extras = session.get_model(endpoints.process_path(org, process["id"]))
                process.update({k: model.get(k) for k in ("name", "service_id")})
            return fp_outputs.download_run(
                session,
                org,
                executions,
                process,
                folder,
                progress=progress,
                cancel=task.cancel_event,
                stream_larger_than_mb=stream_mb,
            )

        def forget() -> None:
            self.download_tasks.pop(key, None)
            for task_id in [i for i, k in self._download_task_ids.items() if k == key]:
                self._download_task_ids.pop(task_id, None)

        def done(result):
            forget()
            if self._shut_down:
                return
            bar.setVisible(False)
            loader = fp_layers.load_run(result, interactive=True)
            self.loaders.append(loader)
            log_info(f"Loaded {len(loader.layers)} layer(s) of '{process.get('name')}'")
            self._outputs_added(process, loader)
            self.outputs_loaded.emit(loader)

        def failed(error):
            forget()
            if self._shut_down:
                return
            bar.setVisible(False)
            from ..api.errors import CancelledError

            if isinstance(error, CancelledError):
                self._message(tr("Download cancelled."), Qgis.MessageLevel.Info)
                return
            if self.state.report_error(error):
                return
            self._message(
                tr("Could not load the outputs: {0}").format(self._error_text(error)), Qgis.MessageLevel.Critical, 0
            )

        task = run_task(
            tr("Fusion Platform: downloading outputs of '{0}'").format(process.get("name") or ""), work, done, failed
        )
        self.download_tasks[key] = task
        self._download_task_ids[QgsApplication.taskManager().taskId(task)] = key
        return task

    def _outputs_added(self, process: dict, loader) -> None:
        """Say what was added; a statistics table is offered with a button, never opened unasked."""
        text = tr("Outputs of '{0}' added to the map (%n layer(s)).", None, len(loader.layers)).format(
            process.get("name")
        )
        tables = list(loader.tables)
        if not tables:
            self._message(text, Qgis.MessageLevel.Success)
        else:
            bar = self.iface.messageBar()
            widget = bar.createMessage(tr("Fusion Platform"), text)
            button = QPushButton(tr("Open the statistics table"), widget)

            def open_tables() -> None:
                for table in tables:
                    if not sip.isdeleted(table) and QgsProject.instance().mapLayer(table.id()) is not None:
                        self.iface.showAttributeTable(table)

            button.clicked.connect(self._while_alive(open_tables))
            widget.layout().addWidget(button)
            item = bar.pushWidget(widget, Qgis.MessageLevel.Success, 15)
            self.bar_items.append(item if item is not None else widget)
            self.table_offers.append(button)
        run = self.runs.get(run_key({"group_id": loader.run.get("group_id"), "executions": loader.run["executions"]}))
        if run is not None and run is self.selected_run():
            self._show_previews(run)
        self._update_buttons()

    # ------------------------------------------------------------------ streamed layers
    def load_time_series(self, run: dict | None) -> Any:
        """Every successful run of ``run``'s (repeating) process as dated layers in one group, for the Temporal
        Controller: the Browser's "Load as time series" (gui/browser.py, qgis_support/time_series.py)."""
        if run is None or self._action_session() is None:
            return None
        from .browser import BrowserContext, load_time_series

        if self.series_context is None:
            self.series_context = BrowserContext(self.state, lambda: {"executions": self})
        return load_time_series(self.series_context, self._org_id(), run["process"])

    def project_read(self, project: QgsProject | None = None) -> Any:
        """After a project was opened: its streamed layers were saved without their signed URLs (see
        :mod:`..qgis_support.streaming`) and opened as placeholders; fetch fresh URLs and re-point them."""
        project = project or QgsProject.instance()
        waiting = [layer for layer in fp_streaming.streamed_layers(project) if fp_streaming.is_placeholder(layer)]
        if not waiting or self._shut_down:
            return None
        if self._session() is None:
            self._message(
                tr(
                    "This project streams %n layer(s) from the Fusion Platform: log in from the Account "
                    "dock, then use 'Refresh streamed layers'.",
                    None,
                    len(waiting),
                ),
                Qgis.MessageLevel.Warning,
            )
            return None
        return self.refresh_streamed_layers(project)

    def refresh_streamed_layers(self, project: QgsProject | None = None) -> Any:
        """Ask for new signed URLs for every layer of the project that streams a platform file, then re-point them.

        Signed URLs expire (about an hour), after which a streamed layer stops drawing; its custom properties keep
        the ids needed here. The URLs are fetched in a task and the layers changed on the main thread.
        """
        project = project or QgsProject.instance()
        layers = fp_streaming.streamed_layers(project)
        if not layers:
            self._message(tr("No layer of this project streams from the Fusion Platform."))
            self.streams_refreshed.emit(0)
            return None
        session = self._session()
        if session is None:
            self._message(tr("Log in from the Account dock to refresh the streamed layers."), Qgis.MessageLevel.Warning)
            return None
        connection = self.state.connection
        fp_streaming.configure_gdal_network(read_network_config(), connection.url if connection else "")
        wanted = {layer.id(): fp_streaming.layer_key(layer) for layer in layers}

        def work(task):
            return fp_streaming.renew_urls(session, list(wanted.values()), task.cancel_event)

        def done(urls):
            if self._shut_down:
                return
            count = 0
            for layer_id, key in wanted.items():
                layer = project.mapLayer(layer_id)
                if layer is None or key not in urls:
                    continue
                fp_streaming.repoint(layer, urls[key])
                count += 1
            log_info(f"Renewed the signed URL of {count} streamed layer(s)")
            self._message(
                tr("Renewed the signed URLs of %n streamed layer(s).", None, count), Qgis.MessageLevel.Success
            )
            self.streams_refreshed.emit(count)

        def failed(error):
            if not self._shut_down and not self.state.report_error(error):
                self._message(
                    tr("Could not refresh the streamed layers: {0}").format(self._error_text(error)),
                    Qgis.MessageLevel.Critical,
                )

        return run_task(tr("Fusion Platform: renewing streamed layers"), work, done, failed)

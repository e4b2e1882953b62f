"""The Executions dock's listing: what it costs depends on what is shown, not on the organisation's history.

A refresh reads ONE page of processes; the process listing carries each process's execution summaries (docs/api-contract.md
§6.7.4), from which the runs and their status are derived (:func:`...qgis_support.runs.records.process_runs`), so no
per-process executions request is sent. More pages come on scrolling to the bottom or "More…". A run started
elsewhere in the plugin (``PluginState.run_started``) is found by the monitor (``pipeline.follow``, one request for
that process), and a run whose deletion date changed is re-read on its own. Every request runs in a QgsTask.
:class:`RunsListing` keeps the runs model and the header, and says what changed through its signals.
"""

from __future__ import annotations

from typing import Any, Optional

from qgis.PyQt.QtCore import QObject, Qt, pyqtSignal

from ...api import listings
from ...qgis_support.pipeline.follow import ExecutionMonitor
from ...qgis_support.runs.records import (
    group_runs,
    merge_runs,
    needs_execution_listing,
    process_runs,
    run_key,
    run_started_at,
)
from ...qgis_support.runs.status import run_status, runs_summary
from ...qgis_support.toolbelt.log import log_warning
from ...qgis_support.toolbelt.tasks import QUIET, run_task
from ...qgis_support.words.i18n import tr
from .context import DockContext
from .model import COLUMN_DURATION, COLUMN_STATUS, RunsModel


class RunsListing(QObject):
    """The runs of the organisation (or of the process chosen in ``ui.combo_process``) in ``model``, page by page;
    running ones handed to ``monitor``."""

    refreshed = pyqtSignal()  # a page was listed
    changed = pyqtSignal()  # runs were put or removed (the selection's buttons may change)
    run_changed = pyqtSignal(str)  # run key of one run re-read or removed on its own (no relisting)

    def __init__(self, context: DockContext, model: RunsModel, ui: Any, monitor: ExecutionMonitor):
        super().__init__(model)
        self.context = context
        self.state = context.state
        self.model = model
        self.ui = ui  # the dock's form: tree_executions, combo_process, label_status, button_more
        self.monitor = monitor
        self.processes: dict[str, dict] = {}
        self.cursor: Optional[dict] = None  # the next page of processes, or None when every page is listed
        self.refresh_task: Any = None
        self.more_task: Any = None
        self.details_task: Any = None
        self._refresh_pending = False
        ui.button_more.clicked.connect(self.load_more)
        ui.button_more.setVisible(False)
        ui.combo_process.currentIndexChanged.connect(lambda _index: self.refresh())
        ui.tree_executions.verticalScrollBar().valueChanged.connect(self._scrolled)

    @property
    def runs(self) -> dict[str, dict]:
        return self.model.runs

    @property
    def _shut_down(self) -> bool:
        return not self.context.alive

    def _session(self) -> Any:
        return self.context.session()

    def _org_id(self) -> str:
        return self.context.organisation_id()

    def _error_text(self, error: BaseException) -> str:
        return self.context.error_text(error)

    def tasks(self) -> list:
        return [self.refresh_task, self.more_task, self.details_task]

    def selected_process_id(self) -> Optional[str]:
        return self.ui.combo_process.currentData()

    def clear(self) -> None:
        self.model.clear()
        self.cursor = None
        self.ui.button_more.setVisible(False)

    def run_keys_of(self, process_id: str) -> set[str]:
        """The keys of the runs of ``process_id`` listed here (a hand-over looks for a newer one)."""
        return {run_key(r) for r in self.runs.values() if str(r["process"].get("id")) == str(process_id)}

    @property
    def loading(self) -> bool:
        return any(t is not None and not t.done for t in (self.refresh_task, self.more_task))

    def refresh(self, *_args: Any) -> None:
        """Reload the first page of runs in the background (one request for the organisation's newest processes
        with their execution summaries, or one for the filtered process's newest executions)."""
        session = self._session()
        if session is None or self.state.organisation is None or self._shut_down:
            return
        if self.refresh_task is not None and not self.refresh_task.done:
            self._refresh_pending = True
            return
        self._refresh_pending = False
        org = self._org_id()
        only = self.selected_process_id()
        known = dict(self.processes)
        self.ui.label_status.setText(tr("Loading executions…"))

        def work(_task):
            if only:
                process = known.get(only) or {"id": only, "name": ""}
                return None, None, [(process, listings.newest_executions(session, org, only))]
            return self._fetch_page(session, org, None)

        def done(value):
            self.refresh_task = None
            if self._shut_down:
                return
            processes, cursor, listing = value
            if processes is not None:
                self._fill_processes(processes, replace=True)
                self.cursor = cursor
            else:
                self.cursor = None
            self._fill_runs(listing, replace=True)
            if self._refresh_pending:
                self.refresh()

        def failed(error):
            self.refresh_task = None
            self._listing_failed(error)

        self.refresh_task = run_task(tr("Fusion Platform: loading executions"), work, done, failed, silent=QUIET)

    def load_more(self) -> None:
        """The next page of processes and their runs, added below the ones listed (no reset)."""
        session = self._session()
        cursor = self.cursor
        if session is None or self.state.organisation is None or self._shut_down or cursor is None or self.loading:
            return
        org = self._org_id()
        self.ui.button_more.setEnabled(False)

        def work(_task):
            return self._fetch_page(session, org, cursor)

        def done(value):
            self.more_task = None
            self.ui.button_more.setEnabled(True)
            if self._shut_down:
                return
            processes, next_cursor, listing = value
            self.cursor = next_cursor
            self._fill_processes(processes, replace=False)
            self._fill_runs(listing, replace=False)

        def failed(error):
            self.more_task = None
            self.ui.button_more.setEnabled(True)
            self._listing_failed(error)

        self.more_task = run_task(tr("Fusion Platform: loading more executions"), work, done, failed, silent=QUIET)

    @staticmethod
    def _fetch_page(session, org: str, cursor: Optional[dict]) -> tuple[list[dict], Optional[dict], list]:
        """Worker thread: one page of processes; their runs come from the summaries each carries. A process that
        says it has executions but carries no summaries has its newest executions read (this page's only)."""
        processes, next_cursor = listings.processes_page(session, org, cursor)
        listing: list[tuple[dict, Optional[list[dict]]]] = []
        for process in processes:
            if needs_execution_listing(process):
                listing.append((process, listings.newest_executions(session, org, str(process["id"]))))
            else:
                listing.append((process, None))
        return processes, next_cursor, listing

    def _listing_failed(self, error: BaseException) -> None:
        if not self._shut_down and not self.state.report_error(error):
            self.ui.label_status.setText(tr("Could not load the executions: {0}").format(self._error_text(error)))

    def _scrolled(self, value: int) -> None:
        bar = self.ui.tree_executions.verticalScrollBar()
        if self.cursor is not None and value >= bar.maximum() > 0:
            self.load_more()

    def _fill_processes(self, processes: list[dict], replace: bool) -> None:
        combo = self.ui.combo_process
        current = combo.currentData()
        if replace:
            self.processes = {}
        self.processes.update({str(p["id"]): p for p in processes})
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("All processes"), None)
        for process in sorted(self.processes.values(), key=lambda p: str(p.get("name") or "").lower()):
            combo.addItem(str(process.get("name") or process["id"]), str(process["id"]))
        index = combo.findData(current)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def _fill_runs(self, listing: list[tuple[dict, Optional[list[dict]]]], replace: bool) -> None:
        """Put the listed runs into the model row by row; ``replace`` drops the runs no longer listed."""
        runs: list[dict] = []
        starting = []
        for process, executions in listing:
            found = process_runs(process) if executions is None else group_runs(process, executions)
            runs.extend(found)
            if self._just_started(process, found):
                starting.append(process)
        runs.sort(key=run_started_at, reverse=True)
        keys = {run_key(run) for run in runs}
        if replace:
            for key in self.model.keys():  # gone from the first page (a running one stays: the monitor has it)
                if key not in keys and run_status(self.runs[key]["executions"]) != "running":
                    self.model.remove(key)
        changed = []
        for run in runs:
            old = self.runs.get(run_key(run))
            merged = merge_runs(old, run) if old is not None else run
            if merged != old:  # an unchanged run keeps its row untouched
                self.model.put(merged)
                changed.append(run_key(run))
            shown = self.runs.get(run_key(run), merged)  # a run known to have ended is not watched again
            if run_status(shown["executions"]) == "running":
                self.monitor.watch(shown["executions"][0], str(run["process"].get("name") or ""))
        for process in starting:
            self.monitor.follow_process(process)
        self.ui.button_more.setVisible(self.cursor is not None)
        self.update_summary()
        self.fit_columns(changed)
        self.changed.emit()
        self.refreshed.emit()

    def _just_started(self, process: dict, runs: list[dict]) -> bool:
        """A process the platform says is executing, with no running run listed that started since then."""
        if process.get("process_status") != "execute":
            return False
        if any(run_status(run["executions"]) == "running" for run in runs):
            return False
        changed = str(process.get("process_status_at") or "")
        return not runs or (bool(changed) and max(run_started_at(r) for r in runs) < changed)

    def fit_columns(self, keys: Optional[list[str]] = None) -> None:
        """The Status and Duration columns as wide as their texts (the name column takes the rest and elides at its
        end, see panel_list.fit_name_column). Only the rows of ``keys`` (default: every row) are measured, from their
        texts: ``resizeColumnToContents`` asked the delegate for every row and cost tens of ms per page."""
        view = self.ui.tree_executions
        metrics = view.fontMetrics()
        keys = self.model.keys() if keys is None else keys
        margin = 2 * view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin) + 12
        for column in (COLUMN_STATUS, COLUMN_DURATION):
            texts = [self.model.key_index(key, None, column).data() or "" for key in keys]
            if not texts:
                continue
            width = max(metrics.horizontalAdvance(str(text)) for text in texts) + margin
            header = metrics.horizontalAdvance(str(self.model.headerData(column, Qt.Orientation.Horizontal))) + margin
            view.setColumnWidth(column, max(view.columnWidth(column), width, header))  # grows, never jumps back

    def update_summary(self) -> None:
        """The header counts the runs as they are now (called on every change the monitor reports)."""
        count, running = runs_summary(self.runs.values())
        self.ui.label_status.setText(
            tr("%n run(s), {0} running", None, count).format(running)
            if count
            else tr("No executions yet: execute a process from the Processes dock.")
        )

    # ------------------------------------------------------------------ one run
    def put_execution(self, execution: dict) -> None:
        """The monitor says one execution changed: its row (or a new row for a run not listed yet)."""
        if not self.model.update_execution(execution):
            process = self.processes.get(str(execution.get("process_id"))) or {
                "id": execution.get("process_id"),
                "name": "",
            }
            self.model.put({"process": process, "group_id": execution.get("group_id"), "executions": [execution]})
        self.fit_columns([str(execution.get("group_id") or execution.get("id"))])
        self.update_summary()
        self.changed.emit()

    def put_started(self, run: dict) -> str:
        """A run handed over (``PluginState.run_started``) and found by the monitor, on its own row; its key."""
        pid = str(run["process"].get("id"))
        listed = self.processes.get(pid) or {}
        process = {**listed, **{k: v for k, v in run["process"].items() if v}}
        self.processes[pid] = process
        key = run_key(run)
        old = self.runs.get(key)
        fresh = {**run, "process": process}
        self.model.put(merge_runs(old, fresh) if old is not None else fresh)
        self.update_summary()
        self.fit_columns([key])
        self.changed.emit()
        return key

    def put_finished(self, info: dict) -> dict:
        """A followed run ended (the monitor's ``run_ended``): its row as it is now; returns the run."""
        process = self.processes.get(str(info["process_id"])) or {
            "id": info["process_id"],
            "name": info.get("process_name") or "",
        }
        run = {"process": process, "group_id": info.get("group_id"), "executions": info["executions"]}
        self.model.put(run)
        self.update_summary()
        self.changed.emit()
        return self.runs[run_key(run)]

    def remove(self, run: dict) -> None:
        """A run deleted: that row only, no relisting."""
        self.model.remove(run_key(run))
        self.update_summary()
        self.changed.emit()
        self.run_changed.emit(run_key(run))

    def refresh_run(self, execution: dict) -> None:
        """Re-read one run's full records (after a change of its deletion date, or its lazy details)."""
        key = str(execution.get("group_id") or execution.get("id"))
        run = self.runs.get(key)
        session = self._session()
        if run is None or session is None or self.state.organisation is None:
            return
        org = self._org_id()
        pid = str(run["process"].get("id") or execution.get("process_id"))
        group_id = run.get("group_id")
        ids = [str(e.get("id")) for e in run["executions"]]

        def work(_task):
            return listings.run_executions(session, org, pid, group_id, ids)

        def done(records):
            if self._shut_down or not records or key not in self.runs:
                return
            current = self.runs[key]
            self.model.put({**current, "executions": records})
            self.changed.emit()
            self.run_changed.emit(key)

        self.details_task = run_task(
            tr("Fusion Platform: reading an execution"),
            work,
            done,
            lambda error: None if self.state.report_error(error) else log_warning(f"Run details: {error}"),
            silent=QUIET,
        )

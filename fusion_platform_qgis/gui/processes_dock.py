"""Processes dock: the organisation's processes with status and last execution, and what can be done to them.

What the list costs does not grow with history: one page of processes (newest first) per refresh, each carrying
its execution summaries (docs/api-contract.md §6.7.4), from which the "last execution" column is derived without a
request per process (:func:`..qgis_support.runs.records.newest_run_outcome`); more pages on scrolling to the bottom or "More…".
Rows live in a :class:`ProcessesModel` filled row by row. The list is reloaded in a task whenever the organisation
changes or another part of the plugin says processes or executions changed (``state.processes_changed`` /
``executions_changed``); a run seen to end (``state.run_ended``) shows at once, and no listing asked for before that
end overrules it (issue 25). Actions: open in the editor, copy (an unsaved copy opens in the editor), execute (handed to
the Executions dock through ``state.run_started``), stop, delete (after confirmation through :attr:`confirm`, which
tests replace). Buttons the platform would refuse are disabled with the reason as tooltip: nothing can change
while a process executes; execute needs it not executing; stop needs it executing.
"""

from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.PyQt.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QTimer

from ..api import Process, listings
from ..qgis_support import pipeline
from ..qgis_support.runs.records import ended_run, newest_outcome, newest_run_outcome, status_after_run
from ..qgis_support.runs.status import is_finished, process_settling
from ..qgis_support.toolbelt.log import log_warning
from ..qgis_support.toolbelt.tasks import run_task
from ..qgis_support.words.i18n import format_amount, format_datetime, tr
from ..qgis_support.words.messages import error_text
from . import credit_prompt
from .base_dock import FormDock
from .executions.model import status_icon
from .ui import ask_yes_no, load_form
from .widgets.panel_list import ListActions, fit_name_column, set_enabled

PROCESS_ROLE = Qt.ItemDataRole.UserRole + 1
COL_NAME, COL_SERVICE, COL_STATUS, COL_LAST, COL_PRICE = range(5)
SETTLE_RETRIES = 5  # looks again (1 s, 2 s, 4 s...) at a run-once process whose run ended but still says "execute"


def status_label(status: str) -> str:
    return {"draft": tr("Draft"), "execute": tr("Executing"), "stop": tr("Stopped")}.get(status or "", status or "")


def row_status(row: dict) -> str:
    """One word per process, never two that disagree: executing, else how its newest run ended, else a draft. (The
    platform's own ``process_status`` says "stop" once a run-once process has run, whatever the run's outcome.)"""
    if row["status"] == "execute":
        return tr("Executing")
    outcome = row.get("outcome")
    if outcome:
        return {
            "success": tr("Succeeded"),
            "failed": tr("Failed"),
            "stopped": tr("Stopped"),
            "running": tr("Running"),
        }.get(outcome, outcome)
    return status_label(row["status"])


def row_tooltip(row: dict) -> str:
    """Every column, the hidden ones too (service, price), for the narrow dock."""
    lines = [row["name"], tr("Status: {0}").format(row_status(row))]
    if row["service_name"]:
        lines.append(tr("Service: {0}").format(row["service_name"]))
    if row["last"]:
        lines.append(tr("Last run: {0}").format(row["last"]))
    if row["price"] is not None:
        lines.append(tr("Price: {0} credits per run").format(format_amount(row["price"])))
    return "\n".join(lines)


def outcome_word(status: str) -> str:
    # A word, not a percentage: the list is not refreshed on every poll, and "(0%)" went stale at once.
    return {"success": tr("succeeded"), "failed": tr("failed"), "stopped": tr("stopped"), "running": tr("running")}.get(
        status, status
    )


def outcome_fields(last: Optional[dict], process_status: Any, run_type: Any) -> dict[str, Any]:
    """A row's "last execution" columns from its process's newest run (``newest_run_outcome``, or ``ended_run``)."""
    return {
        "last": f"{format_datetime(last['started_at'])} ({outcome_word(last['status'])})" if last else "",
        "last_date": format_datetime(last["started_at"]) if last else "",
        "outcome": last["status"] if last else "",
        "has_run": last is not None,
        "settling": process_settling(process_status, run_type, last is not None and is_finished(last["execution"])),
    }


def process_row(process, item: dict, services: dict) -> dict[str, Any]:
    """One row from a listed process and its wire dict (whose summaries give the newest execution; no request)."""
    last = newest_run_outcome(item)
    service = services.get(str(process.ssd_id))
    return {
        "process": process,
        "name": process.name,
        "status": process.process_status or "",
        "service": service,
        "service_name": service.name if service is not None else "",
        "listed": last,  # the newest run as the listing said it (reconciled with the runs seen to end)
        **outcome_fields(last, process.process_status, getattr(process, "run_type", None)),
        "price": float(process.price) if process.price is not None else None,
    }


def reconciled_row(row: dict, ended: Optional[dict]) -> tuple[dict, bool]:
    """``row`` from a listing against its process's run seen to end (``ended_run``): the row to show, and whether the
    listing caught up. One read before the end still says it runs: the end seen wins, however late it lands."""
    chosen, caught_up = newest_outcome(row.get("listed"), ended)
    if caught_up or chosen is None:
        return row, caught_up
    run_type = getattr(row["process"], "run_type", None)
    status = status_after_run(row["status"], run_type, chosen["status"])
    return {**row, "status": status, **outcome_fields(chosen, status, run_type)}, False


def list_processes(session, organisation, cursor: Optional[dict], services: Optional[dict]):
    """Worker thread: one page of rows, ``(rows, next cursor, services by SSD id)``; the services read once."""
    if services is None:
        services = {str(s.ssd_id): s for s in organisation.services}
    org = str(organisation.id)
    items, next_cursor, extras = listings.processes_listing(session, org, cursor)
    rows = [
        process_row(Process(session, item, extras=extras, context={"organisation_id": org}), item, services)
        for item in items
    ]
    return rows, next_cursor, services


class ProcessesModel(QAbstractTableModel):
    """The listed rows (dicts of :func:`process_row`), in listing order; replaced or appended row by row."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 5

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            translate = QCoreApplication.translate  # the form's context (the columns its .ui used to declare)
            return [
                translate("ProcessesDock", "Name"),
                translate("ProcessesDock", "Service"),
                translate("ProcessesDock", "Status"),
                translate("ProcessesDock", "Last run"),
                translate("ProcessesDock", "Price"),
            ][section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == PROCESS_ROLE:
            return index.row()
        column = index.column()
        if role == Qt.ItemDataRole.DecorationRole:
            return (
                status_icon("running" if row["status"] == "execute" else row["outcome"]) if column == COL_NAME else None
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return row_tooltip(row)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == COL_NAME:
            return row["name"]
        if column == COL_SERVICE:
            return row["service_name"]
        if column == COL_STATUS:
            return row_status(row)
        if column == COL_LAST:
            return row["last_date"]
        return format_amount(row["price"]) if row["price"] is not None else ""

    def replace_row(self, row: int, values: dict) -> None:
        self.rows[row] = values
        self.dataChanged.emit(self.index(row, 0), self.index(row, 4))

    def set_rows(self, rows: list[dict], append: bool) -> None:
        """Append a page, or replace the list row by row: unchanged positions get ``dataChanged``, not a reset."""
        if append:
            start = len(self.rows)
            if rows:
                self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
                self.rows.extend(rows)
                self.endInsertRows()
            return
        common = min(len(rows), len(self.rows))
        if len(self.rows) > len(rows):
            self.beginRemoveRows(QModelIndex(), len(rows), len(self.rows) - 1)
            del self.rows[len(rows) :]
            self.endRemoveRows()
        self.rows[:common] = rows[:common]
        if common:
            self.dataChanged.emit(self.index(0, 0), self.index(common - 1, 4))
        if len(rows) > common:
            self.beginInsertRows(QModelIndex(), common, len(rows) - 1)
            self.rows.extend(rows[common:])
            self.endInsertRows()


class ProcessesDock(FormDock):
    FORM = load_form(__file__)
    OBJECT_NAME = "fusion_platform_processes_dock"

    def __init__(self, state, parent=None):
        super().__init__(state, tr("Processes"), parent)
        self.model = ProcessesModel(self)
        self.editors: list = []
        self.loading = False
        self.reload_pending = False
        self.busy = False
        self.task = None
        self.next_page: Optional[dict] = None  # the next page, or None when every page is listed
        self.services: Optional[dict] = None  # SSD id -> Service, read with the first page of an organisation
        self._settle_retries = 0
        self._shut_down = False
        # Process id -> its run seen to end (ended_run; "before": listings asked for until then). A listing asked for
        # before that end does not overrule it; the first asked for after it is the platform's word (a delete...).
        self.ended: dict[str, dict] = {}
        self.loads = 0  # listings asked for so far
        self.confirm: Callable[[str], bool] = self._confirm_with_dialog
        view = self.ui.tree_processes
        view.setModel(self.model)
        # Name (with its status icon) and status always in view; the service and price are in the tooltip.
        fit_name_column(view, fixed={COL_STATUS: 60, COL_LAST: 60})
        view.setColumnHidden(COL_SERVICE, True)
        view.setColumnHidden(COL_PRICE, True)
        view.selectionModel().currentChanged.connect(self._update_buttons)
        view.verticalScrollBar().valueChanged.connect(self._scrolled)
        ui = self.ui
        self.list_actions = ListActions(
            view,
            [
                (ui.button_open, "/mActionPropertiesWidget.svg"),
                (ui.button_copy, "/mActionEditCopy.svg"),
                None,
                (ui.button_execute, "/mActionStart.svg"),
                (ui.button_stop, "/mActionStop.svg"),
                None,
                (ui.button_delete, "/mActionDeleteSelected.svg"),
            ],
            default=ui.button_open,
            extra=[(ui.button_refresh, "/mActionRefresh.svg")],
        )
        ui.button_refresh.defaultAction().triggered.connect(self.refresh)
        ui.button_more.clicked.connect(self.load_more)
        ui.button_more.setVisible(False)
        ui.button_open.defaultAction().triggered.connect(lambda: self.open_selected())
        ui.button_copy.defaultAction().triggered.connect(lambda: self.copy_selected())
        ui.button_execute.defaultAction().triggered.connect(self.execute_selected)
        ui.button_stop.defaultAction().triggered.connect(self.stop_selected)
        ui.button_delete.defaultAction().triggered.connect(self.delete_selected)
        state.processes_changed.connect(self.refresh)
        state.executions_changed.connect(self.refresh)
        state.run_ended.connect(self.on_run_ended)
        self._update_buttons()
        if state.organisation is not None:
            self.refresh()

    @property
    def rows(self) -> list[dict]:
        """The listed rows (see :func:`process_row`), in the order shown."""
        return self.model.rows

    def on_organisation_changed(self, organisation) -> None:
        self.ended = {}
        self.model.set_rows([], append=False)
        self.next_page = None
        self.services = None
        self.ui.button_more.setVisible(False)
        self._update_buttons()
        if organisation is None:
            self.ui.label_status.setText(tr("Log in from the Account dock to see your processes."))
        else:
            self.refresh()

    def on_disconnected(self) -> None:
        self.on_organisation_changed(None)

    # -- list -------------------------------------------------------------------------------------------------------
    def refresh(self, *_args) -> None:
        """Reload the first page (one request; the services too the first time)."""
        self._load(None)

    def load_more(self) -> None:
        """The next page of processes, appended below the listed ones."""
        if self.next_page is not None and not self.loading:
            self._load(self.next_page)

    def _scrolled(self, value: int) -> None:
        bar = self.ui.tree_processes.verticalScrollBar()
        if self.next_page is not None and value >= bar.maximum() > 0:
            self.load_more()

    def _load(self, cursor: Optional[dict]) -> None:
        organisation = self.state.organisation
        user = self.state.user
        if organisation is None or user is None:
            return
        if self.loading:
            self.reload_pending = self.reload_pending or cursor is None
            return
        self.loading = True
        self.loads += 1
        number = self.loads
        session = user.session
        services = self.services
        self.ui.label_status.setText(tr("Loading processes…"))

        def done(value):
            self.loading = False
            if self._shut_down:
                return
            if organisation is self.state.organisation:
                rows, next_cursor, found = value
                self.services = found
                self.next_page = next_cursor
                rows = [self._reconciled(row, number) for row in rows]
                self._show_rows(rows, append=cursor is not None)
                self._settle_later(rows)
            if self.reload_pending:
                self.reload_pending = False
                self.refresh()

        def failed(error):
            self.loading = False
            if self.state.report_error(error):
                self.reload_pending = False
                return
            if self.reload_pending:  # asked for while this one failed: that news is not lost with it (once)
                self.reload_pending = False
                self.refresh()
                return
            self.ui.label_status.setText(
                tr("Could not load the processes: {0}").format(error_text(error, self.state.connection))
            )
            log_warning(f"Processes: {error}")

        self.task = run_task(
            tr("Loading Fusion Platform processes"),
            lambda task: list_processes(session, organisation, cursor, services),
            done,
            failed,
            silent=True,
        )

    def _reconciled(self, row: dict, load: Optional[int] = None) -> dict:
        """``row`` as shown, knowing the runs seen to end; ``load``: the number of the listing it comes from."""
        pid = str(row["process"].id)
        ended = self.ended.get(pid)
        if ended is not None and load is not None and load > ended["before"]:
            ended = None  # asked for after the end: newer than what the follower saw
        shown, caught_up = reconciled_row(row, ended)
        if caught_up:
            self.ended.pop(pid, None)
        return shown

    def on_run_ended(self, info: dict) -> None:
        """``PluginState.run_ended``: the process's row says how its run ended now, not after the next listing
        (which may be in flight, read before that end)."""
        organisation = self.state.organisation
        record = ended_run(info.get("executions") or [])
        if (
            record is None
            or organisation is None
            or str(info.get("organisation_id") or organisation.id) != str(organisation.id)
        ):
            return
        pid = str(info.get("process_id"))
        self.ended[pid] = {**record, "before": self.loads}
        for index, row in enumerate(self.model.rows):
            if str(row["process"].id) == pid:
                self.model.replace_row(index, self._reconciled(row))
        self._update_buttons()

    def _show_rows(self, rows: list[dict], append: bool) -> None:
        current = self.selected_row()
        current_id = str(current["process"].id) if current else None
        self.model.set_rows(rows, append)
        count = len(self.model.rows)
        more = self.next_page is not None
        self.ui.label_status.setText(
            tr("%n process(es) listed, more below", None, count) if more else tr("%n process(es)", None, count)
        )
        self.ui.button_more.setVisible(more)
        view = self.ui.tree_processes
        if current_id is not None:
            for index, row in enumerate(self.model.rows):
                if str(row["process"].id) == current_id:
                    view.setCurrentIndex(self.model.index(index, 0))
                    break
        self._fit_columns(rows)
        self._update_buttons()

    def _fit_columns(self, rows: list[dict]) -> None:
        """The Status and Last run columns grow to the texts of the rows just listed (measured from the texts, not by
        asking the view for every row's size hint); the name takes the rest (panel_list.fit_name_column)."""
        view = self.ui.tree_processes
        metrics = view.fontMetrics()
        margin = 2 * view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin) + 12
        first = len(self.model.rows) - len(rows)
        for column in (COL_STATUS, COL_LAST):
            texts = [self.model.index(first + row, column).data() or "" for row in range(len(rows))]
            texts.append(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(metrics.horizontalAdvance(str(text)) for text in texts) + margin
            view.setColumnWidth(column, max(view.columnWidth(column), width))

    def _settle_later(self, rows: list[dict]) -> None:
        """The platform ends the execution a moment before it moves a run-once process on from "execute": when
        the list caught that moment, look again shortly (bounded back-off), so the status follows the data."""
        if not any(row.get("settling") for row in rows) or self._settle_retries >= SETTLE_RETRIES:
            self._settle_retries = 0
            return
        self._settle_retries += 1
        QTimer.singleShot(1000 * 2 ** (self._settle_retries - 1), self._settle_refresh)

    def _settle_refresh(self) -> None:
        if not self._shut_down and self.state.organisation is not None:
            self.refresh()

    def row_texts(self) -> list[list[str]]:
        """Every listed row as the columns show it (tests and the real-window driver read it)."""
        model = self.model
        return [
            [str(model.index(row, column).data() or "") for column in range(model.columnCount())]
            for row in range(model.rowCount())
        ]

    def select_process(self, name: str) -> bool:
        for index, row in enumerate(self.model.rows):
            if row["name"] == name:
                self.ui.tree_processes.setCurrentIndex(self.model.index(index, 0))
                return True
        return False

    def selected_row(self) -> Optional[dict]:
        index = self.ui.tree_processes.currentIndex()
        if not index.isValid():
            return None
        row = index.row()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _update_buttons(self, *_args) -> None:
        row = self.selected_row()
        has = row is not None and not self.busy
        executing = row is not None and has and row["status"] == "execute"
        ui = self.ui
        set_enabled(ui.button_open, has)
        set_enabled(ui.button_copy, has)
        set_enabled(ui.button_delete, has)
        set_enabled(ui.button_execute, has and not executing)
        ui.button_execute.defaultAction().setToolTip(
            tr("The process is already executing") if executing else tr("Start the process now")
        )
        set_enabled(ui.button_stop, has and executing)
        ui.button_stop.defaultAction().setToolTip(
            tr("Stop future runs and abort running executions")
            if executing
            else tr("Only an executing process can be stopped")
        )
        set_enabled(ui.button_refresh, self.state.organisation is not None)

    # -- actions ----------------------------------------------------------------------------------------------------
    def _editor(self):
        from .process_editor import ProcessEditor

        editor = ProcessEditor(self.state, self.iface.mainWindow() if self.iface is not None else None)
        editor.finished.connect(lambda _result, e=editor: self.editors.remove(e) if e in self.editors else None)
        self.editors.append(editor)
        return editor

    def open_selected(self):
        row = self.selected_row()
        if row is None:
            return None
        editor = self._editor()
        editor.open_process(row["process"], row["service"])
        editor.show()
        return editor

    def copy_selected(self):
        row = self.selected_row()
        if row is None:
            return None
        editor = self._editor()
        editor.open_copy(row["process"], tr("{0} (copy)").format(row["name"]), row["service"])
        editor.show()
        return editor

    def _action(self, description: str, work, message: str, started=None) -> None:
        self.busy = True
        self._update_buttons()

        def done(_result):
            self.busy = False
            self.ui.label_status.setText(message)
            self.state.processes_changed.emit()
            if started is not None:
                pipeline.announce_run(self.state, started)  # the follower takes that run (no relisting)
            else:
                self.state.executions_changed.emit()

        def failed(error):
            self.busy = False
            self._update_buttons()
            if self.state.report_error(error):
                return
            text = error_text(error, self.state.connection)
            self.ui.label_status.setText(text)
            if self.iface is not None:
                self.iface.messageBar().pushWarning(tr("Fusion Platform"), text)

        self.task = run_task(description, work, done, failed)

    def execute_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        process = row["process"]
        organisation = self.state.organisation
        if organisation is None:
            return

        def execute(credit) -> None:  # main thread: the price and balance just read; ask or refuse before sending
            self.busy = False
            self._update_buttons()
            verdict = credit_prompt.verdict_for(organisation.id, process.price, getattr(credit, "any_credits", None))
            if not credit_prompt.may_run(self, verdict, row["name"]):
                self.ui.label_status.setText(tr("{0} was not executed.").format(row["name"]))
                return
            self._action(
                tr("Executing {0}").format(row["name"]),
                lambda task: pipeline.execute_process(process, organisation, confirmed=True),
                tr("{0} is executing.").format(row["name"]),
                started=process,
            )

        def failed(error) -> None:
            self.busy = False
            self._update_buttons()
            if not self.state.report_error(error):
                self.ui.label_status.setText(error_text(error, self.state.connection))

        self.busy = True  # until the price is judged (no second click meanwhile)
        self._update_buttons()
        self.task = run_task(tr("Reading the credit balance"), lambda task: organisation.credit, execute, failed)

    def stop_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        process = row["process"]
        self._action(
            tr("Stopping {0}").format(row["name"]), lambda task: process.stop(), tr("{0} stopped.").format(row["name"])
        )

    def delete_selected(self) -> bool:
        row = self.selected_row()
        if row is None:
            return False
        text = tr("Delete the process '{0}' with all its executions and their outputs? This cannot be undone.").format(
            row["name"]
        )
        if not self.confirm(text):
            return False
        process = row["process"]
        self._action(
            tr("Deleting {0}").format(row["name"]),
            lambda task: process.delete(),
            tr("{0} deleted.").format(row["name"]),
        )
        return True

    def _confirm_with_dialog(self, text: str) -> bool:
        return ask_yes_no(self, text)

    def shutdown(self) -> None:
        self._shut_down = True
        for signal, slot in (
            (self.state.processes_changed, self.refresh),
            (self.state.executions_changed, self.refresh),
            (self.state.run_ended, self.on_run_ended),
        ):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        for editor in list(self.editors):
            editor.close()
            editor.deleteLater()
        self.editors = []
        if self.task is not None and not self.task.done:
            self.task.cancel()
        super().shutdown()

"""Processes dock: the organisation's processes with status and last execution, and what can be done to them.

The list is rebuilt in a task whenever the organisation changes or another part of the plugin says processes or
executions changed (``state.processes_changed`` / ``executions_changed``). Actions: open in the editor, copy
(an unsaved copy opens in the editor), execute, stop, delete (after confirmation through :attr:`confirm`, which
tests replace). Buttons the platform would refuse are disabled with the reason as tooltip: nothing can change
while a process executes; execute needs it not executing; stop needs it executing.
"""

from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QMessageBox, QTreeWidgetItem

from ..qgis_support.i18n import format_datetime, tr
from ..qgis_support.log import log_warning
from ..qgis_support.messages import error_text
from ..qgis_support.run_state import last_execution_outcome, process_settling
from ..qgis_support.tasks import run_task
from .base_dock import FormDock
from .ui import load_form

PROCESS_ROLE = Qt.ItemDataRole.UserRole + 1
COL_NAME, COL_SERVICE, COL_STATUS, COL_LAST, COL_PRICE = range(5)
SETTLE_RETRIES = 5  # looks again (1 s, 2 s, 4 s...) at a run-once process whose run ended but still says "execute"


def status_label(status: str) -> str:
    return {"draft": tr("Draft"), "execute": tr("Executing"), "stop": tr("Stopped")}.get(status or "", status or "")


def list_processes(organisation) -> list[dict[str, Any]]:
    """Worker thread: one row per process (service name, status, newest execution)."""
    services = {str(s.ssd_id): s for s in organisation.services}
    rows = []
    for process in organisation.processes:
        last = next(iter(process.executions), None)
        last_text = ""
        if last is not None:
            when = format_datetime(last.started_at)
            # A word, not a percentage: the list is not refreshed on every poll, and "(0%)" went stale at once.
            outcome = {
                "success": tr("succeeded"),
                "failed": tr("failed"),
                "stopped": tr("stopped"),
                "running": tr("running"),
            }[last_execution_outcome(last.progress, last.success, getattr(last, "stopped", None))]
            last_text = f"{when} ({outcome})"
        service = services.get(str(process.ssd_id))
        rows.append(
            {
                "process": process,
                "name": process.name,
                "status": process.process_status or "",
                "service": service,
                "service_name": service.name if service is not None else "",
                "last": last_text,
                "has_run": last is not None,
                "settling": process_settling(
                    process.process_status,
                    getattr(process, "run_type", None),
                    last is not None and int(last.progress or 0) >= 100,
                ),
                "price": float(process.price) if process.price is not None else None,
            }
        )
    return rows


class ProcessesDock(FormDock):
    FORM = load_form(__file__)
    OBJECT_NAME = "fusion_platform_processes_dock"

    def __init__(self, state, parent=None):
        super().__init__(state, tr("Processes"), parent)
        self.rows: list[dict] = []
        self.editors: list = []
        self.loading = False
        self.reload_pending = False
        self.busy = False
        self.task = None
        self._settle_retries = 0
        self._shut_down = False
        self.confirm: Callable[[str], bool] = self._confirm_with_dialog
        self.ui.button_refresh.clicked.connect(self.refresh)
        self.ui.button_open.clicked.connect(lambda: self.open_selected())
        self.ui.button_copy.clicked.connect(lambda: self.copy_selected())
        self.ui.button_execute.clicked.connect(self.execute_selected)
        self.ui.button_stop.clicked.connect(self.stop_selected)
        self.ui.button_delete.clicked.connect(self.delete_selected)
        self.ui.tree_processes.currentItemChanged.connect(self._update_buttons)
        self.ui.tree_processes.itemDoubleClicked.connect(lambda _item, _col: self.open_selected())
        state.processes_changed.connect(self.refresh)
        state.executions_changed.connect(self.refresh)
        self._update_buttons()
        if state.organisation is not None:
            self.refresh()

    def on_organisation_changed(self, organisation) -> None:
        self.rows = []
        self.populate()
        if organisation is None:
            self.ui.label_status.setText(tr("Log in from the Account dock to see your processes."))
        else:
            self.refresh()

    def on_disconnected(self) -> None:
        self.on_organisation_changed(None)

    # -- list -------------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        organisation = self.state.organisation
        if organisation is None:
            return
        if self.loading:
            self.reload_pending = True
            return
        self.loading = True
        self.ui.label_status.setText(tr("Loading processes…"))

        def done(rows):
            self.loading = False
            if self._shut_down:
                return
            if organisation is self.state.organisation:
                self.rows = rows
                self.ui.label_status.setText(tr("%n process(es)", None, len(rows)))
                self.populate()
                self._settle_later(rows)
            if self.reload_pending:
                self.reload_pending = False
                self.refresh()

        def failed(error):
            self.loading = False
            self.reload_pending = False
            if self.state.report_error(error):
                return
            self.ui.label_status.setText(
                tr("Could not load the processes: {0}").format(error_text(error, self.state.connection))
            )
            log_warning(f"Processes: {error}")

        self.task = run_task(
            tr("Loading Fusion Platform processes"),
            lambda task: list_processes(organisation),
            done,
            failed,
            silent=True,
        )

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

    def populate(self) -> None:
        tree = self.ui.tree_processes
        current = self.selected_row()
        current_id = str(current["process"].id) if current else None
        tree.clear()
        for index, row in enumerate(self.rows):
            price = f"{row['price']:.2f}" if row["price"] is not None else ""
            item = QTreeWidgetItem(
                tree, [row["name"], row["service_name"], status_label(row["status"]), row["last"], price]
            )
            item.setData(0, PROCESS_ROLE, index)
            if current_id is not None and str(row["process"].id) == current_id:
                tree.setCurrentItem(item)
        for column in range(tree.columnCount()):
            tree.resizeColumnToContents(column)
        self._update_buttons()

    def select_process(self, name: str) -> bool:
        tree = self.ui.tree_processes
        for i in range(tree.topLevelItemCount()):
            if tree.topLevelItem(i).text(COL_NAME) == name:
                tree.setCurrentItem(tree.topLevelItem(i))
                return True
        return False

    def selected_row(self) -> Optional[dict]:
        item = self.ui.tree_processes.currentItem()
        if item is None:
            return None
        index = item.data(0, PROCESS_ROLE)
        return self.rows[index] if index is not None and 0 <= index < len(self.rows) else None

    def _update_buttons(self, *_args) -> None:
        row = self.selected_row()
        has = row is not None and not self.busy
        executing = has and row["status"] == "execute"
        self.ui.button_open.setEnabled(has)
        self.ui.button_copy.setEnabled(has)
        self.ui.button_delete.setEnabled(has)
        self.ui.button_execute.setEnabled(has and not executing)
        self.ui.button_execute.setToolTip(
            tr("The process is already executing") if executing else tr("Start the process now")
        )
        self.ui.button_stop.setEnabled(has and executing)
        self.ui.button_stop.setToolTip(
            tr("Stop future runs and abort running executions")
            if executing
            else tr("Only an executing process can be stopped")
        )
        self.ui.button_refresh.setEnabled(self.state.organisation is not None)

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

    def _action(self, description: str, work, message: str) -> None:
        self.busy = True
        self._update_buttons()

        def done(_result):
            self.busy = False
            self.ui.label_status.setText(message)
            self.state.processes_changed.emit()
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
        self._action(
            tr("Executing {0}").format(row["name"]),
            lambda task: process.execute(),
            tr("{0} is executing.").format(row["name"]),
        )

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
        return QMessageBox.question(self, tr("Fusion Platform"), text) == QMessageBox.StandardButton.Yes

    def shutdown(self) -> None:
        self._shut_down = True
        for signal in (self.state.processes_changed, self.state.executions_changed):
            try:
                signal.disconnect(self.refresh)
            except (TypeError, RuntimeError):
                pass
        for editor in list(self.editors):
            editor.close()
            editor.deleteLater()
        self.editors = []
        if self.task is not None and not self.task.done:
            self.task.cancel()
        super().shutdown()

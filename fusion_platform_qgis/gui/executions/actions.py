"""What the user does to a run: read its log, stop it, delete it, change when the platform deletes it. Every
request in a QgsTask; :class:`RunActions` says what changed through its signals (the dock touches the run's own
row, never a relisting).
"""

from __future__ import annotations

from datetime import datetime
from typing import Callable, Optional

from qgis.core import Qgis
from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QWidget

from ...api import listings
from ...qgis_support.outputs import downloads as fp_outputs
from ...qgis_support.runs.records import run_key
from ...qgis_support.toolbelt.tasks import QUIET, run_task
from ...qgis_support.words.i18n import format_datetime, tr
from ..log_viewer import LogViewer, to_lines
from ..ui import address_of, bar_title
from .context import DockContext


class RunActions(QObject):
    """Show a run's log, stop it, delete it, change its deletion date."""

    stopped = pyqtSignal(dict)  # the run whose stop was requested
    deleted = pyqtSignal(dict)  # the run deleted on the platform
    expiry_changed = pyqtSignal(dict)  # the execution whose deletion date changed (its whole run)

    def __init__(
        self,
        context: DockContext,
        parent: QWidget,
        confirm: Callable[[str], bool],
        running: Optional[Callable[[dict], bool]] = None,
    ):
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent
        self.confirm = confirm  # asks the user; tests answer it
        self.running = running  # whether a run still runs as listed now (None: assume it does)
        self.stop_notes: dict[str, int] = {}  # run key -> address of its "Stop requested" message-bar item
        self.log_viewers: list[LogViewer] = []

    def shutdown(self) -> None:
        for viewer in self.log_viewers:
            viewer.close()

    def show_log(self, run: Optional[dict], execution: Optional[dict] = None) -> None:
        """Open the log viewer over every component of the execution (or of the whole group)."""
        if run is None:
            return
        context = self.context
        session = context.action_session()
        if session is None:
            return
        org = context.organisation_id()
        executions = [execution] if execution else run["executions"]

        def work(_task):
            lines = []
            for member in executions:
                for component in listings.execution_components(session, org, member["id"]):
                    entries = listings.component_log(session, org, component["id"])
                    label = str(component.get("name") or "")
                    if member.get("group_index"):
                        label = f"{label} #{member.get('group_index')}"
                    lines.extend(to_lines(entries, label))
            lines.sort(key=lambda line: line.logged_at)
            return lines

        def done(lines):
            if not context.alive:
                return
            title = tr("Log of '{0}'").format(run["process"].get("name") or "")
            viewer = LogViewer(title, lines, self.parent_widget)
            self.log_viewers.append(viewer)
            viewer.finished.connect(lambda _r, v=viewer: self.log_viewers.remove(v) if v in self.log_viewers else None)
            viewer.show()

        run_task(
            tr("Fusion Platform: reading the log"),
            work,
            done,
            context.error_message(tr("Could not read the log: {0}"), Qgis.MessageLevel.Warning),
            silent=QUIET,
        )

    def stop_run(self, run: dict) -> None:
        context = self.context
        session = context.action_session()
        if session is None:
            return
        org = context.organisation_id()
        process_id = str(run["process"].get("id") or run["executions"][0].get("process_id"))

        def work(_task):
            return listings.stop_process(session, org, process_id)

        def done(_value):
            # The follower may have seen the run end first ("Run stopped" shown): no older news after it.
            if self.running is None or self.running(run):
                bar = context.iface.messageBar()
                text = tr("Stop requested: {0}").format(run["process"].get("name") or "")
                item = bar.pushWidget(
                    bar.createMessage(bar_title(Qgis.MessageLevel.Info), text), Qgis.MessageLevel.Info, 5
                )
                self.stop_notes[run_key(run)] = address_of(item)
            self.stopped.emit(run)

        run_task(tr("Fusion Platform: stopping"), work, done, context.error_message(tr("Could not stop: {0}")))

    def withdraw_stop_note(self, run: dict) -> None:
        """The run ended: its "Stop requested" leaves the message bar (QGIS shows an older item again once a newer
        one closes, so the request would come back after "Run stopped"). Found by address among the bar's live
        items: the note may have closed already."""
        address = self.stop_notes.pop(run_key(run), None)
        if address is None or not self.context.alive:
            return
        bar = self.context.iface.messageBar()
        for item in bar.items():
            if address_of(item) == address:
                bar.popWidget(item)
                return

    def delete_asked(self, run: dict) -> None:
        """Delete after the user confirmed (a group is deleted whole)."""
        count = len(run["executions"])
        text = (
            tr("Delete this execution and its outputs on the Fusion Platform?")
            if count == 1
            else tr(
                "Delete these %n executions (the whole group) and their outputs on the Fusion Platform?", None, count
            )
        )
        if self.confirm(text):
            self.delete_run(run)

    def delete_run(self, run: dict) -> None:
        context = self.context
        session = context.action_session()
        if session is None:
            return
        org = context.organisation_id()
        ids = [str(e["id"]) for e in run["executions"]]

        def work(_task):
            deleted = listings.delete_executions(session, org, ids)
            fp_outputs.forget_run(str(run["process"].get("name") or ""), ids, run_key(run))  # its partial files
            return deleted

        def done(_ids):
            context.message(tr("Deleted."), Qgis.MessageLevel.Success)
            self.deleted.emit(run)

        run_task(
            tr("Fusion Platform: deleting executions"), work, done, context.error_message(tr("Could not delete: {0}"))
        )

    def change_expiry(self, execution: dict, when: datetime) -> None:
        context = self.context
        session = context.action_session()
        if session is None:
            return
        org = context.organisation_id()

        def work(_task):
            listings.change_delete_expiry(session, org, execution["id"], when)
            return True

        def done(_ok):
            context.message(
                tr("Outputs will be kept until {0}.").format(format_datetime(when)), Qgis.MessageLevel.Success
            )
            self.expiry_changed.emit(execution)

        run_task(
            tr("Fusion Platform: changing the deletion date"),
            work,
            done,
            context.error_message(tr("Could not change the date: {0}")),
        )

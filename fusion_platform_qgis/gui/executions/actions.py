"""What the user does to a run: read its log, stop it, delete it, change when the platform deletes it. A mixin of
:class:`.dock.ExecutionsDock`; every request in a QgsTask; a change touches the run's own row, never a relisting.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from qgis.core import Qgis

from ...api import listings as endpoints
from ...qgis_support.i18n import format_datetime, tr
from ...qgis_support.runs import run_key
from ...qgis_support.tasks import QUIET, run_task
from ..log_viewer import LogViewer, to_lines


class ActionsMixin:
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
            self.model.remove(run_key(run))  # that row only: no relisting
            self._update_summary()
            self._update_buttons()
            self.state.processes_changed.emit()  # the Processes dock's "last execution" of that process
            self.run_changed.emit(run_key(run))

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
            self.refresh_run(execution)  # the new date applies to the whole group: re-read that run only

        run_task(
            tr("Fusion Platform: changing the deletion date"),
            work,
            done,
            self._error_message(tr("Could not change the date: {0}")),
        )

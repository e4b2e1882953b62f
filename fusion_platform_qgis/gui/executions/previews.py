"""The previews strip: the platform's thumbnails of a finished run's outputs (fetched, decoded and scaled in a
QgsTask, cached per run under the download folder, nothing downloaded); a click offers "Load outputs". A mixin of
:class:`.dock.ExecutionsDock`.
"""

from __future__ import annotations

from qgis.PyQt.QtGui import QCursor, QIcon, QPixmap
from qgis.PyQt.QtWidgets import QListWidgetItem, QMenu

from ...qgis_support import layers as fp_layers
from ...qgis_support import previews as fp_previews
from ...qgis_support import settings as fp_settings
from ...qgis_support.i18n import tr
from ...qgis_support.log import log_warning
from ...qgis_support.run_state import run_status, status_of
from ...qgis_support.runs import run_key
from ...qgis_support.tasks import QUIET, run_task
from .model import ROLE


class PreviewsMixin:
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
            from ...api.errors import CancelledError

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

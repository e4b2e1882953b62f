"""The previews strip: the platform's thumbnails of a finished run's outputs (fetched, decoded and scaled in a
QgsTask, cached per run under the download folder, nothing downloaded); a click offers "Load outputs", which
:class:`PreviewsStrip` asks for through ``load_requested``.
"""

from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtGui import QCursor, QIcon, QPixmap
from qgis.PyQt.QtWidgets import QLabel, QListWidget, QListWidgetItem, QMenu

from ...qgis_support.outputs import previews as fp_previews
from ...qgis_support.pipeline.results import loaded_group
from ...qgis_support.runs.records import run_key
from ...qgis_support.runs.status import run_status, status_of
from ...qgis_support.session import settings as fp_settings
from ...qgis_support.toolbelt.log import log_warning
from ...qgis_support.toolbelt.tasks import QUIET, run_task
from ...qgis_support.words.i18n import tr
from .context import DockContext
from .model import ROLE


class PreviewsStrip(QObject):
    """Shows the selected run's thumbnails in ``strip``, says what it shows in ``label``."""

    shown = pyqtSignal(str)  # run key whose thumbnails are now in the strip
    load_requested = pyqtSignal(dict)  # "Load outputs" chosen on a thumbnail: the run

    def __init__(
        self, context: DockContext, strip: QListWidget, label: QLabel, run_of: Callable[[str], Optional[dict]]
    ):
        super().__init__(strip)
        self.context = context
        self.strip = strip
        self.label = label
        self.run_of = run_of  # run key -> the run as listed now (or None)
        self.cache: dict[str, list[dict]] = {}  # previews key -> entries with decoded thumbnails
        self.task: Any = None
        self.key: Optional[str] = None
        self.menu: Optional[QMenu] = None
        strip.itemClicked.connect(self._clicked)

    def clear(self) -> None:
        self.cache = {}
        self.show(None)

    def shutdown(self) -> None:
        if self.task is not None and not self.task.done:
            self.task.cancel()
        if self.menu is not None:
            self.menu.close()
            self.menu.deleteLater()
            self.menu = None

    def show(self, run: Optional[dict]) -> None:
        """Thumbnails of the run's outputs (its successful executions), from the cache or fetched in a task."""
        self.strip.clear()
        finished = [e for e in (run or {}).get("executions", []) if status_of(e) == "success"]
        if run is None or not finished:
            self.key = None
            self.label.setText(
                tr("Previews of the outputs appear here when a finished run is selected.")
                if run is None
                else tr("Previews appear when the run has finished successfully.")
            )
            return
        key = run_key(run) + ":" + ",".join(sorted(str(e.get("id")) for e in finished))
        self.key = key
        cached = self.cache.get(key)
        if cached is not None:
            self._fill(run, cached)
            return
        context = self.context
        session = context.session()
        if session is None or context.state.organisation is None:
            return
        org = context.organisation_id()
        folder = fp_settings.load_preferences().download_folder
        previous = self.task
        if previous is not None and not previous.done:
            previous.cancel()
        self.label.setText(tr("Loading previews…"))

        def work(task):
            return fp_previews.fetch_run_previews(session, org, finished, folder, cancel=task.cancel_event)

        def done(entries):
            if not context.alive:
                return
            self.cache[key] = entries
            if self.key == key:
                self._fill(self.run_of(run_key(run)) or run, entries)

        def failed(error):
            from ...api.errors import CancelledError

            if not context.alive or isinstance(error, CancelledError) or self.key != key:
                return
            if context.state.report_error(error):
                return
            log_warning(f"Previews: {error}")
            self.label.setText(tr("Could not load the previews: {0}").format(context.error_text(error)))

        self.task = run_task(tr("Fusion Platform: fetching previews"), work, done, failed, silent=QUIET)

    def _fill(self, run: dict, entries: list[dict]) -> None:
        """Main thread: wrap the decoded thumbnails as pixmaps in the strip."""
        strip = self.strip
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
            self.label.setText(tr("The platform has no previews of these outputs."))
        elif loaded_group(run["executions"]) is not None:
            self.label.setText(
                tr("%n preview(s); the outputs are on the map: click one to show them.", None, len(entries))
            )
        else:
            self.label.setText(
                tr("%n preview(s) (nothing downloaded yet): click one to load the outputs.", None, len(entries))
            )
        self.shown.emit(key)

    def _clicked(self, item: QListWidgetItem) -> None:
        """Offer "Load outputs" in a small menu at the pointer (non-blocking popup, so tests can trigger it)."""
        data = item.data(ROLE) or {}
        run = self.run_of(str(data.get("run") or ""))
        if run is None:
            return
        if self.menu is not None:
            self.menu.close()
            self.menu.deleteLater()
        menu = QMenu(self.strip)
        action = menu.addAction(tr("Load outputs"))
        if action is not None:
            action.setEnabled(run_status(run["executions"]) == "success")
            action.triggered.connect(lambda _checked=False, r=run: self.load_requested.emit(r))
        self.menu = menu
        menu.popup(QCursor.pos())

"""What every Browser item shares: the plugin's state, the session, dialogs, background tasks."""

from __future__ import annotations

import threading
from typing import Any, Callable, Optional

from qgis.core import (
    Qgis,
    QgsProject,
)
from qgis.PyQt import sip
from qgis.PyQt.QtWidgets import QFileDialog, QInputDialog

from ...qgis_support.outputs import run_layers as fp_layers
from ...qgis_support.session import settings as fp_settings
from ...qgis_support.toolbelt.iface import qgis_iface
from ...qgis_support.toolbelt.tasks import run_task
from ...qgis_support.words.i18n import tr
from ...qgis_support.words.messages import error_text
from ..ui import ask_yes_no, bar_title

PROVIDER_NAME = "Fusion Platform"
ROOT_PATH = "fusion_platform:"
DATA_ID_PROPERTY = fp_layers.PROPERTY + "data_id"
FILE_ID_PROPERTY = fp_layers.PROPERTY + "file_id"
DRAG_KEY = "fusion_platform_browser"  # provider key of the URIs dragged from the Browser (BrowserDropHandler)


def alive(item: Any) -> bool:
    try:
        return item is not None and not sip.isdeleted(item)
    except TypeError:
        return False


class BrowserContext:
    """What every item shares: the plugin's state, QGIS's interface, the docks, the items alive, running tasks.

    Dialogs go through :meth:`confirm` and :meth:`ask_folder` so tests can answer them."""

    def __init__(
        self,
        state,
        docks: Optional[Callable[[], dict]] = None,
        project: Optional[QgsProject] = None,
        interactive: bool = True,
    ):
        self.state = state
        self.interactive = interactive  # messages, dialogs and zooming through QGIS's interface
        self.docks = docks or (lambda: {})
        self.project = project
        self._lock = threading.Lock()
        self._items: list[Any] = []  # the Python items alive (QGIS owns them; deleted ones are pruned)
        self.tasks: dict[str, Any] = {}  # key -> running QgsTask (a second double-click while loading waits)
        self.loaded: list[Any] = []  # RunLoaders / layers of the last loads (tests look at them)
        self._transfers: dict[str, threading.Lock] = {}
        self.outputs: Any = None  # the Browser's pipeline.results.OutputsLoader (made on the first load)
        self.dropped: set[str] = set()  # items dropped on the map while their download (from the drag) runs

    @property
    def iface(self):
        """QGIS's interface, looked up when needed (see qgis_support/toolbelt/iface.py); None when not interactive."""
        return qgis_iface() if self.interactive else None

    def track(self, item: Any) -> None:
        with self._lock:  # items are made in QGIS's worker threads too
            self._items.append(item)

    @property
    def items(self) -> list:
        with self._lock:
            self._items = [i for i in self._items if alive(i)]
            return list(self._items)

    def transfer_lock(self, key: str) -> threading.Lock:
        """Held by the worker writing a data item's or a run's files into their folder (the drag's download and
        a drop's load may run at once: the second waits, then finds the files there)."""
        with self._lock:
            return self._transfers.setdefault(key, threading.Lock())

    # -- session
    def session(self):
        user = self.state.user if self.state is not None else None
        return user.session if user is not None else None

    def connection_name(self) -> str:
        connection = getattr(self.state, "connection", None)
        return str(getattr(connection, "name", "") or tr("Fusion Platform"))

    # -- user interaction (overridable in tests)
    def confirm(self, text: str) -> bool:
        parent = self.iface.mainWindow() if self.iface is not None else None
        return ask_yes_no(parent, text, default_no=True)

    def ask_folder(self, title: str) -> str:
        parent = self.iface.mainWindow() if self.iface is not None else None
        return QFileDialog.getExistingDirectory(parent, title, fp_settings.load_preferences().download_folder)

    def ask_text(self, title: str, label: str, default: str = "") -> str:
        parent: Any = self.iface.mainWindow() if self.iface is not None else None
        text, ok = QInputDialog.getText(parent, title, label, text=default)
        return text.strip() if ok else ""

    def message(self, text: str, level=Qgis.MessageLevel.Info, duration: int = 5) -> None:
        if self.iface is not None:
            try:
                self.iface.messageBar().pushMessage(bar_title(level), text, level=level, duration=duration)
                return
            except Exception:
                pass
        from ...qgis_support.toolbelt.log import log_info

        log_info(text)

    def error_handler(self, template: str) -> Callable[[BaseException], None]:
        def show(error: BaseException) -> None:
            from ...api.errors import CancelledError

            if isinstance(error, CancelledError):
                return
            if self.state is not None and self.state.report_error(error):
                return
            self.message(
                template.format(error_text(error, getattr(self.state, "connection", None))),
                Qgis.MessageLevel.Critical,
                0,
            )

        return show

    def run(self, key: str, description: str, work, done, failed_template: str):
        """One background task per key (a second request while one runs returns the running task)."""
        running = self.tasks.get(key)
        if running is not None and not running.done:
            return running

        def finished(result):
            self.tasks.pop(key, None)
            done(result)

        def failed(error):
            self.tasks.pop(key, None)
            self.error_handler(failed_template)(error)

        task = run_task(description, work, finished, failed)
        self.tasks[key] = task
        return task

    # -- refresh
    def refresh(self, kinds: tuple) -> None:
        """Refresh the populated items of these classes (QGIS re-runs their ``createChildren`` in a worker)."""
        for item in list(self.items):
            if isinstance(item, kinds) and alive(item) and item.state() == Qgis.BrowserItemState.Populated:
                item.refresh()

    def project_(self) -> QgsProject:
        project = self.project or QgsProject.instance()
        assert project is not None, "QGIS has a project as long as it runs"
        return project

    def show_dock(self, key: str):
        dock = self.docks().get(key)
        if dock is not None:
            dock.show()
            dock.raise_()
        return dock

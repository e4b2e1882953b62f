"""The Fusion Platform in QGIS's Browser panel.

Tree: "Fusion Platform" → the connection → each organisation → "Data" (uploaded data items → their files) and
"Processes" (processes → runs, newest first, a group of executions as one node → components → outputs).

Why this shape:
* Children load in the background through QGIS's own mechanism: a ``QgsDataItem`` without the ``Fast``
  capability has ``createChildren`` called in a worker thread (``QgsDataItem::populate`` / ``refresh`` on QGIS
  3.22 and 3.44 alike), and the items it returns are moved to the main thread by QGIS. So every request made
  here happens in ``createChildren`` or in a QgsTask, never on the main thread.
* Listings are paged: an expansion asks for one page (:mod:`..api.listings`) and ends with a
  "More…" item; double-clicking it fetches the next page in a QgsTask and appends it.
* The session is the Account dock's (``PluginState.user``); logged out, the root holds one "Log in from the
  Account panel" item. The state's signals (login, logout, organisation, data and processes changes, a finished
  run) refresh the populated nodes, so an upload or a finished run appears without a manual refresh.
* Loading goes through the docks' pipelines: a data item or file through :mod:`..qgis_support.data_layers`, a
  run's outputs through :func:`..qgis_support.outputs.download_run` and :func:`..qgis_support.layers.load_run`
  (styled, grouped, with provenance) — each once: a second double-click finds the layers already there.
"""

from __future__ import annotations

import json
import threading
import types
from typing import Any, Callable, Optional

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsDataCollectionItem,
    QgsDataItem,
    QgsDataItemProvider,
    QgsErrorItem,
    QgsMimeDataUtils,
    QgsProject,
)
from qgis.gui import QgsCustomDropHandler
from qgis.PyQt import sip
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QApplication, QFileDialog, QInputDialog, QMessageBox

from ..api import listings as pages
from ..api.models import Data, DataFile
from ..qgis_support import data_layers
from ..qgis_support import layers as fp_layers
from ..qgis_support import outputs as fp_outputs
from ..qgis_support import settings as fp_settings
from ..qgis_support.compat import DATA_ITEM_PROVIDER_NETWORK, set_item_capabilities
from ..qgis_support.connect import error_text
from ..qgis_support.i18n import tr
from ..qgis_support.iface import qgis_iface
from ..qgis_support.resources import icon_path
from ..qgis_support.run_state import run_status
from ..qgis_support.runs import group_runs, run_key
from ..qgis_support.tasks import run_task
from .executions.model import format_time, status_text

PROVIDER_NAME = "Fusion Platform"
ROOT_PATH = "fusion_platform:"
DATA_ID_PROPERTY = fp_layers.PROPERTY + "data_id"
FILE_ID_PROPERTY = fp_layers.PROPERTY + "file_id"
DRAG_KEY = "fusion_platform_browser"  # provider key of the URIs dragged from the Browser (BrowserDropHandler)


def _alive(item: Any) -> bool:
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

    @property
    def iface(self):
        """QGIS's interface, looked up when needed (see qgis_support/iface.py); None when not interactive."""
        return qgis_iface() if self.interactive else None

    def track(self, item: Any) -> None:
        with self._lock:  # items are made in QGIS's worker threads too
            self._items.append(item)

    @property
    def items(self) -> list:
        with self._lock:
            self._items = [i for i in self._items if _alive(i)]
            return list(self._items)

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
        answer = QMessageBox.question(
            parent,
            tr("Fusion Platform"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_folder(self, title: str) -> str:
        parent = self.iface.mainWindow() if self.iface is not None else None
        return QFileDialog.getExistingDirectory(parent, title, fp_settings.load_preferences().download_folder)

    def ask_text(self, title: str, label: str, default: str = "") -> str:
        parent = self.iface.mainWindow() if self.iface is not None else None
        text, ok = QInputDialog.getText(parent, title, label, text=default)
        return text.strip() if ok else ""

    def message(self, text: str, level=Qgis.MessageLevel.Info, duration: int = 5) -> None:
        if self.iface is not None:
            try:
                self.iface.messageBar().pushMessage(tr("Fusion Platform"), text, level=level, duration=duration)
                return
            except Exception:
                pass
        from ..qgis_support.log import log_info

        log_info(text)

    def error_handler(self, template: str) -> Callable[[BaseException], None]:
        def show(error: BaseException) -> None:
            from ..api.errors import CancelledError

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
            if isinstance(item, kinds) and _alive(item) and item.state() == Qgis.BrowserItemState.Populated:
                item.refresh()

    def refresh_all(self) -> None:
        for item in list(self.items):
            if isinstance(item, RootItem) and _alive(item):
                if item.state() == Qgis.BrowserItemState.Populated:
                    item.refresh()

    def project_(self) -> QgsProject:
        return self.project or QgsProject.instance()

    def show_dock(self, key: str):
        dock = self.docks().get(key)
        if dock is not None:
            dock.show()
            dock.raise_()
        return dock


def drag_uri(name: str, payload: dict, layer_type: str = "custom") -> QgsMimeDataUtils.Uri:
    """A URI the map canvas and the layer tree hand to :class:`BrowserDropHandler` when it is dropped."""
    uri = QgsMimeDataUtils.Uri()
    uri.layerType = layer_type
    uri.providerKey = DRAG_KEY
    uri.name = name
    uri.uri = json.dumps(payload, default=str)
    return uri


def handle_drop(context: BrowserContext, payload: dict):
    """Load what was dragged from the Browser: a data item or file, or a run's outputs."""
    if payload.get("kind") == "data":
        return add_data_model(
            context, str(payload.get("organisation_id")), payload.get("model") or {}, payload.get("file")
        )
    if payload.get("kind") == "run" and payload.get("run"):
        return load_run(context, str(payload.get("organisation_id")), payload["run"])
    return None


class BrowserDropHandler(QgsCustomDropHandler):
    """Items dragged from the Browser onto the map or the layer tree load like a double-click."""

    def __init__(self, context: BrowserContext):
        super().__init__()
        self.context = context

    def customUriProviderKey(self) -> str:
        return DRAG_KEY

    def handleCustomUriDrop(self, uri) -> None:
        try:
            payload = json.loads(uri.uri)
        except ValueError:
            return
        if isinstance(payload, dict):
            handle_drop(self.context, payload)


def _theme_icon(name: str) -> QIcon:
    return QgsApplication.getThemeIcon(name)


def _error_item(parent: QgsDataItem, error: BaseException, context: BrowserContext) -> QgsDataItem:
    text = error_text(error, getattr(context.state, "connection", None))
    return QgsErrorItem(parent, tr("Could not load: {0}").format(text), parent.path() + "/error")


# ------------------------------------------------------------------------------------------------ base classes
class FolderItem(QgsDataCollectionItem):
    """A node whose children come from the platform.

    QGIS calls ``createChildren`` in a worker thread (the item is not ``Fast``): it makes the requests there
    (:meth:`fetch`) and keeps the answer, but returns no items. Why: items a Python ``createChildren`` returns
    are deleted by the bindings before QGIS adds them (QGIS issue 49720, on 3.22 and 3.44 alike). QGIS then
    calls ``populate(children)`` (first expansion) or ``refresh(children)`` on the main thread, where
    :meth:`build` turns the answer into items added with ``addChildItem``. ``kids`` lists them (the bindings'
    ``children()`` does not return the Python items)."""

    def __init__(self, parent, name: str, path: str, context: BrowserContext, icon: str = "/mIconFolder.svg"):
        super().__init__(parent, name, path)
        self.context = context
        self._kids: list[QgsDataItem] = []
        self._answer: Any = None
        self._error: Optional[BaseException] = None
        self._logged_out = False
        set_item_capabilities(self, Qgis.BrowserItemCapability.Fertile)  # not Fast: children load in a worker
        self.setIcon(_theme_icon(icon) if icon.startswith("/") else QIcon(icon_path(icon)))
        context.track(self)

    # -- worker thread
    def createChildren(self):
        self._answer, self._error = None, None
        session = self.context.session()
        self._logged_out = session is None
        if session is not None:
            try:
                self._answer = self.fetch(session)
            except Exception as exc:
                self._error = exc
        return []

    def fetch(self, session) -> Any:
        """Worker: the requests this node needs; the answer goes to :meth:`build`."""
        return None

    # -- main thread
    def populate(self, children=False):
        super().populate(children)
        if not isinstance(children, bool):
            self._add_built()

    def refresh(self, children=None):
        if children is None:
            super().refresh()
            return
        super().refresh(children)  # removes the previous children (none are in the empty list)
        self._add_built()

    def _add_built(self) -> None:
        answer, error, self._answer, self._error = self._answer, self._error, None, None
        if error is not None:
            items = [_error_item(self, error, self.context)]
        elif self._logged_out:
            items = [LoginItem(self, self.context)]
        else:
            try:
                items = list(self.build(answer))
            except Exception as exc:
                items = [_error_item(self, exc, self.context)]
        for item in items:
            self.add_kid(item)

    def add_kid(self, item: QgsDataItem) -> None:
        self._kids.append(item)
        self.addChildItem(item, True)

    def remove_kid(self, item: QgsDataItem) -> None:
        if item in self._kids:
            self._kids.remove(item)
        self.deleteChildItem(item)

    @property
    def kids(self) -> list:
        """The children alive, in the order they were added."""
        self._kids = [k for k in self._kids if _alive(k)]
        return list(self._kids)

    def build(self, answer: Any) -> list:
        return []

    def actions(self, parent):
        return []


class LeafItem(QgsDataItem):
    def __init__(self, parent, name: str, path: str, context: BrowserContext, icon: str = ""):
        super().__init__(Qgis.BrowserItemType.Custom, parent, name, path)
        self.context = context
        set_item_capabilities(self)
        self.setState(Qgis.BrowserItemState.Populated)  # no expansion arrow
        if icon:
            self.setIcon(_theme_icon(icon) if icon.startswith("/") else QIcon(icon_path(icon)))
        context.track(self)


class LoginItem(LeafItem):
    """The only child while logged out."""

    def __init__(self, parent, context: BrowserContext):
        super().__init__(parent, tr("Log in from the Account panel"), parent.path() + "/login", context, "account.svg")
        self.setToolTip(tr("The Fusion Platform's data and processes appear here once you are logged in."))

    def handleDoubleClick(self) -> bool:
        self.context.show_dock("account")
        return True


class PagedFolder(FolderItem):
    """A folder listing one page per expansion, with a "More…" item while the platform has more."""

    reverse = True

    def __init__(
        self,
        parent,
        name: str,
        path: str,
        context: BrowserContext,
        organisation_id: str,
        icon: str = "/mIconFolder.svg",
    ):
        super().__init__(parent, name, path, context, icon)
        self.organisation_id = str(organisation_id)
        self.cursor: Optional[dict] = None
        self.more_task = None

    def list_path(self) -> str:
        raise NotImplementedError

    def make_children(self, entries: list[dict]) -> list:
        raise NotImplementedError

    def fetch(self, session) -> Any:
        return pages.fetch_page(session, self.list_path(), None, reverse=self.reverse)

    def build(self, answer: Any) -> list:
        entries, self.cursor = answer
        children = self.make_children(entries)
        if self.cursor is not None:
            children.append(MoreItem(self, self.context))
        if not children:
            children.append(EmptyItem(self, self.context, self.empty_text()))
        return children

    def empty_text(self) -> str:
        return tr("Nothing here yet")

    def load_more(self, more: Optional[QgsDataItem] = None):
        """The next page, fetched in a QgsTask; its items are appended on the main thread."""
        session = self.context.session()
        cursor = self.cursor
        if session is None or cursor is None or (self.more_task is not None and not self.more_task.done):
            return self.more_task
        path = self.list_path()

        def work(_task):
            return pages.fetch_page(session, path, cursor, reverse=self.reverse)

        def done(result):
            self.more_task = None
            if not _alive(self):
                return
            entries, self.cursor = result
            for kid in self.kids:
                if isinstance(kid, MoreItem):
                    self.remove_kid(kid)
            known = {kid.path() for kid in self.kids}
            for kid in self.make_children(entries):
                if kid.path() in known:
                    continue  # shown already (e.g. listed again after a refresh)
                self.add_kid(kid)
            if self.cursor is not None:
                self.add_kid(MoreItem(self, self.context))

        def failed(error):
            self.more_task = None
            self.context.error_handler(tr("Could not load more: {0}"))(error)

        self.more_task = run_task(tr("Fusion Platform: loading more"), work, done, failed, silent=True)
        return self.more_task


class MoreItem(LeafItem):
    def __init__(self, parent: PagedFolder, context: BrowserContext):
        super().__init__(parent, tr("More…"), parent.path() + "/more", context, "/mActionAdd.svg")
        self.folder = parent
        self.setToolTip(tr("Double-click to list the next page"))
        self.setSortKey("\uffff")  # always last

    def handleDoubleClick(self) -> bool:
        self.folder.load_more(self)
        return True

    def actions(self, parent):
        return _actions(parent, [(tr("Load more"), lambda: self.folder.load_more(self))])


class EmptyItem(LeafItem):
    def __init__(self, parent, context: BrowserContext, text: str):
        super().__init__(parent, text, parent.path() + "/empty", context)


# ------------------------------------------------------------------------------------------------ the tree
class RootItem(FolderItem):
    """ "Fusion Platform": the connection of the Account dock, or the "log in" item."""

    def __init__(self, parent, context: BrowserContext):
        super().__init__(parent, PROVIDER_NAME, ROOT_PATH, context, "fusion_platform.svg")
        # QgsBrowserModel removes a provider's root item (when the plugin unloads) by this key.
        self.setProviderKey(PROVIDER_NAME)
        self.setToolTip(tr("The organisations, data and processes of the Fusion Platform account you are logged in to"))

    def build(self, answer: Any) -> list:
        return [ConnectionItem(self, self.context)]


class ConnectionItem(FolderItem):
    def __init__(self, parent, context: BrowserContext):
        name = context.connection_name()
        super().__init__(parent, name, f"{ROOT_PATH}/connection", context, "account.svg")

    def fetch(self, session) -> Any:
        user = self.context.state.user
        return [(str(o.id), str(o.name or o.id)) for o in user.organisations]

    def build(self, answer: Any) -> list:
        return [OrganisationItem(self, self.context, org_id, name) for org_id, name in answer]


class OrganisationItem(FolderItem):
    def __init__(self, parent, context: BrowserContext, organisation_id: str, name: str):
        super().__init__(parent, name, f"{parent.path()}/organisation/{organisation_id}", context, "data.svg")
        self.organisation_id = organisation_id
        self.setIcon(_theme_icon("/mIconFolder.svg"))

    def build(self, answer: Any) -> list:
        return [
            DataFolderItem(self, self.context, self.organisation_id),
            ProcessesFolderItem(self, self.context, self.organisation_id),
        ]


class DataFolderItem(PagedFolder):
    def __init__(self, parent, context: BrowserContext, organisation_id: str):
        super().__init__(parent, tr("Data"), f"{parent.path()}/data", context, organisation_id, "data.svg")
        self.setSortKey("1")

    def list_path(self) -> str:
        return pages.data_path(self.organisation_id)

    def make_children(self, entries: list[dict]) -> list:
        return [DataItem(self, self.context, self.organisation_id, entry) for entry in entries]

    def empty_text(self) -> str:
        return tr("No data yet: upload some from the Data panel")


class ProcessesFolderItem(PagedFolder):
    def __init__(self, parent, context: BrowserContext, organisation_id: str):
        super().__init__(
            parent, tr("Processes"), f"{parent.path()}/processes", context, organisation_id, "processes.svg"
        )
        self.setSortKey("2")

    def list_path(self) -> str:
        return pages.processes_path(self.organisation_id)

    def make_children(self, entries: list[dict]) -> list:
        return [ProcessItem(self, self.context, self.organisation_id, entry) for entry in entries]

    def empty_text(self) -> str:
        return tr("No processes yet: define one from the Services panel")


# -- data
class DataItem(FolderItem):
    """An uploaded data item: its files as children; "Add to map" loads them all."""

    def __init__(self, parent, context: BrowserContext, organisation_id: str, model: dict):
        super().__init__(
            parent,
            str(model.get("name") or model.get("id")),
            f"{parent.path()}/{model.get('id')}",
            context,
            "/mIconVector.svg",
        )
        self.organisation_id = organisation_id
        self.model = dict(model)
        self.setToolTip(tr("Data item {0}").format(model.get("id")))

    @property
    def data_id(self) -> str:
        return str(self.model.get("id"))

    def data(self, session=None) -> Data:
        return Data(session or self.context.session(), self.model, context={"organisation_id": self.organisation_id})

    def fetch(self, session) -> Any:
        return pages.all_items(session, pages.files_path(self.organisation_id, self.data_id))

    def build(self, answer: Any) -> list:
        children = [FileItem(self, self.context, entry) for entry in answer]
        return children or [EmptyItem(self, self.context, tr("No files"))]

    def handleDoubleClick(self) -> bool:
        add_data(self.context, self)
        return True

    def hasDragEnabled(self) -> bool:
        return True

    def mimeUris(self):
        return [drag_uri(self.name(), {"kind": "data", "organisation_id": self.organisation_id, "model": self.model})]

    def actions(self, parent):
        return _actions(
            parent,
            [
                (tr("Add to map"), lambda: add_data(self.context, self)),
                (tr("Download to…"), lambda: download_data_to(self.context, self)),
                (tr("Copy id"), lambda: copy_text(self.data_id)),
                (tr("Show in the Data panel"), lambda: show_data(self.context, self.data_id)),
                (tr("Rename…"), lambda: rename_data(self.context, self)),
                (tr("Delete…"), lambda: delete_data(self.context, self)),
            ],
        )


class FileItem(LeafItem):
    def __init__(self, parent: DataItem, context: BrowserContext, model: dict):
        name = str(model.get("file_name") or model.get("file_id") or model.get("id"))
        icon = "/mIconRaster.svg" if model.get("file_type") in data_layers.RASTER_TYPES else "/mIconVector.svg"
        super().__init__(parent, name, f"{parent.path()}/file/{model.get('file_id') or model.get('id')}", context, icon)
        self.data_item = parent
        self.model = dict(model)
        self.setToolTip(f"{model.get('file_type') or ''} {name}".strip())

    @property
    def file_id(self) -> str:
        return str(self.model.get("file_id") or self.model.get("id"))

    def handleDoubleClick(self) -> bool:
        add_data(self.context, self.data_item, self)
        return True

    def hasDragEnabled(self) -> bool:
        return True

    def mimeUris(self):
        return [
            drag_uri(
                self.name(),
                {
                    "kind": "data",
                    "organisation_id": self.data_item.organisation_id,
                    "model": self.data_item.model,
                    "file": self.model,
                },
            )
        ]

    def actions(self, parent):
        return _actions(
            parent,
            [
                (tr("Add to map"), lambda: add_data(self.context, self.data_item, self)),
                (tr("Download to…"), lambda: download_data_to(self.context, self.data_item, self)),
                (tr("Copy id"), lambda: copy_text(self.file_id)),
            ],
        )


# -- processes, runs, components, outputs
class ProcessItem(PagedFolder):
    """A process: its runs, newest first (a group of executions is one run)."""

    def __init__(self, parent, context: BrowserContext, organisation_id: str, model: dict):
        super().__init__(
            parent,
            str(model.get("name") or model.get("id")),
            f"{parent.path()}/{model.get('id')}",
            context,
            organisation_id,
            "processes.svg",
        )
        self.model = dict(model)

    def list_path(self) -> str:
        return pages.executions_path(self.organisation_id, str(self.model.get("id")))

    def make_children(self, entries: list[dict]) -> list:
        return [RunItem(self, self.context, self.organisation_id, run) for run in group_runs(self.model, entries)]

    def actions(self, parent):
        return _actions(
            parent,
            [
                (tr("Load as time series"), lambda: load_time_series(self.context, self.organisation_id, self.model)),
                (tr("Copy id"), lambda: copy_text(str(self.model.get("id")))),
            ],
        )

    def empty_text(self) -> str:
        return tr("No executions yet")


def run_label(run: dict) -> str:
    executions = run["executions"]
    started = min((str(e.get("started_at") or "") for e in executions), default="")
    label = format_time(started) or str(executions[0].get("id"))
    status = status_text(run_status(executions))
    if run.get("group_id"):
        return tr("{0} — group of %n execution(s) — {1}", None, len(executions)).format(label, status)
    return f"{label} — {status}"


class RunItem(FolderItem):
    """One run: a single execution (children: its components) or a group (children: its executions).

    The run's status is part of its path, so a refresh after the run finished replaces the node (with the new
    status in its name) instead of keeping the stale one."""

    def __init__(self, parent: ProcessItem, context: BrowserContext, organisation_id: str, run: dict):
        self.run = run
        status = run_status(run["executions"])
        super().__init__(
            parent, run_label(run), f"{parent.path()}/run/{run_key(run)}@{status}", context, "executions.svg"
        )
        self.organisation_id = organisation_id
        self.status = status
        started = max((str(e.get("started_at") or "") for e in run["executions"]), default="")
        self.setSortKey(_reverse_key(started))  # newest first
        self.setToolTip(tr("Execution {0}").format(", ".join(str(e.get("id")) for e in run["executions"])))

    def grouped(self) -> bool:
        return bool(self.run.get("group_id")) and len(self.run["executions"]) > 1

    def fetch(self, session) -> Any:
        return None if self.grouped() else fetch_components(session, self.organisation_id, self.run["executions"][0])

    def build(self, answer: Any) -> list:
        if self.grouped():
            return [ExecutionItem(self, self.context, self.organisation_id, e) for e in self.run["executions"]]
        return build_components(self, answer)

    def handleDoubleClick(self) -> bool:
        return False  # expand/collapse; "Add outputs to map" is in the context menu

    def hasDragEnabled(self) -> bool:
        return self.status == "success"

    def mimeUris(self):
        return [run_uri(self.name(), self.organisation_id, self.run)]

    def actions(self, parent):
        finished = self.status == "success"
        entries = [
            (tr("Add outputs to map"), lambda: load_run(self.context, self.organisation_id, self.run)),
            (tr("Download outputs to…"), lambda: download_run_to(self.context, self.organisation_id, self.run)),
            (tr("Open the log"), lambda: open_log(self.context, self.run)),
            (tr("Show in the Executions panel"), lambda: show_run(self.context, self.run)),
            (tr("Copy id"), lambda: copy_text(run_key(self.run))),
            (tr("Delete…"), lambda: delete_run(self.context, self.organisation_id, self.run)),
        ]
        actions = _actions(parent, entries)
        actions[0].setEnabled(finished)
        actions[1].setEnabled(finished)
        return actions


def run_uri(name: str, organisation_id: str, run: dict) -> QgsMimeDataUtils.Uri:
    return drag_uri(
        name,
        {
            "kind": "run",
            "organisation_id": organisation_id,
            "run": {"process": _process_of(run), "group_id": run.get("group_id"), "executions": run["executions"]},
        },
    )


def _reverse_key(text: str) -> str:
    """A sort key that orders ISO times newest first under QGIS's ascending sort."""
    return "".join(chr(0xFFFF - ord(c)) if ord(c) < 0xFFFF else c for c in text)


class ExecutionItem(FolderItem):
    """A member of a group."""

    def __init__(self, parent: RunItem, context: BrowserContext, organisation_id: str, execution: dict):
        label = (
            tr("Slice {0}").format(execution.get("group_index"))
            if execution.get("group_index")
            else str(execution.get("id"))
        )
        super().__init__(
            parent,
            f"{label} — {status_text(run_status([execution]))}",
            f"{parent.path()}/execution/{execution.get('id')}",
            context,
            "executions.svg",
        )
        self.organisation_id = organisation_id
        self.execution = execution
        self.run_item = parent
        self.setSortKey(f"{int(execution.get('group_index') or 0):06d}")

    def fetch(self, session) -> Any:
        return fetch_components(session, self.organisation_id, self.execution)

    def build(self, answer: Any) -> list:
        return build_components(self, answer)


def fetch_components(session, organisation_id: str, execution: dict) -> list[dict]:
    """Worker: the components of one execution, intermediates skipped."""
    return [
        component
        for component in pages.all_items(session, pages.components_path(organisation_id, str(execution.get("id"))))
        if not component.get("intermediate")
    ]


def build_components(parent, components: list[dict]) -> list:
    children = [ComponentItem(parent, parent.context, parent.organisation_id, c) for c in components]
    return children or [EmptyItem(parent, parent.context, tr("No components"))]


class ComponentItem(FolderItem):
    def __init__(self, parent: FolderItem, context: BrowserContext, organisation_id: str, component: dict):
        super().__init__(
            parent,
            str(component.get("name") or component.get("id")),
            f"{parent.path()}/component/{component.get('id')}",
            context,
            "services.svg",
        )
        self.organisation_id = organisation_id
        self.component = component
        self.run_item = parent if isinstance(parent, RunItem) else parent.run_item

    def fetch(self, session) -> Any:
        return [
            session.get_model(pages.data_item_path(self.organisation_id, data_id))[0]
            for data_id in self.component.get("outputs") or []
        ]

    def build(self, answer: Any) -> list:
        children = [
            OutputItem(self, self.context, self.organisation_id, number, model)
            for number, model in enumerate(answer, start=1)
        ]
        return children or [EmptyItem(self, self.context, tr("No outputs"))]


class OutputItem(LeafItem):
    """An output of a component: double-click loads the run's outputs, styled, in their group (once)."""

    def __init__(self, parent: ComponentItem, context: BrowserContext, organisation_id: str, number: int, model: dict):
        super().__init__(
            parent,
            str(model.get("name") or model.get("id")),
            f"{parent.path()}/output/{model.get('id')}",
            context,
            "/mIconRaster.svg",
        )
        self.organisation_id = organisation_id
        self.model = dict(model)
        self.run_item = parent.run_item
        self.setSortKey(f"{number:04d}")

    def handleDoubleClick(self) -> bool:
        load_run(self.context, self.organisation_id, self.run_item.run)
        return True

    def hasDragEnabled(self) -> bool:
        return True

    def mimeUris(self):
        return [run_uri(self.name(), self.organisation_id, self.run_item.run)]

    def actions(self, parent):
        run = self.run_item.run
        return _actions(
            parent,
            [
                (tr("Add outputs to map"), lambda: load_run(self.context, self.organisation_id, run)),
                (tr("Open the log"), lambda: open_log(self.context, run)),
                (tr("Show in the Executions panel"), lambda: show_run(self.context, run)),
                (tr("Copy id"), lambda: copy_text(str(self.model.get("id")))),
            ],
        )


# ------------------------------------------------------------------------------------------------ actions
def _actions(parent, entries: list[tuple[str, Callable[[], Any]]]) -> list[QAction]:
    actions = []
    for text, slot in entries:
        action = QAction(text, parent)
        action.triggered.connect(lambda _checked=False, s=slot: s())
        actions.append(action)
    return actions


def copy_text(text: str) -> None:
    QApplication.clipboard().setText(str(text))


def _layers_with(project: QgsProject, prop: str, value: str) -> list:
    return [layer for layer in project.mapLayers().values() if str(layer.customProperty(prop, "")) == value]


def add_data(context: BrowserContext, item: DataItem, file_item: Optional[FileItem] = None):
    """Download a data item (or one of its files) in the background and add it to the map, once."""
    return add_data_model(context, item.organisation_id, item.model, file_item.model if file_item else None)


def add_data_model(context: BrowserContext, organisation_id: str, model: dict, file_model: Optional[dict] = None):
    """:func:`add_data` from plain wire dicts (what a drag from the Browser carries)."""
    project = context.project_()
    data_id = str(model.get("id"))
    file_id = str((file_model or {}).get("file_id") or (file_model or {}).get("id") or "")
    key_prop, key = (FILE_ID_PROPERTY, file_id) if file_model is not None else (DATA_ID_PROPERTY, data_id)
    existing = _layers_with(project, key_prop, key)
    if existing:
        context.message(tr("{0} is already on the map.").format(existing[0].name()))
        return None
    session = context.session()
    if session is None:
        context.message(
            tr("You are no longer logged in: log in from the Account panel, then try again."), Qgis.MessageLevel.Warning
        )
        return None
    data_name = str(model.get("name") or data_id)
    name = data_name if file_model is None else f"{data_name} — {file_model.get('file_name') or file_id}"
    data = Data(session, model, context={"organisation_id": organisation_id})
    folder = data_layers.cache_dir()
    chosen = dict(file_model) if file_model is not None else None

    def work(task):
        source: Any = data
        if chosen is not None:
            source = types.SimpleNamespace(
                name=data.name,
                id=data.id,
                session=session,
                files=[DataFile(session, chosen, context={"organisation_id": organisation_id, "data": data})],
            )
        return data_layers.download_data(source, folder, cancel=task.cancel_event, progress=task.setProgress)

    def done(files):
        loaded = data_layers.load_files_as_layers(name if chosen is not None else data.name, files, project)
        for layer in loaded:
            layer.setCustomProperty(DATA_ID_PROPERTY, data_id)
            if chosen is not None:
                layer.setCustomProperty(FILE_ID_PROPERTY, file_id)
        context.loaded.append(loaded)
        context.message(tr("Added {0} to the map").format(name), Qgis.MessageLevel.Success)

    return context.run(
        f"{key_prop}:{key}",
        tr("Adding {0} to the map").format(name),
        work,
        done,
        tr("Could not add the data to the map: {0}"),
    )


def download_data_to(context: BrowserContext, item: DataItem, file_item: Optional[FileItem] = None):
    folder = context.ask_folder(tr("Download to"))
    session = context.session()
    if not folder or session is None:
        return None
    data = item.data(session)
    chosen = dict(file_item.model) if file_item is not None else None

    def work(task):
        source: Any = data
        if chosen is not None:
            source = types.SimpleNamespace(
                name=data.name,
                id=data.id,
                session=session,
                files=[DataFile(session, chosen, context={"organisation_id": item.organisation_id, "data": data})],
            )
        return data_layers.download_data(source, folder, cancel=task.cancel_event, progress=task.setProgress)

    def done(files):
        context.message(tr("Downloaded %n file(s) to {0}", None, len(files)).format(folder), Qgis.MessageLevel.Success)

    return context.run(
        f"download:{item.data_id}:{folder}",
        tr("Downloading {0}").format(item.name()),
        work,
        done,
        tr("Could not download: {0}"),
    )


def rename_data(context: BrowserContext, item: DataItem):
    """Rename a data item on the platform (the name checked as the Data dock checks it)."""
    from ..qgis_support import region

    name = context.ask_text(tr("Rename data"), tr("New name:"), item.name())
    session = context.session()
    if not name or name == item.name() or session is None:
        return None
    problems = region.check_name(name)
    if problems:
        context.message(str(region.RegionError(problems)), Qgis.MessageLevel.Warning)
        return None
    data = item.data(session)

    def work(_task):
        data.update(name=name)
        return name

    def done(_name):
        context.message(tr("Renamed to {0}").format(name), Qgis.MessageLevel.Success)
        context.state.data_changed.emit()  # the Data dock and this Browser list it again

    return context.run(
        f"rename:{item.data_id}", tr("Renaming {0}").format(item.name()), work, done, tr("Could not rename: {0}")
    )


def delete_data(context: BrowserContext, item: DataItem):
    if not context.confirm(tr("Delete the data item '{0}' on the Fusion Platform?").format(item.name())):
        return None
    session = context.session()
    if session is None:
        return None
    data = item.data(session)

    def work(_task):
        data.delete()
        return True

    def done(_ok):
        context.message(tr("Deleted."), Qgis.MessageLevel.Success)
        context.state.data_changed.emit()  # the Data dock and this Browser list it again

    return context.run(
        f"delete:{item.data_id}", tr("Deleting {0}").format(item.name()), work, done, tr("Could not delete: {0}")
    )


def show_data(context: BrowserContext, data_id: str) -> None:
    dock = context.show_dock("data")
    if dock is not None and hasattr(dock, "select_data") and not dock.select_data(data_id):
        context.message(tr("The Data panel does not list this item on its current page."))


def _process_of(run: dict) -> dict:
    return {k: run["process"].get(k) for k in ("id", "name", "service_id")}


def load_run(context: BrowserContext, organisation_id: str, run: dict):
    """The run's outputs through the Executions dock's pipeline: download once, then styled layers in a group."""
    project = context.project_()
    executions = list(run["executions"])
    if fp_layers.find_run_group(str(executions[0].get("id")), project) is not None:
        context.message(tr("The outputs of this run are already on the map."))
        return None
    if run_status(executions) != "success":
        context.message(tr("This run has not succeeded: it has no outputs to load."), Qgis.MessageLevel.Warning)
        return None
    session = context.session()
    if session is None:
        context.message(
            tr("You are no longer logged in: log in from the Account panel, then try again."), Qgis.MessageLevel.Warning
        )
        return None
    preferences = fp_settings.load_preferences()
    process = _process_of(run)
    folder = preferences.download_folder

    def work(task):
        return fp_outputs.download_run(
            session, organisation_id, executions, process, folder, progress=task.setProgress, cancel=task.cancel_event
        )

    def done(result):
        if fp_layers.find_run_group(str(executions[0].get("id")), project) is not None:
            return  # loaded meanwhile (by the Executions dock)
        loader = fp_layers.load_run(result, project=project, interactive=context.interactive)
        context.loaded.append(loader)
        context.message(
            tr("Outputs of '{0}' added to the map (%n layer(s)).", None, len(loader.layers)).format(
                process.get("name")
            ),
            Qgis.MessageLevel.Success,
        )

    return context.run(
        f"run:{run_key(run)}",
        tr("Fusion Platform: downloading outputs of '{0}'").format(process.get("name") or ""),
        work,
        done,
        tr("Could not load the outputs: {0}"),
    )


def load_time_series(context: BrowserContext, organisation_id: str, process: dict):
    """Every successful run of a (repeating) process as layers with temporal ranges, in one group."""
    from ..qgis_support import time_series

    session = context.session()
    if session is None:
        context.message(
            tr("You are no longer logged in: log in from the Account panel, then try again."), Qgis.MessageLevel.Warning
        )
        return None
    project = context.project_()
    folder = fp_settings.load_preferences().download_folder
    model = {k: process.get(k) for k in ("id", "name", "service_id")}

    def work(task):
        executions = pages.all_items(session, pages.executions_path(organisation_id, str(model["id"])))
        return time_series.download_series(
            session, organisation_id, model, executions, folder, cancel=task.cancel_event, progress=task.setProgress
        )

    def done(results):
        if not results:
            context.message(tr("'{0}' has no successful runs yet.").format(model.get("name")))
            return
        loader = time_series.SeriesLoader(model, results, project, interactive=context.interactive)
        loader.organisation_id = organisation_id
        loader.load()
        context.loaded.append(loader)
        context.message(
            tr(
                "%n run(s) of '{0}' loaded as a time series: play them with the Temporal Controller.",
                None,
                len(results),
            ).format(model.get("name")),
            Qgis.MessageLevel.Success,
        )

    return context.run(
        f"series:{model['id']}",
        tr("Fusion Platform: loading the time series of '{0}'").format(model.get("name") or ""),
        work,
        done,
        tr("Could not load the time series: {0}"),
    )


def follow_series(context: BrowserContext, info: dict):
    """A watched run finished (``ExecutionMonitor.unit_finished``): if it belongs to a loaded time series, its
    outputs join that series' group."""
    from ..qgis_support import time_series

    series = [
        loader
        for loader in context.loaded
        if isinstance(loader, time_series.SeriesLoader) and str(loader.process.get("id")) == str(info.get("process_id"))
    ]
    executions = list(info.get("executions") or [])
    if not series or not time_series.succeeded(executions) or context.session() is None:
        return None
    if {str(e.get("id")) for e in executions} <= series[-1].execution_ids():
        return None
    session = context.session()
    organisation_id = str(info.get("organisation_id") or getattr(series[-1], "organisation_id", ""))
    process = dict(series[-1].process)
    folder = fp_settings.load_preferences().download_folder

    def work(task):
        return fp_outputs.download_run(
            session, organisation_id, executions, process, folder, progress=task.setProgress, cancel=task.cancel_event
        )

    def done(result):
        for loader in series:
            if loader.append(result):
                context.message(
                    tr("A new run of '{0}' joined its time series.").format(process.get("name")),
                    Qgis.MessageLevel.Success,
                )

    return context.run(
        f"series-run:{executions[0].get('id')}",
        tr("Fusion Platform: adding a run to the time series of '{0}'").format(process.get("name") or ""),
        work,
        done,
        tr("Could not add the run to the time series: {0}"),
    )


def download_run_to(context: BrowserContext, organisation_id: str, run: dict):
    folder = context.ask_folder(tr("Download outputs to"))
    session = context.session()
    if not folder or session is None:
        return None
    executions = list(run["executions"])
    process = _process_of(run)

    def work(task):
        return fp_outputs.download_run(
            session, organisation_id, executions, process, folder, progress=task.setProgress, cancel=task.cancel_event
        )

    def done(_result):
        context.message(tr("Outputs downloaded to {0}").format(folder), Qgis.MessageLevel.Success)

    return context.run(
        f"download-run:{run_key(run)}:{folder}", tr("Downloading outputs"), work, done, tr("Could not download: {0}")
    )


def delete_run(context: BrowserContext, organisation_id: str, run: dict):
    count = len(run["executions"])
    text = (
        tr("Delete this execution and its outputs on the Fusion Platform?")
        if count == 1
        else tr("Delete these %n executions (the whole group) and their outputs on the Fusion Platform?", None, count)
    )
    if not context.confirm(text):
        return None
    session = context.session()
    if session is None:
        return None
    ids = [str(e["id"]) for e in run["executions"]]

    def work(_task):
        return pages.delete_executions(session, organisation_id, ids)

    def done(_ids):
        context.message(tr("Deleted."), Qgis.MessageLevel.Success)
        context.state.executions_changed.emit()

    return context.run(
        f"delete-run:{run_key(run)}",
        tr("Fusion Platform: deleting executions"),
        work,
        done,
        tr("Could not delete: {0}"),
    )


def open_log(context: BrowserContext, run: dict) -> None:
    dock = context.docks().get("executions")
    if dock is not None:
        dock.show_log(run)


def show_run(context: BrowserContext, run: dict) -> None:
    dock = context.show_dock("executions")
    if dock is not None:
        dock.select_run(run_key(run))


# ------------------------------------------------------------------------------------------------ provider
class FusionPlatformItemProvider(QgsDataItemProvider):
    """Registered in ``QgsApplication.dataItemProviderRegistry()`` by the plugin (which then owns it)."""

    def __init__(self, context: BrowserContext):
        super().__init__()
        self.context = context

    def name(self) -> str:
        return PROVIDER_NAME

    def capabilities(self):
        return DATA_ITEM_PROVIDER_NETWORK

    def createDataItem(self, path: str, parentItem):
        if path:
            return None
        return RootItem(parentItem, self.context)


class BrowserIntegration:
    """What the plugin registers: the provider, and the state signals that refresh the tree."""

    def __init__(self, state, docks: Optional[Callable[[], dict]] = None, interactive: bool = True):
        self.context = BrowserContext(state, docks, interactive=interactive)
        self.provider: Optional[FusionPlatformItemProvider] = None
        self.drop_handler: Optional[BrowserDropHandler] = None
        self._connections: list[tuple[Any, Callable]] = []

    def register(self) -> FusionPlatformItemProvider:
        self.provider = FusionPlatformItemProvider(self.context)
        QgsApplication.dataItemProviderRegistry().addProvider(self.provider)
        iface = self.context.iface
        if iface is not None:
            self.drop_handler = BrowserDropHandler(self.context)
            iface.registerCustomDropHandler(self.drop_handler)
        state = self.context.state
        self._connect(state.connected, lambda *_: self.context.refresh_all())
        self._connect(state.disconnected, self.context.refresh_all)
        self._connect(state.data_changed, lambda: self.context.refresh((DataFolderItem,)))
        self._connect(state.processes_changed, lambda: self.context.refresh((ProcessesFolderItem, ProcessItem)))
        self._connect(state.executions_changed, lambda: self.context.refresh((ProcessItem,)))
        return self.provider

    def watch(self, signal) -> None:
        """Refresh the runs when ``signal`` fires (the Executions dock's monitor: a run finished); a finished run
        of a loaded time series joins it."""
        self._connect(signal, lambda *_: self.context.refresh((ProcessesFolderItem, ProcessItem)))
        self._connect(signal, lambda info: follow_series(self.context, info) if isinstance(info, dict) else None)

    def _connect(self, signal, slot) -> None:
        signal.connect(slot)
        self._connections.append((signal, slot))

    def unregister(self) -> None:
        for signal, slot in self._connections:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        self._connections = []
        for task in list(self.context.tasks.values()):
            task.cancel()
        if self.drop_handler is not None:
            if qgis_iface() is not None:
                qgis_iface().unregisterCustomDropHandler(self.drop_handler)
            self.drop_handler = None
        if self.provider is not None:
            QgsApplication.dataItemProviderRegistry().removeProvider(self.provider)  # deletes it
            self.provider = None

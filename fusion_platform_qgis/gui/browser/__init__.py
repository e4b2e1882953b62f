"""The Fusion Platform in QGIS's Browser panel.

Tree: "Fusion Platform" → the connection → each organisation → "Data" (uploaded data items → their files) and
"Processes" (processes → runs, newest first, a group of executions as one node → components → outputs).

Why this shape:
* Children load in the background through QGIS's own mechanism: a ``QgsDataItem`` without the ``Fast``
  capability has ``createChildren`` called in a worker thread (``QgsDataItem::populate`` / ``refresh`` on QGIS
  3.22 and 3.44 alike), and the items it returns are moved to the main thread by QGIS. So every request made
  here happens in ``createChildren`` or in a QgsTask, never on the main thread (:mod:`.base`).
* Listings are paged: an expansion asks for one page (:mod:`...api.listings`) and ends with a
  "More…" item; double-clicking it fetches the next page in a QgsTask and appends it.
* The session is the Account dock's (``PluginState.user``); logged out, the root holds one "Log in from the
  Account panel" item. The state's signals (login, logout, organisation, data and processes changes, a finished
  run) refresh the populated nodes, so an upload or a finished run appears without a manual refresh
  (:mod:`.provider`).
* Loading goes through the docks' pipelines (:mod:`.actions`): a data item or file through
  :mod:`...qgis_support.data.item_layers`, a run's outputs through the pipeline's loader
  (:class:`...qgis_support.pipeline.results.OutputsLoader`: styled, grouped, with provenance) — each once: a second
  double-click finds the layers already there.
* Dragging (:mod:`.drag`): onto the map or the layer tree, our drop handler loads like a double-click; into a
  Processing parameter, an item already on disk offers its local file as a gdal/ogr URI.

Modules: :mod:`.context` (what items share), :mod:`.base` (worker-populated folders, paging),
:mod:`.provider` (provider, root, connection, organisation), :mod:`.data_items`, :mod:`.process_items`,
:mod:`.actions`, :mod:`.drag`.
"""

from ..ui import copy_text
from .actions import (
    add_data,
    add_data_model,
    delete_data,
    delete_run,
    download_data_to,
    download_run_to,
    follow_series,
    load_run,
    load_time_series,
    open_log,
    rename_data,
    show_data,
    show_run,
)
from .base import EmptyItem, FolderItem, LeafItem, LoginItem, MoreItem, PagedFolder
from .context import DATA_ID_PROPERTY, DRAG_KEY, FILE_ID_PROPERTY, PROVIDER_NAME, ROOT_PATH, BrowserContext
from .data_items import DataFolderItem, DataItem, FileItem
from .drag import BrowserDropHandler, drag_uri, handle_drop
from .process_items import (
    ComponentItem,
    ExecutionItem,
    OutputItem,
    ProcessesFolderItem,
    ProcessItem,
    RunItem,
    run_label,
    run_uri,
)
from .provider import BrowserIntegration, ConnectionItem, FusionPlatformItemProvider, OrganisationItem, RootItem

__all__ = [
    "DATA_ID_PROPERTY",
    "DRAG_KEY",
    "FILE_ID_PROPERTY",
    "PROVIDER_NAME",
    "ROOT_PATH",
    "BrowserContext",
    "BrowserDropHandler",
    "BrowserIntegration",
    "ComponentItem",
    "ConnectionItem",
    "DataFolderItem",
    "DataItem",
    "EmptyItem",
    "ExecutionItem",
    "FileItem",
    "FolderItem",
    "FusionPlatformItemProvider",
    "LeafItem",
    "LoginItem",
    "MoreItem",
    "OrganisationItem",
    "OutputItem",
    "PagedFolder",
    "ProcessItem",
    "ProcessesFolderItem",
    "RootItem",
    "RunItem",
    "add_data",
    "add_data_model",
    "copy_text",
    "delete_data",
    "delete_run",
    "download_data_to",
    "download_run_to",
    "drag_uri",
    "follow_series",
    "handle_drop",
    "load_run",
    "load_time_series",
    "open_log",
    "rename_data",
    "run_label",
    "run_uri",
    "show_data",
    "show_run",
]

"""The provider QGIS's Browser asks for the "Fusion Platform" root, the top of the tree, and the plugin's
integration (registration and the state signals that refresh the tree)."""

from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.core import (
    QgsApplication,
    QgsDataItemProvider,
)

from ...qgis_support.toolbelt.compat import DATA_ITEM_PROVIDER_NETWORK
from ...qgis_support.toolbelt.iface import qgis_iface
from ...qgis_support.words.i18n import tr
from .actions import follow_series
from .base import FolderItem, theme_icon
from .context import PROVIDER_NAME, ROOT_PATH, BrowserContext
from .data_items import DataFolderItem
from .drag import BrowserDropHandler
from .process_items import ProcessesFolderItem, ProcessItem


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
        self.setIcon(theme_icon("/mIconFolder.svg"))

    def build(self, answer: Any) -> list:
        return [
            DataFolderItem(self, self.context, self.organisation_id),
            ProcessesFolderItem(self, self.context, self.organisation_id),
        ]


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

    def createDataItem(self, path: Optional[str], parentItem):
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
        registry = QgsApplication.dataItemProviderRegistry()
        if registry is not None:
            registry.addProvider(self.provider)
        iface = self.context.iface
        if iface is not None:
            self.drop_handler = BrowserDropHandler(self.context)
            iface.registerCustomDropHandler(self.drop_handler)
        state = self.context.state
        self._connect(state.connected, lambda *_: self.context.refresh((RootItem,)))
        self._connect(state.disconnected, lambda: self.context.refresh((RootItem,)))
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
            registry = QgsApplication.dataItemProviderRegistry()
            if registry is not None:
                registry.removeProvider(self.provider)  # deletes it
            self.provider = None

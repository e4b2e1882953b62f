"""The base items: folders whose children load in QGIS's worker thread, leaves, paging with "More…"."""

from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsDataCollectionItem,
    QgsDataItem,
    QgsErrorItem,
)
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from ...api import listings
from ...qgis_support.toolbelt.compat import set_item_capabilities
from ...qgis_support.toolbelt.resources import icon_path
from ...qgis_support.toolbelt.tasks import run_task
from ...qgis_support.words.i18n import tr
from ...qgis_support.words.messages import error_text
from .context import BrowserContext, alive


def theme_icon(name: str) -> QIcon:
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
        self.setIcon(theme_icon(icon) if icon.startswith("/") else QIcon(icon_path(icon)))
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
        self._kids = [k for k in self._kids if alive(k)]
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
            self.setIcon(theme_icon(icon) if icon.startswith("/") else QIcon(icon_path(icon)))
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
        self.more_task: Any = None

    def collection(self) -> listings.Collection:
        raise NotImplementedError

    def make_children(self, entries: list[dict]) -> list:
        raise NotImplementedError

    def fetch(self, session) -> Any:
        return self.fetch_page(session, self.collection(), None)

    def fetch_page(
        self, session, collection: listings.Collection, cursor: Optional[dict]
    ) -> tuple[list[dict], Optional[dict]]:
        """Worker: one page of the listing (subclasses may complete it, see ``ProcessItem``)."""
        return listings.fetch_page(session, collection, cursor, reverse=self.reverse)

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

    def append_page(self, entries: list[dict]) -> None:
        """Main thread: the items of a further page after those shown."""
        known = {kid.path() for kid in self.kids}
        for kid in self.make_children(entries):
            if kid.path() in known:
                continue  # shown already (e.g. listed again after a refresh)
            self.add_kid(kid)

    def load_more(self, more: Optional[QgsDataItem] = None):
        """The next page, fetched in a QgsTask; its items are appended on the main thread."""
        session = self.context.session()
        cursor = self.cursor
        if session is None or cursor is None or (self.more_task is not None and not self.more_task.done):
            return self.more_task
        collection = self.collection()

        def work(_task):
            return self.fetch_page(session, collection, cursor)

        def done(result):
            self.more_task = None
            if not alive(self):
                return
            entries, self.cursor = result
            for kid in self.kids:
                if isinstance(kid, MoreItem):
                    self.remove_kid(kid)
            self.append_page(entries)
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
        return menu_actions(parent, [(tr("Load more"), lambda: self.folder.load_more(self))])


class EmptyItem(LeafItem):
    def __init__(self, parent, context: BrowserContext, text: str):
        super().__init__(parent, text, parent.path() + "/empty", context)


# ------------------------------------------------------------------------------------------------ actions
def menu_actions(parent, entries: list[tuple[str, Callable[[], Any]]]) -> list[QAction]:
    actions = []
    for text, slot in entries:
        action = QAction(text, parent)
        action.triggered.connect(lambda _checked=False, s=slot: s())
        actions.append(action)
    return actions

"""The Data dock's listing: the organisation's data in a tree, paged, searched by name prefix or free text and
sorted, each item's files as its children once read.

:class:`DataListing` owns the tree and what it shows (``items``, ``files``); it reads pages and files in the
background through the dock's :class:`~..qgis_support.toolbelt.tasks.TaskGroup` and tells the dock through signals when
the selection changed (``selection_changed``) and when an item's files arrived (``files_loaded``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Optional

from qgis.PyQt.QtCore import QObject, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import QTreeWidgetItem

from ..api import listings
from ..api.models import Data
from ..qgis_support.data import region
from ..qgis_support.session.plugin_state import PluginState
from ..qgis_support.toolbelt.tasks import TaskGroup
from ..qgis_support.words.i18n import format_datetime, tr
from . import upload_states
from .data_drop import ROLE_OBJECT, DataTreeWidget
from .widgets.panel_list import theme_icon

PAGE_SIZE = 24

SORT_NEWEST, SORT_OLDEST, SORT_NAME, SORT_NAME_DESC = range(4)
SEARCH_NAME, SEARCH_TEXT = range(2)


class DataListing(QObject):
    """The data tree and its paging, search and sort (``line_search``, ``combo_search_mode``, ``combo_sort``,
    ``button_more`` and ``label_count`` in ``ui``)."""

    selection_changed = pyqtSignal()
    files_loaded = pyqtSignal(str)  # data id
    listing_failed = pyqtSignal()

    def __init__(self, ui: Any, tree: DataTreeWidget, state: PluginState, tasks: TaskGroup, parent: QObject):
        super().__init__(parent)
        self.ui = ui
        self.tree = tree
        self.state = state
        self.tasks = tasks
        self.items: list[Data] = []
        self.files: dict[str, list] = {}
        self.loading = False
        self.has_more = False
        self._iterator: Optional[Iterator[Data]] = None
        self._generation = 0
        self._select_after: Optional[str] = None

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(350)
        self.search_timer.timeout.connect(self.refresh)
        ui.line_search.textChanged.connect(lambda _text: self.search_timer.start())
        ui.combo_search_mode.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.combo_sort.currentIndexChanged.connect(self.on_sort_changed)
        ui.button_more.clicked.connect(self.load_more)
        tree.itemSelectionChanged.connect(self.selection_changed.emit)

    def clear(self) -> None:
        self._generation += 1
        self._iterator = None
        self.items = []
        self.files.clear()
        self.tree.clear()
        self.has_more = False
        self.ui.label_count.setText("")

    def select_after_listing(self, data_id: str) -> None:
        """Select ``data_id`` once the next listing shows it (after an upload, a rename or a copy)."""
        self._select_after = data_id

    def refresh(self) -> None:
        """Reload the first page with the current search and sort."""
        organisation = self.state.organisation
        if organisation is None:
            return
        self._generation += 1
        self.items = []
        self.files.clear()
        self.tree.clear()
        text = self.ui.line_search.text().strip()
        by_name = self.ui.combo_search_mode.currentIndex() == SEARCH_NAME
        reverse = self.ui.combo_sort.currentIndex() == SORT_NEWEST
        search = text if text and not by_name else None
        session = organisation.session
        org_id = str(organisation.id)

        def iterate() -> Iterator[Data]:
            # Pages of PAGE_SIZE + 1: a page shown and its look-ahead item (is there more?) in one request
            pages = listings.iterate_uploaded_data(
                session,
                org_id,
                name_prefix=text if by_name else "",
                search=search,
                reverse=reverse,
                limit=PAGE_SIZE + 1,
            )
            for item, extras in pages:
                yield Data(session, item, extras=extras, context={"organisation_id": org_id})

        self._iterator = iterate()
        self.loading = False
        self.load_more()

    def load_more(self) -> None:
        iterator = self._iterator
        if iterator is None or self.loading:
            return
        self.loading = True
        self.ui.button_more.setEnabled(False)
        generation = self._generation

        def work(task) -> list[Data]:
            page = []
            for data in iterator:
                page.append(data)
                if len(page) > PAGE_SIZE:  # one look-ahead item tells us whether there is more
                    break
            return page

        def done(page: list[Data]) -> None:
            if generation != self._generation:
                return
            self.loading = False
            self.has_more = len(page) > PAGE_SIZE
            if self.has_more:
                keep, extra = page[:PAGE_SIZE], page[PAGE_SIZE:]
                self._iterator = _chain(extra, iterator)
                page = keep
            self.items.extend(page)
            self.populate()

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.loading = False
                self.tasks.on_error(error)
                self.listing_failed.emit()

        self.tasks.run(tr("Listing data"), work, done, failed)

    def on_sort_changed(self, _index: int) -> None:
        # Oldest/newest come from the server (so paging stays right); names sort what is loaded.
        if self.ui.combo_sort.currentIndex() in (SORT_OLDEST, SORT_NEWEST):
            self.refresh()
        else:
            self.populate()

    def _sorted_items(self) -> list[Data]:
        mode = self.ui.combo_sort.currentIndex()
        if mode in (SORT_NAME, SORT_NAME_DESC):
            return sorted(self.items, key=lambda d: (d.name or "").lower(), reverse=mode == SORT_NAME_DESC)
        return list(self.items)

    def populate(self) -> None:
        selected = {str(d.id) for d in self.selected_data()}
        if self._select_after:
            selected = {self._select_after}
        self.tree.blockSignals(True)
        self.tree.clear()
        to_select = []
        for data in self._sorted_items():
            item = QTreeWidgetItem([data.name or "", "", ""])
            item.setData(0, ROLE_OBJECT, data)
            item.setIcon(0, theme_icon("/mIconFile.svg"))  # its kind once its files are read
            describe(item, data)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
            self.tree.addTopLevelItem(item)
            if str(data.id) in self.files:
                self._add_file_items(item, self.files[str(data.id)])
            else:
                upload_states.mark_item(item, str(data.id), None)  # an interrupted upload shows before its files
            if str(data.id) in selected:
                to_select.append(item)
        for item in to_select:
            item.setSelected(True)
        if to_select:
            self.tree.setCurrentItem(to_select[0])
        self.tree.blockSignals(False)
        self.tree.resizeColumnToContents(0)
        count = len(self.items)
        self.ui.label_count.setText(tr("%n data item(s)", None, count) + ("+" if self.has_more else ""))
        self.ui.button_more.setEnabled(self.has_more)
        if self._select_after and to_select:
            self._select_after = None
        self.selection_changed.emit()

    def item_for(self, data_id: str) -> Optional[QTreeWidgetItem]:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and str(item.data(0, ROLE_OBJECT).id) == str(data_id):
                return item
        return None

    def select_data(self, data_id: str) -> bool:
        item = self.item_for(data_id)
        if item is None:
            return False
        self.tree.clearSelection()
        item.setSelected(True)
        self.tree.setCurrentItem(item)
        return True

    def selected_data(self) -> list[Data]:
        result: list[Data] = []
        for item in self.tree.selectedItems():
            obj = item.data(0, ROLE_OBJECT)
            if not isinstance(obj, Data):  # a file row stands for its data item
                parent = item.parent()
                obj = parent.data(0, ROLE_OBJECT) if parent is not None else None
            if isinstance(obj, Data) and obj not in result:
                result.append(obj)
        return result

    def find(self, data_id: str) -> Optional[Data]:
        """The listed data item ``data_id`` (None when it is not among those loaded)."""
        return next((d for d in self.items if str(d.id) == str(data_id)), None)

    def load_files(self, data: Data) -> None:
        """Read the files of ``data`` in the background; they become its rows and ``files_loaded`` tells."""
        data_id = str(data.id)

        def work(task) -> list:
            return list(data.files)

        def done(files: list) -> None:
            self.files[data_id] = files
            item = self.item_for(data_id)
            if item is not None and item.childCount() == 0:
                self._add_file_items(item, files)
            self.files_loaded.emit(data_id)

        self.tasks.run(tr("Reading files of {0}").format(data.name), work, done)

    def _add_file_items(self, parent: QTreeWidgetItem, files: list) -> None:
        for item in files:
            child = QTreeWidgetItem(
                [
                    item.file_name or "",
                    item.file_type or "",
                    region.human_size(int(item.size)) if item.size is not None else "",
                ]
            )
            child.setData(0, ROLE_OBJECT, item)
            child.setFlags(child.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
            parent.addChild(child)
        if files:
            parent.setText(1, files[0].file_type or "")
            total = sum(int(f.size or 0) for f in files)
            parent.setText(2, region.human_size(total))
            parent.setIcon(0, theme_icon(KIND_ICONS.get(files[0].file_type or "", "/mIconFile.svg")))
            data = parent.data(0, ROLE_OBJECT)
            if isinstance(data, Data):
                describe(parent, data)
        upload_states.mark_item(parent, str(parent.data(0, ROLE_OBJECT).id), files)  # not "0 B" when unfinished

    def shutdown(self) -> None:
        self.search_timer.stop()


def _chain(first: list, rest: Iterator[Data]) -> Iterator[Data]:
    yield from first
    yield from rest


# A data row's icon by its first file's type, as QGIS's Browser shows layers.
KIND_ICONS = {
    "GeoTIFF": "/mIconRasterLayer.svg",
    "DEM": "/mIconRasterLayer.svg",
    "JPEG2000": "/mIconRasterLayer.svg",
    "GeoJSON": "/mIconVector.svg",
    "KML": "/mIconVector.svg",
    "KMZ": "/mIconVector.svg",
    "ESRI Shapefile": "/mIconVector.svg",
    "GeoPackage": "/mIconVector.svg",
    "CSV": "/mIconTableLayer.svg",
}


def describe(item: QTreeWidgetItem, data: Data) -> None:
    """A data row's tooltip, every column: its name, type, size and when it was made (the dock may be narrow)."""
    lines = [data.name or ""]
    if item.text(1):
        lines.append(tr("Type: {0}").format(item.text(1)))
    if item.text(2):
        lines.append(tr("Size: {0}").format(item.text(2)))
    lines.append(tr("Created {0}").format(format_datetime(data.created_at)))
    for column in range(3):
        item.setToolTip(column, "\n".join(lines))

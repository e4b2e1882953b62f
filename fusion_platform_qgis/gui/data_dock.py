"""Data dock: the organisation's data one click from the map, and any QGIS layer one click from the platform.

Lists the organisation's uploaded data (paged, searched by name prefix or free text, sorted), shows each item's
files (type, size, bounds, CRS, features/bands, a preview fetched in the background), and offers rename, copy,
delete, download, STAC and "Add to map". Uploads come from a vector layer or its selection, a drawn rectangle or
polygon, the map extent, a raster layer or files on disk; problems found before or during the upload are shown
inline with a button that fixes them where a fix exists (repair, simplify, ASCII name) or retries.

This module is the dock and its listing and actions; drag and drop is in ``data_drop.py``, the details pane and
preview in ``data_details.py``, uploads and the message panel in ``data_upload.py`` (mixins of the dock).

Every network call runs in a QgsTask; results arrive on the main thread. Confirmations and questions go through
small methods (``confirm``, ``ask_text``, ``ask_folder``, ``ask_files``, ``ask_upload_choice``) that tests
replace.
"""

from __future__ import annotations

from typing import Callable, Optional

from qgis.core import Qgis
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtGui import QImage
from qgis.PyQt.QtWidgets import QAbstractItemView, QFileDialog, QInputDialog, QTreeWidgetItem

from ..api import listings as endpoints
from ..api.models import Data
from ..qgis_support import data_layers, region, uploads
from ..qgis_support.i18n import format_datetime, tr
from ..qgis_support.messages import error_text
from ..qgis_support.tasks import run_task
from . import upload_states
from .base_dock import FormDock
from .data_details import DataDetailsMixin
from .data_drop import ROLE_OBJECT, DataDropHandler, DataTreeWidget
from .data_upload import DataUploadsMixin
from .ui import ask_yes_no, load_form

PAGE_SIZE = 24

SORT_NEWEST, SORT_OLDEST, SORT_NAME, SORT_NAME_DESC = range(4)
SEARCH_NAME, SEARCH_TEXT = range(2)


class DataDock(DataDetailsMixin, DataUploadsMixin, FormDock):
    FORM = load_form(__file__)
    OBJECT_NAME = "fusion_platform_data_dock"

    def __init__(self, state, parent=None):
        super().__init__(state, tr("Data"), parent)
        ui = self.ui
        # A tree that knows how to drag data items replaces the .ui's plain one.
        old = ui.tree_data
        tree = DataTreeWidget()
        tree.setObjectName("tree_data")
        tree.setColumnCount(3)
        tree.setHeaderLabels([tr("Name"), tr("Type"), tr("Size")])
        tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        tree.setDragEnabled(True)
        tree.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        tree.setToolTip(old.toolTip())
        ui.splitter_main.replaceWidget(0, tree)
        old.deleteLater()
        ui.splitter_main.setStretchFactor(0, 3)
        ui.splitter_main.setStretchFactor(1, 2)
        ui.splitter_main.setChildrenCollapsible(False)
        tree.setMinimumHeight(120)
        tree.show()  # replaceWidget keeps the old widget's hidden state of a never-shown dock
        ui.tree_data = tree
        self.tree = tree

        self.items: list[Data] = []
        self.files: dict[str, list] = {}
        self.previews: dict[str, QImage] = {}
        self.preview_shown_for: Optional[str] = None  # data id whose preview is on screen
        self.tasks: set = set()
        self.list_loading = False
        self.has_more = False
        self._iterator = None
        self._generation = 0
        self._select_after: Optional[str] = None
        self.upload_task = None
        self.last_upload: Optional[dict] = None
        self.last_error: Optional[BaseException] = None
        self.last_uploaded: Optional[Data] = None
        self.stac_dialog = None
        self.map_tool = None
        self._previous_tool = None
        self._fix: Optional[Callable[[], None]] = None

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(350)
        self.search_timer.timeout.connect(self.refresh)

        ui.line_search.textChanged.connect(lambda _text: self.search_timer.start())
        ui.combo_search_mode.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.combo_sort.currentIndexChanged.connect(self.on_sort_changed)
        ui.button_refresh.clicked.connect(self.refresh)
        ui.button_more.clicked.connect(self.load_more)
        tree.itemSelectionChanged.connect(self.on_selection_changed)
        tree.itemDoubleClicked.connect(lambda item, _col: self.add_selected_to_map())
        ui.button_add_to_map.clicked.connect(self.add_selected_to_map)
        ui.button_download.clicked.connect(self.download_selected)
        ui.button_stac.clicked.connect(self.show_stac)
        ui.button_rename.clicked.connect(self.rename_selected)
        ui.button_copy.clicked.connect(self.copy_selected)
        ui.button_delete.clicked.connect(self.delete_selected)
        ui.button_cancel_upload.clicked.connect(self.cancel_upload)
        ui.button_fix.clicked.connect(self.apply_fix)
        ui.button_retry.clicked.connect(self.retry_upload)
        ui.button_dismiss.clicked.connect(self.clear_message)
        self._build_upload_menu()

        self.drop_handler = DataDropHandler(self)
        self.iface.registerCustomDropHandler(self.drop_handler)
        state.data_changed.connect(self.refresh)
        self._update_buttons()
        if state.organisation is not None:
            self.on_organisation_changed(state.organisation)

    # ------------------------------------------------------------------ hooks tests replace
    def confirm(self, text: str) -> bool:
        return ask_yes_no(self, text, default_no=True)

    def ask_text(self, title: str, label: str, default: str = "") -> Optional[str]:
        text, ok = QInputDialog.getText(self, title, label, text=default)
        return text.strip() if ok and text.strip() else None

    def ask_folder(self, title: str) -> Optional[str]:
        return QFileDialog.getExistingDirectory(self, title) or None

    def ask_files(self) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            tr("Upload files"),
            "",
            tr("Geodata (*.geojson *.json *.kml *.kmz *.tif *.tiff *.csv *.shp *.zip *.gpkg);;All files (*)"),
        )
        return list(paths)

    # ------------------------------------------------------------------ state hooks
    def on_connected(self, user) -> None:
        pass

    def on_disconnected(self) -> None:
        self.clear()

    def on_organisation_changed(self, organisation) -> None:
        if organisation is None:
            self.clear()
            return
        self.ui.label_status.setText(tr("Data of {0}").format(organisation.name))
        self.refresh()

    def clear(self) -> None:
        self._generation += 1
        self._iterator = None
        self.items = []
        self.files.clear()
        self.tree.clear()
        self.has_more = False
        self.ui.label_count.setText("")
        self.ui.label_status.setText(tr("Log in from the Account dock to see your organisation's data."))
        self._show_details(None)
        self._update_buttons()

    # ------------------------------------------------------------------ tasks
    def _run(self, description: str, work, on_success=None, on_error=None, silent: bool = False):
        def done(result):
            self.tasks.discard(task)
            if on_success is not None:
                on_success(result)

        def failed(error):
            self.tasks.discard(task)
            (on_error or self._report_error)(error)

        task = run_task(description, work, done, failed, silent=silent)
        self.tasks.add(task)
        return task

    def _report_error(self, error: BaseException) -> None:
        self.last_error = error
        if self.state.report_error(error):
            return  # the session expired: the Account dock asks the user to log in
        self.show_message(error_text(error, self.state.connection), Qgis.MessageLevel.Warning)

    # ------------------------------------------------------------------ listing
    @property
    def organisation(self):
        return self.state.organisation

    def refresh(self) -> None:
        """Reload the first page with the current search and sort."""
        organisation = self.organisation
        if organisation is None:
            return
        self._generation += 1
        self.items = []
        self.files.clear()
        self.tree.clear()
        text = self.ui.line_search.text().strip()
        by_name = self.ui.combo_search_mode.currentIndex() == SEARCH_NAME
        reverse = self.ui.combo_sort.currentIndex() == SORT_NEWEST
        filters = {"name__begins_with": text} if text and by_name else {}
        search = text if text and not by_name else None
        session = organisation.session
        org_id = str(organisation.id)
        path = endpoints.data_path(org_id)

        def iterate():
            # Pages of PAGE_SIZE + 1: a page shown and its look-ahead item (is there more?) in one request
            pages = session.iterate(path, reverse=reverse, search=search, filters=filters, limit=PAGE_SIZE + 1)
            for item, extras in pages:
                yield Data(session, item, extras=extras, context={"organisation_id": org_id})

        self._iterator = iterate()
        self.list_loading = False
        self.load_more()

    def load_more(self) -> None:
        if self._iterator is None or self.list_loading:
            return
        self.list_loading = True
        self.ui.button_more.setEnabled(False)
        generation = self._generation
        iterator = self._iterator

        def work(task):
            page = []
            for data in iterator:
                page.append(data)
                if len(page) > PAGE_SIZE:  # one look-ahead item tells us whether there is more
                    break
            return page

        def done(page):
            if generation != self._generation:
                return
            self.list_loading = False
            self.has_more = len(page) > PAGE_SIZE
            if self.has_more:
                keep, extra = page[:PAGE_SIZE], page[PAGE_SIZE:]
                self._iterator = _chain(extra, iterator)
                page = keep
            self.items.extend(page)
            self._populate()

        def failed(error):
            if generation == self._generation:
                self.list_loading = False
                self._report_error(error)
                self._update_buttons()

        self._run(tr("Listing data"), work, done, failed)

    def on_sort_changed(self, _index: int) -> None:
        # Oldest/newest come from the server (so paging stays right); names sort what is loaded.
        if self.ui.combo_sort.currentIndex() in (SORT_OLDEST, SORT_NEWEST):
            self.refresh()
        else:
            self._populate()

    def _sorted_items(self) -> list[Data]:
        mode = self.ui.combo_sort.currentIndex()
        if mode in (SORT_NAME, SORT_NAME_DESC):
            return sorted(self.items, key=lambda d: (d.name or "").lower(), reverse=mode == SORT_NAME_DESC)
        return list(self.items)

    def _populate(self) -> None:
        selected = {str(d.id) for d in self.selected_data()}
        if self._select_after:
            selected = {self._select_after}
        self.tree.blockSignals(True)
        self.tree.clear()
        to_select = []
        for data in self._sorted_items():
            item = QTreeWidgetItem([data.name or "", "", ""])
            item.setData(0, ROLE_OBJECT, data)
            item.setToolTip(0, tr("Created {0}").format(format_datetime(data.created_at)))
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
        self.on_selection_changed()

    def item_for(self, data_id: str) -> Optional[QTreeWidgetItem]:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if str(item.data(0, ROLE_OBJECT).id) == str(data_id):
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
        result = []
        for item in self.tree.selectedItems():
            obj = item.data(0, ROLE_OBJECT)
            if not isinstance(obj, Data):  # a file row stands for its data item
                parent = item.parent()
                obj = parent.data(0, ROLE_OBJECT) if parent is not None else None
            if isinstance(obj, Data) and obj not in result:
                result.append(obj)
        return result

    def _update_buttons(self) -> None:
        count = len(self.selected_data())
        for button in (self.ui.button_add_to_map, self.ui.button_download, self.ui.button_delete):
            button.setEnabled(count >= 1)
        for button in (self.ui.button_rename, self.ui.button_copy, self.ui.button_stac):
            button.setEnabled(count == 1)
        self.ui.button_upload.setEnabled(self.organisation is not None)

    # ------------------------------------------------------------------ actions on data
    def _after_change(self, message: str) -> None:
        self.show_message(message, Qgis.MessageLevel.Success)
        self.state.data_changed.emit()

    def rename_selected(self) -> None:
        selected = self.selected_data()
        if len(selected) != 1:
            return
        data = selected[0]
        name = self.ask_text(tr("Rename data"), tr("New name:"), data.name)
        if not name or name == data.name:
            return
        problems = region.check_name(name)
        if problems:
            self.show_problems(region.RegionError(problems))
            return
        self._select_after = str(data.id)
        self._run(
            tr("Renaming {0}").format(data.name),
            lambda task: data.update(name=name),
            lambda _r: self._after_change(tr("Renamed to {0}").format(name)),
        )

    def copy_selected(self) -> None:
        selected = self.selected_data()
        if len(selected) != 1:
            return
        data = selected[0]
        name = self.ask_text(tr("Copy data"), tr("Name of the copy:"), tr("Copy of {0}").format(data.name))
        if not name:
            return

        def done(copy):
            self._select_after = str(copy.id)
            self._after_change(tr("Copied {0} to {1}").format(data.name, name))

        self._run(tr("Copying {0}").format(data.name), lambda task: data.copy(name), done)

    def delete_selected(self) -> None:
        selected = self.selected_data()
        if not selected:
            return
        if len(selected) == 1:
            text = tr("Delete the data item '{0}' from the platform? This cannot be undone.").format(selected[0].name)
        else:
            text = tr(
                "Delete these %n data items from the platform? This cannot be undone.\n\n{0}", None, len(selected)
            ).format("\n".join(d.name for d in selected))
        if not self.confirm(text):
            return

        def work(task):
            failures = []
            for data in selected:
                try:
                    data.delete()
                    uploads.forget(str(data.id))  # an interrupted upload removed: nothing left to resume
                except Exception as exc:
                    failures.append((data.name, exc))
            return failures

        def done(failures):
            deleted = len(selected) - len(failures)
            if failures and any(self.state.report_error(exc) for _name, exc in failures):
                return
            if failures:
                reasons = "; ".join(f"{name}: {error_text(exc, self.state.connection)}" for name, exc in failures)
                self.show_message(
                    tr("{0} deleted; not deleted: {1}").format(deleted, reasons), Qgis.MessageLevel.Warning
                )
                self.state.data_changed.emit()
            else:
                self._after_change(tr("Deleted %n data item(s)", None, deleted))

        self._run(tr("Deleting data"), work, done)

    def download_selected(self, folder: Optional[str] = None) -> None:
        selected = self.selected_data()
        if not selected:
            return
        folder = folder or self.ask_folder(tr("Download data to"))
        if not folder:
            return

        def work(task):
            paths = []
            for data in selected:
                paths.extend(p for p, _t in data_layers.download_data(data, folder, cancel=task.cancel_event))
            return paths

        self._run(
            tr("Downloading data"),
            work,
            lambda paths: self.show_message(
                tr("Downloaded %n file(s) to {0}", None, len(paths)).format(folder), Qgis.MessageLevel.Success
            ),
        )

    def add_selected_to_map(self) -> None:
        for data in self.selected_data():
            self.add_to_map(data)

    def add_to_map(self, data: Data, on_done: Optional[Callable[[list], None]] = None):
        def done(layers):
            self.show_message(tr("Added {0} to the map").format(data.name), Qgis.MessageLevel.Success)
            if on_done is not None:
                on_done(layers)

        task = data_layers.add_data_to_map(data, on_success=done, on_error=self._report_error)
        self.tasks.add(task)
        return task

    def add_dropped(self, items: list[dict]) -> None:
        """Drop handler: load dropped data items (known ones directly, others fetched by id)."""
        organisation = self.organisation
        for entry in items:
            known = next((d for d in self.items if str(d.id) == str(entry.get("id"))), None)
            if known is not None:
                self.add_to_map(known)
            elif organisation is not None:
                self._run(
                    tr("Finding {0}").format(entry.get("name") or ""),
                    lambda task, i=entry["id"]: organisation.find_data(id=i)[0],
                    lambda data: (
                        self.add_to_map(data)
                        if data is not None
                        else self.show_message(tr("That data item no longer exists."), Qgis.MessageLevel.Warning)
                    ),
                )

    def show_stac(self) -> None:
        selected = self.selected_data()
        if len(selected) != 1:
            return
        data = selected[0]

        def work(task):
            items = [f.get_stac_item() for f in data.files]
            items = [(item, name) for item, name in items if item]
            collection = data.get_stac_collection(items)
            return collection, items

        def done(result):
            from .stac_dialog import StacDialog

            collection, items = result
            if self.stac_dialog is not None:
                self.stac_dialog.close()
            self.stac_dialog = StacDialog(data.name, collection, items, self)
            self.stac_dialog.show()

        self._run(tr("Reading STAC of {0}").format(data.name), work, done)

    # ------------------------------------------------------------------ teardown
    def shutdown(self) -> None:
        self.search_timer.stop()
        try:
            self.state.data_changed.disconnect(self.refresh)
        except (TypeError, RuntimeError):
            pass
        self.iface.unregisterCustomDropHandler(self.drop_handler)
        self._remove_map_tool()
        for task in list(self.tasks):
            try:
                task.cancel()
            except RuntimeError:
                pass
        if self.upload_task is not None:
            try:
                self.upload_task.cancel()
            except RuntimeError:
                pass
        if self.stac_dialog is not None:
            self.stac_dialog.close()
        super().shutdown()


def _chain(first: list, rest):
    yield from first
    yield from rest

"""Data dock: the organisation's data one click from the map, and any QGIS layer one click from the platform.

Lists the organisation's uploaded data (paged, searched by name prefix or free text, sorted), shows each item's
files (type, size, bounds, CRS, features/bands, a preview fetched in the background), and offers rename, copy,
delete, download, STAC and "Add to map". Uploads come from a vector layer or its selection, a drawn rectangle or
polygon, the map extent, a raster layer or files on disk; problems found before or during the upload are shown
inline with a button that fixes them where a fix exists (repair, simplify, ASCII name) or retries.

The dock is the actions on data and the wiring of a few parts, each given what it needs and talking back through
signals: ``listing`` (the tree, paging, search and sort: ``data_listing.py``), ``details`` (details pane and
preview: ``data_details.py``), ``uploads`` (upload menu, progress, drawing tools: ``data_upload.py``),
``messages`` and ``questions`` (the message panel and the dialogs tests replace: ``data_messages.py``) and
``tasks`` (the background work, cancelled at shutdown). Drag and drop is in ``data_drop.py``.

Every network call runs in a QgsTask; results arrive on the main thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Optional

from qgis.core import Qgis
from qgis.PyQt.QtWidgets import QAbstractItemView

from ..api.models import Data, Organisation
from ..qgis_support.data import item_layers as data_layers
from ..qgis_support.data import region, uploads
from ..qgis_support.session.plugin_state import PluginState
from ..qgis_support.toolbelt.tasks import TaskGroup
from ..qgis_support.words.i18n import tr
from ..qgis_support.words.messages import error_text
from . import upload_states
from .base_dock import FormDock
from .data_details import DataDetails
from .data_drop import DataDropHandler, DataTreeWidget
from .data_listing import DataListing
from .data_messages import DataMessages, DataQuestions
from .data_upload import DataUploader
from .ui import load_form
from .widgets.panel_list import ListActions, fit_name_column, relayout, set_enabled, theme_icon

if TYPE_CHECKING:
    from .stac_dialog import StacDialog


class DataDock(FormDock):
    FORM = load_form(__file__)
    OBJECT_NAME = "fusion_platform_data_dock"

    def __init__(self, state: PluginState, parent=None):
        super().__init__(state, tr("Data"), parent)
        ui = self.ui
        tree = self._replace_tree()
        self.messages = DataMessages(ui, state)
        self.questions = DataQuestions(self)
        self.tasks = TaskGroup(self.messages.report_error)
        self.listing = DataListing(ui, tree, state, self.tasks, self)
        self.details = DataDetails(ui, state, self.tasks)
        self.uploads = DataUploader(ui, state, self.messages, self.questions, self)
        self.stac_dialog: Optional[StacDialog] = None

        self.listing.selection_changed.connect(self._on_selection_changed)
        self.listing.files_loaded.connect(self._on_files_loaded)
        self.listing.listing_failed.connect(self._update_buttons)
        self.uploads.uploaded.connect(self._on_uploaded)
        tree.itemDoubleClicked.connect(lambda item, _col: self.add_selected_to_map())
        fit_name_column(tree)
        self.list_actions = ListActions(
            tree,
            [
                (ui.button_add_to_map, "/mActionAddLayer.svg"),
                (ui.button_download, "/mActionFileSave.svg"),
                (ui.button_stac, "/mActionPropertiesWidget.svg"),
                None,
                (ui.button_rename, "/mActionEditTable.svg"),
                (ui.button_copy, "/mActionEditCopy.svg"),
                (ui.button_delete, "/mActionDeleteSelected.svg"),
            ],
            extra=[(ui.button_refresh, "/mActionRefresh.svg")],
        )
        ui.button_upload.setIcon(theme_icon("/mActionSharingImport.svg"))  # first in the toolbar: adds data
        relayout(ui.button_upload)
        for button, slot in (
            (ui.button_refresh, self.refresh),
            (ui.button_add_to_map, self.add_selected_to_map),
            (ui.button_download, self.download_selected),
            (ui.button_stac, self.show_stac),
            (ui.button_rename, self.rename_selected),
            (ui.button_copy, self.copy_selected),
            (ui.button_delete, self.delete_selected),
        ):
            button.defaultAction().triggered.connect(slot)

        self.drop_handler = DataDropHandler(self.add_dropped)
        self.iface.registerCustomDropHandler(self.drop_handler)
        state.data_changed.connect(self.listing.refresh)
        self._update_buttons()
        if state.organisation is not None:
            self.on_organisation_changed(state.organisation)

    def _replace_tree(self) -> DataTreeWidget:
        """A tree that knows how to drag data items replaces the .ui's plain one."""
        ui = self.ui
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
        return tree

    # ------------------------------------------------------------------ state hooks
    def on_disconnected(self) -> None:
        self.clear()

    def on_organisation_changed(self, organisation) -> None:
        if organisation is None:
            self.clear()
            return
        self.ui.label_status.setText(tr("Data of {0}").format(organisation.name))
        self.listing.refresh()

    def refresh(self) -> None:
        """Reload the first page of the listing with the current search and sort."""
        self.listing.refresh()

    def clear(self) -> None:
        self.listing.clear()
        self.ui.label_status.setText(tr("Log in from the Account dock to see your organisation's data."))
        self.details.show(None, None)
        self._update_buttons()

    # ------------------------------------------------------------------ selection -> buttons and details
    def _on_selection_changed(self) -> None:
        self._update_buttons()
        selected = self.listing.selected_data()
        if len(selected) != 1:
            self.details.show(None, None)
            return
        data = selected[0]
        files = self.listing.files.get(str(data.id))
        self.details.show(data, files)
        if files is None:
            self.listing.load_files(data)
        else:
            upload_states.offer(self.messages, self.uploads, data, files)

    def _on_files_loaded(self, data_id: str) -> None:
        current = self.listing.selected_data()
        if len(current) == 1 and str(current[0].id) == data_id:
            self.details.show(current[0], self.listing.files.get(data_id))
            upload_states.offer(self.messages, self.uploads, current[0], self.listing.files.get(data_id))

    def _update_buttons(self) -> None:
        count = len(self.listing.selected_data())
        for button in (self.ui.button_add_to_map, self.ui.button_download, self.ui.button_delete):
            set_enabled(button, count >= 1)
        for button in (self.ui.button_rename, self.ui.button_copy, self.ui.button_stac):
            set_enabled(button, count == 1)
        self.ui.button_upload.setEnabled(self.state.organisation is not None)

    def _on_uploaded(self, data: Data) -> None:
        self.listing.select_after_listing(str(data.id))
        self._after_change(tr("Uploaded {0}").format(data.name))

    # ------------------------------------------------------------------ actions on data
    def _after_change(self, message: str) -> None:
        self.messages.show(message, Qgis.MessageLevel.Success)
        self.state.data_changed.emit()

    def rename_selected(self) -> None:
        selected = self.listing.selected_data()
        if len(selected) != 1:
            return
        data = selected[0]
        name = self.questions.ask_text(tr("Rename data"), tr("New name:"), data.name)
        if not name or name == data.name:
            return
        problems = region.check_name(name)
        if problems:
            self.messages.show_problems(region.RegionError(problems))
            return
        self.listing.select_after_listing(str(data.id))
        self.tasks.run(
            tr("Renaming {0}").format(data.name),
            lambda task: data.update(name=name),
            lambda _r: self._after_change(tr("Renamed to {0}").format(name)),
        )

    def copy_selected(self) -> None:
        selected = self.listing.selected_data()
        if len(selected) != 1:
            return
        data = selected[0]
        name = self.questions.ask_text(tr("Copy data"), tr("Name of the copy:"), tr("Copy of {0}").format(data.name))
        if not name:
            return

        def done(copy):
            self.listing.select_after_listing(str(copy.id))
            self._after_change(tr("Copied {0} to {1}").format(data.name, name))

        self.tasks.run(tr("Copying {0}").format(data.name), lambda task: data.copy(name), done)

    def delete_selected(self) -> None:
        selected = self.listing.selected_data()
        if not selected:
            return
        if len(selected) == 1:
            text = tr("Delete the data item '{0}' from the platform? This cannot be undone.").format(selected[0].name)
        else:
            text = tr(
                "Delete these %n data items from the platform? This cannot be undone.\n\n{0}", None, len(selected)
            ).format("\n".join(d.name for d in selected))
        if not self.questions.confirm(text):
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
                self.messages.show(
                    tr("{0} deleted; not deleted: {1}").format(deleted, reasons), Qgis.MessageLevel.Warning
                )
                self.state.data_changed.emit()
            else:
                self._after_change(tr("Deleted %n data item(s)", None, deleted))

        self.tasks.run(tr("Deleting data"), work, done)

    def download_selected(self, folder: Optional[str] = None) -> None:
        selected = self.listing.selected_data()
        if not selected:
            return
        folder = folder or self.questions.ask_folder(tr("Download data to"))
        if not folder:
            return

        def work(task):
            paths: list[str] = []
            for data in selected:
                paths.extend(p for p, _t in data_layers.download_data(data, folder, cancel=task.cancel_event))
            return paths

        self.tasks.run(
            tr("Downloading data"),
            work,
            lambda paths: self.messages.show(
                tr("Downloaded %n file(s) to {0}", None, len(paths)).format(folder), Qgis.MessageLevel.Success
            ),
        )

    def add_selected_to_map(self) -> None:
        for data in self.listing.selected_data():
            self.add_to_map(data)

    def add_to_map(self, data: Data, on_done: Optional[Callable[[list], None]] = None):
        def done(layers):
            self.messages.show(tr("Added {0} to the map").format(data.name), Qgis.MessageLevel.Success)
            if on_done is not None:
                on_done(layers)

        task = data_layers.add_data_to_map(data, on_success=done, on_error=self.messages.report_error)
        self.tasks.add(task)
        return task

    def add_dropped(self, items: list[dict]) -> None:
        """Drop handler: load dropped data items (known ones directly, others fetched by id)."""
        organisation = self.state.organisation
        for entry in items:
            known = self.listing.find(str(entry.get("id")))
            if known is not None:
                self.add_to_map(known)
            elif organisation is not None:
                self._find_and_add(organisation, entry)

    def _find_and_add(self, organisation: Organisation, entry: dict) -> None:
        data_id = entry["id"]

        def found(data: Optional[Data]) -> None:
            if data is not None:
                self.add_to_map(data)
            else:
                self.messages.show(tr("That data item no longer exists."), Qgis.MessageLevel.Warning)

        self.tasks.run(
            tr("Finding {0}").format(entry.get("name") or ""), lambda task: organisation.find_data(id=data_id)[0], found
        )

    def show_stac(self) -> None:
        selected = self.listing.selected_data()
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

        self.tasks.run(tr("Reading STAC of {0}").format(data.name), work, done)

    # ------------------------------------------------------------------ teardown
    def shutdown(self) -> None:
        self.listing.shutdown()
        try:
            self.state.data_changed.disconnect(self.listing.refresh)
        except (TypeError, RuntimeError):
            pass
        self.iface.unregisterCustomDropHandler(self.drop_handler)
        self.tasks.cancel_all()
        self.uploads.shutdown()
        if self.stac_dialog is not None:
            self.stac_dialog.close()
        super().shutdown()

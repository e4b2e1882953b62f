"""What the Data dock says and asks: the inline message panel (with its fix and retry buttons next to the data)
and the questions put to the user.

:class:`DataMessages` shows a message in QGIS's message bar and in the dock's panel, keeps the fix a problem
offers and reports failures (a session that expired goes to the Account dock). :class:`DataQuestions` asks
(confirm, a name, a folder, files, what to upload); tests replace its methods so no modal dialog opens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Optional

from qgis.core import Qgis
from qgis.PyQt.QtWidgets import QFileDialog, QInputDialog, QWidget

from ..qgis_support.data import region
from ..qgis_support.session.plugin_state import PluginState
from ..qgis_support.toolbelt.iface import qgis_iface
from ..qgis_support.words.i18n import tr
from ..qgis_support.words.messages import error_text
from .ui import ask_yes_no, bar_title

if TYPE_CHECKING:
    from .upload_dialog import UploadChoice


class DataMessages:
    """What the Data dock tells: the message bar, and the panel (``frame_message``) for a fix or a retry."""

    def __init__(self, ui: Any, state: PluginState):
        self.ui = ui
        self.state = state
        self.last_error: Optional[BaseException] = None
        self._fix: Optional[Callable[[], None]] = None
        ui.button_fix.clicked.connect(self.apply_fix)
        ui.button_dismiss.clicked.connect(self.clear)

    def show(
        self,
        text: str,
        level: Qgis.MessageLevel = Qgis.MessageLevel.Info,
        fix_label: Optional[str] = None,
        fix: Optional[Callable[[], None]] = None,
        retry: bool = False,
    ) -> None:
        """The message bar says what happened (one place for events); the inline panel appears only to keep a fix
        or retry button next to the data (the last text stays readable in ``label_message`` for tests)."""
        iface = qgis_iface()
        if iface is not None:
            iface.messageBar().pushMessage(
                bar_title(level), text, level, 8 if level == Qgis.MessageLevel.Success else 0
            )
        self.ui.label_message.setText(text)
        self._fix = fix
        self.ui.button_fix.setVisible(fix is not None)
        self.ui.button_fix.setText(fix_label or tr("Fix"))
        self.ui.button_retry.setVisible(retry)
        self.ui.frame_message.setVisible(fix is not None or retry)

    def show_inline(self, text: str, fix_label: str, fix: Optional[Callable[[], None]]) -> None:
        """The inline panel only (no message-bar push): for what selecting an item says each time it is selected."""
        self.ui.label_message.setText(text)
        self._fix = fix
        self.ui.button_fix.setText(fix_label)
        self.ui.button_fix.setVisible(fix is not None)
        self.ui.button_retry.setVisible(False)
        self.ui.frame_message.setVisible(True)

    def clear(self) -> None:
        self.ui.frame_message.setVisible(False)
        self.ui.label_message.setText("")
        self._fix = None

    def apply_fix(self) -> None:
        fix, self._fix = self._fix, None
        self.clear()
        if fix is not None:
            fix()

    def show_problems(self, error: region.RegionError, fix_with: Optional[Callable[[dict], object]] = None) -> None:
        """Show what is wrong with an upload and offer the fix the first fixable problem has: ``fix_with``
        receives the changes to the upload's parameters (repair, simplify or another name)."""
        self.last_error = error
        fixable = next((p for p in error.problems if p.fix), None)
        fix: Optional[Callable[[], None]] = None
        label: Optional[str] = None
        if fixable is not None and fix_with is not None:
            changes: dict
            if fixable.fix == region.FIX_REPAIR:
                label, changes = tr("Repair geometries and upload"), {"repair": True}
            elif fixable.fix == region.FIX_SIMPLIFY:
                label, changes = tr("Simplify and upload"), {"simplify_tolerance": fixable.suggestion}
            else:
                label, changes = tr("Use '{0}'").format(fixable.suggestion), {"name": fixable.suggestion}

            def apply_changes() -> None:
                fix_with(changes)

            fix = apply_changes
        self.show(str(error), Qgis.MessageLevel.Warning, label, fix)

    def report_error(self, error: BaseException) -> None:
        self.last_error = error
        if self.state.report_error(error):
            return  # the session expired: the Account dock asks the user to log in
        self.show(error_text(error, self.state.connection), Qgis.MessageLevel.Warning)


class DataQuestions:
    """The questions the Data dock asks, each a modal dialog over ``parent``."""

    def __init__(self, parent: QWidget):
        self.parent = parent

    def confirm(self, text: str) -> bool:
        return ask_yes_no(self.parent, text, default_no=True)

    def ask_text(self, title: str, label: str, default: str = "") -> Optional[str]:
        text, ok = QInputDialog.getText(self.parent, title, label, text=default)
        return text.strip() if ok and text.strip() else None

    def ask_folder(self, title: str) -> Optional[str]:
        return QFileDialog.getExistingDirectory(self.parent, title) or None

    def ask_files(self) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(
            self.parent,
            tr("Upload files"),
            "",
            tr("Geodata (*.geojson *.json *.kml *.kmz *.tif *.tiff *.csv *.shp *.zip *.gpkg);;All files (*)"),
        )
        return list(paths)

    def ask_upload_choice(self) -> Optional[UploadChoice]:
        """Which layer to upload, how, and under what name (an UploadChoice, or None when cancelled)."""
        from .upload_dialog import UploadDialog

        iface = qgis_iface()
        dialog = UploadDialog(iface.activeLayer() if iface is not None else None, self.parent)
        try:
            dialog.exec()
            return dialog.choice()
        finally:
            dialog.deleteLater()

"""Shows a data item's STAC collection and its files' STAC items, and saves them beside downloaded files.

The documents come from the data-file listing (the platform has no STAC endpoint, docs/api-contract.md §7.4); the
collection is assembled client-side by ``Data.get_stac_collection``. The dialog is modeless so it never blocks QGIS.
"""

from __future__ import annotations

import json
import os

from qgis.PyQt.QtWidgets import QDialog, QFileDialog

from ..api.errors import TransferError
from ..api.names import contained_path
from ..qgis_support.words.i18n import tr
from .ui import load_form


class StacDialog(QDialog):
    FORM = load_form(__file__)

    def __init__(self, title: str, collection: tuple, items: list, parent=None):
        """``collection`` = (document, file name); ``items`` = [(document, file name), ...]."""
        super().__init__(parent)
        self.ui = self.FORM()
        self.ui.setupUi(self)
        self.setWindowTitle(tr("STAC metadata of {0}").format(title))
        self.documents = [collection] + [item for item in items if item[0]]
        for document, file_name in self.documents:
            self.ui.combo_document.addItem(f"{document.get('type', 'STAC')}: {file_name}")
        self.ui.combo_document.currentIndexChanged.connect(self.show_document)
        self.ui.button_save.clicked.connect(self.on_save)
        self.ui.button_close.clicked.connect(self.close)
        self.show_document(0)

    def show_document(self, index: int) -> None:
        if 0 <= index < len(self.documents):
            self.ui.text_stac.setPlainText(json.dumps(self.documents[index][0], indent=2, default=str))

    @property
    def text(self) -> str:
        return self.ui.text_stac.toPlainText()

    def ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, tr("Save STAC files to"))

    def on_save(self) -> None:
        folder = self.ask_folder()
        if folder:
            self.save_to(folder)

    def save_to(self, folder: str) -> list[str]:
        """Write every document under its STAC file name (``.collection.stac``, ``.<file>.stac``).

        A folder that cannot be written (read-only, full disk) is reported in the dialog, which stays open with
        the documents: nothing is lost and the user can pick another folder."""
        written = []
        try:
            os.makedirs(folder, exist_ok=True)
            for document, file_name in self.documents:
                path = contained_path(folder, file_name, ".collection.stac")
                with open(path, "w", encoding="utf-8") as handle:
                    json.dump(document, handle, indent=2, default=str)
                written.append(path)
        except (OSError, TransferError) as exc:
            self.ui.label_saved.setText(
                tr("The STAC files could not be saved to {0}: {1}").format(
                    folder, getattr(exc, "strerror", None) or exc
                )
            )
            return written
        self.ui.label_saved.setText(tr("Saved %n file(s) to {0}", None, len(written)).format(folder))
        return written

"""The STAC dialog: saving a collection and its items, and saying so when it cannot."""

from __future__ import annotations


def test_stac_save_to_an_unwritable_folder_says_so_and_keeps_the_dialog(qgis_app, qtbot, tmp_path):
    """Saving into a folder that cannot be written raised out of the button's slot (QGIS's Python error box)."""
    from fusion_platform_qgis.gui.stac_dialog import StacDialog

    collection = ({"type": "Collection", "id": "c"}, ".collection.stac")
    item = ({"type": "Feature", "id": "i"}, ".a.tif.stac")
    dialog = StacDialog("Audit", collection, [item])
    qtbot.addWidget(dialog)
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("x")
    assert dialog.save_to(str(blocker / "stac")) == []
    assert "could not be saved" in dialog.ui.label_saved.text()
    assert '"Collection"' in dialog.text  # still shown: nothing lost
    written = dialog.save_to(str(tmp_path / "ok"))
    assert len(written) == 2 and "Saved 2 files to" in dialog.ui.label_saved.text()

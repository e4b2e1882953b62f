"""Audit: docks follow the shared state even when it changes while they are busy."""

from __future__ import annotations

WAIT = 60000  # ms; a hang guard only


def test_services_follow_an_organisation_picked_while_loading(qgis_iface, connected_state, qtbot):
    """Picking an organisation while the services of the previous one load must still list the new one's."""
    from fusion_platform_qgis.gui.services_dock import ServicesDock

    dock = ServicesDock(connected_state)
    try:
        assert dock.loading  # the first list is on its way
        again = next(connected_state.user.organisations)  # another pick (a fresh object, as the Account dock has)
        connected_state.set_organisation(again)
        qtbot.waitUntil(lambda: not dock.loading and dock.task.done, timeout=WAIT)
        assert dock.services, dock.ui.label_status.text()
        assert dock.ui.tree_services.topLevelItemCount() > 0
    finally:
        dock.shutdown()


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

"""Docks follow the shared state even when it changes while they are busy."""

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

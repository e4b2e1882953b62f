"""Organisation scale: at size L (1,000 processes x 3 executions, 2,000 data items) logging in, choosing
an organisation, the Data dock, the Services dock and the Processing provider's definitions each cost at most
ten requests, counted by the sandbox itself (``/__sandbox__/stats``), and the docks hold one page of what they
show, not the organisation's history.

One sandbox for the module, seeded once through ``POST /__sandbox__/seed`` (the records the public API lists like
any others). Nothing here measures time: the waits are hang guards.
"""

from __future__ import annotations

import pytest

from sandbox.testing import start_sandbox

from .account_helpers import (  # noqa: F401 - clean_settings_fixture is a fixture
    add_connection,
    clean_settings_fixture,
    close_dock,
    login,
    make_dock,
)

L_PROCESSES, L_EXECUTIONS, L_DATA = 1000, 3, 2000
MAX_REQUESTS = 10
TIMEOUT_MS = 120000  # a hang guard, not a timed assertion
CONNECTION = "Scale sandbox"


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    """A sandbox whose demo organisation holds size L."""
    server = start_sandbox(tmp_path_factory.mktemp("scale") / "data")
    try:
        seeded = server.admin(
            "POST", "seed", {"processes": L_PROCESSES, "executions": L_EXECUTIONS, "data": L_DATA, "prefix": "Scale L"}
        )
        assert seeded["processes"] == L_PROCESSES, seeded
        yield server
    finally:
        server.stop()


@pytest.fixture
def large_state(qgis_app, large):
    """A PluginState logged in to the L sandbox with the seeded (first) organisation selected."""
    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.qgis_support.session.plugin_state import PluginState
    from fusion_platform_qgis.qgis_support.session.settings import Connection

    user = fusion_platform.login(email=large.email, password=large.password, api_url=large.url)
    state = PluginState()
    state.set_connected(Connection(name=CONNECTION, url=large.url), user)
    state.set_organisation(next(user.organisations))
    yield state
    state.deleteLater()


def _no_tasks() -> bool:
    from qgis.core import QgsApplication

    return QgsApplication.taskManager().countActiveTasks() == 0


class Requests:
    """The sandbox's request counters from a reset on: ``total`` and the routes taken."""

    def __init__(self, server):
        self.server = server
        self.reset()

    def reset(self) -> None:
        self.server.admin("DELETE", "stats")

    def read(self) -> tuple[int, dict]:
        stats = self.server.admin("GET", "stats")
        return stats["total"], stats["requests"]


def _counted(qtbot, requests: Requests, action, idle) -> tuple[int, dict]:
    requests.reset()
    action()
    qtbot.waitUntil(lambda: idle() and _no_tasks(), timeout=TIMEOUT_MS)
    return requests.read()


def test_logging_in_and_choosing_an_organisation_at_size_l(qtbot, qgis_iface, clean_settings, large, qgis_app):
    from fusion_platform_qgis.qgis_support.session.plugin_state import PluginState

    state = PluginState()
    add_connection(CONNECTION, large.url)
    dock = make_dock(qgis_iface, state, CONNECTION)
    try:
        requests = Requests(large)
        login(qtbot, dock, large.email, large.password)
        qtbot.waitUntil(lambda: not dock.is_busy and _no_tasks(), timeout=TIMEOUT_MS)
        total, routes = requests.read()
        assert state.organisation is not None
        assert 0 < total <= MAX_REQUESTS, routes
        # The Spending box counted this month's runs over the newest page only, and says so; asked, it reads on.
        assert dock.spend.partial and not dock.spend.button_older.isHidden()
        total, routes = _counted(qtbot, requests, dock.spend.button_older.click, lambda: not dock.is_busy)
        assert 1 < routes.get("GET /organisations/{org}/processes", 0) <= 9, routes

        seeded = str(state.organisation.id)
        other = next(
            dock.ui.combo_organisation.itemData(i)
            for i in range(dock.ui.combo_organisation.count())
            if dock.ui.combo_organisation.itemData(i) != seeded
        )
        for organisation_id in (other, seeded):  # away and back to the large one
            total, routes = _counted(
                qtbot, requests, lambda oid=organisation_id: dock.select_organisation(oid), lambda: not dock.is_busy
            )
            assert str(state.organisation.id) == organisation_id
            assert total <= MAX_REQUESTS, routes
    finally:
        close_dock(dock)
        state.deleteLater()


def test_data_dock_lists_one_page_at_size_l(qtbot, qgis_iface, large, large_state):
    from fusion_platform_qgis.gui import data_dock, data_listing

    requests = Requests(large)
    requests.reset()
    dock = data_dock.DataDock(large_state)
    qtbot.addWidget(dock)
    try:
        if not dock.listing.loading:  # a dock made while connected loads by itself
            dock.refresh()
        qtbot.waitUntil(
            lambda: bool(dock.listing.items) and not dock.listing.loading and _no_tasks(), timeout=TIMEOUT_MS
        )
        total, routes = requests.read()
        assert total <= MAX_REQUESTS, routes

        total, routes = _counted(
            qtbot, requests, dock.refresh, lambda: bool(dock.listing.items) and not dock.listing.loading
        )
        assert total <= MAX_REQUESTS, routes
        assert (
            0 < len(dock.listing.items) <= data_listing.PAGE_SIZE < L_DATA
        )  # a page of what is shown, not the history
        assert dock.listing.has_more

        total, routes = _counted(qtbot, requests, dock.listing.load_more, lambda: not dock.listing.loading)
        assert total <= MAX_REQUESTS, routes
        assert len(dock.listing.items) <= 2 * data_listing.PAGE_SIZE
    finally:
        dock.shutdown()


def test_services_dock_at_size_l(qtbot, qgis_iface, large, large_state):
    from fusion_platform_qgis.gui.services_dock import ServicesDock

    requests = Requests(large)
    requests.reset()
    dock = ServicesDock(large_state)
    qtbot.addWidget(dock)
    try:
        qtbot.waitUntil(lambda: bool(dock.services) and not dock.loading and _no_tasks(), timeout=TIMEOUT_MS)
        total, routes = requests.read()
        assert total <= MAX_REQUESTS, routes

        total, routes = _counted(qtbot, requests, dock.refresh, lambda: bool(dock.services) and not dock.loading)
        assert total <= MAX_REQUESTS, routes
        assert dock.services
    finally:
        dock.shutdown()


def test_processing_definitions_refresh_at_size_l(qtbot, qgis_app, large, large_state):
    """The first load asks for each service's template once; a refresh with the same services asks only for the
    service list (the templates of unchanged service versions come from the cache)."""
    from fusion_platform_qgis.processing_provider import definitions
    from fusion_platform_qgis.processing_provider.provider import FusionPlatformProvider

    definitions.save_cached([])
    provider = FusionPlatformProvider()
    provider.attach(large_state)
    requests = Requests(large)

    def finished() -> bool:
        return provider._task is not None and provider._task.done

    try:
        organisation = large_state.organisation
        total, routes = _counted(qtbot, requests, lambda: provider._organisation_changed(organisation), finished)
        first = definitions.load_cached()
        assert first and all(d["inputs"] or d["options"] for d in first)
        assert total <= MAX_REQUESTS, routes

        total, routes = _counted(qtbot, requests, lambda: provider._organisation_changed(organisation), finished)
        assert definitions.load_cached() == first
        assert total <= 2, routes  # the service list only
    finally:
        provider.detach()
        definitions.save_cached([])

"""The Fusion Platform in QGIS's Browser panel (gui/browser.py), against the sandbox.

Items are expanded the way the Browser does it (``QgsDataItem.populate()``, which runs ``createChildren`` in a
worker thread for items without the ``Fast`` capability); a guard on ``requests.Session.request`` records every
request sent from the main thread while the tree is navigated and its items double-clicked.
"""

from __future__ import annotations

import json
import uuid

import pytest
from qgis.core import Qgis

from .outputs_helpers import WAIT, finished_process, outputs_state  # noqa: F401 - fixture "state"
from .test_no_requests_on_main_thread import guard  # noqa: F401 - fixture

pytestmark = pytest.mark.timeout(300)


def expand(qtbot, item) -> list:
    """Expand like the Browser does (background population) and return the children once populated."""
    if item.state() != Qgis.BrowserItemState.Populated:
        item.populate()
        qtbot.waitUntil(lambda: item.state() == Qgis.BrowserItemState.Populated, timeout=WAIT)
    return item.kids


def child(qtbot, item, name: str):
    children = expand(qtbot, item)
    found = [c for c in children if c.name() == name]
    assert found, f"no '{name}' under '{item.name()}': {[c.name() for c in children]}"
    return found[0]


def make_root(state, project=None):
    from fusion_platform_qgis.gui.browser import BrowserContext, FusionPlatformItemProvider

    context = BrowserContext(state, project=project)
    context.confirm = lambda text: True
    provider = FusionPlatformItemProvider(context)
    root = provider.createDataItem("", None)
    assert root is not None and root.name() == "Fusion Platform"
    return context, provider, root


def upload_geojson(organisation, tmp_path, name: str):
    import fusion_platform_qgis.api as fusion_platform

    path = tmp_path / f"{uuid.uuid4().hex[:8]}.geojson"
    path.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"name": name},
                        "geometry": {
                            "type": "Polygon",
                            "coordinates": [[[-4.3, 55.8], [-4.2, 55.8], [-4.2, 55.9], [-4.3, 55.9], [-4.3, 55.8]]],
                        },
                    }
                ],
            }
        )
    )
    return organisation.create_data(
        name=name, file_type=fusion_platform.FILE_TYPE_GEOJSON, files=[str(path)], wait=True
    )


def organisation_node(qtbot, root, state):
    connection = child(qtbot, root, state.connection.name)
    return child(qtbot, connection, str(state.organisation.name))


def test_logged_out_root_says_log_in(qgis_app, qtbot):
    from fusion_platform_qgis.gui.browser import LoginItem
    from fusion_platform_qgis.qgis_support.state import PluginState

    state = PluginState()
    _context, _provider, root = make_root(state)
    children = expand(qtbot, root)
    assert [type(c) for c in children] == [LoginItem]
    assert children[0].name() == "Log in from the Account panel"


def test_navigation_loads_everything_in_workers(qgis_iface, qgis_new_project, qtbot, state, guard, tmp_path):  # noqa: F811
    """root → connection → organisation → Data → item → files, and Processes → process → run → component →
    output; no request leaves the main thread, and the runs are newest first."""
    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.gui.browser import (
        ComponentItem,
        DataItem,
        FileItem,
        OutputItem,
        RunItem,
    )

    name = f"Browser data {uuid.uuid4().hex[:6]}"
    upload_geojson(state.organisation, tmp_path, name)
    process_name = f"Browser process {uuid.uuid4().hex[:6]}"
    process = finished_process(state.organisation, process_name, "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE)
    process.execute(wait=True)  # a second run: newest first is testable
    _context, _provider, root = make_root(state)

    with guard.watching():
        organisation = organisation_node(qtbot, root, state)
        assert sorted(c.name() for c in expand(qtbot, organisation)) == ["Data", "Processes"]
        data = child(qtbot, child(qtbot, organisation, "Data"), name)
        assert isinstance(data, DataItem)
        files = expand(qtbot, data)
        assert files and all(isinstance(f, FileItem) for f in files)

        process_item = child(qtbot, child(qtbot, organisation, "Processes"), process_name)
        runs = expand(qtbot, process_item)
        assert len(runs) == 2 and all(isinstance(r, RunItem) for r in runs)
        starts = [
            max(str(e.get("started_at")) for e in r.run["executions"]) for r in sorted(runs, key=lambda r: r.sortKey())
        ]
        assert starts == sorted(starts, reverse=True)
        assert all(r.status == "success" for r in runs)
        components = expand(qtbot, runs[0])
        assert components and all(isinstance(c, ComponentItem) for c in components)
        outputs = [o for c in components for o in expand(qtbot, c)]
        assert outputs and all(isinstance(o, OutputItem) for o in outputs)
    assert guard.violations == [], guard.report()
    assert guard.requests_in_workers > 0


def test_a_page_per_expansion_and_more(qgis_app, qtbot, state, guard, tmp_path, monkeypatch):  # noqa: F811
    from fusion_platform_qgis.api import listings as browser_pages
    from fusion_platform_qgis.gui.browser import DataItem, MoreItem

    for number in range(3):
        upload_geojson(state.organisation, tmp_path, f"Paged {number} {uuid.uuid4().hex[:6]}")
    monkeypatch.setattr(browser_pages, "PAGE_SIZE", 2)
    _context, _provider, root = make_root(state)
    organisation = organisation_node(qtbot, root, state)
    folder = child(qtbot, organisation, "Data")
    listed = []
    original = guard.record
    monkeypatch.setattr(
        guard,
        "record",
        lambda method, url: (listed.append(url) if "/data/uploaded" in url else None, original(method, url)),
    )
    with guard.watching():
        children = expand(qtbot, folder)
        assert len(listed) == 1  # the first page: one request
        assert [type(c) for c in children] == [DataItem, DataItem, MoreItem]
        first_page = {c.data_id for c in children[:2]}
        more = children[2]
        assert more.handleDoubleClick() is True
        qtbot.waitUntil(lambda: folder.more_task is None, timeout=WAIT)
    assert guard.violations == [], guard.report()
    assert len(listed) == 2
    data = [c for c in folder.kids if isinstance(c, DataItem)]
    assert len(data) == 4 and first_page < {d.data_id for d in data}
    assert isinstance(folder.kids[-1], MoreItem) or len(data) == 4


def test_double_click_adds_a_data_item_once(qgis_iface, qgis_new_project, qtbot, state, guard, tmp_path):  # noqa: F811
    from qgis.core import QgsProject

    name = f"Double-clicked {uuid.uuid4().hex[:6]}"
    upload_geojson(state.organisation, tmp_path, name)
    context, _provider, root = make_root(state)
    data = child(qtbot, child(qtbot, organisation_node(qtbot, root, state), "Data"), name)
    project = QgsProject.instance()
    before = len(project.mapLayers())
    with guard.watching():
        assert data.handleDoubleClick() is True
        qtbot.waitUntil(lambda: bool(context.loaded), timeout=WAIT)
        layers = context.loaded[-1]
        assert len(layers) == 1 and layers[0].isValid() and layers[0].featureCount() == 1
        assert len(project.mapLayers()) == before + 1
        data.handleDoubleClick()  # once: the layer is there already
        file_item = expand(qtbot, data)[0]
        file_item.handleDoubleClick()
        qtbot.waitUntil(lambda: not context.tasks, timeout=WAIT)
    assert guard.violations == [], guard.report()
    assert len(context.loaded) == 2  # the data item once, then its file on its own (different key)
    assert len(project.mapLayers()) == before + 2


def test_output_double_click_loads_the_styled_run_once(qgis_iface, qgis_new_project, qtbot, state, guard):  # noqa: F811
    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.qgis_support import layers as fp_layers

    process_name = f"Browser outputs {uuid.uuid4().hex[:6]}"
    finished_process(state.organisation, process_name, "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE)
    context, _provider, root = make_root(state)
    with guard.watching():
        process_item = child(qtbot, child(qtbot, organisation_node(qtbot, root, state), "Processes"), process_name)
        run = expand(qtbot, process_item)[0]
        output = expand(qtbot, expand(qtbot, run)[0])[0]
        assert output.handleDoubleClick() is True
        qtbot.waitUntil(lambda: bool(context.loaded), timeout=WAIT)
        loader = context.loaded[0]
        output.handleDoubleClick()
    assert guard.violations == [], guard.report()
    assert loader.layers and all(layer.isValid() for layer in loader.layers)
    execution_id = str(run.run["executions"][0]["id"])
    assert fp_layers.find_run_group(execution_id) is loader.group
    assert all(layer.customProperty("fusion_platform/execution_id") == execution_id for layer in loader.layers)
    assert len(context.loaded) == 1 and not context.tasks  # the second double-click loaded nothing


def test_an_upload_appears_without_a_manual_refresh(qgis_app, qtbot, state, tmp_path):
    from fusion_platform_qgis.gui.browser import BrowserIntegration, DataItem

    integration = BrowserIntegration(state)
    provider = integration.register()
    try:
        root = provider.createDataItem("", None)
        folder = child(qtbot, organisation_node(qtbot, root, state), "Data")
        expand(qtbot, folder)
        name = f"Appears {uuid.uuid4().hex[:6]}"
        upload_geojson(state.organisation, tmp_path, name)
        state.data_changed.emit()  # what the Data dock emits after an upload
        qtbot.waitUntil(
            lambda: (
                folder.state() == Qgis.BrowserItemState.Populated
                and any(isinstance(c, DataItem) and c.name() == name for c in folder.kids)
            ),
            timeout=WAIT,
        )
    finally:
        integration.unregister()


def test_logging_out_empties_the_tree(qgis_app, qtbot, state):
    from fusion_platform_qgis.gui.browser import BrowserIntegration, LoginItem

    integration = BrowserIntegration(state)
    provider = integration.register()
    try:
        root = provider.createDataItem("", None)
        organisation_node(qtbot, root, state)
        user, connection = state.user, state.connection
        state.set_disconnected()
        qtbot.waitUntil(
            lambda: root.state() == Qgis.BrowserItemState.Populated and [type(c) for c in root.kids] == [LoginItem],
            timeout=WAIT,
        )
        state.set_connected(connection, user)
        qtbot.waitUntil(
            lambda: (
                root.state() == Qgis.BrowserItemState.Populated and [c.name() for c in root.kids] == [connection.name]
            ),
            timeout=WAIT,
        )
    finally:
        integration.unregister()


def test_the_provider_is_registered_and_removed(qgis_app):
    from qgis.core import QgsApplication

    from fusion_platform_qgis.gui.browser import BrowserIntegration
    from fusion_platform_qgis.qgis_support.state import PluginState

    state = PluginState()
    registry = QgsApplication.dataItemProviderRegistry()
    integration = BrowserIntegration(state)
    integration.register()
    assert registry.provider("Fusion Platform") is not None
    integration.unregister()
    assert registry.provider("Fusion Platform") is None


def test_the_browser_model_shows_the_tree(qgis_app, qtbot, state, guard):  # noqa: F811
    """Through QGIS's own QgsBrowserModel (what the Browser panel shows): the root, then expanding it lists the
    connection, then the organisations; no request from the main thread."""
    from qgis.core import QgsBrowserModel
    from qgis.PyQt.QtCore import QModelIndex, Qt

    from fusion_platform_qgis.gui.browser import BrowserIntegration

    integration = BrowserIntegration(state)
    integration.register()
    model = QgsBrowserModel()
    try:
        with guard.watching():
            model.initialize()
            names = [
                model.data(model.index(row, 0, QModelIndex()), Qt.ItemDataRole.DisplayRole)
                for row in range(model.rowCount(QModelIndex()))
            ]
            assert "Fusion Platform" in names
            root = model.index(names.index("Fusion Platform"), 0, QModelIndex())

            def expanded_names(index) -> list:
                if model.canFetchMore(index):
                    model.fetchMore(index)
                qtbot.waitUntil(
                    lambda: (
                        model.rowCount(index) > 0 and model.dataItem(index).state() == Qgis.BrowserItemState.Populated
                    ),
                    timeout=WAIT,
                )
                return [
                    model.data(model.index(row, 0, index), Qt.ItemDataRole.DisplayRole)
                    for row in range(model.rowCount(index))
                ]

            assert expanded_names(root) == [state.connection.name]
            organisations = expanded_names(model.index(0, 0, root))
            assert str(state.organisation.name) in organisations
        assert guard.violations == [], guard.report()
        integration.unregister()  # the plugin unloads: its root leaves the Browser
        names = [
            model.data(model.index(row, 0, QModelIndex()), Qt.ItemDataRole.DisplayRole)
            for row in range(model.rowCount(QModelIndex()))
        ]
        assert "Fusion Platform" not in names
    finally:
        model.deleteLater()
        integration.unregister()


def test_dragging_items_onto_the_map_loads_them(qgis_iface, qgis_new_project, qtbot, state, guard, tmp_path):  # noqa: F811
    """A data item and a run's output, dragged from the Browser (their mime URIs, encoded and decoded as a drag
    does), dropped on the map: the registered drop handler loads them like a double-click."""
    from qgis.core import QgsMimeDataUtils, QgsProject

    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.gui.browser import DRAG_KEY, BrowserIntegration
    from fusion_platform_qgis.qgis_support import layers as fp_layers

    name = f"Dragged {uuid.uuid4().hex[:6]}"
    upload_geojson(state.organisation, tmp_path, name)
    process_name = f"Dragged outputs {uuid.uuid4().hex[:6]}"
    finished_process(state.organisation, process_name, "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE)
    qgis_iface.registerCustomDropHandler.reset_mock()
    integration = BrowserIntegration(state)
    provider = integration.register()
    try:
        (handler,), _ = qgis_iface.registerCustomDropHandler.call_args
        assert handler.customUriProviderKey() == DRAG_KEY
        root = provider.createDataItem("", None)
        organisation = organisation_node(qtbot, root, state)
        data = child(qtbot, child(qtbot, organisation, "Data"), name)
        run = expand(qtbot, child(qtbot, child(qtbot, organisation, "Processes"), process_name))[0]
        output = expand(qtbot, expand(qtbot, run)[0])[0]
        assert data.hasDragEnabled() and output.hasDragEnabled() and run.hasDragEnabled()
        context = integration.context
        with guard.watching():
            for item in (data, output):
                for uri in QgsMimeDataUtils.decodeUriList(QgsMimeDataUtils.encodeUriList(item.mimeUris())):
                    assert uri.providerKey == DRAG_KEY
                    handler.handleCustomUriDrop(uri)
            qtbot.waitUntil(lambda: len(context.loaded) == 2 and not context.tasks, timeout=WAIT)
        assert guard.violations == [], guard.report()
        layers = [
            layer
            for layer in QgsProject.instance().mapLayers().values()
            if layer.customProperty("fusion_platform/data_id") == data.data_id
        ]
        assert len(layers) == 1 and layers[0].isValid()
        assert fp_layers.find_run_group(str(run.run["executions"][0]["id"])) is not None
    finally:
        integration.unregister()
    assert qgis_iface.unregisterCustomDropHandler.call_args.args == (handler,)


def test_rename_and_delete_from_the_context_menu(qgis_app, qtbot, state, tmp_path):
    """Rename (the new name asked for) and delete (after a confirmation) a data item; the Data folder follows."""
    from qgis.PyQt.QtWidgets import QWidget

    from fusion_platform_qgis.gui.browser import BrowserIntegration, DataItem

    name = f"Renamed {uuid.uuid4().hex[:6]}"
    data = upload_geojson(state.organisation, tmp_path, name)
    integration = BrowserIntegration(state)
    provider = integration.register()
    context = integration.context
    try:
        folder = child(qtbot, organisation_node(qtbot, provider.createDataItem("", None), state), "Data")
        item = child(qtbot, folder, name)
        parent = QWidget()
        texts = [action.text() for action in item.actions(parent)]
        assert {"Add to map", "Download to…", "Copy id", "Show in the Data panel", "Rename…", "Delete…"} <= set(texts)
        context.ask_text = lambda title, label, default="": default + " v2"
        next(a for a in item.actions(parent) if a.text() == "Rename…").trigger()
        qtbot.waitUntil(
            lambda: (
                folder.state() == Qgis.BrowserItemState.Populated
                and any(isinstance(k, DataItem) and k.name() == name + " v2" for k in folder.kids)
            ),
            timeout=WAIT,
        )
        assert state.organisation.find_data(id=data.id)[0].name == name + " v2"

        renamed = next(k for k in folder.kids if isinstance(k, DataItem) and k.data_id == str(data.id))
        asked = []
        context.confirm = lambda text: asked.append(text) or False
        next(a for a in renamed.actions(parent) if a.text() == "Delete…").trigger()
        assert asked and not context.tasks  # refused: nothing sent
        context.confirm = lambda text: True
        next(a for a in renamed.actions(parent) if a.text() == "Delete…").trigger()
        qtbot.waitUntil(
            lambda: (
                folder.state() == Qgis.BrowserItemState.Populated
                and not any(isinstance(k, DataItem) and k.data_id == str(data.id) for k in folder.kids)
            ),
            timeout=WAIT,
        )
        assert state.organisation.find_data(id=data.id)[0] is None
    finally:
        integration.unregister()

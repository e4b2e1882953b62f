"""The Fusion Platform in QGIS's Browser panel (gui/browser/), against the sandbox.

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
    from fusion_platform_qgis.qgis_support.session.plugin_state import PluginState

    state = PluginState()
    _context, _provider, root = make_root(state)
    children = expand(qtbot, root)
    assert [type(c) for c in children] == [LoginItem]
    assert children[0].name() == "Log in from the Account panel"


def test_navigation_loads_everything_in_workers(qgis_iface, qgis_new_project, qtbot, state, guard, tmp_path):  # noqa: F811
    """root → connection → organisation → Data → item → files, and Processes → process → run → component →
    output; no request leaves the main thread, and the runs are newest first."""
    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.gui.browser import ComponentItem, DataItem, FileItem, OutputItem, RunItem

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
    from fusion_platform_qgis.qgis_support.outputs import run_layers as fp_layers

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
    from fusion_platform_qgis.qgis_support.session.plugin_state import PluginState

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
    from fusion_platform_qgis.qgis_support.outputs import run_layers as fp_layers

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
                mime = QgsMimeDataUtils.encodeUriList(item.mimeUris())  # the drag also downloads (for Processing)
                assert handler.canHandleMimeData(mime)
                assert handler.handleMimeDataV2(mime) is True  # QGIS leaves the drop to us
            qtbot.waitUntil(lambda: len(context.loaded) == 2 and not context.tasks, timeout=WAIT)
            # dragged again, now on disk: the drag carries the local file too, yet the drop adds nothing twice
            mime = QgsMimeDataUtils.encodeUriList(data.mimeUris())
            assert [u.providerKey for u in QgsMimeDataUtils.decodeUriList(mime)] == ["ogr", DRAG_KEY]
            assert handler.handleMimeDataV2(mime) is True
            qtbot.waitUntil(lambda: not context.tasks, timeout=WAIT)
        assert guard.violations == [], guard.report()
        assert len(context.loaded) == 2 and not context.dropped
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


def grouped_process(state, name: str):
    """A finished run of the sandbox's grouped service (slices + aggregator: one group of executions)."""
    import fusion_platform_qgis.api as fusion_platform

    process = finished_process(state.organisation, name, "Cloud", fusion_platform.EXAMPLE_LAKE_DISTRICT_FILE)
    executions = [
        e
        for e, _ in state.user.session.iterate(
            f"/organisations/{state.organisation.id}/processes/{process.id}/executions"
        )
    ]
    assert len(executions) > 2 and len({e["group_id"] for e in executions}) == 1 and executions[0]["group_id"]
    return process, executions


@pytest.mark.parametrize("group_count", [True, False], ids=["with-group-count", "without-group-count"])
def test_a_group_across_two_pages_is_one_node(qgis_app, qtbot, state, guard, monkeypatch, group_count):  # noqa: F811
    """Executions are paged (2 a page here): a group of more executions than a page is one run node with all of
    them — at once when the platform gives ``group_count`` (the page is completed), else once "More…" brings the
    rest (the node is replaced by the whole group)."""
    from fusion_platform_qgis.api import listings as browser_pages
    from fusion_platform_qgis.gui.browser import MoreItem, RunItem

    process_name = f"Browser group {uuid.uuid4().hex[:6]}"
    _process, executions = grouped_process(state, process_name)
    monkeypatch.setattr(browser_pages, "PAGE_SIZE", 2)
    if not group_count:  # a platform that does not say how many executions a group has
        original = browser_pages.fetch_page

        def without_count(*args, **kwargs):
            entries, cursor = original(*args, **kwargs)
            return [{k: v for k, v in e.items() if k != "group_count"} for e in entries], cursor

        monkeypatch.setattr(browser_pages, "fetch_page", without_count)
    _context, _provider, root = make_root(state)
    with guard.watching():
        process_item = child(qtbot, child(qtbot, organisation_node(qtbot, root, state), "Processes"), process_name)
        expand(qtbot, process_item)
        while any(isinstance(k, MoreItem) for k in process_item.kids):
            assert not group_count, "the page was completed: no further page is left"
            next(k for k in process_item.kids if isinstance(k, MoreItem)).handleDoubleClick()
            qtbot.waitUntil(lambda: process_item.more_task is None, timeout=WAIT)
    assert guard.violations == [], guard.report()
    runs = [k for k in process_item.kids if isinstance(k, RunItem)]
    assert len(runs) == 1, [r.name() for r in runs]
    assert sorted(str(e["id"]) for e in runs[0].run["executions"]) == sorted(str(e["id"]) for e in executions)
    assert runs[0].status == "success" and f"group of {len(executions)} execution" in runs[0].name()
    slices = expand(qtbot, runs[0])
    assert len(slices) == len(executions)


def drop_into(parameter, mime, qgis_app):
    """Drop ``mime`` on the widget QGIS's Processing dialog shows for ``parameter``; the value it then holds."""
    from qgis.core import QgsProcessingContext
    from qgis.gui import QgsGui, QgsProcessingGui
    from qgis.PyQt.QtCore import QPoint, QPointF, Qt
    from qgis.PyQt.QtGui import QDragEnterEvent, QDropEvent

    wrapper = QgsGui.processingGuiRegistry().createParameterWidgetWrapper(
        parameter, QgsProcessingGui.WidgetType.Standard
    )
    context = QgsProcessingContext()
    widget = wrapper.createWrappedWidget(context)  # ours to keep (and delete)
    events = [  # what a drag sends the widget under the mouse: entering it, then the drop
        kind(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        for kind, point in ((QDragEnterEvent, QPoint(5, 5)), (QDropEvent, QPointF(5, 5)))
    ]
    accepted = True
    for event in events:
        qgis_app.sendEvent(widget, event)
        accepted = accepted and event.isAccepted()
    value = wrapper.parameterValue()
    widget.deleteLater()
    return value, accepted


def native_algorithm(algorithm_id: str):
    from qgis.analysis import QgsNativeAlgorithms
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    if registry.providerById("native") is None:
        registry.addProvider(QgsNativeAlgorithms(registry))
    return registry.createAlgorithmById(algorithm_id)


def test_dragging_into_processing_parameters(qgis_app, qgis_iface, qgis_new_project, qtbot, state, guard, tmp_path):  # noqa: F811
    """A data file and a run's output dragged into a Processing parameter: not on disk yet, the drag carries only
    our URI (no parameter takes it) and downloads the item in a task; the next drag offers the local file first
    (ogr / gdal URI, no address), which a Processing layer parameter takes and an algorithm runs on."""
    import os

    from qgis.core import (
        QgsMimeDataUtils,
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterRasterLayer,
    )

    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.gui.browser import DRAG_KEY, FileItem, OutputItem

    name = f"Processing data {uuid.uuid4().hex[:6]}"
    upload_geojson(state.organisation, tmp_path, name)
    process_name = f"Processing outputs {uuid.uuid4().hex[:6]}"
    finished_process(state.organisation, process_name, "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE)
    context, _provider, root = make_root(state)
    organisation = organisation_node(qtbot, root, state)
    file_item = expand(qtbot, child(qtbot, child(qtbot, organisation, "Data"), name))[0]
    run = expand(qtbot, child(qtbot, child(qtbot, organisation, "Processes"), process_name))[0]
    output = expand(qtbot, expand(qtbot, run)[0])[0]
    assert isinstance(file_item, FileItem) and isinstance(output, OutputItem)

    def dragged(item):
        return QgsMimeDataUtils.encodeUriList(item.mimeUris())

    with guard.watching():
        first = [dragged(file_item), dragged(output)]
        qtbot.waitUntil(lambda: not context.tasks, timeout=WAIT)
        second = [dragged(file_item), dragged(output)]
    assert guard.violations == [], guard.report()
    for mime in first:
        assert [u.providerKey for u in QgsMimeDataUtils.decodeUriList(mime)] == [DRAG_KEY]
    vector, raster = ([(u.layerType, u.providerKey, u.uri) for u in QgsMimeDataUtils.decodeUriList(m)] for m in second)
    assert [u[:2] for u in vector] == [("vector", "ogr"), ("custom", DRAG_KEY)]
    assert raster[0][:2] == ("raster", "gdal") and raster[-1][:2] == ("custom", DRAG_KEY)
    for _kind, _key, uri in (vector[0], raster[0]):
        assert os.path.isfile(uri) and "://" not in uri and "?" not in uri  # a local file, never a signed address
    assert not any(isinstance(loaded, list) for loaded in context.loaded)  # dragging downloads, it adds no layer

    source = QgsProcessingParameterFeatureSource("INPUT", "Input")
    value, accepted = drop_into(source, second[0], qgis_app)
    assert accepted and value == vector[0][2]
    value, accepted = drop_into(QgsProcessingParameterRasterLayer("INPUT", "Input"), second[1], qgis_app)
    assert accepted and value == raster[0][2]
    value, accepted = drop_into(QgsProcessingParameterRasterLayer("INPUT", "Input"), second[0], qgis_app)
    assert not accepted and not value  # a vector file is no raster
    value, accepted = drop_into(QgsProcessingParameterRasterLayer("INPUT", "Input"), first[1], qgis_app)
    assert not accepted and not value  # not on disk yet: nothing a parameter can take

    processing_context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    results, ok = native_algorithm("native:centroids").run(
        {"INPUT": vector[0][2], "OUTPUT": "memory:"}, processing_context, feedback
    )
    assert ok and processing_context.getMapLayer(results["OUTPUT"]).featureCount() == 1
    results, ok = native_algorithm("native:rasterlayerstatistics").run(
        {"INPUT": raster[0][2], "BAND": 1}, processing_context, feedback
    )
    assert ok and results["MAX"] >= results["MIN"]

"""Outputs onto the map: layers, a layer-tree group per run, styles per service, VRT mosaics, provenance.

Runs on the main thread only (layers and the layer tree are not thread-safe); it takes the result of
:func:`.outputs.download_run` - files already on disk plus the raster facts read by GDAL in the worker - so
nothing here touches the network, and opening a layer is all the work left. Even that (GDAL opening a file,
some milliseconds a raster: a frame lost per few slices of a mosaic) is done ahead in the worker by
:func:`open_rasters`, which the download task calls; the layers made here take those opened layers. They travel with
the run, not in a module-wide cache: a run downloaded but not loaded drops them, so GDAL keeps no file open (Windows).

Styles:
* a raster with a colour table (classification services) gets a paletted renderer built from that table, with
  the class names from the file's category names or metadata as the legend;
* elevation gets a colour ramp over its value range plus a hillshade layer of the same file on top (multiply);
* vectors get the plugin's QML styles (resources/styles), CSV outputs become tables without geometry; the
  aggregator's statistics table is kept in ``RunLoader.tables`` so the dock can *offer* to open it (no window
  opens unasked).
Every layer's metadata records service, options, process, execution id and time (provenance), and a few custom
properties (``fusion_platform/...``) make the layers findable again.

A streamed file (manifest entry ``"stream": true``, see :mod:`.streaming`) becomes a ``/vsicurl/<signed URL>``
layer: the signed URL is then part of the layer's source (never of a saved project file: see streaming.py), which its
provenance metadata states, together with the URL's expiry; custom properties let the dock renew the URL.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsLayerTreeGroup,
    QgsMapLayer,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QUrl, QUrlQuery
from qgis.PyQt.QtGui import QPainter

from ...api.timestamps import parse_timestamp
from ..toolbelt.iface import qgis_iface, qgis_project, tree_root
from ..toolbelt.log import log_warning
from ..words.i18n import tr
from .layer_styles import (
    class_names,
    is_elevation,
    set_legend,
    style_classification,
    style_elevation,
    style_hillshade,
    style_vector,
)
from .provenance import record_provenance
from .streaming import expiry_note, mark_streamed, vsicurl_source

PROPERTY = "fusion_platform/"


def run_time(executions: list[dict]) -> str:
    """The run's start in local time, minute precision (used in the group name)."""
    times = [t for t in (parse_timestamp(e.get("started_at")) for e in executions) if t is not None]
    if not times:
        return ""
    return min(times).astimezone().strftime("%Y-%m-%d %H:%M")


def group_name(process_name: str, executions: list[dict]) -> str:
    when = run_time(executions)
    return f"{process_name} ({when})" if when else process_name


def output_kind(entry: dict) -> str:
    """What an output file becomes on the map: "table", "raster", "vector" or "other"."""
    name = str(entry.get("file_name") or entry.get("path") or "").lower()
    file_type = entry.get("file_type") or ""
    if file_type == "CSV" or name.endswith(".csv"):
        return "table"
    if "raster" in entry or file_type in ("GeoTIFF", "DEM", "JPEG2000") or name.endswith((".tif", ".tiff", ".vrt")):
        return "raster"
    if file_type in ("GeoJSON", "KML", "KMZ", "ESRI Shapefile") or name.endswith(
        (".geojson", ".json", ".kml", ".kmz", ".zip", ".gpkg")
    ):
        return "vector"
    return "other"


OPENED = "_opened"  # run key: {local raster path: [layers opened ahead by open_rasters]}, taken by the loader


def _rasters_of(run: dict) -> list[tuple[str, int]]:
    """``(local path, number of layers make_raster_layers makes of it)`` for a downloaded run's rasters."""
    found = [(m["path"], _layer_count(m.get("raster") or {}, m.get("name") or "")) for m in run.get("mosaics") or []]
    for manifest in run.get("manifests") or []:
        for component in manifest.get("components", []):
            for output in component.get("outputs", []):
                for entry in output.get("files", []):
                    if output_kind(entry) == "raster" and not entry.get("stream") and entry.get("path"):
                        path = str(Path(manifest["folder"]) / entry["path"])
                        found.append((path, _layer_count(entry.get("raster") or {}, component.get("name") or "")))
    return found


def _layer_count(facts: dict, service: str) -> int:
    elevation = not facts.get("colour_table") and is_elevation(service, facts) and (facts.get("bands") or 1) == 1
    return 2 if elevation else 1


def open_rasters(run: dict) -> None:
    """Worker-thread side (the download task, after :func:`.outputs.download_run`): open the run's local rasters
    as layers now, so that ``load_run`` on the main thread only styles and adds them. Each layer is moved to the
    main thread (Qt objects belong to the thread that made them)."""
    application = QCoreApplication.instance()
    main = application.thread() if application is not None else None
    opened_ahead: dict[str, list] = {}
    for path, count in _rasters_of(run):
        opened = []
        for _ in range(count):
            layer = QgsRasterLayer(path, Path(path).stem, "gdal")
            if not layer.isValid():
                break
            if main is not None:
                layer.moveToThread(main)
            opened.append(layer)
        opened_ahead[path] = opened
    run[OPENED] = opened_ahead


def _raster_layer(source: str, name: str, opened: Optional[dict] = None) -> QgsRasterLayer:
    """A layer opened ahead for ``source`` (renamed), else a newly opened one."""
    pending = (opened or {}).get(source)
    layer = pending.pop(0) if pending else None
    if layer is None or sip.isdeleted(layer) or not layer.isValid():
        return QgsRasterLayer(source, name, "gdal")
    layer.setName(name)
    return layer


def make_raster_layers(
    source: str, name: str, facts: dict, service: str, selectors: Any = None, opened: Optional[dict] = None
) -> list:
    """The raster layer(s) for one file, styled: [hillshade, elevation] for elevation, else [layer]."""
    layer = _raster_layer(source, name, opened)
    if not layer.isValid():
        log_warning(f"Could not open the raster {name}")
        return []
    set_legend(layer)  # no "Band 1 (Gray)" heading: the classes (or values) speak for themselves
    if facts.get("colour_table"):
        style_classification(layer, facts, class_names(facts, selectors, service))
        return [layer]
    if is_elevation(service, facts) and (facts.get("bands") or 1) == 1:
        style_elevation(layer, facts)
        shade = _raster_layer(source, tr("{0} hillshade").format(name), opened)
        style_hillshade(shade)
        return [shade, layer]
    if "hillshade" in service.lower() and "hillshade" in name.lower():
        style_hillshade(layer)
        layer.setBlendMode(QPainter.CompositionMode.CompositionMode_SourceOver)
    return [layer]


def table_uri(path: str) -> str:
    """A CSV's delimited-text URI, percent-encoded: the provider reads it as Latin-1 (``QUrl::fromEncoded``), so a
    path with ``ë`` written as text gave an invalid layer, one with ``Ł`` or ``田`` a table of 0 rows."""
    url, query = QUrl.fromLocalFile(path), QUrlQuery()
    query.setQueryItems([("type", "csv"), ("delimiter", ","), ("detectTypes", "yes"), ("geomType", "none")])
    url.setQuery(query)
    return url.toEncoded().data().decode("ascii")


def make_table_layer(path: str, name: str) -> QgsVectorLayer:
    return QgsVectorLayer(table_uri(path), name, "delimitedtext")


def make_vector_layer(path: str, name: str) -> QgsVectorLayer:
    source = f"/vsizip/{path}" if path.lower().endswith(".zip") else path
    layer = QgsVectorLayer(source, name, "ogr")
    if layer.isValid():
        style_vector(layer)
    return layer


class RunLoader:
    """Builds the layer-tree group of one run; ``load()`` returns the layers it added."""

    def __init__(
        self, run: dict, project: QgsProject | None = None, interactive: bool = False, open_tables: bool = False
    ):
        self.run = run
        self.project = project or qgis_project()
        # Interactive loads (from the docks) zoom QGIS's canvas and may open windows; others only build layers.
        self.iface = qgis_iface() if interactive else None
        self.open_tables = open_tables
        self.layers: list[QgsMapLayer] = []
        self.tables: list[QgsVectorLayer] = []
        self.group: QgsLayerTreeGroup | None = None

    def _add(self, layer: QgsMapLayer, group: QgsLayerTreeGroup, visible: bool = True) -> None:
        self.project.addMapLayer(layer, False)
        node = group.addLayer(layer)
        if node is not None:
            node.setItemVisibilityChecked(visible)
            if not visible:
                node.setExpanded(False)
        self.layers.append(layer)

    def _file_layers(self, manifest: dict, component: dict, entry: dict, label: str) -> list:
        path = str(Path(manifest["folder"]) / entry["path"])
        service = component.get("name") or ""
        kind = output_kind(entry)
        if entry.get("stream"):
            if kind != "raster" or not entry.get("url"):
                return []
            layers = make_raster_layers(
                vsicurl_source(entry["url"]), label, entry.get("raster") or {}, service, entry.get("selectors")
            )
            for layer in layers:
                mark_streamed(layer, entry)
            return layers
        if kind == "raster":
            return make_raster_layers(
                path, label, entry.get("raster") or {}, service, entry.get("selectors"), self.run.get(OPENED)
            )
        if kind == "table":
            layer = make_table_layer(path, label)
            if component.get("aggregator"):
                self.tables.append(layer)
            return [layer] if layer.isValid() else []
        if kind == "vector":
            layer = make_vector_layer(path, label)
            return [layer] if layer.isValid() else []
        return []

    def load(self) -> list[QgsMapLayer]:
        run = self.run
        process = run.get("process") or {}
        executions = run.get("executions") or []
        root = tree_root(self.project)
        name = group_name(process.get("name") or tr("Fusion Platform"), executions)
        # The run's group made when it started (gui/run_tree.py) is the one filled: one group per run, never two.
        group = find_pending_group(executions, self.project, str(process.get("id") or ""))
        if group is None:
            group = root.insertGroup(0, name)
        else:
            group.setName(name)
        if group is None:
            raise RuntimeError("QGIS did not add the run's group to the layer tree")
        self.group = group
        group.setCustomProperty(PROPERTY + "group_id", str(run.get("group_id") or ""))
        group.setCustomProperty(PROPERTY + "execution_ids", ",".join(str(e.get("id")) for e in executions))
        mosaics = run.get("mosaics") or []
        grouped = bool(mosaics) or len(run.get("manifests") or []) > 1
        slices_group = group.addGroup(tr("Slices")) if grouped else None
        if slices_group is not None:
            slices_group.setExpanded(False)
        first_execution = executions[0] if executions else {}
        about: dict[str, Any] = {"context": run.get("context"), "data_date": _data_date(run)}  # price, region…
        for mosaic in mosaics:
            label = tr("{0} (mosaic of %n slice(s))", None, len(mosaic["slices"])).format(mosaic["name"])
            options = next(
                (
                    c.get("options")
                    for m in run.get("manifests", [])
                    for c in m.get("components", [])
                    if c.get("name") == mosaic["name"]
                ),
                None,
            )
            raster = mosaic.get("raster") or {}
            for layer in make_raster_layers(mosaic["path"], label, raster, mosaic["name"], None, run.get(OPENED)):
                record_provenance(
                    layer,
                    service=mosaic["name"],
                    options=options or first_execution.get("options"),
                    process=process,
                    execution={**first_execution, "group_count": 1},  # the mosaic is the whole run: its whole price
                    **about,
                )
                self._add(layer, group)
        for manifest in run.get("manifests") or []:
            execution = manifest.get("execution") or {}
            for component in manifest.get("components", []):
                for output in component.get("outputs", []):
                    for entry in output.get("files", []):
                        label = Path(entry.get("file_name") or entry["path"]).stem
                        if grouped and not component.get("aggregator"):
                            label = tr("{0} slice {1}").format(label, execution.get("group_index") or "")
                        for layer in self._file_layers(manifest, component, entry, label):
                            record_provenance(
                                layer,
                                service=component.get("name") or "",
                                options=component.get("options") or execution.get("options"),
                                process=process,
                                execution=execution,
                                extra=expiry_note(entry.get("url_expires")) if entry.get("stream") else "",
                                **about,
                            )
                            into_slices = slices_group is not None and not component.get("aggregator")
                            self._add(
                                layer,
                                slices_group if slices_group is not None and into_slices else group,
                                visible=not (into_slices and mosaics),
                            )
        if self.open_tables and self.iface is not None:
            for table in self.tables:
                try:
                    self.iface.showAttributeTable(table)
                except Exception as exc:
                    log_warning(f"Could not open the attribute table: {exc}")
        run.pop(OPENED, None)  # what no layer took: closed now, not when the run is forgotten
        self.zoom()
        return self.layers

    def extent(self) -> QgsRectangle | None:
        """The union of the loaded spatial layers' extents, in the project's CRS."""
        return layers_extent(self.layers, self.project)

    def zoom(self) -> None:
        if self.iface is not None:  # interactive loads only
            zoom_to_layers(self.layers, self.project)


def _data_date(run: dict) -> Optional[str]:
    """The date the run is for (its rasters' DATA_DATE, else its start), as the layers record it."""
    from .time_series import data_date

    date = data_date(run)
    return date.isoformat() if date is not None else None


def layers_extent(layers: list, project: QgsProject) -> QgsRectangle | None:
    """The union of the spatial layers' extents, in the project's CRS (None when none has one)."""
    target = project.crs()
    result = None
    for layer in layers:
        if isinstance(layer, QgsVectorLayer) and not layer.isSpatial():
            continue
        extent = layer.extent()
        if extent.isEmpty():
            continue
        if target.isValid() and layer.crs().isValid() and layer.crs() != target:
            extent = QgsCoordinateTransform(layer.crs(), target, project).transformBoundingBox(extent)
        if result is None:
            result = QgsRectangle(extent)
        else:
            result.combineExtentWith(extent)
    return result


def zoom_to_layers(layers: list, project: QgsProject | None = None) -> None:
    """Zoom QGIS's map canvas to the layers (nothing outside a QGIS application)."""
    iface = qgis_iface()
    if iface is None:
        return
    project = project or qgis_project()
    if not project.crs().isValid():
        project.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    extent = layers_extent(layers, project)
    if extent is None:
        return
    try:
        canvas = iface.mapCanvas()
        canvas.setExtent(extent)
        canvas.refresh()
    except Exception:
        pass


def load_run(
    run: dict, project: QgsProject | None = None, interactive: bool = False, open_tables: bool = False
) -> RunLoader:
    """Create the styled layers of a downloaded run in a new layer-tree group; returns the loader.

    ``interactive`` (a user's click in a dock) also zooms QGIS's map canvas to the run. ``open_tables`` opens
    the statistics tables too; the docks leave it off and offer them instead (no window opens unasked)."""
    loader = RunLoader(run, project, interactive, open_tables)
    loader.load()
    return loader


def find_run_group(execution_id: str, project: QgsProject | None = None) -> QgsLayerTreeGroup | None:
    """The layer-tree group already holding an execution's outputs (to avoid loading twice), wherever the user
    moved it in the layer tree."""
    root = tree_root(project or qgis_project())
    for group in root.findGroups(True):
        ids = str(group.customProperty(PROPERTY + "execution_ids", "") or "").split(",")
        if str(execution_id) in ids:
            return group
    return None


def find_pending_group(
    executions: list[dict], project: QgsProject | None = None, process_id: str = ""
) -> QgsLayerTreeGroup | None:
    """The group a run got in the Layers panel when it started (its indicator's), not yet filled, or None: the one
    naming one of the run's executions, else the process's group still waiting for its first execution."""
    wanted = {str(e.get("id")) for e in executions}
    root = tree_root(project or qgis_project())
    waiting = None
    for group in root.findGroups(True):
        if group.customProperty(PROPERTY + "execution_ids", ""):
            continue
        ids = {i for i in str(group.customProperty(PROPERTY + "run_execution_ids", "") or "").split(",") if i}
        if wanted & ids:
            return group
        if not ids and process_id and group.customProperty(PROPERTY + "run_process_id", "") == process_id:
            waiting = waiting or group
    return waiting


def find_loaded_run(executions: list[dict], project: QgsProject | None = None) -> QgsLayerTreeGroup | None:
    """The group of a run (any of its executions) already on the map, or None."""
    for execution in executions:
        group = find_run_group(str(execution.get("id")), project)
        if group is not None:
            return group
    return None


def group_layers(group: QgsLayerTreeGroup) -> list[QgsMapLayer]:
    return [layer for node in group.findLayers() if (layer := node.layer()) is not None]


def show_run_group(group: QgsLayerTreeGroup, project: QgsProject | None = None) -> None:
    """Bring a run already on the map into view: select and expand its group in the Layers panel, zoom to it."""
    group.setExpanded(True)
    iface = qgis_iface()
    if iface is not None:
        try:
            view = iface.layerTreeView()
            view.setCurrentIndex(view.node2index(group))
        except Exception:
            pass
    zoom_to_layers(group_layers(group), project)

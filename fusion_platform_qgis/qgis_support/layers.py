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

import math
from pathlib import Path
from typing import Any, Optional

from qgis.core import (
    QgsBasicNumericFormat,
    QgsColorRampLegendNodeSettings,
    QgsColorRampShader,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDefaultRasterLayerLegend,
    QgsHillshadeRenderer,
    QgsLayerTreeGroup,
    QgsLayerTreeModelLegendNode,
    QgsMapLayer,
    QgsPalettedRasterRenderer,
    QgsProject,
    QgsRasterLayer,
    QgsRasterShader,
    QgsRectangle,
    QgsSimpleLegendNode,
    QgsSingleBandPseudoColorRenderer,
    QgsStyle,
    QgsVectorLayer,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, Qt, QUrl, QUrlQuery
from qgis.PyQt.QtGui import QColor, QPainter

from ..api.timestamps import parse_timestamp
from .compat import GEOMETRY_LINE, GEOMETRY_POINT, GEOMETRY_POLYGON, SHADER_INTERPOLATED
from .i18n import tr
from .iface import qgis_iface, qgis_project, tree_root
from .log import log_warning
from .provenance import record_provenance
from .resources import resource_path
from .streaming import expiry_note, mark_streamed, vsicurl_source
from .styling import legend_decimals, visible_class_colour

PROPERTY = "fusion_platform/"
# Fallback legend of the cloud classification when a file carries no class names.
CLOUD_CLASSES = {0: "Ground", 1: "Shadow", 2: "Thick Cloud", 3: "Thin Cloud"}


def run_time(executions: list[dict]) -> str:
    """The run's start in local time, minute precision (used in the group name)."""
    times = [t for t in (parse_timestamp(e.get("started_at")) for e in executions) if t is not None]
    if not times:
        return ""
    return min(times).astimezone().strftime("%Y-%m-%d %H:%M")


def group_name(process_name: str, executions: list[dict]) -> str:
    when = run_time(executions)
    return f"{process_name} ({when})" if when else process_name


def _int_keys(mapping: Any) -> dict[int, str]:
    result = {}
    for key, value in (mapping or {}).items():
        try:
            result[int(key)] = str(value)
        except (TypeError, ValueError):
            continue
    return result


def class_names(facts: dict, selectors: Any = None, service: str = "") -> dict[int, str]:
    """Class labels from the file: GDAL category names, ``CLASS_<n>``/``class_<n>`` metadata, or selectors."""
    names = _int_keys(facts.get("category_names"))
    for key, value in (facts.get("metadata") or {}).items():
        lowered = key.lower()
        for prefix in ("class_", "class", "category_"):
            if lowered.startswith(prefix) and lowered[len(prefix) :].isdigit():
                names.setdefault(int(lowered[len(prefix) :]), value)
    for selector in selectors or []:
        # Band selectors list the class names as initial values: "n=Label" pairs, or plain labels by class value.
        for position, entry in enumerate((selector or {}).get("initial_values") or []):
            if not isinstance(entry, str):
                continue
            number, _sep, label = entry.partition("=")
            if label and number.strip().isdigit():
                names.setdefault(int(number), label.strip())
            elif not label:
                names.setdefault(position, entry.strip())
    if not names and "cloud" in service.lower():
        names = dict(CLOUD_CLASSES)
    return names


def style_classification(layer: QgsRasterLayer, facts: dict, names: dict[int, str]) -> bool:
    """Paletted renderer from the file's colour table, legend labels from its class names."""
    table = facts.get("colour_table") or []
    nodata = facts.get("nodata")
    classes = []
    for entry in table:
        value, red, green, blue, alpha = (list(entry) + [255])[:5]
        if nodata is not None and int(value) == int(nodata):
            continue
        if value not in names and (red, green, blue, alpha) == (0, 0, 0, 0):
            continue
        if names and value not in names:
            continue
        # A white (or black) class would vanish on a white (or dark) canvas: toned, hue kept (styling.py).
        colour = QColor(*visible_class_colour(int(red), int(green), int(blue), int(alpha)))
        classes.append(QgsPalettedRasterRenderer.Class(float(value), colour, names.get(int(value), str(value))))
    if not classes:
        return False
    renderer = QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes)
    layer.setRenderer(renderer)
    return True


class OutputLegend(QgsDefaultRasterLayerLegend):
    """The raster's default legend without the provider's "Band 1 (Gray)" heading, or with a meaningful one."""

    def __init__(self, layer: QgsRasterLayer, title: str = ""):
        super().__init__(layer)
        provider = layer.dataProvider()
        self.band_name = provider.displayBandName(1) if provider is not None else ""
        self.title = title

    def createLayerTreeModelLegendNodes(self, node):
        nodes: list[QgsLayerTreeModelLegendNode] = []
        for legend_node in super().createLayerTreeModelLegendNodes(node):
            if (
                isinstance(legend_node, QgsSimpleLegendNode)
                and legend_node.data(Qt.ItemDataRole.DisplayRole) == self.band_name
            ):
                if self.title:
                    nodes.append(QgsSimpleLegendNode(node, self.title))
                continue
            nodes.append(legend_node)
        # The caller (the Layers panel's model, C++) owns and deletes the nodes: hand them over, or Python's
        # garbage collector frees them under it (a crash in real QGIS).
        for legend_node in nodes:
            sip.transferto(legend_node, None)  # type: ignore[arg-type]  # the stubs miss sip's None (C++ owner)
        return nodes


def set_legend(layer: QgsRasterLayer, title: str = "") -> None:
    layer.setLegend(OutputLegend(layer, title))


def elevation_units(facts: dict) -> str:
    """The unit of an elevation output's values: the file's own, else metres (the platform's elevation unit)."""
    return str(facts.get("units") or "").strip() or "m"


def style_elevation(layer: QgsRasterLayer, facts: dict) -> None:
    """A terrain colour ramp stretched over the layer's value range; a legend in rounded values with units."""
    minimum = facts.get("minimum")
    maximum = facts.get("maximum")
    provider = layer.dataProvider()
    if provider is None:  # an invalid layer: nothing to style
        return
    if minimum is None or maximum is None:
        stats = provider.bandStatistics(1)
        minimum, maximum = stats.minimumValue, stats.maximumValue
    if maximum <= minimum:
        maximum = minimum + 1
    style = QgsStyle.defaultStyle()
    ramp = style.colorRamp("Spectral") if style is not None else None
    shader_function = QgsColorRampShader(minimum, maximum)
    shader_function.setColorRampType(SHADER_INTERPOLATED)
    if ramp is not None:
        ramp.invert()  # low = green/blue, high = red: the usual hypsometric reading
        shader_function.setSourceColorRamp(ramp)
        shader_function.classifyColorRamp(9, -1, QgsRectangle(), None)
    else:
        shader_function.setColorRampItemList(
            [
                QgsColorRampShader.ColorRampItem(minimum, QColor(43, 131, 186), f"{minimum:.0f}"),
                QgsColorRampShader.ColorRampItem((minimum + maximum) / 2, QColor(255, 255, 191), ""),
                QgsColorRampShader.ColorRampItem(maximum, QColor(215, 25, 28), f"{maximum:.0f}"),
            ]
        )
    units = elevation_units(facts)
    settings = QgsColorRampLegendNodeSettings()
    number_format = QgsBasicNumericFormat()
    number_format.setNumberDecimalPlaces(legend_decimals(minimum, maximum))
    number_format.setShowTrailingZeros(False)
    settings.setNumericFormat(number_format)
    settings.setSuffix(f" {units}")
    shader_function.setLegendSettings(settings)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(shader_function)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    renderer.setClassificationMin(minimum)
    renderer.setClassificationMax(maximum)
    layer.setRenderer(renderer)
    set_legend(layer, tr("Height ({0})").format(units))


def style_hillshade(layer: QgsRasterLayer) -> None:
    """The shaded relief drawn over the coloured elevation (multiply blend), from resources/styles."""
    qml = resource_path("styles", "hillshade.qml")
    if qml.exists():
        layer.loadNamedStyle(str(qml))
    renderer = layer.renderer()
    if not isinstance(renderer, QgsHillshadeRenderer):
        renderer = QgsHillshadeRenderer(layer.dataProvider(), 1, 315.0, 45.0)
        layer.setRenderer(renderer)
    if layer.crs().isGeographic():
        # Heights in metres over cells in degrees: scale so slopes come out right (else the relief is lost).
        latitude = math.radians(layer.extent().center().y())
        renderer.setZFactor(1.0 / (111320.0 * max(0.1, math.cos(latitude))))
    layer.setBlendMode(QPainter.CompositionMode.CompositionMode_Multiply)


def style_vector(layer: QgsVectorLayer) -> None:
    kind = {GEOMETRY_POLYGON: "polygon", GEOMETRY_LINE: "line", GEOMETRY_POINT: "point"}.get(layer.geometryType())
    if kind is None:
        return
    qml = resource_path("styles", f"vector_{kind}.qml")
    if qml.exists():
        message, ok = layer.loadNamedStyle(str(qml))
        if not ok:
            log_warning(f"Style {qml.name} not applied: {message}")


def _kind(entry: dict) -> str:
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


def is_elevation(service: str, facts: dict) -> bool:
    text = (service + " " + str(facts.get("description") or "")).lower()
    return any(word in text for word in ("elevation", "dem", "terrain", "height")) and not facts.get("colour_table")


OPENED = "_opened"  # run key: {local raster path: [layers opened ahead by open_rasters]}, taken by the loader


def _rasters_of(run: dict) -> list[tuple[str, int]]:
    """``(local path, number of layers make_raster_layers makes of it)`` for a downloaded run's rasters."""
    found = [(m["path"], _layer_count(m.get("raster") or {}, m.get("name") or "")) for m in run.get("mosaics") or []]
    for manifest in run.get("manifests") or []:
        for component in manifest.get("components", []):
            for output in component.get("outputs", []):
                for entry in output.get("files", []):
                    if _kind(entry) == "raster" and not entry.get("stream") and entry.get("path"):
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
    return bytes(url.toEncoded()).decode("ascii")


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
        kind = _kind(entry)
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

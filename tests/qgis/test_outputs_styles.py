"""Output styles as a user reads them: legends without "Band 1 (Gray)" and six decimals, class colours that stand
out on white and dark canvases, previews with contrast (layers made from local files, no server needed)."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"


def legend_texts(layer):
    from qgis.core import QgsLayerTreeLayer
    from qgis.PyQt.QtCore import Qt

    node = QgsLayerTreeLayer(layer)
    nodes = layer.legend().createLayerTreeModelLegendNodes(node)
    return node, nodes, [n.data(Qt.ItemDataRole.DisplayRole) for n in nodes]


def test_elevation_legend_names_the_height_with_rounded_values(qgis_app):
    from qgis.core import QgsColorRampLegendNode, QgsNumericFormatContext

    from fusion_platform_qgis.qgis_support.outputs import run_layers as layers

    facts = {"minimum": 100.123456, "maximum": 295.654321}
    shade, elevation = layers.make_raster_layers(str(DATA / "small_dem.tif"), "elevation", facts, "Elevation")
    _node, nodes, texts = legend_texts(elevation)
    assert not any("Band 1" in str(text) for text in texts), texts
    assert "Height (m)" in texts
    ramp = next(n for n in nodes if isinstance(n, QgsColorRampLegendNode))
    settings = ramp.settings()  # keep the copy alive while its number format is used
    assert settings.numericFormat().formatDouble(100.123456, QgsNumericFormatContext()) == "100"
    assert settings.suffix() == " m"
    plain = layers.make_raster_layers(str(DATA / "small_dem.tif"), "plain", {}, "Other")[0]
    assert not any("Band 1" in str(text) for text in legend_texts(plain)[2])


def test_class_colours_are_visible_on_white_and_dark_canvases(qgis_app, tmp_path):
    import numpy as np
    from osgeo import gdal

    from fusion_platform_qgis.qgis_support.outputs import run_layers as layers
    from fusion_platform_qgis.qgis_support.outputs.downloads import raster_facts
    from fusion_platform_qgis.qgis_support.outputs.styling import contrast, luminance

    path = tmp_path / "clouds.tif"
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), 8, 8, 1, gdal.GDT_Byte)
    dataset.SetGeoTransform((-3.0, 0.01, 0, 54.5, 0, -0.01))
    band = dataset.GetRasterBand(1)
    table = gdal.ColorTable()
    for index, colour in enumerate([(46, 125, 50, 255), (70, 70, 70, 255), (255, 255, 255, 255), (180, 200, 255, 255)]):
        table.SetColorEntry(index, colour)
    band.SetColorTable(table)  # before any pixel: newer GDAL cannot change a TIFF's photometric tag once writing
    band.SetCategoryNames(["Ground", "Shadow", "Thick Cloud", "Thin Cloud"])
    band.WriteArray(np.arange(64, dtype=np.uint8).reshape(8, 8) % 4)
    dataset = None
    layer = layers.make_raster_layers(str(path), "clouds", raster_facts(str(path)), "Cloud classification")[0]
    classes = {c.label: c.color for c in layer.renderer().classes()}
    assert set(classes) == {"Ground", "Shadow", "Thick Cloud", "Thin Cloud"}
    thick = classes["Thick Cloud"]
    seen = luminance(thick.red(), thick.green(), thick.blue())
    assert contrast(seen, 1.0) >= 2.9 and contrast(seen, 0.0) >= 2.9, thick.name()
    assert classes["Ground"].name() == "#2e7d32"  # ordinary colours keep the file's choice
    assert len({c.name() for c in classes.values()}) == 4  # and the classes stay distinct


def test_a_dark_elevation_preview_is_stretched(qgis_app, tmp_path):
    import numpy as np
    from osgeo import gdal
    from qgis.PyQt.QtGui import QColor

    from fusion_platform_qgis.qgis_support.outputs.previews import thumbnail

    values = np.linspace(0, 30, 64 * 64).reshape(64, 64).astype(np.uint8)  # nearly black
    memory = gdal.GetDriverByName("MEM").Create("", 64, 64, 2, gdal.GDT_Byte)
    memory.GetRasterBand(1).WriteArray(values)
    memory.GetRasterBand(2).WriteArray(np.full((64, 64), 255, np.uint8))
    path = tmp_path / "preview.png"
    gdal.GetDriverByName("PNG").CreateCopy(str(path), memory)
    memory = None
    image = thumbnail(path)
    greys = [QColor.fromRgba(image.pixel(x, y)).value() for x in range(image.width()) for y in range(image.height())]
    assert max(greys) - min(greys) > 200, (min(greys), max(greys))


def test_the_legend_survives_the_layers_panel(qgis_app, qgis_new_project):
    """The Layers panel's model (C++) keeps the legend nodes our legend makes: they must be its to delete (a
    Python-owned node freed by the garbage collector crashed real QGIS)."""
    import gc

    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.PyQt.QtCore import Qt

    from fusion_platform_qgis.qgis_support.outputs import run_layers as layers

    facts = {"minimum": 100.0, "maximum": 295.0}
    for layer in layers.make_raster_layers(str(DATA / "small_dem.tif"), "elevation", facts, "Elevation"):
        QgsProject.instance().addMapLayer(layer)
    model = QgsLayerTreeModel(QgsProject.instance().layerTreeRoot())
    gc.collect()
    texts = []
    for node in QgsProject.instance().layerTreeRoot().findLayers():
        for legend_node in model.layerLegendNodes(node):
            texts.append(legend_node.data(Qt.ItemDataRole.DisplayRole))
    gc.collect()
    model.refreshLayerLegend(QgsProject.instance().layerTreeRoot().findLayers()[-1])
    assert "Height (m)" in texts
    del model

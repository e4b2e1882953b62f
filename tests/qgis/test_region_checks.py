"""qgis_support/data/region: layers, selections, drawn shapes and files -> clean uploads, and every check's message and fix."""

from __future__ import annotations

import json
import zipfile

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsRectangle, QgsVectorLayer

from .data_helpers import DATA, assert_bounds_close, expected_bounds, square_wkt


def memory_layer(wkts, crs="EPSG:27700", kind="Polygon", name="parcels"):
    layer = QgsVectorLayer(
        f"{kind}?crs={crs}&field=name:string" if crs else f"{kind}?field=name:string", name, "memory"
    )
    features = []
    for index, wkt in enumerate(wkts):
        feature = QgsFeature(layer.fields())
        feature.setAttribute("name", f"f{index}")
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def prepare(layer, tmp_path, **kwargs):
    from fusion_platform_qgis.qgis_support.data import region

    return region.vector_to_geojson(
        region.capture_vector(layer, kwargs.pop("selected_only", False)), str(tmp_path / "out.geojson"), **kwargs
    )


def test_selection_in_bng_becomes_wgs84_geojson(qgis_app, tmp_path):
    wkts = [square_wkt(255000 + 2000 * i, 662000) for i in range(5)]
    layer = memory_layer(wkts)
    ids = [f.id() for f in layer.getFeatures()]
    layer.selectByIds(ids[1:4])
    prepared = prepare(layer, tmp_path, selected_only=True)
    document = json.loads((tmp_path / "out.geojson").read_text())
    assert prepared.file_type == "GeoJSON" and prepared.features == 3
    assert len(document["features"]) == 3
    assert "crs" not in document  # RFC 7946: EPSG:4326 implied
    assert_bounds_close(prepared.bounds, expected_bounds(wkts[1:4], 27700))


def test_empty_layer_and_empty_selection_are_refused(qgis_app, tmp_path):
    from fusion_platform_qgis.qgis_support.data import region

    with pytest.raises(region.RegionError) as caught:
        prepare(memory_layer([]), tmp_path)
    assert caught.value.codes == [region.EMPTY]
    layer = memory_layer([square_wkt(0, 0)])
    with pytest.raises(region.RegionError) as caught:
        region.capture_vector(layer, selected_only=True)
    assert caught.value.codes == [region.EMPTY]
    assert "No features are selected" in str(caught.value)


def test_points_are_not_a_region(qgis_app, tmp_path):
    from fusion_platform_qgis.qgis_support.data import region

    with pytest.raises(region.RegionError) as caught:
        prepare(memory_layer(["POINT(255000 662000)"], kind="Point"), tmp_path)
    assert caught.value.codes == [region.NO_POLYGONS]
    assert "polygons" in str(caught.value)


def test_invalid_geometry_is_listed_then_repaired(qgis_app, tmp_path):
    from fusion_platform_qgis.qgis_support.data import region

    bowtie = "POLYGON((255000 662000,256000 663000,256000 662000,255000 663000,255000 662000))"
    layer = memory_layer([square_wkt(257000, 662000), bowtie])
    bad_id = [f.id() for f in layer.getFeatures()][1]
    with pytest.raises(region.RegionError) as caught:
        prepare(layer, tmp_path)
    problem = caught.value.problem(region.INVALID_GEOMETRY)
    assert problem is not None and problem.fix == region.FIX_REPAIR and problem.feature_ids == [bad_id]
    assert str(bad_id) in problem.message
    prepared = prepare(layer, tmp_path, repair=True)
    assert prepared.repaired_ids == [bad_id] and prepared.features == 2
    for feature in json.loads((tmp_path / "out.geojson").read_text())["features"]:
        assert feature["geometry"]["type"] in ("Polygon", "MultiPolygon")


def test_unrepairable_geometry_is_refused_with_ids(qgis_app, tmp_path):
    from fusion_platform_qgis.qgis_support.data import region

    # A ring that collapses to a line: makeValid keeps no polygon.
    flat = "POLYGON((255000 662000,256000 662000,257000 662000,255000 662000))"
    layer = memory_layer([flat])
    with pytest.raises(region.RegionError) as caught:
        prepare(layer, tmp_path, repair=True)
    assert caught.value.codes == [region.UNREPAIRABLE]


def test_layer_without_crs_is_refused(qgis_app, tmp_path):
    from fusion_platform_qgis.qgis_support.data import region

    layer = memory_layer([square_wkt(0, 0)], crs=None)
    layer.setCrs(QgsCoordinateReferenceSystem())
    with pytest.raises(region.RegionError) as caught:
        prepare(layer, tmp_path)
    assert caught.value.codes == [region.UNKNOWN_CRS]
    assert "Layer Properties" in str(caught.value)


def test_very_large_region_offers_simplification(qgis_app, tmp_path):
    from fusion_platform_qgis.qgis_support.data import region

    circle = QgsGeometry.fromPointXY(__import__("qgis.core", fromlist=["QgsPointXY"]).QgsPointXY(260000, 665000))
    circle = circle.buffer(5000, 2000)  # ~8000 vertices
    layer = memory_layer([circle.asWkt()])
    with pytest.raises(region.RegionError) as caught:
        prepare(layer, tmp_path, max_bytes=20000)
    problem = caught.value.problem(region.TOO_LARGE)
    assert problem.fix == region.FIX_SIMPLIFY and problem.size > 20000 and problem.suggestion > 0
    prepared = prepare(layer, tmp_path, max_bytes=20000, simplify_tolerance=problem.suggestion * 20)
    assert prepared.size < problem.size


def test_non_ascii_name_gets_an_ascii_suggestion(qgis_app):
    from fusion_platform_qgis.qgis_support.data import region

    problems = region.check_name("Zürich Süd")
    assert [p.code for p in problems] == [region.NON_ASCII_NAME]
    assert problems[0].suggestion == "Zurich Sud" and problems[0].fix == region.FIX_ASCII_NAME
    assert region.check_name("Glasgow") == []


def test_drawn_rectangle_and_extent(qgis_app, tmp_path):
    from fusion_platform_qgis.qgis_support.data import region

    crs = QgsCoordinateReferenceSystem("EPSG:27700")
    rect = QgsRectangle(255000, 662000, 260000, 666000)
    prepared = region.geometry_to_geojson(QgsGeometry.fromRect(rect), crs, str(tmp_path / "r.geojson"), "Box")
    assert_bounds_close(prepared.bounds, expected_bounds([rect.asWktPolygon()], 27700))
    with pytest.raises(region.RegionError) as caught:
        region.geometry_to_geojson(QgsGeometry.fromWkt("LINESTRING(0 0, 1 1)"), crs, str(tmp_path / "x"), "x")
    assert caught.value.codes == [region.NO_POLYGONS]


def test_shapefile_sidecars_are_zipped(qgis_app, tmp_path):
    from fusion_platform_qgis.qgis_support.data import region

    prepared = region.prepare_file(str(DATA / "bng_squares.shp"))
    try:
        assert prepared.file_type == "ESRI Shapefile"
        with zipfile.ZipFile(prepared.paths[0]) as archive:
            names = set(archive.namelist())
        assert {"bng_squares.shp", "bng_squares.shx", "bng_squares.dbf", "bng_squares.prj"} <= names
    finally:
        prepared.cleanup()
    # Without the .prj the CRS is unknown; without the .shx the file is unusable.
    for ext in (".shp", ".shx", ".dbf"):
        (tmp_path / f"lonely{ext}").write_bytes((DATA / f"bng_squares{ext}").read_bytes())
    with pytest.raises(region.RegionError) as caught:
        region.prepare_file(str(tmp_path / "lonely.shp"))
    assert caught.value.codes == [region.UNKNOWN_CRS]
    (tmp_path / "lonely.shx").unlink()
    with pytest.raises(region.RegionError) as caught:
        region.prepare_file(str(tmp_path / "lonely.shp"))
    assert caught.value.codes == [region.MISSING_SIDECAR] and ".shx" in str(caught.value)


def test_files_on_disk(qgis_app, tmp_path):
    from fusion_platform_qgis.qgis_support.data import region

    assert region.prepare_file(str(DATA / "edinburgh.kmz")).file_type == "KMZ"
    assert region.prepare_file(str(DATA / "small_dem.tif")).file_type == "GeoTIFF"
    gpkg = region.prepare_file(str(DATA / "bng_squares.gpkg"))
    try:
        assert gpkg.file_type == "GeoJSON"
        assert len(json.loads(open(gpkg.paths[0]).read())["features"]) == 5
    finally:
        gpkg.cleanup()
    csv = tmp_path / "points.csv"
    csv.write_text("name,lon,lat\na,-4.2,55.8\n")
    assert region.prepare_file(str(csv)).file_type == "CSV"
    empty = tmp_path / "empty.geojson"
    empty.write_text('{"type":"FeatureCollection","features":[]}')
    with pytest.raises(region.RegionError) as caught:
        region.prepare_file(str(empty))
    assert caught.value.codes == [region.EMPTY]
    (tmp_path / "notes.docx").write_bytes(b"x")
    with pytest.raises(region.RegionError) as caught:
        region.prepare_file(str(tmp_path / "notes.docx"))
    assert caught.value.codes == [region.UNSUPPORTED]

"""sandbox.geo: analysis of every supported upload format, hostile inputs, previews, STAC and region helpers.

Fixtures are generated in tmp_path with GDAL/OGR so the expected values are known exactly.
"""

from __future__ import annotations

import json
import math
import zipfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from osgeo import gdal, ogr, osr

from sandbox import analysis, geo, previews

gdal.UseExceptions()


def _srs(epsg: int) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _square(west: float, south: float, size: float) -> dict:
    return {
        "type": "Polygon",
        "coordinates": [
            [[west, south], [west + size, south], [west + size, south + size], [west, south + size], [west, south]]
        ],
    }


def _feature_collection(*geometries: dict, properties: dict | None = None) -> dict:
    return {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": properties or {"name": f"f{i}"}, "geometry": g}
            for i, g in enumerate(geometries)
        ],
    }


def _write_json(path: Path, document: dict) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _sphere_area_km2(west: float, south: float, east: float, north: float) -> float:
    radius = 6371.0072
    return radius**2 * math.radians(east - west) * (math.sin(math.radians(north)) - math.sin(math.radians(south)))


def _vector_file(
    path: Path, driver: str, srs: osr.SpatialReference | None, wkts: list[str], fields: dict[str, int] | None = None
) -> Path:
    dataset = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    layer = dataset.CreateLayer(
        "layer",
        srs=srs,
        geom_type=ogr.wkbUnknown
        if driver != "ESRI Shapefile"
        else ogr.CreateGeometryFromWkt(wkts[0]).GetGeometryType(),
    )
    for name, kind in (fields or {"name": ogr.OFTString}).items():
        layer.CreateField(ogr.FieldDefn(name, kind))
    for index, wkt in enumerate(wkts):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField(
            0, f"feature {index}" if layer.GetLayerDefn().GetFieldDefn(0).GetType() == ogr.OFTString else index
        )
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    layer = dataset = None
    return path


def _zip(path: Path, members: dict[str, bytes | Path]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content.read_bytes() if isinstance(content, Path) else content)
    return path


def _geotiff(
    path: Path,
    data: np.ndarray,
    epsg: int = 32630,
    origin=(400000.0, 6200000.0),
    pixel=30.0,
    nodata: float | None = None,
    driver: str = "GTiff",
) -> Path:
    gdal_type = {
        np.dtype("uint8"): gdal.GDT_Byte,
        np.dtype("float32"): gdal.GDT_Float32,
        np.dtype("int16"): gdal.GDT_Int16,
    }[data.dtype]
    bands = 1 if data.ndim == 2 else data.shape[0]
    memory = gdal.GetDriverByName("MEM").Create("", data.shape[-1], data.shape[-2], bands, gdal_type)
    memory.SetGeoTransform((origin[0], pixel, 0, origin[1], 0, -pixel))
    memory.SetSpatialRef(_srs(epsg))
    for index in range(bands):
        band = memory.GetRasterBand(index + 1)
        if nodata is not None:
            band.SetNoDataValue(nodata)
        band.WriteArray(data if data.ndim == 2 else data[index])
    gdal.GetDriverByName(driver).CreateCopy(str(path), memory)
    return path


# ---------------------------------------------------------------------------------------------------------------------
# GeoJSON


def test_geojson_polygon_area_bounds_crs_and_inline_content(tmp_path):
    path = _write_json(tmp_path / "square.geojson", _feature_collection(_square(-4.0, 55.0, 0.1)))
    result = analysis.analyse_file(path, "GeoJSON")
    assert result["size"] == path.stat().st_size
    assert result["publishable"] is True
    assert result["crs"] == "EPSG:4326"
    assert result["bounds"] == pytest.approx([-4.0, 55.0, -3.9, 55.1])
    assert result["polygons"] == 1 and result["points"] == 0 and result["lines"] == 0
    expected = _sphere_area_km2(-4.0, 55.0, -3.9, 55.1) * 1e6
    assert result["area"] == pytest.approx(expected, rel=0.005)
    assert json.loads(result["geojson"])["type"] == "FeatureCollection"
    assert result["selectors"] == [{"selector": "name", "category": "Polygon", "data_type": "string"}]


def test_geojson_lines_and_points(tmp_path):
    line = {"type": "LineString", "coordinates": [[0.0, 0.0], [0.0, 1.0]]}
    points = [{"type": "Point", "coordinates": [1.0, 1.0]}, {"type": "Point", "coordinates": [2.0, 2.0]}]
    path = _write_json(tmp_path / "mixed.json", _feature_collection(line, *points))
    result = analysis.analyse_file(path, "GeoJSON")
    assert (result["points"], result["lines"], result["polygons"]) == (2, 1, 0)
    assert result["length"] == pytest.approx(111195, rel=0.01)
    assert "area" not in result
    assert result["bounds"] == pytest.approx([0.0, 0.0, 2.0, 2.0])


def test_large_geojson_is_not_inlined(tmp_path):
    features = [_square(i * 0.001, 0.0, 0.0005) for i in range(800)]
    path = _write_json(tmp_path / "big.geojson", _feature_collection(*features))
    assert path.stat().st_size > analysis.GEOJSON_INLINE_LIMIT
    result = analysis.analyse_file(path, "GeoJSON")
    assert "geojson" not in result
    assert result["polygons"] == 800


def test_projected_geojson_bounds_are_lon_lat(tmp_path):
    document = _feature_collection(
        {"type": "Polygon", "coordinates": [[[300000, 480000], [360000, 480000], [360000, 540000], [300000, 480000]]]}
    )
    document["crs"] = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::27700"}}
    result = analysis.analyse_file(_write_json(tmp_path / "bng.geojson", document), "GeoJSON")
    assert result["crs"] == "EPSG:27700"
    west, south, east, north = result["bounds"]
    assert -3.6 < west < east < -2.5 and 54.1 < south < north < 54.8


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"{not json", "not valid JSON"),
        (b'{"hello": "world"}', "not GeoJSON"),
        (b'{"type": "FeatureCollection", "features": []}', "no features"),
        (b"", "empty"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[" * 100000 + b"]" * 100000, "GeoJSON"),
    ],
)
def test_broken_geojson_raises_readable_reason(tmp_path, content, reason):
    path = tmp_path / "broken.geojson"
    path.write_bytes(content)
    with pytest.raises(geo.AnalysisError) as error:
        analysis.analyse_file(path, "GeoJSON")
    assert reason in str(error.value)


def test_geojson_with_out_of_range_coordinates_fails_or_reports_finite_bounds(tmp_path):
    path = _write_json(tmp_path / "odd.geojson", _feature_collection({"type": "Point", "coordinates": [1e308, -1e308]}))
    try:
        result = analysis.analyse_file(path, "GeoJSON")
    except geo.AnalysisError:
        return
    assert all(math.isfinite(v) for v in result["bounds"])


# ---------------------------------------------------------------------------------------------------------------------
# Shapefile, KML, KMZ, CSV, GeoPackage


def _shapefile_members(tmp_path: Path, epsg: int = 27700, with_prj: bool = True) -> dict[str, Path]:
    folder = tmp_path / "shp"
    folder.mkdir()
    _vector_file(
        folder / "parcels.shp",
        "ESRI Shapefile",
        _srs(epsg),
        [
            "POLYGON ((330000 500000,331000 500000,331000 501000,330000 501000,330000 500000))",
            "POLYGON ((332000 500000,333000 500000,333000 501000,332000 501000,332000 500000))",
        ],
        {"id": ogr.OFTInteger},
    )
    members = {f"parcels{suffix}": folder / f"parcels{suffix}" for suffix in (".shp", ".shx", ".dbf", ".prj")}
    if not with_prj:
        members.pop("parcels.prj")
    return members


def test_zipped_shapefile(tmp_path):
    path = _zip(tmp_path / "parcels.zip", _shapefile_members(tmp_path))
    result = analysis.analyse_file(path, "ESRI Shapefile")
    assert result["crs"] == "EPSG:27700"
    assert result["polygons"] == 2
    assert result["area"] == pytest.approx(2e6, rel=0.01)  # two 1 km squares (BNG scale error < 0.1 %)
    assert result["selectors"][0]["selector"] == "id" and result["selectors"][0]["data_type"] == "numeric"
    west, south, east, north = result["bounds"]
    assert -3.1 < west < east < -2.95 and 54.35 < south < north < 54.45


def test_zip_without_shp_is_refused(tmp_path):
    path = _zip(tmp_path / "nothing.zip", {"readme.txt": b"no shapefile here"})
    with pytest.raises(geo.AnalysisError, match="does not contain a shapefile"):
        analysis.analyse_file(path, "ESRI Shapefile")


def test_shapefile_without_prj_is_refused(tmp_path):
    path = _zip(tmp_path / "noprj.zip", _shapefile_members(tmp_path, with_prj=False))
    with pytest.raises(geo.AnalysisError, match=r"\.prj"):
        analysis.analyse_file(path, "ESRI Shapefile")


def test_zip_with_path_traversal_is_refused(tmp_path):
    path = _zip(tmp_path / "evil.zip", {"../../evil.shp": b"x", "../../evil.shx": b"x"})
    with pytest.raises(geo.AnalysisError, match="unsafe path"):
        analysis.analyse_file(path, "ESRI Shapefile")


def test_not_a_zip_is_refused(tmp_path):
    path = tmp_path / "fake.zip"
    path.write_bytes(b"PK\x03\x04 this is not really a zip")
    with pytest.raises(geo.AnalysisError, match="zip"):
        analysis.analyse_file(path, "ESRI Shapefile")


def test_kml_and_kmz(tmp_path):
    kml = _vector_file(
        tmp_path / "places.kml", "KML", _srs(4326), ["POINT (-3.1 54.5)", "LINESTRING (-3.0 54.4,-3.0 54.5)"]
    )
    result = analysis.analyse_file(kml, "KML")
    assert result["points"] == 1 and result["lines"] == 1
    assert result["crs"] == "EPSG:4326"
    assert result["bounds"] == pytest.approx([-3.1, 54.4, -3.0, 54.5])
    kmz = _zip(tmp_path / "places.kmz", {"doc.kml": kml})
    assert analysis.analyse_file(kmz, "KMZ")["bounds"] == pytest.approx(result["bounds"])
    with pytest.raises(geo.AnalysisError, match="KML"):
        analysis.analyse_file(_zip(tmp_path / "empty.kmz", {"a.txt": b"x"}), "KMZ")


def test_csv_with_lon_lat_columns(tmp_path):
    path = tmp_path / "stations.csv"
    path.write_text("name,lon,lat,height\nA,-3.1,54.5,10\nB,-3.0,54.6,20\n", encoding="utf-8")
    result = analysis.analyse_file(path, "CSV")
    assert result["points"] == 2
    assert result["bounds"] == pytest.approx([-3.1, 54.5, -3.0, 54.6])
    assert {s["selector"] for s in result["selectors"]} >= {"name", "height"}


def test_csv_with_wkt_column_and_without_geometry(tmp_path):
    wkt = tmp_path / "shapes.csv"
    wkt.write_text('id,WKT\n1,"POLYGON ((0 0,1 0,1 1,0 1,0 0))"\n', encoding="utf-8")
    result = analysis.analyse_file(wkt, "CSV")
    assert result["polygons"] == 1 and result["bounds"] == pytest.approx([0, 0, 1, 1])
    table = tmp_path / "table.csv"
    table.write_text("a,b\n1,x\n2,y\n", encoding="utf-8")
    result = analysis.analyse_file(table, "CSV")
    assert "bounds" not in result and result["size"] == table.stat().st_size
    assert [s["selector"] for s in result["selectors"]] == ["a", "b"]


def test_csv_binary_and_empty_are_refused(tmp_path):
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"a,b\n\x00\x01\x02")
    with pytest.raises(geo.AnalysisError, match="binary"):
        analysis.analyse_file(binary, "CSV")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(geo.AnalysisError, match="empty"):
        analysis.analyse_file(empty, "CSV")


def test_geopackage_as_other_and_as_geopackage(tmp_path):
    path = _vector_file(tmp_path / "layers.bin", "GPKG", _srs(4326), ["POINT (10 50)", "POINT (11 51)"])
    for file_type in ("Other", "GeoPackage"):
        result = analysis.analyse_file(path, file_type)
        assert result["points"] == 2
        assert result["bounds"] == pytest.approx([10, 50, 11, 51])
    assert geo.guess_file_type(path) == "GeoPackage"


@pytest.mark.parametrize(
    "file_type, content",
    [
        ("PNG", b"\x89PNG\r\n\x1a\nrest"),
        ("PDF", b"%PDF-1.4 ..."),
        ("JPEG", b"\xff\xd8\xff\xe0"),
        ("ZIP", b"PK\x03\x04"),
        ("GZIP", b"\x1f\x8b\x08"),
        ("Other", b"anything at all"),
    ],
)
def test_plain_files_only_get_size(tmp_path, file_type, content):
    path = tmp_path / "file"
    path.write_bytes(content)
    assert analysis.analyse_file(path, file_type) == {"size": len(content), "publishable": True, "title": "file"}


# ---------------------------------------------------------------------------------------------------------------------
# Rasters


def test_geotiff_statistics_resolution_crs_and_bounds(tmp_path):
    data = np.arange(100 * 80, dtype=np.float32).reshape(80, 100)
    data[0, 0] = -9999
    path = _geotiff(tmp_path / "dem.tif", data, nodata=-9999)
    result = analysis.analyse_file(path, "GeoTIFF")
    assert result["crs"] == "EPSG:32630"
    assert result["resolution"] == 30
    west, south, east, north = result["bounds"]
    assert west < east and south < north and -5 < west < -3 and 55 < south < 57
    selector = result["selectors"][0]
    assert selector["selector"] == "1" and selector["category"] == "Other" and selector["data_type"] == "Float32"
    assert selector["minimum"] == 1 and selector["maximum"] == 7999
    assert selector["mean"] == pytest.approx(data[data != -9999].mean())
    assert len(selector["histogram"]) == 10 and sum(selector["histogram"]) == data.size - 1
    assert result["area"] == pytest.approx(3000 * 2400, rel=0.01)


def test_rgb_geotiff_has_three_selectors_and_dem_jp2_types(tmp_path):
    data = np.random.default_rng(1).integers(0, 255, (3, 20, 30)).astype(np.uint8)
    result = analysis.analyse_file(_geotiff(tmp_path / "rgb.tif", data), "GeoTIFF")
    assert [s["selector"] for s in result["selectors"]] == ["1", "2", "3"]
    assert analysis.analyse_file(_geotiff(tmp_path / "x.dem", data[0]), "DEM")["resolution"] == 30
    jp2 = _geotiff(tmp_path / "x.jp2", data[0], driver="JP2OpenJPEG")
    assert analysis.analyse_file(jp2, "JPEG2000")["crs"] == "EPSG:32630"
    assert geo.guess_file_type(jp2) == "JPEG2000"


def test_geographic_raster_resolution_in_metres(tmp_path):
    path = _geotiff(tmp_path / "geo.tif", np.ones((10, 10), np.uint8), epsg=4326, origin=(-4.0, 56.0), pixel=0.001)
    assert 80 <= analysis.analyse_file(path, "GeoTIFF")["resolution"] <= 100


def test_corrupt_geotiff_is_refused(tmp_path):
    good = _geotiff(tmp_path / "good.tif", np.ones((50, 50), np.float32))
    corrupt = tmp_path / "corrupt.tif"
    corrupt.write_bytes(good.read_bytes()[:200])
    with pytest.raises(geo.AnalysisError):
        analysis.analyse_file(corrupt, "GeoTIFF")
    garbage = tmp_path / "garbage.tif"
    garbage.write_bytes(b"II*\x00" + b"\xff" * 500)
    with pytest.raises(geo.AnalysisError, match="GeoTIFF"):
        analysis.analyse_file(garbage, "GeoTIFF")


def test_tiff_without_georeferencing_is_refused(tmp_path):
    path = tmp_path / "plain.tif"
    gdal.GetDriverByName("GTiff").Create(str(path), 10, 10, 1, gdal.GDT_Byte).FlushCache()
    with pytest.raises(geo.AnalysisError, match="not georeferenced"):
        analysis.analyse_file(path, "GeoTIFF")


def test_vrt_disguised_as_geotiff_is_not_followed(tmp_path):
    secret = _geotiff(tmp_path / "secret.tif", np.full((5, 5), 42, np.uint8))
    vrt = tmp_path / "upload.tif"
    gdal.BuildVRT(str(tmp_path / "real.vrt"), [str(secret)]).FlushCache()
    vrt.write_bytes((tmp_path / "real.vrt").read_bytes())
    with pytest.raises(geo.AnalysisError):
        analysis.analyse_file(vrt, "GeoTIFF")


def test_classified_raster_histogram_spans_categories(tmp_path):
    data = np.array([[0, 1], [2, 3]], dtype=np.uint8)
    path = _geotiff(tmp_path / "classes.tif", data, nodata=255)
    dataset = gdal.Open(str(path), gdal.GA_Update)
    dataset.GetRasterBand(1).SetCategoryNames(["Ground", "Shadow", "Thick Cloud", "Thin Cloud"])
    dataset = None
    selector = analysis.analyse_file(path, "GeoTIFF")["selectors"][0]
    assert selector["histogram"] == [1, 0, 0, 1, 0, 0, 1, 0, 0, 1]
    assert selector["initial_values"] == ["Ground", "Shadow", "Thick Cloud", "Thin Cloud"]


_HOSTILE_TYPES = ["GeoJSON", "GeoTIFF", "ESRI Shapefile", "KML", "KMZ", "CSV", "GeoPackage", "JPEG2000", "DEM"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=2048), file_type=st.sampled_from(_HOSTILE_TYPES))
def test_hostile_bytes_never_crash(tmp_path, content, file_type):
    path = tmp_path / "hostile"
    path.write_bytes(content)
    try:
        result = analysis.analyse_file(path, file_type)
    except geo.AnalysisError as error:
        assert str(error)
    else:
        assert result["size"] == len(content)
    out = tmp_path / "hostile.png"
    out.unlink(missing_ok=True)  # hypothesis reuses tmp_path between examples
    assert_preview_is_a_png_or_nothing(previews.make_preview(path, file_type, out), out)


@pytest.mark.parametrize("prefix", [b"II*\x00", b"{", b"PK\x03\x04", b"SQLite format 3\x00", b"<kml"])
def test_hostile_headers_with_garbage(tmp_path, prefix):
    path = tmp_path / "hostile"
    path.write_bytes(prefix + bytes(range(256)) * 8)
    for file_type in _HOSTILE_TYPES:
        # A real header followed by garbage is no file of any type: refused with a reason, and no preview.
        with pytest.raises(geo.AnalysisError) as refused:
            analysis.analyse_file(path, file_type)
        assert str(refused.value).strip(), file_type
        out = tmp_path / f"{file_type}.png"
        assert previews.make_preview(path, file_type, out) is False, file_type
        assert not out.exists(), file_type


def assert_preview_is_a_png_or_nothing(made, out):
    """``make_preview`` answers True with a readable PNG written, or False with nothing left behind."""
    assert made is True or made is False
    if made:
        png = gdal.Open(str(out))
        assert png is not None and png.GetDriver().ShortName == "PNG"
    else:
        assert not out.exists()


# ---------------------------------------------------------------------------------------------------------------------
# Previews, STAC, regions


def test_raster_and_vector_previews(tmp_path):
    raster = _geotiff(tmp_path / "dem.tif", np.arange(400 * 200, dtype=np.float32).reshape(200, 400))
    assert previews.make_preview(raster, "GeoTIFF", tmp_path / "r.png", size=128)
    png = gdal.Open(str(tmp_path / "r.png"))
    assert png.GetDriver().ShortName == "PNG" and (png.RasterXSize, png.RasterYSize) == (128, 64)
    vector = _write_json(tmp_path / "v.geojson", _feature_collection(_square(0, 0, 1)))
    assert previews.make_preview(vector, "GeoJSON", tmp_path / "v.png")
    image = gdal.Open(str(tmp_path / "v.png"))
    alpha = image.GetRasterBand(4).ReadAsArray()
    assert alpha.max() == 255 and alpha.min() == 0  # filled square on a transparent margin


def test_preview_not_possible(tmp_path):
    table = tmp_path / "t.csv"
    table.write_text("a,b\n1,2\n", encoding="utf-8")
    assert previews.make_preview(table, "CSV", tmp_path / "t.png") is False
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    assert previews.make_preview(pdf, "PDF", tmp_path / "x.png") is False
    assert not (tmp_path / "x.png").exists()


def test_stac_item():
    record = {
        "file_id": "7f8d8e8c-1111-4c3b-9f5e-000000000001",
        "file_name": "dem.tif",
        "file_type": "GeoTIFF",
        "bounds": [-4.5, 55.7, -4.0, 56.0],
        "created_at": "2026-11-26T19:33:31+00:00",
        "size": 123,
        "crs": "EPSG:32630",
    }
    item = previews.stac_item(record, "Glasgow")
    assert item["type"] == "Feature" and item["stac_version"] == "1.0.0"
    assert item["id"] == record["file_id"] and item["bbox"] == record["bounds"]
    assert item["geometry"]["type"] == "Polygon" and item["geometry"]["coordinates"][0][0] == [-4.5, 55.7]
    assert item["properties"]["datetime"] == record["created_at"]
    assert item["assets"]["data"]["href"] == "dem.tif" and item["properties"]["proj:epsg"] == 32630
    json.dumps(item)
    assert previews.stac_item_file_name("adelaide.zip") == ".adelaide.zip.stac"
    assert previews.stac_item({"file_id": "x", "created_at": "2026-01-01T00:00:00+00:00"}, "n")["geometry"] is None


def test_region_helpers(tmp_path):
    path = _write_json(
        tmp_path / "r.geojson",
        _feature_collection(_square(0, 0, 0.1), _square(0.05, 0, 0.1), {"type": "Point", "coordinates": [5, 5]}),
    )
    region = geo.read_region(path, "GeoJSON")
    assert ogr.GT_Flatten(region.GetGeometryType()) == ogr.wkbMultiPolygon
    assert geo.region_bounds(path) == pytest.approx([0, 0, 0.15, 0.1])
    assert analysis.region_area_km2(path) == pytest.approx(_sphere_area_km2(0, 0, 0.15, 0.1), rel=0.005)
    points = _write_json(tmp_path / "p.geojson", _feature_collection({"type": "Point", "coordinates": [1, 1]}))
    with pytest.raises(geo.AnalysisError, match="no polygons"):
        geo.read_region(points)


def test_guess_file_type(tmp_path):
    cases = {"a.json": b'{"type": "FeatureCollection"}', "b": b"II*\x00....", "c": b"%PDF", "d.csv": b"a,b\n"}
    for name, content in cases.items():
        (tmp_path / name).write_bytes(content)
    assert [geo.guess_file_type(tmp_path / n) for n in cases] == ["GeoJSON", "GeoTIFF", "PDF", "CSV"]
    shp = _zip(tmp_path / "s", _shapefile_members(tmp_path))
    assert geo.guess_file_type(shp) == "ESRI Shapefile"


def test_huge_sparse_raster_is_analysed_cheaply(tmp_path):
    """A few hundred KB can declare billions of pixels: analysis samples instead of scanning every block."""
    path = tmp_path / "huge.tif"
    dataset = gdal.GetDriverByName("GTiff").Create(
        str(path), 30000, 30000, 1, gdal.GDT_Byte, ["COMPRESS=DEFLATE", "TILED=YES", "SPARSE_OK=YES"]
    )
    dataset.SetGeoTransform((400000, 10, 0, 6200000, 0, -10))
    dataset.SetSpatialRef(_srs(32630))
    dataset = None
    assert analysis.too_big_to_scan(gdal.Open(str(path)))
    result = analysis.analyse_file(path, "GeoTIFF")
    assert result["resolution"] == 10 and result["selectors"][0]["maximum"] == 0
    assert previews.make_preview(path, "GeoTIFF", tmp_path / "huge.png") is False

"""Shared helpers of the data-dock tests (test_data_*.py, test_region_*.py)."""

from __future__ import annotations

from pathlib import Path

from osgeo import ogr, osr

DATA = Path(__file__).resolve().parents[1] / "data"
WAIT_MS = 90000  # hang guard only


def make_dock(iface, state):
    from fusion_platform_qgis.gui.data_dock import DataDock

    dock = DataDock(state)
    dock.questions.confirm = lambda text: True
    dock.questions.ask_text = lambda title, label, default="": default
    return dock


def wait_listed(qtbot, dock):
    qtbot.waitUntil(lambda: not dock.listing.loading and not [t for t in dock.tasks if not t.done], timeout=WAIT_MS)


def wait_upload(qtbot, dock):
    qtbot.waitUntil(lambda: dock.uploads.upload_task is None, timeout=WAIT_MS)


def expected_bounds(wkts: list[str], epsg: int) -> tuple:
    """Bounds in EPSG:4326 (lon/lat) of WKT geometries in ``epsg``, computed with OGR (independent of QGIS)."""
    source = osr.SpatialReference()
    source.ImportFromEPSG(epsg)
    target = osr.SpatialReference()
    target.ImportFromEPSG(4326)
    for srs in (source, target):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(source, target)
    envelopes = []
    for wkt in wkts:
        geometry = ogr.CreateGeometryFromWkt(wkt)
        geometry.Segmentize(50.0 if epsg != 4326 else 0.001)
        geometry.Transform(transform)
        envelopes.append(geometry.GetEnvelope())  # minx, maxx, miny, maxy
    return (
        min(e[0] for e in envelopes),
        min(e[2] for e in envelopes),
        max(e[1] for e in envelopes),
        max(e[3] for e in envelopes),
    )


def server_files(state, data_id: str) -> list:
    """The data item's files as the platform lists them, through the client (None when the item is gone)."""
    data, _ = state.organisation.find_data(id=data_id)
    return None if data is None else list(data.files)


def server_bounds(state, data_id: str) -> tuple:
    files = server_files(state, data_id)
    bounds = [[float(v) for v in f.bounds] for f in files if f.bounds]
    assert bounds, f"no bounds on {[f.attributes for f in files]}"
    return (min(b[0] for b in bounds), min(b[1] for b in bounds), max(b[2] for b in bounds), max(b[3] for b in bounds))


def assert_bounds_close(actual, expected, tolerance: float = 2e-4) -> None:
    assert len(actual) == 4
    for a, e in zip(actual, expected):
        assert abs(a - e) <= tolerance, f"bounds {actual} differ from {expected}"


def square_wkt(x: float, y: float, size: float = 1000) -> str:
    return f"POLYGON(({x} {y},{x + size} {y},{x + size} {y + size},{x} {y + size},{x} {y}))"

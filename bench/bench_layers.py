"""Loading outputs as layers: the main thread while a 9-slice mosaic and a 1 GB GeoTIFF become styled layers.

What a dock does after a run's files are on disk: the download task has read each raster's facts with GDAL
(``outputs.raster_facts``) and built the group's VRT mosaic (``outputs.build_mosaics``); then, on the main thread,
``layers.load_run`` makes the styled layers and adds them to the project. Here both inputs are made first and
the rasters opened in a worker thread (``layers.open_rasters``, the download task's last step; not measured:
worker-thread work), then ``load_run`` runs while a 10 ms QTimer ticks; the worst gap between ticks is
the longest the UI froze (goal < 16 ms, one frame).

- mosaic: a cloud-classification-like group of ``BENCH_LAYERS_SLICES`` (default 9) Byte slices with a colour
  table, plus their mosaic VRT;
- big: one Float32 elevation GeoTIFF of ``BENCH_LAYERS_MB`` (default 1024) MB, tiled, no overviews.

``BENCH_LAYERS_RUNS`` (default 3) repetitions; the median and the worst are printed. ``python -m bench layers``.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.qgis_bench import StallMeter, application

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024
TICK_MS = 10
TARGET_STALL_MS = 16


def _geotiff(path: Path, width: int, height: int, west: float, dtype: str, colour: bool) -> None:
    import numpy as np
    from osgeo import gdal, osr

    kind = gdal.GDT_Byte if dtype == "byte" else gdal.GDT_Float32
    dataset = gdal.GetDriverByName("GTiff").Create(
        str(path), width, height, 1, kind, options=["TILED=YES", "BIGTIFF=IF_SAFER"]
    )
    dataset.SetGeoTransform((west, 0.1 / width, 0, 56.0, 0, -0.1 / width))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    if colour:
        table = gdal.ColorTable()
        for index, rgb in enumerate(((0, 0, 0), (40, 160, 40), (250, 250, 250), (120, 120, 120))):
            table.SetColorEntry(index, (*rgb, 255))
        band.SetColorTable(table)  # before the pixels (GDAL 3.10 refuses once written)
    rows = 256
    rng = np.random.default_rng(1)
    for top in range(0, height, rows):
        count = min(rows, height - top)
        if dtype == "byte":
            block = rng.integers(0, 4, size=(count, width), dtype=np.uint8)
        else:
            block = (rng.random((count, width), dtype=np.float32) * 1000).astype(np.float32)
        band.WriteArray(block, 0, top)
    band.FlushCache()
    dataset = None


def _manifest(folder: Path, name: str, index: int, files: list[tuple[str, dict]]) -> dict:
    return {
        "folder": str(folder),
        "execution": {"id": f"bench-execution-{index}", "group_index": index, "options": []},
        "process": {"id": "bench-process", "name": name},
        "components": [
            {
                "index": 0,
                "name": name,
                "aggregator": False,
                "outputs": [
                    {
                        "number": 1,
                        "name": name,
                        "files": [
                            {"path": path, "file_name": path, "file_type": "GeoTIFF", "raster": facts}
                            for path, facts in files
                        ],
                    }
                ],
            }
        ],
    }


def _mosaic_run(work: Path, slices: int) -> dict:
    from fusion_platform_qgis.qgis_support.outputs import downloads as outputs

    name = "Sentinel-2 Cloud Classification"
    manifests = []
    for index in range(1, slices + 1):
        folder = work / f"slice_{index}"
        folder.mkdir(parents=True)
        _geotiff(folder / "classes.tif", 1024, 1024, -4.5 + 0.1 * index, "byte", colour=True)
        facts = outputs.raster_facts(str(folder / "classes.tif"))
        manifests.append(_manifest(folder, name, index, [("classes.tif", facts)]))
    executions = [m["execution"] | {"group_id": "bench-group"} for m in manifests]
    return {
        "process": {"id": "bench-process", "name": "Bench mosaic"},
        "executions": executions,
        "manifests": manifests,
        "mosaics": outputs.build_mosaics(manifests, work / "group"),
        "group_id": "bench-group",
    }


def _big_run(work: Path, size_mb: int) -> dict:
    from fusion_platform_qgis.qgis_support.outputs import downloads as outputs

    folder = work / "big"
    folder.mkdir(parents=True)
    width = 8192
    height = max(16, size_mb * MB // (width * 4))
    _geotiff(folder / "elevation.tif", width, height, -4.5, "float", colour=False)
    facts = outputs.raster_facts(str(folder / "elevation.tif"))
    manifest = _manifest(folder, "Elevation (Sandbox)", 1, [("elevation.tif", facts)])
    return {
        "process": {"id": "bench-big", "name": "Bench big elevation"},
        "executions": [manifest["execution"]],
        "manifests": [manifest],
        "mosaics": [],
        "group_id": None,
    }


def _load(app, run: dict, runs: int) -> dict:
    from qgis.core import QgsProject

    from fusion_platform_qgis.qgis_support.outputs import run_layers as layers

    stalls, layer_counts, seconds = [], [], []
    for _ in range(runs):
        opener = threading.Thread(target=layers.open_rasters, args=(run,))  # what download_run's task does last
        opener.start()
        opener.join()
        project = QgsProject.instance()
        project.clear()
        for _ in range(20):
            app.processEvents()
        meter = StallMeter(TICK_MS)
        started = meter.start()
        loaded: list = []

        def load(loaded: list = loaded, project=project) -> None:
            loaded.append(layers.load_run(run, project=project))

        from qgis.PyQt.QtCore import QTimer

        QTimer.singleShot(30, load)  # from the event loop, as a task's finished callback does
        while not loaded:
            app.processEvents()
            time.sleep(0.001)
        ended = time.perf_counter()
        settle = ended + 0.1
        while time.perf_counter() < settle:  # what the load queued for the event loop counts too
            app.processEvents()
            time.sleep(0.001)
        meter.stop()
        stalls.append(meter.worst_ms)
        seconds.append(ended - started)
        layer_counts.append(len(loaded[0].layers))
    QgsProject.instance().clear()
    return {
        "layers": layer_counts[0],
        "stall_ms_median": round(statistics.median(stalls), 1),
        "stall_ms_worst": max(stalls),
        "runs": runs,
    }


def run() -> dict:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    app = application()
    runs = max(1, int(os.environ.get("BENCH_LAYERS_RUNS", "3")))
    slices = int(os.environ.get("BENCH_LAYERS_SLICES", "9"))
    size_mb = int(os.environ.get("BENCH_LAYERS_MB", "1024"))
    result: dict = {}
    with tempfile.TemporaryDirectory(prefix="fp-bench-layers-") as tmp:
        work = Path(tmp)
        made = time.perf_counter()
        mosaic = _mosaic_run(work / "mosaic", slices)
        big = _big_run(work / "single", size_mb)
        result["inputs_made_seconds"] = round(time.perf_counter() - made, 1)
        for label, run_dict in (("mosaic", mosaic), ("big", big)):
            for key, value in _load(app, run_dict, runs).items():
                result[f"{label}_{key}"] = value
    lines = ["", "Loading outputs as layers, worst main-thread stall (goal < 16 ms):"]
    for label, what in (("mosaic", f"{slices}-slice mosaic"), ("big", f"{size_mb} MB GeoTIFF")):
        median = result[f"{label}_stall_ms_median"]
        verdict = "met" if median < TARGET_STALL_MS else "NOT met"
        lines.append(
            f"  {what:<24} {median:>7.1f} ms median of {runs} (worst {result[f'{label}_stall_ms_worst']:.1f} ms, "
            f"{result[f'{label}_layers']} layers)   goal < {TARGET_STALL_MS} ms {verdict}"
        )
    print("\n".join(lines), flush=True)
    return result


if __name__ == "__main__":
    print(run())

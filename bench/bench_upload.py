"""Uploading a 200 MB GeoTIFF through the data dock's upload path, beside curl, and the main thread meanwhile.

- Generates an uncompressed Float32 GeoTIFF of BENCH_UPLOAD_MB (default 200) MB in a temporary folder.
- Plugin path: ``uploads.upload_layer_as_data`` on a QgsRasterLayer (QgsTask: create data, add_file, streamed PUT,
  wait for the sandbox's ingest) while a 10 ms QTimer ticks on the main thread. Reports MB/s of the PUT (until
  the progress bar reaches the upload share), the total seconds including the platform's analysis, and the worst
  gap between two ticks (the longest the UI froze; ideal ≈ 10 ms).
- curl: ``curl -T`` of the same file to a fresh upload URL (data item created through the API, deleted after).
Everything runs on 127.0.0.1 and stops by itself. ``run() -> dict`` is called by ``make bench``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.qgis_bench import StallMeter, application, repeated

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024
TICK_MS = 10
STALL_CAUSE = (
    "see the main thread's samples printed above: where they name no plugin code (only the event loop), the "
    "process was waiting for one of the 2 CPUs it shares with the sandbox and other processes"
)


def make_geotiff(path: Path, size_mb: int) -> int:
    """An uncompressed single-band Float32 GeoTIFF near Glasgow of about ``size_mb`` MB; returns its byte size."""
    import numpy as np
    from osgeo import gdal, osr

    width = 4096
    height = max(16, size_mb * MB // (width * 4))
    dataset = gdal.GetDriverByName("GTiff").Create(
        str(path), width, height, 1, gdal.GDT_Float32, options=["TILED=YES", "BIGTIFF=IF_SAFER"]
    )
    dataset.SetGeoTransform((-4.5, 0.5 / width, 0, 56.0, 0, -0.5 / width))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    rows = 512
    base = np.arange(width, dtype="float32")[None, :]
    for y in range(0, height, rows):
        count = min(rows, height - y)
        block = base + np.arange(y, y + count, dtype="float32")[:, None] * 0.5
        band.WriteArray(block, 0, y)
    dataset = None
    return path.stat().st_size


def _curl_upload(organisation, path: Path) -> float:
    """MB/s of ``curl -T`` to a fresh upload URL of a throw-away data item."""
    from fusion_platform_qgis.api.client import flat_body

    session = organisation.session
    org = str(organisation.id)
    model, _ = session.get_model(
        f"/organisations/{org}/data",
        method="POST",
        json=flat_body("Data", {"organisation_id": org, "name": "bench curl upload"}),
        idempotent=False,
    )
    try:
        answer = session.request(
            "POST",
            f"/organisations/{org}/data/{model['id']}/add_file",
            json={"Data": {"name": path.name, "file_type": "GeoTIFF"}},
            idempotent=False,
        )
        url = answer["extras"]["url"]
        started = time.perf_counter()
        subprocess.run(["curl", "-s", "-f", "-T", str(path), url, "-o", os.devnull], check=True)
        return path.stat().st_size / MB / (time.perf_counter() - started)
    finally:
        session.request("DELETE", f"/organisations/{org}/data/{model['id']}")


def _once() -> dict:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    app = application()
    from qgis.core import QgsRasterLayer

    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.qgis_support.data import uploads
    from sandbox.testing import start_sandbox

    size_mb = int(os.environ.get("BENCH_UPLOAD_MB", "200"))
    result: dict = {}
    with tempfile.TemporaryDirectory(prefix="fp-bench-upload-") as tmp:
        work = Path(tmp)
        tif = work / "bench_upload.tif"
        size = make_geotiff(tif, size_mb)
        result["file_mb"] = round(size / MB, 1)
        server = start_sandbox(work / "sandbox")
        try:
            user = fusion_platform.login(email=server.email, password=server.password, api_url=server.url)
            organisation = next(user.organisations)
            layer = QgsRasterLayer(str(tif), "bench", "gdal")
            outcome: dict = {}
            marks: dict = {}
            meter = StallMeter(TICK_MS)
            started = meter.start()
            task = uploads.upload_layer_as_data(
                organisation,
                layer,
                name="bench upload",
                on_success=lambda data: outcome.setdefault("data", data),
                on_error=lambda error: outcome.setdefault("error", error),
            )

            def progressed(value: float) -> None:
                if value >= uploads.UPLOAD_SHARE and "uploaded" not in marks:
                    marks["uploaded"] = time.perf_counter()

            task.progressChanged.connect(progressed)
            deadline = started + 900
            while not outcome and time.perf_counter() < deadline:
                app.processEvents()
                time.sleep(0.001)
            ended = meter.stop()
            if "error" in outcome:
                raise RuntimeError(f"plugin upload failed: {outcome['error']}")
            if "data" not in outcome:
                raise RuntimeError("plugin upload did not finish in 15 minutes")
            upload_seconds = marks.get("uploaded", ended) - started
            result["plugin_upload_mb_s"] = round(size / MB / upload_seconds, 1)
            result["plugin_total_seconds_incl_ingest"] = round(ended - started, 2)
            result["worst_main_thread_stall_ms"] = meter.worst_ms
            result["timer_ticks"] = meter.ticks
            outcome["data"].delete()
            if shutil.which("curl"):
                result["curl_upload_mb_s"] = round(_curl_upload(organisation, tif), 1)
                result["plugin_to_curl_ratio"] = round(result["plugin_upload_mb_s"] / result["curl_upload_mb_s"], 2)
            else:
                result["curl_upload_mb_s"] = None
        finally:
            server.stop()
    return result


def run() -> dict:
    """``BENCH_STALL_RUNS`` repetitions (default 3); the stall is their median."""
    return repeated(_once, "worst_main_thread_stall_ms", "200 MB upload", cause=STALL_CAUSE)


if __name__ == "__main__":
    print(run())

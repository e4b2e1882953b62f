"""Code that runs inside the engine's worker processes.

A job is a plain dict (picklable). The worker runs the service's computation, analyses every output with
``sandbox.geo`` (so the server only has to move files and write records) and reports progress and log lines
through a multiprocessing queue given to the pool's initializer. Stop requests arrive as a file whose
existence ``ctx.stopped()`` checks: cheap, and it works across processes without shared state.
"""

from __future__ import annotations

import os
import threading
import time
import traceback
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

try:  # POSIX only; on Windows the component's cpu/memory fall back to nominal values
    import resource
except ImportError:  # pragma: no cover - Windows
    resource = None  # type: ignore[assignment]

_QUEUE: Any = None


def _usage() -> tuple[float, float]:
    """(CPU seconds, peak RSS in MB) of this worker."""
    if resource is None:
        return time.process_time(), 512.0
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def init(queue: Any) -> None:
    global _QUEUE
    _QUEUE = queue
    threading.Thread(target=_watch_parent, args=(os.getppid(),), name="parent-watch", daemon=True).start()


def _watch_parent(parent: int) -> None:
    """Exit when the server is gone: an orphaned worker would otherwise linger (and hold CPU) forever."""
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(0)


def warm() -> bool:
    """Import the heavy modules once so that the first execution starts quickly."""
    from sandbox import analysis, geo, previews  # noqa: F401
    from sandbox.services import catalog, compute  # noqa: F401

    return True


class Context:
    """The ``ctx`` handed to compute functions: log lines, progress and the stop flag."""

    def __init__(self, execution_id: str, component_id: str, stop_file: str) -> None:
        self.execution_id = execution_id
        self.component_id = component_id
        self.stop_file = stop_file

    def log(self, message: str, level: str = "INFO") -> None:
        if _QUEUE is not None:
            _QUEUE.put(("log", self.component_id, str(level), str(message), datetime.now(timezone.utc).isoformat()))

    def progress(self, percent: float) -> None:
        if _QUEUE is not None:
            _QUEUE.put(("progress", self.execution_id, int(max(0, min(99, percent)))))

    def stopped(self) -> bool:
        return os.path.exists(self.stop_file)


class StoppedError(Exception):
    pass


def _analyse(outputs: list[Any], workdir: Path, ctx: Context) -> list[dict[str, Any]]:
    from sandbox import analysis, geo, previews

    results = []
    for index, output in enumerate(outputs):
        path = Path(output.path)
        entry: dict[str, Any] = {
            "name": output.name,
            "path": str(path),
            "file_type": output.file_type,
            "file_name": path.name,
        }
        try:
            entry["meta"] = analysis.analyse_file(path, output.file_type)
        except geo.AnalysisError as exc:
            entry["meta"] = {
                "size": path.stat().st_size if path.exists() else 0,
                "error": True,
                "publishable": False,
                "error_message": str(exc),
            }
            ctx.log(f"Output {output.name} failed analysis: {exc}", "WARNING")
        preview = workdir / f"preview-{index}.png"
        try:
            if previews.make_preview(path, output.file_type, preview):
                entry["preview"] = str(preview)
        except Exception as exc:
            ctx.log(f"No preview for {output.name}: {exc}", "DEBUG")
        results.append(entry)
    return results


def _stamp_data_date(outputs: list, data_date: str) -> None:
    """Record the date a run is for in its GeoTIFF outputs (metadata item DATA_DATE), before they are analysed."""
    from osgeo import gdal

    for output in outputs:
        path = str(getattr(output, "path", "") or "")
        if not path.lower().endswith((".tif", ".tiff")):
            continue
        dataset = gdal.Open(path, gdal.GA_Update)
        if dataset is not None:
            dataset.SetMetadataItem("DATA_DATE", data_date)
            dataset.FlushCache()
            dataset = None


def run_job(job: dict[str, Any]) -> dict[str, Any]:
    """Run one execution (a slice, a whole region, or a group's aggregator) and describe its outputs."""
    from sandbox.services import catalog, compute, context

    started = time.time()
    cpu_before, _ = _usage()
    ctx = Context(job["execution_id"], job["component_id"], job["stop_file"])
    workdir = Path(job["workdir"])
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        service = catalog.get_service(job["service_id"])
        if service is None:
            raise RuntimeError(f"Unknown service {job['service_id']}")
        ctx.log(f"Starting {job['component_name']} (sandbox worker pid {os.getpid()})")
        ctx.progress(1)
        if job.get("delay"):
            # SANDBOX_EXECUTION_DELAY: keeps executions running for a while so clients can test stop/progress.
            ctx.log(f"Waiting {job['delay']} s before computing (SANDBOX_EXECUTION_DELAY)")
            deadline = time.time() + float(job["delay"])
            while time.time() < deadline:
                if ctx.stopped():
                    raise StoppedError("Stopped by user")
                time.sleep(0.1)
        if job.get("aggregator"):
            slice_outputs = [
                [
                    context.Output(
                        name=o["name"],
                        path=Path(o["path"]),
                        file_type=o["file_type"],
                        file_name=o.get("file_name") or "",
                    )
                    for o in outputs
                ]
                for outputs in job["slice_outputs"]
            ]
            outputs = compute.run_aggregator(service, slice_outputs, workdir, ctx)
        else:
            outputs = compute.run(
                service,
                [Path(p) for p in job["input_paths"]],
                job["options"],
                workdir,
                ctx,
                input_types=job.get("input_types"),
            )
        if ctx.stopped():
            raise StoppedError("Stopped by user")
        if job.get("data_date"):
            _stamp_data_date(list(outputs), str(job["data_date"]))
        ctx.log(f"Analysing {len(outputs)} output(s)")
        described = _analyse(list(outputs), workdir, ctx)
        ctx.log("Finished successfully")
        ok, error = True, None
    except StoppedError as exc:
        ok, error, described = False, str(exc), []
    except Exception as exc:
        message = str(exc) or type(exc).__name__
        ctx.log(f"Failed: {message}", "ERROR")
        ctx.log(traceback.format_exc(limit=5), "DEBUG")
        ok, error, described = False, message, []
    cpu_after, peak_mb = _usage()
    cpu = cpu_after - cpu_before
    runtime = time.time() - started
    return {
        "ok": ok,
        "error": error,
        "stopped": ctx.stopped(),
        "outputs": described,
        "runtime": runtime,
        "cpu": round(cpu / runtime, 2) if runtime > 0 else 0.0,
        "memory_mb": round(peak_mb, 1),
    }

"""Stages 5 and 6, fetch outputs and build layers: the one loader of a run's outputs, from every door.

:class:`OutputsLoader` is how the Executions dock, the Browser and :class:`.runner.RunPipeline` put a finished run
on the map: the one place that decides "already loaded" (:func:`loaded_group`: then the run's group is shown, not
added twice), one download per run at a time, then the layers. Its stages: :func:`fetch_outputs` is
``outputs.download_run`` (worker: files on disk, a manifest per execution, the VRT mosaic of a group's slices);
:func:`build_layers` is ``layers.load_run`` (main thread: one layer-tree group per run, styles per service,
provenance). Processing, which fetched on its own thread, calls :func:`build_layers` in its post-processing. :func:`declared_outputs` reads a service's documented outputs and
:func:`output_files` finds, in a fetched run, the file each one became, which is what Processing returns as
its typed outputs.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import Any, Callable, Optional

from qgis.PyQt.QtCore import QObject, pyqtSignal

from ...api import listings
from ..outputs import downloads as fp_outputs
from ..outputs import run_layers as fp_layers
from ..outputs import streaming as fp_streaming
from ..runs.records import run_key
from ..session import settings as fp_settings
from ..session.network import read_network_config
from ..toolbelt.log import log_info
from ..toolbelt.tasks import run_task, task_manager
from ..words.i18n import tr

RASTER = "raster"
VECTOR = "vector"
FILE = "file"
_KIND = {
    "GeoTIFF": RASTER,
    "DEM": RASTER,
    "JPEG2000": RASTER,
    "GeoJSON": VECTOR,
    "KML": VECTOR,
    "KMZ": VECTOR,
    "ESRI Shapefile": VECTOR,
    "CSV": VECTOR,  # a table: a vector layer without geometry
}
_OUTPUT_LINE = re.compile(
    r"^\s*(?:(?P<number>\d+)\s*[.)]\s*)?(?P<title>[^:(]+?)\s*(?::.*?)?(?:\((?P<type>[^()]+)\))?\s*$"
)


def declared_outputs(documentation_outputs: list[str]) -> list[dict[str, Any]]:
    """A service's documented outputs ("1. Elevation: DEM clipped to the region (GeoTIFF)") as
    ``{"key", "number", "title", "file_type", "kind", "aggregator"}``; numbered lines are the service's own
    outputs, unnumbered ones ("Statistics Aggregator: … (CSV)") an aggregator's."""
    result = []
    aggregator_number = 0
    for line in documentation_outputs or []:
        match = _OUTPUT_LINE.match(str(line))
        if match is None:
            continue
        title = match.group("title").strip()
        file_type = (match.group("type") or "").strip()
        if match.group("number"):
            number = int(match.group("number"))
            key = f"OUTPUT_{number}"
            aggregator = False
        else:
            aggregator_number += 1
            number = aggregator_number
            key = "OUTPUT_" + (re.sub(r"[^A-Z0-9]+", "_", title.upper()).strip("_") or str(number))
            aggregator = True
        result.append(
            {
                "key": key,
                "number": number,
                "title": title,
                "file_type": file_type,
                "kind": _KIND.get(file_type, FILE),
                "aggregator": aggregator,
            }
        )
    return result


def fetch_outputs(
    session,
    organisation_id: str,
    executions: list[dict],
    process: dict,
    folder: str,
    *,
    progress: Optional[Callable[[float], None]] = None,
    cancel=None,
    stream_larger_than_mb: float = 0.0,
) -> dict:
    """Worker: download the run's outputs under ``folder`` (see outputs.download_run); returns the run dict."""
    return fp_outputs.download_run(
        session,
        organisation_id,
        executions,
        {k: process.get(k) for k in ("id", "name", "service_id")},
        folder,
        progress=progress,
        cancel=cancel,
        stream_larger_than_mb=stream_larger_than_mb,
    )


def build_layers(run: dict, project=None, interactive: bool = False) -> fp_layers.RunLoader:
    """Main thread: the run's styled layers in a new layer-tree group (see layers.load_run)."""
    return fp_layers.load_run(run, project=project, interactive=interactive)


def loaded_group(executions: list[dict], project=None):
    """The layer-tree group of a run already on the map (any of its executions), or None: the one "already
    loaded" decision of every door."""
    return fp_layers.find_loaded_run(executions, project)


class OutputsLoader(QObject):
    """Main thread: a finished run's outputs on the map, once. ``load(run)`` shows the run's group when it is
    already there (``outputs_shown``), otherwise downloads the outputs in a QgsTask (one per run at a time) and
    builds the styled layers (``outputs_loaded``), unless another door loaded them meanwhile.

    ``guard(key)``: a lock held while a run's files are written (the Browser's drag and drop may download the same
    run at once); ``stream``: honour the "stream rasters larger than" preference."""

    outputs_loaded = pyqtSignal(object)  # layers.RunLoader of the layers just built
    outputs_shown = pyqtSignal(object)  # QgsLayerTreeGroup of a run that was already on the map
    downloaded = pyqtSignal(str, dict)  # run key, the fetched run (files on disk), before its layers are built
    progress = pyqtSignal(str, float)  # run key, download percent
    failed = pyqtSignal(str, object)  # run key, the error (CancelledError when cancelled)

    def __init__(
        self,
        state,
        parent: Optional[QObject] = None,
        *,
        project=None,
        interactive: bool = True,
        stream: bool = True,
        guard: Optional[Callable[[str], contextlib.AbstractContextManager]] = None,
    ):
        super().__init__(parent)
        self.state = state
        self.project = project
        self.interactive = interactive
        self.stream = stream
        self.guard = guard or (lambda _key: contextlib.nullcontext())
        self.tasks: dict[str, Any] = {}  # run key -> its running download task
        self.loaders: list[fp_layers.RunLoader] = []
        self._task_keys: dict[int, str] = {}
        self._stopped = False
        task_manager().progressChanged.connect(self._task_progress)

    def stop(self) -> None:
        """Cancel the running downloads and stop reporting (the owner shuts down)."""
        self._stopped = True
        try:
            task_manager().progressChanged.disconnect(self._task_progress)
        except (TypeError, RuntimeError):
            pass
        for task in list(self.tasks.values()):
            if not task.done:
                try:
                    task.cancel()
                except RuntimeError:
                    pass

    def _task_progress(self, task_id: int, percent: float) -> None:
        key = self._task_keys.get(task_id)
        if key is not None and not self._stopped:
            self.progress.emit(key, float(percent))

    def load(self, run: dict, organisation_id: str, session, project=None) -> Any:
        """The run's outputs on the map (in ``project``, default the loader's); returns the download task (None
        when the run was already there)."""
        project = project or self.project
        group = loaded_group(run["executions"], project)
        if group is not None:
            fp_layers.show_run_group(group, project)
            self.outputs_shown.emit(group)
            return None
        key = run_key(run)
        running = self.tasks.get(key)
        if running is not None and not running.done:
            return running
        preferences = fp_settings.load_preferences()
        process = dict(run["process"])
        executions = list(run["executions"])
        folder = preferences.download_folder
        stream_mb = float(preferences.stream_rasters_larger_than_mb or 0.0) if self.stream else 0.0
        if stream_mb > 0:
            # GDAL streams the rasters with its own HTTP stack: give it QGIS's proxy (read here, on the main thread).
            connection = getattr(self.state, "connection", None)
            fp_streaming.configure_gdal_network(read_network_config(), connection.url if connection else "")
        guard = self.guard

        def work(task):
            with guard(key):
                if not process.get("name"):
                    process.update(listings.process_names(session, organisation_id, str(process["id"])))
                return fetch_outputs(
                    session,
                    organisation_id,
                    executions,
                    process,
                    folder,
                    progress=task.setProgress,
                    cancel=task.cancel_event,
                    stream_larger_than_mb=stream_mb,
                )

        def forget() -> None:
            self.tasks.pop(key, None)
            for task_id in [i for i, k in self._task_keys.items() if k == key]:
                self._task_keys.pop(task_id, None)

        def done(fetched: dict) -> None:
            forget()
            if self._stopped:
                return
            self.downloaded.emit(key, fetched)
            group = loaded_group(executions, project)
            if group is not None:  # loaded meanwhile by another door: keep one group
                fp_layers.show_run_group(group, project)
                self.outputs_shown.emit(group)
                return
            loader = build_layers(fetched, project=project, interactive=self.interactive)
            self.loaders.append(loader)
            log_info(f"Loaded {len(loader.layers)} layer(s) of '{process.get('name')}'")
            self.outputs_loaded.emit(loader)

        def failed(error: BaseException) -> None:
            forget()
            if not self._stopped:
                self.failed.emit(key, error)

        task = run_task(
            tr("Fusion Platform: downloading outputs of '{0}'").format(process.get("name") or ""), work, done, failed
        )
        self.tasks[key] = task
        self._task_keys[task_manager().taskId(task)] = key
        return task


def _matches(entry: dict, kind: str) -> bool:
    kinds = {RASTER: ("raster",), VECTOR: ("vector", "table"), FILE: ("raster", "vector", "table", "other")}
    return fp_layers.output_kind(entry) in kinds[kind]


def output_files(run: dict, declared: list[dict]) -> dict[str, Optional[str]]:
    """The local file each declared output became: ``{key: path or None}``.

    A grouped run's raster output is its mosaic (one layer over every slice), as the docks show it; otherwise the
    first file of the matching kind of that output of the first execution that has it."""
    result: dict[str, Optional[str]] = {}
    mosaics = run.get("mosaics") or []
    for output in declared:
        path = None
        if not output["aggregator"] and output["kind"] == RASTER:
            path = next((m["path"] for m in mosaics if m.get("number") == output["number"]), None)
        for manifest in run.get("manifests") or []:
            if path is not None:
                break
            for component in manifest.get("components", []):
                if bool(component.get("aggregator")) != output["aggregator"]:
                    continue
                for wire in component.get("outputs", []):
                    if wire.get("number") != output["number"]:
                        continue
                    entry = next(
                        (e for e in wire.get("files", []) if not e.get("stream") and _matches(e, output["kind"])), None
                    )
                    if entry is not None:
                        path = str(Path(manifest["folder"]) / entry["path"])
                        break
                if path is not None:
                    break
        result[output["key"]] = path
    return result

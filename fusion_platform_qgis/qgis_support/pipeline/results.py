"""Stages 5 and 6, fetch outputs and build layers: the Executions dock's "Load outputs" path, composed.

:func:`fetch_outputs` is ``outputs.download_run`` (worker: files on disk, a manifest per execution, the VRT mosaic
of a group's slices); :func:`build_layers` is ``layers.load_run`` (main thread: one layer-tree group per run,
styles per service, provenance). :func:`declared_outputs` reads a service's documented outputs and
:func:`output_files` finds, in a fetched run, the file each one became, which is what Processing returns as
its typed outputs.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Callable, Optional

from .. import layers as fp_layers
from .. import outputs as fp_outputs

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


def _matches(entry: dict, kind: str) -> bool:
    kinds = {RASTER: ("raster",), VECTOR: ("vector", "table"), FILE: ("raster", "vector", "table", "other")}
    return fp_layers._kind(entry) in kinds[kind]


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

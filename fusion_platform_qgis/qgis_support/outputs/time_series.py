"""A repeating process's runs as one time series: layers with temporal ranges in one group.

A process scheduled to repeat produces one run per date. :func:`download_series` (worker) downloads each
successful run through :func:`.pipeline.results.fetch_outputs` (the docks' pipeline, so a run already downloaded
costs no network); :class:`SeriesLoader` (main thread) loads each run with :class:`.layers.RunLoader` (styles, provenance),
moves its group into one "<process> (time series)" group and gives every layer a fixed temporal range: from
its run's *data date* to the next run's (the last one lasts as long as the gap before it, or a day). The data
date is the ``DATA_DATE`` metadata item of the run's rasters (the date a scheduled run is for) and, when a run
has none, its start time. QGIS's Temporal Controller then animates the group; its extent is set to cover it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Callable, Optional

from qgis.core import (
    Qgis,
    QgsDateTimeRange,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QDateTime, Qt

from ...api.timestamps import parse_timestamp
from ..pipeline.results import fetch_outputs
from ..runs.records import execution_run_key
from ..runs.status import status_of
from ..toolbelt.iface import qgis_iface, qgis_project, tree_root
from ..words.i18n import format_datetime, tr
from . import run_layers as fp_layers

PROPERTY = fp_layers.PROPERTY


def parse_time(value: Any) -> Optional[datetime]:
    return parse_timestamp(value)


def runs_of(executions: list[dict]) -> list[list[dict]]:
    """Executions as runs (a group is one run), each run's members in order."""
    runs: dict[str, list[dict]] = {}
    for execution in executions:
        runs.setdefault(execution_run_key(execution), []).append(execution)
    return [sorted(members, key=lambda e: e.get("group_index") or 0) for members in runs.values()]


def succeeded(run: list[dict]) -> bool:
    return bool(run) and all(status_of(e) == "success" for e in run)


def data_date(result: dict) -> Optional[datetime]:
    """The date a downloaded run is for: its rasters' DATA_DATE, else its first execution's start."""
    for manifest in result.get("manifests") or []:
        for component in manifest.get("components") or []:
            for output in component.get("outputs") or []:
                for entry in output.get("files") or []:
                    stamped = ((entry.get("raster") or {}).get("metadata") or {}).get("DATA_DATE")
                    if stamped and parse_time(stamped) is not None:
                        return parse_time(stamped)
    times = [parse_time(e.get("started_at")) for e in result.get("executions") or []]
    starts = [s for s in times if s is not None]
    return min(starts) if starts else None


def temporal_ranges(dates: list[datetime]) -> list[tuple[datetime, datetime]]:
    """[date, next date) for each date (sorted); the last lasts as long as the gap before it, or one day."""
    ordered = sorted(dates)
    ranges = []
    for index, start in enumerate(ordered):
        if index + 1 < len(ordered):
            end = ordered[index + 1]
        elif index > 0:
            end = start + (start - ordered[index - 1])
        else:
            end = start + timedelta(days=1)
        ranges.append((start, end))
    return ranges


def download_series(
    session,
    organisation_id: str,
    process: dict,
    executions: list[dict],
    folder: str,
    *,
    cancel=None,
    progress: Optional[Callable[[float], None]] = None,
) -> list[dict]:
    """Worker: download every successful run of ``executions`` (the pipeline's fetch stage, :func:`.pipeline.results.fetch_outputs`)."""
    runs = [run for run in runs_of(executions) if succeeded(run)]
    results = []
    for number, run in enumerate(runs):

        def part(percent: float, number: int = number) -> None:
            if progress is not None:
                progress((number + percent / 100.0) * 100.0 / max(1, len(runs)))

        results.append(fetch_outputs(session, organisation_id, run, process, folder, progress=part, cancel=cancel))
    return results


def _qdatetime(value: datetime) -> QDateTime:
    result = QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000))
    return result.toTimeSpec(Qt.TimeSpec.UTC)


def set_temporal_range(layer, start: datetime, end: datetime) -> bool:
    """A fixed temporal range on a raster or vector layer (``Qgis.*TemporalMode`` exist from QGIS 3.22 on)."""
    properties = layer.temporalProperties()
    if isinstance(layer, QgsRasterLayer):
        properties.setMode(Qgis.RasterTemporalMode.FixedTemporalRange)
    elif isinstance(layer, QgsVectorLayer):
        if not layer.isSpatial():
            return False  # tables (aggregator statistics) stay out of the animation
        properties.setMode(Qgis.VectorTemporalMode.FixedTemporalRange)
    else:
        return False
    properties.setFixedTemporalRange(QgsDateTimeRange(_qdatetime(start), _qdatetime(end), True, False))
    properties.setIsActive(True)
    layer.setCustomProperty(PROPERTY + "data_date", start.isoformat())
    return True


class SeriesLoader:
    """The layers of a time series, in one group (``load()`` on the main thread)."""

    def __init__(
        self, process: dict, results: list[dict], project: Optional[QgsProject] = None, interactive: bool = False
    ):
        self.process = process
        self.results = list(results)
        self.project = project or qgis_project()
        self.interactive = interactive  # a user's action: the Temporal Controller follows the series
        self.organisation_id = ""  # whose runs these are (a new run of the process joins the series)
        self.group: Any = None  # QgsLayerTreeGroup once loaded
        self.layers: list = []
        self.ranges: dict[str, tuple[datetime, datetime]] = {}  # layer id -> range
        self.extent: Optional[tuple[datetime, datetime]] = None

    def load(self) -> list:
        root = tree_root(self.project)
        name = tr("{0} (time series)").format(self.process.get("name") or tr("Fusion Platform"))
        self.group = root.insertGroup(0, name)
        self.group.setCustomProperty(PROPERTY + "time_series_process_id", str(self.process.get("id") or ""))
        dates = [(data_date(result), result) for result in list(self.results)]
        dated = [(date, result) for date, result in dates if date is not None]
        dated.sort(key=lambda pair: pair[0])
        for (start, end), (_date, result) in zip(temporal_ranges([d for d, _ in dated]), dated):
            self._add_run(result, start, end)
        self._update_extent()
        return self.layers

    def execution_ids(self) -> set:
        return {str(e.get("id")) for result in self.results for e in result.get("executions") or []}

    def _add_run(self, result: dict, start: datetime, end: datetime) -> None:
        root = tree_root(self.project)
        loader = fp_layers.RunLoader(result, self.project, open_tables=False)
        loader.load()
        assert loader.group is not None  # load() made it
        clone = loader.group.clone()
        if clone is None:
            raise RuntimeError("QGIS could not copy the run's layer group")
        clone.setName(format_datetime(start.isoformat()))
        self.group.addChildNode(clone)
        root.removeChildNode(loader.group)
        for layer in loader.layers:
            if set_temporal_range(layer, start, end):
                self.ranges[layer.id()] = (start, end)
            self.layers.append(layer)

    def append(self, result: dict) -> bool:
        """A new run of the watched process (finished since the series was loaded) joins the group: it lasts as
        long as the gap before it, and the run before it now ends where it starts."""
        if (
            self.group is None
            or sip.isdeleted(self.group)
            or {str(e.get("id")) for e in result.get("executions") or []} <= self.execution_ids()
        ):
            return False
        date = data_date(result)
        if date is None:
            return False
        starts = sorted({r[0] for r in self.ranges.values()})
        previous = [s for s in starts if s < date]
        end = date + ((date - previous[-1]) if previous else timedelta(days=1))
        if previous:
            last = previous[-1]
            for layer in self.layers:
                if self.ranges.get(layer.id(), (None,))[0] == last and self.ranges[layer.id()][1] != date:
                    set_temporal_range(layer, last, date)
                    self.ranges[layer.id()] = (last, date)
        self.results.append(result)
        self._add_run(result, date, end)
        self._update_extent()
        return True

    def _update_extent(self) -> None:
        if self.ranges:
            self.extent = (min(r[0] for r in self.ranges.values()), max(r[1] for r in self.ranges.values()))
            self._set_controller()

    def _set_controller(self) -> None:
        """Let the Temporal Controller cover the series (QGIS's navigation object, when there is one)."""
        iface = qgis_iface() if self.interactive else None
        if iface is None or self.extent is None:
            return
        try:
            controller = iface.mapCanvas().temporalController()
        except Exception:
            return
        if controller is not None and hasattr(controller, "setTemporalExtents"):
            controller.setTemporalExtents(QgsDateTimeRange(_qdatetime(self.extent[0]), _qdatetime(self.extent[1])))

"""One run pipeline: prepare inputs → create → execute → follow → fetch outputs → build layers.

Every door into a run goes through here, so a run gives the same layers whichever door it came in by:

* the process editor (gui/process_editor.py) captures its layers (:func:`capture_layer`), uploads them
  (:func:`upload_inputs`), creates or saves the process (:func:`create_process`, :func:`save_process`) and
  executes it (:func:`execute_process`), each in a QgsTask, then hands the run over (:func:`announce_run`), as
  the Processes dock's Execute does;
* the one follower, :class:`ExecutionMonitor` (follow.py), takes every run handed over and every running run the
  Executions dock lists, one request per run per poll; its events ``run_started`` / ``run_progress`` /
  ``run_ended`` are public;
* the one loader, :class:`OutputsLoader` (results.py), puts a finished run's outputs on the map once
  (:func:`loaded_group` decides "already loaded"; ``outputs_loaded``), for the Executions dock, the Browser and
  :class:`RunPipeline`; a time series and the Browser's drags fetch through the same :func:`fetch_outputs`;
* the Processing algorithms (processing_provider/algorithm.py) run the chain on their own thread
  (:func:`run_blocking`: the same request and rules through :class:`RunFollower`) and build the layers on the
  main thread (:func:`build_layers`), returning the typed outputs found by :func:`output_files`;
* ``make demo`` (tests/tooling/demo.py) drives it from the main thread with :class:`RunPipeline`.

Modules, one per stage: inputs.py (1), process.py (2, 3), follow.py (4), results.py (5, 6), runner.py (the chain);
beside them credit_guard.py (the credit check just before execute) and run_context.py (a run's price, region and
organisation, read in the worker). What a run *is*, without Qt, lives in ``qgis_support/runs/``.
"""

from __future__ import annotations

from .follow import ExecutionMonitor, RunFailedError, RunFollower, follow_blocking, known_execution_ids
from .inputs import LayerInput, capture_layer, prepare_input, upload_inputs
from .process import (
    SCHEDULE_KEYS,
    create_process,
    describe_process,
    dispatcher_error,
    execute_process,
    fill_process,
    list_usable_data,
    make_plan,
    save_process,
)
from .results import OutputsLoader, build_layers, declared_outputs, fetch_outputs, loaded_group, output_files
from .runner import RunPipeline, RunRequest, announce_run, process_record, run_blocking, start_run

__all__ = [
    "SCHEDULE_KEYS",
    "ExecutionMonitor",
    "OutputsLoader",
    "LayerInput",
    "RunFailedError",
    "RunFollower",
    "RunPipeline",
    "RunRequest",
    "announce_run",
    "build_layers",
    "capture_layer",
    "create_process",
    "declared_outputs",
    "describe_process",
    "dispatcher_error",
    "execute_process",
    "fetch_outputs",
    "fill_process",
    "follow_blocking",
    "known_execution_ids",
    "list_usable_data",
    "loaded_group",
    "make_plan",
    "output_files",
    "prepare_input",
    "process_record",
    "run_blocking",
    "save_process",
    "start_run",
    "upload_inputs",
]

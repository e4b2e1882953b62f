"""The records a run of a process creates: one execution per slice (plus the aggregator), each with its component.

Why a module of its own: the engine decides when a run starts and what it computes; these are the documents it
writes for it, field by field as the platform returns them (docs/api-contract.md §6), plus the sandbox's private
``_``-fields the engine and the worker read back (``_job`` is what a worker process is given).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def execution_record(
    process: dict[str, Any],
    service: Any,
    *,
    execution_id: str,
    component_id: str,
    run_id: str,
    group_id: str | None,
    index: int,
    count: int,
    aggregator: bool,
    name: str,
    inputs: list[str],
    types: list[Any],
    options: dict[str, Any],
    workdir: Path,
    delay: float,
    now: str,
    expiry: str,
) -> dict[str, Any]:
    """The ``index``-th of a run's ``count`` executions (grouped when ``group_id`` is given), not started yet."""
    return {
        "id": execution_id,
        "created_at": now,
        "updated_at": now,
        "organisation_id": process["organisation_id"],
        "process_id": process["id"],
        "group_id": group_id,
        "group_index": index + 1 if group_id else None,
        "group_count": count if group_id else None,
        "options": process.get("options") or [],
        "chains": [dict(c, inputs=[c.get("inputs") or []]) for c in process.get("chains") or []],
        "started_at": now,
        "ended_at": None,
        "stopped": False,
        "abort": False,
        "abort_reason": None,
        "exit_type": None,
        "success": False,
        "progress": 0,
        "delete_expiry": expiry,
        "delete_warning_status": "not_sent",
        "delete_protection": False,
        "_status": "pending",
        "_run_id": run_id,
        "_aggregator": aggregator,
        "_component_id": component_id,
        "_stop_file": str(workdir / f"stop-{execution_id}"),
        "_job": {
            "execution_id": execution_id,
            "component_id": component_id,
            "service_id": service.id,
            "component_name": name,
            "aggregator": aggregator,
            "input_paths": inputs,
            "input_types": types,
            "delay": delay,
            "options": options,
            "workdir": str(workdir / execution_id),
            # A scheduled run's date (its due time): stamped on its raster outputs as DATA_DATE, so
            # a repeating schedule's outputs are dated (time series).
            "data_date": process.get("repeat_start") if process.get("run_type") == "run_schedule" else None,
            "stop_file": str(workdir / f"stop-{execution_id}"),
        },
    }


def component_record(
    process: dict[str, Any],
    service: Any,
    *,
    component_id: str,
    execution_id: str,
    aggregator: bool,
    name: str,
    image_id: str,
    now: str,
) -> dict[str, Any]:
    """The one component (process service execution) of an execution."""
    return {
        "id": component_id,
        "created_at": now,
        "updated_at": now,
        "organisation_id": process["organisation_id"],
        "process_execution_id": execution_id,
        "process_id": process["id"],
        "service_id": (service.aggregator_id if aggregator else service.id) or service.id,
        "image_id": image_id,
        "chain_index": 0,
        "name": name,
        "started_at": now,
        "ended_at": None,
        "runtime": 0,
        "architecture": "x86_64",
        "instance_type": "sandbox-worker",
        "cpu": 1,
        "memory": 512,
        "gpu": 0,
        "storage": 1,
        "actions": [],
        "options": [
            {
                "name": o["name"],
                "value": o.get("value"),
                "data_type": o["data_type"],
                "validation": o.get("validation"),
            }
            for o in (process.get("options") or [])
        ],
        "inputs": [i["id"] for i in process.get("inputs") or [] if i.get("id")],
        "outputs": [],
        "intermediate": False,
        "metrics": [],
    }

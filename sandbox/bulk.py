"""Bulk seeding for scale tests: ``POST /__sandbox__/seed`` fills an organisation with history in one transaction.

Why: a realistic organisation has thousands of data items, processes and executions, and creating them through
the public API takes minutes (every execution really computes). This writes the same records the API and the
engine write (a data item with one analysed GeoJSON region file, processes validated and priced by
``processes._build`` exactly like ``POST /processes``, finished executions with their component and a log line),
so every listing answers them exactly like normal ones. Creation times are spread over the past, one minute
apart, in creation order.

Admin endpoints answer loopback clients only (like those in routes/admin.py).
"""

from __future__ import annotations

import time
import uuid
from datetime import timedelta
from typing import Any, Callable, Optional

from fastapi import Depends, FastAPI, Request

from sandbox import processes, run_records
from sandbox.core import ApiError, iso, new_id, utcnow
from sandbox.faults import ADMIN_PREFIX
from sandbox.state import S, json_body

LIMIT = 100_000
REGION = (
    b'{"type": "FeatureCollection", "name": "Region", "features": [{"type": "Feature", "properties": '
    b'{"FP_ID": 1}, "geometry": {"type": "Polygon", "coordinates": [[[-4.30, 55.84], [-4.22, 55.84], '
    b"[-4.22, 55.88], [-4.30, 55.88], [-4.30, 55.84]]]}}]}"
)
FAILED_EVERY = 7  # every 7th execution failed, like a real history with the odd bad run
STOPPED_EVERY = 11  # every 11th stopped by its user


def _count(body: dict[str, Any], key: str) -> int:
    try:
        value = int(body.get(key) or 0)
    except (TypeError, ValueError):
        raise ApiError(400, f"{key} must be a whole number")
    if not 0 <= value <= LIMIT:
        raise ApiError(400, f"{key} must be between 0 and {LIMIT}")
    return value


def seed(
    org: str,
    user: dict[str, Any],
    n_processes: int,
    n_executions: int,
    n_data: int,
    prefix: str = "Bulk",
    service_key: str = "Elevation",
) -> dict[str, Any]:
    """Create ``n_data`` data items and ``n_processes`` processes with ``n_executions`` finished runs each."""
    from sandbox.services import catalog

    state = S()
    db = state.db
    if n_processes and not n_data:
        raise ApiError(400, "processes need at least one data item as their region")
    service = next((s for s in catalog.SERVICES if service_key in (s.keywords or [])), None)
    if service is None:
        raise ApiError(400, f"No service with the keyword {service_key!r}")
    total = n_data + n_processes * (1 + n_executions)
    clock = utcnow() - timedelta(minutes=total + 1)

    def stamp() -> str:
        nonlocal clock
        clock += timedelta(minutes=1)
        return iso(clock)

    started = time.perf_counter()
    rows, data_ids = _region_rows(org, n_data, prefix, stamp)
    counts = {"success": 0, "failed": 0, "stopped": 0}
    with db.transaction():
        db.insert_many(rows)
        db.insert_many(_process_rows(org, user, service, data_ids, (n_processes, n_executions), prefix, stamp, counts))
    return {
        "organisation_id": org,
        "data": n_data,
        "processes": n_processes,
        "executions": n_processes * n_executions,
        "execution_statuses": counts,
        "seconds": round(time.perf_counter() - started, 3),
    }


Row = tuple[str, str, Optional[str], Optional[str], dict[str, Any]]  # (kind, id, organisation, parent, document)


def _region_rows(org: str, n_data: int, prefix: str, stamp: Callable[[], str]) -> tuple[list[Row], list[str]]:
    """``n_data`` uploaded data items, each one analysed GeoJSON region file: their rows and their ids."""
    from sandbox import analysis

    state = S()
    rows: list[Row] = []
    data_ids: list[str] = []
    meta: dict[str, Any] | None = None
    for index in range(n_data):
        data_id, file_id, now = new_id(), new_id(), stamp()
        path = state.file_path(file_id)
        path.write_bytes(REGION)
        if meta is None:  # every region is the same GeoJSON: analyse the first one like an upload would
            meta = analysis.analyse_file(path, "GeoJSON")
            meta = {k: v for k, v in meta.items() if k not in ("id", "file_id", "data_id", "file_type")}
            meta.setdefault("publishable", True)
        name = f"{prefix} region {index + 1:05d}.geojson"
        record = dict(
            meta,
            id=new_id(),
            created_at=now,
            updated_at=now,
            organisation_id=org,
            data_id=data_id,
            file_id=file_id,
            file_type="GeoJSON",
            file_name=name,
            downloads=0,
            size=len(REGION),
            error=False,
            title=name,
            _uploaded=True,
        )
        data = {
            "id": data_id,
            "created_at": now,
            "updated_at": now,
            "organisation_id": org,
            "name": f"{prefix} region {index + 1:05d}",
            "unlinked": "unlinked",
            "uploaded_organisation_id": org,
            "bounds": meta.get("bounds"),
            "file_with_preview": None,
        }
        rows.append(("data", data_id, org, None, data))
        rows.append(("file", file_id, org, data_id, record))
        data_ids.append(data_id)

    return rows, data_ids


def _process_rows(
    org: str,
    user: dict[str, Any],
    service: Any,
    data_ids: list[str],
    sizes: tuple[int, int],
    prefix: str,
    stamp: Callable[[], str],
    counts: dict[str, int],
) -> list[Row]:
    """``sizes`` = (processes, finished executions of each): their rows, each process on one of ``data_ids``."""
    from sandbox.services import definitions

    n_processes, n_executions = sizes
    rows: list[Row] = []
    template: dict[str, Any] | None = None
    for index in range(n_processes):
        now = stamp()
        region = data_ids[index % len(data_ids)]
        if template is None:  # validated and priced once, exactly like POST /processes
            base = {
                "id": new_id(),
                "created_at": now,
                "process_status": "stop",
                "process_status_at": now,
                "process_status_changed_by": user["id"],
                "test_run": False,
                "non_aggregator_count": 0,
                "aggregator_count": 0,
                "service_id": service.id,
                "ssd_id": service.ssd_id,
            }
            fields = processes.template(org, service.id, user)
            fields["name"] = "template"
            fields["inputs"] = [dict(i, id=region) for i in fields["inputs"]]
            template = processes._build(org, fields, base, user)
        pid = new_id()
        process = dict(
            template,
            id=pid,
            name=f"{prefix} process {index + 1:05d}",
            created_at=now,
            updated_at=now,
            process_status_at=now,
            repeat_start=now,
            inputs=[dict(i, id=region) for i in template["inputs"]],
            non_aggregator_count=1 if n_executions else 0,
        )
        process["chains"] = [dict(c, inputs=[region]) for c in template["chains"]]
        rows.append(("process", pid, org, None, process))
        for _ in range(n_executions):
            rows.extend(_execution(org, process, service, definitions.IMAGE_ID, stamp(), counts))
    return rows


def _execution(
    org: str, process: dict[str, Any], service: Any, image_id: str, created: str, counts: dict[str, int]
) -> list[Row]:
    """A finished execution, its component and a log line, as engine.py leaves them."""
    number = sum(counts.values()) + 1
    status = "failed" if number % FAILED_EVERY == 0 else "stopped" if number % STOPPED_EVERY == 0 else "success"
    counts[status] += 1
    reason = {"failed": "The execution failed: simulated failure (bulk seed)", "stopped": "Stopped by user"}.get(status)
    start = created
    end = iso(_parse(created) + timedelta(seconds=20 + number % 40))
    expiry = iso(_parse(created) + timedelta(days=int(process.get("output_storage_period") or 30)))
    execution_id, component_id, log_id = new_id(), new_id(), new_id()
    execution = {
        "id": execution_id,
        "created_at": created,
        "updated_at": end,
        "organisation_id": org,
        "process_id": process["id"],
        "group_id": None,
        "group_index": None,
        "group_count": None,
        "options": process.get("options") or [],
        "chains": [dict(c, inputs=[c.get("inputs") or []]) for c in process.get("chains") or []],
        "started_at": start,
        "ended_at": end,
        "stopped": status == "stopped",
        "abort": status != "success",
        "abort_reason": reason,
        "exit_type": {"success": "success", "stopped": "stopped"}.get(status, "error"),
        "success": status == "success",
        "progress": 100,
        "delete_expiry": expiry,
        "delete_warning_status": "not_sent",
        "delete_protection": False,
        "_status": status,
        "_run_id": str(uuid.uuid4()),
        "_aggregator": False,
        "_component_id": component_id,
    }
    component = run_records.component_record(
        process,
        service,
        component_id=component_id,
        execution_id=execution_id,
        aggregator=False,
        name=service.component_name or service.name,
        image_id=image_id,
        now=created,
    )
    # Finished: what the engine stamps on the component when its execution ends.
    component.update(updated_at=end, ended_at=end, runtime=20 + number % 40, success=status == "success")
    level = "ERROR" if status == "failed" else "INFO"
    log = {
        "id": log_id,
        "created_at": end,
        "updated_at": end,
        "process_service_execution_id": component_id,
        "logged_at": end,
        "message": f"{level}: {reason or 'Finished (bulk seed)'}",
        "level": level,
    }
    return [
        ("execution", execution_id, org, process["id"], execution),
        ("component", component_id, org, execution_id, component),
        ("log", log_id, org, component_id, log),
    ]


def _parse(text: str) -> Any:
    from sandbox.core import parse_dt

    value = parse_dt(text)
    assert value is not None
    return value


def register(api: FastAPI) -> None:
    @api.post(ADMIN_PREFIX + "seed")
    def admin_seed(request: Request, body: dict = Depends(json_body)) -> Any:
        """``{"organisation_id"?, "processes", "executions", "data", "prefix"?}``; default organisation: the demo
        user's first. Answers the counts and the seconds it took."""
        client = request.client.host if request.client else ""
        if client not in ("127.0.0.1", "::1", "localhost"):
            raise ApiError(403, "Admin endpoints answer only loopback clients")
        state = S()
        users = [u for u in state.db.list("user") if u["email"].lower() == state.cfg.email.lower()]
        org = body.get("organisation_id") or (users[0]["organisations"][0]["id"] if users else None)
        owner = next(
            (u for u in state.db.list("user") if any(o.get("id") == org for o in u.get("organisations") or [])), None
        )
        if not org or owner is None or state.db.get("organisation", str(org)) is None:
            raise ApiError(404, "Organisation not found")
        prefix = str(body.get("prefix") or "Bulk")[:40]
        return seed(
            str(org), owner, _count(body, "processes"), _count(body, "executions"), _count(body, "data"), prefix=prefix
        )

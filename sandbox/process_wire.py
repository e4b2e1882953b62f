"""Processes as the wire carries them (docs/api-contract.md §6.7): each with its execution summaries (§6.7.4), the
dispatcher entries in ``extras`` (§6.7.6), and the process listing that reads only the page it answers.
"""

from __future__ import annotations

from typing import Any

from sandbox.core import number
from sandbox.db import public
from sandbox.state import S


def with_values(options: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Options with a ``value`` key on each (null when unset): the SDK indexes ``option["value"]``."""
    return [dict(o, value=o.get("value")) for o in options]


def dispatcher_records() -> list[dict[str, Any]]:
    from sandbox.services import catalog

    return [dict(r, options=with_values(r.get("options") or [])) for r in (d.record() for d in catalog.DISPATCHERS)]


# -- wire forms ---------------------------------------------------------------------------------------------------
SUMMARY_KEYS = (
    "group_id",
    "group_index",
    "group_count",
    "abort_reason",
    "exit_type",
    "started_at",
    "ended_at",
    "delete_warning_status",
    "delete_expiry",
)


def execution_summary(execution: dict[str, Any]) -> dict[str, Any]:
    keys = SUMMARY_KEYS
    out = {"process_execution_id": execution["id"], "job_status": execution.get("_status", "pending")}
    out.update({k: execution.get(k) for k in keys})
    out["notified"] = False
    return public(out)


def execution_summaries(org: str, process_ids: list[str] | None = None) -> dict[str, list[dict[str, Any]]]:
    """Process id -> the records ``execution_summary`` needs, read in one query (not one per process)."""
    out: dict[str, list[dict[str, Any]]] = {}
    fields = ("_status", *SUMMARY_KEYS)
    for parent_id, id_, *values in S().db.extract("execution", fields, org_id=org, parent_ids=process_ids):
        record = dict(zip(fields, values))
        record["id"] = id_
        if record["_status"] is None:
            del record["_status"]
        out.setdefault(parent_id, []).append(record)
    return out


def process_wire(doc: dict[str, Any], summaries: dict[str, list[dict[str, Any]]] | None = None) -> dict[str, Any]:
    out = public(doc)
    executions = S().db.list("execution", parent_id=doc["id"]) if summaries is None else summaries.get(doc["id"], [])
    out["has_executions"] = "executions" if executions else ""
    out["has_executions_organisation_id"] = doc["organisation_id"]
    out["executions"] = [execution_summary(e) for e in executions]
    out["price"] = number(float(doc.get("price") or 0))
    return out


def list_wire(org: str, params: Any) -> dict[str, Any]:
    """GET /processes: one page of wire processes. Without filters or search only the page's processes and their
    executions are read (the paging decision needs just the creation order), so a page costs the same whatever
    the organisation's history; with filters every process is wired and filtered as before."""
    from sandbox.core import paginate

    state = S()
    extras = {"dispatchers": dispatcher_records()}
    if params.get("search") or any(key.startswith("filter[") for key in params.keys()):
        summaries = execution_summaries(org)
        rows = [(p["_seq"], process_wire(p, summaries)) for p in state.db.list("process", org_id=org)]
        return paginate(rows, params, extras=extras)
    page = paginate([(seq, {"id": id_}) for seq, id_ in state.db.seqs("process", org_id=org)], params, extras=extras)
    ids = [item["id"] for item in page["list"]]
    summaries = execution_summaries(org, ids)
    page["list"] = [process_wire(p, summaries) for p in state.db.get_many("process", ids)]
    return page


def process_response(doc: dict[str, Any]) -> dict[str, Any]:
    return {"model": process_wire(doc), "extras": {"dispatchers": dispatcher_records()}}


def processes_using(org: str, data_id: str) -> list[dict[str, Any]]:
    return [p for p in S().db.list("process", org_id=org) if any(i.get("id") == data_id for i in p.get("inputs") or [])]

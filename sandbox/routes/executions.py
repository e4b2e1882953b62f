"""Executions, their components and logs (docs/api-contract.md §5, E36–E42)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request

from sandbox.core import ApiError, flat_fields, now_iso, paginate, parse_dt
from sandbox.db import public
from sandbox.state import Caller, S, caller, json_body, model, org_check, owned, owned_model_response

router = APIRouter()


@router.get("/organisations/{org}/process_executions/{eid}")
async def get_execution(org: str, eid: str, who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    return owned_model_response("execution", eid, org, "Process execution")


@router.patch("/organisations/{org}/process_executions/{eid}")
def update_execution(org: str, eid: str, body: dict = Depends(json_body), who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    owned("execution", eid, org, "Process execution")
    fields = flat_fields(body, "ProcessExecution")
    expiry = None
    if "delete_expiry" in fields:
        expiry = parse_dt(fields["delete_expiry"])
        if expiry is None:
            raise ApiError(
                400, "delete_expiry: not a valid datetime", {"errors": {"delete_expiry": "Not a valid datetime"}}
            )

    def change(doc: dict[str, Any]) -> None:
        if expiry is not None:
            doc["delete_expiry"] = expiry.isoformat()
        doc["updated_at"] = now_iso()

    return model(S().db.update("execution", eid, change) or {})


@router.delete("/organisations/{org}/process_executions/{eid}")
def delete_execution(org: str, eid: str, who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    owned("execution", eid, org, "Process execution")
    S().engine.delete_execution(eid)
    return {}


@router.post("/organisations/{org}/process_executions/{eid}/change_delete_expiry")
def change_delete_expiry(org: str, eid: str, body: dict = Depends(json_body), who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    execution = owned("execution", eid, org, "Process execution")
    fields = (
        body.get("ProcessExecution")
        if isinstance(body.get("ProcessExecution"), dict)
        else flat_fields(body, "ProcessExecution")
    )
    expiry = parse_dt(fields.get("delete_expiry"))
    if expiry is None:
        raise ApiError(
            400, "delete_expiry: not a valid datetime", {"errors": {"delete_expiry": "Not a valid datetime"}}
        )
    state = S()
    targets = [execution["id"]]
    if execution.get("group_id"):
        targets = [
            e["id"]
            for e in state.db.list("execution", parent_id=execution["process_id"])
            if e.get("group_id") == execution["group_id"]
        ]
    for target in targets:
        state.db.update(
            "execution", target, lambda d: d.update({"delete_expiry": expiry.isoformat(), "updated_at": now_iso()})
        )
    return {}


@router.get("/organisations/{org}/process_executions/{eid}/process_service_executions")
def list_components(org: str, eid: str, request: Request, who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    owned("execution", eid, org, "Process execution")
    rows = [(c["_seq"], public(c)) for c in S().db.list("component", parent_id=eid)]
    return paginate(rows, request.query_params)


@router.get("/organisations/{org}/process_service_executions/{cid}")
def get_component(org: str, cid: str, who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    return model(owned("component", cid, org, "Process service execution"))


@router.get("/organisations/{org}/process_service_executions/{cid}/logs")
def list_logs(org: str, cid: str, request: Request, who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    owned("component", cid, org, "Process service execution")
    rows = [(entry["_seq"], public(entry)) for entry in S().db.list("log", parent_id=cid)]
    return paginate(rows, request.query_params, ("message",))

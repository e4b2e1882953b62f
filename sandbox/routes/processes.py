"""Processes (docs/api-contract.md §5, E26–E35): the template, create, change, execute, stop, copy."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request

from sandbox import process_wire, processes
from sandbox.core import ApiError, flat_fields, paginate
from sandbox.db import public
from sandbox.state import Caller, S, caller, json_body, org_check, owned

router = APIRouter()


@router.get("/organisations/{org}/processes")
def list_processes(org: str, request: Request, who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    return process_wire.list_wire(org, request.query_params)


@router.get("/organisations/{org}/processes/new")
def new_process(org: str, request: Request, who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    sid = request.query_params.get("service_id")
    if not sid:
        raise ApiError(400, "service_id is required")
    return {
        "model": processes.template(org, sid, who.user),
        "extras": {"dispatchers": process_wire.dispatcher_records()},
    }


@router.post("/organisations/{org}/processes")
def create_process(org: str, body: dict = Depends(json_body), who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    doc = processes.create(org, flat_fields(body, "Process"), who.user)
    return process_wire.process_response(doc)


@router.get("/organisations/{org}/processes/{pid}")
def get_process(org: str, pid: str, who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    return process_wire.process_response(owned("process", pid, org, "Process"))


@router.patch("/organisations/{org}/processes/{pid}")
def update_process(org: str, pid: str, body: dict = Depends(json_body), who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    doc = owned("process", pid, org, "Process")
    return process_wire.process_response(processes.update(doc, flat_fields(body, "Process"), who.user))


@router.delete("/organisations/{org}/processes/{pid}")
def delete_process(org: str, pid: str, who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    owned("process", pid, org, "Process")
    S().engine.delete_process(pid)
    return {}


@router.post("/organisations/{org}/processes/{pid}/execute")
def execute_process(org: str, pid: str, who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    doc = owned("process", pid, org, "Process")
    return process_wire.process_response(processes.execute(doc, who.user))


@router.post("/organisations/{org}/processes/{pid}/stop")
def stop_process(org: str, pid: str, who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    doc = owned("process", pid, org, "Process")
    return process_wire.process_response(processes.stop(doc, who.user))


@router.get("/organisations/{org}/processes/{pid}/copy")
def copy_process(org: str, pid: str, who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    doc = owned("process", pid, org, "Process")
    return {"model": processes.copy_template(doc), "extras": {"dispatchers": process_wire.dispatcher_records()}}


@router.get("/organisations/{org}/processes/{pid}/executions")
async def list_executions(org: str, pid: str, request: Request, who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    owned("process", pid, org, "Process")
    rows = [(e["_seq"], public(e)) for e in S().db.list("execution", parent_id=pid)]
    return paginate(rows, request.query_params, ("id",))

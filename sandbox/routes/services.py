"""The service catalogue (docs/api-contract.md §5, E22–E25): own, latest, dispatchers, aggregators."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Depends, Request

from sandbox.core import ApiError, paginate
from sandbox.db import public
from sandbox.services import catalog, definitions
from sandbox.state import Caller, caller, org_check

router = APIRouter()


def dispatcher_service(org: str, dispatcher: Any) -> dict[str, Any]:
    """A dispatcher as a full Service object (docs/api-contract.md §6.6): the SDK loads E24's list as Services."""
    entry = dispatcher.record()
    return {
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"dispatcher-service:{entry['ssd_id']}")),
        "created_at": definitions.CREATED_AT,
        "updated_at": definitions.UPDATED_AT,
        "organisation_id": org,
        "ssd_id": entry["ssd_id"],
        "version": 1,
        "approval_status": "approved",
        "show_in_latest": False,
        "name": entry["name"],
        "categories": ["Dispatcher"],
        "keywords": ["Dispatcher"],
        "image_id": definitions.IMAGE_ID,
        "license_id": definitions.LICENSE_ID,
        "documentation_summary": entry.get("documentation_summary") or "",
        "documentation_description": entry.get("documentation_description") or "",
        "documentation_assumptions": "",
        "documentation_performance": "",
        "documentation_actions": "",
        "documentation_options": [f"{o['name']}: {o.get('title') or o['name']}" for o in entry["options"]],
    }


def service_rows(org: str, which: str) -> list[tuple[int, dict[str, Any]]]:
    if which == "dispatchers":
        records = [dispatcher_service(org, d) for d in catalog.DISPATCHERS]
    elif which == "aggregators":
        records = [r for r in (catalog.aggregator_record(s, org) for s in catalog.SERVICES) if r]
    else:
        records = [s.record(org) for s in catalog.SERVICES]
        if which == "latest":
            records = [r for r in records if r.get("show_in_latest", True) is not False]
        else:
            records = [r for r in records if r.get("organisation_id") == org]
    return [(i + 1, public(r)) for i, r in enumerate(records)]


search_fields = ("name", "keywords", "categories", "documentation_summary")


@router.get("/organisations/{org}/services/latest")
def services_latest(org: str, request: Request, who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    return paginate(service_rows(org, "latest"), request.query_params, search_fields)


@router.get("/organisations/{org}/services/dispatchers")
def services_dispatchers(org: str, request: Request, who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    return paginate(service_rows(org, "dispatchers"), request.query_params, search_fields)


@router.get("/organisations/{org}/services")
def services_own(org: str, request: Request, who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    return paginate(service_rows(org, "own"), request.query_params, search_fields)


def find_service_record(org: str, sid: str) -> dict[str, Any]:
    for _, rec in service_rows(org, "all") + service_rows(org, "dispatchers") + service_rows(org, "aggregators"):
        if rec.get("id") == sid:
            return rec
    raise ApiError(404, "Service not found")


@router.get("/organisations/{org}/services/{sid}")
def get_service(org: str, sid: str, who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    return {"model": find_service_record(org, sid)}


@router.patch("/organisations/{org}/services/{sid}")
def update_service(org: str, sid: str, who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    find_service_record(org, sid)
    raise ApiError(403, "The sandbox's services cannot be changed")


@router.delete("/organisations/{org}/services/{sid}")
def delete_service(org: str, sid: str, who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    find_service_record(org, sid)
    raise ApiError(403, "The sandbox's services cannot be deleted")

"""The caller's organisation and its credit (docs/api-contract.md §5, E6–E9)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends

from sandbox.core import ApiError, allowed_changes, flat_fields, number
from sandbox.db import public
from sandbox.state import Caller, S, caller, json_body, model, org_check, save_changes

ORG_FIELDS = (
    "name",
    "address_line_1",
    "address_line_2",
    "address_town_city",
    "address_post_zip_code",
    "address_country",
    "payment_customer",
    "income_customer",
    "income_tax_reference",
    "income_tax_rate",
    "currency",
)


def credit_wire(doc: dict[str, Any]) -> dict[str, Any]:
    out = public(doc)
    for key in ("any_credits", "cloud_storage_credits", "registry_storage_credits", "runtime_any_credits"):
        out[key] = number(out.get(key, 0))
    return out


router = APIRouter()


@router.get("/organisations/{org}")
def get_org(org: str, who: Caller = Depends(caller)) -> Any:
    return model(org_check(who, org))


@router.patch("/organisations/{org}")
def update_org(org: str, body: dict = Depends(json_body), who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    changes = allowed_changes(flat_fields(body, "Organisation"), ORG_FIELDS, ("name",))
    return save_changes("organisation", org, changes)


@router.delete("/organisations/{org}")
def delete_org(org: str, who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    raise ApiError(403, "Organisations cannot be deleted in the sandbox")


@router.get("/organisations/{org}/credits/{credit_id}")
def get_credit(org: str, credit_id: str, who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    doc = S().db.get("credit", credit_id) if credit_id == org else None
    if doc is None:
        raise ApiError(404, "Credit not found")
    return {"model": credit_wire(doc)}

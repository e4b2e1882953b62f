"""The sandbox's own admin endpoints (loopback clients only) and its root document."""

from __future__ import annotations

import time
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse

from sandbox.core import ApiError, now_iso
from sandbox.faults import ADMIN_PREFIX
from sandbox.routes.organisations import credit_wire
from sandbox.state import S, json_body

router = APIRouter()


def admin_only(request: Request) -> None:
    client = request.client.host if request.client else ""
    if client not in ("127.0.0.1", "::1", "localhost"):
        raise ApiError(403, "Admin endpoints answer only loopback clients")


@router.get(ADMIN_PREFIX + "health")
def admin_health(request: Request) -> Any:
    admin_only(request)
    return {"status": "ok", "url": S().cfg.base_url}


@router.get(ADMIN_PREFIX + "faults")
def admin_faults(request: Request) -> Any:
    admin_only(request)
    return {"rules": S().faults.describe()}


@router.post(ADMIN_PREFIX + "faults")
def admin_set_faults(request: Request, body: dict = Depends(json_body)) -> Any:
    admin_only(request)
    rules = body.get("rules")
    if not isinstance(rules, list):
        raise ApiError(400, 'Body must be {"rules": [...]}')
    try:
        S().faults.set_rules(rules)
    except (ValueError, TypeError) as exc:
        raise ApiError(400, str(exc))
    return {"rules": S().faults.describe()}


@router.delete(ADMIN_PREFIX + "faults")
def admin_clear_faults(request: Request) -> Any:
    admin_only(request)
    S().faults.clear()
    return {"rules": []}


@router.post(ADMIN_PREFIX + "expire_tokens")
def admin_expire_tokens(request: Request) -> Any:
    admin_only(request)
    S().db.meta_set("tokens_not_before", repr(time.time()))
    return {}


@router.get(ADMIN_PREFIX + "stats")
def admin_stats(request: Request) -> Any:
    admin_only(request)
    return S().faults.snapshot()


@router.delete(ADMIN_PREFIX + "stats")
def admin_reset_stats(request: Request) -> Any:
    admin_only(request)
    S().faults.reset_stats()
    return {}


@router.post(ADMIN_PREFIX + "credits")
def admin_credits(request: Request, body: dict = Depends(json_body)) -> Any:
    admin_only(request)
    org = body.get("organisation_id")
    try:
        credits = float(body.get("credits"))
    except (TypeError, ValueError):
        raise ApiError(400, "credits must be a number")
    doc = S().db.update("credit", str(org), lambda d: d.update({"any_credits": credits, "updated_at": now_iso()}))
    if doc is None:
        raise ApiError(404, "Organisation not found")
    return {"model": credit_wire(doc)}


@router.post(ADMIN_PREFIX + "file_name")
def admin_file_name(request: Request, body: dict = Depends(json_body)) -> Any:
    """Give a file record any name, unsanitised (for tests of clients facing hostile server-supplied names)."""
    admin_only(request)
    file_id = str(body.get("file_id"))

    def change(doc: dict[str, Any]) -> None:
        if "file_name" in body:
            doc["file_name"] = body["file_name"]
        if "stac_item_file" in body:
            doc["_stac_item_file"] = body["stac_item_file"]

    if S().db.update("file", file_id, change) is None:
        raise ApiError(404, "File not found")
    return {}


@router.get(ADMIN_PREFIX + "users")
def admin_users(request: Request) -> Any:
    """Accounts and their organisation ids (for tests that need the other organisation's id)."""
    admin_only(request)
    return {
        "list": [
            {"id": u["id"], "email": u["email"], "organisations": u.get("organisations")} for u in S().db.list("user")
        ]
    }


@router.get("/")
def root() -> Any:
    return JSONResponse({"name": "Fusion Platform sandbox", "url": S().cfg.base_url})

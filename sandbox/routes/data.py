"""Data items and their files (docs/api-contract.md §5, E10–E21); the signed file URLs are in files.py."""

from __future__ import annotations

import shutil
import time
from typing import Any

from fastapi import APIRouter, Depends, Request

from sandbox import process_wire
from sandbox.core import FILE_TYPES, ApiError, flat_fields, is_uuid, new_id, now_iso, paginate, sanitise_file_name
from sandbox.db import public
from sandbox.state import Caller, S, caller, json_body, model, org_check, owned

router = APIRouter()


@router.get("/organisations/{org}/data/uploaded")
def list_uploaded(org: str, request: Request, who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    rows = [(d["_seq"], public(d)) for d in S().db.list("data", org_id=org) if d.get("uploaded_organisation_id")]
    return paginate(rows, request.query_params)


@router.get("/organisations/{org}/data/new")
def new_data(org: str, who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    return {"model": {"organisation_id": org}}


@router.post("/organisations/{org}/data")
def create_data(org: str, body: dict = Depends(json_body), who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    fields = flat_fields(body, "Data")
    name = fields.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ApiError(400, "name: a data item needs a name", {"errors": {"name": "A name is required"}})
    data_id = fields.get("id") or new_id()
    if not is_uuid(data_id):
        raise ApiError(400, "id must be a UUID")
    data_id = str(data_id)
    existing = S().db.get("data", data_id)
    if existing is not None:
        if existing.get("organisation_id") != org:
            raise ApiError(404, "Data not found")  # another organisation's id: no existence oracle
        raise ApiError(409, "A data item with this id already exists")
    now = now_iso()
    doc = {
        "id": data_id,
        "created_at": now,
        "updated_at": now,
        "organisation_id": org,
        "name": name.strip(),
        "unlinked": "unlinked",
        "uploaded_organisation_id": org,
    }
    S().db.put("data", data_id, doc, org_id=org)
    return model(doc)


@router.get("/organisations/{org}/data/{did}")
def get_data(org: str, did: str, who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    return model(owned("data", did, org, "Data"))


@router.patch("/organisations/{org}/data/{did}")
def update_data(org: str, did: str, body: dict = Depends(json_body), who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    owned("data", did, org, "Data")
    name = flat_fields(body, "Data").get("name")
    if name is not None and (not isinstance(name, str) or not name.strip()):
        raise ApiError(400, "name: must be a non-empty string", {"errors": {"name": "must not be empty"}})

    def change(doc: dict[str, Any]) -> None:
        if name is not None:
            doc["name"] = name.strip()
        doc["updated_at"] = now_iso()

    return model(S().db.update("data", did, change) or {})


@router.delete("/organisations/{org}/data/{did}")
def delete_data(org: str, did: str, who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    owned("data", did, org, "Data")
    users = process_wire.processes_using(org, did)
    if users:
        raise ApiError(409, f"The data item is used by the process '{users[0]['name']}' and cannot be deleted")
    S().delete_data(did)
    return {}


@router.post("/organisations/{org}/data/{did}/add_file")
def add_file(org: str, did: str, body: dict = Depends(json_body), who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    owned("data", did, org, "Data")
    fields = body.get("Data") if isinstance(body.get("Data"), dict) else flat_fields(body, "Data")
    file_type = fields.get("file_type")
    if file_type not in FILE_TYPES:
        raise ApiError(
            400, f"file_type: unknown file type {file_type!r}", {"errors": {"file_type": "Unknown file type"}}
        )
    state = S()
    file_id = new_id()
    now = now_iso()
    record = {
        "id": new_id(),
        "created_at": now,
        "updated_at": now,
        "organisation_id": org,
        "data_id": did,
        "file_id": file_id,
        "file_type": file_type,
        "file_name": sanitise_file_name(fields.get("name")),
        "downloads": 0,
        "_upload_expires": time.time() + state.cfg.upload_url_ttl,
        "_uploaded": False,
    }
    state.db.put("file", file_id, record, org_id=org, parent_id=did)
    url = state.signed_url("upload", file_id, state.cfg.upload_url_ttl)
    return {"extras": {"file": file_id, "url": url}}


@router.get("/organisations/{org}/data/{did}/files")
def list_files(org: str, did: str, request: Request, who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    data = owned("data", did, org, "Data")
    state = S()
    rows = [(f["_seq"], state.file_wire(f, data["name"])) for f in state.data_files(did)]
    return paginate(rows, request.query_params, ("file_name",))


@router.post("/organisations/{org}/data/{did}/copy")
def copy_data(org: str, did: str, body: dict = Depends(json_body), who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    source = owned("data", did, org, "Data")
    fields = body.get("Data") if isinstance(body.get("Data"), dict) else flat_fields(body, "Data")
    name = fields.get("name") or f"Copy of {source['name']}"
    state = S()
    now = now_iso()
    new = {
        "id": new_id(),
        "created_at": now,
        "updated_at": now,
        "organisation_id": org,
        "name": str(name),
        "unlinked": "unlinked",
        "uploaded_organisation_id": org,
        "bounds": source.get("bounds"),
    }
    state.db.put("data", new["id"], new, org_id=org)
    for record in state.data_files(did):
        if not record.get("_uploaded") and "size" not in record:
            continue
        file_id = new_id()
        src = state.file_path(record["file_id"])
        if src.exists():
            shutil.copyfile(src, state.file_path(file_id))
        if state.preview_path(record["file_id"]).exists():
            shutil.copyfile(state.preview_path(record["file_id"]), state.preview_path(file_id))
        copy = {k: v for k, v in record.items() if k not in ("_seq", "_upload_expires")}
        copy.update(
            {
                "id": new_id(),
                "created_at": now,
                "updated_at": now,
                "data_id": new["id"],
                "file_id": file_id,
                "downloads": 0,
            }
        )
        state.db.put("file", file_id, copy, org_id=org, parent_id=new["id"])
    state.refresh_data_summary(new["id"])
    return model(state.db.get("data", new["id"]) or new)


@router.get("/organisations/{org}/data/{did}/download_file/{file_id}")
def download_file(org: str, did: str, file_id: str, request: Request, who: Caller = Depends(caller)) -> Any:
    org_check(who, org)
    owned("data", did, org, "Data")
    state = S()
    record = state.db.get("file", file_id) if is_uuid(file_id) else None
    if record is None or record.get("data_id") != did or record.get("_deleted_at"):
        raise ApiError(404, "File not found")
    preview = str(request.query_params.get("preview", "False")).lower() in ("true", "1")
    if preview:
        if not state.preview_path(file_id).exists():
            raise ApiError(404, "This file has no preview")
        url = state.signed_url("preview", file_id, state.cfg.download_url_ttl)
        name = f"{record.get('file_name') or 'file'}.png"
    else:
        if not state.file_path(file_id).exists():
            raise ApiError(404, "The file has not been uploaded")
        url = state.signed_url("download", file_id, state.cfg.download_url_ttl)
        name = record.get("file_name") or "file"
    return {"extras": {"file": file_id, "name": name, "url": url, "commands": f"curl -o '{name}' '{url}'"}}

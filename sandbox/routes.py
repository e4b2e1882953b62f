"""Route handlers of the sandbox API (api-contract.md §5), registered on the FastAPI app by ``register``.

Route order matters where a literal segment shares a position with an id (``/data/new`` before
``/data/{did}``, ``/services/latest`` before ``/services/{sid}``, ``/processes/new`` before
``/processes/{pid}``).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import anyio
from fastapi import Depends, FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse

from sandbox import auth, policy, processes
from sandbox.core import (
    FILE_TYPES,
    ApiError,
    flat_fields,
    is_uuid,
    new_id,
    now_iso,
    number,
    paginate,
    parse_dt,
    sanitise_file_name,
)
from sandbox.db import public
from sandbox.faults import ADMIN_PREFIX
from sandbox.state import Caller, S, caller, json_body, model, org_check, owned, owned_model_response

USER_FIELDS = (
    "given_name",
    "family_name",
    "telephone",
    "default_output_storage_period",
    "time_zone",
    "locale",
    "units",
    "notification_service_status",
    "notification_account",
    "notification_processing_chain",
    "notification_new_features",
    "notification_contact",
)
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
UPLOAD_CHUNK = 1024 * 1024


def _credit_wire(doc: dict[str, Any]) -> dict[str, Any]:
    out = public(doc)
    for key in ("any_credits", "cloud_storage_credits", "registry_storage_credits", "runtime_any_credits"):
        out[key] = number(out.get(key, 0))
    return out


def register(api: FastAPI) -> None:
    # ============================================================ users (E1–E5)
    @api.post("/users/login")
    def login(body: dict = Depends(json_body)) -> Any:
        state = S()
        fields = body.get("User") if isinstance(body.get("User"), dict) else flat_fields(body, "User")
        email = fields.get("email")
        user_id = fields.get("user_id")
        password = fields.get("password")
        user = None
        if email:
            user = next((u for u in state.db.list("user") if u["email"].lower() == str(email).lower()), None)
        elif user_id and is_uuid(user_id):
            user = state.db.get("user", str(user_id))
        if user is None or not isinstance(password, str) or not auth.check_password(password, user["_password"]):
            raise ApiError(400, "Incorrect username or password")
        state.db.update("user", user["id"], lambda d: d.__setitem__("last_request_at", now_iso()))
        return {
            "id_token": auth.make_id_token(state.cfg.secret, user, state.cfg.token_ttl),
            "access_token": auth.make_access_token(state.cfg.secret, user["id"], state.cfg.token_ttl),
            "expires_in": int(state.cfg.token_ttl),
        }

    def own_user(who: Caller, user_id: str) -> dict[str, Any]:
        if user_id != who.user["id"]:
            raise ApiError(404, "User not found")
        return who.user

    @api.get("/users/{user_id}")
    def get_user(user_id: str, who: Caller = Depends(caller)) -> Any:
        return model(own_user(who, user_id))

    @api.patch("/users/{user_id}")
    def update_user(user_id: str, body: dict = Depends(json_body), who: Caller = Depends(caller)) -> Any:
        own_user(who, user_id)
        fields = flat_fields(body, "User")
        changes = {k: fields[k] for k in USER_FIELDS if k in fields}
        for key in ("given_name", "family_name", "time_zone", "locale", "units"):
            if key in changes and (not isinstance(changes[key], str) or not changes[key].strip()):
                raise ApiError(400, f"{key} must be a non-empty string")
        if "default_output_storage_period" in changes:
            try:
                changes["default_output_storage_period"] = int(changes["default_output_storage_period"])
            except (TypeError, ValueError):
                raise ApiError(400, "default_output_storage_period must be an integer")
        password = fields.get("password")
        if password:
            message = policy.password_message(str(password))
            if message:
                raise ApiError(400, message)
            changes["_password"] = auth.hash_password(str(password))

        def change(doc: dict[str, Any]) -> None:
            doc.update(changes)
            doc["updated_at"] = now_iso()

        return model(S().db.update("user", user_id, change) or {})

    @api.delete("/users/{user_id}")
    def delete_user(user_id: str, who: Caller = Depends(caller)) -> Any:
        own_user(who, user_id)
        S().db.delete("user", user_id)
        return {}

    @api.post("/users/{user_id}/change_password")
    def change_password(user_id: str, body: dict = Depends(json_body), who: Caller = Depends(caller)) -> Any:
        user = own_user(who, user_id)
        fields = body.get("User") if isinstance(body.get("User"), dict) else flat_fields(body, "User")
        old, new = fields.get("old_password"), fields.get("new_password")
        if not isinstance(old, str) or not auth.check_password(old, user["_password"]):
            raise ApiError(400, "Incorrect old password")
        if not isinstance(new, str):
            raise ApiError(400, "new_password is required")
        message = policy.password_message(new)
        if message:
            raise ApiError(400, message)
        hashed = auth.hash_password(new)
        S().db.update("user", user_id, lambda d: d.update({"_password": hashed, "updated_at": now_iso()}))
        return {}

    # ============================================================ organisations, credits (E6–E9)
    @api.get("/organisations/{org}")
    def get_org(org: str, who: Caller = Depends(caller)) -> Any:
        return model(org_check(who, org))

    @api.patch("/organisations/{org}")
    def update_org(org: str, body: dict = Depends(json_body), who: Caller = Depends(caller)) -> Any:
        org_check(who, org)
        fields = flat_fields(body, "Organisation")
        changes = {k: fields[k] for k in ORG_FIELDS if k in fields}
        if "name" in changes and (not isinstance(changes["name"], str) or not changes["name"].strip()):
            raise ApiError(400, "name must be a non-empty string")

        def change(doc: dict[str, Any]) -> None:
            doc.update(changes)
            doc["updated_at"] = now_iso()

        return model(S().db.update("organisation", org, change) or {})

    @api.delete("/organisations/{org}")
    def delete_org(org: str, who: Caller = Depends(caller)) -> Any:
        org_check(who, org)
        raise ApiError(403, "Organisations cannot be deleted in the sandbox")

    @api.get("/organisations/{org}/credits/{credit_id}")
    def get_credit(org: str, credit_id: str, who: Caller = Depends(caller)) -> Any:
        org_check(who, org)
        doc = S().db.get("credit", credit_id) if credit_id == org else None
        if doc is None:
            raise ApiError(404, "Credit not found")
        return {"model": _credit_wire(doc)}

    # ============================================================ data (E10–E21)
    @api.get("/organisations/{org}/data/uploaded")
    def list_uploaded(org: str, request: Request, who: Caller = Depends(caller)) -> Any:
        org_check(who, org)
        rows = [(d["_seq"], public(d)) for d in S().db.list("data", org_id=org) if d.get("uploaded_organisation_id")]
        return paginate(rows, request.query_params)

    @api.get("/organisations/{org}/data/new")
    def new_data(org: str, who: Caller = Depends(caller)) -> Any:
        org_check(who, org)
        return {"model": {"organisation_id": org}}

    @api.post("/organisations/{org}/data")
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

    @api.get("/organisations/{org}/data/{did}")
    def get_data(org: str, did: str, who: Caller = Depends(caller)) -> Any:
        org_check(who, org)
        return model(owned("data", did, org, "Data"))

    @api.patch("/organisations/{org}/data/{did}")
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

    @api.delete("/organisations/{org}/data/{did}")
    def delete_data(org: str, did: str, who: Caller = Depends(caller)) -> Any:
        org_check(who, org)
        owned("data", did, org, "Data")
        users = processes.processes_using(org, did)
        if users:
            raise ApiError(409, f"The data item is used by the process '{users[0]['name']}' and cannot be deleted")
        S().delete_data(did)
        return {}

    @api.post("/organisations/{org}/data/{did}/add_file")
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

    @api.get("/organisations/{org}/data/{did}/files")
    def list_files(org: str, did: str, request: Request, who: Caller = Depends(caller)) -> Any:
        org_check(who, org)
        data = owned("data", did, org, "Data")
        state = S()
        rows = [(f["_seq"], state.file_wire(f, data["name"])) for f in state.data_files(did)]
        return paginate(rows, request.query_params, ("file_name",))

    @api.post("/organisations/{org}/data/{did}/copy")
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

    @api.get("/organisations/{org}/data/{did}/download_file/{file_id}")
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

    # ------------------------------------------------------------ file URLs (E17, E21)
    @api.put("/files/upload/{file_id}")
    async def upload(file_id: str, request: Request) -> Any:
        state = S()
        q = request.query_params
        problem = auth.check_url(state.cfg.secret, "upload", file_id, q.get("expires"), q.get("signature"))
        if problem:
            raise ApiError(403, problem)
        record = state.db.get("file", file_id)
        if record is None or record.get("_deleted_at"):
            raise ApiError(404, "File not found")
        if record.get("_uploaded") or "size" in record:
            raise ApiError(409, "This upload URL has already been used")
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > state.cfg.max_upload:
            raise ApiError(413, f"The file is larger than the upload limit of {state.cfg.max_upload} bytes")
        tmp_dir = state.cfg.dir("tmp")
        fd, tmp_name = tempfile.mkstemp(dir=tmp_dir, prefix="upload-")
        received = 0
        buffer = bytearray()
        try:
            with os.fdopen(fd, "wb") as handle:
                async for chunk in request.stream():
                    received += len(chunk)
                    if received > state.cfg.max_upload:
                        raise ApiError(413, f"The file is larger than the upload limit of {state.cfg.max_upload} bytes")
                    buffer.extend(chunk)
                    if len(buffer) >= UPLOAD_CHUNK:
                        data = bytes(buffer)
                        buffer.clear()
                        await anyio.to_thread.run_sync(handle.write, data)
                if buffer:
                    await anyio.to_thread.run_sync(handle.write, bytes(buffer))
            os.replace(tmp_name, state.file_path(file_id))
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise

        def change(doc: dict[str, Any]) -> None:
            doc["_uploaded"] = True
            doc["updated_at"] = now_iso()

        state.db.update("file", file_id, change)
        state.analysis_pool.submit(state.analyse_upload, file_id)
        if state.cfg.upload_delay > 0:
            # SDK 2.2.5's create_data() checks completion once, without waiting, right after starting its upload
            # threads; when a small upload *and* its analysis finish before that check (instant on loopback), the
            # SDK forgets the upload and its CLI then fails with "No upload is in progress". Real presigned uploads
            # and analyses are never that fast, so the sandbox answers the PUT a moment later.
            await anyio.sleep(state.cfg.upload_delay)
        return {}

    def _serve(action: str, file_id: str, request: Request) -> Any:
        state = S()
        q = request.query_params
        problem = auth.check_url(state.cfg.secret, action, file_id, q.get("expires"), q.get("signature"))
        if problem:
            raise ApiError(403, problem)
        record = state.db.get("file", file_id)
        path = state.preview_path(file_id) if action == "preview" else state.file_path(file_id)
        if record is None or not path.exists():
            raise ApiError(404, "File not found")
        if state.cfg.download_delay > 0:
            # SDK 2.2.5's DataFile.download() checks for its running download right after starting the thread;
            # a small file served instantly over loopback finishes first and the SDK then reports "No download
            # is in progress". Real presigned URLs are never that fast, so the sandbox waits a moment too.
            time.sleep(state.cfg.download_delay)
        if action == "download":
            state.db.update("file", file_id, lambda d: d.__setitem__("downloads", int(d.get("downloads") or 0) + 1))
            name = record.get("file_name") or "file"
            return FileResponse(path, filename=name, media_type="application/octet-stream")
        return FileResponse(path, filename=f"{record.get('file_name') or 'file'}.png", media_type="image/png")

    @api.get("/files/download/{file_id}")
    def download(file_id: str, request: Request) -> Any:
        return _serve("download", file_id, request)

    @api.get("/files/preview/{file_id}")
    def preview(file_id: str, request: Request) -> Any:
        return _serve("preview", file_id, request)

    # ============================================================ services (E22–E25)
    def catalog() -> Any:
        from sandbox.services import catalog as cat

        return cat

    def dispatcher_service(org: str, dispatcher: Any) -> dict[str, Any]:
        """A dispatcher as a full Service object (§6.6): E24 lists are loaded as Service models by the SDK."""
        cat = catalog()
        entry = dispatcher.record()
        return {
            "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"dispatcher-service:{entry['ssd_id']}")),
            "created_at": cat.CREATED_AT,
            "updated_at": cat.UPDATED_AT,
            "organisation_id": org,
            "ssd_id": entry["ssd_id"],
            "version": 1,
            "approval_status": "approved",
            "show_in_latest": False,
            "name": entry["name"],
            "categories": ["Dispatcher"],
            "keywords": ["Dispatcher"],
            "image_id": cat.IMAGE_ID,
            "license_id": cat.LICENSE_ID,
            "documentation_summary": entry.get("documentation_summary") or "",
            "documentation_description": entry.get("documentation_description") or "",
            "documentation_assumptions": "",
            "documentation_performance": "",
            "documentation_actions": "",
            "documentation_options": [f"{o['name']}: {o.get('title') or o['name']}" for o in entry["options"]],
        }

    def service_rows(org: str, which: str) -> list[tuple[int, dict[str, Any]]]:
        cat = catalog()
        if which == "dispatchers":
            records = [dispatcher_service(org, d) for d in cat.DISPATCHERS]
        elif which == "aggregators":
            records = [r for r in (cat.aggregator_record(s, org) for s in cat.SERVICES) if r]
        else:
            records = [s.record(org) for s in cat.SERVICES]
            if which == "latest":
                records = [r for r in records if r.get("show_in_latest", True) is not False]
            else:
                records = [r for r in records if r.get("organisation_id") == org]
        return [(i + 1, public(r)) for i, r in enumerate(records)]

    search_fields = ("name", "keywords", "categories", "documentation_summary")

    @api.get("/organisations/{org}/services/latest")
    def services_latest(org: str, request: Request, who: Caller = Depends(caller)) -> Any:
        org_check(who, org)
        return paginate(service_rows(org, "latest"), request.query_params, search_fields)

    @api.get("/organisations/{org}/services/dispatchers")
    def services_dispatchers(org: str, request: Request, who: Caller = Depends(caller)) -> Any:
        org_check(who, org)
        return paginate(service_rows(org, "dispatchers"), request.query_params, search_fields)

    @api.get("/organisations/{org}/services")
    def services_own(org: str, request: Request, who: Caller = Depends(caller)) -> Any:
        org_check(who, org)
        return paginate(service_rows(org, "own"), request.query_params, search_fields)

    def find_service_record(org: str, sid: str) -> dict[str, Any]:
        for _, rec in service_rows(org, "all") + service_rows(org, "dispatchers") + service_rows(org, "aggregators"):
            if rec.get("id") == sid:
                return rec
        raise ApiError(404, "Service not found")

    @api.get("/organisations/{org}/services/{sid}")
    def get_service(org: str, sid: str, who: Caller = Depends(caller)) -> Any:
        org_check(who, org)
        return {"model": find_service_record(org, sid)}

    @api.patch("/organisations/{org}/services/{sid}")
    def update_service(org: str, sid: str, who: Caller = Depends(caller)) -> Any:
        org_check(who, org)
        find_service_record(org, sid)
        raise ApiError(403, "The sandbox's services cannot be changed")

    @api.delete("/organisations/{org}/services/{sid}")
    def delete_service(org: str, sid: str, who: Caller = Depends(caller)) -> Any:
        org_check(who, org)
        find_service_record(org, sid)
        raise ApiError(403, "The sandbox's services cannot be deleted")

    # ============================================================ processes (E26–E35)
    @api.get("/organisations/{org}/processes")
    def list_processes(org: str, request: Request, who: Caller = Depends(caller)) -> Any:
        org_check(who, org)
        return processes.list_wire(org, request.query_params)

    @api.get("/organisations/{org}/processes/new")
    def new_process(org: str, request: Request, who: Caller = Depends(caller)) -> Any:
        org_check(who, org)
        sid = request.query_params.get("service_id")
        if not sid:
            raise ApiError(400, "service_id is required")
        return {
            "model": processes.template(org, sid, who.user),
            "extras": {"dispatchers": processes.dispatcher_records()},
        }

    @api.post("/organisations/{org}/processes")
    def create_process(org: str, body: dict = Depends(json_body), who: Caller = Depends(caller)) -> Any:
        org_check(who, org)
        doc = processes.create(org, flat_fields(body, "Process"), who.user)
        return processes.process_response(doc)

    @api.get("/organisations/{org}/processes/{pid}")
    def get_process(org: str, pid: str, who: Caller = Depends(caller)) -> Any:
        org_check(who, org)
        return processes.process_response(owned("process", pid, org, "Process"))

    @api.patch("/organisations/{org}/processes/{pid}")
    def update_process(org: str, pid: str, body: dict = Depends(json_body), who: Caller = Depends(caller)) -> Any:
        org_check(who, org)
        doc = owned("process", pid, org, "Process")
        return processes.process_response(processes.update(doc, flat_fields(body, "Process"), who.user))

    @api.delete("/organisations/{org}/processes/{pid}")
    def delete_process(org: str, pid: str, who: Caller = Depends(caller)) -> Any:
        org_check(who, org)
        owned("process", pid, org, "Process")
        S().engine.delete_process(pid)
        return {}

    @api.post("/organisations/{org}/processes/{pid}/execute")
    def execute_process(org: str, pid: str, who: Caller = Depends(caller)) -> Any:
        org_check(who, org)
        doc = owned("process", pid, org, "Process")
        return processes.process_response(processes.execute(doc, who.user))

    @api.post("/organisations/{org}/processes/{pid}/stop")
    def stop_process(org: str, pid: str, who: Caller = Depends(caller)) -> Any:
        org_check(who, org)
        doc = owned("process", pid, org, "Process")
        return processes.process_response(processes.stop(doc, who.user))

    @api.get("/organisations/{org}/processes/{pid}/copy")
    def copy_process(org: str, pid: str, who: Caller = Depends(caller)) -> Any:
        org_check(who, org)
        doc = owned("process", pid, org, "Process")
        return {"model": processes.copy_template(doc), "extras": {"dispatchers": processes.dispatcher_records()}}

    @api.get("/organisations/{org}/processes/{pid}/executions")
    async def list_executions(org: str, pid: str, request: Request, who: Caller = Depends(caller)) -> Any:
        org_check(who, org)
        owned("process", pid, org, "Process")
        rows = [(e["_seq"], public(e)) for e in S().db.list("execution", parent_id=pid)]
        return paginate(rows, request.query_params, ("id",))

    # ============================================================ executions, components, logs (E36–E42)
    @api.get("/organisations/{org}/process_executions/{eid}")
    async def get_execution(org: str, eid: str, who: Caller = Depends(caller)) -> Any:
        org_check(who, org)
        return owned_model_response("execution", eid, org, "Process execution")

    @api.patch("/organisations/{org}/process_executions/{eid}")
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

    @api.delete("/organisations/{org}/process_executions/{eid}")
    def delete_execution(org: str, eid: str, who: Caller = Depends(caller)) -> Any:
        org_check(who, org)
        owned("execution", eid, org, "Process execution")
        S().engine.delete_execution(eid)
        return {}

    @api.post("/organisations/{org}/process_executions/{eid}/change_delete_expiry")
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

    @api.get("/organisations/{org}/process_executions/{eid}/process_service_executions")
    def list_components(org: str, eid: str, request: Request, who: Caller = Depends(caller)) -> Any:
        org_check(who, org)
        owned("execution", eid, org, "Process execution")
        rows = [(c["_seq"], public(c)) for c in S().db.list("component", parent_id=eid)]
        return paginate(rows, request.query_params)

    @api.get("/organisations/{org}/process_service_executions/{cid}")
    def get_component(org: str, cid: str, who: Caller = Depends(caller)) -> Any:
        org_check(who, org)
        return model(owned("component", cid, org, "Process service execution"))

    @api.get("/organisations/{org}/process_service_executions/{cid}/logs")
    def list_logs(org: str, cid: str, request: Request, who: Caller = Depends(caller)) -> Any:
        org_check(who, org)
        owned("component", cid, org, "Process service execution")
        rows = [(entry["_seq"], public(entry)) for entry in S().db.list("log", parent_id=cid)]
        return paginate(rows, request.query_params, ("message",))

    # ============================================================ admin (loopback only)
    def admin_only(request: Request) -> None:
        client = request.client.host if request.client else ""
        if client not in ("127.0.0.1", "::1", "localhost"):
            raise ApiError(403, "Admin endpoints answer only loopback clients")

    @api.get(ADMIN_PREFIX + "health")
    def admin_health(request: Request) -> Any:
        admin_only(request)
        return {"status": "ok", "url": S().cfg.base_url}

    @api.get(ADMIN_PREFIX + "faults")
    def admin_faults(request: Request) -> Any:
        admin_only(request)
        return {"rules": S().faults.describe()}

    @api.post(ADMIN_PREFIX + "faults")
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

    @api.delete(ADMIN_PREFIX + "faults")
    def admin_clear_faults(request: Request) -> Any:
        admin_only(request)
        S().faults.clear()
        return {"rules": []}

    @api.post(ADMIN_PREFIX + "expire_tokens")
    def admin_expire_tokens(request: Request) -> Any:
        admin_only(request)
        S().db.meta_set("tokens_not_before", repr(time.time()))
        return {}

    @api.get(ADMIN_PREFIX + "stats")
    def admin_stats(request: Request) -> Any:
        admin_only(request)
        return S().faults.snapshot()

    @api.delete(ADMIN_PREFIX + "stats")
    def admin_reset_stats(request: Request) -> Any:
        admin_only(request)
        S().faults.reset_stats()
        return {}

    @api.post(ADMIN_PREFIX + "credits")
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
        return {"model": _credit_wire(doc)}

    @api.post(ADMIN_PREFIX + "file_name")
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

    @api.get(ADMIN_PREFIX + "users")
    def admin_users(request: Request) -> Any:
        """Accounts and their organisation ids (for tests that need the other organisation's id)."""
        admin_only(request)
        return {
            "list": [
                {"id": u["id"], "email": u["email"], "organisations": u.get("organisations")}
                for u in S().db.list("user")
            ]
        }

    @api.get("/")
    def root() -> Any:
        return JSONResponse({"name": "Fusion Platform sandbox", "url": S().cfg.base_url})

    # The routes clients poll go first: the router tries routes in order until one matches, and the execution GET
    # was the 39th (some 40 regular-expression matches per poll). Neither shares a position with a literal segment.
    polled = {
        ("GET", "/organisations/{org}/process_executions/{eid}"),
        ("GET", "/organisations/{org}/process_service_executions/{cid}"),
    }

    def is_polled(route: Any) -> bool:
        return any((method, getattr(route, "path", None)) in polled for method in getattr(route, "methods", ()) or ())

    api.router.routes.sort(key=lambda route: not is_polled(route))  # stable: every other route keeps its order

"""The sandbox's process-wide state and the request dependencies every handler uses.

Why a module of its own: handlers (routes/, processes.py) and the engine need the state, and the application
(app.py) needs the handlers; keeping the state here, below both, keeps imports one-way (app -> routes ->
processes -> state, app -> engine/seed -> state).
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import Response

from sandbox import auth
from sandbox.config import Config
from sandbox.core import (
    ApiError,
    is_uuid,
    now_iso,
    wire,
)
from sandbox.db import Database, public
from sandbox.faults import FaultState

log = logging.getLogger("sandbox")

MAX_JSON_DEPTH = 32
MAX_JSON_BODY = 10 * 1024 * 1024


@dataclass
class Caller:
    user: dict[str, Any]
    org_ids: list[str]


class Sandbox:
    """Process-wide state: configuration, database, fault rules, analysis pool and execution engine."""

    def __init__(self, cfg: Config) -> None:
        self.cfg = cfg
        self.db = Database(cfg.data_dir / "sandbox.sqlite3")
        self.faults = FaultState(cfg.faults)
        self.analysis_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="analysis")
        self.engine: Any = None  # set by app.create_app once the database is seeded

    # -- helpers used by handlers and the engine -----------------------------------------------------------
    def file_path(self, file_id: str) -> Path:
        return self.cfg.dir("files") / file_id

    def preview_path(self, file_id: str) -> Path:
        return self.cfg.dir("previews") / f"{file_id}.png"

    def signed_url(self, action: str, file_id: str, ttl: float) -> str:
        expires = int(time.time() + ttl)
        sig = auth.sign_url(self.cfg.secret, action, file_id, expires)
        return f"{self.cfg.base_url}/files/{action}/{file_id}?expires={expires}&signature={sig}"

    def data_files(self, data_id: str) -> list[dict[str, Any]]:
        return [f for f in self.db.list("file", parent_id=data_id) if not f.get("_deleted_at")]

    def file_wire(self, record: dict[str, Any], data_name: str | None = None) -> dict[str, Any]:
        """A DataFile as listed by E18, with its STAC item once analysed."""
        out = public(record)
        if "size" in record and not record.get("error") and data_name is not None:
            try:
                from sandbox import previews

                out["stac_item"] = previews.stac_item(out, data_name)
                out["stac_item_file"] = record.get("_stac_item_file") or f".{record.get('file_name') or 'file'}.stac"
            except Exception as exc:
                log.debug("no STAC item for %s: %s", record.get("file_id"), exc)
        return out

    def refresh_data_summary(self, data_id: str) -> None:
        """Recompute a data item's bounds and file_with_preview from its files."""
        files = self.data_files(data_id)

        def change(doc: dict[str, Any]) -> None:
            bounds = [f["bounds"] for f in files if isinstance(f.get("bounds"), list) and len(f["bounds"]) == 4]
            if bounds:
                doc["bounds"] = [
                    min(b[0] for b in bounds),
                    min(b[1] for b in bounds),
                    max(b[2] for b in bounds),
                    max(b[3] for b in bounds),
                ]
            previews = [f for f in files if f.get("preview_file_id")]
            doc["file_with_preview"] = previews[0]["file_id"] if previews else None
            doc["updated_at"] = now_iso()

        self.db.update("data", data_id, change)

    def analyse_upload(self, file_id: str) -> None:
        """Background analysis of an uploaded file: metadata, preview, or a readable error."""
        from sandbox import analysis, geo, previews

        record = self.db.get("file", file_id)
        if record is None:
            return
        path = self.file_path(file_id)
        size = path.stat().st_size if path.exists() else 0
        updates: dict[str, Any]
        try:
            meta = analysis.analyse_file(path, record["file_type"])
            updates = {k: v for k, v in meta.items() if k not in ("id", "file_id", "data_id", "file_type")}
            updates.setdefault("publishable", True)
            updates["size"] = size
            updates["error"] = False
            updates["title"] = record.get("file_name")
            try:
                if previews.make_preview(path, record["file_type"], self.preview_path(file_id)):
                    updates["preview_file_id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, f"preview:{file_id}"))
            except Exception as exc:
                log.warning("preview failed for %s: %s", file_id, exc)
        except geo.AnalysisError as exc:
            updates = {"size": size, "error": True, "publishable": False, "error_message": str(exc)}
        except Exception as exc:
            updates = {
                "size": size,
                "error": True,
                "publishable": False,
                "error_message": f"The file could not be analysed: {exc}",
            }

        def change(doc: dict[str, Any]) -> None:
            doc.update(updates)
            doc["updated_at"] = now_iso()

        self.db.update("file", file_id, change)
        self.refresh_data_summary(record["data_id"])

    def delete_data(self, data_id: str) -> None:
        """Remove a data item; its files stay downloadable for a while (docs/api-contract.md §11.10), then go."""
        now = time.time()
        for record in self.data_files(data_id):
            self.db.update("file", record["file_id"], lambda d: d.__setitem__("_deleted_at", now))
        self.db.delete("data", data_id)

    def purge_deleted_files(self) -> None:
        limit = time.time() - self.cfg.deleted_file_grace
        for _, file_id, deleted in self.db.extract("file", ("_deleted_at",)):  # columns, not whole documents
            if deleted and deleted < limit:
                for path in (self.file_path(file_id), self.preview_path(file_id)):
                    path.unlink(missing_ok=True)
                self.db.delete("file", file_id)

    def expire_stale_uploads(self) -> None:
        """Upload URLs that expired unused: mark the file analysed with an error (docs/api-contract.md §14)."""
        now = time.time()
        for _, file_id, expires, uploaded, has_size, deleted in self.db.extract(
            "file", ("_upload_expires", "_uploaded", "size", "_deleted_at")
        ):
            if expires and not uploaded and has_size is None and expires < now and not deleted:
                self.db.update("file", file_id, _expire_upload)

    def close(self) -> None:
        if self.engine is not None:
            self.engine.shutdown()
        self.analysis_pool.shutdown(wait=False, cancel_futures=True)
        self.db.close()


def _expire_upload(doc: dict[str, Any]) -> None:
    if "size" not in doc and not doc.get("_uploaded"):  # unless the upload finished meanwhile
        doc.update(
            {
                "size": 0,
                "error": True,
                "publishable": False,
                "error_message": "The upload URL expired before the file was uploaded",
                "updated_at": now_iso(),
            }
        )


STATE: Sandbox | None = None


def S() -> Sandbox:
    assert STATE is not None, "sandbox not initialised"
    return STATE


def install(sandbox: Sandbox) -> Sandbox:
    """Make ``sandbox`` the state every handler sees (one per process)."""
    global STATE
    STATE = sandbox
    return sandbox


# -- dependencies ---------------------------------------------------------------------------------------------
async def json_body(request: Request) -> dict[str, Any]:
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > MAX_JSON_BODY:
        raise ApiError(413, "Request body too large")
    raw = await request.body()
    if len(raw) > MAX_JSON_BODY:
        raise ApiError(413, "Request body too large")
    if not raw.strip():
        return {}
    try:
        value = json.loads(raw)
    except (ValueError, RecursionError):  # RecursionError: nesting deeper than the parser's stack
        raise ApiError(400, "Malformed JSON body")
    if not isinstance(value, dict):
        raise ApiError(400, "The request body must be a JSON object")
    if _too_deep(value, MAX_JSON_DEPTH):
        raise ApiError(400, f"The request body is nested more than {MAX_JSON_DEPTH} levels deep")
    return value


def _too_deep(value: Any, room: int) -> bool:
    """True when ``value`` nests containers deeper than ``room`` (checked without recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > room:
            return True
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return False


async def caller(request: Request) -> Caller:
    """The authenticated user. Async, so that FastAPI does not hand it to a worker thread: it is one indexed
    SQLite read (the token check is remembered, the "not before" time is in memory), cheaper than the hop."""
    header = request.headers.get("authorization", "")
    if not header.lower().startswith("bearer ") or not header[7:].strip():
        raise ApiError(401, "Missing access token")
    state = S()
    not_before = float(state.db.meta_get("tokens_not_before", "0") or 0)
    try:
        payload = auth.verify_access_token(state.cfg.secret, header[7:].strip(), not_before)
    except auth.TokenError as exc:
        raise ApiError(401, str(exc))
    user = state.db.get("user", payload["sub"])
    if user is None:
        raise ApiError(401, "The user of this access token no longer exists")
    return Caller(user=user, org_ids=[o["id"] for o in user.get("organisations") or []])


def org_check(who: Caller, org: str) -> dict[str, Any]:
    if org not in who.org_ids:
        raise ApiError(404, "Organisation not found")
    doc = S().db.get("organisation", org)
    if doc is None:
        raise ApiError(404, "Organisation not found")
    return doc


def owned(kind: str, id_: str, org: str, label: str) -> dict[str, Any]:
    """A record of the caller's organisation, or 404 (also for other organisations' records)."""
    doc = S().db.get(kind, id_) if is_uuid(id_) else None
    if doc is None or doc.get("organisation_id") != org or doc.get("_deleted_at"):
        raise ApiError(404, f"{label} not found")
    return doc


# stored JSON text of a record -> (its encoded ``{"model": ...}`` answer, its organisation, deleted)
_MODEL_BODIES: dict[str, tuple[bytes, Any, bool]] = {}
_MODEL_BODIES_MAX = 1024


def owned_model_response(kind: str, id_: str, org: str, label: str) -> Response:
    """The ``{"model": ...}`` answer for a record of the caller's organisation (404 as ``owned``), as JSON bytes
    cached on the record's stored text.

    Why: under polling load (many clients GETting one execution every few seconds) the same unchanged record was
    decoded, stripped of its internal keys (``public``, a Python walk over every nested value) and encoded again
    by FastAPI's response serialisation on every request: about half of the application's time per request. A
    changed record has another stored text, so a cached answer is never stale."""
    row = S().db.get_text(kind, id_) if is_uuid(id_) else None
    if row is None:
        raise ApiError(404, f"{label} not found")
    cached = _MODEL_BODIES.get(row[1])
    if cached is None:
        doc = json.loads(row[1])
        doc["_seq"] = row[0]
        body = json.dumps(model(doc), ensure_ascii=False, separators=(",", ":"), default=str).encode()
        cached = (body, doc.get("organisation_id"), bool(doc.get("_deleted_at")))
        if len(_MODEL_BODIES) >= _MODEL_BODIES_MAX:
            _MODEL_BODIES.clear()
        _MODEL_BODIES[row[1]] = cached
    body, owner, deleted = cached
    if owner != org or deleted:
        raise ApiError(404, f"{label} not found")
    return Response(content=body, media_type="application/json")


def model(doc: dict[str, Any], extras: dict[str, Any] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"model": wire(doc) if doc.get("id") else doc}
    if extras is not None:
        out["extras"] = extras
    return out


def save_changes(kind: str, id_: str, changes: dict[str, Any]) -> dict[str, Any]:
    """A PATCH applied: ``changes`` written on the document with a new ``updated_at``; answers it as a model."""

    def change(doc: dict[str, Any]) -> None:
        doc.update(changes)
        doc["updated_at"] = now_iso()

    return model(S().db.update(kind, id_, change) or {})

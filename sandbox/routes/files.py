"""The signed file URLs (docs/api-contract.md §5, E17, E21): upload (PUT, streamed to disk), download, preview."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any

import anyio
from fastapi import APIRouter, Request
from fastapi.responses import FileResponse

from sandbox import auth
from sandbox.core import ApiError, now_iso
from sandbox.state import S

UPLOAD_CHUNK = 1024 * 1024

router = APIRouter()


@router.put("/files/upload/{file_id}")
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


@router.get("/files/download/{file_id}")
def download(file_id: str, request: Request) -> Any:
    return _serve("download", file_id, request)


@router.get("/files/preview/{file_id}")
def preview(file_id: str, request: Request) -> Any:
    return _serve("preview", file_id, request)

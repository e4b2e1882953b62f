"""Streaming uploads and resumable downloads of file bytes (signed URLs, no API authentication).

Why: outputs can be gigabytes and QGIS users are often on flaky links. Uploads stream from disk with a known
``Content-Length`` (one PUT, as the platform expects); downloads stream to ``<dest>.part`` in 1 MiB chunks, resume
with an HTTP ``Range`` request after a broken connection, check the final size against ``Content-Length`` /
``Content-Range`` and only then ``os.replace`` the part file onto ``dest``, so a half file never appears under the
final name and memory stays constant whatever the file size.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from typing import Any, Callable, Optional

import requests

from .errors import CancelledError, NetworkError, TransferError, mask_secrets

log = logging.getLogger("fusion_platform_qgis.api")

CHUNK_SIZE = 1024 * 1024
PART_SUFFIX = ".part"
DEFAULT_TIMEOUT = (10, 60)

Progress = Callable[[int, Optional[int]], None]   # (bytes done, total or None)


class _ProgressReader:
    """File-like wrapper that reports progress and honours the cancel flag while requests reads it."""

    def __init__(self, handle, size: int, progress: Optional[Progress], cancel: Optional[threading.Event]):
        self._handle = handle
        self._size = size
        self._done = 0
        self._progress = progress
        self._cancel = cancel

    def __len__(self) -> int:   # lets requests set Content-Length instead of chunked encoding
        return self._size

    def read(self, amount: int = -1) -> bytes:
        if self._cancel is not None and self._cancel.is_set():
            raise CancelledError("Upload cancelled")
        data = self._handle.read(max(amount, CHUNK_SIZE) if amount and amount > 0 else CHUNK_SIZE)
        self._done += len(data)
        if self._progress is not None and data:
            self._progress(self._done, self._size)
        return data

    def __iter__(self):  # not used by requests when __len__/read exist; keeps generic consumers working
        while True:
            chunk = self.read(CHUNK_SIZE)
            if not chunk:
                return
            yield chunk


def upload_file(url: str, path: str, *, http: Optional[requests.Session] = None, progress: Optional[Progress] = None,
                cancel: Optional[threading.Event] = None, timeout: Any = DEFAULT_TIMEOUT) -> int:
    """PUT the file at ``path`` to a signed ``url`` as one streamed body; return the number of bytes sent.

    Not retried: the signed URL may be single-use and the caller decides (the platform marks failed uploads).
    """
    http = http or requests.Session()
    size = os.path.getsize(path)
    with open(path, "rb") as handle:
        reader = _ProgressReader(handle, size, progress, cancel)
        try:
            response = http.put(url, data=reader if size else b"", headers={"Content-Length": str(size)},
                                timeout=timeout)
        except CancelledError:
            raise
        except requests.exceptions.RequestException as exc:
            if cancel is not None and cancel.is_set():
                raise CancelledError("Upload cancelled")
            raise NetworkError(f"Upload of {os.path.basename(path)} failed: {mask_secrets(exc)}",
                               is_tls=isinstance(exc, requests.exceptions.SSLError))
    if response.status_code >= 300:
        raise TransferError(f"Upload of {os.path.basename(path)} refused with HTTP {response.status_code}",
                            status=response.status_code, detail=response.text[:200])
    if progress is not None:
        progress(size, size)
    log.debug("Uploaded %s (%d bytes) to %s", os.path.basename(path), size, mask_secrets(url))
    return size


_CONTENT_RANGE = re.compile(r"bytes\s+(\d+)-(\d+)/(\d+|\*)")


def parse_content_range(value: Optional[str]) -> Optional[tuple[int, int, Optional[int]]]:
    """``"bytes 100-199/1000"`` -> (100, 199, 1000); total ``None`` for ``*``; ``None`` when unreadable."""
    if not value:
        return None
    match = _CONTENT_RANGE.match(value.strip())
    if not match:
        return None
    total = None if match.group(3) == "*" else int(match.group(3))
    return int(match.group(1)), int(match.group(2)), total


def download_file(url: str, dest: str, *, http: Optional[requests.Session] = None,
                  progress: Optional[Progress] = None, cancel: Optional[threading.Event] = None,
                  timeout: Any = DEFAULT_TIMEOUT, max_resumes: int = 5, chunk_size: int = CHUNK_SIZE) -> int:
    """Stream ``url`` into ``dest`` atomically, resuming after broken connections; return the size in bytes.

    The part file is removed when the download finally fails or is cancelled, so nothing misleading is left.
    """
    http = http or requests.Session()
    folder = os.path.dirname(os.path.abspath(dest))
    os.makedirs(folder, exist_ok=True)
    part = dest + PART_SUFFIX
    written = 0
    total: Optional[int] = None
    failures = 0
    handle = open(part, "wb")
    try:
        while True:
            if cancel is not None and cancel.is_set():
                raise CancelledError("Download cancelled")
            headers = {"Range": f"bytes={written}-"} if written else {}
            try:
                with http.get(url, headers=headers, stream=True, timeout=timeout) as response:
                    status = response.status_code
                    if status == 416 and total is not None and written == total:
                        break
                    if status >= 300:
                        raise TransferError(f"Download refused with HTTP {status}", status=status,
                                            detail=response.text[:200])
                    if written and status == 206:
                        rng = parse_content_range(response.headers.get("Content-Range"))
                        if rng is None or rng[0] != written:
                            raise TransferError("The server resumed the download at the wrong offset")
                        if rng[2] is not None:
                            total = rng[2]
                    else:
                        if written:  # server ignored Range: start again from the beginning
                            log.info("Server ignored the Range request; restarting %s", os.path.basename(dest))
                            handle.seek(0)
                            handle.truncate()
                            written = 0
                        length = response.headers.get("Content-Length")
                        total = int(length) if length and length.isdigit() and \
                            "Content-Encoding" not in response.headers else None
                    for chunk in response.iter_content(chunk_size=chunk_size):
                        if cancel is not None and cancel.is_set():
                            raise CancelledError("Download cancelled")
                        if not chunk:
                            continue
                        handle.write(chunk)
                        written += len(chunk)
                        if progress is not None:
                            progress(written, total)
                if total is None or written == total:
                    break
                if written > total:
                    raise TransferError(f"Downloaded {written} bytes but the server announced {total}")
                raise requests.exceptions.ChunkedEncodingError(f"short body: {written} of {total} bytes")
            except (requests.exceptions.ConnectionError, requests.exceptions.ChunkedEncodingError,
                    requests.exceptions.Timeout) as exc:
                failures += 1
                if failures > max_resumes:
                    raise NetworkError(f"Download of {os.path.basename(dest)} kept failing after {max_resumes} "
                                       f"resumes: {mask_secrets(exc)}",
                                       is_tls=isinstance(exc, requests.exceptions.SSLError))
                handle.flush()
                log.info("Download of %s interrupted at %d bytes (%s); resuming", os.path.basename(dest), written,
                         mask_secrets(type(exc).__name__))
                if cancel is not None and cancel.wait(min(0.2 * failures, 2.0)):
                    raise CancelledError("Download cancelled")
        handle.close()
        if total is not None and os.path.getsize(part) != total:
            raise TransferError(f"Size check failed for {os.path.basename(dest)}: "
                                f"{os.path.getsize(part)} bytes, expected {total}")
        os.replace(part, dest)
        log.debug("Downloaded %s (%d bytes)", os.path.basename(dest), written)
        return written
    except BaseException:
        handle.close()
        try:
            os.remove(part)
        except OSError:
            pass
        raise

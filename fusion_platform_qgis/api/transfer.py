"""Streaming uploads and resumable downloads of file bytes (signed URLs, no API authentication).

Why: outputs can be gigabytes and QGIS users are often on flaky links. Uploads stream from disk with a known
``Content-Length`` (one PUT, as the platform expects). Downloads stream to ``<dest>.part`` and nothing that arrived
is thrown away when the connection breaks: the body is read from urllib3 undecoded, one read of the connection at a
time (``read1`` on urllib3 2.x, ``read(64 KiB)`` on 1.26, each returning what arrived before the close), because
requests' ``iter_content`` on urllib3 2.x fills a whole chunk before yielding it and drops it on a short body. The
next attempt asks for ``Range: bytes=<size of the .part file>-``, so a link that drops every few hundred KB still
finishes; the final size is checked against ``Content-Length`` / ``Content-Range`` and only then the part file is
``os.replace``-d onto ``dest``, so a half file never appears under the final name. Memory stays constant (one
64 KiB piece) whatever the file size; progress is reported about every MiB. Downloads ask for
``Accept-Encoding: identity`` (byte ranges then mean file bytes); a server that compresses anyway is decoded, and
since its ranges would count compressed bytes, a broken compressed body starts again from zero.

Retries follow the API client's :class:`~.client.RetryPolicy` (exponential back-off with jitter, Retry-After,
bounded in attempts and seconds), because signed-URL storage answers 503/429 and refuses connections just like the
API does. Downloads are plain GETs, so 5xx/429 and broken connections are retried, resuming with ``Range``. An
upload is one PUT of the whole file to a signed URL: 429 and 5xx mean storage did not take the bytes and refused
connections mean it never saw them, so those are repeated; after a dropped connection or read timeout the bytes
may have arrived, so the PUT is repeated too and a "409 already used" answer to the repeat means the earlier
attempt delivered the file (the platform's analysis then confirms its size). Every wait wakes up on ``cancel``.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import threading
import time
from collections.abc import Iterator
from typing import Any, Callable, Optional

import requests
import urllib3

from . import partial
from .client import MAYBE_SENT, RetryPolicy, _classify_exception, parse_retry_after
from .errors import CancelledError, FusionPlatformError, NetworkError, TransferError, mask_secrets

log = logging.getLogger("fusion_platform_qgis.api")

CHUNK_SIZE = 1024 * 1024  # how often progress is reported (bytes)
# Upload reads: a piece read from the file is sent at once, so it is still in the CPU's cache when the socket
# copies it; 1 MiB pieces did not fit and made uploads ~25% slower than curl's (bench_transfers, issue 16).
UPLOAD_PIECE = 256 * 1024
PIECE_SIZE = 64 * 1024  # largest download piece read from the connection and written
PROGRESS_STEP = CHUNK_SIZE
PART_SUFFIX = partial.PART_SUFFIX
DEFAULT_TIMEOUT = (10, 60)

Progress = Callable[[int, Optional[int]], None]  # (bytes done, total or None)


def _wait(delay: float, cancel: Optional[threading.Event], what: str) -> None:
    """Sleep ``delay`` seconds between attempts, raising CancelledError as soon as ``cancel`` is set."""
    if cancel is None:
        time.sleep(delay)
    elif cancel.wait(delay):
        raise CancelledError(f"{what} cancelled")


class _ProgressReader:
    """File-like wrapper that reports progress and honours the cancel flag while requests reads it."""

    def __init__(self, handle, size: int, progress: Optional[Progress], cancel: Optional[threading.Event]):
        self._handle = handle
        self._size = size
        self._done = 0
        self._reported = 0
        self._progress = progress
        self._cancel = cancel

    def __len__(self) -> int:  # lets requests set Content-Length instead of chunked encoding
        return self._size

    def read(self, amount: int = -1) -> bytes:
        if self._cancel is not None and self._cancel.is_set():
            raise CancelledError("Upload cancelled")
        data = self._handle.read(max(amount, UPLOAD_PIECE) if amount and amount > 0 else UPLOAD_PIECE)
        self._done += len(data)
        if (
            self._progress is not None
            and data
            and (self._done - self._reported >= PROGRESS_STEP or self._done >= self._size)
        ):
            self._reported = self._done
            self._progress(self._done, self._size)
        return data

    def __iter__(self):  # not used by requests when __len__/read exist; keeps generic consumers working
        while True:
            chunk = self.read(CHUNK_SIZE)
            if not chunk:
                return
            yield chunk


def _closing_own_session(func):
    """Give ``func`` a ``requests.Session`` of its own when the caller passed none, and close it afterwards.

    Why: a session made here and dropped keeps its pooled socket open until the garbage collector finds it,
    which Python reports as ``ResourceWarning: unclosed <socket>`` (QGIS shows it in its message log)."""

    @functools.wraps(func)
    def wrapper(*args, http: Optional[requests.Session] = None, **kwargs):
        if http is not None:
            return func(*args, http=http, **kwargs)
        with requests.Session() as own:
            return func(*args, http=own, **kwargs)

    return wrapper


@_closing_own_session
def upload_file(
    url: str,
    path: str,
    *,
    http: Optional[requests.Session] = None,
    progress: Optional[Progress] = None,
    cancel: Optional[threading.Event] = None,
    timeout: Any = DEFAULT_TIMEOUT,
    retry: Optional[RetryPolicy] = None,
) -> int:
    """PUT the file at ``path`` to a signed ``url`` as one streamed body; return the number of bytes sent.

    Repeated with ``retry``'s back-off (Retry-After honoured) after 429, 5xx (not 501), refused connections and
    connections that broke or timed out after sending; a 409 to a repeat that followed such an ambiguous attempt
    means the earlier attempt delivered the bytes. Other statuses (403 expired URL, 413...) and TLS errors fail
    at once with :class:`TransferError` / :class:`NetworkError`; the caller removes the half-made data item.
    """
    assert http is not None  # _closing_own_session passes one
    policy = retry or RetryPolicy()
    size = os.path.getsize(path)
    name = os.path.basename(path)
    started = time.monotonic()
    attempt = 0
    maybe_delivered = False
    with open(path, "rb") as handle:
        while True:
            attempt += 1
            if cancel is not None and cancel.is_set():
                raise CancelledError("Upload cancelled")
            handle.seek(0)
            reader = _ProgressReader(handle, size, progress, cancel)
            status: Optional[int] = None
            kind: Optional[str] = None
            retry_after: Optional[float] = None
            try:
                response = http.put(
                    url, data=reader if size else b"", headers={"Content-Length": str(size)}, timeout=timeout
                )
            except CancelledError:
                raise
            except requests.exceptions.RequestException as exc:
                if cancel is not None and cancel.is_set():
                    raise CancelledError("Upload cancelled")
                kind, is_tls, is_timeout = _classify_exception(exc)
                maybe_delivered = maybe_delivered or kind == MAYBE_SENT
                failure: Exception = NetworkError(
                    f"Upload of {name} failed: {mask_secrets(exc)}", is_tls=is_tls, is_timeout=is_timeout
                )
            else:
                status = response.status_code
                if status < 300:
                    break
                if status == 409 and maybe_delivered:
                    log.info("Upload of %s: the interrupted attempt had delivered the file", name)
                    break
                retry_after = parse_retry_after(response.headers.get("Retry-After"))
                failure = TransferError(
                    f"Upload of {name} refused with HTTP {status}", status=status, detail=response.text[:200]
                )
            delay = policy.decide(
                attempt=attempt,
                elapsed=time.monotonic() - started,
                status=status,
                error_kind=kind,
                retry_after=retry_after,
                idempotent=True,
            )
            if delay is None:
                raise failure
            log.info(
                "Upload of %s failed (%s); retry %d in %.1f s",
                name,
                status if status is not None else kind,
                attempt,
                delay,
            )
            _wait(delay, cancel, "Upload")
    if progress is not None:
        progress(size, size)
    log.debug("Uploaded %s (%d bytes) to %s", name, size, mask_secrets(url))
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


def _body_pieces(response: requests.Response, size: int, decode: bool) -> Iterator[bytes]:
    """Yield the body of a streamed ``response`` as it arrives, at most ``size`` bytes a piece.

    Each piece is what one read of the connection returned, so when the connection breaks every byte read before
    has already been yielded: ``read1`` (urllib3 2.x) makes one read of the socket; ``read(size)`` (urllib3 1.26,
    which has no ``read1``) makes one read of the stdlib response and returns it as is. Both are asked not to
    decode, because urllib3 2.x's decoding ``read`` keeps reading until it has ``size`` decoded bytes and loses
    them when the body ends short. ``decode`` (a compressed answer) accepts that loss: such a body is restarted
    from zero anyway. urllib3's errors are raised as the requests exceptions ``iter_content`` would raise.
    """
    raw = response.raw
    read = raw.read if decode or not hasattr(raw, "read1") else raw.read1
    while True:
        try:
            data = read(size, decode_content=decode)
        except urllib3.exceptions.ProtocolError as exc:
            raise requests.exceptions.ChunkedEncodingError(exc)
        except urllib3.exceptions.DecodeError as exc:
            raise requests.exceptions.ContentDecodingError(exc)
        except urllib3.exceptions.ReadTimeoutError as exc:
            raise requests.exceptions.ConnectionError(exc)
        except urllib3.exceptions.SSLError as exc:
            raise requests.exceptions.SSLError(exc)
        if not data:
            return
        yield data


class _Fetch:
    """One download's running state: the part file, the bytes on disk, what was last reported."""

    def __init__(self, part: partial.PartFile, name: str, progress: Optional[Progress]):
        self.part = part
        self.name = name
        self.progress = progress
        self.written = 0
        self.reported = 0  # bytes last passed to ``progress``
        self.encoded = False  # the current answer is compressed (its offsets are not ours)

    @property
    def total(self) -> Optional[int]:
        return self.part.total

    def report(self, force: bool = False) -> None:
        if self.progress is not None and (self.written - self.reported >= PROGRESS_STEP or force):
            if self.written != self.reported or force:
                self.reported = self.written
                self.progress(self.written, self.total)

    def restart(self) -> None:
        self.part.truncate()
        self.written = 0


def _start_body(fetch: _Fetch, response: requests.Response) -> None:
    """Check the headers of a 2xx answer and set up the part for its body: continue (206 at the right offset, of
    the same file) or start again from zero (200: the server ignored ``Range`` or its file changed)."""
    headers = response.headers
    fetch.encoded = headers.get("Content-Encoding", "").strip().lower() not in ("", "identity")
    etag = headers.get("ETag")
    if fetch.written and response.status_code == 206:
        if fetch.encoded:  # its offsets count compressed bytes, not ours: start again without Range
            fetch.restart()
            raise requests.exceptions.ChunkedEncodingError("compressed answer to a Range request")
        rng = parse_content_range(headers.get("Content-Range"))
        if rng is None or rng[0] != fetch.written:
            raise TransferError("The server resumed the download at the wrong offset")
        if not fetch.part.matches(rng[2], etag):
            fetch.restart()
            raise requests.exceptions.ChunkedEncodingError("the file changed on the server since the part began")
        if fetch.total is None and rng[2] is not None:
            fetch.part.describe(rng[2], etag, headers.get("Last-Modified"))
        return
    if fetch.written:  # the server ignored Range (or If-Range found another file): start again from the beginning
        log.info("Server sent the whole file again; restarting %s", fetch.name)
        fetch.restart()
    length = headers.get("Content-Length")
    total = int(length) if length and length.isdigit() and not fetch.encoded else None
    fetch.part.describe(total, etag, headers.get("Last-Modified"))


def _fetch_once(
    fetch: _Fetch, http: requests.Session, url: str, timeout: Any, cancel: Optional[threading.Event], chunk_size: int
) -> bool:
    """One GET: append what arrives to the part; True when the whole file is on disk.

    Raises TransferError with a status for refusals (retry decided by the caller), without one for answers that
    must not be retried, and requests' connection errors for bodies that broke (resumed by the caller)."""
    headers = {"Accept-Encoding": "identity"}
    if fetch.written:
        headers["Range"] = f"bytes={fetch.written}-"
        validator = fetch.part.validator()
        if validator:
            headers["If-Range"] = validator
    with http.get(url, headers=headers, stream=True, timeout=timeout) as response:
        status = response.status_code
        if status == 416 and fetch.total is not None and fetch.written == fetch.total:
            return True
        if status >= 300:
            refused = TransferError(
                f"Download of {fetch.name} refused with HTTP {status}", status=status, detail=response.text[:200]
            )
            refused.retry_after = parse_retry_after(response.headers.get("Retry-After"))  # type: ignore[attr-defined]
            raise refused
        _start_body(fetch, response)
        for piece in _body_pieces(response, chunk_size, decode=fetch.encoded):
            if cancel is not None and cancel.is_set():
                raise CancelledError("Download cancelled")
            fetch.part.write(piece)
            fetch.written += len(piece)
            fetch.report()
        length = response.headers.get("Content-Length")
        if fetch.encoded and length and length.isdigit() and response.raw.tell() < int(length):
            # the decoded size is unknown, so a short body shows in the compressed bytes read
            raise requests.exceptions.ChunkedEncodingError(
                f"short compressed body: {response.raw.tell()} of {length} bytes"
            )
    total = fetch.total
    if total is None or fetch.written == total:
        return True
    if fetch.written > total:
        raise TransferError(f"Downloaded {fetch.written} bytes but the server announced {total}")
    raise requests.exceptions.ChunkedEncodingError(f"short body: {fetch.written} of {total} bytes")


@_closing_own_session
def download_file(
    url: str,
    dest: str,
    *,
    http: Optional[requests.Session] = None,
    progress: Optional[Progress] = None,
    cancel: Optional[threading.Event] = None,
    timeout: Any = DEFAULT_TIMEOUT,
    max_resumes: int = 5,
    chunk_size: int = PIECE_SIZE,
    retry: Optional[RetryPolicy] = None,
    identity: Optional[str] = None,
    keep_part_on_refusal: bool = False,
) -> int:
    """Stream ``url`` into ``dest`` atomically, retrying and resuming; return the size in bytes.

    A ``<dest>.part`` left by an earlier session (QGIS killed mid-download) is continued when its note proves it
    holds the start of the same remote file (:mod:`.partial`: ``identity`` - the platform's file id, by default
    the URL without its signed query - the announced size and the server's ETag, sent back as ``If-Range``);
    any other ``.part`` is replaced.

    Two budgets, because they protect against different things. An attempt that brought new bytes and then broke
    is a *resume*: after the policy's first back-off step it asks for the rest from the bytes on disk, and only a
    resume whose attempt brought less than ``chunk_size`` (one piece) counts against ``max_resumes`` (consecutive
    ones), so a link that drops every few hundred KB finishes a file of any size while a server that trickles a few
    bytes per connection is given up on.
    Attempts that bring nothing (5xx, 429, refused or dropped connections) follow ``retry`` (a
    :class:`RetryPolicy`: back-off with jitter, Retry-After, bounded in count and seconds), counted afresh after
    every attempt that made progress. Other statuses (403 expired URL, 404...) and TLS errors fail at once.
    The part file is removed when the download finally fails or is cancelled, so nothing misleading is left -
    except, with ``keep_part_on_refusal``, when the signed URL was refused (401/403: expired): the caller renews
    the URL and calls again, which continues the part.
    """
    assert http is not None  # _closing_own_session passes one
    policy = retry or RetryPolicy()
    name = os.path.basename(dest)
    os.makedirs(os.path.dirname(os.path.abspath(dest)), exist_ok=True)
    fetch = _Fetch(partial.PartFile(dest, identity or partial.url_identity(url)), name, progress)
    fetch.written = fetch.reported = fetch.part.open()
    resumes = 0  # consecutive resumes that brought less than one piece
    streak = 0  # consecutive failed attempts since the last one that brought bytes
    streak_started = time.monotonic()
    try:
        while True:
            if cancel is not None and cancel.is_set():
                raise CancelledError("Download cancelled")
            fetch.written = before = fetch.part.size()  # resume from exactly what is on disk
            status: Optional[int] = None
            error_kind: Optional[str] = None
            failure: FusionPlatformError
            try:
                if _fetch_once(fetch, http, url, timeout, cancel, chunk_size):
                    break
            except TransferError as exc:
                if exc.status is None:
                    raise
                status, failure = exc.status, exc
            except (
                requests.exceptions.ConnectionError,
                requests.exceptions.ChunkedEncodingError,
                requests.exceptions.Timeout,
            ) as exc:
                error_kind, is_tls, is_timeout = _classify_exception(exc)
                failure = NetworkError(
                    f"Download of {name} failed: {mask_secrets(exc)}", is_tls=is_tls, is_timeout=is_timeout
                )
            if fetch.encoded and fetch.written:  # a broken compressed body cannot be resumed by byte offset
                fetch.restart()
            fetch.report(force=fetch.written != fetch.reported)
            if fetch.written > before:
                resumes = resumes + 1 if fetch.written - before < chunk_size else 0
                if resumes > max_resumes:
                    raise NetworkError(
                        f"Download of {name} kept failing after {max_resumes} resumes: {failure}",
                        is_tls=getattr(failure, "is_tls", False),
                    )
                streak, streak_started = 0, time.monotonic()  # a long attempt must not eat the budget
            streak += 1
            delay = policy.decide(
                attempt=streak,
                elapsed=time.monotonic() - streak_started,
                status=status,
                error_kind=error_kind,
                retry_after=getattr(failure, "retry_after", None),
                idempotent=True,
            )
            if delay is None:
                raise failure
            log.info(
                "Download of %s interrupted at %d bytes (%s); resuming in %.1f s",
                name,
                fetch.written,
                status if status is not None else error_kind,
                delay,
            )
            _wait(delay, cancel, "Download")
        fetch.report(force=fetch.written != fetch.reported)
        fetch.part.close()
        on_disk = os.path.getsize(fetch.part.path)
        if fetch.total is not None and on_disk != fetch.total:
            raise TransferError(f"Size check failed for {name}: {on_disk} bytes, expected {fetch.total}")
        fetch.part.finish()
        log.debug("Downloaded %s (%d bytes)", name, fetch.written)
        return fetch.written
    except BaseException as exc:
        refused = isinstance(exc, TransferError) and exc.status in (401, 403)
        if keep_part_on_refusal and refused and fetch.written:
            fetch.part.close()  # kept with its note: the call with a renewed URL continues it
        else:
            fetch.part.discard()
        raise

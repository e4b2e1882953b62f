"""Signed-URL transfers retry like the API client (RetryPolicy), over a tiny scripted http.server on loopback.

Why these cases: storage answers 503/429 and refuses connections like any server, so a download must wait with
back-off (honouring Retry-After), resume with ``Range`` from the bytes it already has, stop when the policy says
so and wake up on cancel; an upload is repeated after 429/5xx (storage did not take the bytes), refused and
dropped connections, and a 409 to the repeat of a dropped PUT means the bytes had arrived. No mocks: the server really answers, refuses or drops connections, and the tests
inspect the requests that arrived. The policies are real :class:`RetryPolicy` objects with short delays.
"""

from __future__ import annotations

import gzip
import os
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from fusion_platform_qgis.api import client, errors, partial, transfer

FAST = client.RetryPolicy(max_attempts=3, max_total_seconds=20, base_delay=0.01, max_delay=0.05)


class Script:
    """What the server answers next (one action per request, then "ok"), and what it received."""

    def __init__(self, blob: bytes = b""):
        self.blob = blob
        self.actions: list = []
        self.requests: list[dict] = []
        self.lock = threading.Lock()
        self.watch = None  # a file whose size each GET records as "on_disk" (the client's .part file)
        self.cut_every = None  # a flaky link: every body is cut after this many bytes
        self.gzip = False  # answer with the gzip-compressed blob (Range then counts compressed bytes)
        self.etag = None  # sent as ETag; an If-Range naming another one gets the whole file (200)

    def next_action(self):
        with self.lock:
            return self.actions.pop(0) if self.actions else "ok"


def make_handler(script: Script):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def _drop(self):
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)

        def _status(self, status: int, headers: dict):
            data = b'{"error_message": "busy"}'
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            watch = script.watch
            script.requests.append(
                {
                    "method": "GET",
                    "path": self.path,
                    "range": self.headers.get("Range"),
                    "if_range": self.headers.get("If-Range"),
                    "on_disk": os.path.getsize(watch) if watch and os.path.exists(watch) else None,
                }
            )
            action = script.next_action()
            if action == "drop":
                return self._drop()
            if isinstance(action, tuple) and action[0] == "status":
                return self._status(action[1], action[2] if len(action) > 2 else {})
            blob, start = (gzip.compress(script.blob, mtime=0) if script.gzip else script.blob), 0
            if_range = self.headers.get("If-Range")
            if self.headers.get("Range") and (if_range is None or if_range == script.etag):
                start = int(self.headers["Range"].split("=")[1].split("-")[0])
                self.send_response(206)
                self.send_header("Content-Range", f"bytes {start}-{len(blob) - 1}/{len(blob)}")
            else:
                self.send_response(200)
            if script.gzip:
                self.send_header("Content-Encoding", "gzip")
            if script.etag:
                self.send_header("ETag", script.etag)
            self.send_header("Content-Length", str(len(blob) - start))
            self.end_headers()
            cut = action[1] if isinstance(action, tuple) and action[0] == "cut" else script.cut_every
            if cut is not None and start + cut < len(blob):  # full length announced, fewer bytes sent
                self.wfile.write(blob[start : start + cut])
                self.wfile.flush()
                return self._drop()
            self.wfile.write(blob[start:])

        def do_PUT(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            script.requests.append({"method": "PUT", "path": self.path, "body": body})
            action = script.next_action()
            if action == "drop":
                return self._drop()
            if isinstance(action, tuple) and action[0] == "status":
                return self._status(action[1], action[2] if len(action) > 2 else {})
            self._status(200, {})

    return Handler


class LateServer:
    """A scripted server whose port is bound at once but only listens after :meth:`open`.

    Until then connections are refused (a bound socket without ``listen()`` answers SYN with RST), and the port
    cannot be taken by anything else, so "refused" is guaranteed rather than hoped for.
    """

    def __init__(self, script: Script):
        self.script = script
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(script), bind_and_activate=False)
        self.httpd.daemon_threads = True
        self.httpd.server_bind()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = None

    def open(self) -> None:
        if self.thread is None:
            self.httpd.server_activate()
            self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
            self.thread.start()

    def close(self) -> None:
        if self.thread is not None:
            self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    late = LateServer(Script(os.urandom(300_000)))
    late.open()
    yield late
    late.close()


@pytest.fixture
def closed():
    """A server that refuses every connection until the test calls ``open()``."""
    late = LateServer(Script(os.urandom(50_000)))
    yield late
    late.close()


class OpenOnRetry(client.RetryPolicy):
    """A real policy that also records its decisions and brings ``late`` up once a retry is decided."""

    def __init__(self, late=None, **kwargs):
        super().__init__(
            **{"max_attempts": 3, "max_total_seconds": 20, "base_delay": 0.01, "max_delay": 0.05, **kwargs}
        )
        self.late = late
        self.decisions: list = []

    def decide(self, **kwargs):
        delay = super().decide(**kwargs)
        self.decisions.append((kwargs, delay))
        if delay is not None and self.late is not None:
            self.late.open()
        return delay


class RecordingEvent(threading.Event):
    """A real cancel event that remembers how long each wait between attempts was asked to last."""

    def __init__(self, cancel_on_wait: bool = False):
        super().__init__()
        self.waits: list = []
        self.cancel_on_wait = cancel_on_wait

    def wait(self, timeout=None):
        self.waits.append(timeout)
        if self.cancel_on_wait:
            self.set()
        return super().wait(timeout)


def no_leftovers(folder) -> bool:
    return not any(name.endswith((transfer.PART_SUFFIX, partial.NOTE_SUFFIX)) for name in os.listdir(folder))


# ----------------------------------------------------------------------------------------------- downloads
def test_download_waits_out_503_and_429_honouring_retry_after(server, tmp_path):
    """Default policy (the client's): two refusals with Retry-After 1, then the body."""
    server.script.actions = [("status", 503, {"Retry-After": "1"}), ("status", 429, {"Retry-After": "1"})]
    cancel = RecordingEvent()
    dest = tmp_path / "out.tif"
    assert transfer.download_file(server.url + "/blob?signature=s", str(dest), cancel=cancel) == 300_000
    assert dest.read_bytes() == server.script.blob and no_leftovers(tmp_path)
    assert [r["range"] for r in server.script.requests] == [None, None, None]
    # back-off of attempts 1 and 2 is at most 0.5 s and 1 s: Retry-After decides both waits
    assert cancel.waits == [1.0, 1.0]


def resumed_from_disk(script) -> list:
    """The bytes on disk when each GET arrived, after checking that each Range asked for exactly those."""
    ranges = [r["range"] for r in script.requests]
    on_disk = [r["on_disk"] for r in script.requests]
    assert ranges == [f"bytes={size}-" if size else None for size in on_disk]
    return on_disk


def test_download_resumes_with_range_through_drop_503_and_refused_answer(server, tmp_path):
    server.script.actions = [("cut", 100_000), ("status", 503), "drop"]
    dest = tmp_path / "sub" / "file.bin"
    server.script.watch = str(dest) + transfer.PART_SUFFIX
    transfer.download_file(server.url + "/blob", str(dest), retry=OpenOnRetry(max_attempts=4))
    assert dest.read_bytes() == server.script.blob and no_leftovers(tmp_path / "sub")
    # the 100 000 bytes sent before the cut were all kept, through the 503 and the dropped connection
    assert resumed_from_disk(server.script) == [0, 100_000, 100_000, 100_000]


def test_download_progress_restarts_the_retry_count(server, tmp_path):
    """Three attempts per failure streak: five failures pass because two of them brought bytes."""
    server.script.actions = [("cut", 1000), ("status", 502), ("cut", 1000), ("status", 503)]
    dest = tmp_path / "f.bin"
    server.script.watch = str(dest) + transfer.PART_SUFFIX
    transfer.download_file(server.url + "/blob", str(dest), retry=FAST)
    assert dest.read_bytes() == server.script.blob
    assert resumed_from_disk(server.script) == [0, 1000, 1000, 2000, 2000]


def test_a_link_that_drops_every_300_kb_finishes_a_multi_megabyte_download(tmp_path):
    """Every response is cut after 300 KB: with the default resume budget the 4 MB file still completes."""
    script = Script(os.urandom(4 * 1024 * 1024 + 123))
    script.cut_every = 300_000
    late = LateServer(script)
    late.open()
    try:
        dest = tmp_path / "big.tif"
        script.watch = str(dest) + transfer.PART_SUFFIX
        seen = []
        size = transfer.download_file(
            late.url + "/blob", str(dest), retry=FAST, progress=lambda done, total: seen.append((done, total))
        )
    finally:
        late.close()
    assert size == len(script.blob) and dest.read_bytes() == script.blob and no_leftovers(tmp_path)
    cuts = len(script.blob) // 300_000
    assert resumed_from_disk(script) == [n * 300_000 for n in range(cuts + 1)]
    assert seen[-1] == (size, size) and [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_a_compressed_answer_that_breaks_starts_again_without_range(server, tmp_path):
    """A server that gzips despite ``Accept-Encoding: identity``: its byte ranges count compressed bytes, so
    a broken body is fetched again from the start and the file holds the decoded bytes."""
    server.script.gzip = True
    server.script.actions = [("cut", 100_000)]
    dest = tmp_path / "f.bin"
    server.script.watch = str(dest) + transfer.PART_SUFFIX
    transfer.download_file(server.url + "/blob", str(dest), retry=FAST)
    assert dest.read_bytes() == server.script.blob and no_leftovers(tmp_path)
    assert [r["range"] for r in server.script.requests] == [None, None]


def test_download_gives_up_when_the_policy_does(server, tmp_path):
    server.script.actions = [("status", 503)] * 10
    dest = tmp_path / "f.bin"
    with pytest.raises(errors.TransferError) as caught:
        transfer.download_file(server.url + "/blob", str(dest), retry=FAST)
    assert caught.value.status == 503
    assert len(server.script.requests) == FAST.max_attempts
    assert not dest.exists() and no_leftovers(tmp_path)


def test_download_other_statuses_fail_at_once(server, tmp_path):
    server.script.actions = [("status", 403), ("status", 501)]
    for status in (403, 501):
        with pytest.raises(errors.TransferError) as caught:
            transfer.download_file(server.url + "/blob", str(tmp_path / "f.bin"), retry=FAST)
        assert caught.value.status == status
    assert len(server.script.requests) == 2 and no_leftovers(tmp_path)


def test_download_retries_a_refused_connection(closed, tmp_path):
    policy = OpenOnRetry(closed)
    dest = tmp_path / "f.bin"
    transfer.download_file(closed.url + "/blob", str(dest), retry=policy)
    assert dest.read_bytes() == closed.script.blob
    assert [d[0]["error_kind"] for d in policy.decisions] == [client.NOT_SENT]


def test_download_refused_for_good_is_a_network_error(closed, tmp_path):
    policy = OpenOnRetry()
    with pytest.raises(errors.NetworkError):
        transfer.download_file(closed.url + "/blob", str(tmp_path / "f.bin"), retry=policy)
    assert [d[1] is None for d in policy.decisions] == [False] * (policy.max_attempts - 1) + [True]
    assert no_leftovers(tmp_path)


def test_download_cancel_between_attempts(server, tmp_path):
    server.script.actions = [("status", 503, {"Retry-After": "5"})]
    cancel = RecordingEvent(cancel_on_wait=True)
    dest = tmp_path / "f.bin"
    with pytest.raises(errors.CancelledError):
        transfer.download_file(server.url + "/blob", str(dest), retry=FAST, cancel=cancel)
    assert len(server.script.requests) == 1 and cancel.waits == [5.0]  # woke up at once, not after 5 s
    assert not dest.exists() and no_leftovers(tmp_path)


# ------------------------------------------------------------------------------ a .part left by an earlier session
def earlier_session(server, dest, cut: int, **kwargs) -> None:
    """What a QGIS killed mid-download leaves: the first ``cut`` bytes in ``.part`` and the note beside it (made by
    a real download whose process "dies" - its cancel-time clean-up is skipped - once ``cut`` bytes are on disk)."""
    server.script.actions = [("cut", cut)]
    part = partial.PartFile(str(dest), kwargs.get("identity") or partial.url_identity(server.url + "/blob"))
    part.open()
    fetch = transfer._Fetch(part, dest.name, None)
    with pytest.raises(transfer.requests.exceptions.ChunkedEncodingError):
        with transfer.requests.Session() as http:
            transfer._fetch_once(fetch, http, server.url + "/blob?signature=old", (5, 5), None, 65536)
    part.close()
    assert os.path.getsize(str(dest) + transfer.PART_SUFFIX) == cut
    server.script.requests.clear()


def test_a_part_left_by_a_killed_session_is_continued_with_range_and_if_range(server, tmp_path):
    server.script.etag = '"v1"'
    dest = tmp_path / "out.tif"
    earlier_session(server, dest, 120_000)
    size = transfer.download_file(server.url + "/blob?signature=renewed", str(dest), retry=FAST)
    assert size == 300_000 and dest.read_bytes() == server.script.blob and no_leftovers(tmp_path)
    assert [(r["range"], r["if_range"]) for r in server.script.requests] == [("bytes=120000-", '"v1"')]


def test_a_part_of_a_file_that_changed_on_the_server_is_replaced(server, tmp_path):
    """If-Range names the old version: the server sends the whole new file (200), which replaces the part."""
    server.script.etag = '"v1"'
    dest = tmp_path / "out.tif"
    earlier_session(server, dest, 120_000)
    server.script.etag = '"v2"'
    server.script.blob = os.urandom(250_000)
    transfer.download_file(server.url + "/blob", str(dest), retry=FAST)
    assert dest.read_bytes() == server.script.blob and no_leftovers(tmp_path)
    assert [r["range"] for r in server.script.requests] == ["bytes=120000-"]


def test_a_206_of_another_size_is_not_appended_to(server, tmp_path):
    """No ETag to compare: the total in Content-Range differs from the note's, so the part starts again."""
    dest = tmp_path / "out.tif"
    earlier_session(server, dest, 120_000)
    server.script.blob = os.urandom(310_000)
    transfer.download_file(server.url + "/blob", str(dest), retry=FAST)
    assert dest.read_bytes() == server.script.blob and no_leftovers(tmp_path)
    assert [r["range"] for r in server.script.requests] == ["bytes=120000-", None]


@pytest.mark.parametrize("note", ["missing", "other file", "broken"])
def test_a_part_that_nothing_proves_is_replaced_not_appended_to(server, tmp_path, note):
    dest = tmp_path / "out.tif"
    earlier_session(server, dest, 120_000, identity="file-1")
    note_path = str(dest) + partial.NOTE_SUFFIX
    if note == "missing":
        os.remove(note_path)
    elif note == "broken":
        with open(note_path, "w") as handle:
            handle.write("{not json")
    identity = "file-2" if note == "other file" else "file-1"
    transfer.download_file(server.url + "/blob", str(dest), retry=FAST, identity=identity)
    assert dest.read_bytes() == server.script.blob and no_leftovers(tmp_path)
    assert [r["range"] for r in server.script.requests] == [None]


def test_the_note_holds_no_signed_query(server, tmp_path):
    dest = tmp_path / "out.tif"
    earlier_session(server, dest, 1000)
    text = open(str(dest) + partial.NOTE_SUFFIX).read()
    assert "signature" not in text and "/blob" in text


# ----------------------------------------------------------------------------------------------- uploads
@pytest.fixture
def payload(tmp_path):
    path = tmp_path / "up.bin"
    path.write_bytes(os.urandom(1024 * 1024 + 7))
    return path


def test_upload_retried_when_the_connection_was_refused(closed, payload):
    policy = OpenOnRetry(closed)
    seen = []
    sent = transfer.upload_file(
        closed.url + "/files/upload/1?signature=s",
        str(payload),
        retry=policy,
        progress=lambda done, total: seen.append(done),
    )
    puts = [r for r in closed.script.requests if r["method"] == "PUT"]
    assert sent == payload.stat().st_size and len(puts) == 1 and puts[0]["body"] == payload.read_bytes()
    assert seen[-1] == sent
    assert [d[0]["error_kind"] for d in policy.decisions] == [client.NOT_SENT]


def test_upload_refused_for_good_stops_with_the_policy(closed, payload):
    policy = OpenOnRetry()
    with pytest.raises(errors.NetworkError):
        transfer.upload_file(closed.url + "/files/upload/1", str(payload), retry=policy)
    assert len(policy.decisions) == policy.max_attempts and policy.decisions[-1][1] is None


@pytest.mark.parametrize("action", [("status", 503), ("status", 429, {"Retry-After": "0"}), ("status", 502)])
def test_upload_refused_by_busy_storage_is_repeated(server, payload, action):
    """429/5xx: storage did not take the bytes, so the same PUT is sent again after the back-off."""
    server.script.actions = [action, action]
    policy = OpenOnRetry()
    assert transfer.upload_file(server.url + "/files/upload/1", str(payload), retry=policy) == payload.stat().st_size
    puts = [r for r in server.script.requests if r["method"] == "PUT"]
    assert len(puts) == 3 and all(p["body"] == payload.read_bytes() for p in puts)
    assert [d[0]["status"] for d in policy.decisions] == [action[1], action[1]]


def test_upload_dropped_then_409_means_the_first_attempt_delivered(server, payload):
    server.script.actions = ["drop", ("status", 409)]
    assert (
        transfer.upload_file(server.url + "/files/upload/1", str(payload), retry=OpenOnRetry())
        == payload.stat().st_size
    )
    assert [r["method"] for r in server.script.requests] == ["PUT", "PUT"]


@pytest.mark.parametrize("action", [("status", 409), ("status", 403), ("status", 413)])
def test_upload_refused_for_good_is_not_repeated(server, payload, action):
    """A plain 409 (URL already used by someone else), an expired URL or a too large file: no repeat."""
    server.script.actions = [action]
    with pytest.raises(errors.TransferError) as info:
        transfer.upload_file(server.url + "/files/upload/1", str(payload), retry=OpenOnRetry())
    assert info.value.status == action[1]
    assert [r["method"] for r in server.script.requests] == ["PUT"]


def test_upload_busy_for_good_stops_with_the_policy(server, payload):
    server.script.actions = [("status", 503)] * 10
    policy = OpenOnRetry()
    with pytest.raises(errors.TransferError):
        transfer.upload_file(server.url + "/files/upload/1", str(payload), retry=policy)
    assert len(server.script.requests) == policy.max_attempts


def test_upload_cancel_between_attempts(closed, payload):
    cancel = RecordingEvent(cancel_on_wait=True)
    with pytest.raises(errors.CancelledError):
        transfer.upload_file(closed.url + "/files/upload/1", str(payload), retry=OpenOnRetry(), cancel=cancel)
    assert len(cancel.waits) == 1 and closed.script.requests == []


def test_a_download_without_a_session_closes_the_one_it_made(server, tmp_path):
    """No ``http`` given: the transfer's own session is closed afterwards (no ``unclosed <socket>`` warning)."""
    import gc
    import warnings

    gc.collect()  # earlier tests' garbage is not this download's
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        transfer.download_file(server.url + "/blob", str(tmp_path / "out.bin"), retry=FAST)
        gc.collect()
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []

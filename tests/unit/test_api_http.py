"""Client behaviour over real HTTP on loopback (tiny http.server): retries, re-login, paging, transfers.

A scripted server rather than mocks: each test queues the answers it wants and inspects the requests that
really arrived (method, path, query, headers, body), so the wire format is checked, not just our calls.
"""

from __future__ import annotations

import base64
import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

import fusion_platform_qgis.api as fp
from fusion_platform_qgis.api import client, errors, transfer

FAST = client.RetryPolicy(max_attempts=4, max_total_seconds=20, base_delay=0.01, max_delay=0.05)
USER_ID = "11111111-1111-1111-1111-111111111111"
ORG_ID = "22222222-2222-2222-2222-222222222222"


def jwt(sub):
    def part(obj):
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'none'})}.{part({'sub': sub})}."


class Script:
    """Routes -> queue of answers; records every request."""

    def __init__(self):
        self.routes = {}
        self.requests = []
        self.blob = b""
        self.drop_after = []  # list of byte offsets at which to cut the next download responses
        self.watch = None  # a file whose size each request records as "on_disk" (the client's .part file)

    def add(self, method, path, *answers):
        self.routes.setdefault((method, path), []).extend(answers)


def make_handler(script):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def _body(self):
            length = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(length) if length else b""

        def _handle(self):
            parts = urlsplit(self.path)
            body = self._body()
            on_disk = os.path.getsize(script.watch) if script.watch and os.path.exists(script.watch) else None
            script.requests.append(
                {
                    "method": self.command,
                    "path": parts.path,
                    "query": parse_qs(parts.query),
                    "headers": dict(self.headers),
                    "body": body,
                    "on_disk": on_disk,
                }
            )
            if parts.path == "/blob":
                return self._blob()
            queue = script.routes.get((self.command, parts.path))
            if not queue:
                return self._send(404, {"error_message": f"no route {self.command} {parts.path}"})
            answer = queue.pop(0) if len(queue) > 1 else queue[0]
            if answer == "drop":
                self.close_connection = True
                self.connection.shutdown(2)
                return
            if isinstance(answer, tuple) and answer[0] == "truncate":  # ("truncate", payload, bytes kept)
                data = json.dumps(answer[1]).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data[: answer[2]])
                self.wfile.flush()
                self.close_connection = True
                self.connection.shutdown(2)
                return
            status, payload, headers = (answer + ({},))[:3] if isinstance(answer, tuple) else (200, answer, {})
            if callable(payload):
                payload = payload(script.requests[-1])
            self._send(status, payload, headers)

        def _send(self, status, payload, headers=None):
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        def _blob(self):
            blob = script.blob
            start = 0
            rng = self.headers.get("Range")
            if rng:
                start = int(rng.split("=")[1].split("-")[0])
                self.send_response(206)
                self.send_header("Content-Range", f"bytes {start}-{len(blob) - 1}/{len(blob)}")
            else:
                self.send_response(200)
            self.send_header("Content-Length", str(len(blob) - start))
            self.end_headers()
            cut = script.drop_after.pop(0) if script.drop_after else None
            if cut is not None:
                self.wfile.write(blob[start : start + cut])
                self.wfile.flush()
                self.close_connection = True
                self.connection.shutdown(2)
                return
            self.wfile.write(blob[start:])

        do_GET = do_POST = do_PATCH = do_DELETE = do_PUT = _handle

    return Handler


@pytest.fixture
def server():
    script = Script()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(script))
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    script.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield script
    httpd.shutdown()
    httpd.server_close()


def user_model():
    return {
        "model": {
            "id": USER_ID,
            "email": "me@example.com",
            "given_name": "A",
            "family_name": "B",
            "organisations": [{"id": ORG_ID, "last": True}],
            "created_at": "2026-01-01T00:00:00+00:00",
        }
    }


def logged_in(server, **kwargs):
    server.add("POST", "/users/login", {"id_token": jwt(USER_ID), "access_token": "tok-1"})
    server.add("GET", f"/users/{USER_ID}", user_model())
    return fp.login(email="me@example.com", password="pw-secret", api_url=server.url, retry=FAST, **kwargs)


def test_login_wire_format_and_bearer(server):
    user = logged_in(server)
    login_req, user_req = server.requests
    assert json.loads(login_req["body"]) == {
        "User": {"email": "me@example.com", "user_id": None, "password": "pw-secret"}
    }
    assert "Authorization" not in login_req["headers"]
    assert login_req["headers"]["Content-Type"] == "application/json"
    assert user_req["headers"]["Authorization"] == "Bearer tok-1"
    assert user_req["headers"]["Content-Type"] == "application/json"
    assert str(user.id) == USER_ID and user.email == "me@example.com"
    with pytest.raises(AttributeError):
        user.email = "x"


def test_wrong_password_is_authentication_error(server):
    server.add("POST", "/users/login", (400, {"error_message": "Incorrect username or password"}))
    with pytest.raises(errors.AuthenticationError, match="Incorrect username or password"):
        fp.login(email="me@example.com", password="bad", api_url=server.url, retry=FAST)
    assert len(server.requests) == 1


def test_get_retried_after_503_and_429(server):
    user = logged_in(server)
    server.add(
        "GET",
        f"/organisations/{ORG_ID}",
        (503, {"error_message": "busy"}),
        (429, {"error_message": "slow down"}, {"Retry-After": "0"}),
        {"model": {"id": ORG_ID, "name": "Org"}},
    )
    org = next(user.organisations)
    assert org.name == "Org"
    assert sum(r["path"] == f"/organisations/{ORG_ID}" for r in server.requests) == 3


def test_retries_bounded_then_server_error(server):
    user = logged_in(server)
    server.add("GET", f"/organisations/{ORG_ID}", (503, {"error_message": "down for maintenance"}))
    with pytest.raises(errors.ServerError, match="down for maintenance") as info:
        next(user.organisations)
    assert info.value.status == 503
    assert sum(r["path"] == f"/organisations/{ORG_ID}" for r in server.requests) == FAST.max_attempts


def test_creating_post_not_retried_after_503_or_drop(server):
    user = logged_in(server)
    session = user.session
    server.add("POST", "/organisations/x/data", (503, {"error_message": "busy"}))
    with pytest.raises(errors.ServerError):
        session.request("POST", "/organisations/x/data", json={"Data[name]": "n"})
    assert sum(r["path"] == "/organisations/x/data" for r in server.requests) == 1
    server.add("POST", "/organisations/y/data", "drop")
    with pytest.raises(errors.NetworkError):
        session.request("POST", "/organisations/y/data", json={"Data[name]": "n"})
    assert sum(r["path"] == "/organisations/y/data" for r in server.requests) == 1
    # 429 means "not processed": safe to repeat even a creating POST
    server.add(
        "POST", "/organisations/z/data", (429, {"error_message": "slow"}, {"Retry-After": "0"}), {"model": {"id": "d"}}
    )
    assert session.request("POST", "/organisations/z/data", json={})["model"]["id"] == "d"


def test_truncated_answer_to_a_get_or_login_is_retried(server):
    user = logged_in(server)
    server.add(
        "GET",
        f"/organisations/{ORG_ID}",
        ("truncate", {"model": {"id": ORG_ID, "name": "Org"}}, 10),
        {"model": {"id": ORG_ID, "name": "Org"}},
    )
    assert next(user.organisations).name == "Org"
    assert sum(r["path"] == f"/organisations/{ORG_ID}" for r in server.requests) == 2
    answer = {"id_token": jwt(USER_ID), "access_token": "tok-2"}
    server.routes[("POST", "/users/login")] = [("truncate", answer, 5), answer]
    session = client.Session(server.url, retry=FAST)
    assert session.login(email="me@example.com", password="pw") == USER_ID
    assert sum(r["path"] == "/users/login" for r in server.requests) == 3  # logged_in's one, cut one, good one


def test_truncated_answer_to_a_creating_post_is_ambiguous_without_reconciler(server):
    user = logged_in(server)
    server.add("POST", "/organisations/x/data", ("truncate", {"model": {"id": "d"}}, 3), {"model": {"id": "e"}})
    # urllib3 1.26 hands over the short body (an unreadable answer: ServerError), 2.x raises while reading it (a
    # broken connection: NetworkError); either way the call may have taken effect and is not sent again.
    with pytest.raises((errors.ServerError, errors.NetworkError)) as info:
        user.session.request("POST", "/organisations/x/data", json={})
    assert info.value.ambiguous
    assert sum(r["path"] == "/organisations/x/data" for r in server.requests) == 1


@pytest.mark.parametrize("fault", ["drop", (503, {"error_message": "busy"}), ("truncate", {"model": {"id": "d"}}, 3)])
def test_creating_post_reconciled_adopts_or_retries(server, fault):
    user = logged_in(server)
    server.add("POST", "/organisations/a/data", fault, {"model": {"id": "second"}})
    adopted = {"model": {"id": "first"}}
    assert user.session.request("POST", "/organisations/a/data", json={}, reconcile=lambda: adopted) is adopted
    assert sum(r["path"] == "/organisations/a/data" for r in server.requests) == 1
    server.add("POST", "/organisations/b/data", fault, {"model": {"id": "second"}})
    looked = []
    answer = user.session.request("POST", "/organisations/b/data", json={}, reconcile=lambda: looked.append(1))
    assert answer == {"model": {"id": "second"}} and looked == [1]
    assert sum(r["path"] == "/organisations/b/data" for r in server.requests) == 2


def test_connection_refused_is_network_error():
    with pytest.raises(errors.NetworkError) as info:
        fp.login(email="a@b.c", password="pw", api_url="http://127.0.0.1:9", retry=FAST, timeout=(1, 1))
    assert not info.value.is_tls


def test_expired_session_without_supplier(server):
    user = logged_in(server)
    server.add("GET", f"/organisations/{ORG_ID}", (401, {"error_message": "Token expired"}))
    with pytest.raises(errors.SessionExpiredError, match="log in again"):
        next(user.organisations)


def test_expired_session_relogs_once_with_supplier(server):
    calls = []

    def supplier():
        calls.append(1)
        return "me@example.com", None, "pw-secret"

    user = logged_in(server, credential_supplier=supplier)
    server.routes[("POST", "/users/login")] = [{"id_token": jwt(USER_ID), "access_token": "tok-2"}]
    server.routes[("GET", f"/organisations/{ORG_ID}")] = [
        (401, {"error_message": "expired"}),
        {"model": {"id": ORG_ID, "name": "Org"}},
    ]
    org = next(user.organisations)
    assert org.name == "Org" and calls == [1]
    org_requests = [r for r in server.requests if r["path"] == f"/organisations/{ORG_ID}"]
    assert [r["headers"]["Authorization"] for r in org_requests] == ["Bearer tok-1", "Bearer tok-2"]
    # a second 401 straight after re-login is not looped on
    server.routes[("GET", f"/organisations/{ORG_ID}")] = [(401, {"error_message": "expired"})]
    with pytest.raises(errors.SessionExpiredError):
        next(user.organisations)


def test_paging_follows_last_and_find_uses_limit_1(server):
    user = logged_in(server)
    server.add("GET", f"/organisations/{ORG_ID}", {"model": {"id": ORG_ID, "name": "Org"}})
    org = next(user.organisations)
    path = f"/organisations/{ORG_ID}/services/latest"

    def page(req):
        last = req["query"].get("last[id]", [None])[0]
        if req["query"]["limit"] == ["1"]:
            return {"list": [{"id": "s1", "name": "Elevation"}], "last": {"id": "s1"}}
        if last is None:
            return {
                "list": [{"id": "s1", "name": "Elevation"}, {"id": "s2", "name": "E2"}],
                "last": {"id": "s2", "name": "E2"},
            }
        return {"list": [{"id": "s3", "name": "E3"}], "last": None}

    server.add("GET", path, page)
    first, rest = org.find_services(keyword="Elevation")
    assert first.name == "Elevation"
    finds = [r for r in server.requests if r["path"] == path]
    assert len(finds) == 1  # the iterator is lazy
    assert finds[0]["query"] == {"limit": ["1"], "reverse": ["False"], "filter[keywords__contains]": ["Elevation"]}
    assert [s.name for s in rest] == ["Elevation", "E2", "E3"]
    pages = [r for r in server.requests if r["path"] == path][1:]
    assert pages[1]["query"]["last[id]"] == ["s2"] and pages[1]["query"]["last[name]"] == ["E2"]
    assert pages[0]["query"]["limit"] == ["24"]


def test_cancel_flag_stops_retries(server):
    cancel = threading.Event()
    user = logged_in(server, cancel=cancel)
    cancel.set()
    with pytest.raises(errors.CancelledError):
        next(user.organisations)


def test_download_resumes_after_drops_and_renames_atomically(server, tmp_path):
    """Cuts at offsets that are not multiples of any read size: every byte sent before a cut is kept."""
    server.blob = os.urandom(3 * 1024 * 1024 + 17)
    first, second = 1024 * 1024 + 5, 700_000
    server.drop_after = [first, second]
    dest = tmp_path / "out" / "file.tif"
    server.watch = str(dest) + transfer.PART_SUFFIX
    seen = []
    size = transfer.download_file(
        server.url + "/blob?signature=abc", str(dest), progress=lambda done, total: seen.append((done, total))
    )
    assert size == len(server.blob)
    assert dest.read_bytes() == server.blob
    assert not (tmp_path / "out" / "file.tif.part").exists()
    blobs = [r for r in server.requests if r["path"] == "/blob"]
    # each resume asks for exactly what was on disk when it was sent...
    assert [r["headers"].get("Range") for r in blobs] == [None] + [f"bytes={r['on_disk']}-" for r in blobs[1:]]
    # ...and that is everything the server had sent before each cut
    assert [r["on_disk"] for r in blobs] == [0, first, first + second]
    assert seen[-1] == (len(server.blob), len(server.blob))


def test_download_gives_up_without_leaving_files(server, tmp_path):
    server.blob = b"x" * 100_000
    server.drop_after = [10] * 10
    dest = tmp_path / "file.bin"
    with pytest.raises(errors.NetworkError):
        transfer.download_file(server.url + "/blob", str(dest), max_resumes=2)
    assert not dest.exists() and not (tmp_path / "file.bin.part").exists()


def test_download_cancel(server, tmp_path):
    server.blob = b"y" * 3_000_000
    cancel = threading.Event()
    dest = tmp_path / "c.bin"

    def progress(done, total):
        cancel.set()

    with pytest.raises(errors.CancelledError):
        transfer.download_file(server.url + "/blob", str(dest), cancel=cancel, progress=progress)
    assert not dest.exists() and not (tmp_path / "c.bin.part").exists()


def test_upload_streams_with_content_length(server, tmp_path):
    path = tmp_path / "up.bin"
    payload = os.urandom(2 * 1024 * 1024 + 3)
    path.write_bytes(payload)
    server.add("PUT", "/upload/1", {})
    seen = []
    transfer.upload_file(server.url + "/upload/1?token=t", str(path), progress=lambda d, t: seen.append(d))
    put = [r for r in server.requests if r["method"] == "PUT"][0]
    assert put["body"] == payload
    assert put["headers"]["Content-Length"] == str(len(payload))
    assert "Authorization" not in put["headers"] and "Transfer-Encoding" not in put["headers"]
    assert seen[-1] == len(payload)
    server.add("PUT", "/upload/2", (403, {"error_message": "expired"}))
    with pytest.raises(errors.TransferError):
        transfer.upload_file(server.url + "/upload/2", str(path))


def test_logs_never_carry_secrets(server, tmp_path, caplog):
    caplog.set_level("DEBUG", logger="fusion_platform_qgis.api")
    user = logged_in(server)
    server.add(
        "GET", f"/organisations/{ORG_ID}", (503, {"error_message": "busy"}), {"model": {"id": ORG_ID, "name": "Org"}}
    )
    next(user.organisations)
    server.blob = b"z" * 10_000
    server.drop_after = [100]
    transfer.download_file(server.url + "/blob?expires=1&signature=SIGNATURE-SECRET", str(tmp_path / "f"))
    text = caplog.text
    assert "retry" in text and "resuming" in text  # the interesting events were logged...
    for secret in ("pw-secret", "tok-1", "SIGNATURE-SECRET"):
        assert secret not in text  # ...without their secrets


def socket_warnings(action) -> list:
    """The ``ResourceWarning: unclosed <socket>`` raised while ``action`` runs and its garbage is collected."""
    import gc
    import warnings

    gc.collect()  # earlier tests' garbage (their sessions) is not this action's
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        action()
        gc.collect()
    return [str(w.message) for w in caught if issubclass(w.category, ResourceWarning) and "socket" in str(w.message)]


def test_a_refused_login_closes_its_connection(server):
    """The session of a login that failed is nobody's: its pooled socket is closed, not left to the collector."""
    server.add("POST", "/users/login", (400, {"error_message": "Incorrect username or password"}))

    def refused():
        try:
            fp.login(email="me@example.com", password="bad", api_url=server.url, retry=FAST)
        except errors.AuthenticationError:
            pass

    assert socket_warnings(refused) == []
    assert len(server.requests) == 1

"""Start real sandbox servers for tests: ``start_sandbox`` plus the pytest fixtures ``sandbox`` and
``sandbox_factory``.

Each server is ``python -m sandbox`` in a subprocess on a free loopback port with its own data directory, so
tests exercise the same code path as ``make sandbox``. Output goes to ``<data dir>/server.log`` (not a pipe,
which could fill up and block the server).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from sandbox.config import DEFAULT_EMAIL, DEFAULT_PASSWORD, OTHER_EMAIL, OTHER_PASSWORD

REPO_ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class SandboxHandle:
    """A running sandbox server."""

    url: str
    port: int
    data_dir: Path
    process: subprocess.Popen
    email: str = DEFAULT_EMAIL
    password: str = DEFAULT_PASSWORD
    other_email: str = OTHER_EMAIL
    other_password: str = OTHER_PASSWORD
    env: dict[str, str] = field(default_factory=dict)

    def admin(self, method: str, path: str, json: Any = None) -> Any:
        """Call an admin endpoint ("faults" or "/__sandbox__/faults"); returns the parsed JSON."""
        import json as _json

        path = path.lstrip("/")
        if path.startswith("__sandbox__/"):
            path = path[len("__sandbox__/") :]
        url = f"{self.url}/__sandbox__/{path}"
        data = None if json is None else _json.dumps(json).encode()
        request = urllib.request.Request(
            url, data=data, method=method.upper(), headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                body = response.read()
        except urllib.error.HTTPError as error:
            raise RuntimeError(f"admin {method} {path} failed: {error.code} {error.read()[:500]!r}")
        return _json.loads(body) if body else None

    def log_text(self) -> str:
        path = self.data_dir / "server.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)


def start_sandbox(
    data_dir: Path | str, *, port: int | None = None, env: dict[str, str] | None = None, timeout: float = 60.0
) -> SandboxHandle:
    """Launch ``python -m sandbox`` with ``data_dir`` on a free port and wait until it answers."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    child_env = dict(os.environ)
    child_env.update({"SANDBOX_PORT": str(port), "SANDBOX_DATA": str(data_dir)})
    child_env.update(env or {})
    child_env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), child_env.get("PYTHONPATH", "")) if p)
    log = open(data_dir / "server.log", "ab")
    process = subprocess.Popen(
        [sys.executable, "-m", "sandbox"], cwd=str(REPO_ROOT), env=child_env, stdout=log, stderr=subprocess.STDOUT
    )
    log.close()
    handle = SandboxHandle(
        url=f"http://127.0.0.1:{port}",
        port=port,
        data_dir=data_dir,
        process=process,
        email=child_env.get("SANDBOX_EMAIL", DEFAULT_EMAIL),
        password=child_env.get("SANDBOX_PASSWORD", DEFAULT_PASSWORD),
        env=dict(env or {}),
    )
    deadline = time.time() + timeout
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"sandbox exited with {process.returncode}:\n{handle.log_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{handle.url}/__sandbox__/health", timeout=2) as response:
                if json.loads(response.read()).get("status") == "ok":
                    return handle
        except (OSError, ValueError):
            pass
        if time.time() > deadline:
            handle.stop()
            raise RuntimeError(f"sandbox did not answer within {timeout} s:\n{handle.log_text()[-3000:]}")
        time.sleep(0.1)


@pytest.fixture(scope="session")
def sandbox() -> Iterator[SandboxHandle]:
    """One sandbox for the whole test session, with a fresh temporary data directory."""
    with tempfile.TemporaryDirectory(prefix="sandbox-session-") as tmp:
        handle = start_sandbox(Path(tmp) / "data")
        try:
            yield handle
        finally:
            handle.stop()


@pytest.fixture
def sandbox_factory(tmp_path: Path) -> Iterator[Any]:
    """Start extra sandboxes with their own environment: ``sandbox_factory(env={...}, data_dir=None)``."""
    handles: list[SandboxHandle] = []

    def make(env: dict[str, str] | None = None, data_dir: Path | None = None, port: int | None = None) -> SandboxHandle:
        handle = start_sandbox(data_dir or tmp_path / f"sandbox-{len(handles)}", port=port, env=env)
        handles.append(handle)
        return handle

    try:
        yield make
    finally:
        for handle in handles:
            handle.stop()


class ApiClient:
    """A thin ``requests`` helper for tests that speak the wire protocol directly (not the plugin's client)."""

    def __init__(self, handle: SandboxHandle, email: str | None = None, password: str | None = None) -> None:
        import base64

        import requests

        self.handle = handle
        self.url = handle.url
        self.http = requests.Session()
        self.http.headers["Content-Type"] = "application/json"
        answer = requests.post(
            f"{self.url}/users/login",
            json={"User": {"email": email or handle.email, "user_id": None, "password": password or handle.password}},
            timeout=30,
        )
        answer.raise_for_status()
        tokens = answer.json()
        self.access_token = tokens["access_token"]
        payload = tokens["id_token"].split(".")[1]
        self.user_id = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))["sub"]
        self.http.headers["Authorization"] = f"Bearer {self.access_token}"
        self.user = self.get(f"/users/{self.user_id}").json()["model"]
        self.org = self.user["organisations"][0]["id"]

    def get(self, path: str, **kw: Any) -> Any:
        return self.http.get(self.url + path, timeout=60, **kw)

    def post(self, path: str, **kw: Any) -> Any:
        return self.http.post(self.url + path, timeout=60, **kw)

    def patch(self, path: str, **kw: Any) -> Any:
        return self.http.patch(self.url + path, timeout=60, **kw)

    def delete(self, path: str, **kw: Any) -> Any:
        return self.http.delete(self.url + path, timeout=60, **kw)

    def o(self, path: str = "") -> str:
        """A path under the caller's organisation."""
        return f"/organisations/{self.org}{path}"

    def create_data(self, name: str, files: list[tuple[str, str, bytes]], wait: bool = True) -> dict[str, Any]:
        """Create a data item and upload ``(file name, file type, bytes)`` files; wait for analysis."""
        import requests

        answer = self.post(self.o("/data"), json={"Data[organisation_id]": self.org, "Data[name]": name})
        answer.raise_for_status()
        data = answer.json()["model"]
        for file_name, file_type, content in files:
            added = self.post(
                self.o(f"/data/{data['id']}/add_file"), json={"Data": {"name": file_name, "file_type": file_type}}
            )
            added.raise_for_status()
            put = requests.put(added.json()["extras"]["url"], data=content, timeout=60)
            put.raise_for_status()
        if wait:
            self.wait_analysed(data["id"])
        return data

    def files(self, data_id: str) -> list[dict[str, Any]]:
        answer = self.get(self.o(f"/data/{data_id}/files"), params={"limit": 24, "reverse": "False"})
        answer.raise_for_status()
        return answer.json()["list"]

    def wait_analysed(self, data_id: str, timeout: float = 60) -> list[dict[str, Any]]:
        deadline = time.time() + timeout
        while True:
            files = self.files(data_id)
            if all("size" in f and ("publishable" in f or "error" in f) for f in files):
                return files
            if time.time() > deadline:
                raise TimeoutError(f"data {data_id} not analysed: {files}")
            time.sleep(0.1)

    def service(self, keyword: str) -> dict[str, Any]:
        answer = self.get(
            self.o("/services/latest"), params={"limit": 1, "reverse": "False", "filter[keywords__contains]": keyword}
        )
        answer.raise_for_status()
        return answer.json()["list"][0]

    def template(self, service_id: str) -> dict[str, Any]:
        answer = self.get(self.o("/processes/new"), params={"service_id": service_id})
        answer.raise_for_status()
        return answer.json()["model"]

    def create_process(
        self,
        template: dict[str, Any],
        name: str,
        data_ids: list[str],
        options: dict[str, str | None] | None = None,
        **fields: Any,
    ) -> Any:
        """POST a process built from a template (flat ``Process[...]`` body, like the SDK); returns the response."""
        body = dict(template)
        body["name"] = name
        body["inputs"] = [dict(entry, id=data_id) for entry, data_id in zip(template["inputs"], data_ids)]
        body["options"] = [dict(o, value=(options or {}).get(o["name"], o.get("value"))) for o in template["options"]]
        body.update(fields)
        return self.post(self.o("/processes"), json={f"Process[{k}]": v for k, v in body.items()})

    def wait_process_stopped(self, process_id: str, timeout: float = 120) -> dict[str, Any]:
        deadline = time.time() + timeout
        while True:
            process = self.get(self.o(f"/processes/{process_id}")).json()["model"]
            if process["process_status"] == "stop":
                return process
            if time.time() > deadline:
                raise TimeoutError(f"process {process_id} still {process['process_status']}")
            time.sleep(0.1)

    def executions(self, process_id: str) -> list[dict[str, Any]]:
        answer = self.get(self.o(f"/processes/{process_id}/executions"), params={"limit": 100, "reverse": "False"})
        answer.raise_for_status()
        return answer.json()["list"]

    def components(self, execution_id: str) -> list[dict[str, Any]]:
        answer = self.get(self.o(f"/process_executions/{execution_id}/process_service_executions"))
        answer.raise_for_status()
        return answer.json()["list"]

    def download_url(self, data_id: str, file_id: str, preview: bool = False) -> str:
        answer = self.get(self.o(f"/data/{data_id}/download_file/{file_id}"), params={"preview": str(preview)})
        answer.raise_for_status()
        return answer.json()["extras"]["url"]


GLASGOW_SMALL = {
    "type": "FeatureCollection",
    "name": "Glasgow",
    "features": [
        {
            "type": "Feature",
            "properties": {"FP_ID": 1},
            "geometry": {
                "type": "Polygon",
                "coordinates": [[[-4.30, 55.84], [-4.22, 55.84], [-4.22, 55.88], [-4.30, 55.88], [-4.30, 55.84]]],
            },
        }
    ],
}


def glasgow_bytes() -> bytes:
    """A small region inside Glasgow (about 22 km²) as GeoJSON bytes."""
    return json.dumps(GLASGOW_SMALL).encode()

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

    def admin(self, method: str, path: str, json: Any = None) -> Any:  # noqa: A002 - mirrors requests' keyword
        """Call an admin endpoint (``path`` relative to /__sandbox__/, e.g. "faults"); returns the parsed JSON."""
        import json as _json

        url = f"{self.url}/__sandbox__/{path.lstrip('/')}"
        data = None if json is None else _json.dumps(json).encode()
        request = urllib.request.Request(url, data=data, method=method.upper(),
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - loopback URL
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


def start_sandbox(data_dir: Path | str, *, port: int | None = None, env: dict[str, str] | None = None,
                  timeout: float = 60.0) -> SandboxHandle:
    """Launch ``python -m sandbox`` with ``data_dir`` on a free port and wait until it answers."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    child_env = dict(os.environ)
    child_env.update({"SANDBOX_PORT": str(port), "SANDBOX_DATA": str(data_dir)})
    child_env.update(env or {})
    child_env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), child_env.get("PYTHONPATH", "")) if p)
    log = open(data_dir / "server.log", "ab")  # noqa: SIM115 - handed to the child process
    process = subprocess.Popen([sys.executable, "-m", "sandbox"], cwd=str(REPO_ROOT), env=child_env, stdout=log,
                               stderr=subprocess.STDOUT)
    log.close()
    handle = SandboxHandle(url=f"http://127.0.0.1:{port}", port=port, data_dir=data_dir, process=process,
                           email=child_env.get("SANDBOX_EMAIL", DEFAULT_EMAIL),
                           password=child_env.get("SANDBOX_PASSWORD", DEFAULT_PASSWORD), env=dict(env or {}))
    deadline = time.time() + timeout
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"sandbox exited with {process.returncode}:\n{handle.log_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{handle.url}/__sandbox__/health", timeout=2) as response:  # noqa: S310
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

    def make(env: dict[str, str] | None = None, data_dir: Path | None = None, port: int | None = None
             ) -> SandboxHandle:
        handle = start_sandbox(data_dir or tmp_path / f"sandbox-{len(handles)}", port=port, env=env)
        handles.append(handle)
        return handle

    try:
        yield make
    finally:
        for handle in handles:
            handle.stop()

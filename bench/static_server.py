"""A static file server for the transfer benchmark that is not the bottleneck: nginx when installed, else our own.

Why: against the sandbox (FastAPI, Python per chunk) the server sets the pace for the client and for curl alike, so
their ratio says little about the client. A ratio against a server that serves and stores faster than either
client can transfer measures the client.

- nginx (Debian's package), when ``nginx`` is on PATH: started on 127.0.0.1 with a throw-away prefix, ``sendfile
  on`` for GET and the DAV module's ``PUT`` for uploads.
- Otherwise ``SendfileServer``: one thread per connection, HTTP/1.1 keep-alive, GET (with ``Range: bytes=N-``)
  answered with ``os.sendfile`` from the page cache, PUT received with ``recv_into`` a 1 MiB buffer into a file;
  ``Expect: 100-continue`` answered (curl asks for it). Nothing else: it is a measuring instrument, not a server.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path

BUFFER = 1024 * 1024


class SendfileServer:
    kind = "sendfile (Python, os.sendfile)"

    def __init__(self, root: Path, port: int = 0, background: bool = True):
        self.root = Path(root)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._stopping = False
        if background:  # else the caller serves with _accept()
            self._thread = threading.Thread(target=self._accept, daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stopping = True
        try:
            self.sock.close()
        except OSError:
            pass

    def _accept(self) -> None:
        while not self._stopping:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _path(self, target: str) -> Path:
        name = os.path.basename(target.split("?", 1)[0]) or "index"
        return self.root / name

    def _serve(self, conn: socket.socket) -> None:
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        pending = b""
        try:
            while True:
                while b"\r\n\r\n" not in pending:
                    more = conn.recv(65536)
                    if not more:
                        return
                    pending += more
                head, pending = pending.split(b"\r\n\r\n", 1)
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ", 2)
                headers = {}
                for line in lines[1:]:
                    key, _, value = line.partition(":")
                    headers[key.strip().lower()] = value.strip()
                if method == "PUT":
                    pending = self._put(conn, target, headers, pending)
                elif method in ("GET", "HEAD"):
                    self._get(conn, target, headers, method == "HEAD")
                else:
                    conn.sendall(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n")
                if headers.get("connection", "").lower() == "close":
                    return
        except (OSError, ValueError):
            return
        finally:
            conn.close()

    def _put(self, conn: socket.socket, target: str, headers: dict, pending: bytes) -> bytes:
        length = int(headers.get("content-length", "0"))
        if headers.get("expect", "").lower() == "100-continue":
            conn.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
        buffer = bytearray(BUFFER)
        view = memoryview(buffer)
        fd = os.open(self._path(target), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            first, pending = pending[:length], pending[length:]
            os.write(fd, first)
            left = length - len(first)
            while left > 0:
                got = conn.recv_into(view, min(left, BUFFER))
                if not got:
                    raise OSError("client closed during PUT")
                os.write(fd, view[:got])
                left -= got
        finally:
            os.close(fd)
        conn.sendall(b"HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n")
        return pending

    def _get(self, conn: socket.socket, target: str, headers: dict, head_only: bool) -> None:
        path = self._path(target)
        if not path.is_file():
            conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
            return
        size = path.stat().st_size
        start = 0
        status = "200 OK"
        extra = ""
        wanted = headers.get("range", "")
        if wanted.startswith("bytes=") and wanted[6:].split("-")[0].isdigit():
            start = min(int(wanted[6:].split("-")[0]), size)
            status = "206 Partial Content"
            extra = f"Content-Range: bytes {start}-{size - 1}/{size}\r\n"
        conn.sendall(
            (
                f"HTTP/1.1 {status}\r\nContent-Length: {size - start}\r\nContent-Type: application/octet-stream"
                f"\r\nAccept-Ranges: bytes\r\n{extra}\r\n"
            ).encode()
        )
        if head_only:
            return
        with path.open("rb") as handle:
            offset = start
            while offset < size:
                sent = os.sendfile(conn.fileno(), handle.fileno(), offset, size - offset)
                if sent == 0:
                    raise OSError("client closed during GET")
                offset += sent


NGINX_CONF = """daemon off;
worker_processes 2;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log;
{user}
events {{ worker_connections 64; }}
http {{
    access_log off;
    sendfile on;
    tcp_nopush on;
    client_max_body_size 0;
    client_body_buffer_size 1m;
    client_body_temp_path {root};
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    default_type application/octet-stream;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        location / {{ dav_methods PUT; dav_access user:rw; }}
    }}
}}
"""


class NginxServer:
    kind = "nginx"

    def __init__(self, root: Path, binary: str):
        from sandbox.testing import free_port

        self.root = Path(root)
        self.prefix = self.root.parent / "nginx"
        self.prefix.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        user = f"user {os.environ.get('USER') or 'root'};" if os.geteuid() == 0 else ""
        conf = self.prefix / "nginx.conf"
        conf.write_text(NGINX_CONF.format(prefix=self.prefix, root=self.root, port=self.port, user=user))
        self.process = subprocess.Popen(
            [binary, "-p", str(self.prefix), "-c", str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT
        )
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    log = self.prefix / "error.log"
                    raise RuntimeError(f"nginx did not start: {log.read_text()[-500:] if log.exists() else ''}")
                time.sleep(0.05)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


class SendfileProcess:
    """``SendfileServer`` in a process of its own. Why: in the benchmark's own interpreter its Python threads
    (``recv_into`` + ``os.write`` per MiB of an upload) took the GIL from the client being measured, while curl,
    a process of its own, had no such competitor: the upload ratio measured the lock, not the client."""

    kind = "sendfile (Python, os.sendfile, own process)"

    def __init__(self, root: Path):
        import sys

        from sandbox.testing import REPO_ROOT, free_port

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bench.static_server", str(root), str(self.port)],
            cwd=str(REPO_ROOT),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError("the sendfile server did not start")
                time.sleep(0.05)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def start(root: Path):
    """nginx when installed (``BENCH_STATIC_SERVER=sendfile`` forces ours), else the sendfile server in a process
    of its own (``BENCH_STATIC_SERVER=thread``: in this process, as before)."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    binary = (
        os.environ.get("BENCH_NGINX")
        or shutil.which("nginx")
        or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)
    )
    if binary and os.environ.get("BENCH_STATIC_SERVER", "") != "sendfile":
        try:
            return NginxServer(root, binary)
        except (OSError, RuntimeError) as exc:
            print(f"nginx could not be used ({exc}); using the sendfile server", flush=True)
    if os.environ.get("BENCH_STATIC_SERVER", "") == "thread":
        return SendfileServer(root)
    return SendfileProcess(root)


if __name__ == "__main__":  # python -m bench.static_server ROOT PORT: the sendfile server until terminated
    import signal
    import sys

    server = SendfileServer(Path(sys.argv[1]), int(sys.argv[2]), background=False)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    server._accept()

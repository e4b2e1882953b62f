"""Requests follow QGIS's proxy settings: a tiny forwarding proxy on loopback counts what passes through it.

Also: a URL on QGIS's proxy exclusion list bypasses the proxy, and when the proxy is down the account dock's
message names the proxy (not only the server)."""

from __future__ import annotations

import base64
import http.client
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
from qgis.core import QgsNetworkAccessManager, QgsSettings

from .account_helpers import (  # noqa: F401 - clean_settings_fixture is a fixture
    add_connection,
    clean_settings_fixture,
    close_dock,
    login,
    make_dock,
    type_login,
    wait_idle,
)

HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-connection",
    "proxy-authorization",
    "transfer-encoding",
    "te",
    "trailer",
    "upgrade",
}


class ForwardingProxy:
    """A plain-HTTP forward proxy (absolute-URI requests) that records "METHOD path" of every forwarded request."""

    def __init__(self, credentials: tuple[str, str] | None = None):
        self.forwarded: list[str] = []
        self.refused = 0
        expected = None
        if credentials is not None:
            expected = "Basic " + base64.b64encode(":".join(credentials).encode()).decode()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep pytest output clean
                pass

            def _forward(self):
                if expected is not None and self.headers.get("Proxy-Authorization") != expected:
                    proxy.refused += 1
                    self.send_response(407)
                    self.send_header("Proxy-Authenticate", 'Basic realm="test"')
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                target = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
                connection = http.client.HTTPConnection(target.hostname, target.port or 80, timeout=60)
                path = target.path + (f"?{target.query}" if target.query else "")
                connection.request(self.command, path, body=body, headers=headers)
                response = connection.getresponse()
                data = response.read()
                proxy.forwarded.append(f"{self.command} {target.path}")
                self.send_response(response.status)
                for key, value in response.getheaders():
                    if key.lower() not in HOP_BY_HOP and key.lower() != "content-length":
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                connection.close()

            do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _forward

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def _use_proxy(port: int, excluded: str = "", user: str = "", password: str = "") -> None:
    settings = QgsSettings()
    settings.setValue("proxy/proxyUser", user)
    settings.setValue("proxy/proxyPassword", password)
    settings.setValue("proxy/proxyEnabled", True)
    settings.setValue("proxy/proxyType", "HttpProxy")
    settings.setValue("proxy/proxyHost", "127.0.0.1")
    settings.setValue("proxy/proxyPort", str(port))
    settings.setValue("proxy/proxyExcludedUrls", excluded)
    QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()


@pytest.fixture
def no_proxy_afterwards(qgis_app):
    yield
    settings = QgsSettings()
    for key in (
        "proxyEnabled",
        "proxyType",
        "proxyHost",
        "proxyPort",
        "proxyExcludedUrls",
        "proxyUser",
        "proxyPassword",
    ):
        settings.remove(f"proxy/{key}")
    QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()


@pytest.fixture
def proxy():
    forwarding = ForwardingProxy()
    yield forwarding
    forwarding.close()


@pytest.fixture
def state(qgis_app):
    from fusion_platform_qgis.qgis_support.session.plugin_state import PluginState

    plugin_state = PluginState()
    yield plugin_state
    plugin_state.deleteLater()


def test_login_goes_through_qgis_proxy(qtbot, qgis_iface, clean_settings, no_proxy_afterwards, proxy, sandbox, state):
    _use_proxy(proxy.port)
    add_connection("Via proxy", sandbox.url)
    dock = make_dock(qgis_iface, state, "Via proxy")
    try:
        login(qtbot, dock, sandbox.email, sandbox.password)
        assert "POST /users/login" in proxy.forwarded
        assert f"GET /users/{state.user.id}" in proxy.forwarded
        assert f"GET /organisations/{state.organisation.id}/credits/{state.organisation.id}" in proxy.forwarded
    finally:
        close_dock(dock)


def test_proxy_authentication_from_qgis_settings(
    qtbot, qgis_iface, clean_settings, no_proxy_afterwards, sandbox, state
):
    proxy = ForwardingProxy(credentials=("proxy user", "pr@xy:pass"))
    try:
        _use_proxy(proxy.port, user="proxy user", password="pr@xy:pass")
        add_connection("Via authenticated proxy", sandbox.url)
        dock = make_dock(qgis_iface, state, "Via authenticated proxy")
        try:
            type_login(qtbot, dock, sandbox.email, sandbox.password)
            wait_idle(qtbot, dock)
            assert state.is_connected, (dock._message.details, proxy.forwarded, proxy.refused, proxy.port)
            assert "POST /users/login" in proxy.forwarded and proxy.refused == 0
            assert "pr@xy" not in dock.message_text()
        finally:
            close_dock(dock)
    finally:
        proxy.close()


def test_excluded_url_bypasses_the_proxy(qtbot, qgis_iface, clean_settings, no_proxy_afterwards, proxy, sandbox, state):
    _use_proxy(proxy.port, excluded=sandbox.url)
    add_connection("Excluded", sandbox.url)
    dock = make_dock(qgis_iface, state, "Excluded")
    try:
        login(qtbot, dock, sandbox.email, sandbox.password)
        assert proxy.forwarded == []
    finally:
        close_dock(dock)


def test_proxy_down_is_named_in_the_message(
    qtbot, qgis_iface, clean_settings, no_proxy_afterwards, sandbox, state, closed_port
):
    closed = closed_port
    _use_proxy(closed)
    add_connection("Proxy down", sandbox.url)
    dock = make_dock(qgis_iface, state, "Proxy down")
    try:
        type_login(qtbot, dock, sandbox.email, sandbox.password)
        wait_idle(qtbot, dock)
        assert not state.is_connected
        assert f"through the proxy 127.0.0.1:{closed}" in dock.message_text()
    finally:
        close_dock(dock)

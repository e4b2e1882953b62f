"""Clear messages: the password policy as typed, TLS failures (a real self-signed HTTPS server on loopback) with
the way to QGIS's SSL settings, server errors with "Copy details", and the wording rules of describe_error."""

from __future__ import annotations

import shutil
import ssl
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QApplication

from .account_helpers import (  # noqa: F401 - clean_settings_fixture is a fixture
    add_connection,
    clean_settings_fixture,
    close_dock,
    make_dock,
    type_login,
    wait_idle,
)


@pytest.fixture
def state(qgis_app):
    from fusion_platform_qgis.qgis_support.session.plugin_state import PluginState

    plugin_state = PluginState()
    yield plugin_state
    plugin_state.deleteLater()


@pytest.mark.parametrize(
    "password, unmet",
    [
        ("", {"length", "upper", "lower", "digit", "symbol"}),
        ("short1A!", {"length"}),
        ("alllowercase1!", {"upper"}),
        ("ALLUPPERCASE1!", {"lower"}),
        ("NoDigitsHere!!", {"digit"}),
        ("NoSymbols1234", {"symbol"}),
        ("With spaces 12A", {"symbol"}),  # white space is not a symbol
        ("Demo-Sandbox-2026!", set()),
        ("Ünïcödé-Pass1", set()),
    ],
)
def test_password_policy(qgis_app, password, unmet):
    from fusion_platform_qgis.gui import password_policy

    assert set(password_policy.unmet_rules(password)) == unmet
    assert password_policy.is_acceptable(password) == (not unmet)


def test_password_dialog_explains_as_the_user_types(qtbot, qgis_app):
    from fusion_platform_qgis.gui.password_dialog import PasswordDialog

    dialog = PasswordDialog()
    qtbot.addWidget(dialog)
    submitted = []
    dialog.submitted.connect(lambda old, new: submitted.append((old, new)))
    dialog.ui.line_old_password.setText("Old-Password-1")
    qtbot.keyClicks(dialog.ui.line_new_password, "abc")
    assert "at least 12 characters" in dialog.ui.label_policy.text() and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.ui.line_new_password, "DEF-12345678")
    assert "meets the policy" in dialog.ui.label_policy.text()
    dialog.ui.line_confirm_password.setText("different")
    assert "differ" in dialog.ui.label_error.text() and not dialog.ok_button.isEnabled()
    dialog.ui.line_confirm_password.setText("abcDEF-12345678")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert submitted == [("Old-Password-1", "abcDEF-12345678")]


@pytest.fixture
def tls_server(tmp_path):
    """An HTTPS server on loopback with a self-signed certificate nobody trusts."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a self-signed certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            self.send_response(500)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(str(cert), str(key))
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_untrusted_certificate_offers_the_ssl_settings(qtbot, qgis_iface, clean_settings, tls_server, state):
    add_connection("Self-signed", tls_server)
    dock = make_dock(qgis_iface, state, "Self-signed")
    try:
        type_login(qtbot, dock, "demo@example.com", "Demo-Sandbox-2026!")
        wait_idle(qtbot, dock)
        assert not state.is_connected
        assert "certificate is not trusted" in dock.message_text()
        assert dock.ui.button_ssl_settings.isVisibleTo(dock)
        opened = []
        qgis_iface.showOptionsDialog = lambda parent, page: opened.append(page)
        qtbot.mouseClick(dock.ui.button_ssl_settings, Qt.MouseButton.LeftButton)
        assert opened == ["mOptionsPageAuth"]
    finally:
        close_dock(dock)


def test_server_error_shows_the_detail_and_copies_details(qtbot, qgis_iface, clean_settings, sandbox_factory, state):
    own = sandbox_factory()
    own.admin(
        "POST", "faults", {"rules": [{"path": "^/users/login$", "status": 500, "message": "Database unavailable"}]}
    )
    add_connection("Broken", own.url)
    dock = make_dock(qgis_iface, state, "Broken")
    try:
        type_login(qtbot, dock, own.email, own.password)
        wait_idle(qtbot, dock)
        assert not state.is_connected
        assert "reported an error" in dock.message_text() and "Database unavailable" in dock.message_text()
        assert dock.ui.button_copy_details.isVisibleTo(dock)
        qtbot.mouseClick(dock.ui.button_copy_details, Qt.MouseButton.LeftButton)
        copied = QApplication.clipboard().text()
        assert "HTTP status: 500" in copied and own.url in copied and own.password not in copied
        qtbot.mouseClick(dock.ui.button_dismiss_message, Qt.MouseButton.LeftButton)
        assert dock.message_text() == ""
    finally:
        close_dock(dock)


def test_describe_error_wording(qgis_app):
    from fusion_platform_qgis.api.errors import (
        AuthenticationError,
        CancelledError,
        NetworkError,
        ServerError,
        SessionExpiredError,
    )
    from fusion_platform_qgis.qgis_support.words import messages

    remote = "https://api.example.com"
    unreachable = messages.describe_error(NetworkError("refused"), remote)
    assert unreachable.kind == messages.UNREACHABLE and "sandbox" not in unreachable.text
    via_proxy = messages.describe_error(NetworkError("refused"), remote, "proxy.corp:3128")
    assert "proxy.corp:3128" in via_proxy.text
    assert "timeout" in messages.describe_error(NetworkError("slow", is_timeout=True), remote).text
    tls = messages.describe_error(NetworkError("bad cert", is_tls=True), remote)
    assert tls.offers_ssl_settings and not unreachable.offers_ssl_settings
    assert messages.describe_error(AuthenticationError("no", status=400), remote).kind == messages.CREDENTIALS
    assert messages.describe_error(SessionExpiredError("gone"), remote).kind == messages.EXPIRED
    assert messages.describe_error(CancelledError("stop"), remote).kind == messages.CANCELLED
    leaky = ServerError("Server error 500: token=abc123secret", status=500, detail='{"password": "hunter2"}')
    message = messages.describe_error(leaky, remote)
    assert message.offers_copy and "abc123secret" not in message.details and "hunter2" not in message.details
    assert "hunter2" not in message.text


def test_upload_failures_are_worded_by_the_same_describe_error(qgis_app):
    """``during=UPLOAD`` says what happened to the upload and that nothing was kept; the kind still picks buttons."""
    from fusion_platform_qgis.api.errors import CancelledError, NetworkError, TransferError
    from fusion_platform_qgis.qgis_support.data.uploads import IngestFailedError
    from fusion_platform_qgis.qgis_support.words import messages

    cancelled = messages.describe_error(CancelledError("stop"), during=messages.UPLOAD)
    assert cancelled.kind == messages.CANCELLED and "nothing was left" in cancelled.text
    refused = messages.describe_error(TransferError("no", status=413), during=messages.UPLOAD)
    assert refused.kind == messages.SERVER and "HTTP 413" in refused.text and refused.offers_copy
    broken = messages.describe_error(NetworkError("reset"), during=messages.UPLOAD)
    assert broken.kind == messages.UNREACHABLE and "during the upload" in broken.text
    ingest = messages.describe_error(IngestFailedError("The platform could not read x.tif."), during=messages.UPLOAD)
    assert ingest.text.startswith("The platform could not read x.tif.") and "opens in QGIS" in ingest.text
    # without ``during`` the general wording applies
    assert "upload" not in messages.describe_error(NetworkError("reset")).text

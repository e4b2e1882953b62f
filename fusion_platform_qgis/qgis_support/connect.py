"""Logging in and staying connected, without widgets: the account dock's engine.

Why a separate module: the dock (and ``plugin.py``'s silent reconnect at start-up) must log in exactly the same
way: in a QgsTask (never on the UI thread), through ``network.make_session`` (QGIS's proxy/CA/timeout), with a
``credential_supplier`` so the client logs in again once, silently, when the session expires. The remembered
credentials live only in the QGIS auth database (``auth.py``); settings keep the auth config id and the last
organisation per connection.

Errors are turned into :class:`UserMessage` (translated text + masked details for a "Copy details" button) by
:func:`describe_error`, so every caller shows the same clear wording.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, Callable
from urllib.parse import urlsplit

from .. import api as fusion_platform
from ..api.errors import (
    AuthenticationError,
    CancelledError,
    FusionPlatformError,
    InsufficientCreditsError,
    NetworkError,
    NotFoundError,
    PermissionDeniedError,
    ServerError,
    SessionExpiredError,
    ValidationError,
    mask_secrets,
)
from . import auth, network, settings
from .auth import Credentials
from .i18n import tr
from .region import RegionError
from .resources import plugin_version
from .settings import Connection
from .tasks import FunctionTask, run_task

# Kinds of user messages (the dock picks buttons from them: TLS -> "SSL settings", SERVER -> "Copy details").
CREDENTIALS = "credentials"
UNREACHABLE = "unreachable"
TLS = "tls"
EXPIRED = "expired"
SERVER = "server"
INVALID = "invalid"
CANCELLED = "cancelled"
UNEXPECTED = "unexpected"

LOGIN_RETRY = fusion_platform.RetryPolicy(max_attempts=2, max_total_seconds=15.0, base_delay=0.5, max_delay=2.0)


@dataclass
class UserMessage:
    """What to tell the user about a failure: one translated sentence and masked technical details."""

    kind: str
    text: str
    details: str = ""

    @property
    def offers_copy(self) -> bool:
        return self.kind in (SERVER, UNEXPECTED, UNREACHABLE, TLS) and bool(self.details)

    @property
    def offers_ssl_settings(self) -> bool:
        return self.kind == TLS


def is_loopback(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return host in ("127.0.0.1", "localhost", "::1")


def _details(exc: BaseException, url: str, proxy: str) -> str:
    """Technical details for a bug report; masked, so they can be pasted anywhere."""
    lines = [
        f"Error: {type(exc).__name__}",
        f"Message: {exc}",
    ]
    status = getattr(exc, "status", None)
    if status is not None:
        lines.append(f"HTTP status: {status}")
    detail = getattr(exc, "detail", None)
    if detail:
        lines.append(f"Server detail: {detail}")
    lines.append(f"Server: {url}")
    if proxy:
        lines.append(f"Proxy: {proxy}")
    lines.append(f"Plugin: {plugin_version()}")
    return mask_secrets("\n".join(lines))


def describe_error(exc: BaseException, url: str = "", proxy: str = "") -> UserMessage:
    """Turn any failure of a call into a clear, translated message (``proxy`` is the display "host:port")."""
    details = _details(exc, url, proxy)
    if isinstance(exc, CancelledError):
        return UserMessage(CANCELLED, tr("The operation was cancelled."), "")
    if isinstance(exc, AuthenticationError):
        return UserMessage(
            CREDENTIALS, tr("Wrong e-mail address, user id or password. Check them and try again."), details
        )
    if isinstance(exc, SessionExpiredError):
        return UserMessage(EXPIRED, tr("Your Fusion Platform session has expired. Please log in again."), details)
    if isinstance(exc, NetworkError):
        if exc.is_tls:
            return UserMessage(
                TLS,
                tr(
                    "A secure (TLS) connection to {0} could not be established: its certificate is not trusted. If "
                    "your organisation uses its own certificate authority, add it in QGIS's SSL/authentication "
                    "settings."
                ).format(url or tr("the server")),
                details,
            )
        if proxy:
            text = tr(
                "Cannot reach {0} through the proxy {1}. Check the proxy in QGIS's network settings "
                "and your connection."
            ).format(url or tr("the server"), proxy)
        elif exc.is_timeout:
            text = tr(
                "{0} did not answer in time. Try again later, or raise the timeout in QGIS's network settings."
            ).format(url or tr("The server"))
        else:
            text = tr("Cannot reach {0}. Check the address and your network connection.").format(
                url or tr("the server")
            )
        if is_loopback(url):
            text += " " + tr(
                "This address is on your own computer: if it is the local sandbox (a practice Fusion "
                "Platform), it is not running; start it first (developers: 'make run')."
            )
        return UserMessage(UNREACHABLE, text, details)
    if isinstance(exc, ServerError):
        return UserMessage(
            SERVER, tr("The Fusion Platform reported an error: {0}").format(exc.detail or exc.message), details
        )
    if isinstance(exc, InsufficientCreditsError):
        return UserMessage(INVALID, tr("Not enough credits: {0}").format(exc.detail or exc.message), details)
    if isinstance(exc, PermissionDeniedError):
        return UserMessage(
            INVALID, tr("You are not allowed to do this: {0}").format(exc.detail or exc.message), details
        )
    if isinstance(exc, NotFoundError):
        return UserMessage(INVALID, tr("Not found: {0}").format(exc.detail or exc.message), details)
    if isinstance(exc, ValidationError):
        return UserMessage(
            INVALID, tr("The Fusion Platform refused the request: {0}").format(exc.detail or exc.message), details
        )
    if isinstance(exc, FusionPlatformError):
        return UserMessage(SERVER, tr("The Fusion Platform reported an error: {0}").format(exc.message), details)
    return UserMessage(UNEXPECTED, tr("Unexpected error: {0}").format(mask_secrets(exc)), details)


# ------------------------------------------------------------------------------------------------------------
# Credentials
# ------------------------------------------------------------------------------------------------------------
def login_arguments(credentials: Credentials) -> tuple[str | None, str | None, str]:
    """(email, user_id, password) for ``api.login`` and the credential supplier."""
    if credentials.is_user_id:
        return None, credentials.username.strip(), credentials.password
    return credentials.username.strip(), None, credentials.password


def remembered_credentials(connection: Connection) -> Credentials | None:
    """The credentials "Remember me" stored for this connection (from the auth database), or None."""
    if not connection.authcfg:
        return None
    return auth.load_credentials(connection.authcfg)


def remember(connection: Connection, credentials: Credentials) -> Connection:
    """Store the credentials as a Basic auth config; settings keep only its id. Returns the updated connection."""
    authcfg = auth.store_credentials(connection.name, credentials, connection.authcfg)
    connection.authcfg = authcfg
    settings.save_connection(connection)
    return connection


def forget(connection: Connection) -> Connection:
    """Remove the stored credentials ("Forget me") and the config id from the settings."""
    if connection.authcfg:
        auth.remove_credentials(connection.authcfg)
    connection.authcfg = ""
    settings.save_connection(connection)
    return connection


class CredentialBox:
    """Holds the credentials of the running session in memory, for the client's silent re-login.

    The password must be available to log in again when the session expires; it stays in this object (never in
    settings or logs) and is dropped on logout. Thread-safe: the client calls it from a worker thread.
    """

    def __init__(self, credentials: Credentials):
        self._lock = threading.Lock()
        self._credentials: Credentials | None = credentials

    def update(self, credentials: Credentials) -> None:
        with self._lock:
            self._credentials = credentials

    def clear(self) -> None:
        with self._lock:
            self._credentials = None

    def __call__(self) -> tuple[str | None, str | None, str]:
        with self._lock:
            credentials = self._credentials
        if credentials is None:
            raise SessionExpiredError("Logged out")
        return login_arguments(credentials)

    def __repr__(self) -> str:
        return "CredentialBox(***)"


# ------------------------------------------------------------------------------------------------------------
# Login
# ------------------------------------------------------------------------------------------------------------
@dataclass
class LoginOutcome:
    """Everything the dock needs after a login, fetched in the worker so the UI thread never waits."""

    connection: Connection
    user: Any
    organisations: list = field(default_factory=list)
    organisation: Any = None
    credit: Any = None
    credential_box: CredentialBox | None = None


def pick_organisation(organisations: list, remembered_id: str, user_model_entries: list | None = None):
    """The remembered organisation if the user still has it, else the one the server marks "last", else the first."""
    if not organisations:
        return None
    by_id = {str(o.id): o for o in organisations}
    if remembered_id and remembered_id in by_id:
        return by_id[remembered_id]
    for entry in user_model_entries or []:
        if isinstance(entry, dict) and entry.get("last") and str(entry.get("id")) in by_id:
            return by_id[str(entry.get("id"))]
    return organisations[0]


def login_work(
    connection: Connection,
    credentials: Credentials,
    cancel: threading.Event | None = None,
    config: network.NetworkConfig | None = None,
) -> LoginOutcome:
    """Log in and load organisations and credit (runs on a worker thread).

    ``config`` is QGIS's network configuration read on the main thread (``start_login`` does it): Qt's network
    objects are per thread, so reading them in the worker could see stale values. It gives the session its
    proxy/CA and the client QGIS's network timeout."""
    box = CredentialBox(credentials)
    email, user_id, password = login_arguments(credentials)
    timeout: Any = (10, 60)
    session_factory: Callable[[], Any] = network.make_session
    if config is not None:
        timeout = (min(10.0, config.timeout_seconds), config.timeout_seconds)

        def session_factory():
            return network.QgisSession(config)

    # A person waits for the answer: a refused connection is reported after one quick retry instead of the
    # client's full back-off; the session then keeps the default policy for everything else.
    user = fusion_platform.login(
        email=email,
        user_id=user_id,
        password=password,
        api_url=connection.url,
        session_factory=session_factory,
        credential_supplier=box,
        cancel=cancel,
        retry=LOGIN_RETRY,
        timeout=timeout,
    )
    user.session.retry = fusion_platform.RetryPolicy()
    try:
        organisations = list(user.organisations)
        entries = list(user._model.get("organisations") or [])
        organisation = pick_organisation(organisations, connection.organisation_id, entries)
        credit = organisation.credit if organisation is not None else None
    except BaseException:
        user.session.close()  # nobody will use this session: close its connection now
        raise
    return LoginOutcome(connection, user, organisations, organisation, credit, box)


def start_login(
    connection: Connection,
    credentials: Credentials,
    on_success: Callable[[LoginOutcome], None],
    on_error: Callable[[BaseException], None],
    silent: bool = False,
) -> FunctionTask:
    """Log in in a QgsTask; the callbacks run on the main thread. ``silent`` hides the task from the task bar."""
    description = tr("Connecting to {0}").format(connection.name)
    config = network.read_network_config()
    return run_task(
        description,
        lambda task: login_work(connection, credentials, task.cancel_event, config),
        on_success,
        on_error,
        silent=silent,
    )


def proxy_display() -> str:
    """The proxy QGIS will use ("host:port"), or "" when none: named in "cannot reach" messages."""
    try:
        return network.proxy_display()
    except Exception:
        return ""


def error_text(error: BaseException, connection: Connection | None = None) -> str:
    """The one translated sentence a dock shows for a failed call (message bar, status line).

    Docks used to show ``str(error)``: the client's English technical message (HTTP details included), never
    translated. Client errors get :func:`describe_error`'s wording (the one the Account dock uses); the plugin's
    own ``ValueError``/``RuntimeError``/``RegionError`` already carry a translated sentence; a raw ``requests``
    failure is a network problem; any other ``OSError`` is about a local file."""
    import requests

    url = connection.url if connection is not None else ""
    if isinstance(error, requests.exceptions.RequestException):
        error = NetworkError(
            mask_secrets(error),
            is_tls=isinstance(error, requests.exceptions.SSLError),
            is_timeout=isinstance(error, requests.exceptions.Timeout),
        )
    elif isinstance(error, OSError):
        return tr("A file could not be read or written: {0}").format(mask_secrets(error))
    elif isinstance(error, (ValueError, RuntimeError, RegionError)) and not isinstance(error, FusionPlatformError):
        return mask_secrets(error)
    return describe_error(error, url, proxy_display()).text


def remember_organisation(connection: Connection, organisation_id: str) -> None:
    """Remember the organisation per connection, so the next login (and reconnect) selects it again."""
    connection.organisation_id = organisation_id or ""
    settings.save_connection(connection)

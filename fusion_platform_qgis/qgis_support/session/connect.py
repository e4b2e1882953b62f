"""Logging in and staying connected, without widgets: the account dock's engine.

Why a separate module: the dock (and ``plugin.py``'s silent reconnect at start-up) must log in exactly the same
way: in a QgsTask (never on the UI thread), through ``network.make_session`` (QGIS's proxy/CA/timeout), with a
``credential_supplier`` so the client logs in again once, silently, when the session expires. The remembered
credentials live only in the QGIS auth database (``auth.py``); settings keep the auth config id and the last
organisation per connection.

What a failure tells the user (``describe_error``, ``error_text``) lives in ``messages.py``, beside every other
dock's error wording.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, Callable

from ... import api as fusion_platform
from ...api.errors import SessionExpiredError
from ..toolbelt.tasks import FunctionTask, run_task
from ..words.i18n import tr
from . import auth, network, settings
from .auth import Credentials
from .settings import Connection

LOGIN_RETRY = fusion_platform.RetryPolicy(max_attempts=2, max_total_seconds=15.0, base_delay=0.5, max_delay=2.0)


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


def remember_organisation(connection: Connection, organisation_id: str) -> None:
    """Remember the organisation per connection, so the next login (and reconnect) selects it again."""
    connection.organisation_id = organisation_id or ""
    settings.save_connection(connection)

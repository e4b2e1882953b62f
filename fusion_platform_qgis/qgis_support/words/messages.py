"""What users read when something fails: one translated sentence per failure, the same from every dock.

Why one module: the Account dock, the other docks' message bars and status lines, Processing and the upload
dialog all turn a client error into words; kept apart they drifted (two ``describe_error`` with different
sentences for the same network failure). :func:`describe_error` gives a :class:`UserMessage` (translated text,
a kind the dock picks buttons from, and masked details for a "Copy details" button); ``during=UPLOAD`` words the
failures of an upload (nothing was kept, what to do next). :func:`error_text` is the one sentence a dock shows.

Every string goes through :func:`.i18n.tr`, so its catalogue context stays ``@default`` wherever it lives.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from ...api.errors import (
    AuthenticationError,
    CancelledError,
    FusionPlatformError,
    InsufficientCreditsError,
    NetworkError,
    NotFoundError,
    PermissionDeniedError,
    ServerError,
    SessionExpiredError,
    TransferError,
    ValidationError,
    mask_secrets,
)
from ...api.names import WINDOWS_MAX_PATH, PathTooLongError
from ..data.region import RegionError
from ..data.uploads import IngestFailedError
from ..session import network
from ..toolbelt.resources import plugin_version
from .i18n import tr

# Kinds of user messages (the dock picks buttons from them: TLS -> "SSL settings", SERVER -> "Copy details").
CREDENTIALS = "credentials"
UNREACHABLE = "unreachable"
TLS = "tls"
EXPIRED = "expired"
SERVER = "server"
INVALID = "invalid"
CANCELLED = "cancelled"
UNEXPECTED = "unexpected"

# What was being done when the failure happened (``describe_error(..., during=...)``).
UPLOAD = "upload"


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


def proxy_display() -> str:
    """The proxy QGIS will use ("host:port"), or "" when none: named in "cannot reach" messages."""
    try:
        return network.proxy_display()
    except Exception:
        return ""


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


def _upload_message(exc: BaseException, details: str) -> UserMessage:
    """A failed upload: what happened, that nothing was kept on the platform, and what to do."""
    if isinstance(exc, RegionError):
        return UserMessage(INVALID, str(exc), "")
    if isinstance(exc, CancelledError):
        return UserMessage(CANCELLED, tr("Upload cancelled; nothing was left on the platform."), "")
    if isinstance(exc, IngestFailedError):
        return UserMessage(INVALID, str(exc) + " " + tr("Check the file opens in QGIS, then upload it again."), details)
    if isinstance(exc, TransferError):
        status = getattr(exc, "status", None)
        text = tr("The platform refused the upload (HTTP {0}); nothing was kept. Try again in a moment.").format(
            status if status is not None else "?"
        )
        return UserMessage(SERVER, text, details)
    if isinstance(exc, NetworkError):
        text = tr(
            "The connection to the platform broke during the upload ({0}); nothing was kept. Check your "
            "network and try again."
        ).format(exc)
        return UserMessage(UNREACHABLE, text, details)
    kind = SERVER if isinstance(exc, FusionPlatformError) else UNEXPECTED
    return UserMessage(kind, tr("The upload failed: {0}").format(exc), details)


def describe_error(exc: BaseException, url: str = "", proxy: str = "", *, during: str = "") -> UserMessage:
    """Turn any failure of a call into a clear, translated message (``proxy`` is the display "host:port").

    ``during=UPLOAD``: the failure of an upload (``uploads.upload_prepared``), worded for the upload dialog."""
    details = _details(exc, url, proxy)
    if during == UPLOAD:
        return _upload_message(exc, details)
    if isinstance(exc, CancelledError):
        return UserMessage(CANCELLED, tr("The operation was cancelled."), "")
    if isinstance(exc, PathTooLongError):
        return UserMessage(
            INVALID,
            tr(
                "The folder {0} is too deep: the files would need paths longer than Windows allows ({1} "
                "characters). Nothing was downloaded; choose a shorter download folder (Settings of the plugin, or "
                "the output folder of the algorithm)."
            ).format(exc.folder, WINDOWS_MAX_PATH),
            details,
        )
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


def error_text(error: BaseException, connection=None) -> str:
    """The one translated sentence a dock shows for a failed call (message bar, status line).

    Docks used to show ``str(error)``: the client's English technical message (HTTP details included), never
    translated. Client errors get :func:`describe_error`'s wording (the one the Account dock uses); the plugin's
    own ``ValueError``/``RuntimeError``/``RegionError`` already carry a translated sentence; a raw ``requests``
    failure is a network problem; any other ``OSError`` is about a local file. ``connection`` is the
    :class:`.settings.Connection` the call went to (its address is named), or None."""
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

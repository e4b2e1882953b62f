"""Typed errors of the Fusion Platform client and the one secret-masking helper.

Why typed errors: the plugin's docks and Processing algorithms must tell "wrong password" from "expired session",
"no credits" or "the network is down" to show the user something actionable; the official SDK raises one
``RequestError`` for all of them. Every message, ``str()`` and ``repr()`` goes through :func:`mask_secrets`, so an
exception that ends up in a log, a message bar or a bug report never carries a password, a token or a signed URL.
"""

from __future__ import annotations

import json
import re
from typing import Any, Optional

_SECRET_KEYS = (
    "password|old_password|new_password|access_token|id_token|refresh_token|token|secret_access_key|"
    "session_token|access_key_id|api_key|apikey|secret|signature|authorization|x-amz-signature|x-amz-credential|"
    "x-amz-security-token|x-goog-signature|sig"
)
# "key": "value" in JSON or Python reprs (single or double quotes).
_JSON_SECRET = re.compile(r"""(["'](?:""" + _SECRET_KEYS + r""")["']\s*:\s*)(["'])(?:\\.|(?!\2).)*\2""", re.IGNORECASE)
# key=value in query strings, form bodies and keyword reprs.
_KV_SECRET = re.compile(r"""(\b(?:""" + _SECRET_KEYS + r""")=)([^&\s'",;)]+)""", re.IGNORECASE)
# Authorization headers and bare bearer tokens.
_BEARER = re.compile(r"(\b(?:Bearer|Basic)\s+)[A-Za-z0-9._~+/=-]+", re.IGNORECASE)
# A URL whose query string looks signed: the whole query is hidden, it is the credential.
_SIGNED_URL = re.compile(
    r"(https?://[^\s?#'\"]+)\?((?:[^\s#'\"]*&)?(?:token|access_token|sig|signature|expires|credential|key|hmac|"
    r"awsaccesskeyid|googleaccessid|x-amz-[^=&\s]*|x-goog-[^=&\s]*)=[^\s#'\"]*)",
    re.IGNORECASE,
)
# JSON Web Tokens anywhere (three base64url parts, first one a JSON header).
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")

MASK = "***"


def mask_secrets(text: Any) -> str:
    """Return ``text`` (anything; it is ``str()``-ed) with passwords, tokens, auth headers and signed-URL queries masked.

    One helper used by every log line and exception of the client and exported for the plugin's logger, so the
    rules live in one place. It errs on the side of hiding: a URL query with a ``key``/``token``/``sig`` part is
    hidden completely.
    """
    if text is None:
        return ""
    s = str(text)
    s = _SIGNED_URL.sub(lambda m: m.group(1) + "?" + MASK, s)
    s = _JSON_SECRET.sub(lambda m: m.group(1) + m.group(2) + MASK + m.group(2), s)
    s = _KV_SECRET.sub(lambda m: m.group(1) + MASK, s)
    s = _BEARER.sub(lambda m: m.group(1) + MASK, s)
    s = _JWT.sub(MASK, s)
    return s


class MaskSecretsFilter:
    """A ``logging`` filter (for handlers) that passes every record's final text through :func:`mask_secrets`.

    Needed for loggers that are not ours: with debug logging on, urllib3 logs each request line, and the query of
    a signed URL (its signature) is part of it.
    """

    def filter(self, record: Any) -> bool:
        try:
            text = record.getMessage()
        except Exception:
            return True
        record.msg, record.args = mask_secrets(text), ()
        return True


class FusionPlatformError(Exception):
    """Base of every error raised by the client; carries the HTTP status and the server's detail when known.

    ``ambiguous`` is True when a call that creates something failed in a way that leaves open whether the server
    acted (its answer was lost); the client reconciles such failures where it can.
    """

    ambiguous = False

    def __init__(self, message: str, *, status: Optional[int] = None, detail: Any = None):
        self.message = mask_secrets(message)
        self.status = status
        self.detail = mask_secrets(detail) if detail is not None else None
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        extra = f", status={self.status}" if self.status is not None else ""
        return f"{type(self).__name__}({self.message!r}{extra})"


# SDK-compatible names: scripts written for the official SDK catch these.
RequestError = FusionPlatformError


class AuthenticationError(FusionPlatformError):
    """The server refused the credentials (wrong e-mail, user id or password)."""


class SessionExpiredError(FusionPlatformError):
    """The session token is no longer accepted and no credential supplier was given to log in again."""


class PermissionDeniedError(FusionPlatformError):
    """The user may not do this (HTTP 403)."""


class NotFoundError(FusionPlatformError):
    """The object does not exist (any more), or is not visible to this user (HTTP 404)."""


class ValidationError(FusionPlatformError):
    """The request was refused as invalid; ``field_errors`` maps field/option names to messages when known."""

    def __init__(
        self, message: str, *, status: Optional[int] = None, detail: Any = None, field_errors: Optional[dict] = None
    ):
        super().__init__(message, status=status, detail=detail)
        self.field_errors: dict[str, str] = {str(k): mask_secrets(v) for k, v in (field_errors or {}).items()}


class OptionValidationError(ValidationError):
    """A process option value is invalid on the client side (type, range, format, choice or missing value)."""

    def __init__(self, option_name: str, message: str):
        super().__init__(f"Option '{option_name}': {message}", field_errors={option_name: message})
        self.option_name = option_name


class InsufficientCreditsError(FusionPlatformError):
    """The organisation has not enough credits for this (HTTP 402, or a refusal whose error code says so)."""


class ServerError(FusionPlatformError):
    """The server failed (5xx) or kept refusing with 429 after the retries; ``detail`` holds its message."""


class RateLimitedError(ServerError):
    """The server kept answering 429 Too Many Requests until the retry budget was spent."""


class NetworkError(FusionPlatformError):
    """The server could not be reached or the connection broke (DNS, refused, timeout, TLS)."""

    def __init__(self, message: str, *, is_tls: bool = False, is_timeout: bool = False, detail: Any = None):
        super().__init__(message, detail=detail)
        self.is_tls = is_tls
        self.is_timeout = is_timeout


class TransferError(FusionPlatformError):
    """An upload or download of file bytes failed (bad status, size mismatch, too many broken connections)."""


class CancelledError(FusionPlatformError):
    """The caller's cancel flag was set; the operation stopped cleanly."""


class ModelError(FusionPlatformError):
    """A model could not be used as asked (SDK-compatible name), e.g. a template that is not created yet."""


class ExecutionFailedError(ModelError):
    """An execution finished without success; ``detail`` holds the abort reason."""


__all__ = [
    "AuthenticationError",
    "CancelledError",
    "ExecutionFailedError",
    "FusionPlatformError",
    "InsufficientCreditsError",
    "MaskSecretsFilter",
    "ModelError",
    "NetworkError",
    "NotFoundError",
    "OptionValidationError",
    "PermissionDeniedError",
    "RateLimitedError",
    "RequestError",
    "ServerError",
    "SessionExpiredError",
    "TransferError",
    "ValidationError",
    "mask_secrets",
]


# -- the typed error of an HTTP error answer -----------------------------------------------------------------
_CREDIT_CODES = frozenset({"insufficient_credits", "insufficientcredits", "not_enough_credits", "payment_required"})


def _error_code(body: Any) -> Optional[str]:
    """The platform's machine-readable error code (``error_code``/``code``, top level or in ``extras``), normalised."""
    if not isinstance(body, dict):
        return None
    extras = body.get("extras")
    places = [body, extras if isinstance(extras, dict) else {}]
    for place in places:
        for key in ("error_code", "code", "error_type"):
            value = place.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip().lower().replace("-", "_").replace(" ", "_")
    return None


def error_from_response(status: int, body: Any, text: str = "", *, during_login: bool = False) -> FusionPlatformError:
    """Build the typed error for an HTTP error response (docs/api-contract.md §3: ``{"error_message": ...}`` bodies).

    The class comes from the HTTP status and the platform's error-code fields only, never from words in the
    message: a 400 whose text happens to mention "credit" is a validation error, not a credit problem.
    """
    message = None
    field_errors: dict = {}
    if isinstance(body, dict):
        message = body.get("error_message") or body.get("message") or body.get("detail")
        extras = body.get("extras")
        if isinstance(extras, dict) and isinstance(extras.get("errors"), dict):
            field_errors = {
                str(k): (", ".join(map(str, v)) if isinstance(v, list) else str(v)) for k, v in extras["errors"].items()
            }
        if not isinstance(message, str):
            message = json.dumps(message) if message is not None else None
    if not message:
        message = (text or "").strip()[:500] or f"HTTP {status}"
    code = _error_code(body)
    kwargs: dict[str, Any] = {"status": status, "detail": message}
    if during_login and status in (400, 401, 403):
        return AuthenticationError(f"Login failed: {message}", **kwargs)
    if status == 401:
        return SessionExpiredError(
            f"Your Fusion Platform session has expired or is invalid ({message}); log in again", **kwargs
        )
    if status == 402 or (400 <= status < 500 and code in _CREDIT_CODES):
        return InsufficientCreditsError(f"Not enough credits: {message}", **kwargs)
    if status == 403:
        return PermissionDeniedError(f"Permission denied: {message}", **kwargs)
    if status == 404:
        return NotFoundError(f"Not found: {message}", **kwargs)
    if status == 429:
        return RateLimitedError(f"The server is rate limiting requests: {message}", **kwargs)
    if status >= 500:
        return ServerError(f"Server error {status}: {message}", **kwargs)
    return ValidationError(message, field_errors=field_errors, **kwargs)

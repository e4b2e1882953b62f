"""HTTP session with the Fusion Platform API: login, envelopes, paging, typed errors, retries, re-login.

Why this shape:
* one ``requests.Session`` per login (connection reuse; the QGIS plugin supplies it pre-configured with QGIS's
  proxy and CA settings through ``session_factory``);
* connect/read timeouts on every call (the official SDK has none and can hang forever);
* bounded retries with exponential back-off and jitter for 5xx, 429 (honouring Retry-After), connection
  errors and truncated answers, but a POST that creates something is never sent twice once it may have reached
  the server unless a reconciler first looked on the server and found that it had not taken effect (or found
  the object it created, which is then adopted);
* a 401 on an authenticated call means an expired session: with a ``credential_supplier`` we log in again once,
  silently, and repeat the call; without it the caller gets :class:`SessionExpiredError`.
All log lines go to the ``fusion_platform_qgis.api`` logger through :func:`mask_secrets`.
"""

from __future__ import annotations

import base64
import email.utils
import json
import logging
import random
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal
from typing import Any, Callable, Optional

import requests

from . import paths
from .errors import (
    AuthenticationError,
    CancelledError,
    FusionPlatformError,
    NetworkError,
    ServerError,
    SessionExpiredError,
    error_from_response,
    mask_secrets,
)

API_URL_DEFAULT = "https://api.thefusionplatform.com"
LOGGER_NAME = "fusion_platform_qgis.api"
PAGE_SIZE = 24
DEFAULT_TIMEOUT = (10, 60)

log = logging.getLogger(LOGGER_NAME)

CredentialSupplier = Callable[[], "tuple[Optional[str], Optional[str], str]"]
Reconciler = Callable[[], Any]  # after an ambiguous failure: the answer to adopt, or None when nothing happened


# --------------------------------------------------------------------------------------------------------------
# Pure helpers (unit-tested without a server)
# --------------------------------------------------------------------------------------------------------------


def to_wire(value: Any) -> Any:
    """Serialise a Python value the way the SDK does in bodies (UUID/datetime strings, decimals as numbers)."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {str(k): to_wire(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_wire(v) for v in value]
    return value


def flat_body(class_name: str, fields: dict) -> dict:
    """Build a create/update body: one flat object of ``Class[field]`` keys (docs/api-contract.md §1.3 a)."""
    return {f"{class_name}[{key}]": to_wire(value) for key, value in fields.items()}


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "True" if value else "False"
    return str(to_wire(value))


def list_params(
    *,
    limit: int = PAGE_SIZE,
    reverse: bool = False,
    search: Optional[str] = None,
    filters: Optional[dict] = None,
    last: Optional[dict] = None,
    extra: Optional[dict] = None,
) -> dict:
    """Query parameters of one page request (docs/api-contract.md §2): capitalised booleans, filters, last cursor."""
    params: dict[str, str] = {"limit": str(int(limit)), "reverse": _query_value(bool(reverse))}
    if search is not None:
        params["search"] = str(search).lower()
    for key, value in (filters or {}).items():
        if value is not None:
            params[f"filter[{key}]"] = _query_value(value)
    for key, value in (last or {}).items():
        params[f"last[{key}]"] = _query_value(value)
    for key, value in (extra or {}).items():
        if value is not None:
            params[key] = _query_value(value)
    return params


def decode_jwt_claims(token: str) -> dict:
    """Read a JWT's payload without verifying it (as the SDK does: the server is trusted, HTTPS protects it)."""
    try:
        payload = token.split(".")[1]
        payload += "=" * (-len(payload) % 4)
        return json.loads(base64.urlsafe_b64decode(payload.encode("ascii")))
    except Exception:
        raise AuthenticationError("Login failed: the server sent an unreadable identity token")


def parse_retry_after(value: Optional[str], now: Optional[float] = None) -> Optional[float]:
    """Retry-After in seconds (delta-seconds or HTTP-date), ``None`` when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


# error kinds for RetryPolicy.decide
NOT_SENT = "not_sent"  # connection refused / connect timeout: the server never saw the request
MAYBE_SENT = "maybe_sent"  # read timeout, connection dropped after sending
TLS = "tls"  # certificate/handshake problems: retrying does not help


@dataclass
class RetryPolicy:
    """When and how long to wait before repeating a failed API call. Pure, so it is unit-tested directly.

    ``max_attempts`` counts the first try; ``max_total_seconds`` bounds the whole call including waits.
    Back-off is exponential (``base_delay * 2**(n-1)``, capped at ``max_delay``) with "equal jitter": the wait is
    uniform in [d/2, d], so many clients recovering at once do not hit the server in lock-step.
    """

    max_attempts: int = 5
    max_total_seconds: float = 60.0
    base_delay: float = 0.5
    max_delay: float = 8.0

    def backoff(self, attempt: int, rng: Callable[[], float] = random.random) -> float:
        delay = min(self.max_delay, self.base_delay * (2 ** max(0, attempt - 1)))
        return delay / 2 + rng() * delay / 2

    def decide(
        self,
        *,
        attempt: int,
        elapsed: float,
        status: Optional[int] = None,
        error_kind: Optional[str] = None,
        retry_after: Optional[float] = None,
        idempotent: bool = True,
        rng: Callable[[], float] = random.random,
    ) -> Optional[float]:
        """Return the seconds to wait before attempt ``attempt + 1``, or ``None`` to give up now.

        * 429 is retried even for creating POSTs (the server did not process it) and honours Retry-After;
        * 5xx and "maybe sent" connection errors are retried only for idempotent calls;
        * "not sent" connection errors are always retried; TLS errors and other statuses never.
        """
        if attempt >= self.max_attempts:
            return None
        if status is not None:
            if status == 429:
                pass
            elif 500 <= status <= 599 and status != 501:
                if not idempotent:
                    return None
            else:
                return None
        elif error_kind == NOT_SENT:
            pass
        elif error_kind == MAYBE_SENT:
            if not idempotent:
                return None
        else:
            return None
        delay = self.backoff(attempt, rng)
        if retry_after is not None:
            delay = max(delay, retry_after)
        if elapsed + delay > self.max_total_seconds:
            return None
        return delay


def _classify_exception(exc: BaseException) -> tuple[str, bool, bool]:
    """Map a requests exception to (error kind, is_tls, is_timeout)."""
    if isinstance(exc, requests.exceptions.SSLError):
        return TLS, True, False
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return NOT_SENT, False, True
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return MAYBE_SENT, False, True
    if isinstance(exc, requests.exceptions.ConnectionError):
        text = repr(exc)
        if (
            any(
                marker in text
                for marker in (
                    "NewConnectionError",
                    "Connection refused",
                    "NameResolutionError",
                    "Failed to resolve",
                    "Max retries exceeded",
                )
            )
            and "RemoteDisconnected" not in text
            and "Connection aborted" not in text
        ):
            return NOT_SENT, False, False
        return MAYBE_SENT, False, False
    if isinstance(exc, (requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError)):
        return MAYBE_SENT, False, False
    return "other", False, False


# --------------------------------------------------------------------------------------------------------------
# Session
# --------------------------------------------------------------------------------------------------------------


class Session:
    """One authenticated connection to the API. Thread-safe enough for the plugin's tasks (one request each)."""

    def __init__(
        self,
        api_url: Optional[str] = None,
        *,
        session_factory: Optional[Callable[[], requests.Session]] = None,
        credential_supplier: Optional[CredentialSupplier] = None,
        timeout: Any = DEFAULT_TIMEOUT,
        retry: Optional[RetryPolicy] = None,
        cancel: Optional[threading.Event] = None,
        session_options: Optional[dict] = None,
    ):
        self.api_url = (api_url or API_URL_DEFAULT).rstrip("/")
        self._session_factory = session_factory or requests.Session
        self.http: requests.Session = self._session_factory()
        self.credential_supplier = credential_supplier
        self.timeout = timeout
        self.retry = retry or RetryPolicy()
        self.cancel = cancel or threading.Event()
        self.options = {"api_update_wait_period": 10}
        self.options.update(session_options or {})
        self.user_id: Optional[str] = None
        self._access_token: Optional[str] = None
        self._login_lock = threading.Lock()
        self._token_generation = 0
        self._clock_offset = 0.0

    def __repr__(self) -> str:
        return f"Session(api_url={self.api_url!r}, user_id={self.user_id!r})"

    @property
    def wait_period(self) -> float:
        return float(self.options.get("api_update_wait_period", 10))

    def check_cancel(self) -> None:
        if self.cancel.is_set():
            raise CancelledError("Cancelled")

    def sleep(self, seconds: float) -> None:
        """Wait, but wake up and raise CancelledError as soon as the cancel flag is set."""
        if self.cancel.wait(max(0.0, seconds)):
            raise CancelledError("Cancelled")

    # ---------------------------------------------------------------- login
    def login(self, email: Optional[str] = None, user_id: Optional[str] = None, password: Optional[str] = None) -> str:
        """POST /users/login; remember the bearer token and the user id (JWT ``sub``)."""
        if (not email and not user_id) or not password:
            raise ValueError("An email address or user id, and a password, are needed to log in")
        body = {"User": {"email": email, "user_id": str(user_id) if user_id else None, "password": password}}
        answer = self.request("POST", paths.LOGIN, json=body, authenticated=False, idempotent=True)
        if not isinstance(answer, dict):
            raise AuthenticationError("Login failed: unexpected answer")
        token = answer.get("access_token")
        sub = decode_jwt_claims(answer.get("id_token") or "").get("sub") if answer.get("id_token") else None
        if not token or not sub:
            raise AuthenticationError("Login failed")
        with self._login_lock:
            self._access_token = token
            self.user_id = str(sub)
            self._token_generation += 1
        log.info("Logged in to %s as user %s", self.api_url, self.user_id)
        return self.user_id

    def _relogin(self, generation: int) -> bool:
        """Log in again with the supplier's credentials, once per expired token (other threads share the result)."""
        if self.credential_supplier is None:
            return False
        with self._login_lock:
            if self._token_generation != generation:
                return True  # another thread already renewed the token
        email, user_id, password = self.credential_supplier()
        log.info("Session expired; logging in again")
        self.login(email=email, user_id=user_id, password=password)
        return True

    # ---------------------------------------------------------------- requests
    def url(self, path: str) -> str:
        return path if path.startswith(("http://", "https://")) else self.api_url + path

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Optional[dict] = None,
        json: Any = None,
        authenticated: bool = True,
        idempotent: Optional[bool] = None,
        reconcile: Optional[Reconciler] = None,
    ) -> Any:
        """Send one API call with retries and re-login; return the parsed JSON body or raise a typed error.

        ``idempotent`` defaults to True for GET/PATCH/DELETE/PUT and False for POST: a POST that creates something
        is only repeated when the server cannot have seen it (connection refused, 429), or - with ``reconcile`` -
        after an ambiguous failure (connection dropped or timed out after sending, 5xx, a truncated answer) once
        ``reconcile()`` has looked on the server and found nothing: it returns the answer to adopt (the object the
        lost call created) or ``None`` when the call did not take effect, so there is never a duplicate.
        An ambiguous failure that is not reconciled carries ``ambiguous = True``.
        """
        method = method.upper()
        if idempotent is None:
            idempotent = method != "POST"
        relogged = False
        while True:
            generation = self._token_generation
            try:
                return self._request_with_retries(method, path, params, json, authenticated, idempotent, reconcile)
            except SessionExpiredError:
                if not authenticated or relogged or not self._relogin(generation):
                    raise
                relogged = True

    def server_now(self) -> float:
        """The server's clock (epoch seconds) as estimated from the ``Date`` headers of its answers."""
        return time.time() + self._clock_offset

    def _note_server_date(self, response: requests.Response) -> None:
        value = response.headers.get("Date")
        if not value:
            return
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return
        if when is not None:
            if when.tzinfo is None:
                when = when.replace(tzinfo=timezone.utc)
            self._clock_offset = when.timestamp() + 0.5 - time.time()  # Date has 1 s resolution

    @staticmethod
    def _read_body(response: requests.Response) -> tuple[bool, Any]:
        """(complete, parsed JSON) of a 2xx answer; a body shorter than its Content-Length is not complete."""
        length = response.headers.get("Content-Length")
        if (
            length
            and length.isdigit()
            and "Content-Encoding" not in response.headers
            and len(response.content) < int(length)
        ):
            return False, None
        try:
            return True, response.json()
        except ValueError:
            return False, None

    def _request_with_retries(self, method, path, params, body, authenticated, idempotent, reconcile=None) -> Any:
        url = self.url(path)
        headers = {"Content-Type": "application/json"}
        if authenticated:
            if not self._access_token:
                raise SessionExpiredError("Not logged in")
            headers["Authorization"] = f"Bearer {self._access_token}"
        data = json.dumps(body) if body is not None else None
        started = time.monotonic()
        attempt = 0
        was_ambiguous = False
        while True:
            attempt += 1
            self.check_cancel()
            status = None
            error_kind = None
            retry_after = None
            failure: Optional[FusionPlatformError] = None
            try:
                log.debug("%s %s (attempt %d)", method, mask_secrets(url), attempt)
                response = self.http.request(
                    method, url, params=params, data=data, headers=headers, timeout=self.timeout
                )
            except requests.exceptions.RequestException as exc:
                error_kind, is_tls, is_timeout = _classify_exception(exc)
                what = "timed out" if is_timeout else ("TLS/certificate problem" if is_tls else "connection failed")
                failure = NetworkError(
                    f"Cannot reach the Fusion Platform at {self.api_url}: {what} ({exc})",
                    is_tls=is_tls,
                    is_timeout=is_timeout,
                    detail=str(exc),
                )
            else:
                self._note_server_date(response)
                status = response.status_code
                if status < 400:
                    complete, parsed = self._read_body(response)
                    if complete:
                        return parsed
                    # a cut or garbled answer: the request arrived, the answer did not - like a dropped connection
                    failure = ServerError(
                        f"The server sent an unreadable answer to {method} {path}",
                        status=status,
                        detail=response.text[:200],
                    )
                    status, error_kind = None, MAYBE_SENT
                else:
                    try:
                        parsed = response.json()
                    except ValueError:
                        parsed = None
                    failure = error_from_response(status, parsed, response.text, during_login=not authenticated)
                    retry_after = parse_retry_after(response.headers.get("Retry-After"))
            ambiguous = not idempotent and (error_kind == MAYBE_SENT or (status is not None and 500 <= status <= 599))
            # a repeat refused as a conflict ("already exists", "already executing") after an ambiguous attempt:
            # the first attempt probably took effect after all - look again before reporting the conflict
            conflict = status == 409 and was_ambiguous and reconcile is not None
            was_ambiguous = was_ambiguous or ambiguous
            if conflict:
                adopted = reconcile()
                if adopted is not None:
                    log.info(
                        "%s %s: the earlier attempt had taken effect; adopting the result", method, mask_secrets(path)
                    )
                    return adopted
            may_retry = idempotent
            if ambiguous:
                failure.ambiguous = True
                if reconcile is not None:
                    try:
                        adopted = reconcile()
                    except FusionPlatformError as exc:
                        log.info(
                            "%s %s failed (%s) and could not be reconciled: %s",
                            method,
                            mask_secrets(path),
                            status if status is not None else error_kind,
                            exc,
                        )
                        raise failure from exc
                    if adopted is not None:
                        log.info(
                            "%s %s failed (%s) but had taken effect; adopting the result",
                            method,
                            mask_secrets(path),
                            status if status is not None else error_kind,
                        )
                        return adopted
                    may_retry = True  # reconciled: the call did not take effect, sending it again is safe
            delay = self.retry.decide(
                attempt=attempt,
                elapsed=time.monotonic() - started,
                status=status,
                error_kind=error_kind,
                retry_after=retry_after,
                idempotent=may_retry,
            )
            if delay is None:
                raise failure
            log.info(
                "%s %s failed (%s); retry %d in %.1f s",
                method,
                mask_secrets(path),
                status if status is not None else error_kind,
                attempt,
                delay,
            )
            self.sleep(delay)

    # ---------------------------------------------------------------- envelopes
    def get_model(
        self,
        path: str,
        params: Optional[dict] = None,
        *,
        method: str = "GET",
        json: Any = None,
        idempotent: Optional[bool] = None,
        reconcile: Optional[Reconciler] = None,
    ) -> tuple[dict, dict]:
        """Call an endpoint answering ``{"model": ..., "extras": ...}``; return (model, extras)."""
        answer = self.request(method, path, params=params, json=json, idempotent=idempotent, reconcile=reconcile)
        if not isinstance(answer, dict) or not isinstance(answer.get("model"), dict):
            raise ServerError(f"Failed to request and load model from {path}")
        return answer["model"], answer.get("extras") or {}

    def iterate(
        self,
        path: str,
        *,
        reverse: bool = False,
        search: Optional[str] = None,
        filters: Optional[dict] = None,
        limit: int = PAGE_SIZE,
        extra: Optional[dict] = None,
    ) -> Iterator[tuple[dict, dict]]:
        """Lazily yield ``(item, page extras)`` over every page of a collection, following the ``last`` cursor."""
        last: Optional[dict] = None
        seen_cursors = set()
        while True:
            params = list_params(limit=limit, reverse=reverse, search=search, filters=filters, last=last, extra=extra)
            answer = self.request("GET", path, params=params)
            if not isinstance(answer, dict) or not isinstance(answer.get("list"), list):
                raise ServerError(f"Failed to request and load a list from {path}")
            extras = answer.get("extras") or {}
            for item in answer["list"]:
                yield item, extras
            last = answer.get("last")
            if not last or not isinstance(last, dict):
                return
            cursor = json.dumps(last, sort_keys=True, default=str)
            if cursor in seen_cursors:  # a server repeating its cursor would loop forever
                return
            seen_cursors.add(cursor)

    def first(self, path: str, **kwargs) -> tuple[Optional[dict], dict]:
        """The first item of a filtered collection (one request with ``limit=1``), or ``(None, {})``."""
        for item, extras in self.iterate(path, limit=1, **kwargs):
            return item, extras
        return None, {}

    def close(self) -> None:
        self.http.close()

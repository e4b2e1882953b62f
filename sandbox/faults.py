"""Fault injection and request statistics, as a plain ASGI middleware.

A plain ASGI layer (not Starlette's BaseHTTPMiddleware) because faults must act on the transport itself:
``drop`` closes the connection without any answer and ``truncate`` cuts a download after N bytes while the
full Content-Length has already been announced. Uvicorn does not expose the transport in the ASGI scope, so
it is taken from the request cycle object that owns ``receive`` (``receive.__self__.transport``); when that
is not available the middleware falls back to raising, which makes the server close the connection too.

Rule fields (all optional except ``path``): ``path`` (regex searched in the URL path), ``method``,
``status`` (answer with this status and an error_message), ``rate`` (probability, default 1), ``count``
(how many times; null = forever), ``retry_after`` (seconds, sent as Retry-After), ``delay`` (seconds before
handling), ``drop`` (close the connection), ``truncate`` (close after N body bytes), ``after`` (handle the
request first - the server acts - then apply ``delay``/``drop``/``truncate`` to its answer), ``throttle``
(bytes per second for the request body read and the answer body sent: a slow link, so that a test can stop a
client mid-transfer on a condition - the bytes on disk, or ``transfers`` below - rather than on a clock).

Besides the request counters, ``transfers`` records every request to a file URL (``/files/...``): its method,
path, ``Range`` header and the body bytes received and sent, so a test can prove a download was continued from
where an earlier process stopped, or how far an upload got.
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import threading
from collections import Counter
from typing import Any

ADMIN_PREFIX = "/__sandbox__/"


class _Truncated(Exception):
    pass


class FaultState:
    """The active rules and the request counters; shared by the middleware and the admin endpoints."""

    def __init__(self, rules: list[dict[str, Any]] | None = None) -> None:
        self.lock = threading.Lock()
        self.rules: list[dict[str, Any]] = []
        self.stats: Counter[str] = Counter()
        self.transfers: list[dict[str, Any]] = []
        if rules:
            self.set_rules(rules)

    def set_rules(self, rules: list[dict[str, Any]]) -> None:
        checked = []
        for rule in rules:
            if not isinstance(rule, dict) or not isinstance(rule.get("path"), str):
                raise ValueError("Every rule needs a 'path' regular expression")
            rule = dict(rule)
            rule["_re"] = re.compile(rule["path"])
            checked.append(rule)
        with self.lock:
            self.rules = checked

    def clear(self) -> None:
        with self.lock:
            self.rules = []

    def describe(self) -> list[dict[str, Any]]:
        with self.lock:
            return [{k: v for k, v in r.items() if not k.startswith("_")} for r in self.rules]

    def pick(self, method: str, path: str) -> dict[str, Any] | None:
        """The first matching rule that fires for this request (consuming one of its ``count``)."""
        with self.lock:
            for rule in self.rules:
                if rule.get("method") and str(rule["method"]).upper() != method:
                    continue
                if not rule["_re"].search(path):
                    continue
                if random.random() >= float(rule.get("rate", 1.0) if rule.get("rate") is not None else 1.0):
                    continue
                if rule.get("count") is not None:
                    if int(rule["count"]) <= 0:
                        continue
                    rule["count"] = int(rule["count"]) - 1
                return dict(rule)
        return None

    def count(self, key: str) -> None:
        with self.lock:
            self.stats[key] += 1
            self.stats["total"] += 1

    def snapshot(self) -> dict[str, Any]:
        with self.lock:
            total = self.stats.get("total", 0)
            return {
                "total": total,
                "requests": {k: v for k, v in sorted(self.stats.items()) if k != "total"},
                "transfers": [dict(t) for t in self.transfers],
            }

    def reset_stats(self) -> None:
        with self.lock:
            self.stats.clear()
            self.transfers.clear()

    def transfer(self, method: str, path: str, headers: list) -> dict[str, Any]:
        """A new record of a file-URL request (updated in place as its bodies flow; read through ``snapshot``)."""
        ranges = [v.decode("latin-1") for k, v in headers if k.lower() == b"range"]
        record = {"method": method, "path": path, "range": ranges[0] if ranges else None, "received": 0, "sent": 0}
        with self.lock:
            self.transfers.append(record)
        return record

    def add(self, record: dict[str, Any], key: str, amount: int) -> None:
        with self.lock:
            record[key] += amount


class _Bound:
    """A wrapped ``receive`` that still leads to the request cycle (``__self__``) for :func:`_close_transport`."""

    def __init__(self, func: Any, owner: Any) -> None:
        self._func = func
        self.__self__ = owner

    async def __call__(self) -> Any:
        return await self._func()


def _close_transport(receive: Any) -> bool:
    cycle = getattr(receive, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        return False
    cycle.disconnected = True
    transport.close()
    return True


class FaultMiddleware:
    """Counts API requests by route template and applies the first matching fault rule."""

    def __init__(self, app: Any, state: FaultState, route_of: Any) -> None:
        self.app = app
        self.state = state
        self.route_of = route_of

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["path"].startswith(ADMIN_PREFIX):
            await self.app(scope, receive, send)
            return
        method = scope["method"]
        path = scope["path"]
        self.state.count(f"{method} {self.route_of(scope)}")
        rule = self.state.pick(method, path)
        if path.startswith("/files/"):
            receive, send = self._metered(scope, receive, send, rule)
        if rule is None:
            await self.app(scope, receive, send)
            return
        if rule.get("after"):
            await self._after(scope, receive, send, rule)
            return
        if rule.get("delay"):
            await asyncio.sleep(float(rule["delay"]))
        if rule.get("drop"):
            if _close_transport(receive):
                return
            raise ConnectionAbortedError("fault injection: drop")
        if rule.get("status"):
            status = int(rule["status"])
            body = json.dumps({"error_message": rule.get("message") or f"Injected fault ({status})"}).encode()
            headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
            if rule.get("retry_after") is not None:
                headers.append((b"retry-after", str(rule["retry_after"]).encode()))
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        if rule.get("truncate") is not None:
            await self._truncated(scope, receive, send, int(rule["truncate"]))
            return
        await self.app(scope, receive, send)

    def _metered(self, scope: dict[str, Any], receive: Any, send: Any, rule: dict[str, Any] | None) -> tuple:
        """``receive``/``send`` that count the body bytes of a file-URL request and, with a ``throttle`` rule,
        pace them to that many bytes per second."""
        record = self.state.transfer(scope["method"], scope["path"], scope.get("headers") or [])
        rate = float(rule["throttle"]) if rule and rule.get("throttle") else 0.0

        async def pace(amount: int) -> None:
            if rate > 0 and amount:
                await asyncio.sleep(amount / rate)

        async def metered_receive() -> dict[str, Any]:
            message = await receive()
            if message.get("type") == "http.request":
                body = message.get("body", b"")
                await pace(len(body))
                self.state.add(record, "received", len(body))
            return message

        async def metered_send(message: dict[str, Any]) -> None:
            if message["type"] != "http.response.body" or not rate:
                if message["type"] == "http.response.body":
                    self.state.add(record, "sent", len(message.get("body", b"")))
                await send(message)
                return
            body = message.get("body", b"")
            step = max(1, int(rate / 10))  # ten pieces a second
            more = message.get("more_body", False)
            for start in range(0, max(1, len(body)), step):
                piece = body[start : start + step]
                last = start + step >= len(body)
                await send({"type": "http.response.body", "body": piece, "more_body": more or not last})
                self.state.add(record, "sent", len(piece))
                await pace(len(piece))

        # _close_transport finds the transport through receive.__self__ (drop and truncate still work)
        return _Bound(metered_receive, getattr(receive, "__self__", None)), metered_send

    async def _after(self, scope: dict[str, Any], receive: Any, send: Any, rule: dict[str, Any]) -> None:
        """The request is handled completely (the server acts), then its answer is held back (``delay``), lost
        (``drop``) or cut (``truncate``): the ambiguous failures a client must reconcile."""
        if rule.get("truncate") is not None:
            await self._truncated(scope, receive, send, int(rule["truncate"]))
            return
        held: list[dict[str, Any]] = []

        async def holding_send(message: dict[str, Any]) -> None:
            held.append(message)

        await self.app(scope, receive, holding_send)
        if rule.get("delay"):
            await asyncio.sleep(float(rule["delay"]))
        if rule.get("drop"):
            if _close_transport(receive):
                return
            raise ConnectionAbortedError("fault injection: drop after handling")
        for message in held:
            await send(message)

    async def _truncated(self, scope: dict[str, Any], receive: Any, send: Any, limit: int) -> None:
        sent = 0

        async def cutting_send(message: dict[str, Any]) -> None:
            nonlocal sent
            if message["type"] != "http.response.body":
                await send(message)
                return
            body = message.get("body", b"")
            room = limit - sent
            if len(body) < room:
                sent += len(body)
                await send(message)
                return
            await send({"type": "http.response.body", "body": body[:room], "more_body": True})
            sent = limit
            raise _Truncated()

        try:
            await self.app(scope, receive, cutting_send)
        except _Truncated:
            if not _close_transport(receive):
                raise

"""The sandbox's ASGI application: FastAPI with the error envelopes, every route of routes/, the fault middleware.

The process-wide state and the request dependencies live in state.py. Handlers are plain (sync) functions run in the server's thread pool; the JSON body is read by an async
dependency so that a malformed body becomes a 400 with ``error_message`` instead of FastAPI's 422 shape.
Uploads are async and stream to disk in chunks; downloads use Starlette's FileResponse (Range support).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from sandbox import bulk, routes, seed
from sandbox.config import Config
from sandbox.core import ApiError
from sandbox.engine import Engine
from sandbox.faults import FaultMiddleware
from sandbox.state import Sandbox, install

log = logging.getLogger("sandbox")


# -- the application ------------------------------------------------------------------------------------------
def create_app(cfg: Config, start_engine: bool = True) -> Any:
    """Build the ASGI app (FastAPI wrapped in the fault middleware) and the process-wide state."""
    state = install(Sandbox(cfg))
    seed.seed(state)
    state.engine = Engine(state)
    if start_engine:
        state.engine.start()
    api = FastAPI(title="Fusion Platform sandbox", docs_url=None, redoc_url=None, openapi_url=None)

    @api.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        body: dict[str, Any] = {"error_message": exc.message}
        if exc.extras:
            body["extras"] = exc.extras
        return JSONResponse(body, status_code=exc.status, headers=exc.headers)

    @api.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = {404: "Not found", 405: "Method not allowed"}.get(exc.status_code, str(exc.detail))
        return JSONResponse({"error_message": message}, status_code=exc.status_code)

    @api.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"error_message": f"Invalid request: {exc.errors()}"}, status_code=400)

    @api.exception_handler(Exception)
    async def _crash(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error")
        return JSONResponse({"error_message": f"Internal sandbox error: {type(exc).__name__}"}, status_code=500)

    routes.register(api)
    bulk.register(api)

    templates: dict[tuple[str, str], str] = {}  # (method, path) -> route template, for the request counters

    def route_of(scope: dict[str, Any]) -> str:
        key = (scope["method"], scope["path"])
        template = templates.get(key)
        if template is None:
            template = scope["path"]
            for route in api.router.routes:
                match, _ = route.matches(scope)
                if match == Match.FULL:
                    template = getattr(route, "path", scope["path"])
                    break
            if len(templates) >= 4096:
                templates.clear()
            templates[key] = template
        return template

    return FaultMiddleware(api, state.faults, route_of)

"""Route handlers of the sandbox API (docs/api-contract.md §5): one router per resource, put on the app by ``register``.

Route order matters where a literal segment shares a position with an id (``/data/new`` before
``/data/{did}``, ``/services/latest`` before ``/services/{sid}``, ``/processes/new`` before
``/processes/{pid}``): each router declares its literal routes first, and ``register`` includes the routers in
the order of the contract.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from sandbox.routes import admin, data, executions, files, organisations, processes, services, users

ROUTERS = (
    users.router,
    organisations.router,
    data.router,
    files.router,
    services.router,
    processes.router,
    executions.router,
    admin.router,
)
# The routes clients poll go first: the router tries routes in order until one matches, and the execution GET
# was the 39th (some 40 regular-expression matches per poll). Neither shares a position with a literal segment.
POLLED = {
    ("GET", "/organisations/{org}/process_executions/{eid}"),
    ("GET", "/organisations/{org}/process_service_executions/{cid}"),
}


def _is_polled(route: Any) -> bool:
    return any((method, getattr(route, "path", None)) in POLLED for method in getattr(route, "methods", ()) or ())


def register(api: FastAPI) -> None:
    """Put every resource's routes on ``api``, the polled ones first."""
    for router in ROUTERS:
        # The routes themselves, not ``include_router``: FastAPI 0.16x wraps an included router in one lazy entry,
        # which would hide each route's path from the polled-first sort below and from app.py's request counters.
        api.router.routes.extend(router.routes)
    api.router.routes.sort(key=lambda route: not _is_polled(route))  # stable: every other route keeps its order

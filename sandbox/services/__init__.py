"""Sandbox services: the catalogue (:mod:`.catalog`, of :mod:`.definitions`) and the computations (:mod:`.compute`).

Importing this package is cheap and side-effect free, so the HTTP server and worker processes can both use it.
"""

from __future__ import annotations

from sandbox.services.catalog import DISPATCHERS, SERVICES, get_dispatcher, get_service
from sandbox.services.definitions import DispatcherDef, ServiceDef

__all__ = ["DISPATCHERS", "SERVICES", "DispatcherDef", "ServiceDef", "get_dispatcher", "get_service"]

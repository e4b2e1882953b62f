"""The Executions dock (:mod:`.dock`) and its parts: the runs model and progress delegate, notifications, previews,
actions and outputs. The Qt-free run logic lives in :mod:`...qgis_support.runs`."""

from __future__ import annotations

from .dock import ExecutionsDock

__all__ = ["ExecutionsDock"]

"""The Executions dock (:mod:`.dock`) and its parts: the runs model and progress delegate, notifications, previews,
actions and outputs. The Qt-free run logic lives in :mod:`...qgis_support.runs.records`.

``ExecutionsDock`` is imported when first asked for, so that importing a Qt-only part (the model, the delegate)
does not pull in the dock and QGIS with it (the Qt6 tier, tests/qt6, runs those parts without QGIS)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .dock import ExecutionsDock

__all__ = ["ExecutionsDock"]


def __getattr__(name: str):
    if name == "ExecutionsDock":
        from .dock import ExecutionsDock

        return ExecutionsDock
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

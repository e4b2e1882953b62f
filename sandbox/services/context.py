"""What every sandbox service computation is given and may raise: its context (log, progress, stop), its outputs.

Why a module of its own: the services are split by kind (:mod:`.compute` for rasters, :mod:`.vectors` for
vector services) and all of them report through the same :class:`Context` and fail the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from osgeo import gdal, ogr

gdal.UseExceptions()
ogr.UseExceptions()


@dataclass
class Output:
    """One output file of a run: ``name`` labels the output data item; ``file_type`` as in docs/api-contract.md §6.5."""

    name: str
    path: Path
    file_type: str
    file_name: str = ""  # the name users see (stored files are named by their id)


class Stopped(Exception):
    """The run was stopped by the user (``ctx.stopped()`` became true)."""


class ServiceFailure(Exception):
    """The run failed; ``reason`` is shown to the user as the execution's abort reason."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class Context(Protocol):
    def log(self, message: str, level: str = "INFO") -> None: ...

    def progress(self, percent: int) -> None: ...

    def stopped(self) -> bool: ...


class LocalContext:
    """A context that just records logs and progress (for tests and command-line use)."""

    def __init__(self, stop_after: int | None = None):
        self.logs: list[tuple[str, str]] = []
        self.percent: list[int] = []
        self._checks = 0
        self._stop_after = stop_after

    def log(self, message: str, level: str = "INFO") -> None:
        self.logs.append((level, message))

    def progress(self, percent: int) -> None:
        self.percent.append(int(percent))

    def stopped(self) -> bool:
        self._checks += 1
        return self._stop_after is not None and self._checks > self._stop_after


def step(ctx: Context, percent: int, message: str | None = None) -> None:
    """Between two steps: honour a stop request, then report progress."""
    if ctx.stopped():
        raise Stopped("Stopped by the user")
    if message:
        ctx.log(message)
    ctx.progress(int(percent))

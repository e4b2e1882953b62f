"""What a run's group in the Layers panel says about it: its indicator's state and tooltip (no Qt, no QGIS).

Why a module of its own: the indicator must follow exactly what the follower last saw (queued → running with its
progress → succeeded / failed / stopped) and the same words must come out whether the run was started a minute ago
or followed again after the project was reopened. Deciding it from the wire dicts alone keeps it testable in plain
Python (tests/unit/test_run_badge.py); gui/run_tree.py only draws it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Optional

from .run_state import run_progress, run_status, status_of
from .wording import english

Translate = Callable[..., str]
KINDS = ("queued", "running", "succeeded", "failed", "stopped")
_STATUS_KIND = {"success": "succeeded", "failed": "failed", "stopped": "stopped", "running": "running"}


@dataclass(frozen=True)
class Badge:
    kind: str  # one of KINDS
    progress: int  # 0..100 (only meaningful while running)
    started_at: Optional[str] = None
    ended_at: Optional[str] = None
    reason: str = ""  # why it failed (an execution's abort_reason)

    @property
    def finished(self) -> bool:
        return self.kind in ("succeeded", "failed", "stopped")


def badge_of(executions: Optional[list[dict]]) -> Badge:
    """The indicator of a run from its executions as last polled; none yet (just executed) is ``queued``."""
    executions = [e for e in executions or [] if isinstance(e, dict)]
    if not executions:
        return Badge("queued", 0)
    started = min((str(e.get("started_at")) for e in executions if e.get("started_at")), default=None)
    kind = _STATUS_KIND[run_status(executions)]
    ended = None
    if kind != "running":
        ended = max((str(e.get("ended_at")) for e in executions if e.get("ended_at")), default=None)
    reason = ""
    if kind == "failed":
        reason = next(
            (
                str(e.get("abort_reason") or "")
                for e in executions
                if status_of(e) == "failed" and e.get("abort_reason")
            ),
            "",
        )
    return Badge(kind, run_progress(executions), started, ended, reason)


def badge_tooltip(badge: Badge, process_name: str, tr: Translate = english, when: Callable[[Any], str] = str) -> str:
    """What the indicator's tooltip says: what the run is, its state and when (``when`` formats a wire time)."""
    lines = [tr("Fusion Platform run: {0}").format(process_name)]
    if badge.kind == "queued":
        lines.append(tr("Queued: waiting for the platform to start it."))
    elif badge.kind == "running":
        lines.append(tr("Running: {0} % done.").format(badge.progress))
    elif badge.kind == "succeeded":
        lines.append(tr("Succeeded."))
    elif badge.kind == "failed":
        lines.append(tr("Failed: {0}").format(badge.reason or tr("no reason given")))
    else:
        lines.append(tr("Stopped."))
    if badge.started_at:
        lines.append(tr("Started: {0}").format(when(badge.started_at)))
    if badge.ended_at:
        lines.append(tr("Ended: {0}").format(when(badge.ended_at)))
    lines.append(tr("Click to show the run in the Executions panel."))
    return "\n".join(lines)


def group_should_go(badge: Badge, has_layers: bool) -> bool:
    """A stopped run's group goes away when nothing was loaded into it (a failed one stays, with its reason)."""
    return badge.kind == "stopped" and not has_layers

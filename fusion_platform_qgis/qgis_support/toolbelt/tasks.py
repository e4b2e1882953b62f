"""Background work with QgsTask: the UI thread never waits on the network or the disk.

``run_task(description, work, on_success, on_error)`` runs ``work(task)`` on a worker thread; the callbacks run
on the main thread once it ends (QgsTask.finished is delivered there). ``work`` receives the task: it can
report ``task.setProgress(percent)`` and should stop early when ``task.isCanceled()`` (or pass
``task.cancel_event`` to the client, which checks it between chunks and retries). Layers are created in the
callbacks, never in ``work``.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Iterator
from typing import Any, Callable

from qgis.core import QgsApplication, QgsTask, QgsTaskManager

from .compat import task_flags
from .log import log_error

# Background polls stay out of the task manager's list where QGIS can hide tasks (QgsTask.Silent, QGIS >= 3.26).
QUIET = hasattr(QgsTask, "Silent")
_ALIVE: set[FunctionTask] = set()  # QgsTask objects must stay referenced from Python while they run


class FunctionTask(QgsTask):
    def __init__(
        self,
        description: str,
        work: Callable[[FunctionTask], Any],
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        can_cancel: bool = True,
        silent: bool = False,
    ):
        super().__init__(description, task_flags(can_cancel, silent))
        self.work = work
        self.on_success = on_success
        self.on_error = on_error
        self.result: Any = None
        self.error: BaseException | None = None
        self.cancel_event = threading.Event()
        self.done = False

    def cancel(self) -> None:
        self.cancel_event.set()
        super().cancel()

    def run(self) -> bool:
        try:
            self.result = self.work(self)
            return True
        except BaseException as exc:
            self.error = exc
            self.error_traceback = traceback.format_exc()
            return False

    def finished(self, ok: bool) -> None:
        self.done = True
        _ALIVE.discard(self)
        try:
            if ok:
                if self.on_success is not None:
                    self.on_success(self.result)
            else:
                error = self.error
                if error is None:
                    from ...api.errors import CancelledError

                    error = CancelledError("Cancelled.")
                if self.on_error is not None:
                    self.on_error(error)
                else:
                    log_error(f"{self.description()}: {error}")
        except Exception as exc:
            log_error(f"{self.description()}: callback failed: {exc}\n{traceback.format_exc()}")


def run_task(
    description: str,
    work: Callable[[FunctionTask], Any],
    on_success: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    can_cancel: bool = True,
    silent: bool = False,
) -> FunctionTask:
    """Start ``work`` in QGIS's task manager and return the task (keep it to cancel it)."""
    task = FunctionTask(description, work, on_success, on_error, can_cancel, silent)
    manager = QgsApplication.taskManager()
    if manager is None:  # no QgsApplication: nothing would ever run the task
        raise RuntimeError("QGIS's task manager is not available")
    _ALIVE.add(task)
    manager.addTask(task)
    return task


def task_manager() -> QgsTaskManager:
    """QGIS's task manager (its signals report task progress on the main thread)."""
    manager = QgsApplication.taskManager()
    if manager is None:
        raise RuntimeError("QGIS's task manager is not available")
    return manager


def cancel_all() -> None:
    """Cancel every task this plugin started (unload, QGIS closing)."""
    for task in list(_ALIVE):
        task.cancel()


class TaskGroup:
    """The tasks one owner (a dock and its parts) started: kept referenced while they run, cancelled together.

    Iterating gives the tasks still running. ``run`` reports a failure to the group's ``on_error`` unless the
    caller gives its own."""

    def __init__(self, on_error: Callable[[BaseException], None]):
        self._tasks: set[QgsTask] = set()
        self.on_error = on_error

    def __iter__(self) -> Iterator[QgsTask]:
        return iter(list(self._tasks))

    def __len__(self) -> int:
        return len(self._tasks)

    def add(self, task: QgsTask) -> QgsTask:
        self._tasks.add(task)
        return task

    def run(
        self,
        description: str,
        work: Callable[[FunctionTask], Any],
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        silent: bool = False,
    ) -> FunctionTask:
        def done(result: Any) -> None:
            self._tasks.discard(task)
            if on_success is not None:
                on_success(result)

        def failed(error: BaseException) -> None:
            self._tasks.discard(task)
            (on_error or self.on_error)(error)

        task = run_task(description, work, done, failed, silent=silent)
        self._tasks.add(task)
        return task

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            try:
                task.cancel()
            except RuntimeError:  # the C++ task is gone already
                pass

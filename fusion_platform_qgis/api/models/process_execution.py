"""One run of a process (SDK ``models.process_execution``)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import datetime

from .. import paths
from ..client import to_wire
from ..errors import ExecutionFailedError
from .model import Model
from .process_service_execution import Component

log = logging.getLogger("fusion_platform_qgis.api")


class Execution(Model):
    _CLASS = "ProcessExecution"
    _FIELDS = (
        "id",
        "created_at",
        "updated_at",
        "organisation_id",
        "process_id",
        "group_id",
        "group_index",
        "group_count",
        "options",
        "chains",
        "started_at",
        "ended_at",
        "stopped",
        "abort",
        "abort_reason",
        "exit_type",
        "success",
        "progress",
        "delete_expiry",
        "delete_warning_status",
        "deletable",
        "delete_protection",
    )
    _READ_ONLY = frozenset(set(_FIELDS) - {"options", "chains", "delete_expiry"})

    def _path(self) -> str:
        return paths.execution(self._org_id(), self._id())

    def check_complete(self, wait: bool = False) -> bool:
        """True when finished (progress >= 100); raises ExecutionFailedError when it finished without success."""
        while True:
            self.get()
            if int(self._model.get("progress") or 0) >= 100:
                if not self._model.get("success"):
                    reason = self._model.get("abort_reason") or "no reason given"
                    raise ExecutionFailedError(f"Execution has failed: {reason}", detail=reason)
                if self._model.get("abort_reason"):
                    log.warning("Execution %s finished with a warning: %s", self._id(), self._model["abort_reason"])
                return True
            if not wait:
                return False
            self._session.sleep(self._session.wait_period)

    @property
    def components(self) -> Iterator[Component]:
        org = self._org_id()
        return (
            Component(self._session, i, extras=e, context={"organisation_id": org})
            for i, e in self._session.iterate(f"{self._path()}/process_service_executions")
        )

    def change_delete_expiry(self, delete_expiry: datetime) -> None:
        """Move the deletion date of this execution's whole group."""
        self._session.request(
            "POST",
            f"{self._path()}/change_delete_expiry",
            json={"ProcessExecution": {"delete_expiry": to_wire(delete_expiry)}},
            idempotent=True,
        )
        self.get()


ProcessExecution = Execution

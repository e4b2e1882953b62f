"""One service's part of an execution, its data and logs (SDK ``models.process_service_execution``)."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator

from .. import paths
from .data import Data
from .model import Model
from .process_service_execution_log import Log


class Component(Model):
    _CLASS = "ProcessServiceExecution"
    _FIELDS = (
        "id",
        "created_at",
        "updated_at",
        "organisation_id",
        "process_execution_id",
        "process_id",
        "service_id",
        "image_id",
        "chain_index",
        "name",
        "started_at",
        "ended_at",
        "runtime",
        "architecture",
        "instance_type",
        "cpu",
        "memory",
        "gpu",
        "storage",
        "actions",
        "options",
        "inputs",
        "outputs",
        "intermediate",
        "success",
        "metrics",
    )
    _HIDDEN = frozenset({"inputs", "outputs"})
    _READ_ONLY = frozenset(_FIELDS)
    _CAN_UPDATE = False
    _CAN_DELETE = False

    def _path(self) -> str:
        return paths.component(self._org_id(), self._id())

    def _data_items(self, key: str) -> Iterator[Data]:
        ids = list(self._model.get(key) or [])
        org = self._org_id()

        def iterate() -> Iterator[Data]:
            for data_id in ids:
                model, extras = self._session.get_model(paths.data_item(org, data_id))
                yield Data(self._session, model, extras=extras, context={"organisation_id": org})

        return iterate()

    @property
    def inputs(self) -> Iterator[Data]:
        return self._data_items("inputs")

    @property
    def outputs(self) -> Iterator[Data]:
        return self._data_items("outputs")

    @property
    def logs(self) -> Iterator[Log]:
        """Log lines, newest first (as the platform lists them with ``reverse=True``)."""
        return (
            Log(self._session, i, extras=e, context={"organisation_id": self._org_id()})
            for i, e in self._session.iterate(f"{self._path()}/logs", reverse=True)
        )

    def download_log_file(self, path: str) -> None:
        """Write the logs as CSV ``logged_at,message`` to ``path`` (removed again if anything fails)."""
        path = os.fspath(path)
        folder = os.path.dirname(os.path.abspath(path))
        os.makedirs(folder, exist_ok=True)
        try:
            with open(path, "w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(["logged_at", "message"])
                for entry in self.logs:
                    writer.writerow([entry._model.get("logged_at"), entry._model.get("message") or ""])
        except BaseException:
            try:
                os.remove(path)
            except OSError:
                pass
            raise


ProcessServiceExecution = Component

"""A process: a service with inputs, options, dispatchers and a schedule (SDK ``models.process``)."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from typing import Any, Optional

from .. import options as opt
from .. import paths
from ..client import flat_body
from ..errors import ExecutionFailedError, FusionPlatformError, ModelError, ValidationError
from .data import Data
from .model import _COMMON_RO, Model, _find, parse_datetime
from .process_execution import Execution
from .process_parts import Dispatcher, Input, Option

_INPUT_TYPES = {
    "GeoTIFF": {"GeoTIFF", "DEM", "JPEG2000"},
    "GeoJSON": {"GeoJSON", "KML", "KMZ", "ESRI Shapefile"},
}
EXECUTION_START_TOLERANCE = timedelta(seconds=900)
CLOCK_TOLERANCE = 3.0  # seconds: server clock estimate (Date headers, 1 s resolution) when reconciling a lost create


class Process(Model):
    _CLASS = "Process"
    _FIELDS = (
        "id",
        "created_at",
        "updated_at",
        "organisation_id",
        "ssd_id",
        "service_id",
        "name",
        "inputs",
        "options",
        "chains",
        "run_type",
        "repeat_count",
        "repeat_start",
        "repeat_end",
        "repeat_gap",
        "repeat_offset",
        "process_status",
        "process_status_at",
        "process_status_changed_by",
        "output_storage_period",
        "test_run",
        "dispatchers",
        "price",
        "deletable",
        "has_executions",
        "has_executions_organisation_id",
        "executions",
        "non_aggregator_count",
        "aggregator_count",
        "available_dispatchers",
    )
    _HIDDEN = frozenset(
        {
            "inputs",
            "options",
            "dispatchers",
            "has_executions",
            "has_executions_organisation_id",
            "executions",
            "available_dispatchers",
        }
    )
    _READ_ONLY = _COMMON_RO | {
        "organisation_id",
        "ssd_id",
        "service_id",
        "chains",
        "process_status",
        "process_status_at",
        "process_status_changed_by",
        "test_run",
        "price",
        "deletable",
        "non_aggregator_count",
        "aggregator_count",
    }

    def _loaded(self) -> None:
        if "dispatchers" in self._extras:
            self._model["available_dispatchers"] = copy.deepcopy(self._extras.get("dispatchers"))

    def _path(self) -> str:
        return paths.process(self._org_id(), self._id())

    @property
    def persisted(self) -> bool:
        """False for a template from ``new_process``/``copy`` until ``create()`` succeeds."""
        return self._persisted

    # ---------------------------------------------------------------- parts
    @property
    def inputs(self) -> list:
        """Input objects; for a set input ``name`` is the data item's name (one GET per set input)."""
        result = []
        for entry in self._model.get("inputs") or []:
            name = None
            if entry.get("id"):
                try:
                    model, _ = self._session.get_model(paths.data_item(self._org_id(), entry["id"]))
                    name = model.get("name")
                except FusionPlatformError:
                    name = None
            result.append(Input(entry, name=name) if name is not None else Input(entry))
        return result

    @property
    def options(self) -> list:
        return [Option(o) for o in self._model.get("options") or []]

    @property
    def available_dispatchers(self) -> list:
        return [Dispatcher(d) for d in self._model.get("available_dispatchers") or []]

    @property
    def dispatchers(self) -> list:
        return [Dispatcher(d) for d in self._model.get("dispatchers") or []]

    # ---------------------------------------------------------------- editing
    def _check_modifiable(self) -> None:
        if self._model.get("process_status") == "execute":
            raise ModelError("Process cannot be modified as it is currently executing")

    def _commit(self, model: dict) -> None:
        """Persisted: PATCH the whole model (the answer replaces ours). Template: keep the change locally."""
        if self._persisted:
            body = flat_body(self._CLASS, model)
            answer, extras = self._session.get_model(self._path(), method="PATCH", json=body)
            self._load(answer, extras)
        else:
            self._load(model)

    @staticmethod
    def _set_option(
        options: list, option_name: Optional[str], option: Optional[Option], value: Any, coerce_value: bool, owner: str
    ) -> None:
        if option is not None:
            ssd, name = str(option._values.get("ssd_id")), option._values.get("name")
            target = next(
                (
                    o
                    for o in options
                    if o.get("name") == name and (option._values.get("ssd_id") is None or str(o.get("ssd_id")) == ssd)
                ),
                None,
            )
        else:
            target = next((o for o in options if o.get("name") == option_name), None)
        if target is None:
            names = ", ".join(str(o.get("name")) for o in options)
            raise ModelError(
                f"{owner} has no option '{option_name or (option and option.name)}' (options: {names or 'none'})"
            )
        target["value"] = opt.prepare_value(target, value, coerce_value=coerce_value)

    def _check_input(self, entry: dict, data: Data) -> None:
        """Every file analysed (``publishable`` key), of a file type the input accepts (docs/api-contract.md §8.3)."""
        files = [f._model for f in data.files]
        if any("publishable" not in f for f in files):
            raise ValidationError(
                "Data object is not ready to be used in a process (its files are still being analysed)",
                field_errors={f"input_{entry.get('input')}": "data not ready"},
            )
        expected = entry.get("file_type")
        if files and expected:
            allowed = _INPUT_TYPES.get(expected, {expected})
            actual = files[0].get("file_type")
            if actual not in allowed:
                raise ValidationError(
                    f"Input {entry.get('input')} expects {expected} data, not {actual}",
                    field_errors={f"input_{entry.get('input')}": f"expects {expected}"},
                )

    def update(
        self,
        input_number: Optional[int] = None,
        input: Optional[Input] = None,
        data: Optional[Data] = None,
        dispatcher_number: Optional[int] = None,
        option_name: Optional[str] = None,
        option: Optional[Option] = None,
        value: Any = None,
        coerce_value: bool = False,
        dispatch_intermediate: Optional[bool] = None,
        **fields,
    ) -> None:
        """Set an input, an option, a dispatcher's option/flag, or model fields (schedule, name...).

        On a template the change stays local; a created process is PATCHed at once (docs/api-contract.md §8.2, 8.5).
        """
        self._check_modifiable()
        model = copy.deepcopy(self._model)
        if dispatcher_number is not None:
            dispatchers = model.get("dispatchers") or []
            if not 1 <= int(dispatcher_number) <= len(dispatchers):
                raise ModelError(
                    f"There is no dispatcher number {dispatcher_number} on this process ({len(dispatchers)} added)"
                )
            target = dispatchers[int(dispatcher_number) - 1]
            if option_name is not None or option is not None:
                self._set_option(
                    target.setdefault("options", []),
                    option_name,
                    option,
                    value,
                    coerce_value,
                    f"Dispatcher '{target.get('name')}'",
                )
            if dispatch_intermediate is not None:
                target["dispatch_intermediate"] = bool(dispatch_intermediate)
        elif input_number is not None or input is not None:
            inputs = model.get("inputs") or []
            if input is not None:
                entry = next(
                    (
                        i
                        for i in inputs
                        if str(i.get("ssd_id")) == str(input._values.get("ssd_id"))
                        and int(i.get("input", 0)) == int(input._values.get("input", -1))
                    ),
                    None,
                )
            else:
                assert input_number is not None  # the branch is taken with a number or an Input
                entry = inputs[int(input_number) - 1] if 1 <= int(input_number) <= len(inputs) else None
            if entry is None:
                raise ModelError(
                    f"This process has no input {input_number or (input and input.input)} ({len(inputs)} inputs)"
                )
            if data is None:
                entry.pop("id", None)
            else:
                self._check_input(entry, data)
                entry["id"] = str(data._model.get("id"))
        elif option_name is not None or option is not None:
            self._set_option(model.get("options") or [], option_name, option, value, coerce_value, "This process")
        changes = self._check_fields(self._schedule_fields(fields))
        model.update(changes)
        if model != self._model or (self._persisted and changes):
            self._commit(model)

    @staticmethod
    def _schedule_fields(fields: dict) -> dict:
        """Accept Python values for repeat_gap (dict) / repeat_offset (timedelta or dict): wire JSON strings."""
        out = dict(fields)
        gap = out.get("repeat_gap")
        if isinstance(gap, dict):
            out["repeat_gap"] = json.dumps(gap)
        offset = out.get("repeat_offset")
        if isinstance(offset, timedelta):
            out["repeat_offset"] = json.dumps(
                {"days": offset.days, "seconds": offset.seconds, "microseconds": offset.microseconds}
            )
        elif isinstance(offset, dict):
            out["repeat_offset"] = json.dumps(offset)
        return out

    def add_dispatcher(self, number: Optional[int] = None, name: Optional[str] = None) -> None:
        """Add one of ``available_dispatchers`` (1-based ``number`` or ``name``) to the process."""
        self._check_modifiable()
        available = self._model.get("available_dispatchers") or []
        if number is not None:
            chosen = available[int(number) - 1] if 1 <= int(number) <= len(available) else None
        else:
            chosen = next((d for d in available if d.get("name") == name), None)
        if chosen is None:
            names = ", ".join(str(d.get("name")) for d in available)
            raise ModelError(f"No dispatcher {number or name!r} is available (available: {names or 'none'})")
        model = copy.deepcopy(self._model)
        model.setdefault("dispatchers", []).append(copy.deepcopy(chosen))
        self._commit(model)

    def remove_dispatcher(self, number: int) -> None:
        """Remove the ``number``-th (1-based) added dispatcher."""
        self._check_modifiable()
        model = copy.deepcopy(self._model)
        dispatchers = model.get("dispatchers") or []
        if not 1 <= int(number) <= len(dispatchers):
            raise ModelError(f"There is no dispatcher number {number} on this process")
        dispatchers.pop(int(number) - 1)
        model["dispatchers"] = dispatchers
        self._commit(model)

    def validate(self) -> None:
        """Client-side checks before create: every input set, required options set, option values valid."""
        for entry in self._model.get("inputs") or []:
            if not entry.get("id"):
                label = entry.get("title") or f"input {entry.get('input')}"
                raise ValidationError(
                    f"Process input '{label}' has no data set", field_errors={f"input_{entry.get('input')}": "required"}
                )
        opt.validate_for_create(self._model.get("options") or [])
        for dispatcher in self._model.get("dispatchers") or []:
            opt.validate_for_create(dispatcher.get("options") or [])

    def create(self, **fields) -> None:
        """Save the template on the server (validation, price); afterwards ``price`` is set."""
        if self._persisted:
            raise ModelError("The process has already been created")
        model = {**self._model, **self._check_fields(self._schedule_fields(fields))}
        self._load(model)
        self.validate()
        org = self._org_id()
        since = self._session.server_now() - CLOCK_TOLERANCE

        def find_created() -> Optional[dict]:
            """The process the lost call created: same name and service, created since the call (newest)."""
            for item, extras_ in self._session.iterate(
                paths.processes(org), reverse=True, filters={"name__eq": model.get("name")}
            ):
                created = parse_datetime(item.get("created_at"))
                if not isinstance(created, datetime) or created.timestamp() < since:
                    continue
                if item.get("name") == model.get("name") and str(item.get("service_id")) == str(
                    model.get("service_id")
                ):
                    return {"model": item, "extras": extras_}
            return None

        answer, extras = self._session.get_model(
            paths.processes(org),
            method="POST",
            json=flat_body(self._CLASS, model),
            idempotent=False,
            reconcile=find_created,
        )
        self._load(answer, extras)
        self._set("_persisted", True)

    # ---------------------------------------------------------------- running
    def execute(self, wait: bool = False) -> None:
        """Start the process now; ``wait=True`` waits for its executions to finish (raising the first failure)."""
        since = self._session.server_now() - CLOCK_TOLERANCE
        known = {str(e.get("id")) for e in self._model.get("executions") or [] if isinstance(e, dict)}

        def find_started() -> Optional[dict]:
            """After a lost answer: did the process start (status changed since the call, or a new execution)?"""
            answer_, extras_ = self._session.get_model(self._path())
            changed = parse_datetime(answer_.get("process_status_at"))
            if (
                answer_.get("process_status") == "execute"
                and isinstance(changed, datetime)
                and changed.timestamp() >= since
            ):
                return {"model": answer_, "extras": extras_}
            for entry in answer_.get("executions") or []:
                started = parse_datetime(entry.get("started_at") or entry.get("created_at"))
                if str(entry.get("id")) not in known and isinstance(started, datetime) and started.timestamp() >= since:
                    return {"model": answer_, "extras": extras_}
            return None

        answer, extras = self._session.get_model(
            f"{self._path()}/execute", method="POST", idempotent=False, reconcile=find_started
        )
        self._load(answer, extras)
        if not wait:
            return
        self.wait_for_next_execution()
        failure: Optional[BaseException] = None
        for execution in self.executions:
            try:
                execution.check_complete(wait=True)
            except ExecutionFailedError as exc:
                failure = failure or exc
        if failure is not None:
            raise failure

    def wait_for_next_execution(self) -> None:
        """Block until the run due at ``repeat_start`` has started, its whole group listed (docs/api-contract.md §8.6).

        A stopped process raises, unless the run has already started and finished (a quick run, or an execute
        whose lost answer was reconciled after the run had ended).
        """
        stopped = self._model.get("process_status") == "stop"
        while True:
            self._session.check_cancel()
            self.get()
            repeat_start = parse_datetime(self._model.get("repeat_start"))
            if self._model.get("has_executions"):
                executions = [e for e in self._model.get("executions") or [] if e.get("started_at")]
                executions.sort(key=lambda e: parse_datetime(e["started_at"]), reverse=True)
                if executions:
                    newest = executions[0]
                    found = True
                    if newest.get("group_id"):
                        members = [e for e in executions if e.get("group_id") == newest["group_id"]]
                        found = len(members) >= int(newest.get("group_count") or 1)
                    if isinstance(repeat_start, datetime) and parse_datetime(newest["started_at"]) < repeat_start:
                        found = False
                    if found:
                        return
            if stopped:
                raise ModelError("Process execution has been stopped")
            if isinstance(repeat_start, datetime) and repeat_start + EXECUTION_START_TOLERANCE < datetime.now(
                timezone.utc
            ):
                raise ModelError("Process execution should have started by now")
            self._session.sleep(self._session.wait_period)

    def _execution(self, item: dict, extras: Optional[dict] = None) -> Execution:
        return Execution(self._session, item, extras=extras, context={"organisation_id": self._org_id()})

    @property
    def executions(self) -> Iterator[Execution]:
        """All executions, most recent first."""
        return (self._execution(i, e) for i, e in self._session.iterate(f"{self._path()}/executions", reverse=True))

    def find_executions(self, id: Any = None, group_id: Any = None) -> tuple:
        return _find(
            self._session,
            f"{self._path()}/executions",
            self._execution,
            filters={"id__eq": id, "group_id__eq": group_id},
        )

    def stop(self) -> None:
        """Stop future runs and abort running executions."""
        answer, extras = self._session.get_model(f"{self._path()}/stop", method="POST", idempotent=True)
        self._load(answer, extras)

    def copy(self, name: str) -> Process:
        """An unsaved template copying this process (inputs re-checked); call ``create()`` on it."""
        model, extras = self._session.get_model(f"{self._path()}/copy")
        model = {k: v for k, v in model.items() if v is not None}
        model["organisation_id"] = self._org_id()
        model["name"] = name
        new = Process(self._session, model, extras=extras, context={"organisation_id": self._org_id()}, persisted=False)
        for entry in model.get("inputs") or []:
            if entry.get("id"):
                data_model, _ = self._session.get_model(paths.data_item(self._org_id(), entry["id"]))
                new._check_input(entry, Data(self._session, data_model, context={"organisation_id": self._org_id()}))
        return new

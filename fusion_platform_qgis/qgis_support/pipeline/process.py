"""Stages 2 and 3, create and execute: a plan (plain values) put into a process template, created, executed.

A *plan* is what the process editor's form (or a Processing algorithm's parameters) says, as plain values taken on
the main thread: ``{"name", "options": {name: value}, "inputs": {number: (data id or None, layer id or None)},
"schedule": {field: value}, "dispatchers": [{"name", "options"}] or None}``. ``dispatchers`` None keeps the
template's own. Everything here is worker-thread code (it talks to the platform).
"""

from __future__ import annotations

from typing import Any, Optional

from ...api.errors import OptionValidationError, ValidationError
from ..credit_guard import check_credits
from ..i18n import tr

SCHEDULE_KEYS = ("run_type", "repeat_count", "repeat_start", "repeat_end", "repeat_gap")


def make_plan(
    name: str,
    options: Optional[dict[str, Any]] = None,
    inputs: Optional[dict[int, tuple]] = None,
    schedule: Optional[dict[str, Any]] = None,
    dispatchers: Optional[list[dict]] = None,
) -> dict[str, Any]:
    return {
        "name": name,
        "options": dict(options or {}),
        "inputs": dict(inputs or {}),
        "schedule": dict(schedule or {}),
        "dispatchers": dispatchers,
    }


def describe_process(process, service=None) -> dict[str, Any]:
    """Worker: a plain snapshot of a process (or template) for a dialog, so it reads no network on the main thread.

    ``has_run`` comes from the executions list; inputs carry the chosen data's name."""
    model = process.attributes
    persisted = bool(getattr(process, "persisted", True))
    has_run = False
    if persisted and model.get("id"):
        has_run = next(iter(process.executions), None) is not None
    return {
        "id": str(model.get("id") or ""),
        "name": model.get("name") or "",
        "persisted": persisted,
        "status": model.get("process_status") or "",
        "has_run": has_run,
        "price": model.get("price"),
        "ssd_id": str(model.get("ssd_id") or ""),
        "service_id": str(model.get("service_id") or ""),
        "service_name": service.name if service is not None else "",
        "inputs": [i.attributes for i in process.inputs],
        "options": [o.attributes for o in process.options],
        "available_dispatchers": [d.attributes for d in process.available_dispatchers],
        "dispatchers": [d.attributes for d in process.dispatchers],
        "schedule": {k: (str(model[k]) if model.get(k) is not None else None) for k in SCHEDULE_KEYS},
    }


def list_usable_data(organisation) -> list[dict[str, Any]]:
    """Worker: the organisation's uploaded data with the file type of their first file (input pickers)."""
    result = []
    for data in organisation.data:
        files = list(data.files)
        file_type = files[0].file_type if files else None
        ready = bool(files) and all("publishable" in f.attributes for f in files)
        result.append({"id": str(data.id), "name": data.name, "file_type": file_type, "ready": ready})
    return result


def same_value(current: Any, value: Any) -> bool:
    """Whether an option's new value is the one it has (the same text, or the same number written differently)."""
    if value is None or current is None:
        return value is None and current is None
    if str(current) == str(value):
        return True
    if isinstance(value, bool) or isinstance(current, bool):
        return False
    try:
        return float(str(current)) == float(str(value))
    except ValueError:
        return False


def fill_process(organisation, process, plan: dict, uploaded: dict[int, Any], template: bool) -> None:
    """Worker: put the plan into the process (a template: locally; a saved process: a PATCH per change)."""
    for number, (data_id, _layer_id) in plan["inputs"].items():
        data = uploaded.get(number)
        if data is None and data_id:
            data, _ = organisation.find_data(id=data_id)
            if data is None:
                raise ValidationError(
                    tr("The chosen data no longer exists"),
                    field_errors={f"input_{number}": tr("The chosen data no longer exists")},
                )
        if data is None:
            continue
        current = (
            next((i.attributes for i in process.inputs if int(i.input or 0) == number), None) if not template else None
        )
        if current is not None and str(current.get("id")) == str(data.id):
            continue
        try:
            process.update(input_number=number, data=data)
        except ValidationError as exc:
            raise ValidationError(str(exc), field_errors={f"input_{number}": str(exc)})
    loaded = {o.name: o.raw_value for o in process.options}
    for name, value in plan["options"].items():
        # An option left at the template's value is not sent again: the platform keeps it as it wrote it ("0", not
        # the editor's "0.0"), so a run's options read the same whichever door it came in by.
        if not same_value(loaded.get(name), value):
            process.update(option_name=name, value=value, coerce_value=True)
    if template and plan.get("dispatchers") is not None:
        while process.dispatchers:
            process.remove_dispatcher(1)
        for number, entry in enumerate(plan["dispatchers"], start=1):
            process.add_dispatcher(name=entry["name"])
            for option, value in entry["options"].items():
                try:
                    process.update(dispatcher_number=number, option_name=option, value=value, coerce_value=True)
                except OptionValidationError as exc:
                    key = f"dispatcher_{number}.{option}"
                    raise ValidationError(str(exc), field_errors={key: exc.field_errors.get(option, str(exc))})


def dispatcher_error(error: OptionValidationError, plan: dict) -> ValidationError:
    """The client names a bad dispatcher option by its bare name: key it like the server does."""
    if error.option_name in plan["options"]:
        return error
    for number, entry in enumerate(plan.get("dispatchers") or [], start=1):
        if error.option_name in entry["options"]:
            key = f"dispatcher_{number}.{error.option_name}"
            return ValidationError(str(error), field_errors={key: error.field_errors.get(error.option_name, "")})
    return error


def create_process(organisation, process, plan: dict, uploaded: dict[int, Any]) -> None:
    """Worker: fill a template with the plan and create it on the platform (which checks it and sets its price)."""
    fill_process(organisation, process, plan, uploaded, template=True)
    process.update(name=plan["name"], **plan["schedule"])
    try:
        process.create()
    except OptionValidationError as exc:
        raise dispatcher_error(exc, plan) from exc


def save_process(
    organisation, process, plan: dict, uploaded: dict[int, Any], schedule_locked: bool, others_locked: bool
) -> None:
    """Worker: apply the plan's changes to a saved process, within what the platform lets change."""
    if not others_locked:
        fill_process(organisation, process, plan, uploaded, template=False)
    changes = {"name": plan["name"], **plan["schedule"]} if not schedule_locked else {}
    current = process.attributes
    if changes and any(str(current.get(k)) != str(v) for k, v in changes.items() if v is not None):
        process.update(**changes)


def execute_process(process, organisation=None, *, confirmed: bool = False) -> None:
    """Worker: start the process (the run's executions appear shortly after).

    With ``organisation``, the credit guard reads the balance first and refuses (``credit_guard.CreditRefusal``) a
    run the balance cannot pay, or one over the organisation's threshold that nobody ``confirmed``, before the
    execute request is sent."""
    if organisation is not None:
        check_credits(organisation, process.price, confirmed=confirmed)
    process.execute()

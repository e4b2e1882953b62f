"""Process rules: templates, validation with field-level errors, price, update restrictions, execute and stop.

Validation errors answer 400 with an ``error_message`` naming every bad field and ``extras.errors`` mapping
field keys to messages, so a client can put each message next to its widget. Keys: the option name for
service options, ``input_<n>`` for inputs, ``dispatcher_<n>.<option>`` for dispatcher options, and the model
field name (``name``, ``run_type``, ``repeat_start`` …) for the rest.
"""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sandbox.core import (
    COMPATIBLE,
    ApiError,
    is_uuid,
    new_id,
    now_iso,
    number,
    option_value,
    parse_dt,
    utcnow,
)
from sandbox.credits import charge, credits_of
from sandbox.db import public
from sandbox.process_wire import with_values
from sandbox.state import S

SCHEDULE_FIELDS = ("name", "run_type", "repeat_count", "repeat_start", "repeat_end", "repeat_gap", "repeat_offset")
GAP_KEYS = {
    "years",
    "months",
    "days",
    "leapdays",
    "weeks",
    "hours",
    "minutes",
    "seconds",
    "microseconds",
    "year",
    "month",
    "day",
    "weekday",
    "hour",
    "minute",
    "second",
    "microsecond",
}
OFFSET_KEYS = {"days", "seconds", "microseconds"}


def catalog() -> Any:
    from sandbox.services import catalog as cat

    return cat


def service_of(doc: dict[str, Any]) -> Any:
    service = catalog().get_service(doc.get("service_id")) or catalog().get_service(doc.get("ssd_id"))
    if service is None:
        raise ApiError(400, "service_id: unknown service", {"errors": {"service_id": "Unknown service"}})
    return service


# -- templates ----------------------------------------------------------------------------------------------------
def _chains(service: Any, inputs: list[dict[str, Any]], options: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "ssd_id": service.ssd_id,
            "service_id": service.id,
            "inputs": [i.get("id") for i in inputs],
            "outputs": [],
            "intermediate": False,
            "options": [
                {
                    "name": o["name"],
                    "value": o.get("value"),
                    "data_type": o["data_type"],
                    "validation": o.get("validation"),
                }
                for o in options
            ],
        }
    ]


def template(org: str, service_id: str, user: dict[str, Any]) -> dict[str, Any]:
    service = catalog().get_service(service_id)
    if service is None:
        raise ApiError(404, "Service not found")
    inputs = service.template_inputs()
    options = with_values(service.template_options())
    return public(
        {
            "organisation_id": org,
            "ssd_id": service.ssd_id,
            "service_id": service.id,
            "inputs": inputs,
            "options": options,
            "chains": _chains(service, inputs, options),
            "run_type": "run_once",
            "repeat_count": 1,
            "repeat_start": now_iso(),
            "output_storage_period": int(user.get("default_output_storage_period") or 30),
            "test_run": False,
            "dispatchers": [],
        }
    )


def copy_template(doc: dict[str, Any]) -> dict[str, Any]:
    keys = (
        "organisation_id",
        "ssd_id",
        "service_id",
        "name",
        "inputs",
        "options",
        "chains",
        "run_type",
        "repeat_count",
        "repeat_end",
        "repeat_gap",
        "repeat_offset",
        "output_storage_period",
        "test_run",
        "dispatchers",
    )
    out = {k: doc.get(k) for k in keys}
    out["repeat_start"] = now_iso()
    if out["run_type"] == "run_once":
        out["repeat_count"] = 1
    return public(out)


# -- validation ---------------------------------------------------------------------------------------------------
def _parse_json_string(value: Any, allowed: set[str]) -> tuple[str | None, bool]:
    """(normalised JSON text, parsed?) for repeat_gap/repeat_offset; unparseable Python echoes are kept out."""
    if value is None or value == "":
        return None, True
    if isinstance(value, dict):
        obj = value
    else:
        try:
            obj = json.loads(str(value))
        except ValueError:
            return None, False
    if not isinstance(obj, dict) or not set(obj) <= allowed:
        return None, False
    return json.dumps(obj), True


def first_file(data_id: str) -> dict[str, Any] | None:
    files = S().data_files(data_id)
    return files[0] if files else None


def region_of(doc: dict[str, Any]) -> tuple[Path, str] | None:
    """Path and file type of the process's region (first file of input 1)."""
    inputs = doc.get("inputs") or []
    if not inputs or not inputs[0].get("id"):
        return None
    record = first_file(inputs[0]["id"])
    if record is None:
        return None
    return S().file_path(record["file_id"]), record["file_type"]


def _check_inputs(org: str, service: Any, given: list[Any], errors: dict[str, str]) -> list[dict[str, Any]]:
    state = S()
    given = [g for g in given if isinstance(g, dict)] if isinstance(given, list) else []
    out = []
    for index, entry in enumerate(service.template_inputs()):
        number_ = entry["input"]
        key = f"input_{number_}"
        match = next(
            (g for g in given if g.get("ssd_id") == entry["ssd_id"] and str(g.get("input")) == str(number_)), None
        )
        if match is None and index < len(given):
            match = given[index]
        data_id = match.get("id") if match else None
        entry = dict(entry)
        if not data_id:
            errors[key] = f"Input {number_} ({entry.get('title') or entry['file_type']}) needs a data item"
            out.append(entry)
            continue
        entry["id"] = str(data_id)
        data = state.db.get("data", str(data_id)) if is_uuid(data_id) else None
        if data is None or data.get("organisation_id") != org:
            errors[key] = f"Input {number_}: data item {data_id} not found"
        else:
            files = state.data_files(data["id"])
            if not files:
                errors[key] = f"Input {number_}: data item '{data['name']}' has no files"
            elif any("size" not in f for f in files):
                errors[key] = f"Input {number_}: data item '{data['name']}' is not analysed yet"
            elif any(f.get("error") for f in files):
                reason = next(f.get("error_message") for f in files if f.get("error"))
                errors[key] = f"Input {number_}: data item '{data['name']}' failed analysis: {reason}"
            else:
                expected = entry["file_type"]
                allowed = COMPATIBLE.get(expected, {expected})
                if files[0]["file_type"] not in allowed:
                    errors[key] = (
                        f"Input {number_}: expects {expected} but data item '{data['name']}' holds "
                        f"{files[0]['file_type']}"
                    )
        out.append(entry)
    return out


def _check_options(service: Any, given: Any, errors: dict[str, str]) -> list[dict[str, Any]]:
    values: dict[str, Any] = {}
    if isinstance(given, list):
        for option in given:
            if isinstance(option, dict) and isinstance(option.get("name"), str) and option["name"]:
                values[option["name"]] = option_value(option.get("value"))
    out = []
    for entry in service.template_options():
        entry = dict(entry)
        if entry["name"] in values:
            entry["value"] = values[entry["name"]]
        entry.setdefault("value", None)
        if entry.get("value") is None:
            if entry.get("required"):
                errors[entry["name"]] = f"{entry.get('title') or entry['name']} is required"
        out.append(entry)
    current = {o["name"]: o.get("value") for o in out}
    for name, message in service.validate(current).items():
        errors.setdefault(name, message)
    return out


def _check_dispatchers(given: Any, errors: dict[str, str]) -> list[dict[str, Any]]:
    cat = catalog()
    out = []
    for index, entry in enumerate(given if isinstance(given, list) else [], start=1):
        if not isinstance(entry, dict):
            continue
        definition = cat.get_dispatcher(entry.get("ssd_id")) or cat.get_dispatcher(entry.get("name"))
        if definition is None:
            errors[f"dispatcher_{index}"] = f"Dispatcher {index}: unknown dispatcher {entry.get('name')!r}"
            continue
        given_options = entry.get("options") if isinstance(entry.get("options"), list) else []
        values = {
            o["name"]: option_value(o.get("value"))
            for o in given_options
            if isinstance(o, dict) and isinstance(o.get("name"), str) and o["name"]
        }
        options = []
        for option in definition.template_options():
            option = dict(option)
            if option["name"] in values:
                option["value"] = values[option["name"]]
            option.setdefault("value", None)
            if option.get("value") is None:
                if option.get("required"):
                    errors[f"dispatcher_{index}.{option['name']}"] = (
                        f"Dispatcher {index} ({definition.name}): {option.get('title') or option['name']} is required"
                    )
            options.append(option)
        current = {o["name"]: o.get("value") for o in options}
        for name, message in definition.validate(current).items():
            errors.setdefault(f"dispatcher_{index}.{name}", f"Dispatcher {index} ({definition.name}): {message}")
        condition = current.get("condition")
        if condition:
            from sandbox import safe_eval

            problem = safe_eval.check_syntax(condition)
            if problem:
                errors[f"dispatcher_{index}.condition"] = (
                    f"Dispatcher {index} ({definition.name}): condition: {problem}"
                )
        record = definition.record()
        record["options"] = options
        record["dispatch_intermediate"] = bool(entry.get("dispatch_intermediate") in (True, "true", "True", 1))
        out.append(record)
    return out


def _schedule(fields: dict[str, Any], base: dict[str, Any], errors: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    run_type = fields.get("run_type", base.get("run_type") or "run_once")
    if run_type not in ("run_once", "run_schedule"):
        errors["run_type"] = "run_type must be run_once or run_schedule"
    out["run_type"] = run_type
    try:
        count = int(fields.get("repeat_count", base.get("repeat_count", 1)) or 0)
        if count < 0:
            raise ValueError
        if run_type == "run_once":
            count = 1
        out["repeat_count"] = count
    except (TypeError, ValueError):
        errors["repeat_count"] = "repeat_count must be a whole number of at least 0"
    start = parse_dt(fields["repeat_start"]) if fields.get("repeat_start") else parse_dt(base.get("repeat_start"))
    if fields.get("repeat_start") and start is None:
        errors["repeat_start"] = "repeat_start must be an ISO 8601 datetime"
    out["repeat_start"] = (start or utcnow()).isoformat()
    if fields.get("repeat_end"):
        end = parse_dt(fields["repeat_end"])
        if end is None:
            errors["repeat_end"] = "repeat_end must be an ISO 8601 datetime"
        elif start and end < start:
            errors["repeat_end"] = "repeat_end must not be before repeat_start"
        out["repeat_end"] = end.isoformat() if end else None
    else:
        out["repeat_end"] = None if "repeat_end" in fields else base.get("repeat_end")
    for key, allowed in (("repeat_gap", GAP_KEYS), ("repeat_offset", OFFSET_KEYS)):
        if key in fields:
            text, ok = _parse_json_string(fields[key], allowed)
            # The SDK echoes "relativedelta(days=+1)" / "1:00:00" once it has parsed a value: keep the stored one.
            out[key] = text if ok else base.get(key)
        else:
            out[key] = base.get(key)
    if run_type == "run_schedule" and out.get("repeat_count", 1) > 1 and not out.get("repeat_gap"):
        errors["repeat_gap"] = "repeat_gap is required when a schedule repeats"
    return out


def _raise(errors: dict[str, str]) -> None:
    if errors:
        text = "; ".join(f"{key}: {message}" for key, message in errors.items())
        raise ApiError(400, f"The process is not valid: {text}", {"errors": errors})


def price_of(service: Any, doc: dict[str, Any]) -> float:
    region = region_of(doc)
    area = 0.0
    if region is not None:
        from sandbox import analysis

        try:
            area = float(analysis.region_area_km2(region[0], region[1]))
        except Exception:
            area = 0.0
    options = {o["name"]: o.get("value") for o in doc.get("options") or []}
    return float(service.price(area, options))


def _build(org: str, fields: dict[str, Any], base: dict[str, Any], user: dict[str, Any]) -> dict[str, Any]:
    errors: dict[str, str] = {}
    merged = dict(base)
    merged.update({k: v for k, v in fields.items() if not k.startswith("_")})
    service = service_of(merged)
    name = merged.get("name")
    if not isinstance(name, str) or not name.strip():
        errors["name"] = "A process needs a name"
    doc = dict(base)
    doc.update(
        {
            "organisation_id": org,
            "ssd_id": service.ssd_id,
            "service_id": service.id,
            "name": name.strip() if isinstance(name, str) else name,
        }
    )
    doc["inputs"] = _check_inputs(org, service, merged.get("inputs"), errors)
    doc["options"] = _check_options(service, merged.get("options"), errors)
    doc["dispatchers"] = _check_dispatchers(merged.get("dispatchers"), errors)
    doc.update(_schedule(fields, base, errors))
    try:
        period = int(merged.get("output_storage_period") or user.get("default_output_storage_period") or 30)
        if not 1 <= period <= 365:
            raise ValueError
        doc["output_storage_period"] = period
    except (TypeError, ValueError):
        errors["output_storage_period"] = "output_storage_period must be between 1 and 365 days"
    _raise(errors)
    doc["chains"] = _chains(service, doc["inputs"], doc["options"])
    doc["price"] = price_of(service, doc)
    cost_problems = getattr(service, "cost_problems", None)
    if cost_problems is not None:
        _raise(cost_problems(Decimal(str(doc["price"])), {o["name"]: o.get("value") for o in doc["options"]}))
    doc["updated_at"] = now_iso()
    return doc


def create(org: str, fields: dict[str, Any], user: dict[str, Any]) -> dict[str, Any]:
    now = now_iso()
    base = {
        "id": new_id(),
        "created_at": now,
        "process_status": "draft",
        "process_status_at": now,
        "process_status_changed_by": user["id"],
        "test_run": False,
        "non_aggregator_count": 0,
        "aggregator_count": 0,
        "service_id": fields.get("service_id"),
        "ssd_id": fields.get("ssd_id"),
    }
    doc = _build(org, fields, base, user)
    S().db.put("process", doc["id"], doc, org_id=org)
    return doc


def _norm_inputs(value: Any) -> list[Any]:
    return [i.get("id") for i in value if isinstance(i, dict)] if isinstance(value, list) else []


def _norm_value(value: Any) -> Any:
    """Option values compared by meaning: "30" equals "30.0", "True" equals "true"."""
    text = option_value(value)
    if text is None:
        return None
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    try:
        return float(text)
    except ValueError:
        return text


def _norm_options(value: Any) -> dict[str, Any]:
    if not isinstance(value, list):
        return {}
    return {o["name"]: _norm_value(o.get("value")) for o in value if isinstance(o, dict) and o.get("name")}


def _norm_dispatchers(value: Any) -> list[Any]:
    if not isinstance(value, list):
        return []
    return [
        (
            d.get("ssd_id") or d.get("name"),
            _norm_options(d.get("options")),
            bool(d.get("dispatch_intermediate") in (True, "true", "True", 1)),
        )
        for d in value
        if isinstance(d, dict)
    ]


def _changed_beyond_schedule(doc: dict[str, Any], fields: dict[str, Any]) -> list[str]:
    changed = []
    if "inputs" in fields and _norm_inputs(fields["inputs"]) != _norm_inputs(doc.get("inputs")):
        changed.append("inputs")
    if "options" in fields:
        given = _norm_options(fields["options"])
        stored = _norm_options(doc.get("options"))
        if any(stored.get(k) != v for k, v in given.items()):
            changed.append("options")
    if "dispatchers" in fields and _norm_dispatchers(fields["dispatchers"]) != _norm_dispatchers(
        doc.get("dispatchers")
    ):
        changed.append("dispatchers")
    if "output_storage_period" in fields and fields["output_storage_period"] is not None:
        try:
            if int(fields["output_storage_period"]) != int(doc.get("output_storage_period") or 0):
                changed.append("output_storage_period")
        except (TypeError, ValueError):
            changed.append("output_storage_period")
    for key in ("service_id", "ssd_id"):
        if fields.get(key) and fields[key] != doc.get(key):
            changed.append(key)
    return changed


def update(doc: dict[str, Any], fields: dict[str, Any], user: dict[str, Any]) -> dict[str, Any]:
    """PATCH rules (docs/api-contract.md §6.7.5, 8.5): executing → nothing; stopped → name and schedule; draft → all."""
    status = doc.get("process_status")
    if status == "execute":
        raise ApiError(409, "The process cannot be modified while it is executing; stop it first")
    if status == "stop":
        changed = _changed_beyond_schedule(doc, fields)
        if changed:
            raise ApiError(
                409,
                "Only the name and schedule of a stopped process can be changed (not "
                + ", ".join(changed)
                + "); copy the process instead",
            )
        fields = {k: v for k, v in fields.items() if k in SCHEDULE_FIELDS}
    for key in (
        "id",
        "created_at",
        "process_status",
        "process_status_at",
        "price",
        "executions",
        "has_executions",
        "organisation_id",
    ):
        fields.pop(key, None)
    new = _build(doc["organisation_id"], fields, doc, user)
    with S().db.lock:
        current = S().db.get("process", doc["id"])
        if current is None:
            raise ApiError(404, "Process not found")
        if current.get("process_status") == "execute":
            raise ApiError(409, "The process cannot be modified while it is executing; stop it first")
        S().db.put("process", doc["id"], new)
    return new


def execute(doc: dict[str, Any], user: dict[str, Any]) -> dict[str, Any]:
    state = S()
    if doc.get("process_status") == "execute":
        raise ApiError(409, "The process is already executing")
    errors: dict[str, str] = {}
    service = service_of(doc)
    _check_inputs(doc["organisation_id"], service, doc.get("inputs"), errors)
    _raise(errors)
    price = float(doc.get("price") or 0)
    now = utcnow()
    run_type = doc.get("run_type") or "run_once"
    start = parse_dt(doc.get("repeat_start")) or now
    if run_type == "run_once" or start < now:
        start = now
    if int(doc.get("repeat_count") or 0) < 1:
        raise ApiError(
            400,
            "repeat_count: no repetitions remain; set repeat_count first",
            {"errors": {"repeat_count": "No repetitions remain"}},
        )
    prepaid = False
    if start <= now + timedelta(seconds=1):
        if not charge(doc["organisation_id"], price):
            raise ApiError(
                402,
                f"Insufficient credits: the process costs {number(price)} credits but the "
                f"organisation has {number(credits_of(doc['organisation_id']))}",
            )
        prepaid = True
    elif credits_of(doc["organisation_id"]) < price:
        raise ApiError(
            402,
            f"Insufficient credits: the process costs {number(price)} credits but the "
            f"organisation has {number(credits_of(doc['organisation_id']))}",
        )

    def change(d: dict[str, Any]) -> None:
        d.update(
            {
                "process_status": "execute",
                "process_status_at": now.isoformat(),
                "process_status_changed_by": user["id"],
                "repeat_start": start.isoformat(),
                "updated_at": now.isoformat(),
                "_next_run": start.timestamp(),
                "_prepaid": prepaid,
                "_run_id": None,
            }
        )
        if run_type == "run_once":
            d["repeat_count"] = 1

    new = state.db.update("process", doc["id"], change)
    state.engine.wake()
    return new or doc


def stop(doc: dict[str, Any], user: dict[str, Any]) -> dict[str, Any]:
    state = S()
    now = now_iso()

    def change(d: dict[str, Any]) -> None:
        d.update(
            {
                "process_status": "stop",
                "process_status_at": now,
                "process_status_changed_by": user["id"],
                "updated_at": now,
                "_next_run": None,
            }
        )

    new = state.db.update("process", doc["id"], change)
    state.engine.abort_process(doc["id"], "Stopped by user")
    return new or doc

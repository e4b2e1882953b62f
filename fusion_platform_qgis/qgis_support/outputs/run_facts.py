"""What made an output layer, as plain data: the facts its metadata, "Run details…" and "Compare with…" show.

Qt-free (tests/unit/test_run_facts.py). The loader records one JSON dict per layer (``fusion_platform/run_facts``)
built by :func:`build_facts` from the run it loaded and the run's context (:mod:`.run_context`: price, region,
organisation, schedule). Everything else reads that dict: the Metadata tab's lines (:func:`fact_rows`), the Run
details dialog (the same rows, JSON, and the SDK script through :func:`snippet_arguments` →
``python_snippet.process_snippet``, the process editor's "Copy as Python" code) and the comparison of two layers
(:func:`differences`).
"""

from __future__ import annotations

import json
from typing import Any, Callable, Optional

from ..runs.credits import Amount, number, to_float
from ..words.wording import english

Translate = Callable[..., str]
LINK_SCHEME = "fusion-platform"  # links back to the run: fusion-platform://execution/<id>, …://process/<id>


def build_facts(
    *,
    service: str,
    process: dict,
    execution: dict,
    options: Any,
    context: Optional[dict] = None,
    data_date: Optional[str] = None,
) -> dict:
    """The facts of one layer: what ran (service, options, region), when, for whom, and what it cost."""
    context = context or {}
    values = {str(o.get("name")): o.get("value") for o in (options or []) if isinstance(o, dict) and o.get("name")}
    run_price = to_float(context.get("price"))
    members = max(1, int(execution.get("group_count") or 1)) if execution.get("group_id") else 1
    return {
        "service": service,
        "service_id": str(process.get("service_id") or context.get("service_id") or ""),
        "ssd_id": str(context.get("ssd_id") or ""),
        "process_id": str(process.get("id") or ""),
        "process_name": str(process.get("name") or ""),
        "execution_id": str(execution.get("id") or ""),
        "group_id": str(execution.get("group_id") or ""),
        "group_count": members,
        "started_at": execution.get("started_at"),
        "ended_at": execution.get("ended_at"),
        "options": values,
        "region": [dict(entry) for entry in context.get("inputs") or [] if isinstance(entry, dict)],
        "run_price": run_price,
        "price": round(run_price / members, 2) if run_price is not None else None,
        "organisation_id": str(context.get("organisation_id") or execution.get("organisation_id") or ""),
        "organisation_name": str(context.get("organisation_name") or ""),
        "run_type": str(context.get("run_type") or ""),
        "data_date": data_date if context.get("run_type") == "run_schedule" else None,
    }


def load_facts(text: Any) -> dict:
    """A layer's stored facts (empty when it has none or they are broken)."""
    try:
        value = json.loads(str(text or ""))
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def region_text(facts: dict) -> str:
    parts = []
    for entry in facts.get("region") or []:
        name = entry.get("name") or "?"
        parts.append(f"{name} ({entry.get('data_id')})" if entry.get("data_id") else str(name))
    return "; ".join(parts)


def options_text(facts: dict) -> str:
    return ", ".join(f"{k}={v}" for k, v in (facts.get("options") or {}).items() if v not in (None, ""))


def price_text(facts: dict, tr: Translate = english, amount: Amount = None) -> str:
    if facts.get("price") is None:
        return ""
    if int(facts.get("group_count") or 1) > 1:
        return tr("{0} credits (this execution's share of {1} credits for a group of {2})").format(
            number(facts["price"], amount), number(facts.get("run_price"), amount), facts.get("group_count")
        )
    return tr("{0} credits").format(number(facts["price"], amount))


def fact_rows(
    facts: dict, tr: Translate = english, when: Callable[[Any], str] = str, amount: Amount = None
) -> list[tuple[str, str]]:
    """(label, value) rows, in reading order; empty values are left out; ``when`` writes dates and ``amount``
    credits in the user's locale."""
    organisation = facts.get("organisation_name") or ""
    if organisation and facts.get("organisation_id"):
        organisation = f"{organisation} ({facts['organisation_id']})"
    process = facts.get("process_name") or ""
    if facts.get("process_id"):
        process = f"{process} ({facts['process_id']})"
    rows = [
        (tr("Service"), str(facts.get("service") or "")),
        (tr("Options"), options_text(facts) or tr("defaults")),
        (tr("Region"), region_text(facts)),
        (tr("Price charged"), price_text(facts, tr, amount)),
        (tr("Organisation"), organisation),
        (tr("Process"), process),
        (tr("Execution"), str(facts.get("execution_id") or "")),
        (tr("Group"), str(facts.get("group_id") or "")),
        (tr("Data date"), when(facts["data_date"]) if facts.get("data_date") else ""),
        (tr("Started"), when(facts["started_at"]) if facts.get("started_at") else ""),
        (tr("Ended"), when(facts["ended_at"]) if facts.get("ended_at") else ""),
    ]
    return [(label, value) for label, value in rows if value]


def links(facts: dict, tr: Translate = english) -> list[tuple[str, str]]:
    """(name, url) links back to the run, opened by the plugin (gui/run_details.py registers the scheme)."""
    result = []
    if facts.get("execution_id"):
        result.append(
            (tr("Show the run in the Executions panel"), f"{LINK_SCHEME}://execution/{facts['execution_id']}")
        )
    if facts.get("process_id"):
        result.append(
            (tr("Show the process's runs in the Executions panel"), f"{LINK_SCHEME}://process/{facts['process_id']}")
        )
    return result


def parse_link(url: str) -> Optional[tuple[str, str]]:
    """``fusion-platform://execution/<id>`` → ("execution", id); None for any other address."""
    prefix = LINK_SCHEME + "://"
    if not str(url).startswith(prefix):
        return None
    kind, _, ident = str(url)[len(prefix) :].partition("/")
    return (kind, ident.strip("/")) if kind in ("execution", "process") and ident.strip("/") else None


def differences(a: dict, b: dict, tr: Translate = english) -> list[tuple[str, str, str]]:
    """What differs between the runs of two layers: (what, this run's value, the other's), options by name."""
    rows = []
    if (a.get("service") or "") != (b.get("service") or ""):
        rows.append((tr("Service"), str(a.get("service") or ""), str(b.get("service") or "")))
    options_a, options_b = a.get("options") or {}, b.get("options") or {}
    for name in sorted(set(options_a) | set(options_b)):
        left, right = options_a.get(name), options_b.get(name)
        if str(left if left is not None else "") != str(right if right is not None else ""):
            rows.append(
                (tr("Option {0}").format(name), "" if left is None else str(left), "" if right is None else str(right))
            )
    if region_text(a) != region_text(b):
        rows.append((tr("Region"), region_text(a), region_text(b)))
    if (a.get("data_date") or "") != (b.get("data_date") or ""):
        rows.append((tr("Data date"), str(a.get("data_date") or ""), str(b.get("data_date") or "")))
    return rows


def snippet_arguments(facts: dict) -> dict:
    """The keyword arguments of ``python_snippet.process_snippet`` (minus address and e-mail) that re-run it."""
    return {
        "organisation_id": str(facts.get("organisation_id") or ""),
        "service_ssd_id": str(facts.get("ssd_id") or ""),
        "service_name": str(facts.get("service") or ""),
        "process_name": str(facts.get("process_name") or ""),
        "inputs": [
            {"number": int(e.get("number") or 0), "data_id": e.get("data_id")}
            for e in facts.get("region") or []
            if e.get("number")
        ],
        "options": {k: str(v) for k, v in (facts.get("options") or {}).items() if v is not None},
    }


def facts_json(facts: dict) -> str:
    return json.dumps(facts, indent=2, sort_keys=True, default=str)

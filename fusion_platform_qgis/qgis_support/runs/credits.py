"""Credits as pure logic: may this run go, what the organisation spent, what each kind of balance is for.

Qt-free on purpose (tests/unit/test_credits.py). Sentences take the translation function ``tr`` as an argument, like
:mod:`.wording`, so pylupdate5 still files every literal ``tr("...")`` of this module under ``@default``.

Why the guard is a decision of its own: every door that executes (the process editor, "Run again", the Processes
dock, Processing) must show the same price and balance-after, ask above the same per-organisation threshold and
refuse what the balance cannot pay *before* the request reaches the platform; one function decides for all of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Callable, Optional

from ..words.wording import english

Translate = Callable[..., str]

# The balance kinds of the Credit model (docs/api-contract.md §6.3), in the order the Account dock explains them.
BALANCE_KINDS = ("any_credits", "runtime_any_credits", "cloud_storage_credits", "registry_storage_credits")


def to_float(value: Any) -> Optional[float]:
    try:
        return None if value is None or value == "" else float(value)
    except (TypeError, ValueError):
        return None


def number(value: Any, amount: Optional[Callable[[float], str]] = None) -> str:
    """Credits as text: whole numbers without decimals, others with two; ``amount`` formats them in the user's
    locale where the caller has one (``i18n.format_amount``: "10,000"), "–" when there is no number."""
    value = to_float(value)
    if value is None:
        return "–"
    if amount is not None:
        return amount(value)
    return f"{value:.0f}" if value == int(value) else f"{value:.2f}"


Amount = Optional[Callable[[float], str]]


@dataclass(frozen=True)
class Verdict:
    """What a door does with a run: ``go``, ``confirm`` (over the threshold), ``refuse`` (the balance cannot pay) or
    ``unknown`` (price or balance not read yet: the door waits)."""

    kind: str
    price: Optional[float]
    balance: Optional[float]
    threshold: Optional[float] = None

    @property
    def after(self) -> Optional[float]:
        if self.price is None or self.balance is None:
            return None
        return round(self.balance - self.price, 2)


def judge_run(price: Any, balance: Any, threshold: Any = None) -> Verdict:
    """The one credit decision of every Execute door.

    ``threshold``: the organisation's "ask before any run over N credits" (None or 0: never ask)."""
    amount, have, limit = to_float(price), to_float(balance), to_float(threshold)
    limit = limit if limit and limit > 0 else None
    if amount is None or have is None:
        return Verdict("unknown", amount, have, limit)
    if have < amount:
        return Verdict("refuse", amount, have, limit)
    if limit is not None and amount > limit:
        return Verdict("confirm", amount, have, limit)
    return Verdict("go", amount, have, limit)


def price_line(verdict: Verdict, tr: Translate = english, amount: Amount = None) -> str:
    """ "Price: 12 credits · balance after: 988 credits" (the price and what is left, always together)."""
    if verdict.price is None:
        return ""
    if verdict.after is None:
        return tr("Price: {0} credits").format(number(verdict.price, amount))
    return tr("Price: {0} credits · balance after: {1} credits").format(
        number(verdict.price, amount), number(verdict.after, amount)
    )


def refusal_text(verdict: Verdict, tr: Translate = english, amount: Amount = None) -> str:
    detail = tr("the run costs {0} credits but the organisation has {1}; nothing was sent to the platform.")
    return tr("Not enough credits: {0}").format(
        detail.format(number(verdict.price, amount), number(verdict.balance, amount))
    )


def confirmation_text(verdict: Verdict, name: str, tr: Translate = english, amount: Amount = None) -> str:
    return tr(
        "'{0}' costs {1} credits, more than the {2} credits you asked to confirm (Options ▸ Fusion Platform). "
        "The balance after it will be {3} credits. Run it?"
    ).format(name, number(verdict.price, amount), number(verdict.threshold, amount), number(verdict.after, amount))


def threshold_refusal_text(verdict: Verdict, tr: Translate = english, amount: Amount = None) -> str:
    """For a door that cannot ask (a Processing run): over the threshold means no."""
    return tr(
        "The run costs {0} credits, more than the {1} credits set in Options ▸ Fusion Platform for runs without "
        "confirmation. Raise the threshold or start it from the process editor. Nothing was run."
    ).format(number(verdict.price, amount), number(verdict.threshold, amount))


# ------------------------------------------------------------------------------------------------ thresholds
def threshold_of(thresholds: Any, organisation_id: str) -> Optional[float]:
    """The stored threshold of one organisation (``{org_id: {"name": ..., "threshold": N}}``), None when unset."""
    entry = (thresholds or {}).get(str(organisation_id)) if isinstance(thresholds, dict) else None
    value = to_float(entry.get("threshold")) if isinstance(entry, dict) else None
    return value if value and value > 0 else None


def with_organisation(thresholds: Any, organisation_id: str, name: str) -> dict:
    """The stored map with an organisation remembered (its name refreshed, its threshold kept)."""
    result = dict(thresholds) if isinstance(thresholds, dict) else {}
    entry = dict(result.get(str(organisation_id)) or {})
    entry["name"] = name
    entry.setdefault("threshold", 0)
    result[str(organisation_id)] = entry
    return result


# ------------------------------------------------------------------------------------------------ spend
def _month(value: Any) -> Optional[tuple[int, int]]:
    if isinstance(value, datetime):
        return value.year, value.month
    text = str(value or "")
    try:
        return int(text[0:4]), int(text[5:7])
    except ValueError:
        return None


def _back(year: int, month: int, count: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) - count
    return index // 12, index % 12 + 1


def monthly_spend(spend: Any, now: Optional[datetime] = None, months: int = 12) -> list[tuple[str, float]]:
    """The last ``months`` months (oldest first, this month last) as ``("YYYY-MM", credits)``, gaps as 0."""
    now = now or datetime.now(timezone.utc)
    totals: dict[tuple[int, int], float] = {}
    for entry in spend or []:
        if not isinstance(entry, dict):
            continue
        key, amount = _month(entry.get("month")), to_float(entry.get("credits"))
        if key is not None and amount is not None:
            totals[key] = totals.get(key, 0.0) + amount
    result = []
    for back in range(months - 1, -1, -1):
        year, month = _back(now.year, now.month, back)
        result.append((f"{year:04d}-{month:02d}", round(totals.get((year, month), 0.0), 2)))
    return result


def run_shares(process: dict) -> list[tuple[dict, float]]:
    """Each execution summary of a process (``process["executions"]``, docs/api-contract.md §6.7.4) with the credits it cost:
    a run costs the process's price; a grouped run's members share it (price / members of the group)."""
    price = to_float(process.get("price")) or 0.0
    entries = [e for e in process.get("executions") or [] if isinstance(e, dict)]
    members: dict[str, int] = {}
    for entry in entries:
        if entry.get("group_id"):
            group = str(entry["group_id"])
            members[group] = members.get(group, 0) + 1
    shares = []
    for entry in entries:
        member_of = entry.get("group_id")
        count = max(int(entry.get("group_count") or 0), members.get(str(member_of), 1)) if member_of else 1
        shares.append((entry, price / count))
    return shares


def runs_by_service(
    processes: Iterable[dict], service_names: dict, now: Optional[datetime] = None
) -> list[tuple[str, int, float]]:
    """This month's runs per service, ``(service name, runs, credits)``, the costliest first. A grouped run (its
    slices and aggregator) counts as one run; its members' shares add up to its price."""
    now = now or datetime.now(timezone.utc)
    totals: dict[str, tuple[set, list]] = {}
    for process in processes:
        name = str(service_names.get(str(process.get("service_id"))) or process.get("service_name") or "?")
        for index, (entry, share) in enumerate(run_shares(process)):
            if _month(entry.get("started_at")) != (now.year, now.month):
                continue
            runs, credits = totals.setdefault(name, (set(), [0.0]))
            runs.add((str(process.get("id")), str(entry.get("group_id") or f"#{index}")))
            credits[0] += share
    rows = [(n, len(runs), round(credits[0], 2)) for n, (runs, credits) in totals.items()]
    return sorted(rows, key=lambda row: (-row[2], row[0]))


# ------------------------------------------------------------------------------------------------ balance kinds
def balance_kinds(
    credit: dict, service_names: Optional[dict] = None, tr: Translate = english, amount: Amount = None
) -> list[str]:
    """Each kind of balance the organisation holds, in words (any_credits always; the others when not zero)."""
    service_names = service_names or {}
    lines = []
    words = {
        "any_credits": tr("{0} credits usable for anything (runs, storage)"),
        "runtime_any_credits": tr("{0} credits only for running services (any service)"),
        "cloud_storage_credits": tr("{0} credits only for keeping outputs in cloud storage"),
        "registry_storage_credits": tr("{0} credits only for storing service images in the registry"),
    }
    for kind in BALANCE_KINDS:
        value = to_float(credit.get(kind))
        if kind == "any_credits" or value:
            lines.append(words[kind].format(number(value or 0, amount)))
    for entry in credit.get("runtime_ssds") or []:
        if not isinstance(entry, dict) or not to_float(entry.get("credits")):
            continue
        names = ", ".join(str(service_names.get(str(s)) or s) for s in entry.get("ssds") or [])
        lines.append(tr("{0} credits only for running {1}").format(number(entry.get("credits"), amount), names or "?"))
    return lines

"""An organisation's credit: its balance, and charging a run's price atomically (with the month's spend)."""

from __future__ import annotations

from typing import Any

from sandbox.core import now_iso, utcnow
from sandbox.state import S


def credits_of(org: str) -> float:
    credit = S().db.get("credit", org) or {}
    return float(credit.get("any_credits") or 0)


def charge(org: str, amount: float) -> bool:
    """Deduct credits atomically; False (and nothing deducted) when the balance is short."""
    state = S()
    with state.db.lock:
        balance = credits_of(org)
        if balance < amount:
            return False
        month = utcnow().strftime("%Y-%m-01T00:00:00+00:00")

        def change(doc: dict[str, Any]) -> None:
            doc["any_credits"] = round(balance - amount, 2)
            spend = doc.setdefault("spend", [])
            entry = next((s for s in spend if s.get("month") == month), None)
            if entry is None:
                spend.append({"month": month, "credits": round(amount, 2)})
            else:
                entry["credits"] = round(float(entry["credits"]) + amount, 2)
            doc["updated_at"] = now_iso()

        state.db.update("credit", org, change)
    return True

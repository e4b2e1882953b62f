"""First-start content: the demo account and a second account in another organisation.

The demo user belongs to "Sandbox Organisation" (10000 credits, listed first and marked ``last``) and to
"Sandbox Research" (1000 credits), so clients can test switching organisations; other@example.com belongs
only to "Other Organisation" (for authorisation tests).

Seeding happens only when an account's e-mail is not in the database yet, so a password changed through
the API survives restarts (the environment's password is the initial one).
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from sandbox import auth
from sandbox.core import new_id, now_iso

if TYPE_CHECKING:
    from sandbox.state import Sandbox

ORG_ROLES = ["view_processing_chains", "create_and_execute_processing_chains", "manage_organisation"]


def _organisation(org_id: str, name: str, user: dict[str, Any]) -> dict[str, Any]:
    now = now_iso()
    return {
        "id": org_id,
        "created_at": now,
        "updated_at": now,
        "name": name,
        "address_line_1": "1 Sandbox Street",
        "address_line_2": None,
        "address_town_city": "Glasgow",
        "address_post_zip_code": "G1 1AA",
        "address_country": "GBR",
        "payment_customer": None,
        "income_customer": None,
        "income_tax_reference": None,
        "payment_valid": True,
        "income_valid": False,
        "income_tax_rate": 20,
        "currency": "GBP",
        "users": [{"id": user["id"], "email": user["email"], "roles": ORG_ROLES}],
        "agreed_licenses": [],
        "offers": [],
        "maximum_output_storage_period": 365,
        "maximum_file_downloads": 1000,
    }


# The demo organisation's spend in the months before the sandbox was made (the platform keeps this history in the
# Credit model's ``spend``; ``processes.charge`` adds each run to its month from then on), oldest first.
HISTORY = (42.5, 118.0, 64.0, 0.0, 96.0)


def _history() -> list[dict[str, Any]]:
    today = datetime.now(timezone.utc)
    spend = []
    for back, credits in zip(range(len(HISTORY), 0, -1), HISTORY):
        index = today.year * 12 + today.month - 1 - back
        if credits:
            spend.append({"month": f"{index // 12:04d}-{index % 12 + 1:02d}-01T00:00:00+00:00", "credits": credits})
    return spend


def _credit(org_id: str, credits: float, history: bool = False) -> dict[str, Any]:
    now = now_iso()
    return {
        "id": org_id,
        "created_at": now,
        "updated_at": now,
        "organisation_id": org_id,
        "any_credits": credits,
        "cloud_storage_credits": 250 if history else 0,
        "registry_storage_credits": 0,
        "runtime_any_credits": 0,
        "runtime_ssds": [],
        "spend": _history() if history else [],
    }


def _user(email: str, password: str, given: str, family: str, org_id: str) -> dict[str, Any]:
    now = now_iso()
    return {
        "id": new_id(),
        "created_at": now,
        "updated_at": now,
        "email": email,
        "given_name": given,
        "family_name": family,
        "telephone": None,
        "role": None,
        "default_output_storage_period": 30,
        "time_zone": "Europe/London",
        "locale": "en_GB",
        "units": "metric",
        "notification_service_status": ["email"],
        "notification_account": ["email"],
        "notification_processing_chain": ["email"],
        "notification_new_features": [],
        "notification_contact": [],
        "organisations": [{"id": org_id, "last": True}],
        "last_request_at": None,
        "_password": auth.hash_password(password),
    }


def seed(state: Sandbox) -> None:
    db = state.db
    cfg = state.cfg
    existing = {u["email"].lower() for u in db.list("user")}
    for email, password, given, family, org_name in (
        (cfg.email, cfg.password, "Demo", "User", "Sandbox Organisation"),
        (cfg.other_email, cfg.other_password, "Other", "User", "Other Organisation"),
    ):
        if email.lower() in existing:
            continue
        org_id = new_id()
        user = _user(email, password, given, family, org_id)
        if email == cfg.email:
            # A second membership so that clients can test switching organisations; the first stays "last".
            research_id = new_id()
            user["organisations"].append({"id": research_id, "last": False})
            db.put(
                "organisation", research_id, _organisation(research_id, "Sandbox Research", user), org_id=research_id
            )
            db.put("credit", research_id, _credit(research_id, 1000), org_id=research_id)
        db.put("user", user["id"], user)
        db.put("organisation", org_id, _organisation(org_id, org_name, user), org_id=org_id)
        db.put("credit", org_id, _credit(org_id, 10000, history=email == cfg.email), org_id=org_id)

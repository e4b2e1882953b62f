"""The credit guard every Execute door goes through, and the per-organisation thresholds it reads.

* Thresholds ("ask before any run over N credits") live in the plugin's settings as one JSON map
  ``{organisation id: {"name": ..., "threshold": N}}``; the Options page edits it, every organisation the user picks
  is remembered in it (so the page can list it by name).
* :func:`check_credits` is the worker-side half: it reads the balance just before the execute request and raises
  :class:`CreditRefusal` (a translated sentence) when the balance cannot pay, or when the run is over the threshold
  and nobody confirmed it. Doors that can ask (the process editor, the Processes dock) ask first on the main thread
  (gui/credit_prompt.py) and pass ``confirmed=True``; Processing cannot ask, so over the threshold it refuses.
  Either way a refused run never reaches the platform's execute endpoint.
"""

from __future__ import annotations

from typing import Any, Optional

from ..runs.credits import Verdict, judge_run, refusal_text, threshold_of, threshold_refusal_text, with_organisation
from ..session import settings as fp_settings
from ..words.i18n import format_amount, tr

SETTINGS_KEY = "credit_thresholds"


class CreditRefusal(RuntimeError):
    """A run the credit guard stopped before it reached the platform; ``str()`` is the translated reason."""

    def __init__(self, text: str, verdict: Verdict):
        super().__init__(text)
        self.verdict = verdict


def load_thresholds() -> dict:
    value = fp_settings.load_json(SETTINGS_KEY, {})
    return value if isinstance(value, dict) else {}


def save_thresholds(value: dict) -> None:
    fp_settings.save_json(SETTINGS_KEY, value)


def remember_organisation(organisation) -> None:
    """Keep the organisation's name beside its threshold (the Options page lists organisations by name)."""
    if organisation is None:
        return
    name = str(getattr(organisation, "name", "") or organisation.id)
    stored = load_thresholds()
    if (stored.get(str(organisation.id)) or {}).get("name") != name:
        save_thresholds(with_organisation(stored, str(organisation.id), name))


def threshold_for(organisation_id: Any) -> Optional[float]:
    return threshold_of(load_thresholds(), str(organisation_id or ""))


def balance_of(credit) -> Any:
    """The balance a run is paid from (the platform checks ``any_credits``, docs/api-contract.md §6.3)."""
    return getattr(credit, "any_credits", None) if credit is not None else None


def check_credits(organisation, price: Any, *, confirmed: bool, threshold: Any = "stored") -> Verdict:
    """Worker: read the balance now and refuse (:class:`CreditRefusal`) what must not reach the platform."""
    limit = threshold_for(organisation.id) if threshold == "stored" else threshold
    verdict = judge_run(price, balance_of(organisation.credit), limit)
    if verdict.kind == "refuse":
        raise CreditRefusal(refusal_text(verdict, tr, format_amount), verdict)
    if verdict.kind == "confirm" and not confirmed:
        raise CreditRefusal(threshold_refusal_text(verdict, tr, format_amount), verdict)
    return verdict

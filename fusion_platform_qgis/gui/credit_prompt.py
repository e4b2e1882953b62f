"""The main-thread half of the credit guard: what a door shows before Execute (qgis_support/credit_guard.py has
the worker half, which re-reads the balance and refuses before the execute request).

Every door that can ask (the process editor and "Run again" through it, the Processes dock) calls
:func:`may_run`: a run over the organisation's threshold needs a Yes to a question naming its price and the balance
after it; a run the balance cannot pay is refused with a clear message and never started.
"""

from __future__ import annotations

from typing import Any

from qgis.PyQt.QtWidgets import QMessageBox, QWidget

from ..qgis_support import credit_guard
from ..qgis_support.credits import Verdict, confirmation_text, judge_run, refusal_text
from ..qgis_support.i18n import format_amount, tr
from .ui import ask_yes_no


def verdict_for(organisation_id: Any, price: Any, balance: Any) -> Verdict:
    return judge_run(price, balance, credit_guard.threshold_for(organisation_id))


def may_run(parent: QWidget | None, verdict: Verdict, name: str) -> bool:
    """Main thread: True when the run may go (asking first above the threshold); a refusal is explained."""
    if verdict.kind == "refuse":
        QMessageBox.warning(parent, tr("Fusion Platform"), refusal_text(verdict, tr, format_amount))
        return False
    if verdict.kind == "confirm":
        return ask_yes_no(parent, confirmation_text(verdict, name, tr, format_amount), default_no=True)
    return True

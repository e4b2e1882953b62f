"""Change-password dialog: says what the new password still lacks while the user types.

The dialog only collects and checks; the caller sends the change in a QgsTask and reports the server's answer
through ``show_error`` (the dialog stays open so nothing typed is lost).
"""

from __future__ import annotations

import html

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox

from ..qgis_support.words.i18n import tr
from . import password_policy as policy
from .ui import load_form

FORM = load_form(__file__)


def rule_text(rule: str) -> str:
    return {
        policy.LENGTH: tr("at least {0} characters").format(policy.MIN_LENGTH),
        policy.UPPER: tr("an upper-case letter"),
        policy.LOWER: tr("a lower-case letter"),
        policy.DIGIT: tr("a digit"),
        policy.SYMBOL: tr("a symbol (for example ! or #)"),
    }[rule]


def policy_message(password: str) -> str:
    """One translated sentence: what is missing, or that the password is fine."""
    unmet = policy.unmet_rules(password)
    if not unmet:
        return tr("The new password meets the policy.")
    return tr("The new password needs {0}.").format(", ".join(rule_text(rule) for rule in unmet))


class PasswordDialog(QDialog):
    """OK emits ``submitted(old, new)`` and keeps the dialog open; the caller closes it once the server agreed."""

    submitted = pyqtSignal(str, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = FORM()
        self.ui.setupUi(self)
        self.setObjectName("fusion_platform_password_dialog")
        for line in (self.ui.line_old_password, self.ui.line_new_password, self.ui.line_confirm_password):
            line.textChanged.connect(self.update_state)
        self.ui.button_box.accepted.connect(self.submit)
        self.ui.button_box.rejected.connect(self.reject)
        self.update_state()

    @property
    def ok_button(self):
        return self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)

    def old_password(self) -> str:
        return self.ui.line_old_password.text()

    def new_password(self) -> str:
        return self.ui.line_new_password.text()

    def problem(self) -> str:
        """Why OK is disabled ("" when the input can be sent)."""
        new = self.new_password()
        if not self.old_password():
            return tr("Enter your current password.")
        if not policy.is_acceptable(new):
            return policy_message(new)
        if new != self.ui.line_confirm_password.text():
            return tr("The two new passwords differ.")
        if new == self.old_password():
            return tr("The new password must differ from the current one.")
        return ""

    def update_state(self) -> None:
        new = self.new_password()
        colour = "#1b7f2a" if policy.is_acceptable(new) else "#b00020"
        self.ui.label_policy.setText(f'<span style="color:{colour}">{html.escape(policy_message(new))}</span>')
        problem = self.problem()
        self.ui.label_error.setText(problem if new and problem != policy_message(new) else "")
        self.ok_button.setEnabled(not problem)

    def submit(self) -> None:
        if not self.problem():
            self.submitted.emit(self.old_password(), self.new_password())

    def show_error(self, text: str) -> None:
        self.ui.label_error.setText(text)

    def set_busy(self, busy: bool) -> None:
        for widget in (self.ui.line_old_password, self.ui.line_new_password, self.ui.line_confirm_password):
            widget.setEnabled(not busy)
        self.ok_button.setEnabled(not busy and not self.problem())

"""The Account dock's own details (name, telephone, e-mail notifications) and the password change: the password
dialog's request in a task, the remembered credentials in the QGIS auth database updated after it.

:class:`AccountProfile` is a part of :class:`.account_dock.AccountDock`: it owns the profile page's fields and the
password dialog, runs its calls through the dock's runner (busy bar, dropped after logout) and tells the dock
what to say through ``message``/``info`` and that the details were saved through ``saved``.
"""

from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QWidget

from ..qgis_support.session import connect, settings
from ..qgis_support.session.auth import Credentials
from ..qgis_support.session.plugin_state import PluginState
from ..qgis_support.words import messages
from ..qgis_support.words.i18n import tr
from .password_dialog import PasswordDialog

NOTIFICATION_FIELDS = (
    ("notification_service_status", "check_notify_service_status"),
    ("notification_account", "check_notify_account"),
    ("notification_processing_chain", "check_notify_processing_chain"),
    ("notification_new_features", "check_notify_new_features"),
    ("notification_contact", "check_notify_contact"),
)
EMAIL_CHANNEL = "email"


class AccountProfile(QObject):
    """The profile page (``line_given_name``… ``check_notify_*``, ``button_save_profile``,
    ``button_change_password`` in ``ui``) and the password dialog."""

    message = pyqtSignal(object)  # a messages.UserMessage to show
    info = pyqtSignal(str)  # a piece of good news
    saved = pyqtSignal()  # the user's details changed

    def __init__(
        self,
        ui: Any,
        state: PluginState,
        run: Callable[..., object],
        credential_box: Callable[[], Optional[connect.CredentialBox]],
        parent: QWidget,
    ):
        super().__init__(parent)
        self.ui = ui
        self.state = state
        self.run = run
        self.credential_box = credential_box
        self.parent_widget = parent
        self.password_dialog: Optional[PasswordDialog] = None
        ui.button_save_profile.clicked.connect(self.save_profile)
        ui.button_change_password.clicked.connect(self.open_password_dialog)

    # ------------------------------------------------------------------------------------------ profile
    def fill(self, user) -> None:
        self.ui.line_given_name.setText(user.given_name or "")
        self.ui.line_family_name.setText(user.family_name or "")
        self.ui.line_telephone.setText(user.telephone or "")
        for field, widget_name in NOTIFICATION_FIELDS:
            getattr(self.ui, widget_name).setChecked(EMAIL_CHANNEL in (getattr(user, field, None) or []))

    def profile_changes(self) -> dict:
        """The fields of the edit form, as ``user.update`` takes them (other channels are kept)."""
        user = self.state.user
        changes: dict[str, Any] = {
            "given_name": self.ui.line_given_name.text().strip(),
            "family_name": self.ui.line_family_name.text().strip(),
            "telephone": self.ui.line_telephone.text().strip() or None,
        }
        for field, widget_name in NOTIFICATION_FIELDS:
            channels = [c for c in (getattr(user, field, None) or []) if c != EMAIL_CHANNEL]
            if getattr(self.ui, widget_name).isChecked():
                channels.insert(0, EMAIL_CHANNEL)
            changes[field] = channels
        return changes

    def save_profile(self) -> None:
        user = self.state.user
        if user is None:
            return
        changes = self.profile_changes()
        if not changes["given_name"] or not changes["family_name"]:
            self.message.emit(messages.UserMessage(messages.INVALID, tr("Enter your given name and family name.")))
            return

        def work(task):
            user.update(**changes)
            return user

        def saved(updated) -> None:
            self.fill(updated)
            self.saved.emit()
            self.info.emit(tr("Your details were saved."))

        self.run(tr("Saving your details"), work, saved)

    # ------------------------------------------------------------------------------------------ password
    def open_password_dialog(self) -> PasswordDialog | None:
        if self.state.user is None:
            return None
        if self.password_dialog is not None and not sip.isdeleted(self.password_dialog):
            self.password_dialog.raise_()
            return self.password_dialog
        dialog = PasswordDialog(self.parent_widget)
        dialog.submitted.connect(self.change_password)
        dialog.finished.connect(self._password_dialog_closed)
        self.password_dialog = dialog
        dialog.show()
        return dialog

    def _password_dialog_closed(self, *_args) -> None:
        if self.password_dialog is not None:
            self.password_dialog.deleteLater()
        self.password_dialog = None

    def change_password(self, old: str, new: str) -> None:
        user = self.state.user
        dialog = self.password_dialog
        if user is None or dialog is None:
            return
        connection = self.state.connection
        if connection is None:
            return
        dialog.set_busy(True)

        def changed(_result) -> None:
            credentials = Credentials(self.ui.line_username.text().strip() or user.email, new)
            box = self.credential_box()
            if box is not None:
                box.update(credentials)
            stored = settings.load_connection(connection.name)
            if stored.authcfg:
                remembered = connect.remembered_credentials(stored)
                username = remembered.username if remembered else user.email
                connect.remember(stored, Credentials(username, new))
            if self.password_dialog is not None:
                self.password_dialog.accept()
            self.info.emit(tr("Your password was changed."))

        def failed(error: BaseException) -> None:
            if self.state.report_error(error):
                if self.password_dialog is not None and not sip.isdeleted(self.password_dialog):
                    self.password_dialog.close()
                return
            message = messages.describe_error(error, connection.url, messages.proxy_display())
            if self.password_dialog is not None and not sip.isdeleted(self.password_dialog):
                self.password_dialog.set_busy(False)
                self.password_dialog.show_error(message.text)
            else:
                self.message.emit(message)

        self.run(tr("Changing your password"), lambda task: user.change_password(old, new), changed, failed)

    def close_dialog(self) -> None:
        if self.password_dialog is not None and not sip.isdeleted(self.password_dialog):
            self.password_dialog.close()
        self.password_dialog = None

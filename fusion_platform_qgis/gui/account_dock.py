"""Account dock: choose a server, log in (optionally remembered in the QGIS auth database), see who is logged
in, pick the organisation, watch its credits, edit your details and change your password.

Every call runs in a QgsTask (``qgis_support.connect`` / ``tasks.run_task``); the dock shows a busy bar while one
runs and never waits on the network itself. Callbacks are guarded: once ``shutdown()`` ran (plugin unloading,
QGIS closing) or a newer login/logout superseded a call (``_generation``), late results are dropped instead of
touching deleted widgets or resurrecting a finished session.

Confirmations and the connection dialog go through ``confirm`` and ``ask_connection`` so tests can answer them
without a modal loop.
"""

from __future__ import annotations

from typing import Any, Callable

from qgis.core import Qgis
from qgis.PyQt import sip
from qgis.PyQt.QtWidgets import QApplication, QDialog

from ..qgis_support import connect, messages, settings
from ..qgis_support.auth import Credentials, auth_available
from ..qgis_support.i18n import format_amount, tr
from ..qgis_support.log import log_info, log_warning
from ..qgis_support.tasks import run_task
from .account_profile import AccountProfile
from .base_dock import FormDock
from .connection_dialog import ConnectionDialog
from .ui import ask_yes_no, load_form
from .widgets.spend_chart import SpendPanel


def format_credits(value: Any) -> str:
    """Credits in the user's locale, with its thousands separator (whole numbers without decimals)."""
    try:
        return format_amount(float(value))
    except (TypeError, ValueError):
        return "–"


class AccountDock(FormDock):
    FORM = load_form(__file__)
    OBJECT_NAME = "fusion_platform_account_dock"

    def __init__(self, state, parent=None):
        super().__init__(state, tr("Account"), parent)
        self._alive = True
        self._generation = 0  # bumped by every login/logout: results of older calls are dropped
        self._busy = 0
        self._release_busy: list = []
        self._tasks: list = []
        self._login_task = None
        self._organisations: list = []
        self._credential_box: connect.CredentialBox | None = None
        self._message: messages.UserMessage | None = None
        self.last_credit = None
        ui = self.ui
        # What was spent: the monthly chart, this month's runs by service, the balance kinds (gui/widgets/spend_chart)
        self.spend = SpendPanel(state, self._run, self)
        ui.layout_account.insertWidget(2, self.spend)
        self.profile = AccountProfile(ui, state, self._run, lambda: self._credential_box, self)
        self.profile.message.connect(self.show_message)
        self.profile.info.connect(self.show_info)
        self.profile.saved.connect(self._show_page)
        ui.button_login.clicked.connect(self.login)
        ui.line_password.returnPressed.connect(self.login)
        ui.button_cancel_login.clicked.connect(self.cancel_login)
        ui.button_logout.clicked.connect(self.logout)
        ui.button_forget.clicked.connect(self.forget_me)
        ui.button_refresh_credits.clicked.connect(self.refresh_credits)
        ui.button_new_connection.clicked.connect(self.new_connection)
        ui.button_edit_connection.clicked.connect(self.edit_connection)
        ui.button_remove_connection.clicked.connect(self.remove_connection)
        ui.button_copy_details.clicked.connect(self.copy_details)
        ui.button_ssl_settings.clicked.connect(self.open_ssl_settings)
        ui.button_dismiss_message.clicked.connect(self.clear_message)
        ui.combo_organisation.activated.connect(self._organisation_chosen)
        ui.combo_connection.currentIndexChanged.connect(self._connection_chosen)
        state.executions_changed.connect(self._executions_changed)
        state.session_expired.connect(self.on_session_expired)
        if not auth_available():
            ui.check_remember.setEnabled(False)
            ui.check_remember.setToolTip(tr("The QGIS authentication database is not available."))
        self.populate_connections(settings.current_connection_name())
        self._show_page()

    # ------------------------------------------------------------------------------------------ helpers
    def _usable(self) -> bool:
        return self._alive and not sip.isdeleted(self)

    def _guard(self, callback: Callable | None, generation: int | None) -> Callable:
        """Wrap a task callback: dropped after shutdown, or when a newer login/logout superseded it."""

        def guarded(value):
            if not self._usable():
                return
            if generation is not None and generation != self._generation:
                return
            if callback is not None:
                callback(value)

        return guarded

    def _run(
        self,
        description: str,
        work: Callable,
        on_success: Callable | None = None,
        on_error: Callable | None = None,
        session_bound: bool = True,
    ):
        """Run ``work(task)`` in a QgsTask with the busy bar; errors default to :meth:`show_error`."""
        generation = self._generation if session_bound else None
        release = self._acquire_busy()

        def done(callback):
            def finish(value):
                if not self._usable():
                    return
                release()
                self._guard(callback, generation)(value)

            return finish

        task = run_task(description, work, done(on_success), done(on_error or self.show_error))
        self._tasks = [t for t in self._tasks if not getattr(t, "done", False)] + [task]
        return task

    def _acquire_busy(self) -> Callable[[], None]:
        """Show the busy bar until the returned function is called (once; later calls do nothing)."""
        self._busy += 1
        self.ui.progress_busy.setVisible(True)
        self.state.push_busy()
        released: list[bool] = []

        def release() -> None:
            if released or not self._usable():
                return
            released.append(True)
            self._release_busy.remove(release)
            self._busy = max(0, self._busy - 1)
            self.ui.progress_busy.setVisible(self._busy > 0)
            self.state.pop_busy()

        self._release_busy.append(release)
        return release

    def _release_all_busy(self) -> None:
        for release in list(self._release_busy):
            release()

    @property
    def is_busy(self) -> bool:
        return self._busy > 0

    def current_connection(self) -> settings.Connection:
        name = self.ui.combo_connection.currentData() or settings.SANDBOX_CONNECTION
        return settings.load_connection(name)

    # ------------------------------------------------------------------------------------------ messages
    def show_message(self, message: messages.UserMessage, level=Qgis.MessageLevel.Warning) -> None:
        self._message = message
        self.ui.label_message.setText(message.text)
        self.ui.button_copy_details.setVisible(message.offers_copy)
        self.ui.button_ssl_settings.setVisible(message.offers_ssl_settings)
        self.ui.frame_message.setVisible(True)
        log = log_info if level in (Qgis.MessageLevel.Info, Qgis.MessageLevel.Success) else log_warning
        log(message.text)

    def show_info(self, text: str) -> None:
        self.show_message(messages.UserMessage("info", text), Qgis.MessageLevel.Info)

    def show_error(self, error: BaseException) -> None:
        connection = self.state.connection or self.current_connection()
        message = messages.describe_error(error, connection.url, messages.proxy_display())
        if message.kind == messages.CANCELLED:
            return
        if self.state.report_error(error):
            return  # the session expired: on_session_expired has asked the user to log in
        self.show_message(message)

    def on_session_expired(self) -> None:
        """Any dock's call found the session expired (the silent re-login failed): end it and ask to log in.

        Ends the session as "Log out" does (the remembered auth config stays, so the next QGIS start still
        reconnects), shows one message and puts the cursor in the login form."""
        if not self._usable():
            return
        self._end_session()
        self.show_message(messages.UserMessage(messages.EXPIRED, tr("Your session has expired: log in again.")))
        field = self.ui.line_password if self.ui.line_username.text() else self.ui.line_username
        field.setFocus()

    def clear_message(self) -> None:
        self._message = None
        self.ui.frame_message.setVisible(False)
        self.ui.label_message.clear()

    def message_text(self) -> str:
        return self.ui.label_message.text() if self.ui.frame_message.isVisibleTo(self) else ""

    def copy_details(self) -> None:
        clipboard = QApplication.clipboard()
        if self._message is not None and clipboard is not None:
            clipboard.setText(self._message.details or self._message.text)

    def open_ssl_settings(self) -> None:
        """QGIS's Options dialog on the Authentication page (certificate authorities, SSL server exceptions)."""
        self.iface.showOptionsDialog(self.iface.mainWindow(), "mOptionsPageAuth")

    def confirm(self, text: str) -> bool:
        """Ask a yes/no question (tests replace this method)."""
        return ask_yes_no(self, text)

    # ------------------------------------------------------------------------------------------ connections
    def populate_connections(self, select: str = "") -> None:
        combo = self.ui.combo_connection
        combo.blockSignals(True)
        combo.clear()
        for connection in settings.list_connections():
            combo.addItem(connection.name, connection.name)
            combo.setItemData(combo.count() - 1, connection.url, 3)  # Qt.ToolTipRole
        index = combo.findData(select)
        combo.setCurrentIndex(index if index >= 0 else max(0, combo.findData(settings.SANDBOX_CONNECTION)))
        combo.blockSignals(False)
        self._connection_chosen()

    def select_connection(self, name: str) -> None:
        index = self.ui.combo_connection.findData(name)
        if index >= 0:
            self.ui.combo_connection.setCurrentIndex(index)

    def _connection_chosen(self, *_args) -> None:
        connection = self.current_connection()
        settings.set_current_connection_name(connection.name)
        self.ui.check_remember.setChecked(bool(connection.authcfg))
        builtin = connection.builtin
        self.ui.button_edit_connection.setEnabled(not builtin and not self.state.is_connected)
        self.ui.button_remove_connection.setEnabled(not builtin and not self.state.is_connected)
        if connection.name == settings.SANDBOX_CONNECTION:
            hint = tr(
                "The local sandbox is a practice Fusion Platform on this computer ({0}) with synthetic data, "
                "for training and trying things out; nothing costs real credits. It must be running before you "
                "log in (the developers' 'make run' starts it). Demo account: demo@example.com."
            ).format(connection.url)
        else:
            hint = tr("Server: {0}").format(connection.url)
        self.ui.label_login_hint.setText(hint)

    def ask_connection(self, connection: settings.Connection | None) -> tuple[str, str] | None:
        """Show the connection dialog; (name, url) or None when cancelled (tests replace this method)."""
        names = [c.name for c in settings.list_connections()]
        dialog = ConnectionDialog(names, connection, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.name(), dialog.url()

    def new_connection(self) -> None:
        answer = self.ask_connection(None)
        if answer is None:
            return
        name, url = answer
        settings.save_connection(settings.Connection(name=name, url=url))
        self.populate_connections(name)

    def edit_connection(self) -> None:
        connection = self.current_connection()
        if connection.builtin:
            return
        answer = self.ask_connection(connection)
        if answer is None:
            return
        name, url = answer
        if name != connection.name:
            settings.remove_connection(connection.name)
        settings.save_connection(settings.Connection(name, url, connection.authcfg, connection.organisation_id))
        self.populate_connections(name)

    def remove_connection(self) -> None:
        connection = self.current_connection()
        if connection.builtin:
            return
        if not self.confirm(tr("Remove the connection '{0}' and its remembered credentials?").format(connection.name)):
            return
        connect.forget(connection)
        settings.remove_connection(connection.name)
        self.populate_connections(settings.SANDBOX_CONNECTION)

    # ------------------------------------------------------------------------------------------ login
    def login(self) -> None:
        if self.state.is_connected or self._login_running():
            return
        username = self.ui.line_username.text().strip()
        password = self.ui.line_password.text()
        if not username or not password:
            self.show_message(
                messages.UserMessage(messages.INVALID, tr("Enter your e-mail address (or user id) and your password."))
            )
            return
        self.clear_message()
        self._start_login(
            self.current_connection(),
            Credentials(username, password),
            remember=self.ui.check_remember.isChecked(),
            silent=False,
        )

    def start_silent_reconnect(self) -> bool:
        """Reconnect in the background from the remembered auth config (plugin start); False when none."""
        if self.state.is_connected or self._login_running():
            return False
        connection = self.current_connection()
        if not connection.authcfg or not auth_available():
            return False
        credentials = connect.remembered_credentials(connection)
        if credentials is None:
            return False
        self.ui.line_username.setText(credentials.username)
        self._start_login(connection, credentials, remember=False, silent=True)
        return True

    def _login_running(self) -> bool:
        return self._login_task is not None

    def _start_login(self, connection, credentials: Credentials, remember: bool, silent: bool) -> None:
        self._generation += 1
        generation = self._generation
        self._set_login_controls(running=True)
        release = self._acquire_busy()

        def finish(callback):
            def run(value):
                if not self._usable() or generation != self._generation:
                    # A login nobody waits for any more (cancelled, superseded, dock gone): close its session.
                    session = getattr(getattr(value, "user", None), "session", None)
                    if session is not None:
                        session.close()
                if not self._usable():
                    return
                release()
                if generation != self._generation:
                    return
                self._login_task = None
                self._set_login_controls(running=False)
                callback(value)

            return run

        def success(outcome: connect.LoginOutcome) -> None:
            if remember:
                try:
                    connect.remember(outcome.connection, credentials)
                except RuntimeError as exc:
                    self.show_message(
                        messages.UserMessage(
                            messages.INVALID,
                            tr("Logged in, but the credentials could not be remembered: {0}").format(exc),
                        )
                    )
            self._connected(outcome)

        def failure(error: BaseException) -> None:
            message = messages.describe_error(error, connection.url, messages.proxy_display())
            if message.kind == messages.CANCELLED:
                return
            if silent:
                message.text = tr("Could not reconnect to {0} automatically: {1}").format(connection.name, message.text)
            self.show_message(message)

        self._login_task = connect.start_login(connection, credentials, finish(success), finish(failure), silent=silent)
        self._tasks.append(self._login_task)

    def cancel_login(self) -> None:
        task = self._login_task
        if task is not None:
            task.cancel()
            self._generation += 1
            self._login_task = None
            self._release_all_busy()
            self._set_login_controls(running=False)

    def _set_login_controls(self, running: bool) -> None:
        for widget in (
            self.ui.line_username,
            self.ui.line_password,
            self.ui.check_remember,
            self.ui.button_login,
            self.ui.combo_connection,
        ):
            widget.setEnabled(not running)
        self.ui.check_remember.setEnabled(not running and auth_available())
        self.ui.button_cancel_login.setVisible(running)

    def _connected(self, outcome: connect.LoginOutcome) -> None:
        self._credential_box = outcome.credential_box
        self._organisations = list(outcome.organisations)
        self.ui.line_password.clear()
        self.state.set_connected(outcome.connection, outcome.user)
        self._fill_organisations(outcome.organisation)
        if outcome.organisation is not None:
            connect.remember_organisation(outcome.connection, str(outcome.organisation.id))
        self.state.set_organisation(outcome.organisation)
        self._show_credit(outcome.credit)
        self.profile.fill(outcome.user)
        self._show_page()
        log_info(tr("Connected to {0} as {1}.").format(outcome.connection.name, outcome.user.email))

    # ------------------------------------------------------------------------------------------ logout
    def _end_session(self) -> None:
        self._generation += 1
        for task in self._tasks:
            if not getattr(task, "done", False):
                task.cancel()
        self._tasks = []
        self._login_task = None
        self._release_all_busy()
        self._set_login_controls(running=False)
        if self._credential_box is not None:
            self._credential_box.clear()
        self._credential_box = None
        user = self.state.user
        if user is not None:
            self.ui.line_username.setText(user.email or "")
            try:
                user.session.close()
            except Exception:
                pass
        self._organisations = []
        self.last_credit = None
        if self.state.is_connected:
            self.state.set_disconnected()
        self._show_page()

    def logout(self) -> None:
        """Forget the session (the remembered credentials stay; "Forget me" removes them)."""
        self._end_session()
        self.clear_message()

    def forget_me(self) -> None:
        connection = self.state.connection or self.current_connection()
        self._end_session()
        connect.forget(settings.load_connection(connection.name))
        self.ui.check_remember.setChecked(False)
        self.ui.line_username.clear()
        self.show_info(tr("Logged out; the remembered credentials for {0} were removed.").format(connection.name))

    # ------------------------------------------------------------------------------------------ state hooks
    def on_connected(self, user) -> None:
        self._show_page()

    def on_disconnected(self) -> None:
        self._show_page()

    def _show_page(self) -> None:
        connected = self.state.is_connected
        self.ui.stacked_pages.setCurrentWidget(self.ui.page_account if connected else self.ui.page_login)
        self.ui.combo_connection.setEnabled(not connected and not self._login_running())
        self.ui.button_new_connection.setEnabled(not connected)
        builtin = self.current_connection().builtin
        self.ui.button_edit_connection.setEnabled(not connected and not builtin)
        self.ui.button_remove_connection.setEnabled(not connected and not builtin)
        user, connection = self.state.user, self.state.connection
        if user is not None and connection is not None:
            name = " ".join(p for p in (user.given_name, user.family_name) if p) or user.email
            self.ui.label_user.setText(tr("Logged in to {0} as {1} ({2}).").format(connection.name, name, user.email))
        else:
            self.ui.label_user.clear()
            self.ui.label_credits.setText("–")

    # ------------------------------------------------------------------------------------------ organisation
    def _fill_organisations(self, selected) -> None:
        combo = self.ui.combo_organisation
        combo.blockSignals(True)
        combo.clear()
        for organisation in self._organisations:
            combo.addItem(organisation.name or str(organisation.id), str(organisation.id))
        if selected is not None:
            combo.setCurrentIndex(max(0, combo.findData(str(selected.id))))
        combo.blockSignals(False)
        combo.setEnabled(len(self._organisations) > 1)

    def select_organisation(self, organisation_id: str) -> None:
        """Switch to another of the user's organisations (the picker's action)."""
        index = self.ui.combo_organisation.findData(str(organisation_id))
        if index < 0:
            return
        self.ui.combo_organisation.setCurrentIndex(index)
        self._organisation_chosen(index)

    def _organisation_chosen(self, index: int) -> None:
        connection = self.state.connection
        if not self.state.is_connected or connection is None or not (0 <= index < len(self._organisations)):
            return
        organisation = self._organisations[index]
        if self.state.organisation is not None and str(self.state.organisation.id) == str(organisation.id):
            return
        connect.remember_organisation(connection, str(organisation.id))
        self.state.set_organisation(organisation)
        self.ui.label_credits.setText("…")
        self.refresh_credits()

    # ------------------------------------------------------------------------------------------ credits
    def refresh_credits(self) -> None:
        organisation = self.state.organisation
        if organisation is None:
            return
        self._run(tr("Reading the organisation's credits"), lambda task: organisation.credit, self._credit_read)

    def _credit_read(self, credit) -> None:
        if self.state.organisation is None or str(credit.organisation_id) != str(self.state.organisation.id):
            return  # the user switched organisation meanwhile
        self._show_credit(credit)
        self.state.credits_changed.emit(credit)

    def _show_credit(self, credit) -> None:
        self.last_credit = credit
        self.spend.show_credit(credit)
        if credit is None:
            self.ui.label_credits.setText("–")
            return
        self.ui.label_credits.setText(tr("{0} credits").format(format_credits(credit.any_credits)))

    def _executions_changed(self) -> None:
        if self.state.is_connected:
            self.refresh_credits()

    # ------------------------------------------------------------------------------------------ lifecycle
    def shutdown(self) -> None:
        """Unload/QGIS closing: cancel running calls; late callbacks see ``_alive`` False and do nothing."""
        self._release_all_busy()
        self._alive = False
        self._generation += 1
        for task in self._tasks:
            if not getattr(task, "done", False):
                task.cancel()
        self._tasks = []
        if self._credential_box is not None:
            self._credential_box.clear()
        self.profile.close_dialog()
        for signal, slot in (
            (self.state.executions_changed, self._executions_changed),
            (self.state.session_expired, self.on_session_expired),
        ):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        super().shutdown()

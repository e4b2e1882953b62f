"""Add or edit a named Fusion Platform connection (name + API address), like QGIS's own connection dialogs.

Validation is a pure function (:func:`connection_problem`) so the rules are tested without a dialog; OK stays
disabled while the input is unusable, and the reason is shown under the fields.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox

from ..qgis_support.session import settings
from ..qgis_support.words.i18n import tr
from .ui import load_form

FORM = load_form(__file__)


def connection_problem(name: str, url: str, existing_names: list[str], original_name: str = "") -> str:
    """Why (name, url) cannot be saved, translated; "" when it can."""
    name = name.strip()
    url = url.strip()
    if not name:
        return tr("Enter a name for the connection.")
    if "/" in name or "\\" in name:
        return tr("A connection name cannot contain '/' or '\\'.")
    # Names are compared without case: QGIS keeps settings in the registry on Windows, where "Staging" and
    # "staging" are one group (and "fusion platform" would overwrite the built-in connection's login).
    key = settings.connection_name_key(name)
    renamed = key != settings.connection_name_key(original_name)
    builtin = next((b for b in settings.BUILTIN_CONNECTIONS if settings.connection_name_key(b) == key), None)
    if builtin is not None and renamed:
        return tr("'{0}' is a built-in connection; choose another name.").format(builtin)
    existing = next((e for e in existing_names if settings.connection_name_key(e) == key), None)
    if existing is not None and renamed:
        return tr("A connection named '{0}' already exists.").format(existing)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return tr("Enter the API address as http(s)://host[:port][/path].")
    if parts.query or parts.fragment:
        return tr("The API address cannot carry a query (?…) or fragment (#…).")
    if parts.username is not None or parts.password is not None:
        # The address is kept in QGIS's settings in clear text: credentials belong in the login form.
        return tr("The API address cannot contain a user name or password; enter them when you log in.")
    return ""


class ConnectionDialog(QDialog):
    def __init__(self, existing_names: list[str], connection: settings.Connection | None = None, parent=None):
        super().__init__(parent)
        self.ui = FORM()
        self.ui.setupUi(self)
        self.setObjectName("fusion_platform_connection_dialog")
        self.existing_names = list(existing_names)
        self.original_name = connection.name if connection else ""
        if connection is not None:
            self.ui.line_name.setText(connection.name)
            self.ui.line_url.setText(connection.url)
        self.ui.line_name.textChanged.connect(self.update_state)
        self.ui.line_url.textChanged.connect(self.update_state)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.update_state()

    def name(self) -> str:
        return self.ui.line_name.text().strip()

    def url(self) -> str:
        return self.ui.line_url.text().strip().rstrip("/")

    def problem(self) -> str:
        return connection_problem(self.name(), self.url(), self.existing_names, self.original_name)

    def update_state(self) -> None:
        problem = self.problem()
        self.ui.label_error.setText(problem)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

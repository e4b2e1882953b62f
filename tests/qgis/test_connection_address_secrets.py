"""Secrets never reach QGIS's settings (or anything else written in clear text)."""

from __future__ import annotations

import pytest

from .account_helpers import clean_settings_fixture  # noqa: F401 - fixture


@pytest.mark.parametrize(
    "url", ["https://me:s3cret@api.example.com", "https://me@api.example.com", "http://:s3cret@127.0.0.1:8788"]
)
def test_a_connection_address_with_credentials_is_refused(url):
    """The address is stored in clear text in QGIS's settings: a password typed into it would be kept there."""
    from fusion_platform_qgis.gui.connection_dialog import connection_problem

    problem = connection_problem("Mine", url, [])
    assert "password" in problem
    assert connection_problem("Mine", "https://api.example.com:8443/v1", []) == ""


def test_the_dialog_keeps_ok_disabled_and_nothing_is_saved(qgis_app, clean_settings, qtbot):
    from qgis.PyQt.QtWidgets import QDialogButtonBox

    from fusion_platform_qgis.gui.connection_dialog import ConnectionDialog

    dialog = ConnectionDialog([], None)
    qtbot.addWidget(dialog)
    dialog.ui.line_name.setText("Mine")
    dialog.ui.line_url.setText("https://me:s3cret@api.example.com")
    assert not dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "password" in dialog.ui.label_error.text()
    dialog.ui.line_url.setText("https://api.example.com")
    assert dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).isEnabled()

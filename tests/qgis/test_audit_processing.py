"""Audit: a Processing run that logs in by itself follows QGIS's network settings like the Account dock."""

from __future__ import annotations

from qgis.core import QgsSettings

from .account_helpers import clean_settings_fixture  # noqa: F401 - fixture

TIMEOUT_KEY = "qgis/networkAndProxy/networkTimeout"


def test_processing_login_uses_qgis_timeout_and_can_log_in_again(qgis_app, clean_settings, sandbox, monkeypatch):
    from fusion_platform_qgis.processing_provider.session import current_organisation
    from fusion_platform_qgis.qgis_support.network import QgisSession

    monkeypatch.setenv("FUSION_PLATFORM_EMAIL", sandbox.email)
    monkeypatch.setenv("FUSION_PLATFORM_PASSWORD", sandbox.password)
    monkeypatch.setenv("FUSION_PLATFORM_API_URL", sandbox.url)
    settings = QgsSettings()
    saved = settings.value(TIMEOUT_KEY)
    settings.setValue(TIMEOUT_KEY, 33000)
    try:
        organisation = current_organisation(None)
    finally:
        if saved is None:
            settings.remove(TIMEOUT_KEY)
        else:
            settings.setValue(TIMEOUT_KEY, saved)
    session = organisation.session
    assert isinstance(session.http, QgisSession)  # QGIS's proxy and CAs
    assert session.timeout == (10.0, 33.0)  # QGIS's network timeout, not the client's default
    assert session.credential_supplier is not None  # an expired session logs in again during a long run
    assert sandbox.password not in repr(session.credential_supplier)


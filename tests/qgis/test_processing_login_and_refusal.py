"""Processing on its own: it logs in following QGIS's network settings like the Account dock, and tells a refusal in the
user's language."""

from __future__ import annotations

from qgis.core import QgsSettings

from .account_helpers import clean_settings_fixture  # noqa: F401 - fixture

TIMEOUT_KEY = "qgis/networkAndProxy/networkTimeout"


def test_processing_login_uses_qgis_timeout_and_can_log_in_again(qgis_app, clean_settings, sandbox, monkeypatch):
    from fusion_platform_qgis.processing_provider.session import current_organisation
    from fusion_platform_qgis.qgis_support.session.network import QgisSession

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


def test_a_refused_run_reports_a_translated_reason(qgis_processing, connected_state, qtbot, sandbox, tmp_path):
    """The platform's refusal reaches the Processing log as the plugin's translated wording, not str(error)."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer

    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.processing_provider import definitions
    from fusion_platform_qgis.processing_provider.provider import FusionPlatformProvider
    from fusion_platform_qgis.qgis_support.words.i18n import install_translator, remove_translator

    definitions.save_cached([])
    provider = FusionPlatformProvider(connected_state)
    connected_state.set_organisation(connected_state.organisation)
    qtbot.waitUntil(lambda: provider._task is not None and provider._task.done, timeout=60000)
    provider.refreshAlgorithms()
    org_id = str(connected_state.organisation.id)
    balance = float(connected_state.organisation.credit.any_credits)
    sandbox.admin("POST", "credits", {"organisation_id": org_id, "credits": 0})
    translator = install_translator("fr")
    try:
        algorithm = provider.algorithm("elevation_sandbox").create()
        region = QgsVectorLayer(fusion_platform.EXAMPLE_GLASGOW_FILE, "glasgow", "ogr")
        feedback = QgsProcessingFeedback()
        _results, ok = algorithm.run(
            {"INPUT_1": region, "resolution": 100, "OUTPUT_FOLDER": str(tmp_path)}, QgsProcessingContext(), feedback
        )
        assert not ok
        assert "Crédits insuffisants : " in feedback.textLog(), feedback.textLog()
    finally:
        remove_translator(translator)
        sandbox.admin("POST", "credits", {"organisation_id": org_id, "credits": balance})
        provider.detach()

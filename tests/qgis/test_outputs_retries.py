"""Output downloads ride out brief storage errors (503/429, refused connections) with the session's back-off, as
the Data dock's transfers do; a missing download address is reported in the user's language."""

from __future__ import annotations

from pathlib import Path

import pytest

from .outputs_helpers import WAIT, executions_dock, finished_process, outputs_state  # noqa: F401 - fixtures "dock", "state"
from .test_outputs_loading import run_of

pytestmark = pytest.mark.timeout(300)


def test_output_download_retries_storage_503(qgis_iface, qgis_new_project, qtbot, dock, state, sandbox):
    from qgis.core import Qgis, QgsRasterLayer

    import fusion_platform_qgis.api as fusion_platform

    qgis_iface.messageBar().clear_messages()
    process = finished_process(
        state.organisation, "Retried elevation", "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE
    )
    run = run_of(dock, qtbot, process.id)
    sandbox.admin(
        "POST", "faults", {"rules": [{"path": "^/files/download/", "method": "GET", "status": 503, "count": 2}]}
    )
    sandbox.admin("DELETE", "stats")
    loaded = []
    dock.outputs_loaded.connect(loaded.append)
    try:
        dock.load_outputs(run)
        qtbot.waitUntil(lambda: not dock.outputs_loader.tasks, timeout=WAIT)  # loaded or failed
    finally:
        sandbox.admin("DELETE", "faults")
    assert loaded, qgis_iface.messageBar().get_messages(Qgis.Critical)
    loader = loaded[0]
    downloads = sum(n for key, n in sandbox.admin("GET", "stats")["requests"].items() if "/files/download/" in key)
    assert downloads >= 3  # two refused GETs, then the one that worked
    rasters = [layer for layer in loader.layers if isinstance(layer, QgsRasterLayer)]
    assert rasters and all(layer.isValid() for layer in rasters)
    folder = Path(rasters[0].source()).parent.parent
    assert (folder / "manifest.json").is_file() and not list(folder.rglob("*.part"))


class NoAddressSession:
    """The real session, except that the platform answers a download request without a signed URL (a fault
    the sandbox cannot inject: it only changes statuses)."""

    def __init__(self, session):
        self._session = session

    def __getattr__(self, name):
        return getattr(self._session, name)

    def request(self, method, path, *args, **kwargs):
        answer = self._session.request(method, path, *args, **kwargs)
        if "/download_file/" in path:
            return {**answer, "extras": {}}
        return answer


def test_missing_download_address_is_translated(qgis_app, state, tmp_path):
    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.qgis_support.outputs import downloads as outputs
    from fusion_platform_qgis.qgis_support.words.i18n import install_translator, remove_translator

    process = finished_process(
        state.organisation, "Addressless elevation", "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE
    )
    session = state.user.session
    org = str(state.organisation.id)
    execution = session.request("GET", f"/organisations/{org}/processes/{process.id}/executions")["list"][0]
    translator = install_translator("fr")
    try:
        with pytest.raises(RuntimeError) as raised:
            outputs.download_execution(
                NoAddressSession(session), org, execution, {"id": str(process.id), "name": process.name}, str(tmp_path)
            )
    finally:
        remove_translator(translator)
    assert str(raised.value).startswith("La Fusion Platform n'a donné aucune adresse de téléchargement pour "), str(
        raised.value
    )

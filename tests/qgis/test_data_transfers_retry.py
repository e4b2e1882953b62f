"""Signed-URL transfers of the Data dock (download, "Add to map", preview) ride out brief storage errors
with the client's back-off, like every API call does — a 503 from the storage used to fail them at once."""

from __future__ import annotations

from .data_helpers import WAIT_MS
from .test_data_dock import dock, item, select  # noqa: F401 - fixtures


def _faults(sandbox, path: str, count: int) -> None:
    sandbox.admin("POST", "faults", {"rules": [{"path": path, "method": "GET", "status": 503, "count": count}]})


def test_download_retries_a_storage_503(dock, item, qtbot, tmp_path, sandbox):  # noqa: F811
    import fusion_platform_qgis.api as fusion_platform

    select(qtbot, dock, item)
    dock.questions.ask_folder = lambda title: str(tmp_path)
    _faults(sandbox, "/files/download/", 2)
    try:
        dock.ui.button_download.click()
        qtbot.waitUntil(
            lambda: dock.ui.frame_message.isVisibleTo(dock) and not [t for t in dock.tasks if not t.done],
            timeout=WAIT_MS,
        )
    finally:
        sandbox.admin("DELETE", "faults", None)
    assert "Downloaded 1 file" in dock.ui.label_message.text(), dock.ui.label_message.text()
    found = list(tmp_path.rglob("*.geojson"))
    assert len(found) == 1 and not list(tmp_path.rglob("*.part"))
    assert found[0].read_bytes() == open(fusion_platform.EXAMPLE_GLASGOW_FILE, "rb").read()


def test_preview_retries_a_storage_503(dock, item, qtbot, sandbox):  # noqa: F811
    dock.details.previews.clear()
    _faults(sandbox, "/files/preview/", 1)
    try:
        select(qtbot, dock, item)
        qtbot.waitUntil(
            lambda: (
                dock.details.preview_shown_for == str(item.id)
                or dock.ui.label_preview.text() == "No preview"
                and not [t for t in dock.tasks if not t.done]
            ),
            timeout=WAIT_MS,
        )
    finally:
        sandbox.admin("DELETE", "faults", None)
    assert dock.details.preview_shown_for == str(item.id)

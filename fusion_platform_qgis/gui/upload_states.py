"""How the Data dock shows an item whose upload is unfinished: interrupted (resume it or delete it), incomplete, or
still being analysed, instead of "0 B" and "Being analysed…" forever. The decisions are in
``qgis_support/runs/interrupted.py`` (Qt-free) and ``qgis_support/data/uploads.py`` (the journal); this is the dock's view.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from typing import Optional

from qgis.core import QgsApplication
from qgis.PyQt import sip
from qgis.PyQt.QtWidgets import QTreeWidgetItem

from ..qgis_support.data import uploads
from ..qgis_support.runs import interrupted
from ..qgis_support.toolbelt.tasks import run_task
from ..qgis_support.words.i18n import tr

UNFINISHED = (interrupted.INTERRUPTED, interrupted.INCOMPLETE, interrupted.UPLOADING, interrupted.ANALYSING)


def _records(files: Optional[list]) -> Optional[list[dict]]:
    return None if files is None else [f.attributes for f in files]


def mark_item(item: QTreeWidgetItem, data_id: str, files: Optional[list]) -> str:
    """Show an unfinished upload's state in the row's size column (with a warning icon when it needs the user);
    returns the state."""
    state, _entry = uploads.upload_state(data_id, _records(files))
    if state in UNFINISHED:
        item.setText(2, interrupted.state_text(state, tr))
        item.setToolTip(2, interrupted.state_hint(state, True, tr) or interrupted.state_text(state, tr))
        item.setToolTip(0, item.toolTip(2))
        if state in (interrupted.INTERRUPTED, interrupted.INCOMPLETE):
            item.setIcon(0, QgsApplication.getThemeIcon("/mIconWarning.svg"))  # seen however narrow the dock
    return state


def file_text(data_id: str, files: list, record: dict) -> str:
    """What the details pane says of a file without a size: its item's upload state when that is interrupted or
    incomplete, else the file's own (being analysed, or incomplete after a long wait)."""
    state, _entry = uploads.upload_state(data_id, _records(files))
    if state not in (interrupted.INTERRUPTED, interrupted.INCOMPLETE):
        state = interrupted.file_state(record, datetime.now(timezone.utc))
    return interrupted.state_text(state, tr)


def offer(messages, uploader, data, files: Optional[list]) -> None:
    """The selected item is an interrupted or incomplete upload: say so in the dock's message panel
    (``messages``: its DataMessages), with "Resume upload" when its file or layer is still there (``uploader``
    sends it again and the item is replaced, not doubled); the Delete button removes it. Whether the file is still
    there is looked at in a task (the disk, never on the main thread)."""
    state, entry = uploads.upload_state(str(data.id), _records(files))
    if state not in (interrupted.INTERRUPTED, interrupted.INCOMPLETE):
        return
    path = str(((entry or {}).get("source") or {}).get("path") or "")
    if not path:
        _show(messages, uploader, state, uploads.resume_params(entry) if entry is not None else None)
        return
    run_task(
        tr("Looking for the file of an interrupted upload"),
        lambda task: os.path.isfile(path),
        lambda exists: _show(messages, uploader, state, uploads.resume_params(entry, lambda _path: bool(exists))),
        lambda error: _show(messages, uploader, state, None),
        silent=True,
    )


def _show(messages, uploader, state: str, params: Optional[dict]) -> None:
    if sip.isdeleted(uploader):
        return
    fix = (lambda: uploader.launch(params)) if params is not None else None
    messages.show_inline(interrupted.state_hint(state, params is not None, tr), tr("Resume upload"), fix)

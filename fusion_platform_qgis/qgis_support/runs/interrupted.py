"""Work that a killed QGIS leaves unfinished: uploads the platform never confirmed and outputs half-downloaded.

Qt-free on purpose (unit-tested without QGIS): the decisions live here, the plugin keeps the lists in its
QgsSettings group (:func:`.uploads.upload_journal`, :func:`.outputs.loads_journal`) and shows them in the docks.

* **Uploads.** An upload is remembered (:class:`Journal`) from the moment its data item exists on the platform
  until the platform confirms it (every file analysed, with a size) or it is removed; an entry holds only ids,
  names, sizes, the connection's address and where the bytes came from (a file path or a layer id), never a URL
  with a signature or a token. After a restart an entry whose upload no longer runs is *interrupted*: the docks
  offer to resume it (from the same file or layer, if still there) or to remove the item. A file that never got a
  size and that no journal explains (another tool's upload, or a journal lost with its profile) is *incomplete*
  once it has stayed so for :data:`STALE_SECONDS`, rather than "being analysed" forever. Uploading the same source
  under the same name again replaces the interrupted item instead of making a second one beside it.
* **Loads.** A run whose outputs are being downloaded is remembered until they are on the map, cancelled or
  failed; after a restart it is offered again (or loaded, with automatic loading on) once the run is listed, and
  the partial files of a run the user no longer wants are removed.
"""

from __future__ import annotations

import threading
from datetime import datetime, timezone
from typing import Any, Callable, Optional

from ..words.wording import Translate, english, parse_timestamp

STALE_SECONDS = 15 * 60  # a file without a size for this long, with no upload explaining it, is incomplete

# what a data item is, as far as its upload goes
READY = "ready"
UPLOADING = "uploading"  # this session is sending its bytes
ANALYSING = "analysing"  # the bytes arrived (or may still arrive), the platform has not measured them yet
INTERRUPTED = "interrupted"  # an upload of ours that a closed or killed QGIS left unfinished
INCOMPLETE = "incomplete"  # a file that never got a size, and nothing says an upload is still under way
FAILED = "failed"  # the platform analysed it and found an error


class Journal:
    """A list of JSON objects with a key field, read and written through ``load``/``save`` on every change.

    Why not kept in memory: the whole point is to survive a killed process, so each change is written at once
    (QgsSettings in the plugin; the plugin's ``save`` also syncs it to disk). A lock makes the read-change-write
    of worker threads (an upload's task) and the main thread safe within one process."""

    def __init__(self, load: Callable[[], Any], save: Callable[[list], None], key: str):
        self._load = load
        self._save = save
        self._key = key
        self._lock = threading.Lock()

    def entries(self) -> list[dict]:
        value = self._load()
        return [dict(e) for e in value if isinstance(e, dict) and e.get(self._key)] if isinstance(value, list) else []

    def get(self, key: str) -> Optional[dict]:
        return next((e for e in self.entries() if str(e[self._key]) == str(key)), None)

    def put(self, entry: dict) -> None:
        with self._lock:
            kept = [e for e in self.entries() if str(e[self._key]) != str(entry[self._key])]
            self._save([*kept, dict(entry)])

    def drop(self, key: str) -> Optional[dict]:
        with self._lock:
            entries = self.entries()
            dropped = next((e for e in entries if str(e[self._key]) == str(key)), None)
            if dropped is not None:
                self._save([e for e in entries if str(e[self._key]) != str(key)])
            return dropped


# ------------------------------------------------------------------------------------------------------- uploads
def upload_entry(
    data_id: str,
    organisation_id: str,
    api_url: str,
    name: str,
    file_type: str,
    source: Optional[dict],
    files: list[tuple[str, int]],
    now: Optional[datetime] = None,
) -> dict:
    """What is remembered of an upload under way (ids, names and sizes; no URL with a signature, no token)."""
    return {
        "data_id": str(data_id),
        "organisation_id": str(organisation_id),
        "api_url": api_url.split("?", 1)[0].rstrip("/"),
        "name": name,
        "file_type": file_type,
        "source": dict(source or {}),
        "files": [{"name": n, "size": int(s)} for n, s in files],
        "started_at": (now or datetime.now(timezone.utc)).isoformat(),
    }


def file_source(path: str) -> dict:
    return {"kind": "file", "path": path}


def layer_source(layer_id: str, layer_name: str, selected_only: bool = False) -> dict:
    return {"kind": "layer", "layer_id": layer_id, "layer_name": layer_name, "selected_only": bool(selected_only)}


def same_upload(entry: dict, organisation_id: str, api_url: str, source: Optional[dict], name: str) -> bool:
    """Whether uploading ``source`` as ``name`` again repeats the interrupted upload ``entry`` (same place too)."""
    if not source or entry.get("name") != name or str(entry.get("organisation_id")) != str(organisation_id):
        return False
    if entry.get("api_url") != api_url.split("?", 1)[0].rstrip("/"):
        return False
    mine, theirs = entry.get("source") or {}, source
    keys = ("kind", "path") if theirs.get("kind") == "file" else ("kind", "layer_id", "selected_only")
    return all(mine.get(k) == theirs.get(k) for k in keys)


def file_state(file: dict, now: datetime) -> str:
    """One file's state from its wire record: analysed, failed, or waiting for a size (for how long decides)."""
    if file.get("error"):
        return FAILED
    if "size" in file and file.get("size") is not None:
        return READY
    since = parse_timestamp(file.get("updated_at") or file.get("created_at"))
    if isinstance(since, datetime):
        if since.tzinfo is None:
            since = since.replace(tzinfo=timezone.utc)
        if (now - since).total_seconds() >= STALE_SECONDS:
            return INCOMPLETE
    return ANALYSING


def item_state(files: Optional[list[dict]], entry: Optional[dict], uploading: bool, now: datetime) -> str:
    """A data item's state as far as its upload goes.

    ``entry``: the journal's record of our upload of it (None when none); ``uploading``: this session is still
    sending its bytes. ``files`` None means not listed yet: only the journal and the session can tell then."""
    if uploading:
        return UPLOADING
    if files is None:
        return INTERRUPTED if entry is not None else READY
    states = [file_state(f, now) for f in files]
    if any(s == FAILED for s in states):
        return FAILED
    if all(s == READY for s in states):
        return READY
    if entry is not None and not entry.get("sent"):
        return INTERRUPTED
    return INCOMPLETE if any(s == INCOMPLETE for s in states) else ANALYSING


def state_text(state: str, tr: Translate = english) -> str:
    """What the docks and the Browser show for a data item in ``state`` (empty for a ready one)."""
    texts = {
        UPLOADING: tr("Uploading…"),
        ANALYSING: tr("Being analysed…"),
        INTERRUPTED: tr("Upload interrupted"),
        INCOMPLETE: tr("Incomplete: its upload never finished"),
        FAILED: tr("Analysis failed"),
    }
    return texts.get(state, "")


def state_hint(state: str, can_resume: bool, tr: Translate = english) -> str:
    """The sentence that says what to do about an unfinished item."""
    if state == INTERRUPTED and can_resume:
        return tr(
            "The upload of this item was interrupted (QGIS closed before it finished). Resume it, or delete the item."
        )
    if state == INTERRUPTED:
        return tr(
            "The upload of this item was interrupted and its file or layer is no longer there: delete the item and "
            "upload it again."
        )
    if state == INCOMPLETE:
        return tr("This item's file never arrived completely on the platform: delete it and upload it again.")
    return ""


def confirmed(files: list[dict]) -> bool:
    """The platform has confirmed the upload (every file analysed, or found faulty): the journal can let go."""
    return all(file_state(f, datetime.now(timezone.utc)) in (READY, FAILED) for f in files)


def resumable(entry: dict, file_exists: Callable[[str], bool], layer_exists: Callable[[str], bool]) -> bool:
    """Whether the bytes of an interrupted upload can be sent again: its file, or its layer, is still there."""
    source = entry.get("source") or {}
    if source.get("kind") == "file":
        return bool(source.get("path")) and file_exists(str(source["path"]))
    if source.get("kind") == "layer":
        return bool(source.get("layer_id")) and layer_exists(str(source["layer_id"]))
    return False


# ------------------------------------------------------------------------------------------------------- loads
def load_entry(key: str, organisation_id: str, api_url: str, process: dict, executions: list[dict]) -> dict:
    """A run whose outputs are being downloaded: enough to list it again and find its folder."""
    return {
        "key": key,
        "organisation_id": str(organisation_id),
        "api_url": api_url.split("?", 1)[0].rstrip("/"),
        "process": {"id": str(process.get("id") or ""), "name": process.get("name") or ""},
        "executions": [str(e.get("id")) for e in executions if e.get("id")],
    }


def loads_to_offer(entries: list[dict], listed_keys: set, organisation_id: str, api_url: str) -> list[dict]:
    """The interrupted loads of this organisation and connection whose run the dock now lists."""
    url = api_url.split("?", 1)[0].rstrip("/")
    return [
        e
        for e in entries
        if e.get("key") in listed_keys and str(e.get("organisation_id")) == str(organisation_id) and e["api_url"] == url
    ]

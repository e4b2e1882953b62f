"""Local names of downloaded outputs that fit Windows' 259-character paths (Qt-free, tested in tests/unit).

Why: QGIS on Windows does not enable long paths, so a path over 259 UTF-16 units fails (``[WinError 3]``,
``[WinError 206]``) or is silently renamed. An execution's files live in
``<download folder>\\<process>\\<execution id>\\NN_<component>\\NN_<file>`` (+ ``.part`` while they arrive), a
group's mosaics in ``<download folder>\\<process>\\group_<id>\\<name>_N_N_mosaic.vrt`` (+ ``.part.vrt``). Each part
comes from server text, so each is made safe by the same rules as file names (:mod:`..api.names`: no reserved
device names, no trailing dot or space, NFC) and given a share of what the download folder leaves: the process
folder's share depends only on the download folder (every run of a process shares it), a component's on the
process folder, a file's on what is left, so the same output always gets the same path and a finished download is
found again. A name that must be cut keeps its extension and gets a short hash (:func:`..api.names.fit_component`).
A download folder too deep for any of this raises :class:`..api.names.PathTooLongError` before anything is
fetched.
"""

from __future__ import annotations

import os
import re
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Optional

from ...api.errors import CancelledError
from ...api.names import WINDOWS_MAX_PATH, PathTooLongError, name_key, safe_file_name, unique_name, units

PART = ".part"  # what transfer.download_file adds while a file arrives
VRT_PART = ".part.vrt"  # what build_mosaics adds while a VRT is built
NAME_CAP = 80  # the longest process, component or file name kept whole (the old cut: existing downloads stay found)
FILE_CAP = 120
ID_CAP = 36  # a UUID
_NUMBER = 4  # "NN_" with room for a third digit
_MIN_PROCESS, _MIN_COMPONENT, _MIN_FILE, _MIN_MOSAIC = 8, 8, 16, 8
# "\<process>\<id>\NNN_<component>\NNN_<file>.part" without the three names
_FILE_FIXED = 1 + 1 + ID_CAP + 1 + _NUMBER + 1 + _NUMBER + len(PART)
# "\<process>\group_<id>\<name>_NNN_NNN_mosaic.vrt.part.vrt" without the two names
_MOSAIC_FIXED = 1 + 1 + len("group_") + ID_CAP + 1 + len("_NNN_NNN_mosaic.vrt") + len(VRT_PART)
MIN_ROOM = 40  # what the three names need at least, the mosaic's name included


def safe_name(name: Any, fallback: str = "item", limit: int = NAME_CAP) -> str:
    """A file-system friendly version of a user or server supplied name (never a path): letters, digits, ``.``,
    ``-``, ``_`` and spaces (anything else ``_``), then the rules of every file name (:func:`safe_file_name`)."""
    text = unicodedata.normalize("NFC", str(name or ""))
    cleaned = re.sub(r"[^\w.\- ]+", "_", text).strip(" ._")
    return safe_file_name(cleaned or fallback, fallback, limit)


class OutputLayout:
    """The local names of one process's outputs under ``download_folder``, each path within 259 units."""

    def __init__(self, download_folder: Any, process_name: Any, flavour: Any = os.path):
        self.path = flavour  # os.path; ntpath in the tests that check paths as Windows builds them
        self.folder = os.fspath(download_folder)
        self.room = WINDOWS_MAX_PATH - units(self.folder) - _FILE_FIXED
        if self.room < MIN_ROOM:
            raise PathTooLongError(self.folder, units(self.folder) + _FILE_FIXED + MIN_ROOM)
        self.process = safe_name(process_name, "process", min(NAME_CAP, max(_MIN_PROCESS, self.room // 4)))

    def process_folder(self) -> str:
        return self.path.join(self.folder, self.process)

    def execution_folder(self, execution_id: Any) -> str:
        return self.path.join(self.process_folder(), safe_name(str(execution_id), "execution", ID_CAP))

    def group_folder(self, group_id: Any) -> str:
        return self.path.join(self.process_folder(), "group_" + safe_name(str(group_id), "group", ID_CAP))

    def component_dir(self, index: int, name: Any) -> str:
        share = (self.room - units(self.process)) // 3
        return f"{index:02d}_" + safe_name(name, "component", min(NAME_CAP, max(_MIN_COMPONENT, share)))

    def file_name(self, component_dir: str, output_number: int, name: Any, taken: set) -> str:
        """``NN_<file>`` for a file of output ``output_number`` in ``component_dir``; ``taken`` holds the keys of
        the names already given in that folder (two files differing only by case stay two files)."""
        prefix = f"{output_number:02d}_"
        used = units(self.process) + ID_CAP + units(component_dir)
        limit = WINDOWS_MAX_PATH - units(self.folder) - used - 4 - units(prefix) - len(PART)
        limit = min(FILE_CAP, max(_MIN_FILE, limit))
        return unique_name(prefix + safe_name(name, "file", limit), taken, units(prefix) + limit)

    def mosaic_name(self, group_id: Any, name: Any, output_number: int, file_number: int) -> str:
        suffix = f"_{output_number}_{file_number}_mosaic.vrt"
        limit = WINDOWS_MAX_PATH - units(self.group_folder(group_id)) - 1 - len(suffix) - len(VRT_PART)
        return safe_name(name, "item", min(NAME_CAP, max(_MIN_MOSAIC, limit))) + suffix


_LOCKS: dict = {}  # destination key -> [lock, number of users]
_LOCKS_GUARD = threading.Lock()


@contextmanager
def destination_lock(path: Any, cancel: Optional[threading.Event] = None) -> Iterator[None]:
    """One download into ``path`` (a file or a folder) at a time in this QGIS.

    Why: the Executions dock's automatic load and the Browser's time-series follow-up may fetch the same execution
    at once, into the same ``.part`` files (one of them then failed, or renamed the other's half file). The second
    waits here (waking up on ``cancel``), then finds the files the first one finished. Paths are compared as
    Windows and macOS do (case and normalisation ignored)."""
    key = name_key(os.path.normcase(os.path.abspath(os.fspath(path))))
    with _LOCKS_GUARD:
        entry = _LOCKS.setdefault(key, [threading.Lock(), 0])
        entry[1] += 1
    lock = entry[0]
    try:
        if cancel is None:
            lock.acquire()
        else:
            while not lock.acquire(blocking=False):
                if cancel.wait(0.05):
                    raise CancelledError("Cancelled while another download of the same files ran")
        try:
            yield
        finally:
            lock.release()
    finally:
        with _LOCKS_GUARD:
            entry[1] -= 1
            if entry[1] == 0:
                _LOCKS.pop(key, None)


__all__ = ["MIN_ROOM", "PART", "OutputLayout", "PathTooLongError", "destination_lock", "safe_name"]

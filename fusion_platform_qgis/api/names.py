"""Names that come from the server, made safe for the local file system, and a containment check for downloads.

Why: file names of outputs, STAC side files and data items are chosen by the server (or by whoever uploaded
them). A name such as ``../../escape.txt``, ``/etc/cron.d/x`` or ``C:\\Windows\\x.dll`` joined onto a download
folder would place a file outside it. :func:`safe_file_name` reduces any such text to one harmless path
component (the original stays available as ``original_file_name`` on the model), and :func:`contained_path` /
:func:`check_inside` refuse a destination that resolves outside the folder the caller chose (symbolic links
included), so even a caller that builds paths from raw names cannot write elsewhere.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from typing import Any

from .errors import TransferError

MAX_NAME = 200
# Windows without long paths enabled (QGIS's installers do not enable them): 260 UTF-16 units with the final NUL.
WINDOWS_MAX_PATH = 259
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"|?*]+')
# Device names Windows reserves in every folder, with any extension ("aux.geojson", "COM1.tif", "nul .txt"),
# the superscript digits included.
_WINDOWS_RESERVED = re.compile(
    r"^(con|prn|aux|nul|conin\$|conout\$|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])\s*(\..*)?$",
    re.IGNORECASE,
)
_HASH = 7  # "~" and six hex digits of the whole name, added to a name that had to be cut


class PathTooLongError(TransferError):
    """A local path would exceed what Windows opens (:data:`WINDOWS_MAX_PATH`): raised before anything is fetched."""

    def __init__(self, folder: str, needed: int):
        super().__init__(f"The folder {folder!r} is too deep: the files would need {needed} characters of path")
        self.folder = folder
        self.needed = needed


def units(text: str) -> int:
    """The length of ``text`` as Windows counts it (UTF-16 code units: characters beyond U+FFFF count two)."""
    return len(text.encode("utf-16-le")) // 2


def _cut(text: str, limit: int) -> str:
    """The first ``limit`` UTF-16 units of ``text`` (never half a surrogate pair)."""
    while units(text) > limit:
        text = text[: max(0, len(text) - max(1, units(text) - limit))]
    return text


def fit_component(text: str, limit: int, fallback: str = "file") -> str:
    """``text`` (already one safe component) within ``limit`` units: a name that is cut keeps its extension (a
    ``.zip`` stays a ``.zip``) and gets ``~`` and a short hash of the whole name, so two long names that start
    alike stay different; the cut never leaves a trailing dot or space."""
    if units(text) <= limit:
        return text
    stem, ext = os.path.splitext(text)
    if units(ext) > 16 or units(ext) + _HASH + 1 > limit:
        stem, ext = text, ""
    if limit < _HASH + 1:
        return _cut(text, limit).rstrip(". ") or fallback[: max(1, limit)]
    digest = "~" + hashlib.sha1(text.encode("utf-8")).hexdigest()[: _HASH - 1]
    kept = _cut(stem, limit - units(ext) - _HASH).rstrip(". ")
    return (kept or "_") + digest + ext


def safe_file_name(name: Any, fallback: str = "file", limit: int = MAX_NAME) -> str:
    """One path component derived from ``name``: never a path, never ``.``/``..``, never empty.

    The last component after ``/`` and ``\\`` is kept (so ``../../a.tif`` and ``C:\\x\\a.tif`` give ``a.tif``),
    the text is NFC (what macOS returns decomposed is composed again), control and Windows-forbidden characters
    become ``_``, trailing dots/spaces are removed (Windows drops them silently), reserved device names get a
    ``_`` prefix and the length is capped at ``limit`` with the extension kept (:func:`fit_component`). A
    leading dot is allowed (``.collection.stac`` is the STAC default), a name made only of dots is not. Folder
    names go through the same rules.
    """
    text = unicodedata.normalize("NFC", str(name)) if name is not None else ""
    text = re.split(r"[/\\]", text)[-1]
    text = _UNSAFE.sub("_", text).strip().rstrip(". ")
    if not text.strip("."):
        text = fallback
    if _WINDOWS_RESERVED.match(text):
        text = "_" + text
    return fit_component(text, limit, fallback)


def name_key(name: str) -> str:
    """What makes two names the same file on Windows and macOS: case and Unicode normalisation ignored."""
    return unicodedata.normalize("NFC", name).casefold()


def unique_name(name: str, taken: set, limit: int = MAX_NAME) -> str:
    """``name``, or ``name_2`` / ``name_3``… (before the extension) when a sibling already in ``taken`` differs
    only by case or normalisation; the chosen name's key is added to ``taken``."""
    candidate, number = name, 1
    while name_key(candidate) in taken:
        number += 1
        stem, ext = os.path.splitext(name)
        suffix = f"_{number}"
        candidate = fit_component(stem, max(1, limit - units(ext) - len(suffix)), "file") + suffix + ext
    taken.add(name_key(candidate))
    return candidate


def is_inside(folder: Any, path: Any) -> bool:
    """True when ``path`` (resolved, links followed) is ``folder`` itself or lies below it."""
    root = os.path.realpath(os.fspath(folder))
    target = os.path.realpath(os.fspath(path))
    try:
        return os.path.commonpath([root, target]) == root
    except ValueError:  # different drives on Windows
        return False


def check_inside(folder: Any, path: Any) -> str:
    """Return ``path`` when it lies inside ``folder``; raise :class:`TransferError` otherwise."""
    if not is_inside(folder, path):
        raise TransferError(
            f"Refusing to write {os.path.basename(os.fspath(path)) or path!r} outside the chosen "
            f"folder {os.fspath(folder)!r}"
        )
    return os.fspath(path)


def room_in(folder: Any, reserve: int = 5) -> int:
    """How many units a name may have in ``folder`` for the path to stay within :data:`WINDOWS_MAX_PATH`, with
    ``reserve`` units kept for a suffix added while the file is written (``.part``: 5)."""
    return WINDOWS_MAX_PATH - units(os.fspath(folder)) - 1 - reserve


def fitted_file_name(folder: Any, name: Any, fallback: str = "file", reserve: int = 5, minimum: int = 16) -> str:
    """:func:`safe_file_name` cut to what ``folder`` leaves (:func:`room_in`); :class:`PathTooLongError` when that
    is under ``minimum`` units (raised before anything is written)."""
    room = room_in(folder, reserve)
    if room < minimum:
        raise PathTooLongError(os.fspath(folder), WINDOWS_MAX_PATH - room + minimum)
    return safe_file_name(name, fallback, min(MAX_NAME, room))


def contained_path(folder: Any, name: Any, fallback: str = "file") -> str:
    """``folder/<safe name>`` (the name cut so that the path and its ``.part`` fit Windows' limit), checked to stay
    inside ``folder``."""
    return check_inside(folder, os.path.join(os.fspath(folder), fitted_file_name(folder, name, fallback)))


__all__ = [
    "WINDOWS_MAX_PATH",
    "PathTooLongError",
    "check_inside",
    "contained_path",
    "fit_component",
    "fitted_file_name",
    "is_inside",
    "name_key",
    "room_in",
    "safe_file_name",
    "unique_name",
    "units",
]

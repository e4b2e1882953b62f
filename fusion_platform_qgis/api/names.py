"""Names that come from the server, made safe for the local file system, and a containment check for downloads.

Why: file names of outputs, STAC side files and data items are chosen by the server (or by whoever uploaded
them). A name such as ``../../escape.txt``, ``/etc/cron.d/x`` or ``C:\\Windows\\x.dll`` joined onto a download
folder would place a file outside it. :func:`safe_file_name` reduces any such text to one harmless path
component (the original stays available as ``original_file_name`` on the model), and :func:`contained_path` /
:func:`check_inside` refuse a destination that resolves outside the folder the caller chose (symbolic links
included), so even a caller that builds paths from raw names cannot write elsewhere.
"""

from __future__ import annotations

import os
import re
import unicodedata
from typing import Any

from .errors import TransferError

MAX_NAME = 200
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"|?*]+')
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)


def safe_file_name(name: Any, fallback: str = "file") -> str:
    """One path component derived from ``name``: never a path, never ``.``/``..``, never empty.

    The last component after ``/`` and ``\\`` is kept (so ``../../a.tif`` and ``C:\\x\\a.tif`` give ``a.tif``),
    control and Windows-forbidden characters become ``_``, trailing dots/spaces are removed (Windows drops them
    silently), reserved device names get a ``_`` prefix and the length is capped with the extension kept. A
    leading dot is allowed (``.collection.stac`` is the STAC default), a name made only of dots is not.
    """
    text = unicodedata.normalize("NFC", str(name)) if name is not None else ""
    text = re.split(r"[/\\]", text)[-1]
    text = _UNSAFE.sub("_", text).strip().rstrip(". ")
    if not text.strip("."):
        text = fallback
    if _WINDOWS_RESERVED.match(text):
        text = "_" + text
    if len(text) > MAX_NAME:
        stem, ext = os.path.splitext(text)
        ext = ext if len(ext) <= 16 else ""
        text = stem[: MAX_NAME - len(ext)] + ext
    return text


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


def contained_path(folder: Any, name: Any, fallback: str = "file") -> str:
    """``folder/<safe name>``, checked to stay inside ``folder``."""
    return check_inside(folder, os.path.join(os.fspath(folder), safe_file_name(name, fallback)))


__all__ = ["check_inside", "contained_path", "is_inside", "safe_file_name"]

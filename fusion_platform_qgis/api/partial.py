"""The ``.part`` file of a download and the small note beside it that says which remote file it holds the start of.

Why: a download cut by a killed QGIS (or a sleeping laptop) leaves ``<dest>.part`` on disk; the next session must
continue it with ``Range`` rather than fetch everything again - but only when those bytes are certainly the start
of the *same* file, never by appending blindly to whatever a ``.part`` holds. The note (``<dest>.part.json``,
written atomically before the first byte of the body) records what identifies the remote file: the caller's
identity (the platform's file id, or the signed URL without its expiring query), the size the server announced
and its ``ETag`` / ``Last-Modified`` when it sent them. A ``.part`` is continued only when its note names the same
identity, its size is below the announced total and a validator is known; the resumed request carries
``If-Range``, so a server whose file changed answers the whole file (200) and the part is replaced, and a 206
whose total or ETag differ from the note is refused too. A ``.part`` without a readable note is replaced.

No secrets: the note never holds a signed URL's query string. Plain Python (no Qt): the plugin's clean-up of
unwanted partial downloads uses :func:`remove` and :func:`leftovers` too.
"""

from __future__ import annotations

import json
import logging
import os
from typing import IO, Any, Optional
from urllib.parse import urlsplit, urlunsplit

log = logging.getLogger("fusion_platform_qgis.api")

PART_SUFFIX = ".part"
NOTE_SUFFIX = ".part.json"


def url_identity(url: str) -> str:
    """The signed ``url`` without its query and fragment (expiry and signature change with every renewal)."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def remove(dest: str) -> None:
    """Remove the ``.part`` of ``dest`` and its note, if any."""
    for path in (dest + PART_SUFFIX, dest + NOTE_SUFFIX):
        try:
            os.remove(path)
        except OSError:
            pass


def leftovers(folder: str) -> list[str]:
    """Destinations (without suffix) under ``folder`` that have a ``.part`` or a note left by an unfinished download."""
    found = set()
    for root, _dirs, names in os.walk(folder):
        for name in names:
            for suffix in (NOTE_SUFFIX, PART_SUFFIX):
                if name.endswith(suffix):
                    found.add(os.path.join(root, name[: -len(suffix)]))
                    break
    return sorted(found)


class PartFile:
    """``<dest>.part`` opened for one download: continued when its note proves it, otherwise started empty."""

    def __init__(self, dest: str, identity: str):
        self.dest = dest
        self.path = dest + PART_SUFFIX
        self.note_path = dest + NOTE_SUFFIX
        self.identity = identity
        self.total: Optional[int] = None  # what the server announced for the whole file
        self.etag: Optional[str] = None
        self.last_modified: Optional[str] = None
        self.handle: Optional[IO[bytes]] = None
        self.resumed_from = 0  # bytes kept from an earlier session

    # ------------------------------------------------------------------ opening
    def open(self) -> int:
        """Open the part for appending; return how many bytes it already holds of this file (0 = start afresh)."""
        note = self._read_note()
        size = os.path.getsize(self.path) if os.path.isfile(self.path) else 0
        if note is not None and size and self._continuable(note, size):
            self.total = note["total"]
            self.etag = note.get("etag")
            self.last_modified = note.get("last_modified")
            self.handle = open(self.path, "ab")
            self.resumed_from = size
            log.info("Continuing %s from %d of %d bytes", os.path.basename(self.dest), size, self.total)
            return size
        if size:
            log.info("Replacing %s.part: nothing proves it is the start of this file", os.path.basename(self.dest))
        self._drop_note()
        self.handle = open(self.path, "wb")
        return 0

    def _continuable(self, note: dict, size: int) -> bool:
        if note.get("identity") != self.identity:
            return False
        total = note.get("total")
        return isinstance(total, int) and size < total

    def _read_note(self) -> Optional[dict]:
        try:
            with open(self.note_path, encoding="utf-8") as handle:
                note = json.load(handle)
        except (OSError, ValueError):
            return None
        return note if isinstance(note, dict) else None

    def _drop_note(self) -> None:
        try:
            os.remove(self.note_path)
        except OSError:
            pass

    # ------------------------------------------------------------------ what the server said
    def validator(self) -> Optional[str]:
        """What ``If-Range`` carries on a resumed request (a strong ETag, else Last-Modified)."""
        if self.etag and not self.etag.startswith("W/"):
            return self.etag
        return self.last_modified

    def matches(self, total: Optional[int], etag: Optional[str]) -> bool:
        """Whether a 206's total and ETag describe the file the part holds the start of."""
        if self.total is not None and total is not None and total != self.total:
            return False
        return not (self.etag and etag and etag != self.etag)

    def describe(self, total: Optional[int], etag: Optional[str], last_modified: Optional[str]) -> None:
        """Record what identifies the remote file, before its first byte is written (the note is atomic)."""
        self.total, self.etag, self.last_modified = total, etag, last_modified
        if total is None:
            self._drop_note()  # an unknown size cannot be continued safely
            return
        note: dict[str, Any] = {"identity": self.identity, "total": total, "etag": etag, "last_modified": last_modified}
        tmp = self.note_path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(note, handle)
        os.replace(tmp, self.note_path)

    # ------------------------------------------------------------------ bytes
    def size(self) -> int:
        assert self.handle is not None
        self.handle.flush()
        return os.fstat(self.handle.fileno()).st_size

    def write(self, data: bytes) -> None:
        assert self.handle is not None
        self.handle.write(data)

    def truncate(self) -> None:
        """Start again from zero (the server sent the whole file, or the part cannot be continued)."""
        assert self.handle is not None
        self.handle.seek(0)
        self.handle.truncate()
        self.resumed_from = 0

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()

    def finish(self) -> None:
        """The whole file arrived: move it onto ``dest`` (atomic) and drop the note."""
        self.close()
        os.replace(self.path, self.dest)
        self._drop_note()

    def discard(self) -> None:
        self.close()
        remove(self.dest)

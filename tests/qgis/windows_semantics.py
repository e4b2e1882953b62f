"""Windows' file semantics on Linux: a file open in this process can be neither replaced, renamed nor removed.

Why: Windows opens files without FILE_SHARE_DELETE (Python's ``open`` and GDAL alike), so ``os.replace`` onto or
from an open file, ``os.remove`` of one and ``shutil.rmtree`` of a folder holding one fail with "Access is denied"
/ "being used by another process"; Linux allows all three, so a test here would never see the failures a Windows
user meets (a download replacing a file a layer holds open, a temporary copy left behind by a cancelled upload,
rasters kept open by GDAL after a download). The fixture makes ``os.replace``, ``os.rename``, ``os.remove`` and
``os.unlink`` (which ``shutil.rmtree`` and ``pathlib`` use) raise ``PermissionError`` while the path is open in
this process, whoever opened it: every descriptor in ``/proc/self/fd`` is looked at, so GDAL's opens count too.
"""

from __future__ import annotations

import os
import threading

import pytest

_REAL = {name: getattr(os, name) for name in ("replace", "rename", "remove", "unlink")}


def open_paths() -> set:
    """The files this process holds open now (GDAL's, Python's, any thread's)."""
    found = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("/"):
            found.add(target)
    return found


def open_under(folder) -> list:
    """The files below ``folder`` that this process holds open."""
    root = os.path.realpath(os.fspath(folder))
    return sorted(p for p in open_paths() if p == root or p.startswith(root + os.sep))


def _absolute(path, dir_fd=None) -> str:
    path = os.fsdecode(os.fspath(path))
    if dir_fd is not None and not os.path.isabs(path):
        path = os.path.join(os.readlink(f"/proc/self/fd/{dir_fd}"), path)
    return os.path.realpath(path)


class WindowsFiles:
    """What the patched calls refused (path, operation), for the tests to assert on."""

    def __init__(self):
        self.refused: list = []
        self._lock = threading.Lock()

    def check(self, operation: str, *paths: str) -> None:
        held = open_paths()
        for path in paths:
            if path in held:
                with self._lock:
                    self.refused.append((operation, path))
                raise PermissionError(
                    13, "The process cannot access the file because it is being used by another process", path
                )


@pytest.fixture
def windows_files(monkeypatch):
    files = WindowsFiles()

    def replacing(name):
        real = _REAL[name]

        def patched(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
            files.check(name, _absolute(src, src_dir_fd), _absolute(dst, dst_dir_fd))
            return real(src, dst, src_dir_fd=src_dir_fd, dst_dir_fd=dst_dir_fd)

        return patched

    def removing(name):
        real = _REAL[name]

        def patched(path, *, dir_fd=None):
            files.check(name, _absolute(path, dir_fd))
            return real(path, dir_fd=dir_fd)

        return patched

    for name in ("replace", "rename"):
        monkeypatch.setattr(os, name, replacing(name))
    for name in ("remove", "unlink"):
        monkeypatch.setattr(os, name, removing(name))
    yield files

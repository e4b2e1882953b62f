"""Lay out a ``pip install --target`` of the QGIS API stubs so that mypy finds them on ``MYPYPATH``.

``make lint`` (QGIS 3: ``qgis-stubs`` 0.5 + ``PyQt5-stubs``) and the Qt6 tier (QGIS 4: ``qgis-stubs`` 1.0 +
``PyQt6-stubs``) each install their stubs into a folder of their own under ``build/stubs`` (the two sets are the
same distribution, so they cannot share a venv). mypy reads PEP 561 ``<name>-stubs`` folders only from
site-packages, so this renames them to the plain package names, adds the empty ``__init__.pyi`` the packages lack
(``qgis``, ``qgis.PyQt``, ``PyQt6``), and, where the stubs have no ``qgis.PyQt`` (0.5 has none), writes one that
re-exports PyQt5 as QGIS 3's own ``qgis.PyQt`` does, with a ``uic`` (PyQt5-stubs has none).

    python -m tests.tooling.type_stubs build/stubs/qgis3
"""

from __future__ import annotations

import sys
from pathlib import Path

UIC = """from typing import IO, Any, Union
from os import PathLike

# PyQt5-stubs has no uic module; the form classes it makes are known only at run time.
def loadUiType(
    uifile: Union[str, PathLike[str], IO[str]], from_imports: bool = ..., resource_suffix: str = ..., import_from: str = ...
) -> tuple[Any, Any]: ...
def loadUi(uifile: Union[str, PathLike[str], IO[str]], baseinstance: Any = ..., package: str = ...) -> Any: ...
"""


def lay_out(folder: Path) -> None:
    for stubs in folder.glob("*-stubs"):
        target = folder / stubs.name[: -len("-stubs")]
        stubs.rename(target)
    qt = next(name for name in ("PyQt6", "PyQt5") if (folder / name).is_dir())
    pyqt = folder / "qgis" / "PyQt"
    pyqt.mkdir(exist_ok=True)
    for package in (folder / "qgis", pyqt, folder / qt):
        (package / "__init__.pyi").touch()
    if not (pyqt / "QtCore.pyi").exists():
        for module in sorted((folder / qt).glob("Qt*.pyi")) + [folder / qt / "sip.pyi"]:
            (pyqt / module.name).write_text(f"from {qt}.{module.stem} import *\n", encoding="utf-8")
        (pyqt / "uic.pyi").write_text(UIC, encoding="utf-8")


if __name__ == "__main__":
    lay_out(Path(sys.argv[1]))

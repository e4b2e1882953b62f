"""QGIS's interface (``qgis.utils.iface``), looked up where it is used rather than passed from object to object.

Why: QGIS sets ``qgis.utils.iface`` before it loads any plugin, there is only one, and handing it down every
constructor (flake8-qgis QGS105) only multiplies the places a stale or stand-in copy can hide. Looking it up at
use time also means a test runner's stand-in (pytest-qgis patches ``qgis.utils.iface``) is what the docks see.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from qgis.core import QgsLayerTree, QgsProject


def qgis_iface() -> Any:
    """The running QGIS's QgisInterface, or None outside a QGIS application (plain scripts, benchmarks)."""
    from qgis import utils

    return getattr(utils, "iface", None)


def qgis_project() -> QgsProject:
    """QGIS's project (``QgsProject.instance()``). QGIS makes it before it loads any plugin: None means the code
    runs without a QGIS application, which is a set-up error, said as such rather than as an AttributeError."""
    from qgis.core import QgsProject

    project = QgsProject.instance()
    if project is None:
        raise RuntimeError("QGIS has no project: QgsApplication was not initialised")
    return project


def tree_root(project: QgsProject) -> QgsLayerTree:
    """The root of ``project``'s layer tree (every project has one; None would be a broken project)."""
    root = project.layerTreeRoot()
    if root is None:
        raise RuntimeError("The QGIS project has no layer tree")
    return root

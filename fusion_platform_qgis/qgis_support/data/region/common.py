"""Region checks' shared vocabulary: problem and fix codes, RegionProblem/RegionError, the prepared upload, names and sizes, CRS checks."""

from __future__ import annotations

import os
import shutil
import tempfile
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
)

from ....api.names import safe_file_name
from ...toolbelt.iface import qgis_project
from ...toolbelt.log import log_warning
from ...words.i18n import tr

WGS84 = "EPSG:4326"
#: Above this the dock warns and offers simplification (the platform takes big files, but slowly, and a region
#: of many megabytes is almost always an over-detailed boundary).
LARGE_REGION_BYTES = 10 * 1024 * 1024
COORDINATE_PRECISION = 7  # ~1 cm at the equator: enough for any region, keeps files small

# problem codes (stable: the dock and tests switch on them)
EMPTY = "empty"
NO_POLYGONS = "no_polygons"
INVALID_GEOMETRY = "invalid_geometry"
UNREPAIRABLE = "unrepairable"
UNKNOWN_CRS = "unknown_crs"
TOO_LARGE = "too_large"
NON_ASCII_NAME = "non_ascii_name"
UNSUPPORTED = "unsupported"
MISSING_SIDECAR = "missing_sidecar"
NOT_FOUND = "not_found"

# fix codes
FIX_REPAIR = "repair"
FIX_SIMPLIFY = "simplify"
FIX_ASCII_NAME = "ascii_name"

SHAPEFILE_SIDECARS = (".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".shp.xml", ".qmd")


@dataclass
class RegionProblem:
    """One reason an input cannot be uploaded as it is, with what the user can do about it."""

    code: str
    message: str
    fix: Optional[str] = None
    feature_ids: list = field(default_factory=list)
    size: Optional[int] = None
    suggestion: Any = None  # e.g. the ASCII name, or a simplification tolerance in layer units


class RegionError(Exception):
    """Raised with the problems found; ``str()`` is the joined translated messages."""

    def __init__(self, problems: list[RegionProblem]):
        self.problems = list(problems)
        super().__init__("\n".join(p.message for p in self.problems))

    @property
    def codes(self) -> list[str]:
        return [p.code for p in self.problems]

    def problem(self, code: str) -> Optional[RegionProblem]:
        return next((p for p in self.problems if p.code == code), None)


@dataclass
class PreparedUpload:
    """Files ready to upload as one data item; ``temp_dir`` is removed by :meth:`cleanup`."""

    name: str
    file_type: str
    paths: list[str]
    bounds: Optional[tuple] = None  # (west, south, east, north) in EPSG:4326 when known
    features: Optional[int] = None
    repaired_ids: list = field(default_factory=list)
    temp_dir: Optional[str] = None
    warnings: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        return sum(os.path.getsize(p) for p in self.paths if os.path.exists(p))

    def cleanup(self) -> None:
        """Remove the temporary copy; a failure (on Windows: a file still open) is logged, not swallowed."""
        if self.temp_dir and os.path.isdir(self.temp_dir):
            try:
                shutil.rmtree(self.temp_dir)
            except OSError as exc:
                log_warning(f"Could not remove the temporary upload folder {self.temp_dir}: {exc}")


# ------------------------------------------------------------------------------------------------ names
def ascii_name(name: str) -> str:
    """A readable ASCII version of ``name`` (accents dropped, other characters replaced by ``_``)."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = "".join(ch if ch.isprintable() else "_" for ch in text).strip()
    return text or "region"


def check_name(name: str) -> list[RegionProblem]:
    """Names travel to file names on the platform; non-ASCII names get an ASCII suggestion."""
    problems = []
    if not name or not name.strip():
        problems.append(RegionProblem(EMPTY, tr("Give the data item a name.")))
    elif any(ord(ch) > 127 for ch in name):
        suggestion = ascii_name(name)
        problems.append(
            RegionProblem(
                NON_ASCII_NAME,
                tr(
                    "The name '{0}' contains non-ASCII characters, which some platform services cannot handle. "
                    "Use '{1}' instead?"
                ).format(name, suggestion),
                fix=FIX_ASCII_NAME,
                suggestion=suggestion,
            )
        )
    return problems


def safe_file_stem(name: str) -> str:
    stem = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in ascii_name(name)).strip("._")
    return safe_file_name(stem or "region", "region", 80)  # never a reserved device name ("aux.geojson")


def human_size(size: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024.0
    return f"{size:.1f} GB"


def temp_dir() -> str:
    return tempfile.mkdtemp(prefix="fp-upload-")


def _crs_problem(crs: QgsCoordinateReferenceSystem, what: str) -> Optional[RegionProblem]:
    if crs is None or not crs.isValid():
        return RegionProblem(
            UNKNOWN_CRS,
            tr(
                "{0} has no coordinate reference system, so its position on Earth is "
                "unknown. Set its CRS (Layer Properties › Source) and try again."
            ).format(what),
        )
    if crs.authid() == "" and not crs.toWkt():
        return RegionProblem(
            UNKNOWN_CRS,
            tr(
                "{0} uses an unknown coordinate reference system. Set its CRS "
                "(Layer Properties › Source) and try again."
            ).format(what),
        )
    return None


def _transform_to_wgs84(
    crs: QgsCoordinateReferenceSystem, context: Optional[QgsCoordinateTransformContext] = None
) -> QgsCoordinateTransform:
    context = context or qgis_project().transformContext()
    return QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem(WGS84), context)

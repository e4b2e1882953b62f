"""Finds the plugin's resources in the staged layout (package + metadata.txt + resources/ + i18n/).

``make install``/``make package`` copy ``resources/`` and the compiled ``i18n/*.qm`` into the plugin folder; when
running from a source checkout they sit one folder up. One helper serves both layouts.
"""

from __future__ import annotations

import configparser
from functools import lru_cache
from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent.parent


def _candidates(relative: str) -> list[Path]:
    return [PLUGIN_DIR / relative, PLUGIN_DIR.parent / relative]


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/`` (staged layout first, then the source checkout)."""
    relative = str(Path("resources", *parts))
    for candidate in _candidates(relative):
        if candidate.exists():
            return candidate
    return _candidates(relative)[0]


def i18n_dir() -> Path:
    for candidate in _candidates("i18n"):
        if candidate.is_dir():
            return candidate
    return PLUGIN_DIR / "i18n"


def icon_path(name: str) -> str:
    return str(resource_path("icons", name))


@lru_cache(maxsize=1)
def plugin_metadata() -> dict[str, str]:
    """The [general] section of metadata.txt (staged beside the package, or at the repository root)."""
    parser = configparser.ConfigParser(interpolation=None)
    for candidate in _candidates("metadata.txt"):
        if candidate.exists():
            parser.read(candidate, encoding="utf-8")
            return dict(parser["general"])
    return {}


def plugin_version() -> str:
    return plugin_metadata().get("version", "0.0.0")

"""Only ``api/`` speaks REST: no path, filter spelling or raw request outside it, and each address written once
(``api/paths.py``)."""

from __future__ import annotations

import re
from pathlib import Path

PLUGIN = Path(__file__).resolve().parents[2] / "fusion_platform_qgis"
API = PLUGIN / "api"
# A raw call of the client's session, a server filter spelling, or a platform address.
REST = re.compile(r"\.(?:request|get_model|iterate)\(|__(?:eq|begins_with|contains|ne|lt|gt)\b|[\"']/organisations")


def sources(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py"))


def test_nothing_outside_api_speaks_rest():
    found = []
    for path in sources(PLUGIN):
        if API in path.parents:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if REST.search(line) and "super().request(" not in line:  # network.py's session forwards to requests
                found.append(f"{path.relative_to(PLUGIN)}:{number}: {line.strip()}")
    assert found == []


def test_each_address_is_written_once_in_api_paths():
    written = []
    for path in sources(API):
        if path.name == "paths.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if re.search(r"f?[\"']/(?:organisations|users)/", line):
                written.append(f"{path.relative_to(PLUGIN)}:{number}: {line.strip()}")
    assert written == []

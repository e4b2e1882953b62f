"""Named presets per service: a saved set of option values, inputs, schedule and dispatchers.

Presets live in the plugin's QgsSettings group (``fusion_platform/presets``, JSON) keyed by the service's SSD id,
which stays the same across service versions. Dispatcher secrets (S3 keys, session tokens) never go there: they
are stored with :func:`auth.store_secret_map` in the QGIS auth database and the preset keeps only the auth config
id; :func:`load_preset` merges them back.
"""

from __future__ import annotations

import copy
from typing import Any, Optional

from ...api.options import SECRET_OPTION_NAMES
from . import auth
from .settings import load_json, save_json

SETTINGS_NAME = "presets"


def _all() -> dict:
    value = load_json(SETTINGS_NAME, {})
    return value if isinstance(value, dict) else {}


def list_presets(ssd_id: str) -> list[str]:
    """Preset names saved for a service, sorted case-insensitively."""
    return sorted((_all().get(str(ssd_id)) or {}).keys(), key=str.lower)


def save_preset(
    ssd_id: str, name: str, preset: dict[str, Any], secrets: Optional[dict[str, dict[str, str]]] = None
) -> dict[str, Any]:
    """Save ``preset`` under ``name``; ``secrets`` maps dispatcher names to their secret options.

    Secrets go to the auth database (one config per dispatcher, reused when the preset is saved again); the stored
    preset (returned) carries only ``authcfg`` for them. Raises RuntimeError when secrets are given and the auth
    database is unavailable, so nothing secret is ever written elsewhere.
    """
    name = name.strip()
    if not name:
        raise ValueError("A preset needs a name")
    everything = _all()
    per_service = everything.setdefault(str(ssd_id), {})
    previous = per_service.get(name) or {}
    old_cfgs = {d.get("name"): d.get("authcfg", "") for d in previous.get("dispatchers") or []}
    stored = copy.deepcopy(preset)
    for entry in stored.get("dispatchers") or []:
        values = (secrets or {}).get(entry.get("name")) or {}
        options = entry.get("options") or {}
        for key in list(options):
            if key in values or key in SECRET_OPTION_NAMES:
                options.pop(key)
        if values:
            entry["authcfg"] = auth.store_secret_map(
                f"preset {name} / {entry.get('name')}", values, old_cfgs.get(entry.get("name"), "")
            )
    per_service[name] = stored
    save_json(SETTINGS_NAME, everything)
    return stored


def load_preset(ssd_id: str, name: str) -> Optional[dict[str, Any]]:
    """The preset with dispatcher secrets read back from the auth database; None when unknown."""
    preset = (_all().get(str(ssd_id)) or {}).get(name)
    if preset is None:
        return None
    preset = copy.deepcopy(preset)
    for entry in preset.get("dispatchers") or []:
        if entry.get("authcfg"):
            entry.setdefault("options", {}).update(auth.load_secret_map(entry["authcfg"]))
    return preset

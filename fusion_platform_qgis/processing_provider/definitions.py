"""Service definitions for Processing, cached in settings so algorithms exist before (or without) a login.

Processing needs each algorithm's parameters when the provider loads — in Model Builder, batch mode and
``qgis_process`` there may be no network round trip allowed at that moment. When the plugin connects, a
background task asks the platform for each service's process template (its inputs and options) and stores a
plain-JSON summary in the settings group; the provider builds algorithms from that cache.
"""

from __future__ import annotations

from typing import Any

from ..qgis_support.session import settings

CACHE_KEY = "processing_services"


def summarise(service, template) -> dict[str, Any]:
    """A JSON-able description of one service from the client's Service and Process template objects."""
    attrs = service.attributes
    return {
        "id": str(attrs.get("id")),
        "version": version_of(service),
        "ssd_id": str(attrs.get("ssd_id")),
        "name": attrs.get("name") or "",
        "summary": attrs.get("documentation_summary") or "",
        "price": attrs.get("charge_expression_platform") or "",
        "keywords": list(attrs.get("keywords") or []),
        "categories": list(attrs.get("categories") or []),
        # One line per output ("1. Elevation: … (GeoTIFF)"): the algorithm's typed outputs (pipeline.declared_outputs).
        "outputs": [str(line) for line in attrs.get("documentation_outputs") or []],
        "inputs": [
            {
                k: v
                for k, v in dict(i.attributes).items()
                if k in ("ssd_id", "input", "file_type", "title", "description")
            }
            for i in template.inputs
        ],
        "options": [
            {
                k: v
                for k, v in dict(o.attributes).items()
                if k
                in (
                    "ssd_id",
                    "name",
                    "value",
                    "required",
                    "data_type",
                    "validation",
                    "advanced",
                    "title",
                    "description",
                )
            }
            for o in template.options
        ],
    }


def version_of(service) -> str:
    """What identifies one version of a service's definition: a service id names one version (a new version gets
    a new id), and ``updated_at`` changes when that record is edited."""
    attrs = service.attributes
    return f"{attrs.get('id')}@{attrs.get('updated_at') or ''}"


def fetch_definitions(organisation, cached: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Worker-thread side: the service list, and one template request per service whose version is not among
    ``cached`` (the definitions stored before): a refresh of unchanged services costs the list's pages only."""
    known = {d.get("version"): d for d in cached or () if isinstance(d, dict) and d.get("version")}
    result = []
    for service in organisation.services:
        stored = known.get(version_of(service))
        if stored is not None:
            result.append(stored)
            continue
        template = organisation.new_process(name=f"{service.name} (definition)", service=service)
        result.append(summarise(service, template))
    return result


def load_cached() -> list[dict[str, Any]]:
    cached = settings.load_json(CACHE_KEY, [])
    return cached if isinstance(cached, list) else []


def save_cached(definitions: list[dict[str, Any]]) -> None:
    settings.save_json(CACHE_KEY, definitions)

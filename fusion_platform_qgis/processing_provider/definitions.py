"""Service definitions for Processing, cached in settings so algorithms exist before (or without) a login.

Processing needs each algorithm's parameters when the provider loads — in Model Builder, batch mode and
``qgis_process`` there may be no network round trip allowed at that moment. When the plugin connects, a
background task asks the platform for each service's process template (its inputs and options) and stores a
plain-JSON summary in the settings group; the provider builds algorithms from that cache.
"""

from __future__ import annotations

from typing import Any

from ..qgis_support import settings

CACHE_KEY = "processing_services"


def summarise(service, template) -> dict[str, Any]:
    """A JSON-able description of one service from the client's Service and Process template objects."""
    attrs = service.attributes
    return {
        "id": str(attrs.get("id")),
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


def fetch_definitions(organisation) -> list[dict[str, Any]]:
    """Worker-thread side: one template request per service of the organisation."""
    result = []
    for service in organisation.services:
        template = organisation.new_process(name=f"{service.name} (definition)", service=service)
        result.append(summarise(service, template))
    return result


def load_cached() -> list[dict[str, Any]]:
    cached = settings.load_json(CACHE_KEY, [])
    return cached if isinstance(cached, list) else []


def save_cached(definitions: list[dict[str, Any]]) -> None:
    settings.save_json(CACHE_KEY, definitions)

"""Worker: what an output's metadata needs beyond the run's executions — the price, the region's data items by
name, the organisation, the schedule. Read once per run, with the outputs (``outputs.download_run``).

Why not from the executions: an execution carries neither the price (the process does), nor the names of its input
data (their items do), nor the organisation's name. Three small requests per run; a failure costs only these lines
of metadata, never the outputs.
"""

from __future__ import annotations

from ..api import listings
from ..api.errors import FusionPlatformError
from .log import log_warning


def fetch_run_context(session, organisation_id: str, process_id: str) -> dict:
    """``{"price", "ssd_id", "service_id", "run_type", "organisation_id", "organisation_name", "inputs": [{"number",
    "data_id", "name"}]}``; what could not be read is left out."""
    context: dict = {"organisation_id": str(organisation_id)}
    try:
        model = listings.process_model(session, organisation_id, process_id)
    except FusionPlatformError as error:
        log_warning(f"Could not read the process of a run for its metadata: {error}")
        return context
    context.update({key: model.get(key) for key in ("price", "ssd_id", "service_id", "run_type")})
    inputs = []
    for entry in model.get("inputs") or []:
        data_id = entry.get("id")
        name = ""
        if data_id:
            try:
                data = listings.data_model(session, organisation_id, str(data_id))
                name = str(data.get("name") or "")
            except FusionPlatformError:
                name = ""
        inputs.append({"number": entry.get("input"), "data_id": str(data_id) if data_id else None, "name": name})
    context["inputs"] = inputs
    try:
        organisation = listings.organisation_model(session, organisation_id)
        context["organisation_name"] = str(organisation.get("name") or "")
    except FusionPlatformError as error:
        log_warning(f"Could not read the organisation's name for a run's metadata: {error}")
    return context

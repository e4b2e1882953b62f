"""Paged listings as plain data, and the addresses of the collections they page through.

Part of ``api/`` because only ``api/`` knows the platform's URLs. One request per page, the cursor kept by the
caller: the Browser panel shows one page per expansion (and one more per "More…").

Why not ``Session.iterate``: the Browser shows one page per expansion (and one more per "More…"), so it must
stop after exactly one request and keep the platform's ``last`` cursor for the next page. Worker-thread code:
called from ``QgsDataItem.createChildren`` (which QGIS runs in a worker thread for items without the ``Fast``
capability) or from a QgsTask, never on the main thread.
"""

from __future__ import annotations

from typing import Optional

from .client import list_params
from .errors import ServerError

PAGE_SIZE = 24


def fetch_page(
    session,
    path: str,
    cursor: Optional[dict] = None,
    *,
    limit: int = 0,
    reverse: bool = True,
) -> tuple[list[dict], Optional[dict]]:
    """One page of a collection: ``(items, cursor of the next page or None)``."""
    params = list_params(limit=limit or PAGE_SIZE, reverse=reverse, last=cursor)
    answer = session.request("GET", path, params=params)
    if not isinstance(answer, dict) or not isinstance(answer.get("list"), list):
        raise ServerError(f"Failed to request and load a list from {path}")
    items = [item for item in answer["list"] if isinstance(item, dict)]
    last = answer.get("last")
    if not items or not isinstance(last, dict) or not last or last == cursor:
        return items, None
    return items, dict(last)


def data_path(organisation_id: str) -> str:
    """The organisation's own (uploaded) data, as the Data dock lists it."""
    return f"/organisations/{organisation_id}/data/uploaded"


def processes_path(organisation_id: str) -> str:
    return f"/organisations/{organisation_id}/processes"


def executions_path(organisation_id: str, process_id: str) -> str:
    return f"/organisations/{organisation_id}/processes/{process_id}/executions"


def components_path(organisation_id: str, execution_id: str) -> str:
    return f"/organisations/{organisation_id}/process_executions/{execution_id}/process_service_executions"


def files_path(organisation_id: str, data_id: str) -> str:
    return f"/organisations/{organisation_id}/data/{data_id}/files"


def data_item_path(organisation_id: str, data_id: str) -> str:
    return f"/organisations/{organisation_id}/data/{data_id}"


def execution_path(organisation_id: str, execution_id: str) -> str:
    return f"/organisations/{organisation_id}/process_executions/{execution_id}"


def delete_executions(session, organisation_id: str, execution_ids: list[str]) -> list[str]:
    """Delete each execution (a grouped run is deleted execution by execution); returns the ids. Worker code."""
    for execution_id in execution_ids:
        session.request("DELETE", execution_path(organisation_id, execution_id))
    return execution_ids


def change_expiry_path(organisation_id: str, execution_id: str) -> str:
    return f"{execution_path(organisation_id, execution_id)}/change_delete_expiry"


def process_path(organisation_id: str, process_id: str) -> str:
    return f"/organisations/{organisation_id}/processes/{process_id}"


def stop_path(organisation_id: str, process_id: str) -> str:
    return f"{process_path(organisation_id, process_id)}/stop"


def component_logs_path(organisation_id: str, component_id: str) -> str:
    return f"/organisations/{organisation_id}/process_service_executions/{component_id}/logs"


def download_file_path(organisation_id: str, data_id: str, file_id: str) -> str:
    """E20: answers the file's signed download URL in ``extras.url`` (``preview=True`` for its thumbnail)."""
    return f"{data_item_path(organisation_id, data_id)}/download_file/{file_id}"


def all_items(session, path: str, reverse: bool = False) -> list[dict]:
    """Every item of a short collection (a data item's files, an execution's components)."""
    return [item for item, _extras in session.iterate(path, reverse=reverse)]

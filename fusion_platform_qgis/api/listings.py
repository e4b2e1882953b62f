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
GROUP_PAGE = 100  # one page holds a whole group (the sandbox splits a run into at most a few dozen slices)


def fetch_page(
    session,
    path: str,
    cursor: Optional[dict] = None,
    *,
    limit: int = 0,
    reverse: bool = True,
    filters: Optional[dict] = None,
) -> tuple[list[dict], Optional[dict]]:
    """One page of a collection: ``(items, cursor of the next page or None)``."""
    items, last, _extras = fetch_listing(session, path, cursor, limit=limit, reverse=reverse, filters=filters)
    return items, last


def fetch_listing(
    session,
    path: str,
    cursor: Optional[dict] = None,
    *,
    limit: int = 0,
    reverse: bool = True,
    filters: Optional[dict] = None,
) -> tuple[list[dict], Optional[dict], dict]:
    """One page with the answer's ``extras`` too (a process page's dispatchers): ``(items, cursor, extras)``."""
    params = list_params(limit=limit or PAGE_SIZE, reverse=reverse, last=cursor, filters=filters)
    answer = session.request("GET", path, params=params)
    if not isinstance(answer, dict) or not isinstance(answer.get("list"), list):
        raise ServerError(f"Failed to request and load a list from {path}")
    items = [item for item in answer["list"] if isinstance(item, dict)]
    found = answer.get("extras")
    extras: dict = found if isinstance(found, dict) else {}
    last = answer.get("last")
    if not items or not isinstance(last, dict) or not last or last == cursor:
        return items, None, extras
    return items, dict(last), extras


def data_path(organisation_id: str) -> str:
    """The organisation's own (uploaded) data, as the Data dock lists it."""
    return f"/organisations/{organisation_id}/data/uploaded"


def organisation_path(organisation_id: str) -> str:
    return f"/organisations/{organisation_id}"


def processes_path(organisation_id: str) -> str:
    return f"/organisations/{organisation_id}/processes"


def executions_path(organisation_id: str, process_id: str) -> str:
    return f"/organisations/{organisation_id}/processes/{process_id}/executions"


def processes_page(session, organisation_id: str, cursor: Optional[dict] = None) -> tuple[list[dict], Optional[dict]]:
    """One page of the organisation's processes, newest first, each with its execution summaries (§6.7.4): the
    Executions and Processes docks list runs and statuses from it, one request per page whatever the history."""
    return fetch_page(session, processes_path(organisation_id), cursor)


def newest_executions(session, organisation_id: str, process_id: str) -> list[dict]:
    """The newest page of one process's executions (full records), one request."""
    items, _cursor = fetch_page(session, executions_path(organisation_id, process_id))
    return items


def group_executions(session, organisation_id: str, process_id: str, group_id: str) -> list[dict]:
    """Every execution of one group (its slices and its aggregator): one filtered request, a page holds a group."""
    path = executions_path(organisation_id, process_id)
    return [item for item, _extras in session.iterate(path, filters={"group_id__eq": group_id}, limit=GROUP_PAGE)]


def followed_executions(session, organisation_id: str, process_id: str, group_id: Optional[str] = None) -> list[dict]:
    """One poll of a followed run, one request: its group's executions once the group is known, otherwise the
    process's newest page (a run just started, or an ungrouped one, is on it)."""
    if group_id:
        return group_executions(session, organisation_id, process_id, group_id)
    return newest_executions(session, organisation_id, process_id)


def run_executions(
    session, organisation_id: str, process_id: str, group_id: Optional[str], ids: list[str]
) -> list[dict]:
    """The full records of one run's executions: the group's members in one filtered request, an ungrouped
    execution by its own GET. Worker code (the Executions dock's lazy details of the selected run)."""
    if group_id:
        return group_executions(session, organisation_id, process_id, group_id)
    records = []
    for execution_id in ids:
        answer = session.request("GET", execution_path(organisation_id, execution_id))
        model = answer.get("model") if isinstance(answer, dict) else None
        if isinstance(model, dict):
            records.append(model)
    return records


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


def process_names(session, organisation_id: str, process_id: str) -> dict:
    """A process's ``name`` and ``service_id`` (one GET): what a run listed without them needs for its outputs."""
    model, _extras = session.get_model(process_path(organisation_id, process_id))
    return {key: model.get(key) for key in ("name", "service_id")}


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

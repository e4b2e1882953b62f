"""Paged listings for the Browser panel: one request per page, the cursor kept by the caller.

Why not ``Session.iterate``: the Browser shows one page per expansion (and one more per "More…"), so it must
stop after exactly one request and keep the platform's ``last`` cursor for the next page. Worker-thread code:
called from ``QgsDataItem.createChildren`` (which QGIS runs in a worker thread for items without the ``Fast``
capability) or from a QgsTask, never on the main thread.
"""

from __future__ import annotations

from typing import Optional

from ..api.client import list_params
from ..api.errors import ServerError

PAGE_SIZE = 24


def fetch_page(session, path: str, cursor: Optional[dict] = None, *, limit: int = 0, reverse: bool = True,
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


def all_items(session, path: str, reverse: bool = False) -> list[dict]:
    """Every item of a short collection (a data item's files, an execution's components)."""
    return [item for item, _extras in session.iterate(path, reverse=reverse)]

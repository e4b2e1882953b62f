"""The plain-data calls of the plugin's docks and pipeline: paged listings and light reads and writes, each a
named function (the addresses come from :mod:`.paths`, the filter spellings are written here).

Part of ``api/`` because only ``api/`` knows the platform's URLs and filters. One request per page, the cursor kept
by the caller: the Browser panel shows one page per expansion (and one more per "More…"). A collection is named by
a :class:`Collection` (``uploaded_data(org)``, ``processes(org)``, ``process_executions(org, pid)``) that callers
pass back without looking inside.

Why not ``Session.iterate``: the Browser shows one page per expansion (and one more per "More…"), so it must
stop after exactly one request and keep the platform's ``last`` cursor for the next page. Worker-thread code:
called from ``QgsDataItem.createChildren`` (which QGIS runs in a worker thread for items without the ``Fast``
capability) or from a QgsTask, never on the main thread.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Optional, Union

from . import paths
from .client import list_params
from .errors import ServerError

PAGE_SIZE = 24
GROUP_PAGE = 100  # one page holds a whole group (the sandbox splits a run into at most a few dozen slices)


@dataclass(frozen=True)
class Collection:
    """A collection the docks page through; its address stays inside ``api/``."""

    path: str


def uploaded_data(organisation_id: str) -> Collection:
    """The organisation's own (uploaded) data, as the Data dock and the Browser list it."""
    return Collection(paths.uploaded_data(organisation_id))


def processes(organisation_id: str) -> Collection:
    return Collection(paths.processes(organisation_id))


def process_executions(organisation_id: str, process_id: str) -> Collection:
    return Collection(paths.process_executions(organisation_id, process_id))


def _path(collection: Union[Collection, str]) -> str:
    return collection.path if isinstance(collection, Collection) else collection


def fetch_page(
    session,
    path: Union[Collection, str],
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
    path: Union[Collection, str],
    cursor: Optional[dict] = None,
    *,
    limit: int = 0,
    reverse: bool = True,
    filters: Optional[dict] = None,
) -> tuple[list[dict], Optional[dict], dict]:
    """One page with the answer's ``extras`` too (a process page's dispatchers): ``(items, cursor, extras)``."""
    path = _path(path)
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


def iterate_uploaded_data(
    session,
    organisation_id: str,
    *,
    name_prefix: str = "",
    search: Optional[str] = None,
    reverse: bool = True,
    limit: int = PAGE_SIZE,
) -> Iterator[tuple[dict, dict]]:
    """Lazily, page by page: ``(item, page extras)`` of the organisation's data whose name begins with
    ``name_prefix`` (or matching ``search`` anywhere)."""
    filters = {"name__begins_with": name_prefix} if name_prefix else {}
    path = paths.uploaded_data(organisation_id)
    return session.iterate(path, reverse=reverse, search=search, filters=filters, limit=limit)


def processes_page(session, organisation_id: str, cursor: Optional[dict] = None) -> tuple[list[dict], Optional[dict]]:
    """One page of the organisation's processes, newest first, each with its execution summaries.

    The summaries (docs/api-contract.md §6.7.4) let the Executions and Processes docks list runs and statuses from
    this page alone: one request per page whatever the history."""
    return fetch_page(session, processes(organisation_id), cursor)


def processes_listing(
    session, organisation_id: str, cursor: Optional[dict] = None
) -> tuple[list[dict], Optional[dict], dict]:
    """``processes_page`` with the answer's extras (the page's dispatchers)."""
    return fetch_listing(session, processes(organisation_id), cursor)


def process_names(session, organisation_id: str, process_id: str) -> dict:
    """A process's ``name`` and ``service_id`` (one GET): what a run listed without them needs for its outputs."""
    model, _extras = session.get_model(paths.process(organisation_id, process_id))
    return {key: model.get(key) for key in ("name", "service_id")}


def process_model(session, organisation_id: str, process_id: str) -> dict:
    """A process's whole record (price, inputs, schedule): what an output's metadata tells about its run."""
    model, _extras = session.get_model(paths.process(organisation_id, process_id))
    return model


def organisation_model(session, organisation_id: str) -> dict:
    """An organisation's record (its name)."""
    model, _extras = session.get_model(paths.organisation(organisation_id))
    return model


def stop_process(session, organisation_id: str, process_id: str) -> None:
    """Ask the platform to stop every running execution of the process."""
    session.get_model(paths.stop_process(organisation_id, process_id), method="POST", idempotent=True)


def newest_executions(session, organisation_id: str, process_id: str) -> list[dict]:
    """The newest page of one process's executions (full records), one request."""
    items, _cursor = fetch_page(session, process_executions(organisation_id, process_id))
    return items


def all_executions(session, organisation_id: str, process_id: str) -> list[dict]:
    """Every execution of one process, oldest first (a repeating process's time series)."""
    return [item for item, _extras in session.iterate(paths.process_executions(organisation_id, process_id))]


def group_executions(session, organisation_id: str, process_id: str, group_id: str) -> list[dict]:
    """Every execution of one group (its slices and its aggregator): one filtered request, a page holds a group."""
    path = paths.process_executions(organisation_id, process_id)
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
        answer = session.request("GET", paths.execution(organisation_id, execution_id))
        model = answer.get("model") if isinstance(answer, dict) else None
        if isinstance(model, dict):
            records.append(model)
    return records


def delete_executions(session, organisation_id: str, execution_ids: list[str]) -> list[str]:
    """Delete each execution (a grouped run is deleted execution by execution); returns the ids. Worker code."""
    for execution_id in execution_ids:
        session.request("DELETE", paths.execution(organisation_id, execution_id))
    return execution_ids


def change_delete_expiry(session, organisation_id: str, execution_id: str, when: datetime) -> None:
    """Keep the execution's outputs until ``when`` (applies to its whole group)."""
    session.request(
        "POST",
        paths.change_delete_expiry(organisation_id, execution_id),
        json={"ProcessExecution": {"delete_expiry": when.astimezone(timezone.utc).isoformat()}},
        idempotent=True,
    )


def execution_components(session, organisation_id: str, execution_id: str) -> list[dict]:
    """The components (process service executions) of one execution, in order."""
    return [item for item, _extras in session.iterate(paths.execution_components(organisation_id, execution_id))]


def component_log(session, organisation_id: str, component_id: str) -> list[dict]:
    """Every log entry of one component, newest first."""
    path = paths.component_logs(organisation_id, component_id)
    return [item for item, _extras in session.iterate(path, reverse=True)]


def newest_log_entries(session, organisation_id: str, component_id: str) -> list[dict]:
    """The newest page of one component's log (one request), newest first: the lines a failure quotes."""
    items, _cursor = fetch_page(session, paths.component_logs(organisation_id, component_id), reverse=True)
    return items


def data_model(session, organisation_id: str, data_id: str) -> dict:
    """One data item's record."""
    model, _extras = session.get_model(paths.data_item(organisation_id, data_id))
    return model


def data_files(session, organisation_id: str, data_id: str) -> list[dict]:
    """Every file of one data item."""
    return [item for item, _extras in session.iterate(paths.data_files(organisation_id, data_id))]


def download_url(session, organisation_id: str, data_id: str, file_id: str, preview: bool = False) -> Optional[str]:
    """A signed, expiring URL of one file (or of its PNG thumbnail with ``preview``); None when none is given."""
    answer = session.request(
        "GET",
        paths.download_file(organisation_id, data_id, file_id),
        params={"preview": "True" if preview else "False"},
    )
    url = ((answer or {}).get("extras") or {}).get("url") if isinstance(answer, dict) else None
    return str(url) if url else None

"""Processes → runs (a group of executions as one node) → components → outputs."""

from __future__ import annotations

from typing import Any, Optional

from qgis.core import (
    QgsMimeDataUtils,
)

from ...api import listings
from ...qgis_support.runs.records import group_runs, run_key
from ...qgis_support.runs.status import run_status
from ...qgis_support.session import settings as fp_settings
from ...qgis_support.words.i18n import tr
from ..executions.model import format_time, status_text
from ..ui import copy_text
from . import local
from .actions import (
    delete_run,
    download_run_to,
    load_run,
    load_time_series,
    open_log,
    prefetch_run,
    process_of,
    show_run,
)
from .base import EmptyItem, FolderItem, LeafItem, PagedFolder, menu_actions
from .context import BrowserContext
from .drag import drag_uri


class ProcessesFolderItem(PagedFolder):
    def __init__(self, parent, context: BrowserContext, organisation_id: str):
        super().__init__(
            parent, tr("Processes"), f"{parent.path()}/processes", context, organisation_id, "processes.svg"
        )
        self.setSortKey("2")

    def collection(self) -> listings.Collection:
        return listings.processes(self.organisation_id)

    def make_children(self, entries: list[dict]) -> list:
        return [ProcessItem(self, self.context, self.organisation_id, entry) for entry in entries]

    def empty_text(self) -> str:
        return tr("No processes yet: define one from the Services panel")


# -- processes, runs, components, outputs
class ProcessItem(PagedFolder):
    """A process: its runs, newest first (a group of executions is one run)."""

    def __init__(self, parent, context: BrowserContext, organisation_id: str, model: dict):
        super().__init__(
            parent,
            str(model.get("name") or model.get("id")),
            f"{parent.path()}/{model.get('id')}",
            context,
            organisation_id,
            "processes.svg",
        )
        self.model = dict(model)

    def collection(self) -> listings.Collection:
        return listings.process_executions(self.organisation_id, str(self.model.get("id")))

    def make_children(self, entries: list[dict]) -> list:
        return [RunItem(self, self.context, self.organisation_id, run) for run in group_runs(self.model, entries)]

    def fetch_page(
        self, session, collection: listings.Collection, cursor: Optional[dict]
    ) -> tuple[list[dict], Optional[dict]]:
        """Worker: a page of executions, completed while its last group is cut off by the page's end (the
        platform says how many executions a group has: ``group_count``), so a group is one whole node."""
        entries, cursor = listings.fetch_page(session, collection, cursor, reverse=self.reverse)
        for _extra in range(MAX_GROUP_PAGES):
            if cursor is None or not cut_group(entries):
                break
            more, cursor = listings.fetch_page(session, collection, cursor, reverse=self.reverse)
            entries = entries + more
        return entries, cursor

    def append_page(self, entries: list[dict]) -> None:
        """Main thread: a further page; executions of a group already shown join its node (replaced by one with
        every execution), so a group split across pages (without ``group_count``) still is one node."""
        shown = {run_key(kid.run): kid for kid in self.kids if isinstance(kid, RunItem)}
        for run in group_runs(self.model, entries):
            old = shown.get(run_key(run))
            if old is not None:
                known = {str(e.get("id")) for e in old.run["executions"]}
                added = [e for e in run["executions"] if str(e.get("id")) not in known]
                if not added:
                    continue  # shown already (e.g. listed again after a refresh)
                run = group_runs(self.model, list(old.run["executions"]) + added)[0]
                self.remove_kid(old)
            kid = RunItem(self, self.context, self.organisation_id, run)
            shown[run_key(run)] = kid
            self.add_kid(kid)

    def actions(self, parent):
        return menu_actions(
            parent,
            [
                (tr("Load as time series"), lambda: load_time_series(self.context, self.organisation_id, self.model)),
                (tr("Copy id"), lambda: copy_text(str(self.model.get("id")))),
            ],
        )

    def empty_text(self) -> str:
        return tr("No executions yet")


MAX_GROUP_PAGES = 20  # further pages fetched at most to complete a group cut off by a page's end


def cut_group(entries: list[dict]) -> bool:
    """Whether the last execution listed belongs to a group with members not listed yet (``group_count``)."""
    if not entries or not entries[-1].get("group_id"):
        return False
    group_id = entries[-1]["group_id"]
    try:
        count = int(entries[-1].get("group_count") or 0)
    except (TypeError, ValueError):
        return False
    return sum(1 for e in entries if e.get("group_id") == group_id) < count


def run_label(run: dict) -> str:
    executions = run["executions"]
    started = min((str(e.get("started_at") or "") for e in executions), default="")
    label = format_time(started) or str(executions[0].get("id"))
    status = status_text(run_status(executions))
    if run.get("group_id"):
        return tr("{0} — group of %n execution(s) — {1}", None, len(executions)).format(label, status)
    return f"{label} — {status}"


class RunItem(FolderItem):
    """One run: a single execution (children: its components) or a group (children: its executions).

    The run's status is part of its path, so a refresh after the run finished replaces the node (with the new
    status in its name) instead of keeping the stale one."""

    def __init__(self, parent: ProcessItem, context: BrowserContext, organisation_id: str, run: dict):
        self.run = run
        status = run_status(run["executions"])
        super().__init__(
            parent, run_label(run), f"{parent.path()}/run/{run_key(run)}@{status}", context, "executions.svg"
        )
        self.organisation_id = organisation_id
        self.status = status
        started = max((str(e.get("started_at") or "") for e in run["executions"]), default="")
        self.setSortKey(_reverse_key(started))  # newest first
        self.setToolTip(tr("Execution {0}").format(", ".join(str(e.get("id")) for e in run["executions"])))

    def grouped(self) -> bool:
        return bool(self.run.get("group_id")) and len(self.run["executions"]) > 1

    def fetch(self, session) -> Any:
        return None if self.grouped() else fetch_components(session, self.organisation_id, self.run["executions"][0])

    def build(self, answer: Any) -> list:
        if self.grouped():
            return [ExecutionItem(self, self.context, self.organisation_id, e) for e in self.run["executions"]]
        return build_components(self, answer)

    def handleDoubleClick(self) -> bool:
        return False  # expand/collapse; "Add outputs to map" is in the context menu

    def hasDragEnabled(self) -> bool:
        return self.status == "success"

    def mimeUris(self):
        return [run_uri(self.name(), self.organisation_id, self.run)]

    def actions(self, parent):
        finished = self.status == "success"
        entries = [
            (tr("Add outputs to map"), lambda: load_run(self.context, self.organisation_id, self.run)),
            (tr("Download outputs to…"), lambda: download_run_to(self.context, self.organisation_id, self.run)),
            (tr("Open the log"), lambda: open_log(self.context, self.run)),
            (tr("Show in the Executions panel"), lambda: show_run(self.context, self.run)),
            (tr("Copy id"), lambda: copy_text(run_key(self.run))),
            (tr("Delete…"), lambda: delete_run(self.context, self.organisation_id, self.run)),
        ]
        actions = menu_actions(parent, entries)
        actions[0].setEnabled(finished)
        actions[1].setEnabled(finished)
        return actions


def run_uri(name: str, organisation_id: str, run: dict) -> QgsMimeDataUtils.Uri:
    return drag_uri(
        name,
        {
            "kind": "run",
            "organisation_id": organisation_id,
            "run": {"process": process_of(run), "group_id": run.get("group_id"), "executions": run["executions"]},
        },
    )


def _reverse_key(text: str) -> str:
    """A sort key that orders ISO times newest first under QGIS's ascending sort."""
    return "".join(chr(0xFFFF - ord(c)) if ord(c) < 0xFFFF else c for c in text)


class ExecutionItem(FolderItem):
    """A member of a group."""

    def __init__(self, parent: RunItem, context: BrowserContext, organisation_id: str, execution: dict):
        label = (
            tr("Slice {0}").format(execution.get("group_index"))
            if execution.get("group_index")
            else str(execution.get("id"))
        )
        super().__init__(
            parent,
            f"{label} — {status_text(run_status([execution]))}",
            f"{parent.path()}/execution/{execution.get('id')}",
            context,
            "executions.svg",
        )
        self.organisation_id = organisation_id
        self.execution = execution
        self.run_item = parent
        self.setSortKey(f"{int(execution.get('group_index') or 0):06d}")

    def fetch(self, session) -> Any:
        return fetch_components(session, self.organisation_id, self.execution)

    def build(self, answer: Any) -> list:
        return build_components(self, answer)


def fetch_components(session, organisation_id: str, execution: dict) -> list[dict]:
    """Worker: the components of one execution, intermediates skipped."""
    return [
        component
        for component in listings.execution_components(session, organisation_id, str(execution.get("id")))
        if not component.get("intermediate")
    ]


def build_components(parent, components: list[dict]) -> list:
    children = [ComponentItem(parent, parent.context, parent.organisation_id, c) for c in components]
    return children or [EmptyItem(parent, parent.context, tr("No components"))]


class ComponentItem(FolderItem):
    def __init__(self, parent: RunItem | ExecutionItem, context: BrowserContext, organisation_id: str, component: dict):
        super().__init__(
            parent,
            str(component.get("name") or component.get("id")),
            f"{parent.path()}/component/{component.get('id')}",
            context,
            "services.svg",
        )
        self.organisation_id = organisation_id
        self.component = component
        self.run_item = parent if isinstance(parent, RunItem) else parent.run_item
        self.execution = parent.execution if isinstance(parent, ExecutionItem) else self.run_item.run["executions"][0]
        self.download_folder = fp_settings.load_preferences().download_folder  # where its run's outputs go

    def fetch(self, session) -> Any:
        models = [
            listings.data_model(session, self.organisation_id, data_id)
            for data_id in self.component.get("outputs") or []
        ]
        process = process_of(self.run_item.run)
        return models, local.run_manifests_on_disk(self.download_folder, process, [self.execution])

    def build(self, answer: Any) -> list:
        models, manifests = answer
        children = [
            OutputItem(
                self, self.context, self.organisation_id, number, model, local.output_files(manifests, model.get("id"))
            )
            for number, model in enumerate(models, start=1)
        ]
        return children or [EmptyItem(self, self.context, tr("No outputs"))]


class OutputItem(LeafItem):
    """An output of a component: double-click loads the run's outputs, styled, in their group (once)."""

    def __init__(
        self,
        parent: ComponentItem,
        context: BrowserContext,
        organisation_id: str,
        number: int,
        model: dict,
        on_disk: Optional[list] = None,
    ):
        super().__init__(
            parent,
            str(model.get("name") or model.get("id")),
            f"{parent.path()}/output/{model.get('id')}",
            context,
            "/mIconRaster.svg",
        )
        self.organisation_id = organisation_id
        self.model = dict(model)
        self.run_item = parent.run_item
        self.local: list[local.LocalFile] = list(on_disk or [])  # its downloaded files, once known
        self.setSortKey(f"{number:04d}")

    def take_run_files(self, key: str, result: dict) -> None:
        """Its run's outputs are on disk now (actions.note_files): a drag offers this output's to Processing."""
        if run_key(self.run_item.run) == key:
            self.local = local.output_files(result.get("manifests") or [], str(self.model.get("id"))) or self.local

    def handleDoubleClick(self) -> bool:
        load_run(self.context, self.organisation_id, self.run_item.run)
        return True

    def hasDragEnabled(self) -> bool:
        return True

    def mimeUris(self):
        """Its files on disk first (what a Processing parameter takes), then ours (what the map's drop handler
        takes); not on disk yet, the drag downloads its run (:func:`.actions.prefetch_run`)."""
        if not self.local:
            prefetch_run(self.context, self.organisation_id, self.run_item.run, self.name(), str(self.model.get("id")))
        return local.local_uris(self.name(), self.local) + [
            run_uri(self.name(), self.organisation_id, self.run_item.run)
        ]

    def actions(self, parent):
        run = self.run_item.run
        return menu_actions(
            parent,
            [
                (tr("Add outputs to map"), lambda: load_run(self.context, self.organisation_id, run)),
                (tr("Open the log"), lambda: open_log(self.context, run)),
                (tr("Show in the Executions panel"), lambda: show_run(self.context, run)),
                (tr("Copy id"), lambda: copy_text(str(self.model.get("id")))),
            ],
        )

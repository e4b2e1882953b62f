"""What the items' double-clicks, drops and context menus do: each in a QgsTask, through the docks' pipelines."""

from __future__ import annotations

import types
from typing import Any, Optional, Protocol

from qgis.core import (
    Qgis,
    QgsProject,
)

from ...api import listings
from ...api.models import Data, DataFile
from ...qgis_support.data import item_layers as data_layers
from ...qgis_support.data import uploads
from ...qgis_support.outputs import downloads as fp_outputs
from ...qgis_support.pipeline.results import OutputsLoader, fetch_outputs, loaded_group
from ...qgis_support.runs.records import run_key
from ...qgis_support.runs.status import run_status
from ...qgis_support.session import settings as fp_settings
from ...qgis_support.words.i18n import tr
from .context import DATA_ID_PROPERTY, FILE_ID_PROPERTY, BrowserContext


class DataNode(Protocol):
    """What the actions need of a data item of the Browser (``data_items.DataItem``)."""

    organisation_id: str
    model: dict

    @property
    def data_id(self) -> str: ...

    def name(self) -> str: ...

    def data(self, session: Any) -> Data: ...


class FileNode(Protocol):
    """What the actions need of one file of a data item (``data_items.FileItem``)."""

    model: dict


def _layers_with(project: QgsProject, prop: str, value: str) -> list:
    return [layer for layer in project.mapLayers().values() if str(layer.customProperty(prop, "")) == value]


def add_data(context: BrowserContext, item: DataNode, file_item: Optional[FileNode] = None):
    """Download a data item (or one of its files) in the background and add it to the map, once."""
    return add_data_model(context, item.organisation_id, item.model, file_item.model if file_item else None)


def add_data_model(context: BrowserContext, organisation_id: str, model: dict, file_model: Optional[dict] = None):
    """:func:`add_data` from plain wire dicts (what a drag from the Browser carries)."""
    project = context.project_()
    data_id = str(model.get("id"))
    file_id = str((file_model or {}).get("file_id") or (file_model or {}).get("id") or "")
    key_prop, key = (FILE_ID_PROPERTY, file_id) if file_model is not None else (DATA_ID_PROPERTY, data_id)
    existing = _layers_with(project, key_prop, key)
    if existing:
        context.message(tr("{0} is already on the map.").format(existing[0].name()))
        return None
    session = context.session()
    if session is None:
        context.message(
            tr("You are no longer logged in: log in from the Account panel, then try again."), Qgis.MessageLevel.Warning
        )
        return None
    data_name = str(model.get("name") or data_id)
    name = data_name if file_model is None else f"{data_name} — {file_model.get('file_name') or file_id}"
    data = Data(session, model, context={"organisation_id": organisation_id})
    chosen = dict(file_model) if file_model is not None else None

    def work(task):
        return download_data_files(context, session, organisation_id, data, chosen, None, task)

    def done(files):
        note_data_files(context, data_id, files, whole=chosen is None)
        loaded = data_layers.load_files_as_layers(name if chosen is not None else data.name, files, project)
        for layer in loaded:
            layer.setCustomProperty(DATA_ID_PROPERTY, data_id)
            if chosen is not None:
                layer.setCustomProperty(FILE_ID_PROPERTY, file_id)
        context.loaded.append(loaded)
        context.message(tr("Added {0} to the map").format(name), Qgis.MessageLevel.Success)

    return context.run(
        f"{key_prop}:{key}",
        tr("Adding {0} to the map").format(name),
        work,
        done,
        tr("Could not add the data to the map: {0}"),
    )


def download_data_files(context: BrowserContext, session, organisation_id: str, data: Data, chosen, folder, task):
    """Worker: a data item's files (or only ``chosen``, a file's wire dict) into ``folder`` (None: the cache "Add
    to map" uses), one download at a time per data item."""
    source: Any = data
    if chosen is not None:
        source = types.SimpleNamespace(
            name=data.name,
            id=data.id,
            session=session,
            files=[DataFile(session, chosen, context={"organisation_id": organisation_id, "data": data})],
        )
    with context.transfer_lock(f"data:{data.id}"):
        return data_layers.download_data(
            source, folder or data_layers.cache_dir(), cancel=task.cancel_event, progress=task.setProgress
        )


def note_data_files(context: BrowserContext, data_id: str, files: list, whole: bool) -> None:
    """Main thread: a data item's files are on disk now; its items offer them to Processing when dragged."""
    for item in context.items:
        take = getattr(item, "take_data_files", None)  # the data and file items of the Browser
        if take is not None:
            take(data_id, files, whole)


def prefetch_data(context: BrowserContext, organisation_id: str, model: dict, file_model: Optional[dict] = None):
    """A data item (or one file) dragged before it was downloaded: download it into the cache "Add to map"
    uses, so that the next drag offers the file to Processing parameters."""
    session = context.session()
    if session is None:
        return None
    data_id = str(model.get("id"))
    data = Data(session, model, context={"organisation_id": organisation_id})
    chosen = dict(file_model) if file_model is not None else None
    name = str(model.get("name") or data_id)
    key = f"data:{data_id}"

    def work(task):
        return download_data_files(context, session, organisation_id, data, chosen, None, task)

    def done(files):
        note_data_files(context, data_id, files, whole=chosen is None)
        if key in context.dropped:
            context.dropped.discard(key)  # dropped on the map: that load says so
            return
        context.message(tr("{0} is downloaded: drag it again to drop it into a Processing parameter.").format(name))

    suffix = ":" + str(chosen.get("file_id") or chosen.get("id")) if chosen is not None else ""
    return context.run(
        f"prefetch:{key}{suffix}",
        tr("Downloading {0}").format(name),
        work,
        done,
        tr("Could not download: {0}"),
    )


def download_data_to(context: BrowserContext, item: DataNode, file_item: Optional[FileNode] = None):
    folder = context.ask_folder(tr("Download to"))
    session = context.session()
    if not folder or session is None:
        return None
    data = item.data(session)
    chosen = dict(file_item.model) if file_item is not None else None

    def work(task):
        return download_data_files(context, session, item.organisation_id, data, chosen, folder, task)

    def done(files):
        context.message(tr("Downloaded %n file(s) to {0}", None, len(files)).format(folder), Qgis.MessageLevel.Success)

    return context.run(
        f"download:{item.data_id}:{folder}",
        tr("Downloading {0}").format(item.name()),
        work,
        done,
        tr("Could not download: {0}"),
    )


def rename_data(context: BrowserContext, item: DataNode):
    """Rename a data item on the platform (the name checked as the Data dock checks it)."""
    from ...qgis_support.data import region

    name = context.ask_text(tr("Rename data"), tr("New name:"), item.name())
    session = context.session()
    if not name or name == item.name() or session is None:
        return None
    problems = region.check_name(name)
    if problems:
        context.message(str(region.RegionError(problems)), Qgis.MessageLevel.Warning)
        return None
    data = item.data(session)

    def work(_task):
        data.update(name=name)
        return name

    def done(_name):
        context.message(tr("Renamed to {0}").format(name), Qgis.MessageLevel.Success)
        context.state.data_changed.emit()  # the Data dock and this Browser list it again

    return context.run(
        f"rename:{item.data_id}", tr("Renaming {0}").format(item.name()), work, done, tr("Could not rename: {0}")
    )


def delete_data(context: BrowserContext, item: DataNode):
    if not context.confirm(tr("Delete the data item '{0}' on the Fusion Platform?").format(item.name())):
        return None
    session = context.session()
    if session is None:
        return None
    data = item.data(session)

    def work(_task):
        data.delete()
        uploads.forget(str(data.id))  # an interrupted upload removed: nothing left to resume
        return True

    def done(_ok):
        context.message(tr("Deleted."), Qgis.MessageLevel.Success)
        context.state.data_changed.emit()  # the Data dock and this Browser list it again

    return context.run(
        f"delete:{item.data_id}", tr("Deleting {0}").format(item.name()), work, done, tr("Could not delete: {0}")
    )


def show_data(context: BrowserContext, data_id: str) -> None:
    dock = context.show_dock("data")
    if dock is not None and hasattr(dock, "select_data") and not dock.select_data(data_id):
        context.message(tr("The Data panel does not list this item on its current page."))


def process_of(run: dict) -> dict:
    return {k: run["process"].get(k) for k in ("id", "name", "service_id")}


def load_run(context: BrowserContext, organisation_id: str, run: dict):
    """The run's outputs through the pipeline's loader (``pipeline.results.OutputsLoader``, the one the Executions
    dock uses): downloaded once, then styled layers in a group; a run already on the map is only shown."""
    project = context.project_()
    executions = list(run["executions"])
    if loaded_group(executions, project) is not None:
        context.message(tr("The outputs of this run are already on the map."))
        return None
    if run_status(executions) != "success":
        context.message(tr("This run has not succeeded: it has no outputs to load."), Qgis.MessageLevel.Warning)
        return None
    session = context.session()
    if session is None:
        context.message(
            tr("You are no longer logged in: log in from the Account panel, then try again."), Qgis.MessageLevel.Warning
        )
        return None
    task = outputs_loader(context).load(run, organisation_id, session, project)
    if task is not None:
        context.tasks[f"run:{run_key(run)}"] = task
    return task


def outputs_loader(context: BrowserContext) -> OutputsLoader:
    """The Browser's loader (made once per context): the Executions dock's, with the Browser's messages."""
    if context.outputs is None:
        loader = OutputsLoader(
            context.state,
            interactive=context.interactive,
            stream=False,
            guard=lambda key: context.transfer_lock(f"run:{key}"),
        )
        loader.downloaded.connect(lambda key, result: note_files(context, key, result))
        loader.outputs_loaded.connect(lambda built: run_loaded(context, built))
        loader.outputs_shown.connect(lambda _group: _forget_run_tasks(context))
        loader.failed.connect(lambda _key, error: run_failed(context, error))
        context.outputs = loader
    return context.outputs


def _forget_run_tasks(context: BrowserContext) -> None:
    for key in [k for k, task in context.tasks.items() if k.startswith("run:") and task.done]:
        context.tasks.pop(key, None)


def run_failed(context: BrowserContext, error: BaseException) -> None:
    _forget_run_tasks(context)
    context.error_handler(tr("Could not load the outputs: {0}"))(error)


def run_loaded(context: BrowserContext, loader) -> None:
    """The loader built a run's layers (a Browser load): say so."""
    _forget_run_tasks(context)
    context.loaded.append(loader)
    process = loader.run.get("process") or {}
    context.message(
        tr("On the map: {0}").format(process.get("name")),
        Qgis.MessageLevel.Success,
    )


def download_run_files(context: BrowserContext, session, organisation_id: str, run: dict, folder: str, task):
    """Worker: a run's outputs into ``<folder>/<process>/<execution>/``, one download at a time per run."""
    with context.transfer_lock(f"run:{run_key(run)}"):
        return fetch_outputs(
            session,
            organisation_id,
            list(run["executions"]),
            process_of(run),
            folder,
            progress=task.setProgress,
            cancel=task.cancel_event,
        )


def note_run_files(context: BrowserContext, run: dict, result: dict) -> None:
    """Main thread: a run's outputs are on disk now; its output items offer them to Processing when dragged."""
    note_files(context, run_key(run), result)


def note_files(context: BrowserContext, key: str, result: dict) -> None:
    """``note_run_files`` by run key (the loader's ``downloaded`` signal)."""
    for item in context.items:
        take = getattr(item, "take_run_files", None)  # the output items of the Browser
        if take is not None:
            take(key, result)


def prefetch_run(context: BrowserContext, organisation_id: str, run: dict, name: str, data_id: str = ""):
    """An output dragged before its run was downloaded: download the run (where "Add outputs to map" does), so
    that the next drag offers the output's files to Processing parameters."""
    session = context.session()
    if session is None or run_status(run["executions"]) != "success":
        return None
    folder = fp_settings.load_preferences().download_folder
    key = f"run:{run_key(run)}"

    def work(task):
        return download_run_files(context, session, organisation_id, run, folder, task)

    def done(result):
        from . import local

        note_run_files(context, run, result)
        if key in context.dropped:
            context.dropped.discard(key)  # dropped on the map: that load says so
            return
        if data_id and not local.output_files(result.get("manifests") or [], data_id):
            return  # an output without files: nothing a parameter could take
        context.message(tr("{0} is downloaded: drag it again to drop it into a Processing parameter.").format(name))

    return context.run(
        f"prefetch:{key}",
        tr("Fusion Platform: downloading outputs of '{0}'").format(process_of(run).get("name") or ""),
        work,
        done,
        tr("Could not download: {0}"),
    )


def load_time_series(context: BrowserContext, organisation_id: str, process: dict):
    """Every successful run of a (repeating) process as layers with temporal ranges, in one group."""
    from ...qgis_support.outputs import time_series

    session = context.session()
    if session is None:
        context.message(
            tr("You are no longer logged in: log in from the Account panel, then try again."), Qgis.MessageLevel.Warning
        )
        return None
    project = context.project_()
    folder = fp_settings.load_preferences().download_folder
    model = {k: process.get(k) for k in ("id", "name", "service_id")}

    def work(task):
        executions = listings.all_executions(session, organisation_id, str(model["id"]))
        return time_series.download_series(
            session, organisation_id, model, executions, folder, cancel=task.cancel_event, progress=task.setProgress
        )

    def done(results):
        if not results:
            context.message(tr("'{0}' has no successful runs yet.").format(model.get("name")))
            return
        loader = time_series.SeriesLoader(model, results, project, interactive=context.interactive)
        loader.organisation_id = organisation_id
        loader.load()
        context.loaded.append(loader)
        context.message(
            tr(
                "%n run(s) of '{0}' loaded as a time series: play them with the Temporal Controller.",
                None,
                len(results),
            ).format(model.get("name")),
            Qgis.MessageLevel.Success,
        )

    return context.run(
        f"series:{model['id']}",
        tr("Fusion Platform: loading the time series of '{0}'").format(model.get("name") or ""),
        work,
        done,
        tr("Could not load the time series: {0}"),
    )


def follow_series(context: BrowserContext, info: dict):
    """A watched run finished (``ExecutionMonitor.run_ended``): if it belongs to a loaded time series, its
    outputs join that series' group."""
    from ...qgis_support.outputs import time_series

    series = [
        loader
        for loader in context.loaded
        if isinstance(loader, time_series.SeriesLoader) and str(loader.process.get("id")) == str(info.get("process_id"))
    ]
    executions = list(info.get("executions") or [])
    if not series or not time_series.succeeded(executions) or context.session() is None:
        return None
    if {str(e.get("id")) for e in executions} <= series[-1].execution_ids():
        return None
    session = context.session()
    organisation_id = str(info.get("organisation_id") or getattr(series[-1], "organisation_id", ""))
    process = dict(series[-1].process)
    folder = fp_settings.load_preferences().download_folder

    def work(task):
        return fetch_outputs(
            session, organisation_id, executions, process, folder, progress=task.setProgress, cancel=task.cancel_event
        )

    def done(result):
        for loader in series:
            if loader.append(result):
                context.message(
                    tr("A new run of '{0}' joined its time series.").format(process.get("name")),
                    Qgis.MessageLevel.Success,
                )

    return context.run(
        f"series-run:{executions[0].get('id')}",
        tr("Fusion Platform: adding a run to the time series of '{0}'").format(process.get("name") or ""),
        work,
        done,
        tr("Could not add the run to the time series: {0}"),
    )


def download_run_to(context: BrowserContext, organisation_id: str, run: dict):
    folder = context.ask_folder(tr("Download outputs to"))
    session = context.session()
    if not folder or session is None:
        return None

    def work(task):
        return download_run_files(context, session, organisation_id, run, folder, task)

    def done(result):
        if folder == fp_settings.load_preferences().download_folder:
            note_run_files(context, run, result)
        context.message(tr("Outputs downloaded to {0}").format(folder), Qgis.MessageLevel.Success)

    return context.run(
        f"download-run:{run_key(run)}:{folder}", tr("Downloading outputs"), work, done, tr("Could not download: {0}")
    )


def delete_run(context: BrowserContext, organisation_id: str, run: dict):
    count = len(run["executions"])
    text = (
        tr("Delete this execution and its outputs on the Fusion Platform?")
        if count == 1
        else tr("Delete these %n executions (the whole group) and their outputs on the Fusion Platform?", None, count)
    )
    if not context.confirm(text):
        return None
    session = context.session()
    if session is None:
        return None
    ids = [str(e["id"]) for e in run["executions"]]

    def work(_task):
        deleted = listings.delete_executions(session, organisation_id, ids)
        fp_outputs.forget_run(str(run["process"].get("name") or ""), ids, run_key(run))
        return deleted

    def done(_ids):
        context.message(tr("Deleted."), Qgis.MessageLevel.Success)
        context.state.executions_changed.emit()

    return context.run(
        f"delete-run:{run_key(run)}",
        tr("Fusion Platform: deleting executions"),
        work,
        done,
        tr("Could not delete: {0}"),
    )


def open_log(context: BrowserContext, run: dict) -> None:
    dock = context.docks().get("executions")
    if dock is not None:
        dock.show_log(run)


def show_run(context: BrowserContext, run: dict) -> None:
    dock = context.show_dock("executions")
    if dock is not None:
        dock.select_run(run_key(run))

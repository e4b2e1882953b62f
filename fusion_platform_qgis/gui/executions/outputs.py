"""A run's outputs on the map through the pipeline's loader (``pipeline.results.OutputsLoader``), as a time series
for a repeating process, and the streamed layers' signed URLs renewed: :class:`OutputsPanel`.
"""

from __future__ import annotations

import functools
from typing import Any, Callable, Optional

from qgis.core import Qgis, QgsProject
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QProgressBar, QPushButton

from ...qgis_support.outputs import downloads as fp_outputs
from ...qgis_support.outputs import streaming as fp_streaming
from ...qgis_support.pipeline.results import OutputsLoader, loaded_group
from ...qgis_support.runs import interrupted as fp_interrupted
from ...qgis_support.runs.records import run_key
from ...qgis_support.session import settings as fp_settings
from ...qgis_support.session.network import read_network_config
from ...qgis_support.toolbelt.log import log_info
from ...qgis_support.toolbelt.tasks import run_task
from ...qgis_support.words.i18n import tr
from ..ui import bar_title
from .context import DockContext
from .notifications import Notifier


class OutputsPanel(QObject):
    """Loads runs' outputs (with the dock's download bar and messages), time series and streamed layers."""

    outputs_loaded = pyqtSignal(object)  # layers.RunLoader
    outputs_shown = pyqtSignal(object)  # QgsLayerTreeGroup of a run that was already on the map
    streams_refreshed = pyqtSignal(int)  # number of streamed layers given a new signed URL

    def __init__(
        self,
        context: DockContext,
        loader: OutputsLoader,
        bar: QProgressBar,
        notifier: Notifier,
        docks: Callable[[], dict],
    ):
        super().__init__(bar)
        self.context = context
        self.loader = loader
        self.bar = bar
        self.notifier = notifier  # keeps the dock's message-bar items (popped at shutdown)
        self.docks = docks  # the docks a time series' Browser context may show
        self.table_offers: list[QPushButton] = []  # "Open the statistics table" buttons pushed to the message bar
        self.series_context: Any = None  # the Browser's context (set by the plugin): a loaded series follows new runs
        loader.outputs_loaded.connect(self._built)
        loader.outputs_shown.connect(self._shown)
        loader.failed.connect(self._failed)
        loader.progress.connect(self._progress)
        # a run being downloaded is remembered until its files are on disk (or it failed): a killed QGIS offers it
        loader.downloaded.connect(lambda key, _fetched: fp_outputs.loads_journal().drop(key))
        loader.failed.connect(lambda key, _error: fp_outputs.loads_journal().drop(key))
        self.offered: set[str] = set()  # interrupted loads offered this session

    def load_outputs(self, run: Optional[dict]) -> Any:
        """The run's outputs on the map through the pipeline's loader (downloaded once; already there: shown)."""
        if run is None:
            return None
        context = self.context
        if loaded_group(run["executions"]) is not None:
            # Already on the map: the loader brings it into view instead of adding a second identical group.
            context.message(tr("Already on the map: {0}").format(run["process"].get("name") or ""))
            return self.loader.load(run, "", None)
        session = context.action_session()
        if session is None:
            return None
        self.bar.setValue(0)
        connection = context.state.connection
        fp_outputs.loads_journal().put(
            fp_interrupted.load_entry(
                run_key(run),
                context.organisation_id(),
                connection.url if connection else "",
                run["process"],
                run["executions"],
            )
        )
        task = self.loader.load(run, context.organisation_id(), session)
        self.bar.setVisible(bool(self.loader.tasks))
        return task

    def offer_interrupted_loads(self, runs: list[dict]) -> None:
        """Runs whose outputs were being downloaded when QGIS died, now listed again: loaded at once with automatic
        loading on (their ``.part`` files are continued), otherwise offered with "Load outputs" and "Discard"
        (which removes the partial files). Each run once per session."""
        context = self.context
        connection = context.state.connection
        if connection is None or not context.alive or not context.logged_in():
            return
        listed = {run_key(run): run for run in runs}
        entries = fp_interrupted.loads_to_offer(
            fp_outputs.loads_journal().entries(), set(listed) - self.offered, context.organisation_id(), connection.url
        )
        automatic = fp_settings.load_preferences().load_outputs_automatically
        bar = context.iface.messageBar()
        for entry in entries:
            self.offered.add(entry["key"])
            run = listed[entry["key"]]
            if automatic:
                self.load_outputs(run)
                continue
            name = run["process"].get("name") or entry["process"].get("name") or ""
            widget = bar.createMessage(
                tr("Fusion Platform"), tr("The outputs of '{0}' were being loaded when QGIS closed.").format(name)
            )
            load = QPushButton(tr("Load outputs"), widget)
            discard = QPushButton(tr("Discard"), widget)
            load.clicked.connect(context.while_alive(functools.partial(self.load_outputs, run)))
            discard.clicked.connect(context.while_alive(functools.partial(self.discard_interrupted_load, entry)))
            for button in (load, discard):
                widget.layout().addWidget(button)
            item = bar.pushWidget(widget, Qgis.MessageLevel.Info, 0)
            for button in (load, discard):
                button.clicked.connect(lambda _c=False, i=item: bar.popWidget(i) if i is not None else None)
            self.notifier.keep(item if item is not None else widget)

    def discard_interrupted_load(self, entry: dict) -> Any:
        """The user no longer wants an interrupted load: forget it and remove its partial files (in a task)."""
        fp_outputs.loads_journal().drop(entry["key"])
        folder = fp_settings.load_preferences().download_folder
        name, ids = entry["process"].get("name") or "", list(entry["executions"])
        return run_task(
            tr("Fusion Platform: removing partial downloads"),
            lambda task: fp_outputs.remove_partial_downloads(folder, name, ids),
            lambda count: log_info(f"Removed {count} partial download(s) of '{name}'"),
            lambda error: None,
        )

    def _progress(self, _key: str, percent: float) -> None:
        if self.context.alive:
            self.bar.setValue(int(percent))

    def _shown(self, group) -> None:
        self.bar.setVisible(bool(self.loader.tasks))
        self.outputs_shown.emit(group)

    def _built(self, loader) -> None:
        self.bar.setVisible(bool(self.loader.tasks))
        self._say_added(loader.run.get("process") or {}, loader)
        self.outputs_loaded.emit(loader)

    def _failed(self, _key: str, error: BaseException) -> None:
        self.bar.setVisible(bool(self.loader.tasks))
        from ...api.errors import CancelledError

        context = self.context
        if isinstance(error, CancelledError):
            context.message(tr("Download cancelled."), Qgis.MessageLevel.Info)
            return
        if context.state.report_error(error):
            return
        context.message(
            tr("Could not load the outputs: {0}").format(context.error_text(error)), Qgis.MessageLevel.Critical, 0
        )

    def _say_added(self, process: dict, loader) -> None:
        """Say what was added; a statistics table is offered with a button, never opened unasked."""
        context = self.context
        text = tr("On the map: {0}").format(process.get("name"))
        tables = list(loader.tables)
        if not tables:
            context.message(text, Qgis.MessageLevel.Success)
            return
        bar = context.iface.messageBar()
        widget = bar.createMessage(bar_title(Qgis.MessageLevel.Success), text)
        button = QPushButton(tr("Open table"), widget)
        button.setToolTip(tr("Open the statistics table"))

        def open_tables() -> None:
            project = QgsProject.instance()
            for table in tables:
                if not sip.isdeleted(table) and project is not None and project.mapLayer(table.id()) is not None:
                    context.iface.showAttributeTable(table)

        button.clicked.connect(context.while_alive(open_tables))
        widget.layout().addWidget(button)
        item = bar.pushWidget(widget, Qgis.MessageLevel.Success, 15)
        self.notifier.keep(item if item is not None else widget)
        self.table_offers.append(button)

    # ------------------------------------------------------------------ time series, streamed layers
    def load_time_series(self, run: Optional[dict]) -> Any:
        """Every successful run of ``run``'s (repeating) process as dated layers in one group, for the Temporal
        Controller: the Browser's "Load as time series" (gui/browser/actions.py, qgis_support/outputs/time_series.py)."""
        if run is None or self.context.action_session() is None:
            return None
        from ..browser import BrowserContext, load_time_series

        if self.series_context is None:
            self.series_context = BrowserContext(self.context.state, self.docks)
        return load_time_series(self.series_context, self.context.organisation_id(), run["process"])

    def project_read(self, project: Optional[QgsProject] = None) -> Any:
        """After a project was opened: its streamed layers were saved without their signed URLs (see
        :mod:`..qgis_support.outputs.streaming`) and opened as placeholders; fetch fresh URLs and re-point them."""
        project = project or QgsProject.instance()
        waiting = [layer for layer in fp_streaming.streamed_layers(project) if fp_streaming.is_placeholder(layer)]
        if not waiting or not self.context.alive:
            return None
        if self.context.session() is None:
            self.context.message(
                tr(
                    "This project streams %n layer(s) from the Fusion Platform: log in from the Account "
                    "dock, then use 'Refresh streamed layers'.",
                    None,
                    len(waiting),
                ),
                Qgis.MessageLevel.Warning,
            )
            return None
        return self.refresh_streamed_layers(project)

    def refresh_streamed_layers(self, project: Optional[QgsProject] = None) -> Any:
        """Ask for new signed URLs for every layer of the project that streams a platform file, then re-point them.

        Signed URLs expire (about an hour), after which a streamed layer stops drawing; its custom properties keep
        the ids needed here. The URLs are fetched in a task and the layers changed on the main thread.
        """
        project = project or QgsProject.instance()
        if project is None:
            return None
        layers = fp_streaming.streamed_layers(project)
        if not layers:
            self.context.message(tr("No layer of this project streams from the Fusion Platform."))
            self.streams_refreshed.emit(0)
            return None
        session = self.context.session()
        if session is None:
            self.context.message(
                tr("Log in from the Account dock to refresh the streamed layers."), Qgis.MessageLevel.Warning
            )
            return None
        connection = self.context.state.connection
        fp_streaming.configure_gdal_network(read_network_config(), connection.url if connection else "")
        wanted = {layer.id(): fp_streaming.layer_key(layer) for layer in layers}

        def work(task):
            return fp_streaming.renew_urls(session, list(wanted.values()), task.cancel_event)

        def done(urls):
            if not self.context.alive:
                return
            count = 0
            for layer_id, key in wanted.items():
                layer = project.mapLayer(layer_id)
                if layer is None or key not in urls:
                    continue
                fp_streaming.repoint(layer, urls[key])
                count += 1
            log_info(f"Renewed the signed URL of {count} streamed layer(s)")
            self.context.message(
                tr("Renewed the signed URLs of %n streamed layer(s).", None, count), Qgis.MessageLevel.Success
            )
            self.streams_refreshed.emit(count)

        def failed(error):
            if self.context.alive and not self.context.state.report_error(error):
                self.context.message(
                    tr("Could not refresh the streamed layers: {0}").format(self.context.error_text(error)),
                    Qgis.MessageLevel.Critical,
                )

        return run_task(tr("Fusion Platform: renewing streamed layers"), work, done, failed)

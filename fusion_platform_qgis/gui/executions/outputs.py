"""A run's outputs on the map through the pipeline's loader (``pipeline.results.OutputsLoader``), as a time series
for a repeating process, and the streamed layers' signed URLs renewed. A mixin of :class:`.dock.ExecutionsDock`.
"""

from __future__ import annotations

from typing import Any

from qgis.core import Qgis, QgsProject
from qgis.PyQt import sip
from qgis.PyQt.QtWidgets import QPushButton

from ...qgis_support import streaming as fp_streaming
from ...qgis_support.i18n import tr
from ...qgis_support.log import log_info
from ...qgis_support.network import read_network_config
from ...qgis_support.pipeline.results import loaded_group
from ...qgis_support.runs import run_key
from ...qgis_support.tasks import run_task


class OutputsMixin:
    def load_outputs(self, run: dict | None) -> Any:
        """The run's outputs on the map through the pipeline's loader (downloaded once; already there: shown)."""
        if run is None:
            return None
        if loaded_group(run["executions"]) is not None:
            # Already on the map: the loader brings it into view instead of adding a second identical group.
            self._message(tr("The outputs of '{0}' are already on the map.").format(run["process"].get("name") or ""))
            return self.outputs_loader.load(run, "", None)
        session = self._action_session()
        if session is None:
            return None
        self.ui.progress_download.setValue(0)
        task = self.outputs_loader.load(run, self._org_id(), session)
        self.ui.progress_download.setVisible(bool(self.outputs_loader.tasks))
        return task

    def _download_progress(self, _key: str, percent: float) -> None:
        if not self._shut_down:
            self.ui.progress_download.setValue(int(percent))

    def _outputs_shown(self, group) -> None:
        self.ui.progress_download.setVisible(bool(self.outputs_loader.tasks))
        self.outputs_shown.emit(group)

    def _outputs_built(self, loader) -> None:
        self.ui.progress_download.setVisible(bool(self.outputs_loader.tasks))
        self._outputs_added(loader.run.get("process") or {}, loader)
        self.outputs_loaded.emit(loader)

    def _outputs_failed(self, _key: str, error: BaseException) -> None:
        self.ui.progress_download.setVisible(bool(self.outputs_loader.tasks))
        from ...api.errors import CancelledError

        if isinstance(error, CancelledError):
            self._message(tr("Download cancelled."), Qgis.MessageLevel.Info)
            return
        if self.state.report_error(error):
            return
        self._message(
            tr("Could not load the outputs: {0}").format(self._error_text(error)), Qgis.MessageLevel.Critical, 0
        )

    def _outputs_added(self, process: dict, loader) -> None:
        """Say what was added; a statistics table is offered with a button, never opened unasked."""
        text = tr("Outputs of '{0}' added to the map (%n layer(s)).", None, len(loader.layers)).format(
            process.get("name")
        )
        tables = list(loader.tables)
        if not tables:
            self._message(text, Qgis.MessageLevel.Success)
        else:
            bar = self.iface.messageBar()
            widget = bar.createMessage(tr("Fusion Platform"), text)
            button = QPushButton(tr("Open the statistics table"), widget)

            def open_tables() -> None:
                for table in tables:
                    if not sip.isdeleted(table) and QgsProject.instance().mapLayer(table.id()) is not None:
                        self.iface.showAttributeTable(table)

            button.clicked.connect(self._while_alive(open_tables))
            widget.layout().addWidget(button)
            item = bar.pushWidget(widget, Qgis.MessageLevel.Success, 15)
            self.bar_items.append(item if item is not None else widget)
            self.table_offers.append(button)
        run = self.runs.get(run_key({"group_id": loader.run.get("group_id"), "executions": loader.run["executions"]}))
        if run is not None and run is self.selected_run():
            self._show_previews(run)
        self._update_buttons()

    # ------------------------------------------------------------------ streamed layers
    def load_time_series(self, run: dict | None) -> Any:
        """Every successful run of ``run``'s (repeating) process as dated layers in one group, for the Temporal
        Controller: the Browser's "Load as time series" (gui/browser.py, qgis_support/time_series.py)."""
        if run is None or self._action_session() is None:
            return None
        from ..browser import BrowserContext, load_time_series

        if self.series_context is None:
            self.series_context = BrowserContext(self.state, lambda: {"executions": self})
        return load_time_series(self.series_context, self._org_id(), run["process"])

    def project_read(self, project: QgsProject | None = None) -> Any:
        """After a project was opened: its streamed layers were saved without their signed URLs (see
        :mod:`..qgis_support.streaming`) and opened as placeholders; fetch fresh URLs and re-point them."""
        project = project or QgsProject.instance()
        waiting = [layer for layer in fp_streaming.streamed_layers(project) if fp_streaming.is_placeholder(layer)]
        if not waiting or self._shut_down:
            return None
        if self._session() is None:
            self._message(
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

    def refresh_streamed_layers(self, project: QgsProject | None = None) -> Any:
        """Ask for new signed URLs for every layer of the project that streams a platform file, then re-point them.

        Signed URLs expire (about an hour), after which a streamed layer stops drawing; its custom properties keep
        the ids needed here. The URLs are fetched in a task and the layers changed on the main thread.
        """
        project = project or QgsProject.instance()
        layers = fp_streaming.streamed_layers(project)
        if not layers:
            self._message(tr("No layer of this project streams from the Fusion Platform."))
            self.streams_refreshed.emit(0)
            return None
        session = self._session()
        if session is None:
            self._message(tr("Log in from the Account dock to refresh the streamed layers."), Qgis.MessageLevel.Warning)
            return None
        connection = self.state.connection
        fp_streaming.configure_gdal_network(read_network_config(), connection.url if connection else "")
        wanted = {layer.id(): fp_streaming.layer_key(layer) for layer in layers}

        def work(task):
            return fp_streaming.renew_urls(session, list(wanted.values()), task.cancel_event)

        def done(urls):
            if self._shut_down:
                return
            count = 0
            for layer_id, key in wanted.items():
                layer = project.mapLayer(layer_id)
                if layer is None or key not in urls:
                    continue
                fp_streaming.repoint(layer, urls[key])
                count += 1
            log_info(f"Renewed the signed URL of {count} streamed layer(s)")
            self._message(
                tr("Renewed the signed URLs of %n streamed layer(s).", None, count), Qgis.MessageLevel.Success
            )
            self.streams_refreshed.emit(count)

        def failed(error):
            if not self._shut_down and not self.state.report_error(error):
                self._message(
                    tr("Could not refresh the streamed layers: {0}").format(self._error_text(error)),
                    Qgis.MessageLevel.Critical,
                )

        return run_task(tr("Fusion Platform: renewing streamed layers"), work, done, failed)

"""A run's outputs on the map: download (a QgsTask, once) and load them, as a time series for a repeating process,
and the streamed layers' signed URLs renewed. A mixin of :class:`.dock.ExecutionsDock`.
"""

from __future__ import annotations

from typing import Any

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt import sip
from qgis.PyQt.QtWidgets import QPushButton

from ...api import listings as endpoints
from ...qgis_support import interrupted as fp_interrupted
from ...qgis_support import layers as fp_layers
from ...qgis_support import outputs as fp_outputs
from ...qgis_support import settings as fp_settings
from ...qgis_support import streaming as fp_streaming
from ...qgis_support.i18n import tr
from ...qgis_support.log import log_info
from ...qgis_support.network import read_network_config
from ...qgis_support.runs import run_key
from ...qgis_support.tasks import run_task


class OutputsMixin:
    def _task_progress(self, task_id: int, progress: float) -> None:
        if task_id in self._download_task_ids and not self._shut_down:
            self.ui.progress_download.setValue(int(progress))

    def load_outputs(self, run: dict | None) -> Any:
        """Download the run's outputs (once; a second time is instant) and add them to the map."""
        if run is None:
            return None
        group = fp_layers.find_loaded_run(run["executions"])
        if group is not None:
            # Already on the map: bring it into view instead of adding a second identical group.
            fp_layers.show_run_group(group)
            self._message(tr("The outputs of '{0}' are already on the map.").format(run["process"].get("name") or ""))
            self.outputs_shown.emit(group)
            return None
        session = self._action_session()
        if session is None:
            return None
        key = run_key(run)
        existing = self.download_tasks.get(key)
        if existing is not None and not existing.done:
            return existing
        preferences = fp_settings.load_preferences()
        org = self._org_id()
        process = dict(run["process"])
        executions = list(run["executions"])
        folder = preferences.download_folder
        stream_mb = float(preferences.stream_rasters_larger_than_mb or 0.0)
        if stream_mb > 0:
            # GDAL streams the rasters with its own HTTP stack: give it QGIS's proxy (read here, on the main thread).
            connection = self.state.connection
            fp_streaming.configure_gdal_network(read_network_config(), connection.url if connection else "")
        bar = self.ui.progress_download
        bar.setValue(0)
        bar.setVisible(True)
        journal = fp_outputs.loads_journal()  # remembered until on the map: a killed QGIS offers it again
        connection = self.state.connection
        journal.put(fp_interrupted.load_entry(key, org, connection.url if connection else "", process, executions))

        def work(task):
            def progress(percent: float) -> None:
                task.setProgress(percent)

            if not process.get("name"):
                model, _extras = session.get_model(endpoints.process_path(org, process["id"]))
                process.update({k: model.get(k) for k in ("name", "service_id")})
            return fp_outputs.download_run(
                session,
                org,
                executions,
                process,
                folder,
                progress=progress,
                cancel=task.cancel_event,
                stream_larger_than_mb=stream_mb,
            )

        def forget() -> None:
            self.download_tasks.pop(key, None)
            for task_id in [i for i, k in self._download_task_ids.items() if k == key]:
                self._download_task_ids.pop(task_id, None)

        def done(result):
            forget()
            journal.drop(key)
            if self._shut_down:
                return
            bar.setVisible(False)
            group = fp_layers.find_loaded_run(executions)
            if group is not None:  # loaded meanwhile by another door (Processing, the Browser): keep one group
                fp_layers.show_run_group(group)
                self.outputs_shown.emit(group)
                return
            loader = fp_layers.load_run(result, interactive=True)
            self.loaders.append(loader)
            log_info(f"Loaded {len(loader.layers)} layer(s) of '{process.get('name')}'")
            self._outputs_added(process, loader)
            self.outputs_loaded.emit(loader)

        def failed(error):
            forget()
            journal.drop(key)
            if self._shut_down:
                return
            bar.setVisible(False)
            from ...api.errors import CancelledError

            if isinstance(error, CancelledError):
                self._message(tr("Download cancelled."), Qgis.MessageLevel.Info)
                return
            if self.state.report_error(error):
                return
            self._message(
                tr("Could not load the outputs: {0}").format(self._error_text(error)), Qgis.MessageLevel.Critical, 0
            )

        task = run_task(
            tr("Fusion Platform: downloading outputs of '{0}'").format(process.get("name") or ""), work, done, failed
        )
        self.download_tasks[key] = task
        self._download_task_ids[QgsApplication.taskManager().taskId(task)] = key
        return task

    def offer_interrupted_loads(self, runs: list[dict]) -> None:
        """Runs whose outputs were being downloaded when QGIS died, now listed again: loaded at once with automatic
        loading on (their ``.part`` files are continued), otherwise offered with "Load outputs" and "Discard"
        (which removes the partial files). Each run once per session."""
        connection = self.state.connection
        if connection is None or self._shut_down:
            return
        listed = {run_key(run): run for run in runs}
        offered = self.__dict__.setdefault("_loads_offered", set())
        entries = fp_interrupted.loads_to_offer(
            fp_outputs.loads_journal().entries(), set(listed) - offered, self._org_id(), connection.url
        )
        automatic = fp_settings.load_preferences().load_outputs_automatically
        bar = self.iface.messageBar()
        for entry in entries:
            offered.add(entry["key"])
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
            load.clicked.connect(self._while_alive(lambda _c=False, r=run: self.load_outputs(r)))
            discard.clicked.connect(self._while_alive(lambda _c=False, e=entry: self.discard_interrupted_load(e)))
            for button in (load, discard):
                widget.layout().addWidget(button)
            item = bar.pushWidget(widget, Qgis.MessageLevel.Info, 0)
            for button in (load, discard):
                button.clicked.connect(lambda _c=False, i=item: bar.popWidget(i) if i is not None else None)
            self.bar_items.append(item if item is not None else widget)

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
        Controller: the Browser's "Load as time series" (gui/browser/actions.py, qgis_support/time_series.py)."""
        if run is None or self._action_session() is None:
            return None
        from ..browser import BrowserContext, load_time_series

        if self.series_context is None:
            self.series_context = BrowserContext(self.state, lambda: {"executions": self})
        return load_time_series(self.series_context, self._org_id(), run["process"])

    def project_read(self, project: QgsProject | None = None) -> Any:
        """After a project was opened: its streamed layers were saved without their signed URLs (see
        :mod:`...qgis_support.streaming`) and opened as placeholders; fetch fresh URLs and re-point them."""
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

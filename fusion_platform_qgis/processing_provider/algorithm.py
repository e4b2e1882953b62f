"""One Processing algorithm class; one instance per Fusion Platform service.

Parameters are generated from the service's process template: a layer parameter per input (vector inputs are
exported to GeoJSON in EPSG:4326, raster inputs uploaded as GeoTIFF), one parameter per option by data type, an
output folder. Running it logs in (the plugin's live session, else the saved credentials of the current
connection from the QGIS auth database), uploads the inputs, creates the process (the price is reported before
anything is spent), executes, follows the executions with cancel support (cancel stops the process), downloads
every output and adds the rasters and vectors to the project on completion.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import time
from datetime import timezone
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputMultipleLayers,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsVectorFileWriter,
)

from ..api import options as option_rules
from ..qgis_support.compat import PROCESSING_NUMBER_DOUBLE, PROCESSING_VECTOR_ANY_GEOMETRY
from ..qgis_support.i18n import format_decimal, tr
from ..qgis_support.markdown import escape, markdown_to_html
from ..qgis_support.wording import price_text

RASTER_TYPES = {"GeoTIFF", "DEM", "JPEG2000"}
OUTPUT_FOLDER = "OUTPUT_FOLDER"
OUTPUT_LAYERS = "OUTPUT_LAYERS"
POLL_SECONDS = 2.0


def algorithm_name(definition: dict) -> str:
    """A stable, Processing-safe id: lower-case words of the service name."""
    return re.sub(r"[^a-z0-9]+", "_", definition["name"].lower()).strip("_") or definition["ssd_id"]


def input_parameter_name(entry: dict) -> str:
    return f"INPUT_{entry['input']}"


class ServiceAlgorithm(QgsProcessingAlgorithm):
    def __init__(self, definition: dict, provider_state=None):
        super().__init__()
        self.definition = definition
        self.provider_state = provider_state

    # -- identity ------------------------------------------------------------------------------------------
    def createInstance(self):
        return ServiceAlgorithm(self.definition, self.provider_state)

    def name(self) -> str:
        return algorithm_name(self.definition)

    def displayName(self) -> str:
        return self.definition["name"]

    def group(self) -> str:
        categories = self.definition.get("categories") or self.definition.get("keywords") or [tr("Services")]
        return categories[0]

    def groupId(self) -> str:
        return re.sub(r"[^a-z0-9]+", "_", self.group().lower())

    def shortHelpString(self) -> str:
        """The help pane: the service's Markdown summary rendered (safely) as HTML, then how it runs.

        One line of HTML on purpose: QGIS wraps every line of the help text in its own paragraph."""
        summary = markdown_to_html(self.definition.get("summary") or "")
        price = ""
        if self.definition.get("price"):
            price = (
                "<p>"
                + escape(tr("Price: {0}").format(price_text(self.definition["price"], tr, format_decimal)))
                + "</p>"
            )
        note = escape(tr("Runs on the Fusion Platform; the price in credits is reported before execution."))
        return summary + price + f"<p><i>{note}</i></p>"

    # -- parameters ----------------------------------------------------------------------------------------
    def initAlgorithm(self, config=None):
        for entry in self.definition.get("inputs", []):
            label = entry.get("title") or tr("Input {0} ({1})").format(entry["input"], entry["file_type"])
            if entry["file_type"] in RASTER_TYPES:
                self.addParameter(QgsProcessingParameterRasterLayer(input_parameter_name(entry), label))
            else:
                self.addParameter(
                    QgsProcessingParameterFeatureSource(
                        input_parameter_name(entry), label, [PROCESSING_VECTOR_ANY_GEOMETRY]
                    )
                )
        for option in self.definition.get("options", []):
            parameter = self._option_parameter(option)
            if parameter is not None:
                self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterFolderDestination(OUTPUT_FOLDER, tr("Output folder")))
        self.addOutput(QgsProcessingOutputMultipleLayers(OUTPUT_LAYERS, tr("Output layers")))

    def _option_parameter(self, option: dict):
        spec = option_rules.OptionSpec.from_wire(option)
        name = option["name"]
        label = option.get("title") or name.replace("_", " ").capitalize()
        optional = not option.get("required")
        default = option.get("value")
        data_type = spec.data_type
        if data_type in (option_rules.DATA_TYPE_NUMERIC, option_rules.DATA_TYPE_CURRENCY):
            parameter = QgsProcessingParameterNumber(
                name, label, PROCESSING_NUMBER_DOUBLE, None if default in (None, "") else float(default), optional
            )
            if spec.rules.get("min") not in (None, ""):
                parameter.setMinimum(float(spec.rules["min"]))
            if spec.rules.get("max") not in (None, ""):
                parameter.setMaximum(float(spec.rules["max"]))
        elif data_type == option_rules.DATA_TYPE_BOOLEAN:
            parameter = QgsProcessingParameterBoolean(name, label, str(default).lower() == "true", optional)
        elif data_type == option_rules.DATA_TYPE_DATETIME:
            parameter = QgsProcessingParameterDateTime(name, label, optional=True)
        elif data_type == option_rules.DATA_TYPE_CONSTRAINED:
            values = spec.constrained_values
            names = spec.constrained_names or values
            default_index = values.index(default) if default in values else None
            parameter = QgsProcessingParameterEnum(name, label, names, False, default_index, optional)
        else:
            parameter = QgsProcessingParameterString(name, label, default or None, False, optional)
        if option.get("description"):
            parameter.setHelp(option["description"])
        if option.get("advanced"):
            parameter.setFlags(parameter.flags() | parameter.FlagAdvanced)
        return parameter

    def option_values(self, parameters: dict, context: QgsProcessingContext) -> dict[str, Any]:
        """Processing parameter values → typed client values (None means: leave the template's value)."""
        values: dict[str, Any] = {}
        for option in self.definition.get("options", []):
            name = option["name"]
            if name not in parameters or parameters[name] is None:
                continue
            spec = option_rules.OptionSpec.from_wire(option)
            if spec.data_type in (option_rules.DATA_TYPE_NUMERIC, option_rules.DATA_TYPE_CURRENCY):
                values[name] = self.parameterAsDouble(parameters, name, context)
            elif spec.data_type == option_rules.DATA_TYPE_BOOLEAN:
                values[name] = self.parameterAsBool(parameters, name, context)
            elif spec.data_type == option_rules.DATA_TYPE_DATETIME:
                qdt = self.parameterAsDateTime(parameters, name, context)
                if qdt is not None and qdt.isValid():
                    values[name] = qdt.toPyDateTime().replace(tzinfo=timezone.utc)
            elif spec.data_type == option_rules.DATA_TYPE_CONSTRAINED:
                index = self.parameterAsEnum(parameters, name, context)
                choices = spec.constrained_values
                if 0 <= index < len(choices):
                    values[name] = choices[index]
            else:
                text = self.parameterAsString(parameters, name, context)
                if text:
                    values[name] = text
        return values

    # -- running -------------------------------------------------------------------------------------------
    def _export_inputs(self, parameters, context, feedback, folder: Path) -> list[tuple[dict, Path, str]]:
        exported = []
        for entry in self.definition.get("inputs", []):
            key = input_parameter_name(entry)
            if entry["file_type"] in RASTER_TYPES:
                layer = self.parameterAsRasterLayer(parameters, key, context)
                if layer is None:
                    raise QgsProcessingException(tr("Input {0} needs a raster layer.").format(entry["input"]))
                source = Path(layer.source())
                if source.suffix.lower() not in (".tif", ".tiff") or not source.exists():
                    raise QgsProcessingException(tr("Input {0} must be a GeoTIFF file.").format(entry["input"]))
                exported.append((entry, source, "GeoTIFF"))
                continue
            source = self.parameterAsSource(parameters, key, context)
            if source is None or source.featureCount() == 0:
                raise QgsProcessingException(tr("Input {0} has no features.").format(entry["input"]))
            path = folder / f"input_{entry['input']}.geojson"
            options = QgsVectorFileWriter.SaveVectorOptions()
            options.driverName = "GeoJSON"
            request = QgsFeatureRequest().setDestinationCrs(
                QgsCoordinateReferenceSystem("EPSG:4326"), context.transformContext()
            )
            layer = source.materialize(request, feedback)
            error, message, *_ = QgsVectorFileWriter.writeAsVectorFormatV3(
                layer, str(path), QgsCoordinateTransformContext(), options
            )
            if error != QgsVectorFileWriter.WriterError.NoError:
                raise QgsProcessingException(tr("Could not export input {0}: {1}").format(entry["input"], message))
            exported.append((entry, path, "GeoJSON"))
        return exported

    def _organisation(self):
        from .session import current_organisation

        return current_organisation(self.provider_state)

    def processAlgorithm(self, parameters, context, feedback):
        from ..api.errors import FusionPlatformError

        folder = Path(self.parameterAsString(parameters, OUTPUT_FOLDER, context) or tempfile.mkdtemp())
        folder.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix="fp-processing-"))
        organisation = None
        try:
            organisation = self._organisation()
            exported = self._export_inputs(parameters, context, feedback, work)
            values = self.option_values(parameters, context)
            service, _ = organisation.find_services(ssd_id=self.definition["ssd_id"])
            if service is None:
                raise QgsProcessingException(tr("The service is no longer available to this organisation."))
            uploaded = []
            try:
                # a failed upload removes its own data item (the client does); a failure after some inputs were
                # uploaded but before the process exists removes those too: nothing half-done stays behind
                for entry, path, file_type in exported:
                    feedback.pushInfo(tr("Uploading input {0}…").format(entry["input"]))
                    data = organisation.create_data(
                        name=f"{self.displayName()} input {entry['input']}",
                        file_type=file_type,
                        files=[str(path)],
                        wait=True,
                    )
                    uploaded.append((entry, data))
                process = organisation.new_process(name=f"{self.displayName()} (Processing)", service=service)
                for entry, data in uploaded:
                    process.update(input_number=entry["input"], data=data)
                for name, value in values.items():
                    process.update(option_name=name, value=value, coerce_value=True)
                process.create()
            except BaseException:
                for _entry, data in uploaded:
                    try:
                        data.delete()
                    except FusionPlatformError as cleanup:
                        feedback.pushWarning(
                            tr("Could not remove the uploaded input '{0}': {1}").format(data.name, cleanup)
                        )
                raise
            feedback.pushInfo(tr("Price: {0} credits.").format(process.price))
            process.execute()
            outputs = self._follow(process, feedback)
            layers = self._download(outputs, folder, feedback)
            for path, name in layers:
                context.addLayerToLoadOnCompletion(
                    path, QgsProcessingContext.LayerDetails(name, context.project(), OUTPUT_LAYERS)
                )
            return {OUTPUT_FOLDER: str(folder), OUTPUT_LAYERS: [p for p, _ in layers]}
        except FusionPlatformError as exc:
            from ..qgis_support.messages import error_text

            raise QgsProcessingException(error_text(exc))
        finally:
            # The inputs exported for upload are copies of the user's layers: never leave them in the temp folder.
            shutil.rmtree(work, ignore_errors=True)
            from .session import release_organisation

            release_organisation(organisation, self.provider_state)

    def _follow(self, process, feedback) -> list:
        """Poll until every execution of this run finished; cancel stops the process on the platform."""
        deadline_start = time.monotonic()
        executions = []
        while True:
            if feedback.isCanceled():
                process.stop()
                raise QgsProcessingException(tr("Cancelled: the process was stopped on the platform."))
            process.get()
            executions = list(process.executions)
            expected = (process.non_aggregator_count or 0) + (process.aggregator_count or 0)
            if executions and len(executions) >= max(1, expected):
                for execution in executions:
                    execution.get()
                progress = sum(min(100, e.progress or 0) for e in executions) / len(executions)
                feedback.setProgress(progress)
                if all((e.progress or 0) >= 100 for e in executions):
                    failed = [e for e in executions if not e.success]
                    if failed:
                        raise QgsProcessingException(
                            tr("Execution failed: {0}").format(failed[0].abort_reason or tr("no reason given"))
                        )
                    return executions
            elif time.monotonic() - deadline_start > 900:
                raise QgsProcessingException(tr("The execution did not start within 15 minutes."))
            time.sleep(POLL_SECONDS)

    def _download(self, executions, folder: Path, feedback) -> list[tuple[str, str]]:
        layers = []
        for execution in executions:
            for component in execution.components:
                for output in component.outputs:
                    for file in output.files:
                        if feedback.isCanceled():
                            raise QgsProcessingException(tr("Cancelled."))
                        safe = re.sub(r"[^A-Za-z0-9._-]+", "_", file.file_name or str(file.file_id))
                        target = folder / str(execution.id)[:8] / safe
                        file.download(str(target), wait=True)
                        feedback.pushInfo(tr("Downloaded {0}").format(target))
                        if target.suffix.lower() in (".tif", ".tiff", ".geojson", ".json", ".gpkg", ".vrt"):
                            layers.append((str(target), f"{component.name}: {output.name}"))
        return layers

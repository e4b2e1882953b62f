"""One Processing algorithm class; one instance per Fusion Platform service.

Parameters are generated from the service's process template: a layer parameter per input, one parameter per
option by data type, whether to add the outputs to the map, and an output folder. Outputs are typed: a raster or
vector layer output per output the service declares (its ``documentation_outputs``), plus the folder, so a model
can feed e.g. the elevation into GDAL's contour algorithm.

Running it logs in (the plugin's live session, else the saved credentials of the current connection from the
QGIS auth database, else the environment for ``qgis_process``) and runs the plugin's one run pipeline
(qgis_support/pipeline) on Processing's thread: the inputs are uploaded as the docks upload them, the process is
created (the price is reported before anything is spent) and executed, the run is handed to the Executions dock
(``PluginState.run_started``), followed with one request per poll (cancel stops the process), and its outputs
downloaded as the Executions dock downloads them (a grouped run's slices mosaicked). On the main thread
(``postProcessAlgorithm``) the outputs become the same styled layers, group and provenance as "Load outputs" in
the Executions dock gives.
"""

from __future__ import annotations

import re
import tempfile
from datetime import timezone
from pathlib import Path
from typing import Any, Optional

from qgis.core import (
    QgsMapLayer,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingOutputFile,
    QgsProcessingOutputRasterLayer,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProject,
)

# isort: split
# qgis-stubs 0.5 (the QGIS 3 API) lack this class of qgis.core; every QGIS 3 and 4 has it.
from qgis.core import QgsProcessingException  # type: ignore[attr-defined, unused-ignore]

from ..api import options as option_rules
from ..qgis_support import pipeline
from ..qgis_support.compat import PROCESSING_NUMBER_DOUBLE, PROCESSING_VECTOR_ANY_GEOMETRY
from ..qgis_support.i18n import format_decimal, tr
from ..qgis_support.local_paths import OutputLayout, PathTooLongError
from ..qgis_support.markdown import escape, markdown_to_html
from ..qgis_support.wording import price_text

RASTER_TYPES = {"GeoTIFF", "DEM", "JPEG2000"}
OUTPUT_FOLDER = "OUTPUT_FOLDER"
LOAD_OUTPUTS = "LOAD_OUTPUTS"
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
        self._run: dict | None = None  # the fetched run, between processAlgorithm and postProcessAlgorithm
        self._load = False

    def declared_outputs(self) -> list[dict]:
        return pipeline.declared_outputs(self.definition.get("outputs") or [])

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
        load = QgsProcessingParameterBoolean(LOAD_OUTPUTS, tr("Add the styled outputs to the map"), True)
        load.setHelp(tr("Styled and grouped as the Executions dock loads them."))  # the checkbox text stays short
        self.addParameter(load)
        self.addParameter(QgsProcessingParameterFolderDestination(OUTPUT_FOLDER, tr("Output folder")))
        for output in self.declared_outputs():
            kind = {
                pipeline.results.RASTER: QgsProcessingOutputRasterLayer,
                pipeline.results.VECTOR: QgsProcessingOutputVectorLayer,
            }
            self.addOutput(kind.get(output["kind"], QgsProcessingOutputFile)(output["key"], output["title"]))

    def _option_parameter(self, option: dict):
        spec = option_rules.OptionSpec.from_wire(option)
        name = option["name"]
        label = option.get("title") or name.replace("_", " ").capitalize()
        optional = not option.get("required")
        default = option.get("value")
        data_type = spec.data_type
        parameter: QgsProcessingParameterDefinition
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
                number = self.parameterAsDouble(parameters, name, context)
                # Processing's numbers are doubles: 100 stays "100" on the platform, as typed in the process editor
                values[name] = int(number) if float(number).is_integer() else number
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
    def _layer_inputs(self, parameters, context, feedback) -> dict[int, pipeline.LayerInput]:
        """The input layers as the pipeline uploads them (a vector source's features, selection respected)."""
        from qgis.core import QgsFeatureRequest

        from ..qgis_support.region import RegionError

        inputs = {}
        for entry in self.definition.get("inputs", []):
            key = input_parameter_name(entry)
            number = int(entry["input"])
            name = f"{self.displayName()} input {entry['input']}"
            layer: Optional[QgsMapLayer]
            if entry["file_type"] in RASTER_TYPES:
                layer = self.parameterAsRasterLayer(parameters, key, context)
                if layer is None:
                    raise QgsProcessingException(tr("Input {0} needs a raster layer.").format(entry["input"]))
            else:
                source = self.parameterAsSource(parameters, key, context)
                if source is None or source.featureCount() == 0:
                    raise QgsProcessingException(tr("Input {0} has no features.").format(entry["input"]))
                layer = source.materialize(QgsFeatureRequest(), feedback)
            try:
                inputs[number] = pipeline.capture_layer(layer, name)
            except RegionError as exc:
                raise QgsProcessingException(str(exc))
        return inputs

    def _organisation(self):
        from .session import current_organisation

        return current_organisation(self.provider_state)

    def processAlgorithm(self, parameters, context, feedback):
        from ..api.errors import CancelledError, FusionPlatformError
        from ..qgis_support.credit_guard import CreditRefusal

        folder = Path(self.parameterAsString(parameters, OUTPUT_FOLDER, context) or tempfile.mkdtemp())
        process_name = f"{self.displayName()} (Processing)"
        try:  # a folder too deep for Windows' paths is refused before anything is uploaded or fetched
            OutputLayout(folder, process_name)
        except PathTooLongError as exc:
            from ..qgis_support.messages import error_text

            raise QgsProcessingException(error_text(exc))
        folder.mkdir(parents=True, exist_ok=True)
        self._load = self.parameterAsBool(parameters, LOAD_OUTPUTS, context)
        organisation = None
        try:
            organisation = self._organisation()
            layer_inputs = self._layer_inputs(parameters, context, feedback)
            values = self.option_values(parameters, context)
            service, _ = organisation.find_services(ssd_id=self.definition["ssd_id"])
            if service is None:
                raise QgsProcessingException(tr("The service is no longer available to this organisation."))
            plan = pipeline.make_plan(process_name, values, inputs={n: (None, None) for n in layer_inputs})
            state = self.provider_state
            self._run = pipeline.run_blocking(
                organisation,
                pipeline.RunRequest(service, plan, layer_inputs),
                str(folder),
                interval=POLL_SECONDS,
                is_canceled=feedback.isCanceled,
                report=feedback.pushInfo,
                progress=feedback.setProgress,
                # A run started from QGIS's window goes to the Executions dock too (queued to the main thread).
                on_started=lambda process: pipeline.announce_run(state, process, loads_own_outputs=self._load),
                guard_credits=True,
            )
        except CreditRefusal as exc:
            raise QgsProcessingException(str(exc))
        except CancelledError:
            raise QgsProcessingException(tr("Cancelled: the process was stopped on the platform."))
        except pipeline.RunFailedError as exc:
            raise QgsProcessingException(str(exc))
        except FusionPlatformError as exc:
            from ..qgis_support.messages import error_text

            raise QgsProcessingException(error_text(exc))
        finally:
            from .session import release_organisation

            release_organisation(organisation, self.provider_state)
        files = pipeline.output_files(self._run, self.declared_outputs())
        for key, path in files.items():
            if path:
                feedback.pushInfo(tr("Output {0}: {1}").format(key, path))
        return {OUTPUT_FOLDER: str(folder), **files}

    def postProcessAlgorithm(self, context, feedback):
        """Main thread (QGIS runs post-processing there, in models too): the outputs as the docks show them."""
        if self._run is not None and self._load:
            loader = pipeline.build_layers(self._run, project=context.project() or QgsProject.instance())
            feedback.pushInfo(tr("Added %n layer(s) to the map.", None, len(loader.layers)))
        return {}

"""The sandbox's service catalogue: what each service is called, takes, costs and how its options are checked.

The real platform keeps services in a database; the sandbox's are fixed code, so their ids are ``uuid5`` values
from a fixed namespace and stay the same across restarts and machines (tests and saved processes can rely on
them). Everything here is pure: the server turns these definitions into the JSON of docs/api-contract.md §6.6/§6.7
with :meth:`ServiceDef.record`, :meth:`ServiceDef.template_inputs` and :meth:`ServiceDef.template_options`,
checks submitted options with :meth:`ServiceDef.validate`, prices a run with :meth:`ServiceDef.price` and splits
large regions with :meth:`ServiceDef.plan_slices`. The computations live in :mod:`sandbox.services.compute`.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Callable, Optional

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://sandbox.fusion-platform.invalid/services")
CREATED_AT = "2026-01-01T00:00:00+00:00"
UPDATED_AT = "2026-01-01T00:00:00+00:00"
IMAGE_ID = str(uuid.uuid5(NAMESPACE, "image/sandbox-gdal"))
LICENSE_ID = str(uuid.uuid5(NAMESPACE, "license/sandbox-synthetic-data"))

DATA_TYPES = ("numeric", "currency", "boolean", "datetime", "string", "constrained")
NO_VALUE = (None, "", "None", "null")
TRUE_VALUES = ("true", "1", "yes")
FALSE_VALUES = ("false", "0", "no")

SANDBOX_NOTE = (
    "**Sandbox service.** This runs on your own machine inside the Fusion Platform sandbox and produces "
    "*synthetic* data computed deterministically from the region you submit. Do not use its outputs for real "
    "decisions."
)


def _uuid(name: str) -> str:
    return str(uuid.uuid5(NAMESPACE, name))


def parse_validation(validation: str | None) -> dict[str, str]:
    """Split a docs/api-contract.md §6.11 validation string (``min=0;max=100``) into lower-case keys and raw values."""
    rules: dict[str, str] = {}
    for part in (validation or "").split(";"):
        if "=" in part:
            key, value = part.split("=", 1)
            rules[key.strip().lower()] = value.strip()
    return rules


def is_unset(value: Any) -> bool:
    """Whether an option value means "no value" (the SDK sends None, "None" or "null")."""
    return value is None or (isinstance(value, str) and value.strip() in NO_VALUE)


def parse_boolean(value: str) -> bool:
    """Parse an option's boolean string; raises ValueError for anything else."""
    text = str(value).strip().lower()
    if text in TRUE_VALUES:
        return True
    if text in FALSE_VALUES:
        return False
    raise ValueError(value)


def parse_number(value: str) -> float:
    """Parse a numeric option; NaN and infinities are refused (they would defeat range checks)."""
    number = float(str(value).strip())
    if not math.isfinite(number):
        raise ValueError(value)
    return number


def parse_currency(value: str) -> Decimal:
    """Parse a currency option as a finite Decimal."""
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise ValueError(value)
    if not number.is_finite():
        raise ValueError(value)
    return number


@dataclass(frozen=True)
class OptionDef:
    """One option of a service or dispatcher (docs/api-contract.md §6.7.2)."""

    name: str
    data_type: str
    title: str
    description: str
    default: Optional[str] = None
    required: bool = False
    validation: Optional[str] = None
    advanced: bool = False
    mutually_exclusive: Optional[str] = None

    def __post_init__(self) -> None:
        if self.data_type not in DATA_TYPES:
            raise ValueError(f"{self.name}: unknown data type {self.data_type}")
        if self.data_type == "datetime" and "format" not in parse_validation(self.validation):
            raise ValueError(f"{self.name}: a datetime option needs format= in its validation")

    def template(self, ssd_id: str) -> dict[str, Any]:
        """The template entry; nested values are omitted rather than null (docs/api-contract.md §1.5)."""
        entry: dict[str, Any] = {"ssd_id": ssd_id, "name": self.name}
        if self.default is not None:
            entry["value"] = self.default
        entry.update({"required": self.required, "data_type": self.data_type})
        if self.validation:
            entry["validation"] = self.validation
        if self.mutually_exclusive:
            entry["mutually_exclusive"] = self.mutually_exclusive
        entry.update({"advanced": self.advanced, "title": self.title, "description": self.description})
        return entry

    def parse(self, value: str) -> Any:
        """The typed value of a set option (float, Decimal, bool, datetime or str); ValueError when unparseable."""
        rules = parse_validation(self.validation)
        if self.data_type == "numeric":
            return parse_number(value)
        if self.data_type == "currency":
            return parse_currency(value)
        if self.data_type == "boolean":
            return parse_boolean(value)
        if self.data_type == "datetime":
            return datetime.strptime(str(value).strip(), rules["format"])
        return str(value)

    def check(self, value: Any) -> str | None:
        """A message describing what is wrong with a value for this option, or None when it is acceptable."""
        if is_unset(value):
            return f"{self.title} is required" if self.required else None
        if not isinstance(value, str):
            return f"{self.title} must be sent as a string"
        rules = parse_validation(self.validation)
        if self.data_type == "numeric":
            try:
                number = parse_number(value)
            except ValueError:
                return f"{self.title} must be a number, not {value[:40]!r}"
            return self._range(number, rules, parse_number)
        if self.data_type == "currency":
            try:
                amount = parse_currency(value)
            except ValueError:
                return f"{self.title} must be an amount of credits, not {value[:40]!r}"
            return self._range(amount, rules, parse_currency)
        if self.data_type == "boolean":
            try:
                parse_boolean(value)
            except ValueError:
                return f"{self.title} must be true or false, not {value[:40]!r}"
            return None
        if self.data_type == "datetime":
            pattern = rules["format"]
            try:
                moment = datetime.strptime(value.strip(), pattern)
            except ValueError:
                example = datetime(2021, 3, 27, 12, 0, 0).strftime(pattern)
                return f"{self.title} must be a date and time formatted like {example}, not {value[:40]!r}"
            return self._range(moment, rules, lambda text: datetime.strptime(text, pattern))
        if self.data_type == "constrained":
            allowed = [item.strip() for item in rules.get("values", "").split(",") if item.strip()]
            if allowed and value not in allowed:
                names = [item.strip() for item in rules.get("names", "").split(",")]
                shown = ", ".join(names if len(names) == len(allowed) else allowed)
                return f"{self.title} must be one of: {shown}"
            return None
        limit = rules.get("max_length")
        if limit and limit.isdigit() and len(value) > int(limit):
            return f"{self.title} must be at most {limit} characters long"
        return None

    def _range(self, value: Any, rules: dict[str, str], parse: Callable[[str], Any]) -> str | None:
        for key, word, bad in (("min", "at least", lambda a, b: a < b), ("max", "at most", lambda a, b: a > b)):
            if key in rules:
                try:
                    limit = parse(rules[key])
                except ValueError:
                    continue
                if bad(value, limit):
                    return f"{self.title} must be {word} {rules[key]}"
        return None


@dataclass(frozen=True)
class InputDef:
    """One input of a service (docs/api-contract.md §6.7.1)."""

    number: int
    file_type: str
    title: str
    description: str
    resolution: Optional[int] = None

    def template(self, ssd_id: str) -> dict[str, Any]:
        """The template entry: no ``id`` key while unset (a null id is rejected by the SDK)."""
        entry: dict[str, Any] = {"ssd_id": ssd_id, "input": self.number, "file_type": self.file_type}
        if self.resolution is not None:
            entry["resolution"] = self.resolution
        entry.update({"model": "Data", "change_trigger": False, "title": self.title, "description": self.description})
        return entry


def _simulate_failure() -> OptionDef:
    return OptionDef(
        "simulate_failure",
        "boolean",
        "Simulate failure",
        "Make the run fail on purpose with a clear reason (for testing clients).",
        default="false",
        advanced=True,
    )


def _check_dates(values: dict[str, Any], start: str, end: str, options: dict[str, OptionDef]) -> dict[str, str]:
    """start <= end when both are set and parse."""
    if is_unset(values.get(start)) or is_unset(values.get(end)):
        return {}
    try:
        first = options[start].parse(values[start])
        last = options[end].parse(values[end])
    except (ValueError, KeyError):
        return {}
    if first > last:
        return {end: f"{options[end].title} must not be before {options[start].title}"}
    return {}


def _cloud_rules(values: dict[str, Any], options: dict[str, OptionDef]) -> dict[str, str]:
    problems = _check_dates(values, "start_date", "end_date", options)
    latest = values.get("latest_date")
    try:
        use_latest = True if is_unset(latest) else parse_boolean(latest)
    except ValueError:
        return problems
    if not use_latest and is_unset(values.get("start_date")) and is_unset(values.get("end_date")):
        problems.setdefault("start_date", "Start date is required when latest date is false")
    return problems


@dataclass
class ServiceDef:
    """A sandbox service: its identity, documentation, inputs, options, price and slicing rule."""

    key: str
    name: str
    categories: list[str]
    keywords: list[str]
    documentation_summary: str
    documentation_description: str
    inputs: list[InputDef]
    options: list[OptionDef]
    documentation_outputs: list[str]
    version: int = 1
    grouped: bool = False
    price_base: Decimal = Decimal("1.00")
    price_per_km2: Decimal = Decimal("0.01")
    area_input: int = 1
    documentation_assumptions: str = ""
    documentation_performance: str = ""
    aggregator_name: Optional[str] = None
    component_name: Optional[str] = None
    slice_threshold_km2: float = 500.0
    slice_size_km: float = 20.0
    max_slices: int = 9
    rules: Optional[Callable[[dict[str, Any], dict[str, OptionDef]], dict[str, str]]] = None
    show_in_latest: bool = True
    ssd_id: str = field(init=False)
    id: str = field(init=False)
    aggregator_ssd_id: Optional[str] = field(init=False, default=None)
    aggregator_id: Optional[str] = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.ssd_id = _uuid(f"ssd/{self.key}")
        self.id = _uuid(f"service/{self.key}/v{self.version}")
        if self.component_name is None:
            self.component_name = self.name
        if self.aggregator_name:
            self.aggregator_ssd_id = _uuid(f"ssd/{self.key}/aggregator")
            self.aggregator_id = _uuid(f"service/{self.key}/aggregator/v{self.version}")
        names = [option.name for option in self.options]
        if len(names) != len(set(names)):
            raise ValueError(f"{self.key}: duplicate option names")

    # -- JSON for the wire --------------------------------------------------------------------------------------------

    @property
    def documentation_inputs(self) -> list[str]:
        return [f"{item.number}. {item.title}: {item.description} ({item.file_type})" for item in self.inputs]

    @property
    def documentation_options(self) -> list[str]:
        lines = []
        for option in self.options:
            extra = [option.data_type, "required" if option.required else "optional"]
            if option.default is not None:
                extra.append(f"default {option.default}")
            if option.validation:
                extra.append(option.validation)
            lines.append(f"{option.name}: {option.title}. {option.description} ({'; '.join(extra)})")
        return lines

    @property
    def charge_expression_platform(self) -> str:
        return f"{self.price_base} + {self.price_per_km2} * area_km2"

    def record(self, organisation_id: str) -> dict[str, Any]:
        """The full Service object of docs/api-contract.md §6.6 (every R field present and non-null)."""
        record: dict[str, Any] = {
            "id": self.id,
            "created_at": CREATED_AT,
            "updated_at": UPDATED_AT,
            "organisation_id": str(organisation_id),
            "ssd_id": self.ssd_id,
            "version": self.version,
            "approval_status": "approved",
            "show_in_latest": self.show_in_latest,
            "name": self.name,
            "categories": list(self.categories),
            "keywords": list(self.keywords),
            "image_id": IMAGE_ID,
            "license_id": LICENSE_ID,
            "definition": [],
            "group_aggregators": [],
            "actions": [],
            "urls": [],
            "cidrs": [],
            "input_expressions": [],
            "input_validations": [],
            "option_validations": [],
            "option_expressions": [],
            "charge_expression_platform": self.charge_expression_platform,
            "charge_expression_owner": "0",
            "organisations": [],
            "organisation_charge_expressions": [],
            "geographic_regions": ["Global"],
            "documentation_summary": self.documentation_summary,
            "documentation_description": self.documentation_description,
            "documentation_assumptions": self.documentation_assumptions,
            "documentation_performance": self.documentation_performance,
            "documentation_actions": "",
            "documentation_inputs": self.documentation_inputs,
            "documentation_outputs": list(self.documentation_outputs),
            "documentation_options": self.documentation_options,
        }
        if self.aggregator_ssd_id:
            record["group_aggregators"] = [
                {
                    "aggregator_ssd_id": self.aggregator_ssd_id,
                    "output_ssd_id": self.ssd_id,
                    "outputs": [1],
                    "options": [],
                }
            ]
        return record

    def template_inputs(self) -> list[dict[str, Any]]:
        """Process template inputs (docs/api-contract.md §6.7.1) without ``id``."""
        return [item.template(self.ssd_id) for item in self.inputs]

    def template_options(self) -> list[dict[str, Any]]:
        """Process template options (docs/api-contract.md §6.7.2); ``value``: the default as a string, if any."""
        return [option.template(self.ssd_id) for option in self.options]

    def option(self, name: str) -> OptionDef | None:
        return next((option for option in self.options if option.name == name), None)

    # -- Checks, price and slicing -------------------------------------------------------------------------------------

    def validate(self, options: dict[str, Any]) -> dict[str, str]:
        """Field-level problems: option name → message. Empty when the options may be used.

        ``options`` maps option names to their string values (or None). Missing names fall back to the default;
        names the service does not know are ignored (clients echo whatever the template held).
        """
        values = {
            option.name: options[option.name] if option.name in options else option.default for option in self.options
        }
        problems: dict[str, str] = {}
        for option in self.options:
            message = option.check(values[option.name])
            if message:
                problems[option.name] = message
        if self.rules is not None:
            by_name = {option.name: option for option in self.options}
            for name, message in self.rules(values, by_name).items():
                problems.setdefault(name, message)
        return problems

    def typed_options(self, options: dict[str, Any]) -> dict[str, Any]:
        """Options parsed to Python values with defaults applied (None when unset); assumes ``validate`` passed."""
        typed: dict[str, Any] = {}
        for option in self.options:
            value = options[option.name] if option.name in options else option.default
            typed[option.name] = None if is_unset(value) else option.parse(value)
        return typed

    def price(self, area_km2: float, options: dict[str, Any] | None = None) -> Decimal:
        """Credits per execution: a base charge plus a rate per km² of the priced input, rounded to 2 dp."""
        area = Decimal(str(max(0.0, float(area_km2)))) if math.isfinite(float(area_km2)) else Decimal(0)
        return (self.price_base + self.price_per_km2 * area).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

    def cost_problems(self, price: Decimal, options: dict[str, Any]) -> dict[str, str]:
        """Problems with a computed price, e.g. above the ``max_cost`` option; checked by the server on create."""
        option = self.option("max_cost")
        value = options.get("max_cost") if "max_cost" in options else (option.default if option else None)
        if option is None or is_unset(value):
            return {}
        try:
            limit = parse_currency(value)
        except ValueError:
            return {}
        if Decimal(price) > limit:
            return {"max_cost": f"The price of {Decimal(price)} credits exceeds the maximum cost of {limit}"}
        return {}

    def plan_slices(
        self, region_path: Path, options: dict[str, Any] | None, workdir: Path, file_type: str | None = None
    ) -> list[Path]:
        """Split the region (input 1) into GeoJSON slices in EPSG:4326; one element when not grouped or small.

        For services whose first input is not a vector region the region file is returned unchanged.
        """
        from sandbox.services.slicing import plan_slices

        if self.inputs[0].file_type != "GeoJSON":
            return [Path(region_path)]
        return plan_slices(
            Path(region_path),
            Path(workdir),
            grouped=self.grouped,
            threshold_km2=self.slice_threshold_km2,
            tile_km=self.slice_size_km,
            max_slices=self.max_slices,
            file_type=file_type,
        )


@dataclass
class DispatcherDef:
    """A dispatcher (docs/api-contract.md §6.7.6): sends a run's outputs somewhere once it finishes."""

    key: str
    name: str
    documentation_summary: str
    documentation_description: str
    options: list[OptionDef]
    ssd_id: str = field(init=False)

    def __post_init__(self) -> None:
        self.ssd_id = _uuid(f"dispatcher/{self.key}")

    def template_options(self) -> list[dict[str, Any]]:
        return [option.template(self.ssd_id) for option in self.options]

    def record(self) -> dict[str, Any]:
        """The entry for ``extras.dispatchers``."""
        return {
            "ssd_id": self.ssd_id,
            "name": self.name,
            "dispatch_intermediate": False,
            "documentation_summary": self.documentation_summary,
            "documentation_description": self.documentation_description,
            "options": self.template_options(),
        }

    def validate(self, options: dict[str, Any]) -> dict[str, str]:
        values = {option.name: options.get(option.name, option.default) for option in self.options}
        problems = {}
        for option in self.options:
            message = option.check(values[option.name])
            if message:
                problems[option.name] = message
        return problems


# ---------------------------------------------------------------------------------------------------------------------
# The catalogue.

_DATE_VALIDATION = "format=%Y-%m-%dT%H:%M:%S;min=2015-06-23T00:00:00"

ELEVATION = ServiceDef(
    key="elevation",
    name="Elevation (Sandbox)",
    categories=["Elevation"],
    keywords=["Elevation", "DEM", "Sandbox"],
    documentation_summary=(
        "Digital elevation model (DEM) for your region as a GeoTIFF.\n\n" + SANDBOX_NOTE + " The terrain is "
        "smooth synthetic relief derived from longitude and latitude, so neighbouring regions join seamlessly. "
        "If you place real DEM GeoTIFFs in the sandbox data folder under `dem/`, they are used instead."
    ),
    documentation_description=(
        "Produces a Float32 GeoTIFF in EPSG:4326 covering the bounding box of the submitted region; cells outside "
        "the region are nodata (-9999). Heights are in metres above sea level unless feet are chosen."
    ),
    documentation_assumptions="Synthetic terrain unless a DEM is provided in SANDBOX_DATA/dem/*.tif.",
    documentation_performance="Seconds for city-sized regions; very large regions are computed at a coarser grid.",
    inputs=[InputDef(1, "GeoJSON", "Region", "The area of interest")],
    options=[
        OptionDef(
            "resolution",
            "numeric",
            "Resolution",
            "Cell size of the output in metres.",
            default="30",
            required=True,
            validation="min=10;max=1000",
        ),
        OptionDef(
            "units",
            "constrained",
            "Height units",
            "Units of the heights in the output.",
            default="metres",
            required=True,
            validation="values=metres,feet;names=Metres,Feet",
        ),
        OptionDef(
            "fill_voids",
            "boolean",
            "Fill voids",
            "Interpolate over missing cells of a provided DEM.",
            default="true",
            required=True,
        ),
        OptionDef(
            "vertical_offset",
            "numeric",
            "Vertical offset",
            "Added to every height (in output units).",
            default="0",
            validation="min=-10000;max=10000",
            advanced=True,
        ),
        OptionDef(
            "label", "string", "Label", "Free text stored in the output's metadata.", validation="max_length=200"
        ),
        _simulate_failure(),
    ],
    documentation_outputs=["1. Elevation: DEM clipped to the region (GeoTIFF)"],
    price_base=Decimal("1.00"),
    price_per_km2=Decimal("0.01"),
)

CLOUD = ServiceDef(
    key="s2-cloud-classification",
    name="Demo: Sentinel-2 Cloud Classification",
    categories=["Classification"],
    keywords=["Sentinel-2", "Cloud", "Classification", "Demo"],
    documentation_summary=(
        "Classifies each pixel of a Sentinel-2 scene over your region as ground, shadow, thick cloud or thin "
        "cloud.\n\n" + SANDBOX_NOTE + " The scenes are synthetic cloud fields that depend only on the date and "
        "the location. Regions larger than 500 km² are split into slices of about 20 km that run as a group, "
        "followed by a Statistics Aggregator that writes a CSV of class areas."
    ),
    documentation_description=(
        "Each slice produces a Byte GeoTIFF (EPSG:4326) with classes 0 Ground, 1 Shadow, 2 Thick Cloud, "
        "3 Thin Cloud and nodata 255, with a colour table. The aggregator's CSV has one row per slice plus a total."
    ),
    documentation_assumptions="Scenes are acquired every 5 days from 2015-06-23 (synthetic revisit).",
    documentation_performance="A few seconds per slice.",
    inputs=[InputDef(1, "GeoJSON", "Region", "The area of interest")],
    options=[
        OptionDef(
            "latest_date", "boolean", "Latest date", "Use the latest available scene.", default="true", required=True
        ),
        OptionDef(
            "start_date",
            "datetime",
            "Start date",
            "Earliest acquisition to consider.",
            validation=_DATE_VALIDATION,
            mutually_exclusive="latest_date=true",
        ),
        OptionDef(
            "end_date",
            "datetime",
            "End date",
            "Latest acquisition to consider.",
            validation=_DATE_VALIDATION,
            mutually_exclusive="latest_date=true",
        ),
        OptionDef(
            "cloud_threshold",
            "numeric",
            "Cloud threshold",
            "Cloud probability (percent) above which a pixel counts as cloud.",
            default="50",
            required=True,
            validation="min=0;max=100",
        ),
        OptionDef(
            "max_cost",
            "currency",
            "Maximum cost",
            "Refuse to run when the price exceeds this many credits.",
            validation="min=0",
            advanced=True,
        ),
        _simulate_failure(),
    ],
    documentation_outputs=[
        "1. Classification: cloud mask per slice (GeoTIFF)",
        "Statistics Aggregator: class areas per slice and in total (CSV)",
    ],
    grouped=True,
    price_base=Decimal("2.00"),
    price_per_km2=Decimal("0.02"),
    aggregator_name="Statistics Aggregator",
    component_name="Sentinel-2 Cloud Classification",
    rules=_cloud_rules,
)

HILLSHADE = ServiceDef(
    key="hillshade-slope",
    name="Hillshade and Slope (Sandbox)",
    categories=["Elevation"],
    keywords=["Elevation", "Terrain", "Hillshade"],
    documentation_summary=(
        "Hillshade and slope rasters from a DEM you provide, computed with GDAL.\n\n"
        + SANDBOX_NOTE.replace(
            "produces *synthetic* data computed deterministically from the region you submit",
            "computes from your own DEM",
        )
    ),
    documentation_description="Hillshade (Byte) and slope in degrees (Float32) GeoTIFFs on the DEM's grid.",
    inputs=[InputDef(1, "GeoTIFF", "DEM", "A digital elevation model")],
    options=[
        OptionDef(
            "azimuth",
            "numeric",
            "Azimuth",
            "Direction of the light source, degrees clockwise from north.",
            default="315",
            required=True,
            validation="min=0;max=360",
        ),
        OptionDef(
            "altitude",
            "numeric",
            "Altitude",
            "Height of the light source above the horizon, degrees.",
            default="45",
            required=True,
            validation="min=0;max=90",
        ),
        OptionDef(
            "z_factor",
            "numeric",
            "Z factor",
            "Vertical exaggeration.",
            default="1",
            required=True,
            validation="min=0.0001;max=100000",
        ),
        OptionDef(
            "compute_slope", "boolean", "Compute slope", "Also produce a slope raster.", default="true", required=True
        ),
        _simulate_failure(),
    ],
    documentation_outputs=["1. Hillshade (GeoTIFF)", "2. Slope in degrees, when requested (GeoTIFF)"],
    price_base=Decimal("0.50"),
    price_per_km2=Decimal("0.005"),
)

ZONAL = ServiceDef(
    key="zonal-statistics",
    name="Zonal Statistics (Sandbox)",
    categories=["Statistics"],
    keywords=["Statistics", "Zonal"],
    documentation_summary=(
        "Statistics of a raster within each zone of a vector file, as a CSV.\n\n"
        + SANDBOX_NOTE.replace(
            "produces *synthetic* data computed deterministically from the region you submit",
            "computes from your own files",
        )
    ),
    documentation_description="One CSV row per zone: zone number, name, pixel count and the chosen statistics.",
    inputs=[
        InputDef(1, "GeoTIFF", "Raster", "The values to summarise"),
        InputDef(2, "GeoJSON", "Zones", "Polygons to summarise within"),
    ],
    options=[
        OptionDef(
            "statistics",
            "constrained",
            "Statistics",
            "Which statistics to compute.",
            default="all",
            required=True,
            validation="values=mean,min,max,all;names=Mean,Minimum,Maximum,All",
        ),
        OptionDef(
            "band", "numeric", "Band", "Raster band number.", default="1", required=True, validation="min=1;max=1000"
        ),
        _simulate_failure(),
    ],
    documentation_outputs=["1. Zonal statistics (CSV)"],
    price_base=Decimal("0.50"),
    price_per_km2=Decimal("0.002"),
    area_input=2,
)

BUFFER = ServiceDef(
    key="vector-buffer",
    name="Vector Buffer (Sandbox)",
    categories=["Vector"],
    keywords=["Vector", "Buffer"],
    documentation_summary=(
        "Buffers every feature of a vector file by a distance in metres.\n\n"
        + SANDBOX_NOTE.replace(
            "produces *synthetic* data computed deterministically from the region you submit",
            "computes from your own file",
        )
    ),
    documentation_description="Output is GeoJSON in EPSG:4326; with dissolve all buffers merge into one feature.",
    inputs=[InputDef(1, "GeoJSON", "Features", "The features to buffer")],
    options=[
        OptionDef(
            "distance",
            "numeric",
            "Distance",
            "Buffer distance in metres.",
            required=True,
            validation="min=0;max=100000",
        ),
        OptionDef(
            "dissolve", "boolean", "Dissolve", "Merge all buffers into one feature.", default="false", required=True
        ),
        OptionDef(
            "segments",
            "numeric",
            "Segments",
            "Segments per quarter circle.",
            default="8",
            validation="min=1;max=64",
            advanced=True,
        ),
        _simulate_failure(),
    ],
    documentation_outputs=["1. Buffered features (GeoJSON)"],
    price_base=Decimal("0.25"),
    price_per_km2=Decimal("0.001"),
)

SERVICES: list[ServiceDef] = [ELEVATION, CLOUD, HILLSHADE, ZONAL, BUFFER]

_CONDITION = OptionDef(
    "condition",
    "string",
    "Condition",
    "Python-like expression; outputs are dispatched only when it is true. Variables: inputs, input_n_files, "
    "input_n_file_m_name, input_n_file_m_lines, dispatching_service_name.",
)

DISPATCHERS: list[DispatcherDef] = [
    DispatcherDef(
        key="aws-s3",
        name="AWS S3",
        documentation_summary="Copies every output file to an S3 bucket (sandbox: a folder under the data directory).",
        documentation_description=(
            "Files are written to SANDBOX_DATA/s3/<bucket>/<key> after the credentials are checked against the "
            "sandbox's list of access keys."
        ),
        options=[
            OptionDef("bucket", "string", "Bucket", "Name of the bucket.", required=True),
            OptionDef(
                "s3_key_format",
                "string",
                "Key format",
                "Python format string for the object key, e.g. {process_name}/{file_name}.",
                default="{process_id}/{process_execution_id}/{output}/{file_name}",
                advanced=True,
            ),
            OptionDef("access_key_id", "string", "Access key id", "AWS access key id."),
            OptionDef("secret_access_key", "string", "Secret access key", "AWS secret access key."),
            OptionDef("session_token", "string", "Session token", "AWS session token for temporary credentials."),
            OptionDef("kms_key_id", "string", "KMS key id", "KMS key to encrypt the objects with."),
            _CONDITION,
        ],
    ),
    DispatcherDef(
        key="email",
        name="Email",
        documentation_summary="E-mails a message listing the outputs (sandbox: .eml files in an outbox folder).",
        documentation_description="Recipients must be registered users of the sandbox.",
        options=[
            OptionDef("emails", "string", "E-mail addresses", "Comma-separated recipients.", required=True),
            OptionDef("message", "string", "Message", "Text added to the e-mail."),
            _CONDITION,
        ],
    ),
]


def aggregator_record(service: ServiceDef, organisation_id: str) -> dict[str, Any] | None:
    """A Service object for a grouped service's aggregator (not listed in /services/latest)."""
    if not service.aggregator_name:
        return None
    record = service.record(organisation_id)
    record.update(
        {
            "id": service.aggregator_id,
            "ssd_id": service.aggregator_ssd_id,
            "name": service.aggregator_name,
            "categories": ["Aggregator"],
            "keywords": ["Statistics", "Aggregator"],
            "show_in_latest": False,
            "group_aggregators": [],
            "charge_expression_platform": "0",
            "documentation_summary": f"Aggregates the slices of {service.name} into a CSV. " + SANDBOX_NOTE,
            "documentation_inputs": ["1. Slice outputs (GeoTIFF)"],
            "documentation_outputs": ["1. Statistics (CSV)"],
            "documentation_options": [],
        }
    )
    return record


def get_service(id_or_ssd_id: Any) -> ServiceDef | None:
    """A service by its version id, its SSD id, or its key; None when unknown."""
    text = str(id_or_ssd_id)
    for service in SERVICES:
        if text in (service.id, service.ssd_id, service.key):
            return service
    return None


def get_dispatcher(ssd_id_or_name: Any) -> DispatcherDef | None:
    """A dispatcher by SSD id or name."""
    text = str(ssd_id_or_name)
    return next((d for d in DISPATCHERS if text in (d.ssd_id, d.name, d.key)), None)

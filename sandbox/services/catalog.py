"""The sandbox's service catalogue: what each service is called, takes, costs and how its options are checked.

The real platform keeps services in a database; the sandbox's are fixed code, so their ids are ``uuid5`` values
from a fixed namespace and stay the same across restarts and machines (tests and saved processes can rely on
them). Everything here is pure: the server turns these definitions into the JSON of docs/api-contract.md §6.6/§6.7
with :meth:`ServiceDef.record`, :meth:`ServiceDef.template_inputs` and :meth:`ServiceDef.template_options`,
checks submitted options with :meth:`ServiceDef.validate`, prices a run with :meth:`ServiceDef.price` and splits
large regions with :meth:`ServiceDef.plan_slices`. The computations live in :mod:`sandbox.services.compute`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sandbox.services.definitions import DispatcherDef, InputDef, OptionDef, ServiceDef, is_unset, parse_boolean

SANDBOX_NOTE = (
    "**Sandbox service.** This runs on your own machine inside the Fusion Platform sandbox and produces "
    "*synthetic* data computed deterministically from the region you submit. Do not use its outputs for real "
    "decisions."
)


# ---------------------------------------------------------------------------------------------------------------------
# The catalogue.


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

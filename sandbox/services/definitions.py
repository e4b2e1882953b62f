"""What a sandbox service or dispatcher is: its options, inputs, checks, price and slicing, as plain classes.

Why a module of its own: :mod:`sandbox.services.catalog` lists the services the sandbox offers, each one a
:class:`ServiceDef` built from these classes; keeping the classes apart keeps the catalogue a readable list.
Ids are ``uuid5`` values from a fixed namespace, so they stay the same across restarts and machines.
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

"""A service a process runs (SDK ``models.service``)."""

from __future__ import annotations

from .. import paths
from .model import _COMMON_RO, Model


class Service(Model):
    _CLASS = "Service"
    _FIELDS = (
        "id",
        "created_at",
        "updated_at",
        "organisation_id",
        "ssd_id",
        "version",
        "approval_status",
        "featured",
        "show_in_latest",
        "name",
        "categories",
        "keywords",
        "image_id",
        "license_id",
        "definition",
        "group_aggregators",
        "actions",
        "urls",
        "cidrs",
        "input_expressions",
        "input_validations",
        "option_validations",
        "option_expressions",
        "charge_expression_platform",
        "charge_expression_owner",
        "organisations",
        "organisation_charge_expressions",
        "geographic_regions",
        "documentation_summary",
        "documentation_description",
        "documentation_assumptions",
        "documentation_performance",
        "documentation_actions",
        "documentation_inputs",
        "documentation_outputs",
        "documentation_options",
    )
    _READ_ONLY = _COMMON_RO | {"organisation_id", "version", "approval_status"}

    def _path(self) -> str:
        return paths.service(self._org_id(), self._id())

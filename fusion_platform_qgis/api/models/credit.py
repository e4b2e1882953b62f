"""An organisation's credit balance (SDK ``models.credit``)."""

from __future__ import annotations

from .. import paths
from .model import Model


class Credit(Model):
    _CLASS = "Credit"
    _FIELDS = (
        "id",
        "created_at",
        "updated_at",
        "organisation_id",
        "any_credits",
        "cloud_storage_credits",
        "registry_storage_credits",
        "runtime_any_credits",
        "runtime_ssds",
        "spend",
    )
    _CAN_UPDATE = False
    _CAN_DELETE = False

    def _path(self) -> str:
        return paths.credit(self._org_id(), self._id())

"""The signed-in user (SDK ``fusion_platform.models.user``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Optional

from .. import paths
from .model import _COMMON_RO, Model
from .organisation import Organisation


class User(Model):
    _CLASS = "User"
    _FIELDS = (
        "id",
        "created_at",
        "updated_at",
        "email",
        "given_name",
        "family_name",
        "telephone",
        "role",
        "default_output_storage_period",
        "time_zone",
        "locale",
        "units",
        "notification_service_status",
        "notification_account",
        "notification_processing_chain",
        "notification_new_features",
        "notification_contact",
        "organisations",
        "last_request_at",
    )
    _HIDDEN = frozenset({"organisations"})
    _READ_ONLY = _COMMON_RO | {"email", "last_request_at"}

    def _path(self) -> str:
        return paths.user(self._id())

    @property
    def organisations(self) -> Iterator[Organisation]:
        """The user's organisations, one GET each, in the order the server lists them."""
        entries = list(self._model.get("organisations") or [])

        def iterate() -> Iterator[Organisation]:
            for entry in entries:
                org_id = entry.get("id") if isinstance(entry, dict) else entry
                model, extras = self._session.get_model(paths.organisation(str(org_id)))
                yield Organisation(self._session, model, extras=extras)

        return iterate()

    def find_organisations(self, id: Any = None, name: Optional[str] = None) -> tuple:
        """(first, iterator) of organisations matching an id and/or a case-insensitive name prefix (client-side)."""

        def matches(org: Organisation) -> bool:
            if id is not None and str(org._model.get("id")) != str(id):
                return False
            if name is not None and not str(org._model.get("name", "")).lower().startswith(name.lower()):
                return False
            return True

        first = next((o for o in self.organisations if matches(o)), None)
        return first, (o for o in self.organisations if matches(o))

    def change_password(self, old: str, new: str) -> None:
        """Change the password (never retried once sent: the old password would no longer work)."""
        self._session.request(
            "POST",
            paths.change_password(self._id()),
            json={"User": {"old_password": old, "new_password": new}},
            idempotent=False,
        )

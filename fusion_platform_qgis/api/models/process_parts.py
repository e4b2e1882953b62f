"""Read-only parts of a process: its inputs, options and dispatchers."""

from __future__ import annotations

import copy
from typing import Any, Optional

from .. import options as opt
from ..errors import FusionPlatformError
from .model import convert_field


class _Part:
    """Read-only view over a nested dict (an input, option or dispatcher of a process)."""

    def __init__(self, values: dict, **extra: Any):
        object.__setattr__(self, "_values", {**copy.deepcopy(values), **extra})

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        if name in self._values:
            return convert_field(name, self._values[name])
        return None

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__}.{name} is read-only; use process.update()")

    @property
    def attributes(self) -> dict:
        return copy.deepcopy(self._values)

    def __repr__(self) -> str:
        key = self._values.get("name") or self._values.get("title") or self._values.get("input")
        return f"{type(self).__name__}({key!r})"


class Input(_Part):
    """A process input: ``ssd_id``, ``input`` (1-based number), ``file_type``, ``id`` of the chosen data, ``name``."""


class Option(_Part):
    """A process/dispatcher option; ``value`` is the typed value, ``constrained_names/values`` for choices."""

    def __init__(self, values: dict):
        names_values = (
            opt.constrained_choices(values.get("validation"))
            if values.get("data_type") == opt.DATA_TYPE_CONSTRAINED
            else ([], [])
        )
        super().__init__(values, constrained_values=names_values[0] or None, constrained_names=names_values[1] or None)

    @property
    def spec(self) -> opt.OptionSpec:
        return opt.OptionSpec.from_wire(self._values)

    @property
    def value(self) -> Any:
        try:
            return opt.decode(self.spec, self._values.get("value"))
        except FusionPlatformError:
            return self._values.get("value")

    @property
    def raw_value(self) -> Optional[str]:
        return self._values.get("value")


class Dispatcher(_Part):
    """A dispatcher (e.g. e-mail, AWS S3) available to or added to a process; ``options`` are Option objects."""

    @property
    def options(self) -> list:
        return [Option(o) for o in self._values.get("options") or []]

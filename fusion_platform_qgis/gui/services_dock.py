"""Services dock."""

from __future__ import annotations

from ..qgis_support.i18n import tr
from .base_dock import FormDock
from .ui import load_form


class ServicesDock(FormDock):
    FORM = load_form(__file__)
    OBJECT_NAME = "fusion_platform_services_dock"

    def __init__(self, iface, state, parent=None):
        super().__init__(iface, state, tr("Fusion Platform Services"), parent)

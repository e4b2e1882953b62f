"""The "Fusion Platform" Processing provider.

Algorithms are created from the services of the connected organisation (one algorithm class, one instance per
service); the provider refreshes them when the connection or organisation changes.
"""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..qgis_support.i18n import tr
from ..qgis_support.resources import icon_path

PROVIDER_ID = "fusion_platform"


class FusionPlatformProvider(QgsProcessingProvider):
    def __init__(self, state=None):
        super().__init__()
        self.state = state
        self.algorithm_factories = []  # callables returning new algorithm instances

    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return tr("Fusion Platform")

    def longName(self) -> str:  # noqa: N802
        return tr("Fusion Platform Earth-observation services")

    def icon(self) -> QIcon:
        return QIcon(icon_path("fusion_platform.svg"))

    def loadAlgorithms(self) -> None:  # noqa: N802
        for factory in self.algorithm_factories:
            self.addAlgorithm(factory())

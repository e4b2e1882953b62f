"""The "Fusion Platform" Processing provider.

Algorithms come from the cached service definitions (definitions.py), so they exist in Model Builder, batch
mode and ``qgis_process`` without a network call at load time. When the plugin connects or the organisation
changes, a background task refreshes the cache and the provider reloads its algorithms on the main thread.
"""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..qgis_support.toolbelt.log import log_warning
from ..qgis_support.toolbelt.resources import icon_path
from ..qgis_support.toolbelt.tasks import run_task
from ..qgis_support.words.i18n import tr
from . import definitions

PROVIDER_ID = "fusion_platform"


class FusionPlatformProvider(QgsProcessingProvider):
    def __init__(self, state=None):
        super().__init__()
        self.state = None
        self._task = None
        if state is not None:
            self.attach(state)

    def attach(self, state) -> None:
        """Follow the plugin's connection so the algorithms match the organisation's services."""
        self.state = state
        state.organisation_changed.connect(self._organisation_changed)

    def detach(self) -> None:
        if self.state is not None:
            try:
                self.state.organisation_changed.disconnect(self._organisation_changed)
            except (TypeError, RuntimeError):
                pass
        if self._task is not None and not self._task.done:
            self._task.cancel()
        self.state = None

    def _organisation_changed(self, organisation) -> None:
        if organisation is None:
            return

        cached = definitions.load_cached()  # settings are read here, on the main thread

        def stored(result):
            definitions.save_cached(result)
            self.refreshAlgorithms()

        def failed(error):
            log_warning(tr("Could not refresh the Processing algorithms: {0}").format(error))

        self._task = run_task(
            tr("Fusion Platform: loading service definitions"),
            lambda task: definitions.fetch_definitions(organisation, cached),
            stored,
            failed,
            silent=True,
        )

    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return tr("Fusion Platform")

    def longName(self) -> str:
        return tr("Fusion Platform Earth-observation services")

    def icon(self) -> QIcon:
        return QIcon(icon_path("fusion_platform.svg"))

    def loadAlgorithms(self) -> None:
        from .algorithm import ServiceAlgorithm

        for definition in definitions.load_cached():
            try:
                self.addAlgorithm(ServiceAlgorithm(definition, self.state))
            except Exception as exc:
                log_warning(tr("Skipping service {0}: {1}").format(definition.get("name"), exc))

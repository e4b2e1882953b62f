"""The components of the selected execution (name, runtime, status), read in a QgsTask."""

from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QTreeWidget, QTreeWidgetItem

from ...api import listings
from ...qgis_support.runs.status import component_runtime, component_status
from ...qgis_support.toolbelt.log import log_warning
from ...qgis_support.toolbelt.tasks import QUIET, run_task
from ...qgis_support.words.i18n import tr
from .context import DockContext
from .model import status_icon, status_text


class ComponentsPanel(QObject):
    """Fills ``tree`` with the components of ``selected()`` (the execution selected now), each shown with that
    execution's current status."""

    shown = pyqtSignal()  # the tree was (re)filled

    def __init__(self, context: DockContext, tree: QTreeWidget, selected: Callable[[], Optional[dict]]):
        super().__init__(tree)
        self.context = context
        self.tree = tree
        self.selected = selected
        self.components: list[dict] = []
        self.task: Any = None

    def clear(self) -> None:
        self.components = []
        self.tree.clear()

    def shutdown(self) -> None:
        if self.task is not None and not self.task.done:
            self.task.cancel()

    def load(self) -> None:
        """(Re)load the selected execution's components in a task."""
        execution = self.selected()
        context = self.context
        session = context.session()
        if execution is None or session is None or context.state.organisation is None:
            return
        org = context.organisation_id()
        execution_id = str(execution.get("id"))

        def work(_task):
            return listings.execution_components(session, org, execution_id)

        def done(components):
            current = self.selected()
            if not context.alive or current is None or str(current.get("id")) != execution_id:
                return
            self.components = components
            self.tree.clear()
            for component in components:
                item = QTreeWidgetItem(self.tree)
                item.setText(0, str(component.get("name") or ""))
                status = component_status(component, current)
                runtime = component_runtime(component, status)
                item.setText(1, f"{runtime} s" if runtime is not None else "")
                item.setText(2, status_text(status))
                item.setIcon(0, status_icon(status))
                for column in range(3):
                    item.setToolTip(column, "\n".join(t for t in (item.text(0), item.text(2), item.text(1)) if t))
            self.shown.emit()

        self.task = run_task(
            tr("Fusion Platform: loading components"),
            work,
            done,
            lambda error: log_warning(f"Components: {error}"),
            silent=QUIET,
        )

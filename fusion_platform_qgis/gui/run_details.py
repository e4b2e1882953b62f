""" "Fusion Platform ▸ Run details…" and "Compare with the run of…" on an output layer.

Both read what the layer recorded when it was loaded (``fusion_platform/run_facts``, :mod:`..qgis_support.outputs.run_facts`):
no request is made. Run details shows the same rows as the Metadata tab, with the links back to the run, and copies
them as JSON or as the Python that re-runs the process with the SDK's interface — the process editor's "Copy as
Python" code (``python_snippet.process_snippet``), given the layer's service, region and options. Compare lists what
differs between the runs of two output layers: the service, each option, the region, the data date.

Small dialogs built in code (a text view, a table, a few buttons): nothing a form would lay out better.
"""

from __future__ import annotations

import html
from typing import Any, Optional, cast

from qgis.core import QgsMapLayer, QgsProject
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..qgis_support.outputs.provenance import layer_facts
from ..qgis_support.outputs.run_facts import differences, fact_rows, facts_json, links, snippet_arguments
from ..qgis_support.words.i18n import format_amount, format_datetime, tr
from ..qgis_support.words.python_snippet import process_snippet
from .ui import copy_text


def facts_html(facts: dict) -> str:
    rows = "".join(
        f"<tr><td><b>{html.escape(label)}</b></td><td>{html.escape(value)}</td></tr>"
        for label, value in fact_rows(facts, tr, lambda value: format_datetime(value, long=True), format_amount)
    )
    anchors = "<br>".join(f'<a href="{html.escape(url)}">{html.escape(name)}</a>' for name, url in links(facts, tr))
    return f"<table cellspacing='4'>{rows}</table><p>{anchors}</p>"


class RunDetailsDialog(QDialog):
    def __init__(self, state, layer: QgsMapLayer, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.state = state
        self.facts = layer_facts(layer)
        self.setObjectName("fusion_platform_run_details")
        self.setWindowTitle(tr("Run details: {0}").format(layer.name()))
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setObjectName("text_run_details")
        self.text.setOpenExternalLinks(True)  # fusion-platform:// links go to the plugin (gui/run_tree.py)
        self.text.setHtml(facts_html(self.facts))
        layout.addWidget(self.text)
        buttons = QHBoxLayout()
        self.button_python = QPushButton(tr("Copy as Python"), self)
        self.button_python.setObjectName("button_copy_python")
        self.button_python.setToolTip(tr("The script that makes and runs this process again with the SDK's interface"))
        self.button_python.clicked.connect(self.copy_python)
        self.button_json = QPushButton(tr("Copy as JSON"), self)
        self.button_json.setObjectName("button_copy_json")
        self.button_json.clicked.connect(self.copy_json)
        self.label_status = QLabel(self)
        buttons.addWidget(self.button_python)
        buttons.addWidget(self.button_json)
        buttons.addWidget(self.label_status, 1)
        layout.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(640, 420)

    def python(self) -> str:
        connection = getattr(self.state, "connection", None)
        user = getattr(self.state, "user", None)
        return process_snippet(
            api_url=connection.url if connection is not None else "",
            email=str(getattr(user, "email", "") or ""),
            **snippet_arguments(self.facts),
        )

    def copy_python(self) -> str:
        text = self.python()
        copy_text(text)
        self.label_status.setText(tr("The equivalent Python script is on the clipboard (the password is not in it)."))
        return text

    def copy_json(self) -> str:
        text = facts_json(self.facts)
        copy_text(text)
        self.label_status.setText(tr("The run's details are on the clipboard as JSON."))
        return text


class CompareDialog(QDialog):
    """The options and region that differ between this layer's run and another output layer's."""

    def __init__(self, layer: QgsMapLayer, parent: Optional[QWidget] = None, project: Optional[QgsProject] = None):
        super().__init__(parent)
        self.layer = layer
        self.project: Any = cast(Any, project or QgsProject.instance())
        self.setObjectName("fusion_platform_compare_runs")
        self.setWindowTitle(tr("Compare with the run of…"))
        layout = QVBoxLayout(self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("combo_other_layer")
        for other in self.project.mapLayers().values():
            if other is not layer and layer_facts(other):
                self.combo.addItem(other.name(), other.id())
        layout.addWidget(QLabel(tr("Compare '{0}' with the run of:").format(layer.name()), self))
        layout.addWidget(self.combo)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("table_differences")
        self.table.setHorizontalHeaderLabels([tr("What"), layer.name(), tr("Other run")])
        columns = self.table.horizontalHeader()
        if columns is not None:
            columns.setStretchLastSection(True)
        layout.addWidget(self.table)
        self.label_same = QLabel(self)
        layout.addWidget(self.label_same)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.combo.currentIndexChanged.connect(self.compare)
        self.resize(620, 360)
        self.compare()

    def compare(self, *_args) -> list[tuple[str, str, str]]:
        other = self.project.mapLayer(self.combo.currentData()) if self.combo.currentData() else None
        if other is None:
            self.table.setRowCount(0)
            self.label_same.setText(tr("No other output layer of the Fusion Platform is loaded."))
            return []
        rows = differences(layer_facts(self.layer), layer_facts(other), tr)
        self.table.setHorizontalHeaderLabels([tr("What"), self.layer.name(), other.name()])
        self.table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.label_same.setText("" if rows else tr("Both runs used the same service, options and region."))
        return rows

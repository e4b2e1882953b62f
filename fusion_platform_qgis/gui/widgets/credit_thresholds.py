"""The Options page's "Credits" box: per organisation, "ask before any run over N credits".

A table of the organisations the user has picked (remembered by ``credit_guard.remember_organisation``), each with
a threshold (0 = never ask). The page calls :meth:`CreditThresholds.apply` on OK; every Execute door reads the
stored value (``credit_guard.threshold_for``).
"""

from __future__ import annotations

from qgis.PyQt.QtWidgets import (
    QDoubleSpinBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...qgis_support import credit_guard
from ...qgis_support.i18n import tr


class CreditThresholds(QGroupBox):
    def __init__(self, parent=None):
        super().__init__(tr("Credits"), parent)
        self.setObjectName("group_credit_thresholds")
        layout = QVBoxLayout(self)
        note = QLabel(
            tr(
                "Ask before any run over this many credits (0 = never ask). A run the balance cannot pay is always "
                "refused before it reaches the platform."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("table_credit_thresholds")
        self.table.setHorizontalHeaderLabels([tr("Organisation"), tr("Ask before any run over")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table)
        self.empty = QLabel(tr("Log in and pick an organisation to set its threshold here."))
        layout.addWidget(self.empty)
        self.ids: list[str] = []
        self.load()

    def load(self) -> None:
        stored = credit_guard.load_thresholds()
        self.ids = sorted(stored, key=lambda key: str((stored[key] or {}).get("name") or key).lower())
        self.table.setRowCount(len(self.ids))
        for row, organisation_id in enumerate(self.ids):
            entry = stored[organisation_id] or {}
            item = QTableWidgetItem(str(entry.get("name") or organisation_id))
            item.setToolTip(organisation_id)
            self.table.setItem(row, 0, item)
            spin = QDoubleSpinBox()
            spin.setObjectName(f"spin_threshold_{row}")
            spin.setRange(0, 1e9)
            spin.setDecimals(2)
            spin.setSuffix(tr(" credits"))
            spin.setSpecialValueText(tr("never ask"))
            spin.setValue(float(entry.get("threshold") or 0))
            self.table.setCellWidget(row, 1, spin)
        self.table.setVisible(bool(self.ids))
        self.empty.setVisible(not self.ids)

    def spin(self, organisation_id: str) -> QDoubleSpinBox | None:
        if organisation_id not in self.ids:
            return None
        widget = self.table.cellWidget(self.ids.index(organisation_id), 1)
        return widget if isinstance(widget, QDoubleSpinBox) else None

    def apply(self) -> None:
        stored = credit_guard.load_thresholds()
        for organisation_id in self.ids:
            spin = self.spin(organisation_id)
            if spin is not None and organisation_id in stored:
                stored[organisation_id] = {**(stored[organisation_id] or {}), "threshold": spin.value()}
        credit_guard.save_thresholds(stored)

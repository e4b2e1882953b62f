"""The Progress column's bar, painted by a delegate (no QProgressBar widget per row: item widgets made the list
quadratic to fill). A stopped or failed run shows its status word instead of a percentage (``PROGRESS_ROLE``)."""

from __future__ import annotations

from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionProgressBar

from .model import PROGRESS_ROLE


class ProgressDelegate(QStyledItemDelegate):
    def paint(self, painter, option, index) -> None:
        state = index.data(PROGRESS_ROLE)
        if not state:
            super().paint(painter, option, index)
            return
        value, word = state
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(2, 2, -2, -2)
        bar.minimum = 0
        bar.maximum = 100
        bar.progress = int(value)
        bar.text = word or f"{int(value)}%"
        bar.textVisible = True
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.palette = option.palette
        bar.fontMetrics = option.fontMetrics
        style = option.widget.style() if option.widget is not None else QApplication.style()
        if style is None:  # no application style: nothing can draw the bar
            return
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(max(size.width(), 90), size.height())

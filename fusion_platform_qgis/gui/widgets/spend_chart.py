"""The Account dock's "Spending" box: what the organisation spent, read at a glance.

* a bar chart of the last twelve months from the Credit model's ``spend`` history (month → credits, filled by the
  platform as runs are charged; :func:`..qgis_support.runs.credits.monthly_spend`);
* this month's runs by service, each run at its price (a grouped run's members at their share), read in a QgsTask
  from the organisation's processes and services (:func:`..qgis_support.runs.credits.runs_by_service`);
* every kind of balance the organisation holds, in words (:func:`..qgis_support.runs.credits.balance_kinds`).

The dock calls :meth:`SpendPanel.show_credit` each time it shows a balance; the panel does the rest.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Callable, Optional

from qgis.PyQt.QtCore import QLocale, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QPainter, QPalette
from qgis.PyQt.QtWidgets import QGroupBox, QLabel, QPushButton, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from ...api import listings
from ...qgis_support.runs.credits import balance_kinds, monthly_spend, number, runs_by_service
from ...qgis_support.words.i18n import format_amount, tr

PROCESSES_READ = 200  # this month's runs are among the newest processes; older ones are not read
# At login only the newest page is read (one request, whatever the organisation's size); "Count older processes too"
# reads on up to PROCESSES_READ.


def month_label(month: str) -> str:
    """ "2026-12" → the locale's short month name ("Dec")."""
    try:
        return QLocale().monthName(int(month[5:7]), QLocale.FormatType.ShortFormat)
    except ValueError:
        return month


class SpendChart(QWidget):
    """Twelve bars, this month last (highlighted); hover a bar for its month and credits."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setObjectName("chart_spend")
        self.series: list[tuple[str, float]] = []
        self.setMouseTracking(True)
        self.setMinimumHeight(80)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(280, 96)

    def set_series(self, series: list[tuple[str, float]]) -> None:
        self.series = list(series)
        total = sum(value for _month, value in self.series)
        self.setToolTip(
            tr("Credits spent over the last %n month(s): {0}", None, len(self.series)).format(
                number(total, format_amount)
            )
        )
        self.update()

    def _bars(self) -> list[tuple[QRectF, str, float]]:
        if not self.series:
            return []
        top = max(value for _month, value in self.series) or 1.0
        width = self.width() / len(self.series)
        plot = self.height() - 16  # room for the month letters under the bars
        bars = []
        for index, (month, value) in enumerate(self.series):
            height = max(1.0, plot * value / top) if value else 1.0
            bars.append((QRectF(index * width + 2, plot - height, width - 4, height), month, value))
        return bars

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        muted = QColor(highlight)
        muted.setAlpha(110)
        text = palette.color(QPalette.ColorRole.WindowText)
        bars = self._bars()
        for index, (rect, month, _value) in enumerate(bars):
            painter.fillRect(rect, highlight if index == len(bars) - 1 else muted)
            painter.setPen(text)
            label = month_label(month)[:1]
            painter.drawText(
                QRectF(rect.left(), self.height() - 15, rect.width(), 14), int(Qt.AlignmentFlag.AlignCenter), label
            )
        painter.end()

    def mouseMoveEvent(self, event) -> None:
        position = event.pos()
        for rect, month, value in self._bars():
            if rect.left() <= position.x() <= rect.right():
                QToolTip.showText(
                    event.globalPos(), tr("{0}: {1} credits").format(month, number(value, format_amount)), self
                )
                return


class SpendPanel(QGroupBox):
    def __init__(self, state, runner: Callable, parent: Optional[QWidget] = None):
        """``runner(description, work, on_success, on_error)``: the dock's task runner (its busy bar, its session's
        results only), so the dock is idle only once this box has read what it needs."""
        super().__init__(tr("Spending"), parent)
        self.state = state
        self.runner = runner
        self.setObjectName("group_spending")
        layout = QVBoxLayout(self)
        self.chart = SpendChart(self)
        layout.addWidget(self.chart)
        self.label_month = QLabel(self)
        self.label_month.setObjectName("label_spend_month")
        self.label_month.setWordWrap(True)
        layout.addWidget(self.label_month)
        self.button_older = QPushButton(tr("Count older processes too"), self)
        self.button_older.setObjectName("button_spend_older")
        self.button_older.setFlat(True)
        self.button_older.setVisible(False)
        self.button_older.clicked.connect(lambda: self.refresh_runs(everything=True))
        layout.addWidget(self.button_older)
        self.label_kinds = QLabel(self)
        self.label_kinds.setObjectName("label_balance_kinds")
        self.label_kinds.setWordWrap(True)
        layout.addWidget(self.label_kinds)
        self.service_names: dict[str, str] = {}
        self.rows: list[tuple[str, int, float]] = []
        self.partial = False  # the month's runs were counted over the newest page of processes only
        self.task: Any = None
        self.credit: dict = {}

    def show_credit(self, credit) -> None:
        """The dock shows a balance (login, refresh, another organisation): chart, words, then this month's runs."""
        if credit is None:
            self.credit = {}
            self.chart.set_series([])
            self.label_month.setText("")
            self.label_kinds.setText("")
            return
        self.credit = credit.attributes if hasattr(credit, "attributes") else dict(credit)
        self.chart.set_series(monthly_spend(self.credit.get("spend")))
        self._show_kinds()
        self.refresh_runs()

    def _show_kinds(self) -> None:
        lines = balance_kinds(self.credit, self.service_names, tr, format_amount)
        self.label_kinds.setText("\n".join("• " + line for line in lines))

    def refresh_runs(self, everything: bool = False) -> None:
        """This month's runs by service: from the newest page of processes (one request), or with ``everything``
        from up to PROCESSES_READ of them."""
        organisation = getattr(self.state, "organisation", None)
        if organisation is None or (self.task is not None and not self.task.done):
            return
        now = datetime.now(timezone.utc)
        wanted = str(organisation.id)

        def work(_task):
            names: dict[str, str] = {}
            for service in organisation.services:
                attributes = service.attributes
                for key in ("id", "ssd_id"):
                    if attributes.get(key):
                        names[str(attributes[key])] = str(attributes.get("name") or "")
            processes: list[dict] = []
            cursor = None
            while len(processes) < PROCESSES_READ:  # plain pages: each process with its execution summaries
                page, cursor = listings.processes_page(organisation.session, wanted, cursor)
                processes.extend(page)
                if not cursor or not page or not everything:
                    break
            partial = bool(cursor) and len(processes) < PROCESSES_READ
            return names, runs_by_service(processes, names, now), partial

        def done(result) -> None:
            current = getattr(self.state, "organisation", None)
            if current is None or str(current.id) != wanted:
                return
            self.service_names, self.rows, self.partial = result
            self._show_kinds()
            self._show_month()

        def failed(error) -> None:
            if not self.state.report_error(error):
                self.label_month.setText(tr("This month's runs could not be read."))

        self.task = self.runner(tr("Reading this month's runs"), work, done, failed)

    def _show_month(self) -> None:
        series = monthly_spend(self.credit.get("spend"), months=1)
        spent = series[-1][1] if series else 0.0
        lines = [tr("This month: {0} credits spent").format(number(spent, format_amount))]
        if not self.rows:
            lines.append(tr("No runs this month."))
        for name, count, credits in self.rows:
            lines.append(tr("{0}: %n run(s), {1} credits", None, count).format(name, number(credits, format_amount)))
        if self.partial:
            lines.append(tr("(counted over the newest processes)"))
        self.label_month.setText("\n".join(lines))
        self.button_older.setVisible(self.partial)

"""A window over an execution's component logs: filter by level, search, copy, save.

The lines are fetched by the caller (in a QgsTask) and handed over as plain tuples, so the viewer itself never
touches the network. The platform sends each line's level as a ``LEVEL: text`` prefix (the sandbox also sets a
``level`` field); :func:`split_level` reads either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qgis.PyQt.QtWidgets import QApplication, QDialog, QFileDialog, QVBoxLayout, QWidget

from ..qgis_support.words.i18n import format_time, tr
from .ui import load_form

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
_LEVEL_RANK = {name: rank for rank, name in enumerate(LEVELS)}
_PREFIX = re.compile(r"^\s*\[?(DEBUG|INFO|WARNING|WARN|ERROR|CRITICAL)\]?\s*[:\-]?\s*", re.IGNORECASE)


@dataclass
class LogLine:
    logged_at: str
    level: str
    message: str
    component: str = ""

    def text(self) -> str:
        """One readable line: the local time of day (not the wire's ISO timestamp), level, component, message."""
        prefix = f"[{self.component}] " if self.component else ""
        when = format_time(self.logged_at) or self.logged_at
        return f"{when}  {self.level:<7} {prefix}{self.message}"


def split_level(entry: dict) -> tuple[str, str]:
    """``(level, message without its level prefix)`` for one wire log entry."""
    message = str(entry.get("message") or "")
    level = str(entry.get("level") or "").upper()
    match = _PREFIX.match(message)
    if match:
        level = level or match.group(1).upper()
        message = message[match.end() :]
    level = {"WARN": "WARNING", "CRITICAL": "ERROR"}.get(level, level)
    return (level if level in _LEVEL_RANK else "INFO"), message


def to_lines(entries: list[dict], component: str = "") -> list[LogLine]:
    """Wire log entries (any order) -> lines in chronological order."""
    lines = []
    for entry in entries:
        level, message = split_level(entry)
        lines.append(LogLine(str(entry.get("logged_at") or ""), level, message, component))
    lines.sort(key=lambda line: line.logged_at)
    return lines


def filter_lines(lines: list[LogLine], minimum_level: str = "DEBUG", search: str = "") -> list[LogLine]:
    """Lines at or above a level whose text contains ``search`` (case-insensitive)."""
    rank = _LEVEL_RANK.get(minimum_level, 0)
    needle = search.strip().lower()
    return [
        line
        for line in lines
        if _LEVEL_RANK.get(line.level, 1) >= rank and (not needle or needle in line.text().lower())
    ]


class LogViewer(QDialog):
    FORM = load_form(__file__)

    def __init__(self, title: str, lines: list[LogLine], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("fusion_platform_log_viewer")
        self.body = QWidget(self)
        self.ui = self.FORM()
        self.ui.setupUi(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body)
        self.resize(self.body.size())
        self.lines = list(lines)
        for level in LEVELS:
            self.ui.combo_level.addItem(
                tr("{0} and above").format(level.title()) if level != "DEBUG" else tr("All"), level
            )
        self.ui.combo_level.setCurrentIndex(0)
        self.ui.combo_level.currentIndexChanged.connect(self.refresh)
        self.ui.line_search.textChanged.connect(self.refresh)
        self.ui.button_copy.clicked.connect(self.copy)
        self.ui.button_save.clicked.connect(self.save)
        self.ui.button_close.clicked.connect(self.close)
        # Tests replace this to avoid a modal file dialog.
        self.ask_save_path = lambda: QFileDialog.getSaveFileName(
            self, tr("Save log"), "execution_log.txt", tr("Text files (*.txt *.log)")
        )[0]
        self.refresh()

    def shown_lines(self) -> list[LogLine]:
        return filter_lines(self.lines, self.ui.combo_level.currentData() or "DEBUG", self.ui.line_search.text())

    def shown_text(self) -> str:
        return "\n".join(line.text() for line in self.shown_lines())

    def refresh(self, *_args) -> None:
        shown = self.shown_lines()
        self.ui.text_log.setPlainText("\n".join(line.text() for line in shown))
        self.ui.label_summary.setText(tr("{0} of %n line(s)", None, len(self.lines)).format(len(shown)))

    def copy(self) -> None:
        clipboard = QApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.shown_text())

    def save(self) -> str:
        path = self.ask_save_path()
        if not path:
            return ""
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(self.shown_text() + "\n")
        return path

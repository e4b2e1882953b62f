"""The Executions dock's runs as a Qt item model: one top-level row per run, a group's members below it.

Why a model (not a QTreeWidget with a QProgressBar item widget per run): item widgets made filling the list
quadratic (3.7 s for 1,000 runs on the main thread); a model with a painting delegate (:mod:`.delegate`) costs the
rows on screen only. Rows are inserted one by one at their place (newest first, ``beginInsertRows``) and found by
run key, so a change of one run touches one row (``dataChanged``) and a page more appends without a reset.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any, Optional

from qgis.PyQt.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from qgis.PyQt.QtGui import QColor, QIcon, QPainter, QPixmap

from ...qgis_support.runs.records import (
    format_duration,
    never_unfinished,
    parse_time,
    run_key,
    run_started_at,
    sort_members,
)
from ...qgis_support.runs.status import bar_state, execution_bar_state, is_finished, run_status, status_of
from ...qgis_support.words.i18n import format_datetime, tr

ROLE = Qt.ItemDataRole.UserRole + 1  # {"run": key} or {"run": key, "execution": id}
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2  # (value 0..100, translated word instead of the percentage or None)
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # machine status: running, success, failed, stopped
_ROLES = frozenset(
    (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.DecorationRole,
        ROLE,
        PROGRESS_ROLE,
        STATUS_ROLE,
    )
)
COLUMN_NAME, COLUMN_STATUS, COLUMN_PROGRESS, COLUMN_STARTED, COLUMN_ENDED, COLUMN_DURATION = range(6)
STATUS_COLOURS = {"running": "#1f77b4", "success": "#2ca02c", "failed": "#d62728", "stopped": "#7f7f7f"}


def format_time(value: Any) -> str:
    """A start or end column: the user's local time in the locale's short date-and-time format."""
    return format_datetime(value)


def status_texts() -> dict[str, str]:
    """The translated word of each machine status.

    Why literal ``tr("...")`` calls built on demand: pylupdate5 only files string literals passed to ``tr``, so
    ``tr(variable)`` never reached the catalogues; and building the dict at call time (not import time) uses the
    translator installed now."""
    return {"running": tr("Running"), "success": tr("Succeeded"), "failed": tr("Failed"), "stopped": tr("Stopped")}


def status_text(status: str) -> str:
    return status_texts().get(status, status)


_ICONS: dict[str, QIcon] = {}


def status_icon(status: str) -> QIcon:
    """A coloured dot per status, shown in the first column so a narrow dock shows the status without scrolling."""
    icon = _ICONS.get(status)
    if icon is None:
        pixmap = QPixmap(16, 16)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("#ffffff"))
        painter.setBrush(QColor(STATUS_COLOURS.get(status, "#7f7f7f")))
        painter.drawEllipse(2, 2, 12, 12)
        painter.end()
        icon = _ICONS[status] = QIcon(pixmap)
    return icon


class _Node:
    """A row: a run (``parent`` None) or one execution of a grouped run."""

    __slots__ = ("key", "execution_id", "parent", "children")

    def __init__(self, key: str, execution_id: Optional[str] = None, parent: Optional[_Node] = None):
        self.key = key
        self.execution_id = execution_id
        self.parent = parent
        self.children: list[_Node] = []


class RunsModel(QAbstractItemModel):
    """Runs keyed by :func:`run_key`, newest first; ``runs`` is the key -> run dict the dock reads."""

    HEADERS = ("Execution", "Status", "Progress", "Started", "Ended", "Duration")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.runs: dict[str, dict] = {}
        self._nodes: list[_Node] = []  # top-level rows, newest first
        self._order: list[tuple[str, str]] = []  # (inverted start, key) per row, ascending = newest first
        self._by_key: dict[str, _Node] = {}
        self._cells: dict[str, dict[tuple, Any]] = {}  # run key -> {(execution id or None, column, role): value}

    # ---------------------------------------------------------------- Qt model interface
    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return len(self.HEADERS)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.column() > 0:
            return 0
        node = self.node(parent)
        if node is None:
            return len(self._nodes)
        return len(node.children) if node.parent is None else 0

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        node = self.node(parent)
        rows = self._nodes if node is None else node.children
        if 0 <= row < len(rows) and 0 <= column < len(self.HEADERS):
            return self.createIndex(row, column, rows[row])
        return QModelIndex()

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(self._row_of(node.parent), 0, node.parent)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            # The form's own context: the catalogues have these from the columns the .ui used to declare.
            translate = QCoreApplication.translate
            return [
                translate("ExecutionsDock", "Execution"),
                translate("ExecutionsDock", "Status"),
                translate("ExecutionsDock", "Progress"),
                translate("ExecutionsDock", "Started"),
                translate("ExecutionsDock", "Ended"),
                translate("ExecutionsDock", "Duration"),
            ][section]
        return None

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cells computed once per change of their run (the view asks for every role of every cell it paints)."""
        if role not in _ROLES:
            return None
        node = self.node(index)
        if node is None:
            return None
        cells = self._cells.setdefault(node.key, {})
        cache_key = (node.execution_id, index.column(), role)
        if cache_key in cells:
            return cells[cache_key]
        run = self.runs.get(node.key)
        if run is None:
            return None
        if node.parent is None:
            value = self._run_data(run, index.column(), role)
        else:
            execution = next((e for e in run["executions"] if str(e.get("id")) == node.execution_id), None)
            value = None if execution is None else self._member_data(run, execution, index.column(), role)
        if role != Qt.ItemDataRole.DisplayRole or index.column() != COLUMN_DURATION:  # a running clock
            cells[cache_key] = value
        return value

    def _forget(self, key: str) -> None:
        self._cells.pop(key, None)

    # ---------------------------------------------------------------- cells
    def _run_data(self, run: dict, column: int, role: int) -> Any:
        executions = run["executions"]
        if role == ROLE:
            return {"run": run_key(run)}
        status = run_status(executions)
        if role == STATUS_ROLE:
            return status
        if role == PROGRESS_ROLE:
            value, word = bar_state(executions)
            return value, (status_text(word) if word else None)
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon(status) if column == COLUMN_NAME else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        name = run_name(run)
        ended = [parse_time(e.get("ended_at")) for e in executions]
        last_end = max([t for t in ended if t is not None], default=None) if status != "running" else None
        if role == Qt.ItemDataRole.ToolTipRole:  # every column: what a narrow dock leaves out
            return details_tooltip(
                name,
                status_text(status),
                format_time(run_started_at(run)),
                format_time(last_end) if last_end else "",
                format_duration(executions[0].get("started_at"), last_end),
            )
        if column == COLUMN_NAME:
            return name
        if column == COLUMN_STATUS:
            return status_text(status)
        if column == COLUMN_STARTED:
            return format_time(run_started_at(run))
        if column == COLUMN_ENDED:
            return format_time(last_end) if last_end else ""
        if column == COLUMN_DURATION:
            return format_duration(executions[0].get("started_at"), last_end)
        return None

    def _member_data(self, run: dict, execution: dict, column: int, role: int) -> Any:
        if role == ROLE:
            return {"run": run_key(run), "execution": str(execution.get("id"))}
        status = status_of(execution)
        if role == STATUS_ROLE:
            return status
        if role == PROGRESS_ROLE:
            value, word = execution_bar_state(execution)
            return value, (status_text(word) if word else None)
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon(status) if column == COLUMN_NAME else None
        if role == Qt.ItemDataRole.ToolTipRole:
            ended = execution.get("ended_at") or (None if not is_finished(execution) else execution.get("updated_at"))
            return details_tooltip(
                member_label(execution),
                status_text(status),
                format_time(execution.get("started_at")),
                format_time(execution.get("ended_at")),
                format_duration(execution.get("started_at"), ended),
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == COLUMN_NAME:
            return member_label(execution)
        if column == COLUMN_STATUS:
            return status_text(status)
        if column == COLUMN_STARTED:
            return format_time(execution.get("started_at"))
        if column == COLUMN_ENDED:
            return format_time(execution.get("ended_at"))
        if column == COLUMN_DURATION:
            ended = execution.get("ended_at") or (None if not is_finished(execution) else execution.get("updated_at"))
            return format_duration(execution.get("started_at"), ended)
        return None

    # ---------------------------------------------------------------- lookups
    def node(self, index: QModelIndex) -> Optional[_Node]:
        if not index.isValid():
            return None
        return index.internalPointer()

    def key_index(self, key: str, execution_id: Optional[str] = None, column: int = 0) -> QModelIndex:
        """The index of a run's row (or of one member of a grouped run); invalid if not listed."""
        node = self._by_key.get(key)
        if node is None:
            return QModelIndex()
        row = self._row_of(node)
        if execution_id is None:
            return self.createIndex(row, column, node)
        for child_row, child in enumerate(node.children):
            if child.execution_id == str(execution_id):
                return self.createIndex(child_row, column, child)
        return QModelIndex()

    def keys(self) -> list[str]:
        """Run keys in row order (newest first)."""
        return [node.key for node in self._nodes]

    def _row_of(self, node: _Node) -> int:
        sort_key = self._sort_key(self.runs[node.key])
        row = bisect_left(self._order, sort_key)
        if row < len(self._nodes) and self._nodes[row] is node:
            return row
        return self._nodes.index(node)

    @staticmethod
    def _sort_key(run: dict) -> tuple[str, str]:
        started = run_started_at(run)
        inverted = "".join(chr(0x10FFFF - ord(c)) for c in started) if started else "\U0010ffff"
        return inverted, run_key(run)

    # ---------------------------------------------------------------- changes
    def clear(self) -> None:
        self.beginResetModel()
        self._cells = {}
        self.runs = {}
        self._nodes = []
        self._order = []
        self._by_key = {}
        self.endResetModel()

    def put(self, run: dict) -> None:
        """Add the run at its place, or replace the one with its key (one row's change; members inserted). A member
        already known as ended stays ended: an answer saying it runs was read before it ended (never_unfinished)."""
        key = run_key(run)
        known = self.runs.get(key)
        if known is not None:
            run = {**run, "executions": never_unfinished(known["executions"], run["executions"])}
        self._forget(key)
        sort_members(run["executions"])
        node = self._by_key.get(key)
        if node is None:
            sort_key = self._sort_key(run)
            row = bisect_left(self._order, sort_key)
            node = _Node(key)
            self.beginInsertRows(QModelIndex(), row, row)
            self.runs[key] = run
            self._nodes.insert(row, node)
            self._order.insert(row, sort_key)
            self._by_key[key] = node
            if run.get("group_id"):
                node.children = [_Node(key, str(e.get("id")), node) for e in run["executions"]]
            self.endInsertRows()
            return
        old_row = self._row_of(node)
        old_sort = self._order[old_row]
        self.runs[key] = run
        new_sort = self._sort_key(run)
        row = old_row
        if new_sort != old_sort:  # its start changed (a summary replaced by the record): its row moves
            row = self._move(old_row, new_sort)
        self._sync_members(node, row, run)
        self._changed(row, node)

    def _move(self, old_row: int, sort_key: tuple[str, str]) -> int:
        """Move a row to its new place, as a move (a removal and an insertion lost the user's selection, and with
        it the run's components and the Stop button: test_stop_mid_run under load). Returns the new row."""
        row = bisect_left(self._order[:old_row] + self._order[old_row + 1 :], sort_key)
        if row != old_row:
            self.beginMoveRows(QModelIndex(), old_row, old_row, QModelIndex(), row if row < old_row else row + 1)
        node = self._nodes.pop(old_row)
        del self._order[old_row]
        self._nodes.insert(row, node)
        self._order.insert(row, sort_key)
        if row != old_row:
            self.endMoveRows()
        return row

    def _sync_members(self, node: _Node, row: int, run: dict) -> None:
        if not run.get("group_id"):
            return
        parent = self.createIndex(row, 0, node)
        wanted = [str(e.get("id")) for e in run["executions"]]
        for child_row in reversed(range(len(node.children))):
            if node.children[child_row].execution_id not in wanted:
                self.beginRemoveRows(parent, child_row, child_row)
                del node.children[child_row]
                self.endRemoveRows()
        for position, execution_id in enumerate(wanted):
            if position < len(node.children) and node.children[position].execution_id == execution_id:
                continue
            existing = [c.execution_id for c in node.children]
            if execution_id in existing:
                continue
            self.beginInsertRows(parent, position, position)
            node.children.insert(position, _Node(node.key, execution_id, node))
            self.endInsertRows()
        if [c.execution_id for c in node.children] != wanted:
            self.layoutAboutToBeChanged.emit()
            order = {eid: i for i, eid in enumerate(wanted)}
            node.children.sort(key=lambda c: order.get(str(c.execution_id), 0))
            self.layoutChanged.emit()

    def _changed(self, row: int, node: _Node) -> None:
        last = len(self.HEADERS) - 1
        self.dataChanged.emit(self.createIndex(row, 0, node), self.createIndex(row, last, node))
        if node.children:
            self.dataChanged.emit(
                self.createIndex(0, 0, node.children[0]),
                self.createIndex(len(node.children) - 1, last, node.children[-1]),
            )

    def update_execution(self, execution: dict) -> bool:
        """Replace one member's record in its run; False when its run is not listed."""
        key = str(execution.get("group_id") or execution.get("id"))
        run = self.runs.get(key)
        if run is None:
            return False
        members = [e for e in run["executions"] if str(e.get("id")) != str(execution.get("id"))]
        self.put({**run, "executions": [*members, execution]})
        return True

    def remove(self, key: str) -> None:
        node = self._by_key.get(key)
        if node is None:
            return
        row = self._row_of(node)
        self._forget(key)
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._nodes[row]
        del self._order[row]
        del self._by_key[key]
        self.runs.pop(key, None)
        self.endRemoveRows()


def run_name(run: dict) -> str:
    name = str(run["process"].get("name") or "")
    if run.get("group_id"):
        executions = run["executions"]
        slices = max(0, max(int(e.get("group_count") or 1) for e in executions) - 1)
        name = tr("{0} (group of %n slice(s) + aggregator)", None, slices).format(name)
    return name


def member_label(execution: dict) -> str:
    """ "Slice 3 of 9" or "Aggregator": counted as the group's row counts them ("group of 9 slices + aggregator")."""
    index = execution.get("group_index")
    count = execution.get("group_count")
    if index and count and int(index) == int(count):
        return tr("Aggregator")
    slices = max(1, int(count) - 1) if count else 1
    return tr("Slice {0} of {1}").format(index, slices)


def details_tooltip(name: str, status: str, started: str, ended: str, duration: str) -> str:
    """A row's tooltip: its whole name and every column, hidden or cut in a narrow dock."""
    lines = [name, tr("Status: {0}").format(status)]
    if started:
        lines.append(tr("Started: {0}").format(started))
    if ended:
        lines.append(tr("Ended: {0}").format(ended))
    if duration:
        lines.append(tr("Duration: {0}").format(duration))
    return "\n".join(lines)

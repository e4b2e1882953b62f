"""Runs in the Layers panel: a group per run from the moment it starts, with a layer-tree indicator.

Built on the one follower (``pipeline.follow.ExecutionMonitor``) and the one loader (``layers.RunLoader``), not
beside them:

* ``PluginState.run_started`` (every door announces the run it started: the process editor, "Run again", the
  Processes dock, Processing) → a group named as the outputs' group will be, at the top of the tree, "queued";
* the follower's ``run_started`` / ``run_progress`` / ``run_ended`` → the group learns its executions and its
  indicator follows them (:func:`..qgis_support.runs.badge.badge_of`: running with its progress, succeeded, failed
  with the reason, stopped); a stopped run's group goes away when empty, and so does a deleted run's;
* on success the loader fills *this* group (``layers.find_pending_group``): one group per run, never two;
* everything the indicator needs is kept as custom properties of the group, so the group survives saving and
  reopening the project; on reopen (or the next login) a run still going is followed again.

Clicking the indicator offers "Show in the Executions panel" and "Show log…". The tree view is looked up in QGIS's
interface unless one is given (tests give their own ``QgsLayerTreeView``).
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Callable, Optional, cast

from qgis.core import QgsLayerTreeGroup, QgsProject
from qgis.gui import QgsLayerTreeViewIndicator
from qgis.PyQt.QtCore import QObject, QPointF, QRectF, Qt, QUrl, pyqtSlot
from qgis.PyQt.QtGui import QBrush, QColor, QCursor, QDesktopServices, QIcon, QPainter, QPen, QPixmap, QPolygonF
from qgis.PyQt.QtWidgets import QMenu

from ..qgis_support.outputs.run_facts import LINK_SCHEME, parse_link
from ..qgis_support.outputs.run_layers import PROPERTY, group_layers, group_name
from ..qgis_support.runs.badge import Badge, badge_of, badge_tooltip, group_should_go
from ..qgis_support.runs.records import run_key
from ..qgis_support.words.i18n import format_datetime, tr

REPEATING = "run_schedule"  # a process's run_type when the platform runs it on a schedule
KEYS = (
    "process_id",
    "process_name",
    "run_type",
    "organisation_id",
    "group_id",
    "execution_ids",
    "state",
    "progress",
    "reason",
)
COLOURS = {
    "queued": "#8a8f98",
    "running": "#1f77d0",
    "succeeded": "#2e9d4a",
    "failed": "#d0342c",
    "stopped": "#8a8f98",
}


def run_icon(badge: Badge, size: int = 32) -> QIcon:
    """A round badge: a pie of the progress while running, a tick, a cross or a square once over."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(COLOURS.get(badge.kind, "#8a8f98"))
    box = QRectF(2, 2, size - 4, size - 4)
    painter.setPen(QPen(colour, size / 10))
    painter.setBrush(QBrush(Qt.GlobalColor.white))
    painter.drawEllipse(box)
    painter.setBrush(QBrush(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    if badge.kind == "running":
        painter.drawPie(box.adjusted(4, 4, -4, -4), 90 * 16, -int(360 * 16 * max(3, badge.progress) / 100))
    elif badge.kind == "queued":
        for step in (-1, 0, 1):
            painter.drawEllipse(QPointF(size / 2 + step * size / 4.5, size / 2), size / 14, size / 14)
    else:
        pen = QPen(colour, size / 8)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        s = float(size)
        if badge.kind == "succeeded":
            painter.drawPolyline(
                QPolygonF([QPointF(s * 0.3, s * 0.52), QPointF(s * 0.45, s * 0.67), QPointF(s * 0.72, s * 0.36)])
            )
        elif badge.kind == "failed":
            painter.drawLine(QPointF(s * 0.34, s * 0.34), QPointF(s * 0.66, s * 0.66))
            painter.drawLine(QPointF(s * 0.66, s * 0.34), QPointF(s * 0.34, s * 0.66))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRect(QRectF(s * 0.36, s * 0.36, s * 0.28, s * 0.28))
    painter.end()
    return QIcon(pixmap)


def _prop(group: QgsLayerTreeGroup, key: str) -> str:
    return str(group.customProperty(PROPERTY + "run_" + key, "") or "")


def _ids(group: QgsLayerTreeGroup) -> set[str]:
    return {i for i in _prop(group, "execution_ids").split(",") if i}


class RunTree(QObject):
    """Keeps each run's group and indicator in step with the follower; created by the plugin, ``unload()`` undoes."""

    def __init__(self, state, monitor, dock=None, view_getter: Optional[Callable[[], Any]] = None, project=None):
        super().__init__()
        self.state = state
        self.monitor = monitor
        self.dock = dock  # the Executions dock (show a run, its log), or None
        self.project: Any = cast(Any, project or QgsProject.instance())
        self._view_getter = view_getter
        self.executions: dict[int, dict[str, dict]] = {}  # id(group) → the executions last seen, by id
        self.indicators: dict[int, tuple[Any, QgsLayerTreeViewIndicator]] = {}  # id(group) → (group, indicator)
        self._connections: list[tuple[Any, Any]] = [
            (state.run_started, self.on_started),
            (monitor.run_started, self.on_run_found),
            (monitor.run_seen, self.on_seen),
            (monitor.run_progress, self.on_progress),
            (monitor.run_ended, self.on_ended),
            (state.organisation_changed, self.follow_again),
            (self.project.readProject, self.on_project_read),
            (self.project.layerTreeRoot().willRemoveChildren, self.on_nodes_removing),
            (self.project.layerTreeRoot().addedChildren, self.on_nodes_added),
        ]
        if dock is not None and hasattr(dock, "run_changed"):
            self._connections.append((dock.run_changed, self.on_run_changed))
        for signal, slot in self._connections:
            signal.connect(slot)
        # The output layers' metadata links back to their run (fusion-platform://execution/<id>): opened here.
        QDesktopServices.setUrlHandler(LINK_SCHEME, self, "open_link")

    def unload(self) -> None:
        QDesktopServices.unsetUrlHandler(LINK_SCHEME)
        for signal, slot in self._connections:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        for group, indicator in list(self.indicators.values()):
            self._remove_indicator(group, indicator)
        self.indicators.clear()

    # -- the view ----------------------------------------------------------------------------------------------
    def view(self):
        if self._view_getter is not None:
            return self._view_getter()
        from ..qgis_support.toolbelt.iface import qgis_iface

        iface = qgis_iface()
        getter = getattr(iface, "layerTreeView", None)
        return getter() if getter is not None else None

    def _remove_indicator(self, group, indicator) -> None:
        view = self.view()
        if view is not None:
            try:
                view.removeIndicator(group, indicator)
            except RuntimeError:
                pass
        indicator.deleteLater()

    def on_nodes_removing(self, parent, first: int, last: int) -> None:
        """Nodes leave the tree (the user removes a group, drags it elsewhere, or the project is cleared before
        another is opened): their indicators leave the view first, never kept on a deleted node."""
        going: list = []
        for node in list(parent.children())[first : last + 1]:
            if isinstance(node, QgsLayerTreeGroup):
                going += [node, *node.findGroups(True)]
        for node in going:
            entry = self.indicators.pop(id(node), None)
            if entry is not None and entry[0] is node:
                self._remove_indicator(*entry)
                self.executions.pop(id(node), None)
            elif entry is not None:
                self.indicators[id(node)] = entry

    def on_nodes_added(self, parent, first: int, last: int) -> None:
        """A run's group comes (back) into the tree (dragged elsewhere, its clone inserted): its indicator with it."""
        for node in list(parent.children())[first : last + 1]:
            if not isinstance(node, QgsLayerTreeGroup):
                continue
            for group in [node, *node.findGroups(True)]:
                if _prop(group, "process_id") and id(group) not in self.indicators:
                    self._show(group, self.badge(group))

    # -- the groups ----------------------------------------------------------------------------------------------
    def run_groups(self) -> list[QgsLayerTreeGroup]:
        return [g for g in self.project.layerTreeRoot().findGroups(True) if _prop(g, "process_id")]

    def find_group(self, execution: dict) -> Optional[QgsLayerTreeGroup]:
        """The group of the run an execution belongs to: by id, by its group, else the process's queued group."""
        eid, pid, gid = (
            str(execution.get("id") or ""),
            str(execution.get("process_id") or ""),
            execution.get("group_id"),
        )
        groups = self.run_groups()
        for group in groups:
            if eid and eid in _ids(group):
                return group
        for group in groups:
            if gid and _prop(group, "group_id") == str(gid):
                return group
        return next((g for g in groups if _prop(g, "process_id") == pid and not _ids(g)), None)

    def on_started(self, process) -> Optional[QgsLayerTreeGroup]:
        """A door started a run: its group appears now, queued, where the outputs will go."""
        pid = str(getattr(process, "id", "") or (process.get("id") if isinstance(process, dict) else "") or "")
        if not pid:
            return None
        name = str(getattr(process, "name", "") or (process.get("name") if isinstance(process, dict) else "") or "")
        queued = next((g for g in self.run_groups() if _prop(g, "process_id") == pid and not _ids(g)), None)
        if queued is not None:
            return queued
        run_type = getattr(process, "run_type", None) or (
            process.get("run_type") if isinstance(process, dict) else None
        )
        organisation = getattr(self.state, "organisation", None)
        values = {"process_id": pid, "process_name": name, "run_type": str(run_type or "")}
        values["organisation_id"] = str(getattr(organisation, "id", "") or "")
        return self._new_group(values, datetime.now(timezone.utc).isoformat())

    def _new_group(self, values: dict[str, str], started_at: str) -> QgsLayerTreeGroup:
        """A queued run's group at the top of the tree, named as its outputs' group will be, with its indicator."""
        name = values.get("process_name") or tr("Fusion Platform")
        group: Any = self.project.layerTreeRoot().insertGroup(0, group_name(name, [{"started_at": started_at}]))
        for key, value in {**values, "state": "queued", "progress": "0"}.items():
            group.setCustomProperty(PROPERTY + "run_" + key, value)
        self._show(group, Badge("queued", 0))
        return group

    def on_seen(self, execution: dict) -> None:
        """The follower watches an execution it did not before: its run's group learns it; a new run of a repeating
        process the user follows here (one of its runs has a group) gets a group of its own, once."""
        group = self.find_group(execution)
        if group is None:
            pid = str(execution.get("process_id") or "")
            organisation = str(execution.get("organisation_id") or "")
            followed = [
                g
                for g in self.run_groups()
                if _prop(g, "process_id") == pid
                and _prop(g, "run_type") == REPEATING
                and _prop(g, "organisation_id") in ("", organisation)
            ]
            if not followed:
                return
            keep = ("process_id", "process_name", "run_type", "organisation_id")
            values = {key: _prop(followed[0], key) for key in keep}
            started_at = str(execution.get("started_at") or datetime.now(timezone.utc).isoformat())
            group = self._new_group(values, started_at)
        self._absorb(group, [execution])

    def on_run_found(self, run: dict) -> None:
        executions = list(run.get("executions") or [])
        pid = str((run.get("process") or {}).get("id") or "")
        group = self.find_group({**(executions[0] if executions else {}), "process_id": pid})
        if group is not None:
            self._absorb(group, executions)

    def on_progress(self, execution: dict) -> None:
        group = self.find_group(execution)
        if group is not None:
            self._absorb(group, [execution])

    def on_ended(self, info: dict) -> None:
        executions = list(info.get("executions") or [])
        probe = {**(executions[0] if executions else {}), "process_id": info.get("process_id")}
        probe.setdefault("group_id", info.get("group_id"))
        group = self.find_group(probe)
        if group is not None:
            self._absorb(group, executions)

    def on_run_changed(self, key: str) -> None:
        """The Executions dock re-read or removed one run: a deleted run's empty group goes."""
        runs = getattr(self.dock, "runs", {}) or {}
        if key in runs:
            return
        for group in self.run_groups():
            if self.key_of(group) == key and not group_layers(group):
                self._drop(group)

    def key_of(self, group: QgsLayerTreeGroup) -> str:
        executions = list(self.executions.get(id(group), {}).values()) or [{"id": i} for i in sorted(_ids(group))]
        process = {"id": _prop(group, "process_id")}
        return run_key({"process": process, "group_id": _prop(group, "group_id") or None, "executions": executions})

    def _absorb(self, group: QgsLayerTreeGroup, executions: list[dict]) -> None:
        known = self.executions.setdefault(id(group), {})
        for execution in executions:
            if execution.get("id"):
                known[str(execution["id"])] = {**known.get(str(execution["id"]), {}), **execution}
        members = list(known.values())
        badge = badge_of(members)
        group.setCustomProperty(PROPERTY + "run_execution_ids", ",".join(sorted(known)))
        gid = next((e.get("group_id") for e in members if e.get("group_id")), None)
        if gid:
            group.setCustomProperty(PROPERTY + "run_group_id", str(gid))
        if not group.customProperty(PROPERTY + "execution_ids", ""):
            group.setName(group_name(_prop(group, "process_name") or tr("Fusion Platform"), members))
        for key, value in (("state", badge.kind), ("progress", str(badge.progress)), ("reason", badge.reason)):
            group.setCustomProperty(PROPERTY + "run_" + key, value)
        group.setCustomProperty(PROPERTY + "run_started_at", badge.started_at or "")
        group.setCustomProperty(PROPERTY + "run_ended_at", badge.ended_at or "")
        if badge.finished and group_should_go(badge, bool(group_layers(group))):
            self._drop(group)
            return
        self._show(group, badge)

    def _drop(self, group: QgsLayerTreeGroup) -> None:
        entry = self.indicators.pop(id(group), None)
        if entry is not None:
            self._remove_indicator(*entry)
        self.executions.pop(id(group), None)
        parent = group.parent()
        if isinstance(parent, QgsLayerTreeGroup):
            parent.removeChildNode(group)

    # -- the indicator -------------------------------------------------------------------------------------------
    def badge(self, group: QgsLayerTreeGroup) -> Badge:
        progress = int(_prop(group, "progress") or 0)
        started, ended = _prop(group, "started_at") or None, _prop(group, "ended_at") or None
        return Badge(_prop(group, "state") or "queued", progress, started, ended, _prop(group, "reason"))

    def indicator(self, group: QgsLayerTreeGroup) -> Optional[QgsLayerTreeViewIndicator]:
        entry = self.indicators.get(id(group))
        return entry[1] if entry is not None else None

    def _show(self, group: QgsLayerTreeGroup, badge: Badge) -> None:
        entry = self.indicators.get(id(group))
        if entry is None:
            indicator = QgsLayerTreeViewIndicator(self)
            indicator.clicked.connect(lambda _index, g=group: self.on_clicked(g))
            view = self.view()
            if view is not None:
                view.addIndicator(group, indicator)
            self.indicators[id(group)] = (group, indicator)
        else:
            indicator = entry[1]
        indicator.setIcon(run_icon(badge))
        indicator.setToolTip(badge_tooltip(badge, _prop(group, "process_name"), tr, format_datetime))

    def on_clicked(self, group: QgsLayerTreeGroup) -> Optional[QMenu]:
        menu = QMenu()
        menu.addAction(tr("Show in the Executions panel"), lambda: self.show_in_dock(group))
        log = menu.addAction(tr("Show log…"), lambda: self.show_log(group))
        if log is not None:
            log.setEnabled(self.dock is not None and bool(_ids(group)))
        self._menu = menu  # kept while it shows (tests read it)
        if self._view_getter is None:  # QGIS's own Layers panel: show it at the click (a test's view only reads it)
            menu.exec(QCursor.pos())
        return menu

    def _run(self, group: QgsLayerTreeGroup) -> dict:
        key = self.key_of(group)
        runs = getattr(self.dock, "runs", {}) or {}
        if key in runs:
            return runs[key]
        executions = list(self.executions.get(id(group), {}).values()) or [{"id": i} for i in sorted(_ids(group))]
        process = {"id": _prop(group, "process_id"), "name": _prop(group, "process_name")}
        return {"process": process, "group_id": _prop(group, "group_id") or None, "executions": executions}

    def show_in_dock(self, group: QgsLayerTreeGroup) -> None:
        if self.dock is None:
            return
        self.dock.show()
        self.dock.raise_()
        run = self._run(group)
        if run_key(run) in (getattr(self.dock, "runs", {}) or {}):
            self.dock.select_run(run_key(run))

    def show_log(self, group: QgsLayerTreeGroup) -> None:
        if self.dock is not None and _ids(group):
            self.dock.show_log(self._run(group))

    @pyqtSlot(QUrl)
    def open_link(self, url: QUrl) -> None:
        """A link of an output's metadata: show its run (or its process's runs) in the Executions panel."""
        parsed = parse_link(url.toString())
        if parsed is None or self.dock is None:
            return
        kind, ident = parsed
        self.dock.show()
        self.dock.raise_()
        runs = getattr(self.dock, "runs", {}) or {}
        if kind == "execution":
            key = next((k for k, r in runs.items() if ident in {str(e.get("id")) for e in r["executions"]}), None)
            if key is not None:
                self.dock.select_run(key)
            return
        combo = self.dock.ui.combo_process
        index = combo.findData(ident)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _listed_run(self, process_id: str) -> Optional[dict]:
        """The newest run of a process the Executions dock lists (a queued group saved before its run was found)."""
        runs = [r for r in (getattr(self.dock, "runs", {}) or {}).values() if str(r["process"].get("id")) == process_id]
        return max(runs, key=lambda r: min(str(e.get("started_at")) for e in r["executions"]), default=None)

    # -- saved projects --------------------------------------------------------------------------------------
    def on_project_read(self, *_args) -> None:
        """A project was opened: every run group gets its indicator back; runs still going are followed again."""
        for group in self.run_groups():
            self._show(group, self.badge(group))
        self.follow_again()

    def follow_again(self, *_args) -> None:
        """With someone logged in, the runs of this organisation that were still going are followed again."""
        organisation = getattr(self.state, "organisation", None)
        if organisation is None:
            return
        for group in self.run_groups():
            if _prop(group, "state") not in ("queued", "running"):
                continue
            if _prop(group, "organisation_id") not in ("", str(organisation.id)):
                continue
            if group.customProperty(PROPERTY + "execution_ids", ""):
                continue  # already loaded
            ids = sorted(_ids(group))
            pid = _prop(group, "process_id")
            if not ids:
                listed = self._listed_run(pid)
                if listed is not None:  # the run is known already: its group takes it (the follower ends it)
                    self._absorb(group, list(listed["executions"]))
                    ids = sorted(_ids(group))
                    if _prop(group, "state") not in ("queued", "running"):
                        continue
                else:
                    self.monitor.follow_started({"id": pid, "name": _prop(group, "process_name")})
                    continue
            for eid in ids:
                execution = {
                    "id": eid,
                    "process_id": pid,
                    "group_id": _prop(group, "group_id") or None,
                    "organisation_id": str(organisation.id),
                    "progress": 0,
                }
                self.monitor.watch(execution, _prop(group, "process_name"))

"""Lists that read like QGIS's own Layers and Browser panels: the name column (with its status icon) stretches and
elides at its end, the other columns are as wide as their contents, and nothing scrolls sideways; above the list a
compact icon toolbar whose actions are also the list's right-click menu, and a double-click that does the obvious.

:class:`ListActions` is given the dock's tool buttons (from its ``.ui``, so tests and the real-window driver keep
clicking them by name) and turns each into a QAction shown as an icon: the same action sits on the button (its
default action, so the button follows the action's enabled state) and in the context menu. The dock enables an action
with :func:`set_enabled`, which keeps button and menu in step.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Optional

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QPoint, QSize, Qt
from qgis.PyQt.QtWidgets import QAbstractButton, QAction, QHeaderView, QMenu, QToolButton, QTreeView, QWidget

ICON_SIZE = 16  # px, as QGIS's own panel toolbars


def fit_name_column(view: QTreeView, fixed: Optional[dict[int, int]] = None) -> None:
    """The first column stretches and elides at its end; every other one is sized to its contents, or set by the
    caller when in ``fixed`` (column -> initial px: e.g. a painted progress bar, or a column the caller measures from
    its texts because asking the delegate of every row costs too much); no horizontal scrollbar: a narrow dock
    shortens the name, never hides the status. Call it once the view has its model and columns."""
    header = view.header()
    if header is None:  # a tree view always has one; the stubs of Qt6 say it may not
        return
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(24)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    fixed = fixed or {}
    for column in range(header.count()):
        if column == 0:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        elif column in fixed:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, fixed[column])
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def relayout(widget: QWidget) -> None:
    """The layout holding ``widget`` forgets the size it measured: a button of a form not shown yet that became an
    icon keeps its text's width in the layout's cache otherwise (a 780 px toolbar made the dock that wide)."""
    parent = widget.parentWidget()
    layouts = [parent.layout()] if parent is not None else []
    while layouts:
        layout = layouts.pop()
        if layout is None:
            continue
        if layout.indexOf(widget) >= 0:
            layout.invalidate()
            return
        items = (layout.itemAt(index) for index in range(layout.count()))
        layouts.extend(item.layout() for item in items if item is not None and item.layout() is not None)


def theme_icon(name: str):
    """One of QGIS's own icons (``/mActionStop.svg``): the plugin's panels look like QGIS's."""
    return QgsApplication.getThemeIcon(name)


def set_enabled(button: QAbstractButton, enabled: bool) -> None:
    """Enable a toolbar action: its button and its context-menu entry together."""
    action = button.defaultAction() if isinstance(button, QToolButton) else None
    if action is not None:
        action.setEnabled(bool(enabled))
    else:
        button.setEnabled(bool(enabled))


# One toolbar entry: (button, QGIS theme icon); None is a separator in the menu.
Entry = Optional[tuple[QToolButton, str]]


class ListActions:
    """The actions for a list's selection: icons in a toolbar above it, the same in its right-click menu, and the
    ``default`` one on a double-click."""

    def __init__(
        self,
        view: QTreeView,
        entries: Sequence[Entry],
        default: Optional[QToolButton] = None,
        extra: Sequence[tuple[QToolButton, str]] = (),
    ):
        """``entries`` go into the context menu in order (``None``: a separator); ``extra`` buttons (e.g.
        Refresh) get their icon too but act on the whole list, so they join the menu after a separator."""
        self.view = view
        self.actions: list[Optional[QAction]] = []
        for entry in entries:
            self.actions.append(None if entry is None else self.adopt(*entry))
        extras = [self.adopt(button, icon) for button, icon in extra]
        if extras:
            self.actions.append(None)
            self.actions.extend(extras)
        self.default = default.defaultAction() if default is not None else None
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._show_menu)
        view.doubleClicked.connect(self._double_clicked)

    @staticmethod
    def adopt(button: QToolButton, icon: str) -> QAction:
        """``button`` shows a new action (its text, tooltip and a QGIS icon) as an icon; the action is returned."""
        text = button.text()
        action = QAction(theme_icon(icon), text, button)
        action.setToolTip(button.toolTip() or text)
        action.setObjectName(f"action_{button.objectName()}")
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        button.setAutoRaise(True)
        button.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        relayout(button)
        return action

    def menu(self) -> QMenu:
        """The right-click menu: the same actions as the toolbar, enabled as they are there."""
        menu = QMenu(self.view)
        for action in self.actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu

    def _show_menu(self, position: QPoint) -> None:
        if not self.view.indexAt(position).isValid():
            return
        menu = self.menu()
        viewport = self.view.viewport()
        if viewport is not None:
            menu.exec(viewport.mapToGlobal(position))
        menu.deleteLater()

    def _double_clicked(self, _index) -> None:
        if self.default is not None and self.default.isEnabled():
            self.default.trigger()

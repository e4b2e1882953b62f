"""Lists as QGIS panels (gui/widgets/panel_list.py): the toolbar's actions are the right-click menu's, enabled
together; a double-click runs the default action; icon buttons do not keep their text's width; the name column
stretches and nothing scrolls sideways."""

from __future__ import annotations

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QStandardItem, QStandardItemModel
from qgis.PyQt.QtWidgets import QHBoxLayout, QHeaderView, QToolButton, QTreeView, QVBoxLayout, QWidget


def _panel():
    body = QWidget()
    main = QVBoxLayout(body)
    bar = QHBoxLayout()
    main.addLayout(bar)
    buttons = []
    for name, text in (("button_open", "Open the selected thing in its editor"), ("button_delete", "Delete…")):
        button = QToolButton(body)
        button.setObjectName(name)
        button.setText(text)
        bar.addWidget(button)
        buttons.append(button)
    view = QTreeView(body)
    model = QStandardItemModel(view)
    model.appendRow([QStandardItem("A rather long name of a run"), QStandardItem("Succeeded")])
    view.setModel(model)
    main.addWidget(view)
    return body, buttons, view


def test_toolbar_and_menu_share_their_actions(qgis_app, qtbot):
    from fusion_platform_qgis.gui.widgets.panel_list import ListActions, fit_name_column, set_enabled

    body, (open_button, delete_button), view = _panel()
    qtbot.addWidget(body)
    wide = body.layout().minimumSize().width()
    opened = []
    actions = ListActions(
        view,
        [(open_button, "/mActionPropertiesWidget.svg"), None, (delete_button, "/mActionDeleteSelected.svg")],
        default=open_button,
    )
    open_button.defaultAction().triggered.connect(lambda: opened.append(True))
    # Icons only: the layout no longer holds the text's width (the form was never shown).
    assert body.layout().minimumSize().width() < wide - 100, (body.layout().minimumSize().width(), wide)
    menu = actions.menu()
    entries = [a for a in menu.actions() if not a.isSeparator()]
    assert entries == [open_button.defaultAction(), delete_button.defaultAction()]
    assert open_button.defaultAction().toolTip() == "Open the selected thing in its editor"
    set_enabled(delete_button, False)
    assert not delete_button.isEnabled() and not delete_button.defaultAction().isEnabled()
    view.doubleClicked.emit(view.model().index(0, 0))
    assert opened == [True]
    set_enabled(open_button, False)
    view.doubleClicked.emit(view.model().index(0, 0))
    assert opened == [True]  # a disabled action does nothing on a double-click either
    fit_name_column(view)
    header = view.header()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.ResizeToContents
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert view.textElideMode() == Qt.TextElideMode.ElideRight

"""Advanced options sit in QGIS's collapsible group box, collapsed, and an error on one of them opens the box."""

from __future__ import annotations


def test_advanced_options_are_collapsed_until_one_has_an_error(qgis_app, qtbot):
    from qgis.gui import QgsCollapsibleGroupBox

    from fusion_platform_qgis.gui.widgets.option_editors import OptionsForm

    form = OptionsForm(
        [
            {"name": "resolution", "data_type": "numeric", "value": "30", "required": True},
            {"name": "tile_size", "data_type": "numeric", "value": "256", "required": True, "advanced": True},
        ]
    )
    qtbot.addWidget(form)
    box = form.findChild(QgsCollapsibleGroupBox, "group_advanced")
    assert box is not None and box.isCollapsed()
    assert box.isAncestorOf(form.editor("tile_size"))
    assert form.set_errors({"resolution": "Too coarse"}) == {}
    assert box.isCollapsed()  # an error elsewhere leaves it shut
    assert form.set_errors({"tile_size": "Too big"}) == {}
    assert not box.isCollapsed() and form.error_text("tile_size") == "Too big"

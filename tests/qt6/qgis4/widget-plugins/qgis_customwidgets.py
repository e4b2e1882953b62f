# The Qt6 tier's stand-in for QGIS's uic plugin (QGIS source: python/custom_widgets/qgis_customwidgets.py, which a
# QGIS build installs into PyQt's uic/widget-plugins folder). Written for these tests; no QGIS code is copied.
# What it does, as QGIS's does: uic runs this file for every form it loads; it tells uic that every class that
# ``qgis.gui`` defines is imported from ``qgis.gui``, whatever <header> the .ui gives (qgsfilewidget.h...). When
# ``qgis.gui`` cannot be imported it offers nothing, and uic then imports from the header's module and fails.
# uic executes this file with MODULE defined in its globals.
pluginType = MODULE  # noqa: F821


def moduleInformation():
    try:
        from qgis import gui
    except ImportError:
        return "", []
    return "qgis.gui", [name for name in vars(gui) if not name.startswith("_")]

"""The ``qgis`` package as the Qt6 tier sees it: only ``qgis.PyQt`` (see PyQt/__init__.py). Nothing of QGIS's own
API (``qgis.core``, ``qgis.gui``…) is here, so a plugin module that needs it fails to import in this tier."""

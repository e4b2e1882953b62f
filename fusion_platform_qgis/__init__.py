"""Fusion Platform for QGIS.

QGIS imports this module to find ``classFactory``; everything else is imported lazily so that importing the
package (for example ``fusion_platform_qgis.api`` from plain Python) never pulls in qgis or Qt.
"""


def classFactory(iface):
    """Called by QGIS to create the plugin instance (which finds ``iface`` as ``qgis.utils.iface``, the same object)."""
    from .plugin import FusionPlatformPlugin

    return FusionPlatformPlugin()

"""QGIS glue without widgets: settings, auth, logging, network, tasks, regions and layers.

Dependency rule: ``gui -> qgis_support -> api``; nothing here imports from ``gui``.
"""

"""QGIS glue without widgets, by job:

* ``toolbelt/``: QGIS plumbing (tasks, log, iface, compat, resources, local path rules);
* ``session/``: logging in, network settings, plugin settings and presets, the shared PluginState;
* ``data/``: regions from layers and files, uploads, data items back as layers;
* ``pipeline/``: the one run pipeline (inputs → create → execute → follow → fetch → layers), with the credit guard;
* ``runs/``: what a run *is*, Qt-free (records, status, credits, badge, interrupted work);
* ``outputs/``: a run's outputs downloaded or streamed, styled on the map, with provenance; previews, time series;
* ``words/``: translation, messages, wording, Markdown, the "Copy as Python" script.

Dependency rule: ``gui -> qgis_support -> api``; nothing here imports from ``gui``.
"""

"""Plugin tooling for developers: ``make run``/``make install`` (dev_profile) and ``make demo`` (demo).

Not part of the sandbox server (sandbox/) nor of the plugin: these drive QGIS with the staged plugin.
"""

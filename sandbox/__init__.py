"""A local Fusion Platform: the same REST API as D-CAT's service, on 127.0.0.1.

Run it with ``python -m sandbox`` (see sandbox/README.md). The official SDK, its CLI and the QGIS plugin talk to
it unchanged; tests start it through :mod:`sandbox.testing`.
"""

from __future__ import annotations

__version__ = "0.1.0"

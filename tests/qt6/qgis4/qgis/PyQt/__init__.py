"""QGIS 4's ``qgis.PyQt`` for the Qt6 tier, written for these tests (no QGIS code is copied).

It mirrors what a QGIS 4 build installs as ``qgis/PyQt`` (QGIS source: python/PyQt/PyQt/*.py.in, configured with
QT_VERSION_MAJOR=6): one module per Qt module that does ``from PyQt6.<Module> import *``, plus the few changes
QGIS makes there and that plugin code can see:

- ``QtCore``: a null ``QVariant`` is falsy, equals ``None`` and prints as ``NULL``; ``NULL`` is exported;
- ``QtGui``: ``QColor`` gets a readable ``repr``;
- ``QtWidgets``: ``QLayout.setMargin``, and ``QAction``/``QShortcut`` importable from QtWidgets as on Qt5;
- ``uic``: PyQt6's ``uic`` with ``widgetPluginPath``, ``properties``, ``uiparser``, ``Compiler`` and a
  ``loadUiType`` that hides DeprecationWarnings;
- ``sip``: ``PyQt6.sip``.

Modules PyQt6 does not ship (QtWebKit, QtWebEngine*, Qt) fail to import here as they would in QGIS 4.
"""

"""QGIS 4: ``qgis.PyQt.QtCore`` is PyQt6's, with QGIS's null-``QVariant`` semantics and ``NULL``."""

from PyQt6.QtCore import *  # noqa: F403
from PyQt6.QtCore import QMetaType, QVariant

_repr, _eq, _ne, _hash = QVariant.__repr__, QVariant.__eq__, QVariant.__ne__, QVariant.__hash__


def _is_null_like(other) -> bool:
    return other is None or (isinstance(other, QVariant) and other.isNull())


QVariant.__bool__ = lambda self: not self.isNull()
QVariant.__repr__ = lambda self: "NULL" if self.isNull() else _repr(self)
QVariant.__eq__ = lambda self, other: _is_null_like(other) if self.isNull() else _eq(self, other)
QVariant.__ne__ = lambda self, other: not _is_null_like(other) if self.isNull() else _ne(self, other)
QVariant.__hash__ = lambda self: 2178309 if self.isNull() else _hash(self)

NULL = QVariant(QMetaType.Type.Int)

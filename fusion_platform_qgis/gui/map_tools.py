"""Map tools to draw a region on the canvas: a dragged rectangle or a clicked polygon.

Both emit ``geometry_finished(QgsGeometry)`` in the canvas CRS through one method, ``finish_geometry``, which the
mouse handlers call and tests can call directly. Escape cancels; right click (or double click) closes a polygon.
"""

from __future__ import annotations

from qgis.core import QgsGeometry, QgsPointXY, QgsRectangle
from qgis.gui import QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor

from ..qgis_support.toolbelt.compat import GEOMETRY_POLYGON


def _rubber_band(canvas) -> QgsRubberBand:
    band = QgsRubberBand(canvas, GEOMETRY_POLYGON)
    band.setColor(QColor(230, 100, 20, 200))
    band.setFillColor(QColor(230, 100, 20, 50))
    band.setWidth(2)
    return band


class RegionMapTool(QgsMapTool):
    geometry_finished = pyqtSignal(object)  # QgsGeometry in the canvas CRS
    cancelled = pyqtSignal()

    def __init__(self, canvas):
        super().__init__(canvas)
        self.band = _rubber_band(canvas)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def finish_geometry(self, geometry: QgsGeometry) -> None:
        """End the drawing with ``geometry`` (canvas CRS): clear the sketch and emit it."""
        self.reset()
        self.geometry_finished.emit(QgsGeometry(geometry))

    def reset(self) -> None:
        self.band.reset(GEOMETRY_POLYGON)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.reset()
            self.cancelled.emit()

    def deactivate(self) -> None:
        self.reset()
        super().deactivate()

    def remove(self) -> None:
        """Take the rubber band off the canvas (called before the tool is deleted)."""
        scene = self.band.scene()
        if scene is not None:
            scene.removeItem(self.band)


class RectangleMapTool(RegionMapTool):
    def __init__(self, canvas):
        super().__init__(canvas)
        self.start = None

    def canvasPressEvent(self, event) -> None:
        self.start = self.toMapCoordinates(event.pos())

    def canvasMoveEvent(self, event) -> None:
        if self.start is None:
            return
        end = self.toMapCoordinates(event.pos())
        self.band.setToGeometry(QgsGeometry.fromRect(QgsRectangle(self.start, end)), None)

    def canvasReleaseEvent(self, event) -> None:
        if self.start is None:
            return
        end = self.toMapCoordinates(event.pos())
        rect = QgsRectangle(self.start, end)
        self.start = None
        if rect.width() <= 0 or rect.height() <= 0:
            self.reset()
            return
        self.finish_geometry(QgsGeometry.fromRect(rect))


class PolygonMapTool(RegionMapTool):
    def __init__(self, canvas):
        super().__init__(canvas)
        self.points: list[QgsPointXY] = []

    def reset(self) -> None:
        self.points = []
        super().reset()

    def canvasReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.RightButton:
            self.close_polygon()
            return
        self.points.append(self.toMapCoordinates(event.pos()))
        self.band.setToGeometry(QgsGeometry.fromPolygonXY([self.points]), None)

    def canvasDoubleClickEvent(self, event) -> None:
        self.close_polygon()

    def close_polygon(self) -> None:
        points = list(self.points)
        if len(points) < 3:
            self.reset()
            self.cancelled.emit()
            return
        self.finish_geometry(QgsGeometry.fromPolygonXY([points]))

"""A text browser for untrusted service documentation; the renderer lives in :mod:`..qgis_support.words.markdown`.

The HTML comes from :func:`markdown_to_html` (everything escaped, a small Markdown subset written back as our
own tags); :class:`SafeTextBrowser` additionally refuses to load any resource, so even a crafted document cannot
make QGIS fetch a remote file.
"""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QTextBrowser

from ..qgis_support.words.markdown import escape, markdown_to_html

__all__ = ["SafeTextBrowser", "escape", "markdown_to_html"]


class SafeTextBrowser(QTextBrowser):
    """A QTextBrowser that never loads resources (images, style sheets) and never follows links itself."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, _type, _name):
        return None

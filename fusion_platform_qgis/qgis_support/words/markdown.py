"""Service documentation → safe HTML (Qt-free, so the docks and the Processing help share it).

Why our own tiny renderer: the documentation comes from the server (any organisation can publish a service), so
it is untrusted text. Everything is HTML-escaped first; only a small Markdown subset (paragraphs, ``**bold**``,
``*italic*``, ``code``, bullet/numbered lists, ``[text](https://...)`` links) is turned back into tags we write
ourselves. No ``<img>``, ``<script>``, ``<style>`` or attribute from the input survives, and links keep only
http(s) targets. ``gui.markdown.SafeTextBrowser`` additionally refuses to load any resource, so even a crafted document
cannot make QGIS fetch a remote file. The renderer functions are pure and import neither qgis nor Qt: the
Processing provider renders its help with them without importing ``gui``.
"""

from __future__ import annotations

import html
import re

_CODE = re.compile(r"`([^`]+)`")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*\d+[.)]\s+(.*)$")
_SAFE_URL = re.compile(r"^https?://[^\s\"'<>]+$", re.IGNORECASE)


def _inline(text: str) -> str:
    """Escape, then apply the inline Markdown subset to the escaped text."""
    escaped = html.escape(text, quote=True)
    codes: list[str] = []

    def keep_code(match: re.Match) -> str:
        codes.append(f"<code>{match.group(1)}</code>")
        return f"\x00{len(codes) - 1}\x00"

    escaped = _CODE.sub(keep_code, escaped)

    def link(match: re.Match) -> str:
        label, url = match.group(1), html.unescape(match.group(2))
        if _SAFE_URL.match(url):
            return f'<a href="{html.escape(url, quote=True)}">{label}</a>'
        return label

    escaped = _LINK.sub(link, escaped)
    escaped = _BOLD.sub(r"<b>\1</b>", escaped)
    escaped = _ITALIC.sub(r"<i>\1</i>", escaped)
    return re.sub("\x00(\\d+)\x00", lambda m: codes[int(m.group(1))], escaped)


def markdown_to_html(text: str | None) -> str:
    """Render untrusted Markdown-ish text as a safe HTML fragment (paragraphs and lists)."""
    if not text:
        return ""
    blocks: list[str] = []
    paragraph: list[str] = []
    items: list[str] = []
    list_tag = ""

    def flush_paragraph() -> None:
        if paragraph:
            blocks.append("<p>" + "<br/>".join(_inline(line) for line in paragraph) + "</p>")
            paragraph.clear()

    def flush_list() -> None:
        nonlocal list_tag
        if items:
            blocks.append(f"<{list_tag}>" + "".join(f"<li>{_inline(i)}</li>" for i in items) + f"</{list_tag}>")
            items.clear()
        list_tag = ""

    for raw in str(text).replace("\r\n", "\n").split("\n"):
        line = raw.rstrip()
        bullet, numbered = _BULLET.match(line), _NUMBERED.match(line)
        marker = bullet or numbered
        if not line.strip():
            flush_paragraph()
            flush_list()
        elif marker:
            flush_paragraph()
            tag = "ul" if bullet else "ol"
            if list_tag and list_tag != tag:
                flush_list()
            list_tag = tag
            items.append(marker.group(1))
        else:
            flush_list()
            paragraph.append(line.strip())
    flush_paragraph()
    flush_list()
    return "".join(blocks)


def escape(text: object) -> str:
    """Plain text → HTML text (for values that are never Markdown: names, file types, validation rules)."""
    return html.escape("" if text is None else str(text), quote=True)

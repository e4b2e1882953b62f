"""Streaming large GeoTIFF outputs through GDAL's ``/vsicurl/`` on their signed URL instead of downloading them.

Opt-in (Options › Fusion Platform › "Stream GeoTIFF outputs larger than"), because of what it costs:

* **The signed URL is in the layer's source** while the project is open. A signed URL is a credential (anyone
  holding it can read the file until it expires), so it never reaches a project file: a QgsPathResolver *writer*
  (:func:`project_path_writer`) saves ``/vsicurl/<URL without its query>?fusion_platform_stream=renew`` instead,
  and a *path preprocessor* (:func:`project_path_reader`) opens such a source as a tiny local placeholder raster
  (no network on the main thread, no "unavailable layer" prompt) until the Executions dock has fetched fresh
  URLs after the project was read and re-pointed the layers (their style kept). The plugin never logs the URL
  unmasked (only through :mod:`.log`, which masks signed queries) and never writes it into its own files
  (``manifest.json`` keeps the file ids, not the URL).
* **The URL expires** (about an hour on the platform). Each streamed layer carries custom properties
  (``fusion_platform/streamed``, ``data_id``, ``file_id``, ``organisation_id``, ``url_expires``) so the
  Executions dock's "Refresh streamed layers" can ask for new URLs and re-point the layers, keeping their style.
* **GDAL does the HTTP, not QGIS.** Rendering happens in GDAL's own (libcurl) stack, so QGIS's network settings
  do not apply by themselves: :func:`configure_gdal_network` copies QGIS's proxy (host, port, user, password)
  into GDAL's process-wide config options ``GDAL_HTTP_PROXY`` / ``GDAL_HTTPS_PROXY`` /
  ``GDAL_HTTP_PROXYUSERPWD`` before streaming. Per-request settings are not possible there: the options apply to
  every ``/vsicurl/`` access of the QGIS process, proxy exclusions are honoured only for the platform's download
  host, and QGIS's extra trusted CAs and timeout are not copied.
* GDAL's own warnings (for instance "HTTP response code on <url>: 403" once a URL has expired) are written by
  QGIS's GDAL error handler to the "GDAL" log tab, outside the plugin's masking: another reason streaming stays
  opt-in and URLs are renewed before they are used again.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from typing import Optional
from urllib.parse import parse_qs, unquote, urlsplit, urlunsplit

from ...api import listings
from ..toolbelt.log import log_info
from ..words.i18n import tr

PROPERTY = "fusion_platform/"
VSICURL = "/vsicurl/"
DEFAULT_LIFETIME = timedelta(hours=1)
GEOTIFF_TYPES = {"GeoTIFF", "DEM"}
_GDAL_PROXY_OPTIONS = ("GDAL_HTTP_PROXY", "GDAL_HTTPS_PROXY", "GDAL_HTTP_PROXYUSERPWD")
_applied: dict[str, str] = {}  # the GDAL options this module set (so it only ever undoes its own)


def megabytes(value: float) -> int:
    return int(float(value) * 1024 * 1024)


def is_geotiff(item: dict) -> bool:
    name = str(item.get("file_name") or "").lower()
    return item.get("file_type") in GEOTIFF_TYPES or name.endswith((".tif", ".tiff"))


def should_stream(item: dict, larger_than_mb: float) -> bool:
    """Stream this file? Only GeoTIFFs, only when the preference is on (> 0) and the file is larger than it."""
    if not larger_than_mb or float(larger_than_mb) <= 0:
        return False
    return is_geotiff(item) and int(item.get("size") or 0) > megabytes(larger_than_mb)


def vsicurl_source(url: str) -> str:
    return VSICURL + url


def url_expiry(url: str, now: Optional[float] = None) -> datetime:
    """When a signed URL stops working: its ``expires`` (epoch) or ``X-Amz-Date``+``X-Amz-Expires`` query, else an
    hour from now (the platform's lifetime). Errs early rather than late."""
    now = time.time() if now is None else now
    query = {k.lower(): v[0] for k, v in parse_qs(urlsplit(url).query).items() if v}
    try:
        if "expires" in query:
            return datetime.fromtimestamp(int(query["expires"]), timezone.utc)
        if "x-amz-date" in query and "x-amz-expires" in query:
            start = datetime.strptime(query["x-amz-date"], "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
            return start + timedelta(seconds=int(query["x-amz-expires"]))
    except (TypeError, ValueError, OverflowError):
        pass
    return datetime.fromtimestamp(now, timezone.utc) + DEFAULT_LIFETIME


def signed_url(session, organisation_id: str, data_id: str, file_id: str) -> str:
    """Worker: a fresh signed download URL of one file (E20, ``preview=False``)."""
    url = listings.download_url(session, organisation_id, data_id, file_id)
    if not url:
        raise RuntimeError(tr("The Fusion Platform gave no download address for the streamed file."))
    return url


# ---------------------------------------------------------------------------------------------- project files
RENEW_QUERY = "fusion_platform_stream=renew"
PLACEHOLDER_DIR = "/vsimem/fusion_platform_stream/"
_SIGNING_KEYS = (
    "signature",
    "sig",
    "expires",
    "token",
    "key",
    "credential",
    "policy",
    "hmac",
    "awsaccesskeyid",
    "googleaccessid",
    "x-amz-",
    "x-goog-",
    "se",
    "sp",
    "sv",
    "sr",
)


def _is_signed(query: str) -> bool:
    keys = [part.split("=", 1)[0].lower() for part in query.split("&") if part]
    return any(k == key or (key.endswith("-") and k.startswith(key)) for k in keys for key in _SIGNING_KEYS)


def strip_signed_source(path: str) -> str:
    """A ``/vsicurl/`` source with a signed query -> the same URL without query (marked for renewal); a placeholder
    path -> the marked URL it stands for; anything else unchanged. Pure: used when a project is written."""
    text = str(path or "")
    if text.startswith(PLACEHOLDER_DIR):
        encoded = text[len(PLACEHOLDER_DIR) :].rsplit(".", 1)[0]
        try:
            return VSICURL + bytes.fromhex(encoded).decode("utf-8") + "?" + RENEW_QUERY
        except ValueError:
            return text
    if not text.startswith(VSICURL):
        return text
    parts = urlsplit(text[len(VSICURL) :])
    if not parts.query or not _is_signed(parts.query):
        return text
    netloc = parts.netloc.rsplit("@", 1)[-1]  # never user:password@ either
    return VSICURL + urlunsplit((parts.scheme, netloc, parts.path, "", "")) + "?" + RENEW_QUERY


def placeholder_path(path: str) -> Optional[str]:
    """The local placeholder raster a marked source is opened as (created when missing), or None if not marked."""
    text = str(path or "")
    if not (text.startswith(VSICURL) and text.endswith("?" + RENEW_QUERY)):
        return None
    url = text[len(VSICURL) : -len("?" + RENEW_QUERY)]
    target = PLACEHOLDER_DIR + url.encode("utf-8").hex() + ".tif"
    from osgeo import gdal

    if gdal.VSIStatL(target) is None:
        dataset = gdal.GetDriverByName("GTiff").Create(target, 1, 1, 1, gdal.GDT_Float32)
        dataset.SetGeoTransform([0.0, 1e-6, 0.0, 0.0, 0.0, -1e-6])
        dataset.GetRasterBand(1).SetNoDataValue(0.0)
        dataset = None
    return target


def project_path_writer(path: str) -> str:
    """QgsPathResolver writer: no signed URL is ever written into a project file."""
    return strip_signed_source(path)


def project_path_reader(path: str) -> str:
    """QgsPathResolver preprocessor: a source saved by :func:`project_path_writer` opens as a placeholder."""
    return placeholder_path(path) or path


def is_placeholder(layer) -> bool:
    return str(layer.source() or "").startswith(PLACEHOLDER_DIR)


_resolver_ids: list = []


def install_project_hooks() -> None:
    """Register the writer and the preprocessor (plugin initGui); idempotent."""
    from qgis.core import QgsPathResolver

    if _resolver_ids:
        return
    _resolver_ids.append(("writer", QgsPathResolver.setPathWriter(project_path_writer)))  # type: ignore[arg-type]  # the stubs want None back: QGIS uses the path returned
    _resolver_ids.append(("reader", QgsPathResolver.setPathPreprocessor(project_path_reader)))  # type: ignore[arg-type]  # the stubs want None back: QGIS uses the path returned


def remove_project_hooks() -> None:
    """Undo :func:`install_project_hooks` (plugin unload)."""
    from qgis.core import QgsPathResolver

    for kind, hook_id in _resolver_ids:
        if kind == "writer":
            QgsPathResolver.removePathWriter(hook_id)
        else:
            QgsPathResolver.removePathPreprocessor(hook_id)
    _resolver_ids.clear()


# ---------------------------------------------------------------------------------------------- GDAL network
def gdal_proxy_options(proxy_url: Optional[str]) -> dict[str, str]:
    """GDAL config options equivalent to a ``scheme://user:password@host:port`` proxy URL (pure logic)."""
    if not proxy_url:
        return {}
    parts = urlsplit(proxy_url)
    if not parts.hostname:
        return {}
    scheme = parts.scheme or "http"
    address = f"{scheme}://{parts.hostname}:{parts.port}" if parts.port else f"{scheme}://{parts.hostname}"
    options = {"GDAL_HTTP_PROXY": address, "GDAL_HTTPS_PROXY": address}
    if parts.username:
        options["GDAL_HTTP_PROXYUSERPWD"] = unquote(parts.username) + ":" + unquote(parts.password or "")
    return options


def configure_gdal_network(config, url: str = "") -> dict[str, str]:
    """Copy QGIS's proxy (a :class:`.network.NetworkConfig`, read on the main thread) into GDAL's config options.

    Process-wide by nature (GDAL has no per-request proxy for ``/vsicurl/`` paths): options set earlier by this
    function are replaced, options the user set outside the plugin are left alone. When QGIS excludes the
    download host from its proxy, no proxy is set. Returns the options now applied (values not for logging).
    """
    from osgeo import gdal

    from ..session.network import _is_excluded

    wanted = gdal_proxy_options(config.proxy_url if config is not None else None)
    if wanted and url and _is_excluded(url, list(getattr(config, "excluded", []) or [])):
        wanted = {}
    for name in _GDAL_PROXY_OPTIONS:
        current = gdal.GetConfigOption(name)
        ours = name in _applied and current == _applied[name]
        if current and not ours:
            continue  # the user's own GDAL setting wins
        if name in wanted:
            gdal.SetConfigOption(name, wanted[name])
            _applied[name] = wanted[name]
        elif ours:
            gdal.SetConfigOption(name, None)
            _applied.pop(name, None)
    if wanted:
        log_info(f"Streaming through GDAL with QGIS's proxy {getattr(config, 'proxy_display', '')}")
    return {name: value for name, value in _applied.items()}


def reset_gdal_network() -> None:
    """Undo what :func:`configure_gdal_network` set (plugin unload, tests)."""
    from osgeo import gdal

    for name, value in list(_applied.items()):
        if gdal.GetConfigOption(name) == value:
            gdal.SetConfigOption(name, None)
        _applied.pop(name, None)


# ---------------------------------------------------------------------------------------------- layers
def expiry_note(expires: str) -> str:
    """The layer metadata's warning; ``expires`` is the ISO expiry kept in the layer, shown as a local date."""
    from ..words.i18n import format_datetime, tr

    return tr(
        "Streamed through GDAL /vsicurl/ from a signed URL that expires at {0}; use 'Refresh streamed "
        "layers' in the Executions dock to renew it. The signed URL is not saved with the project: it is "
        "removed when the project is saved and renewed when the project is opened."
    ).format(format_datetime(expires) or expires)


_NOTE = re.compile(r"^.*/vsicurl/.*$", re.MULTILINE)  # the note's line (translations keep "/vsicurl/")


def mark_streamed(layer, entry: dict) -> None:
    """Record on a streamed layer what is needed to renew its URL (ids, never the URL itself)."""
    for key in ("data_id", "file_id", "organisation_id", "url_expires"):
        layer.setCustomProperty(PROPERTY + key, str(entry.get(key) or ""))
    layer.setCustomProperty(PROPERTY + "streamed", "1")


def streamed_layers(project) -> list:
    """The project's layers that stream a Fusion Platform file."""
    return [
        layer
        for layer in project.mapLayers().values()
        if str(layer.customProperty(PROPERTY + "streamed", "") or "") == "1"
        and layer.customProperty(PROPERTY + "file_id", "")
    ]


def renew_urls(session, wanted: Iterable[tuple[str, str, str]], cancel=None) -> dict[tuple[str, str, str], str]:
    """Worker: one fresh signed URL per ``(organisation id, data id, file id)``."""
    result = {}
    for key in dict.fromkeys(wanted):
        if cancel is not None and cancel.is_set():
            break
        result[key] = signed_url(session, *key)
    return result


def layer_key(layer) -> tuple[str, str, str]:
    organisation_id, data_id, file_id = (
        str(layer.customProperty(PROPERTY + k, "") or "") for k in ("organisation_id", "data_id", "file_id")
    )
    return organisation_id, data_id, file_id


def repoint(layer, url: str) -> None:
    """Main thread: point a streamed raster layer at a new signed URL, keeping its renderer and blend mode."""
    from qgis.core import QgsDataProvider

    renderer = layer.renderer().clone() if layer.renderer() is not None else None
    blend = layer.blendMode()
    expires = url_expiry(url).astimezone().isoformat(timespec="minutes")
    layer.setDataSource(vsicurl_source(url), layer.name(), "gdal", QgsDataProvider.ProviderOptions())
    if renderer is not None and layer.isValid():
        layer.setRenderer(renderer)
    layer.setBlendMode(blend)
    layer.setCustomProperty(PROPERTY + "url_expires", expires)
    metadata = layer.metadata()
    abstract = metadata.abstract()
    if _NOTE.search(abstract):
        abstract = _NOTE.sub(expiry_note(expires).replace("\\", "\\\\"), abstract, count=1)
    else:
        abstract = abstract + "\n" + expiry_note(expires)
    metadata.setAbstract(abstract)
    layer.setMetadata(metadata)
    layer.triggerRepaint()

"""QGIS's network settings applied to the client's ``requests`` session.

The client speaks HTTP through ``requests`` (one transport that streams large files with constant memory and is
testable without QGIS). This module makes that transport behave like QGIS itself: the proxy QGIS is configured
with (type, host, port, user, password, exclusions and no-proxy lists), QGIS's trusted CA certificates
(system roots plus the ones the user added in Options > Authentication), QGIS's network timeout and a
User-Agent that names the plugin and QGIS versions.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit

import requests
from qgis.core import Qgis, QgsApplication, QgsNetworkAccessManager, QgsSettings
from qgis.PyQt.QtNetwork import QNetworkProxy

from ..toolbelt.resources import plugin_version

DEFAULT_TIMEOUT_MS = 60000


@dataclass
class NetworkConfig:
    """What QGIS's settings say about the network, in plain values (no Qt objects)."""

    proxy_url: str | None = None  # "http://user:pass@host:port" or None
    proxy_display: str = ""  # "host:port", safe to show to users
    excluded: list[str] = field(default_factory=list)  # URL prefixes that bypass the proxy
    use_system_proxy: bool = False
    ca_bundle: str | None = None
    timeout_seconds: float = DEFAULT_TIMEOUT_MS / 1000.0
    user_agent: str = ""


def _proxy_from_qgis() -> tuple[str | None, str, list[str], bool]:
    """QGIS's proxy from its settings (what the user set in Options › Network), the network access manager's
    fallback proxy only when the settings name no host: QgsNetworkAccessManager.instance() is per thread, and a
    worker thread's instance keeps the proxy of the moment it was created (stale after a change)."""
    settings = QgsSettings()
    if not settings.value("proxy/proxyEnabled", False, type=bool):
        return None, "", [], False
    proxy_type = settings.value("proxy/proxyType", "HttpProxy", type=str)
    if proxy_type == "DefaultProxy":
        return None, "", [], True
    manager = QgsNetworkAccessManager.instance()
    host = settings.value("proxy/proxyHost", "", type=str)
    if host:
        port = settings.value("proxy/proxyPort", 0, type=int)
        socks = proxy_type == "Socks5Proxy"
        user = settings.value("proxy/proxyUser", "", type=str)
        password = settings.value("proxy/proxyPassword", "", type=str)
    else:
        proxy: QNetworkProxy = manager.fallbackProxy() if manager is not None else QNetworkProxy()
        host, port = proxy.hostName(), proxy.port()
        socks = proxy.type() == QNetworkProxy.ProxyType.Socks5Proxy
        user, password = proxy.user(), proxy.password()
    if not host:
        return None, "", [], False
    scheme = "socks5h" if socks else "http"
    credentials = ""
    if user:
        credentials = quote(user, safe="") + (":" + quote(password, safe="") if password else "") + "@"
    excluded = [u for u in settings.value("proxy/proxyExcludedUrls", "", type=str).split("|") if u]
    excluded += [u for u in settings.value("proxy/noProxyUrls", "", type=str).split("|") if u]
    if not excluded and manager is not None:
        excluded = [u for u in list(manager.excludeList()) + list(manager.noProxyList()) if u]
    return f"{scheme}://{credentials}{host}:{port}", f"{host}:{port}", excluded, False


def _ca_bundle() -> str | None:
    """Write QGIS's trusted CAs (system roots + user-added) to a PEM file requests can use."""
    manager = QgsApplication.authManager()
    if manager is None or manager.isDisabled():
        return None
    try:
        certificates = manager.trustedCaCertsCache()
    except Exception:
        return None
    if not certificates:
        return None
    pem = b"".join(cert.toPem().data() for cert in certificates)
    digest = hashlib.sha256(pem).hexdigest()[:16]
    folder = private_folder()
    path = folder / f"ca_{digest}.pem"
    if not path.exists():
        handle, tmp = tempfile.mkstemp(prefix="ca_", suffix=".tmp", dir=str(folder))
        with os.fdopen(handle, "wb") as stream:
            stream.write(pem)
        os.replace(tmp, path)
    return str(path)


_PRIVATE: list = []  # the folder made by tempfile.mkdtemp when QGIS has no profile folder (made once)


def private_folder() -> Path:
    """A folder only this user can write for the plugin's own temporary files (the CA bundle): in the QGIS
    profile, or else a ``tempfile.mkdtemp`` folder (mode 0700), never a predictable name in the shared /tmp where
    another user could plant or read a file first."""
    base = QgsApplication.qgisSettingsDirPath()
    if base and os.path.isdir(base):
        folder = Path(base) / "fusion_platform" / "private"
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        return folder
    if not _PRIVATE:
        _PRIVATE.append(Path(tempfile.mkdtemp(prefix="fusion_platform_qgis-")))
    return _PRIVATE[0]


def user_agent() -> str:
    """Plugin, QGIS and requests versions. HTTP headers must be Latin-1: QGIS's release names are not
    ("3.22.16-Białowieża"), so only the ASCII part of the version is sent."""
    qgis_version = Qgis.version().split("-")[0].encode("ascii", "ignore").decode("ascii")
    return f"FusionPlatformQGIS/{plugin_version()} QGIS/{qgis_version} python-requests/{requests.__version__}"


def proxy_display() -> str:
    """The proxy QGIS uses as "host:port" ("" for none): settings only, no certificates exported, so the main
    thread can word an error message without touching the disk."""
    return _proxy_from_qgis()[1]


def read_network_config() -> NetworkConfig:
    proxy_url, proxy_display, excluded, use_system = _proxy_from_qgis()
    timeout_ms = QgsSettings().value("qgis/networkAndProxy/networkTimeout", DEFAULT_TIMEOUT_MS, type=int)
    return NetworkConfig(
        proxy_url=proxy_url,
        proxy_display=proxy_display,
        excluded=excluded,
        use_system_proxy=use_system,
        ca_bundle=_ca_bundle(),
        timeout_seconds=max(5.0, timeout_ms / 1000.0),
        user_agent=user_agent(),
    )


def _is_excluded(url: str, excluded: list[str]) -> bool:
    host = urlsplit(url).hostname or ""
    for rule in excluded:
        rule = rule.strip()
        if not rule:
            continue
        if url.startswith(rule) or host == rule or (rule.startswith(".") and host.endswith(rule)):
            return True
    return False


class QgisSession(requests.Session):
    """A requests session that follows QGIS's proxy exclusions per request."""

    def __init__(self, config: NetworkConfig):
        super().__init__()
        self.network_config = config
        self.trust_env = config.use_system_proxy
        if config.proxy_url:
            self.proxies = {"http": config.proxy_url, "https": config.proxy_url}
        if config.ca_bundle:
            self.verify = config.ca_bundle
        self.headers["User-Agent"] = config.user_agent

    def request(self, method, url, *args, **kwargs):
        if self.network_config.proxy_url and _is_excluded(url, self.network_config.excluded):
            kwargs["proxies"] = {"http": None, "https": None}
        return super().request(method, url, *args, **kwargs)

    def __repr__(self) -> str:  # the proxy URL may carry a password
        return f"QgisSession(proxy={self.network_config.proxy_display or None})"


def make_session() -> requests.Session:
    """A fresh session configured from QGIS's current network settings (called per login)."""
    return QgisSession(read_network_config())

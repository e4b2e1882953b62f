"""The plugin's preferences: one QgsSettings group, ``fusion_platform/``.

Secrets never live here. A connection keeps its URL, the id of a QGIS auth config (where the e-mail/password
live, in the encrypted auth database) and the last organisation used; preferences are plain values.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Optional
from urllib.parse import urlsplit

from qgis.core import QgsSettings

GROUP = "fusion_platform"
REAL_API_URL = "https://api.thefusionplatform.com"
SANDBOX_URL = "http://127.0.0.1:8788"
REAL_CONNECTION = "Fusion Platform"
SANDBOX_CONNECTION = "Local sandbox"
BUILTIN_CONNECTIONS = {REAL_CONNECTION: REAL_API_URL, SANDBOX_CONNECTION: SANDBOX_URL}


@dataclass
class Preferences:
    """Plain preferences edited on the options page."""

    default_connection: str = SANDBOX_CONNECTION
    poll_interval_seconds: int = 5
    download_folder: str = field(default_factory=lambda: str(Path.home() / "FusionPlatform"))
    load_outputs_automatically: bool = True
    log_level: str = "INFO"
    # GeoTIFF outputs larger than this many MB are streamed through /vsicurl/ instead of downloaded; 0 = never.
    # Opt-in: the signed URL ends up in the layer source (and the saved project). See qgis_support/outputs/streaming.py.
    stream_rasters_larger_than_mb: float = 0.0


@dataclass
class Connection:
    name: str
    url: str
    authcfg: str = ""
    organisation_id: str = ""

    @property
    def builtin(self) -> bool:
        return self.name in BUILTIN_CONNECTIONS


def _settings() -> QgsSettings:
    return QgsSettings()


def _key(*parts: str) -> str:
    return "/".join((GROUP, *parts))


def load_preferences() -> Preferences:
    settings = _settings()
    defaults = Preferences()
    values = {}
    for f in fields(Preferences):
        default = getattr(defaults, f.name)
        values[f.name] = settings.value(_key(f.name), default, type=type(default))
    return Preferences(**values)


def save_preferences(preferences: Preferences) -> None:
    settings = _settings()
    for name, value in asdict(preferences).items():
        settings.setValue(_key(name), value)


def connection_name_key(name: str) -> str:
    """What makes two connection names one settings group on Windows (the registry ignores case)."""
    return unicodedata.normalize("NFC", name.strip()).casefold()


def builtin_named(name: str) -> Optional[str]:
    """The built-in connection ``name`` means once case is ignored ("fusion platform"), or None."""
    key = connection_name_key(name)
    return next((b for b in BUILTIN_CONNECTIONS if connection_name_key(b) == key), None)


def _stored_name(name: str) -> str:
    """The spelling under which a connection differing only by case is already stored ("Staging" for
    "staging"): Windows' registry would read and write that one group anyway, so every OS does the same."""
    settings = _settings()
    settings.beginGroup(_key("connections"))
    names = settings.childGroups()
    settings.endGroup()
    safe = name.replace("/", "_").replace("\\", "_")
    key = connection_name_key(safe)
    return next((n for n in names if connection_name_key(n) == key), safe)


def _connection_key(name: str, item: str) -> str:
    # Connection names are user text: keep them out of the key path structure.
    return _key("connections", _stored_name(name), item)


def list_connections() -> list[Connection]:
    """Built-in connections first, then the user's own, sorted by name."""
    settings = _settings()
    settings.beginGroup(_key("connections"))
    names = settings.childGroups()
    settings.endGroup()
    result = [load_connection(name) for name in BUILTIN_CONNECTIONS]
    seen = {connection_name_key(name) for name in BUILTIN_CONNECTIONS}
    for name in sorted(names):
        if connection_name_key(name) not in seen:  # one per name without case, as Windows' registry keeps them
            seen.add(connection_name_key(name))
            result.append(load_connection(name))
    return result


def load_connection(name: str) -> Connection:
    settings = _settings()
    default_url = BUILTIN_CONNECTIONS.get(name, "")
    url = settings.value(_connection_key(name, "url"), default_url, type=str) or default_url
    if name in BUILTIN_CONNECTIONS:
        url = BUILTIN_CONNECTIONS[name]
    return Connection(
        name=name,
        url=url,
        authcfg=settings.value(_connection_key(name, "authcfg"), "", type=str),
        organisation_id=settings.value(_connection_key(name, "organisation"), "", type=str),
    )


def _carries_credentials(url: str) -> bool:
    """True when ``url`` has a user name or password before its host (also without a scheme, or unparsable)."""
    authority = re.split(r"[/?#]", url.split("://", 1)[-1], maxsplit=1)[0]
    if "@" in authority:
        return True
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.username is not None or parts.password is not None


def save_connection(connection: Connection) -> None:
    """Store a connection's URL, auth config id and organisation.

    Raises ValueError for a URL carrying credentials (``https://user:pw@host``): QgsSettings is a clear-text file,
    so this refuses them whatever the caller (the connection dialog refuses them too); nothing is written then.
    """
    builtin = builtin_named(connection.name)
    if builtin is not None and builtin != connection.name:
        raise ValueError(
            f"The name '{connection.name}' is the built-in connection '{builtin}' once case is ignored (as Windows "
            "keeps settings); choose another name."
        )
    if _carries_credentials(connection.url or ""):  # the message never repeats the URL: it holds the secret
        raise ValueError(
            f"The address of the connection '{connection.name}' contains a user name or password; "
            "addresses are stored in clear text, so enter credentials when logging in instead."
        )
    settings = _settings()
    settings.setValue(_connection_key(connection.name, "url"), connection.url.rstrip("/"))
    settings.setValue(_connection_key(connection.name, "authcfg"), connection.authcfg)
    settings.setValue(_connection_key(connection.name, "organisation"), connection.organisation_id)


def remove_connection(name: str) -> None:
    settings = _settings()
    settings.remove(_key("connections", _stored_name(name)))


def current_connection_name() -> str:
    return _settings().value(_key("current_connection"), load_preferences().default_connection, type=str)


def set_current_connection_name(name: str) -> None:
    _settings().setValue(_key("current_connection"), name)


def load_json(name: str, default):
    """A JSON value kept in the group (watched executions, presets); ``default`` when missing or broken."""
    raw = _settings().value(_key(name), "", type=str)
    if not raw:
        return default
    try:
        return json.loads(raw)
    except ValueError:
        return default


def save_json(name: str, value) -> None:
    _settings().setValue(_key(name), json.dumps(value))


def sync() -> None:
    """Write the settings to disk now (what must survive a killed QGIS, e.g. the upload journal)."""
    _settings().sync()


def clear_all() -> None:
    """Remove the whole group (tests, and "reset settings")."""
    _settings().remove(GROUP)

"""Connections in QgsSettings: a URL carrying credentials is refused by ``save_connection`` itself.

Why here and not only in the connection dialog: QgsSettings is a clear-text file, and connections are also saved
by the account dock, the reconnect logic and scripts; whatever the caller, no secret may reach it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsSettings

from .account_helpers import clean_settings_fixture  # noqa: F401 - fixture

SECRET = "pw-Secret-4711"


def stored_text() -> str:
    """Everything the plugin's settings group holds, keys and values, plus the settings file on disk."""
    from fusion_platform_qgis.qgis_support.session import settings

    qsettings = QgsSettings()
    qsettings.sync()
    keys = [k for k in qsettings.allKeys() if k.startswith(settings.GROUP)]
    text = "\n".join(f"{k}={qsettings.value(k)}" for k in keys)
    path = Path(qsettings.fileName())
    return text + "\n" + (path.read_text(errors="replace") if path.is_file() else "")


@pytest.mark.parametrize(
    "url",
    [
        f"https://user:{SECRET}@api.example.com",
        f"https://user:{SECRET}@api.example.com:8443/v1",
        f"http://{SECRET}@127.0.0.1:8788",
        f"user:{SECRET}@api.example.com",  # no scheme: still an authority with credentials
        f"//user:{SECRET}@api.example.com/",
    ],
)
def test_url_with_credentials_is_refused_and_nothing_is_written(clean_settings, url):
    settings = clean_settings
    with pytest.raises(ValueError, match="user name or password") as caught:
        settings.save_connection(settings.Connection(name="Leaky", url=url, authcfg="abc1234"))
    assert SECRET not in str(caught.value)
    assert "Leaky" not in [c.name for c in settings.list_connections()]
    assert SECRET not in stored_text()


def test_refused_update_keeps_the_stored_connection(clean_settings):
    settings = clean_settings
    settings.save_connection(settings.Connection(name="Staging", url="https://staging.example.com/api/", authcfg="x1"))
    with pytest.raises(ValueError):
        settings.save_connection(settings.Connection(name="Staging", url=f"https://me:{SECRET}@staging.example.com"))
    stored = settings.load_connection("Staging")
    assert (stored.url, stored.authcfg) == ("https://staging.example.com/api", "x1")
    assert SECRET not in stored_text()


def test_ordinary_urls_are_still_saved(clean_settings):
    settings = clean_settings
    for name, url in [
        ("Port", "http://127.0.0.1:8788"),
        ("Path", "https://api.example.com/v2/@latest"),
        ("IPv6", "http://[::1]:8788"),
    ]:
        settings.save_connection(settings.Connection(name=name, url=url))
        assert settings.load_connection(name).url == url

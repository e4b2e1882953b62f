"""QGIS's network settings and the UI thread (no disk work to word a message)."""

from __future__ import annotations

from .test_network_proxy import _use_proxy, no_proxy_afterwards  # noqa: F401 - fixture


def test_proxy_display_names_the_proxy_without_exporting_certificates(
    qgis_app,
    no_proxy_afterwards,  # noqa: F811
    monkeypatch,
):
    """Error messages name QGIS's proxy; finding it must not write QGIS's CA bundle to disk (main thread)."""
    from fusion_platform_qgis.qgis_support.session import network
    from fusion_platform_qgis.qgis_support.words import messages

    exported = []
    monkeypatch.setattr(network, "_ca_bundle", lambda: exported.append(True) or None)
    _use_proxy(3128)
    assert messages.proxy_display() == "127.0.0.1:3128"
    assert exported == []
    assert network.read_network_config().proxy_display == "127.0.0.1:3128"  # the login path still exports them
    assert exported == [True]

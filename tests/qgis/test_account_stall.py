"""The UI thread keeps running while a login waits on a deliberately slow sandbox.

A QTimer ticks every 10 ms on the main thread; if login blocked the event loop, no tick would arrive until it
returned. Only the fact that ticks kept arriving is asserted (no time bound); bench/bench_login_stall.py
reports the worst gap."""

from __future__ import annotations

from qgis.PyQt.QtCore import QTimer

from .account_helpers import (  # noqa: F401 - clean_settings_fixture is a fixture
    add_connection,
    clean_settings_fixture,
    close_dock,
    make_dock,
    type_login,
    wait_idle,
)


def test_main_thread_keeps_ticking_during_a_slow_login(qtbot, qgis_iface, clean_settings, sandbox_factory):
    from fusion_platform_qgis.qgis_support.session.plugin_state import PluginState

    own = sandbox_factory()
    own.admin("POST", "faults", {"rules": [{"path": "^/users/login$", "delay": 1.0}]})
    add_connection("Slow", own.url)
    state = PluginState()
    dock = make_dock(qgis_iface, state, "Slow")
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(dock._login_running()))
    try:
        timer.start()
        type_login(qtbot, dock, own.email, own.password)
        assert dock._login_running()
        wait_idle(qtbot, dock)
        timer.stop()
        assert state.is_connected, dock.message_text()
        during_login = sum(1 for running in ticks if running)
        assert during_login > 5, f"only {during_login} timer ticks while the login ran"
        assert own.admin("GET", "stats")["requests"].get("POST /users/login") == 1
    finally:
        timer.stop()
        close_dock(dock)
        state.deleteLater()

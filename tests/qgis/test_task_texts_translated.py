"""User-visible strings built outside the docks (task descriptions, auth database refusals) go through
``tr()`` — checked with the French catalogue installed."""

from __future__ import annotations

import pytest


def test_execution_polls_are_described_in_the_users_language(french, connected_state, qtbot):
    """QGIS 3.22 shows these tasks in its task manager (QgsTask.Silent only exists from 3.26)."""
    from fusion_platform_qgis.qgis_support.pipeline.follow import ExecutionMonitor
    from fusion_platform_qgis.qgis_support.session import settings

    monitor = ExecutionMonitor(connected_state, None, 60)
    try:
        monitor.watch(
            {
                "id": "00000000-0000-0000-0000-000000000001",
                "progress": 0,
                "process_id": "00000000-0000-0000-0000-000000000002",
            },
            "Audit",
        )
        monitor.poll_now()
        descriptions = [task.description() for task in monitor._tasks]
        assert descriptions == ["Fusion Platform : vérification des exécutions"]
        qtbot.waitUntil(lambda: not monitor.busy, timeout=60000)  # the unknown process is unwatched
    finally:
        monitor.stop()
        settings.clear_all()


class _RefusingManager:
    """An auth manager that is available but refuses to store (a full disk, a locked database)."""

    def isDisabled(self):
        return False

    def setMasterPassword(self, *_args):
        return True

    def configIds(self):
        return []

    def storeAuthenticationConfig(self, _config):
        return False


def test_auth_database_refusals_are_translated(french, monkeypatch):
    from fusion_platform_qgis.qgis_support.session import auth

    monkeypatch.setattr(auth, "_manager", lambda: None)
    with pytest.raises(RuntimeError, match="n'est pas disponible"):
        auth.store_credentials("x", auth.Credentials("me@example.com", "pw"))
    monkeypatch.setattr(auth, "_manager", lambda: _RefusingManager())
    with pytest.raises(RuntimeError, match="a refusé d'enregistrer les identifiants"):
        auth.store_credentials("x", auth.Credentials("me@example.com", "pw"))
    with pytest.raises(RuntimeError, match="a refusé d'enregistrer les secrets"):
        auth.store_secret_map("x", {"secret_access_key": "k"})

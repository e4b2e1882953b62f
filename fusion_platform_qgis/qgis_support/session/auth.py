"""Credentials in the QGIS authentication database (QgsAuthManager), never in settings.

"Remember me" stores e-mail (or user id) and password as a Basic auth config; settings keep only its id. The
S3 dispatcher secrets are stored the same way (one Basic-like config per dispatcher use).
"""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import QgsApplication, QgsAuthMethodConfig

from ..words.i18n import tr

AUTH_METHOD = "Basic"
CONFIG_PREFIX = "Fusion Platform"


@dataclass(frozen=True)
class Credentials:
    username: str  # e-mail or user id
    password: str

    @property
    def is_user_id(self) -> bool:
        return "@" not in self.username

    def __repr__(self) -> str:  # never show the password
        return f"Credentials(username={self.username!r}, password='***')"


def _manager():
    return QgsApplication.authManager()


def auth_available() -> bool:
    """False when the auth database cannot be used (for example no master password could be set)."""
    manager = _manager()
    return manager is not None and not manager.isDisabled()


def _store(name: str, values: dict[str, str], authcfg: str, refused: str) -> str:
    """Create (or update, when ``authcfg`` exists) a Basic config holding ``values``; returns its id.

    The RuntimeError messages are shown to the user ("Logged in, but the credentials could not be remembered:
    …", "The preset was not saved: …"), hence translated; ``refused`` is the translated refusal sentence."""
    manager = _manager()
    if manager is None or manager.isDisabled():
        raise RuntimeError(tr("The QGIS authentication database is not available."))
    manager.setMasterPassword(True)
    config = QgsAuthMethodConfig()
    if authcfg and authcfg in manager.configIds():
        manager.loadAuthenticationConfig(authcfg, config, True)
    config.setName(f"{CONFIG_PREFIX}: {name}")
    config.setMethod(AUTH_METHOD)
    for key, value in values.items():
        config.setConfig(key, value)
    ok = manager.updateAuthenticationConfig(config) if config.id() else manager.storeAuthenticationConfig(config)
    if not ok:
        raise RuntimeError(refused)
    return config.id()


def store_credentials(name: str, credentials: Credentials, authcfg: str = "") -> str:
    """Create or update a Basic config; returns its id. Raises RuntimeError when the database refuses."""
    return _store(
        name,
        {"username": credentials.username, "password": credentials.password},
        authcfg,
        tr("The QGIS authentication database refused to store the credentials."),
    )


def load_credentials(authcfg: str) -> Credentials | None:
    if not authcfg:
        return None
    manager = _manager()
    if manager is None or manager.isDisabled() or authcfg not in manager.configIds():
        return None
    config = QgsAuthMethodConfig()
    if not manager.loadAuthenticationConfig(authcfg, config, True):
        return None
    username = config.config("username")
    password = config.config("password")
    if not username or not password:
        return None
    return Credentials(username, password)


def remove_credentials(authcfg: str) -> bool:
    manager = _manager()
    if not authcfg or manager is None or authcfg not in manager.configIds():
        return False
    return manager.removeAuthenticationConfig(authcfg)


def store_secret_map(name: str, values: dict[str, str], authcfg: str = "") -> str:
    """Store several secrets (e.g. S3 keys) in one auth config of method Basic; returns its id."""
    fields = {"username": name, "password": "-"}
    fields.update({f"fp_{key}": value for key, value in values.items()})
    return _store(name, fields, authcfg, tr("The QGIS authentication database refused to store the secrets."))


def load_secret_map(authcfg: str) -> dict[str, str]:
    manager = _manager()
    if not authcfg or manager is None or authcfg not in manager.configIds():
        return {}
    config = QgsAuthMethodConfig()
    if not manager.loadAuthenticationConfig(authcfg, config, True):
        return {}
    return {key[3:]: value for key, value in config.configMap().items() if key.startswith("fp_")}

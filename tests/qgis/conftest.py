"""qgis tier: the plugin is imported from the staged folder (``make stage``), exactly as users get it."""

from __future__ import annotations

import gc
import os
import socket
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STAGED = Path(os.environ.get("FP_STAGED_PLUGIN", ROOT / "build" / "fusion_platform_qgis"))
if not (STAGED / "metadata.txt").exists():
    raise pytest.UsageError(f"No staged plugin at {STAGED}: run 'make stage' (make test-qgis does it).")
# The staged copy must win over the source checkout for `import fusion_platform_qgis`.
sys.path.insert(0, str(STAGED.parent))
_loaded = sys.modules.get("fusion_platform_qgis")
if _loaded is not None and Path(_loaded.__file__).resolve().parent != STAGED.resolve():
    raise pytest.UsageError("fusion_platform_qgis was imported from the source tree before the staged copy.")


@pytest.fixture(scope="session")
def staged_plugin_dir() -> Path:
    return STAGED


@pytest.fixture(scope="session")
def auth_master_password(qgis_app):
    """Unlock the (throw-away) QGIS auth database, as a user would with a master password."""
    from qgis.core import QgsApplication

    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword("fp-test-master-password", True)
    return manager


@pytest.fixture
def connected_state(qgis_app, sandbox):
    """A PluginState logged in to the session sandbox as the demo user, with its organisation selected.

    Docks under test receive this state; logging in here goes straight through the client (the account dock's
    own login flow is tested separately).
    """
    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.qgis_support.session.plugin_state import PluginState
    from fusion_platform_qgis.qgis_support.session.settings import Connection

    user = fusion_platform.login(email=sandbox.email, password=sandbox.password, api_url=sandbox.url)
    state = PluginState()
    state.set_connected(Connection(name="Test sandbox", url=sandbox.url), user)
    state.set_organisation(next(user.organisations))
    yield state
    state.deleteLater()


@pytest.fixture
def keep_plugin_modules():
    """Restore the plugin's module table after a test that loads/unloads the plugin through qgis.utils.

    ``qgis.utils.unloadPlugin`` deletes the modules imported while loading; later tests would then import fresh
    copies whose classes (errors, state) no longer match those other tests already hold.
    """
    before = {name: module for name, module in sys.modules.items() if name.startswith("fusion_platform_qgis")}
    yield
    for name in [n for n in sys.modules if n.startswith("fusion_platform_qgis")]:
        del sys.modules[name]
    sys.modules.update(before)
    # ``from package import module`` reads the package's attribute before sys.modules: point every package's
    # attributes back at the restored submodules and drop those naming modules imported while the plugin was
    # loaded, or a later import mixes two copies of a module (two RegionError classes that never match).
    for name, module in before.items():
        for attribute, value in list(vars(module).items()):
            if (
                isinstance(value, type(sys))
                and value.__name__ == f"{name}.{attribute}"
                and value.__name__ not in before
            ):
                delattr(module, attribute)
        parent, _, child = name.rpartition(".")
        if parent in before:
            setattr(before[parent], child, module)


@pytest.fixture(scope="session", autouse=True)
def collect_garbage_before_qgis_exits(qgis_app):
    """Collect Python's garbage while QGIS still runs, then no more automatic collections.

    Torn down before pytest-qgis's ``qgis_app`` (it depends on it), i.e. before ``exitQgis()``. Without this, a
    collection that happens to run after ``exitQgis()`` (e.g. while pytest imports a plugin for its summary) deletes
    leftover wrappers of QGIS objects and segfaults after every test passed (seen with the data-dock tests)."""
    yield
    gc.collect()
    gc.disable()  # pytest_unconfigure leaves through os._exit: nothing needs collecting any more


def pytest_sessionfinish(session, exitstatus):
    session.config._fp_exit_status = int(exitstatus)


@pytest.hookimpl(tryfirst=True)
def pytest_unconfigure(config):
    """Leave without Python's finalisation once pytest has reported.

    QGIS/PyQt objects destroyed in arbitrary order while the interpreter shuts down can segfault after every test
    passed and the summary is printed (seen on QGIS 3.22), turning a green run red. Tests, fixtures, exitQgis()
    and the report are all done at this point; only the exit status matters.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(getattr(config, "_fp_exit_status", 1))


@pytest.fixture
def closed_port():
    """A loopback port that refuses connections for the whole test, guaranteed.

    Why not "bind to port 0, close, use the number": once closed, another process (tests run in parallel) may take
    the port before the test connects to it, and the "server down" test then meets a live server. A socket that
    stays bound (no SO_REUSEADDR, so nothing else can bind it) but never listens answers every connection attempt
    with a reset: connection refused.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


@pytest.fixture
def french(qgis_app):
    """The plugin's French catalogue installed for the test (messages are checked in the user's language)."""
    from fusion_platform_qgis.qgis_support.words.i18n import install_translator, remove_translator

    translator = install_translator("fr")
    assert translator is not None
    yield translator
    remove_translator(translator)

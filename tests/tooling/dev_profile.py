"""Developer helper behind ``make run`` and ``make install``.

``run``: stage the plugin into a dedicated QGIS profile under ``build/profiles`` (plugin enabled, the "Local
sandbox" connection selected), start the sandbox in the background unless one already answers on the port, and
launch QGIS on that profile, logged in to the sandbox as the demo user (without "Remember me", so the profile's
auth database stays empty and QGIS asks for no master password).

``install``: copy the staged plugin into the user's default QGIS profile and enable it there.
"""

from __future__ import annotations

import argparse
import configparser
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

PLUGIN = "fusion_platform_qgis"
PROFILE = "fusion-platform-dev"
ROOT = Path(__file__).resolve().parents[2]

STARTUP = '''
"""Run by QGIS at start-up (--code): log in to the sandbox as the demo user and show the docks.

The dev profile logs in without "Remember me", so nothing is written to its auth database and QGIS never asks
for a master password; a real profile remembers credentials only when the user ticks the box.
"""
import os
import qgis.utils

plugin = qgis.utils.plugins.get("fusion_platform_qgis")
if plugin is not None:
    for key in ("account", "data", "services", "executions"):
        dock = plugin.docks.get(key)
        if dock is not None:
            dock.show()
    account = plugin.docks["account"]
    if plugin.state is not None and not plugin.state.is_connected:
        account.select_connection("Local sandbox")
        account.ui.line_username.setText(os.environ["FP_DEV_EMAIL"])
        account.ui.line_password.setText(os.environ["FP_DEV_PASSWORD"])
        account.ui.check_remember.setChecked(False)
        account.login()
'''


def _sandbox_answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/", timeout=1):
            return True
    except Exception as exc:
        return hasattr(exc, "code")


def write_ini(path: Path, sections: dict[str, dict[str, str]]) -> None:
    """Set ``sections`` in a QGIS ini file (created when missing, other keys kept), as QGIS itself writes it."""
    parser = configparser.RawConfigParser()
    parser.optionxform = str
    if path.exists():
        parser.read(path, encoding="utf-8")
    for section, values in sections.items():
        if not parser.has_section(section):
            parser.add_section(section)
        for key, value in values.items():
            parser.set(section, key, value)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        parser.write(handle, space_around_delimiters=False)


def _copy_plugin(source: Path, profile_dir: Path) -> Path:
    target = profile_dir / "python" / "plugins" / PLUGIN
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)
    return target


def install(source: Path) -> int:
    profile_dir = Path.home() / ".local" / "share" / "QGIS" / "QGIS3" / "profiles" / "default"
    target = _copy_plugin(source, profile_dir)
    write_ini(profile_dir / "QGIS" / "QGIS3.ini", {"PythonPlugins": {PLUGIN: "true"}})
    print(f"Installed {target}; restart QGIS and find the 'Fusion Platform' toolbar.")
    return 0


def run(source: Path, profiles: Path, port: int) -> int:
    profile_dir = profiles / "profiles" / PROFILE
    _copy_plugin(source, profile_dir)
    url = f"http://127.0.0.1:{port}"
    write_ini(
        profile_dir / "QGIS" / "QGIS3.ini",
        {
            "PythonPlugins": {PLUGIN: "true"},
            "fusion_platform": {"current_connection": "Local sandbox", "default_connection": "Local sandbox"},
            "qgis": {"checkVersion": "false", "showTips322": "false"},
        },
    )
    startup = profiles / "startup.py"
    startup.write_text(STARTUP)

    server = None
    if not _sandbox_answers(url):
        log = (profiles.parent / "sandbox.log").open("ab")
        env = dict(os.environ, SANDBOX_PORT=str(port))
        env.setdefault("SANDBOX_DATA", str(profiles.parent / "sandbox-data"))
        server = subprocess.Popen([sys.executable, "-m", "sandbox"], cwd=ROOT, env=env, stdout=log, stderr=log)
        for _ in range(100):
            if _sandbox_answers(url):
                break
            if server.poll() is not None:
                print(f"The sandbox did not start; see {profiles.parent / 'sandbox.log'}")
                return 1
            time.sleep(0.2)
        print(f"Sandbox running at {url} (log: {profiles.parent / 'sandbox.log'})")
    else:
        print(f"Using the sandbox already running at {url}")

    env = dict(
        os.environ,
        FP_DEV_EMAIL=os.environ.get("SANDBOX_EMAIL", "demo@example.com"),
        FP_DEV_PASSWORD=os.environ.get("SANDBOX_PASSWORD", "Demo-Sandbox-2026!"),
    )
    command = [
        "qgis",
        "--profiles-path",
        str(profiles),
        "--profile",
        PROFILE,
        "--noversioncheck",
        "--nologo",
        "--code",
        str(startup),
    ]
    try:
        return subprocess.call(command, env=env)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.tooling.dev_profile")
    sub = parser.add_subparsers(dest="command", required=True)
    p_install = sub.add_parser("install")
    p_install.add_argument("--source", type=Path, required=True)
    p_run = sub.add_parser("run")
    p_run.add_argument("--source", type=Path, required=True)
    p_run.add_argument("--profiles", type=Path, required=True)
    p_run.add_argument("--port", type=int, default=8788)
    args = parser.parse_args(argv)
    if args.command == "install":
        return install(args.source.resolve())
    return run(args.source.resolve(), args.profiles.resolve(), args.port)


if __name__ == "__main__":
    sys.exit(main())

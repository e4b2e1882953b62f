"""Real-window tier: real QGIS under Xvfb, the plugin installed from the ``make package`` zip into a fresh profile,
a sandbox on a free loopback port, and ``driver.py`` walking the workflow through the plugin's widgets.

One QGIS run per screen size records every check of ``driver.py`` (and PNGs under ``build/screens/<size>/``);
each check becomes one test here, so a report names what a user would see go wrong, e.g.
``test_real_window[1280x800-first_start_keeps_canvas_on_screen]``. Run with the plain venv python:
``python -m pytest -p no:pytest_qgis -p no:pytestqt tests/real`` (``make test-real``).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import zipfile
from pathlib import Path

import pytest

from sandbox.testing import start_sandbox
from tests.tooling.dev_profile import write_ini

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).resolve().parent / "driver.py"
PLUGIN = "fusion_platform_qgis"
SIZES = ["1600x1000", "1280x800"]
RUN_TIMEOUT = float(os.environ.get("FP_REAL_TIMEOUT", "300"))  # seconds for one QGIS run: a hang guard
SCREENS = ROOT / "build" / "screens"

# Every check the driver records, plus stderr.
CHECKS = [
    "first_start_keeps_canvas_on_screen",
    "dock_titles_short_and_distinct",
    "outputs_load_once",
    "status_follows_data",
    "no_raw_or_developer_text",
    "nothing_truncated",
    "no_uninvited_windows_and_readable_styles",
    "no_resource_warning",
    "lists_fit_dock_width",
    "message_bar_one_line",
    "numbers_in_locale",
    "no_developer_words",
    "messages_in_order",
    "plugin_loaded",
    "workflow_completes",
    "window_fits_screen",
    "canvas_visible",
    "docks_open_from_toolbar",
    "logged_in",
    "upload_listed",
    "one_group_per_run",
    "cloud_mosaic_vrt",
    "outputs_styled",
    "credits_price_and_balance_after",
    "credits_threshold_asks_naming_the_price",
    "runs_in_layers_panel",
    "reopened_project_keeps_runs",
    "metadata_explains_the_run",
    "run_details_copy_as_python",
    "log_shown",
    "processing_provider",
    "processing_toolbox",
    "browser_tree_navigation",
    "browser_output_to_map_once",
    "browser_output_to_processing",
    "time_series_three_dated_layers",
    "time_series_controller_covers",
    "run_again_prefilled",
    "logged_out",
    "no_python_errors_in_message_log",
    "stderr_clean",
]
# Lines QGIS 3.22 itself writes to stderr at every start under Xvfb (not the plugin's doing).
STDERR_NOISE = (
    "XDG_RUNTIME_DIR",
    "setapi() is deprecated",
)
# Python's own reports: a traceback, a warning ("file:line: SomeWarning: ..."), an uncaught error, a leak. Qt's
# "Warning: ..." lines are QGIS/Qt diagnostics and are not counted (some come from QGIS itself, by timing).
STDERR_PROBLEM = re.compile(r"Traceback|^\S*:\d+: \w*(Warning|Error)\b|^\w*Error: |ResourceWarning")


def package_zip() -> Path:
    explicit = os.environ.get("FP_PACKAGE_ZIP")
    if explicit:
        return Path(explicit)
    version = next(
        line.split("=", 1)[1].strip()
        for line in (ROOT / "metadata.txt").read_text().splitlines()
        if line.startswith("version=")
    )
    return ROOT / "dist" / f"{PLUGIN}-{version}.zip"


def make_profile(work: Path) -> Path:
    """A fresh profiles folder: the packaged plugin unzipped into its default profile and enabled there."""
    archive = package_zip()
    if not archive.exists():
        pytest.fail(f"No package at {archive}: run 'make package' (make test-real does it).")
    profiles = work / "profiles"
    profile = profiles / "profiles" / "default"
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(archive) as bundle:
        bundle.extractall(plugins)
    assert (plugins / PLUGIN / "metadata.txt").exists(), f"{archive} does not hold {PLUGIN}/metadata.txt"
    write_ini(
        profile / "QGIS" / "QGIS3.ini",
        {
            "PythonPlugins": {PLUGIN: "true"},
            "qgis": {"checkVersion": "false", "showTips322": "false"},
            "locale": {"overrideFlag": "true", "userLocale": "en_US"},
            # What a user sets on the plugin's options page: fast polling, downloads in the throw-away folder.
            "fusion_platform": {
                "poll_interval_seconds": "1",
                "load_outputs_automatically": "true",
                "download_folder": str(work / "downloads"),
            },
        },
    )
    return profiles


def stderr_problems(text: str) -> list[str]:
    return [
        line
        for line in text.splitlines()
        if STDERR_PROBLEM.search(line) and not any(noise in line for noise in STDERR_NOISE)
    ]


def run_qgis(size: str) -> dict:
    width, height = (int(v) for v in size.split("x"))
    screens = SCREENS / size
    shutil.rmtree(screens, ignore_errors=True)
    work = Path(tempfile.mkdtemp(prefix=f"fp-real-{size}-"))
    profiles = make_profile(work)
    result_path = work / "result.json"
    sandbox = start_sandbox(work / "sandbox", env={"SANDBOX_EXECUTION_DELAY": "4"})
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # a real X display (Xvfb), not offscreen
    env.update(
        {
            "FP_REAL_RESULT": str(result_path),
            "FP_REAL_SCREENS": str(screens),
            "FP_REAL_SANDBOX_URL": sandbox.url,
            "FP_REAL_EMAIL": sandbox.email,
            "FP_REAL_PASSWORD": sandbox.password,
            # Python hides ResourceWarning by default: shown from the first line QGIS runs (the plugin's loading
            # included), so a leaked socket or file is seen. (PYTHONTRACEMALLOC=5 would say where it was made, but
            # doubles QGIS's start-up time: set it by hand when hunting a leak.)
            "PYTHONWARNINGS": "default::ResourceWarning",
        }
    )
    command = [
        "xvfb-run",
        "-a",
        "-s",
        f"-screen 0 {width}x{height}x24",
        "qgis",
        "--nologo",
        "--noversioncheck",
        "--profiles-path",
        str(profiles),
        "--code",
        str(DRIVER),
    ]
    stdout_path, stderr_path = work / "qgis.stdout", work / "qgis.stderr"
    timed_out = False
    try:
        with stdout_path.open("wb") as out, stderr_path.open("wb") as err:
            process = subprocess.Popen(command, cwd=str(work), env=env, stdout=out, stderr=err, start_new_session=True)
            try:
                process.wait(timeout=RUN_TIMEOUT)
            except subprocess.TimeoutExpired:
                timed_out = True
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=30)
    finally:
        sandbox.stop()
    stderr = stderr_path.read_text(errors="replace")
    result = json.loads(result_path.read_text()) if result_path.exists() else {"checks": {}}
    result.update({"returncode": process.returncode, "timed_out": timed_out, "stderr": stderr, "work": str(work)})
    problems = stderr_problems(stderr)
    result["checks"]["stderr_clean"] = {"ok": not problems, "details": problems[:20]}
    # What the message log received while QGIS quit (the plugin unloading), after the driver wrote its result.
    late_path = result_path.with_name(result_path.stem + ".late.jsonl")
    late = [json.loads(line) for line in late_path.read_text().splitlines()] if late_path.exists() else []
    result["late_messages"] = late
    leaks = [m["text"][:300] for m in late if "ResourceWarning" in m["text"]]
    leaks += [line for line in stderr.splitlines() if "ResourceWarning" in line]
    python = [
        m["text"][:300]
        for m in late
        if (m["tag"] in ("Python error", "Python warning") or "Traceback" in m["text"])
        and "ResourceWarning" not in m["text"]
    ]
    for name, found in (("no_resource_warning", leaks), ("no_python_errors_in_message_log", python)):
        entry = result["checks"].setdefault(name, {"ok": True, "details": []})
        if found:
            entry["ok"] = False
            entry["details"] += [f"[while QGIS quit] {text}" for text in found[:5]]
    screens.mkdir(parents=True, exist_ok=True)
    (screens / "result.json").write_text(json.dumps(result, indent=1, default=str))
    return result


@pytest.fixture(scope="module")
def real_run():
    cache: dict[str, dict] = {}

    def get(size: str) -> dict:
        if size not in cache:
            cache[size] = run_qgis(size)
        return cache[size]

    return get


@pytest.mark.parametrize("check", CHECKS)
@pytest.mark.parametrize("size", SIZES)
def test_real_window(real_run, size, check):
    result = real_run(size)
    entry = result["checks"].get(check)
    if entry is None:
        reason = (
            f"QGIS was killed after {RUN_TIMEOUT:.0f} s"
            if result["timed_out"]
            else f"QGIS exited with {result['returncode']}"
        )
        failed = result["checks"].get("workflow_completes", {}).get("details", [])
        pytest.fail(
            f"'{check}' was not recorded ({reason}; walk: {failed[:2]}); stderr tail:\n{result['stderr'][-1500:]}"
        )
    assert entry["ok"], f"{size} {check}:\n" + "\n".join(entry["details"][:12])

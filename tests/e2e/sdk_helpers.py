"""Helpers to drive the official Fusion Platform SDK (in its own venv) against the sandbox.

The official SDK (``fusion-platform-python-sdk`` from PyPI) lives in ``.venv-sdk`` and must never be imported
into the test process: the whole point is to prove that the *unchanged* SDK, with its own pinned dependencies,
cannot tell the sandbox from the real platform. So every SDK interaction happens in a subprocess running one of
the scripts in ``tests/e2e/sdk_scripts`` with ``.venv-sdk/bin/python``; the scripts report their results as JSON
on the last line of stdout and the test process (which has GDAL) checks the files they produced.

Credentials travel through the environment (``FP_API_URL``, ``FP_EMAIL``, ``FP_PASSWORD``), never on the
command line, so they do not show up in process listings or in pytest's failure output.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Optional

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
# The official SDK's venv: .venv-sdk beside the checkout, or FP_SDK_VENV (the 3.44 tier keeps its own in the chroot).
SDK_VENV = Path(os.environ.get("FP_SDK_VENV") or REPO_ROOT / ".venv-sdk")
SDK_PYTHON = SDK_VENV / "bin" / "python"
SCRIPTS_DIR = Path(__file__).resolve().parent / "sdk_scripts"

# Generous upper bounds: they only stop a hung run (the SDK sets no HTTP timeouts at all, docs/api-contract.md §3), they
# are never used to assert speed.
DEFAULT_TIMEOUT = 240.0

# Poll interval handed to the SDK (session_options / the CLI wrapper): the SDK's own default is 10 s.
SDK_WAIT_PERIOD = "1"


def require_sdk_python() -> Path:
    """Return the SDK venv's interpreter, failing loudly when it is missing.

    ``make test`` always creates the venv (``make setup``), so a missing venv is a broken setup rather than a
    reason to skip: skipping would silently drop the most important compatibility check.
    """
    if not SDK_PYTHON.exists():
        pytest.fail(
            f"The official SDK venv is missing ({SDK_PYTHON}): run `make setup` (it creates .venv-sdk from "
            "requirements-sdk.txt)",
            pytrace=False,
        )
    return SDK_PYTHON


def sdk_env(sandbox: Any, extra: Optional[Mapping[str, str]] = None) -> dict:
    """Build the environment for an SDK subprocess: sandbox URL and credentials, nothing from .venv."""
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env.update(
        {
            "FP_API_URL": str(sandbox.url).rstrip("/"),
            "FP_EMAIL": str(sandbox.email),
            "FP_PASSWORD": str(sandbox.password),
            "FP_WAIT_PERIOD": SDK_WAIT_PERIOD,
            "PYTHONUNBUFFERED": "1",
            "PYTHONDONTWRITEBYTECODE": "1",
            # Not "dumb": prompt_toolkit's dumb-terminal mode echoes what is typed, password included.
            "TERM": "xterm",
            "NO_COLOR": "1",
        }
    )
    if extra:
        env.update(extra)
    return env


def _tail(text: str, limit: int = 6000) -> str:
    return text if len(text) <= limit else "...\n" + text[-limit:]


def describe(result: subprocess.CompletedProcess) -> str:
    """Readable summary of a finished subprocess for assertion messages (stdout and stderr tails)."""
    return (
        f"command: {' '.join(str(part) for part in result.args)}\nexit code: {result.returncode}\n"
        f"--- stdout ---\n{_tail(result.stdout or '')}\n--- stderr ---\n{_tail(result.stderr or '')}"
    )


def run_sdk_script(
    script: str,
    sandbox: Any,
    *args: str,
    cwd: Path,
    stdin: Optional[str] = None,
    env: Optional[Mapping[str, str]] = None,
    timeout: float = DEFAULT_TIMEOUT,
    check: bool = True,
) -> subprocess.CompletedProcess:
    """Run ``sdk_scripts/<script>`` with the SDK venv's Python in ``cwd``.

    With ``check`` a non-zero exit fails the test with the script's output (SDK tracebacks included).
    """
    python = require_sdk_python()
    command = [str(python), str(SCRIPTS_DIR / script), *args]
    try:
        result = subprocess.run(
            command,
            cwd=str(cwd),
            env=sdk_env(sandbox, env),
            input=stdin if stdin is not None else "",
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired as error:
        stdout = error.stdout.decode(errors="replace") if isinstance(error.stdout, bytes) else (error.stdout or "")
        stderr = error.stderr.decode(errors="replace") if isinstance(error.stderr, bytes) else (error.stderr or "")
        pytest.fail(
            f"{script} did not finish within {timeout:.0f} s (the SDK has no HTTP timeouts: a hung sandbox handler "
            f"hangs it)\n--- stdout ---\n{_tail(stdout)}\n--- stderr ---\n{_tail(stderr)}",
            pytrace=False,
        )
    if check and result.returncode != 0:
        pytest.fail(f"{script} failed against the sandbox\n{describe(result)}", pytrace=False)
    return result


def last_json(result: subprocess.CompletedProcess) -> Any:
    """Parse the JSON document the scripts print on the last non-empty line of stdout."""
    lines = [line for line in (result.stdout or "").splitlines() if line.strip()]
    if not lines:
        pytest.fail(f"no output from the SDK script\n{describe(result)}", pytrace=False)
    try:
        return json.loads(lines[-1])
    except json.JSONDecodeError:
        pytest.fail(f"the SDK script's last line is not JSON\n{describe(result)}", pytrace=False)


def run_cli(
    sandbox: Any,
    arguments: Sequence[str],
    *,
    cwd: Path,
    answers: Sequence[str] = (),
    password: Optional[str] = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> subprocess.CompletedProcess:
    """Run the official ``fusion_platform`` CLI (through ``sdk_scripts/fp_cli.py``) against the sandbox.

    The CLI always prompts for the password with prompt_toolkit, which reads a piped stdin line by line, so the
    password (and any further ``answers`` to later prompts, e.g. the organisation) are fed on stdin. The CLI is
    not checked for success here: callers assert on the exit code so that error paths can be tested too.
    """
    lines = [sandbox.password if password is None else password, *answers]
    result = run_sdk_script(
        "fp_cli.py",
        sandbox,
        *arguments,
        "-y",  # a sub-command option: it must follow the sub-command
        "sandbox",
        cwd=cwd,
        stdin="".join(f"{line}\n" for line in lines),
        timeout=timeout,
        check=False,
    )
    # Belt and braces: no password (right or wrong) reaches assertion messages or logs.
    for secret in {line for line in lines[:1] + [sandbox.password] if line}:
        result.stdout = (result.stdout or "").replace(secret, "*****")
        result.stderr = (result.stderr or "").replace(secret, "*****")
    return result


def sdk_package_file(name: str) -> Path:
    """A data file shipped inside the installed SDK package (e.g. ``glasgow.geojson``), found without importing it."""
    require_sdk_python()
    matches = sorted(SDK_VENV.glob(f"lib/python3*/site-packages/fusion_platform/{name}"))
    if not matches:
        pytest.fail(f"{name} is not in the installed SDK under {SDK_VENV}: run `make setup`", pytrace=False)
    return matches[-1]

"""Shared bits of the scripts that run inside the official SDK's venv (.venv-sdk), never in .venv.

Connection settings come from the environment set by tests/e2e/sdk_helpers.py (``FP_API_URL``, ``FP_EMAIL``,
``FP_PASSWORD``, ``FP_WAIT_PERIOD``); ``--api-url``/``--email`` on the command line override them. The password
is only read from the environment so that it never appears in a process listing.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal


def connection(argv=None, description: str = "") -> argparse.Namespace:
    """Parse the connection settings (plus ``extra`` positional words) for an SDK script."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--api-url", default=os.environ.get("FP_API_URL"))
    parser.add_argument("--email", default=os.environ.get("FP_EMAIL"))
    parser.add_argument("extra", nargs="*")
    arguments = parser.parse_args(argv)
    arguments.password = os.environ.get("FP_PASSWORD")
    arguments.session_options = {"api_update_wait_period": float(os.environ.get("FP_WAIT_PERIOD", "1"))}
    if not arguments.api_url or not arguments.email or arguments.password is None:
        parser.error("FP_API_URL, FP_EMAIL and FP_PASSWORD must be set")
    arguments.api_url = arguments.api_url.rstrip("/")  # The SDK concatenates api_url + path (contract 1.1).
    return arguments


def _plain(value):
    """JSON form of the SDK's attribute values: datetimes as ISO 8601, decimals as numbers, UUIDs as strings."""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, Mapping):  # e.g. the mappingproxy the SDK uses for stac_item
        return dict(value)
    return str(value)


def emit(result) -> None:
    """Print the script's result as one JSON line: the last line of stdout is what the test reads."""
    sys.stdout.flush()
    print(json.dumps(result, default=_plain), flush=True)

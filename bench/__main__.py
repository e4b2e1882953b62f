"""Runs every ``bench/bench_*.py`` module's ``run() -> dict`` and prints one table.

Results go to ``bench/results.json`` (not committed). A benchmark that fails is reported as failed and the run
goes on; the exit status is non-zero when any failed. ``python -m bench NAME...`` runs only the named ones.

A whole run takes some 10-15 minutes on two shared cores. What limits it (defaults in brackets):
``BENCH_SCALE_SIZES`` (S,M,L) and ``BENCH_SCALE_DOCKS``; ``BENCH_TRANSFER_MB`` (1024), ``BENCH_PAIR_MB`` (256),
``BENCH_PAIRS`` (5, at least 5), ``BENCH_TRANSFER_PARTS`` (transfers,ratios,polling), ``BENCH_POLL_RUNS`` (3),
``BENCH_POLLS_EACH`` (40); ``BENCH_STALL_RUNS`` (3) for the stall scenarios, ``FP_BENCH_OUTPUT_MB`` (500),
``BENCH_UPLOAD_MB`` (200), ``BENCH_LAYERS_MB`` (1024), ``BENCH_LAYERS_RUNS`` (3). The stall meters print
what the main thread was doing whenever it missed a frame (``BENCH_STALL_TRACE=0``: not). The long session
(``bench_long_session``: memory and live resources over many runs and log-ins) takes ``BENCH_SESSION_RUNS`` (100)
and ``BENCH_SESSION_LOGINS`` (20).
"""

from __future__ import annotations

import importlib
import json
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _modules(selected: list[str]) -> list[str]:
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if selected:
        names = [n for n in names if n in selected or n.removeprefix("bench_") in selected]
    return names


def _format(value) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}"
    return str(value)


def main(argv: list[str]) -> int:
    results: dict[str, dict] = {}
    failed = False
    for name in _modules(argv):
        started = time.perf_counter()
        print(f"== {name} ...", flush=True)
        try:
            module = importlib.import_module(f"bench.{name}")
            outcome = module.run()
            outcome["_seconds"] = round(time.perf_counter() - started, 2)
            results[name] = outcome
        except Exception as exc:
            failed = True
            results[name] = {"error": f"{type(exc).__name__}: {exc}"}
            traceback.print_exc()
    width = max((len(f"{n}.{k}") for n, r in results.items() for k in r), default=20)
    print("\n" + "benchmark".ljust(width) + "  value")
    print("-" * (width + 20))
    for name, outcome in results.items():
        for key, value in outcome.items():
            print(f"{name}.{key}".ljust(width) + "  " + _format(value))
    (HERE / "results.json").write_text(json.dumps(results, indent=2, default=str))
    print(f"\nWrote {HERE / 'results.json'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

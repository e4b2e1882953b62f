"""``python -m sandbox``: run the sandbox in the foreground on 127.0.0.1 (settings from the environment)."""

from __future__ import annotations

import gc
import logging
import sys

import uvicorn

from sandbox.app import create_app
from sandbox.config import Config
from sandbox.state import S


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    cfg = Config.from_env()
    app = create_app(cfg)
    # Under polling load the collector's full collections were the worst latency a client saw (30-100 ms each):
    # what is loaded now (FastAPI, pydantic, the catalogue...) lives as long as the server, so it is kept out of
    # the collector's generations, and collections run ~70x less often (a request allocates a few thousand
    # objects; a full collection still comes every few thousand requests).
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)
    print(f"Fusion Platform sandbox on {cfg.base_url} (data in {cfg.data_dir}); demo account {cfg.email}", flush=True)
    try:
        uvicorn.run(
            app, host=cfg.host, port=cfg.port, log_level="warning", access_log=False, timeout_graceful_shutdown=2
        )
    finally:
        S().close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

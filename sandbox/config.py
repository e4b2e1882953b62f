"""Sandbox configuration, read once from the environment.

Everything a test may want to vary (port, data dir, token lifetime, upload limit, faults) is an environment
variable so that a test can start a second server with its own settings through ``sandbox.testing``.
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_EMAIL = "demo@example.com"
DEFAULT_PASSWORD = "Demo-Sandbox-2026!"
OTHER_EMAIL = "other@example.com"
OTHER_PASSWORD = "Other-Sandbox-2026!"


@dataclass
class Config:
    """Runtime settings; ``from_env`` is the only constructor used outside tests."""

    port: int = 8788
    host: str = "127.0.0.1"
    data_dir: Path = Path("sandbox-data")
    email: str = DEFAULT_EMAIL
    password: str = DEFAULT_PASSWORD
    other_email: str = OTHER_EMAIL
    other_password: str = OTHER_PASSWORD
    token_ttl: float = 86400.0
    max_upload: int = 2 * 1024**3
    upload_url_ttl: float = 3600.0
    download_url_ttl: float = 3600.0
    deleted_file_grace: float = 3600.0
    secret: bytes = b""
    faults: list[dict[str, Any]] = field(default_factory=list)
    workers: int = 2
    execution_delay: float = 0.0
    download_delay: float = 0.15
    upload_delay: float = 0.15
    s3_credentials: dict[str, str] = field(default_factory=lambda: {"SANDBOXKEY": "sandbox-secret"})

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def dir(self, name: str) -> Path:
        """A sub-directory of the data dir (files, previews, tmp, work, outbox, buckets), created on demand."""
        path = self.data_dir / name
        path.mkdir(parents=True, exist_ok=True)
        return path

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Config:
        env = dict(os.environ if env is None else env)
        data_dir = Path(env.get("SANDBOX_DATA", "sandbox-data")).resolve()
        data_dir.mkdir(parents=True, exist_ok=True)
        cfg = cls(
            port=int(env.get("SANDBOX_PORT", "8788")),
            data_dir=data_dir,
            email=env.get("SANDBOX_EMAIL", DEFAULT_EMAIL),
            password=env.get("SANDBOX_PASSWORD", DEFAULT_PASSWORD),
            token_ttl=float(env.get("SANDBOX_TOKEN_TTL", "86400")),
            max_upload=int(env.get("SANDBOX_MAX_UPLOAD", str(2 * 1024**3))),
            upload_url_ttl=float(env.get("SANDBOX_UPLOAD_URL_TTL", "3600")),
            deleted_file_grace=float(env.get("SANDBOX_DELETED_FILE_GRACE", "3600")),
            workers=int(env.get("SANDBOX_WORKERS", "2")),
            execution_delay=float(env.get("SANDBOX_EXECUTION_DELAY", "0")),
            download_delay=float(env.get("SANDBOX_DOWNLOAD_DELAY", "0.15")),
            upload_delay=float(env.get("SANDBOX_UPLOAD_DELAY", "0.15")),
        )
        secret = env.get("SANDBOX_SECRET")
        if secret:
            cfg.secret = secret.encode()
        else:
            # Generated once and kept with the data, so tokens and signed URLs survive a restart.
            path = data_dir / "secret.key"
            if not path.exists():
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(fd, "w") as handle:
                    handle.write(secrets.token_hex(32))
            cfg.secret = path.read_text().strip().encode()
        faults = env.get("SANDBOX_FAULTS")
        if faults:
            parsed = json.loads(faults)
            cfg.faults = parsed.get("rules", []) if isinstance(parsed, dict) else list(parsed)
        creds = env.get("SANDBOX_S3_CREDENTIALS")
        if creds:
            cfg.s3_credentials = dict(json.loads(creds))
        return cfg

"""Password hashing, session tokens and URL signatures.

Access tokens are stateless: ``base64url(json payload) + "." + base64url(HMAC-SHA256)``, with the user id,
issue time and expiry in the payload. Stateless tokens survive restarts; the admin endpoint that expires
every token stores a "not before" time in the database, which the check compares with the issue time.
The id_token is an HS256 JWT whose ``sub`` is the user id (the SDK decodes it without verification).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import time
import uuid
from typing import Any


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


# -- passwords --------------------------------------------------------------------------------------------
def hash_password(password: str) -> str:
    """Salted scrypt hash as ``scrypt$<salt hex>$<hash hex>``."""
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    return f"scrypt${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    try:
        scheme, salt_hex, digest_hex = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    digest = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt_hex), n=2**14, r=8, p=1, dklen=32)
    return hmac.compare_digest(digest.hex(), digest_hex)


# -- tokens -----------------------------------------------------------------------------------------------
def make_access_token(secret: bytes, user_id: str, ttl: float) -> str:
    now = time.time()
    payload = {"sub": user_id, "iat": now, "exp": now + ttl, "jti": uuid.uuid4().hex}
    body = _b64(json.dumps(payload, separators=(",", ":")).encode())
    sig = _b64(hmac.new(secret, b"access." + body.encode(), hashlib.sha256).digest())
    return f"{body}.{sig}"


class TokenError(Exception):
    """The token is missing, malformed, forged or expired; the message is user-facing."""


_VERIFIED: dict[tuple[bytes, str], dict[str, Any]] = {}  # tokens whose signature checked out -> payload
_VERIFIED_MAX = 4096


def verify_access_token(secret: bytes, token: str, not_before: float = 0.0) -> dict[str, Any]:
    """The payload of a valid token; the signature check and decoding are remembered per token (pollers send the
    same one many times a second), the expiry and "not before" checks are made on every call."""
    payload = _VERIFIED.get((secret, token))
    if payload is None:
        payload = _verify_signature(secret, token)
        if len(_VERIFIED) >= _VERIFIED_MAX:
            _VERIFIED.clear()
        _VERIFIED[(secret, token)] = payload
    now = time.time()
    if float(payload.get("exp", 0)) <= now or float(payload.get("iat", 0)) < not_before:
        raise TokenError("The access token has expired; please log in again")
    return payload


def _verify_signature(secret: bytes, token: str) -> dict[str, Any]:
    try:
        body, sig = token.split(".")
    except ValueError:
        raise TokenError("Invalid access token")
    expected = _b64(hmac.new(secret, b"access." + body.encode(), hashlib.sha256).digest())
    if not hmac.compare_digest(expected, sig):
        raise TokenError("Invalid access token")
    try:
        payload = json.loads(_unb64(body))
    except ValueError:
        raise TokenError("Invalid access token")
    if not isinstance(payload, dict):
        raise TokenError("Invalid access token")
    return payload


def make_id_token(secret: bytes, user: dict[str, Any], ttl: float) -> str:
    now = int(time.time())
    header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    claims = {
        "sub": user["id"],
        "email": user["email"],
        "iat": now,
        "exp": now + int(ttl),
        "iss": "fusion-platform-sandbox",
    }
    payload = _b64(json.dumps(claims, separators=(",", ":")).encode())
    signing_input = f"{header}.{payload}".encode()
    sig = _b64(hmac.new(secret, signing_input, hashlib.sha256).digest())
    return f"{header}.{payload}.{sig}"


# -- signed URLs --------------------------------------------------------------------------------------------
def sign_url(secret: bytes, action: str, file_id: str, expires: int) -> str:
    message = f"{action}\n{file_id}\n{expires}".encode()
    return hmac.new(secret, b"url." + message, hashlib.sha256).hexdigest()


def check_url(secret: bytes, action: str, file_id: str, expires: str | None, signature: str | None) -> str | None:
    """None when the signature is valid and unexpired, else the reason."""
    if not expires or not signature:
        return "Missing signature"
    try:
        exp = int(expires)
    except ValueError:
        return "Invalid signature"
    if not hmac.compare_digest(sign_url(secret, action, file_id, exp), signature):
        return "Invalid signature"
    if exp < time.time():
        return "The URL has expired"
    return None

"""Pure logic of the client: masking, bodies, paging parameters, retry decisions, error mapping, import rule."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
import textwrap
import uuid
from datetime import datetime, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fusion_platform_qgis.api import client, errors
from fusion_platform_qgis.api.errors import mask_secrets

SECRET = "S3cr3t-Pa55word!"


@pytest.mark.parametrize(
    "text",
    [
        json.dumps({"User": {"email": "me@org.com", "password": SECRET}}),
        json.dumps({"User": {"old_password": SECRET, "new_password": SECRET}}),
        f"{{'access_token': '{SECRET}', 'id_token': '{SECRET}'}}",
        f"Authorization: Bearer {SECRET}",
        f"PUT http://127.0.0.1:8788/upload/abc?expires=123&signature={SECRET}",
        f"GET https://bucket.s3.amazonaws.com/key?X-Amz-Credential=a&X-Amz-Signature={SECRET}",
        f"password={SECRET}&user=x",
        f"secret_access_key={SECRET}",
    ],
)
def test_mask_secrets_hides_the_secret(text):
    masked = mask_secrets(text)
    assert SECRET not in masked
    assert "***" in masked


def test_mask_secrets_hides_jwts_and_keeps_plain_text():
    header = base64.urlsafe_b64encode(b'{"alg":"none"}').rstrip(b"=").decode()
    payload = base64.urlsafe_b64encode(b'{"sub":"x"}').rstrip(b"=").decode()
    assert payload not in mask_secrets(f"token {header}.{payload}.")
    plain = "GET /organisations/1/data/uploaded?limit=24&reverse=False"
    assert mask_secrets(plain) == plain
    listing = "GET http://127.0.0.1:8788/organisations/1/services/latest?limit=1&filter[keywords__contains]=Elevation"
    assert mask_secrets(listing) == listing


@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\"'\\&; ,)\n\r\t"),
        min_size=8,
        max_size=30,
    )
)
def test_mask_secrets_property_password_in_json(secret):
    assert secret not in mask_secrets(json.dumps({"password": secret})).replace('"password"', "")


def test_errors_mask_message_and_repr():
    err = errors.ServerError(f"failed: Authorization: Bearer {SECRET}", status=500, detail=f"password={SECRET}")
    assert SECRET not in str(err) and SECRET not in repr(err) and SECRET not in err.detail
    net = errors.NetworkError(f"GET http://h/x?token={SECRET} failed", is_tls=True)
    assert SECRET not in str(net) and net.is_tls


def test_flat_body_serialises_like_the_sdk():
    uid = uuid.uuid4()
    when = datetime(2026, 11, 26, 19, 33, 31, 215857, tzinfo=timezone.utc)
    body = client.flat_body(
        "Process",
        {
            "organisation_id": uid,
            "name": "Example",
            "repeat_start": when,
            "price": Decimal("12"),
            "rate": Decimal("1.5"),
            "bounds": (1, 2, 3, 4),
            "inputs": [{"id": uid, "input": 1}],
        },
    )
    assert body == {
        "Process[organisation_id]": str(uid),
        "Process[name]": "Example",
        "Process[repeat_start]": "2026-11-26T19:33:31.215857+00:00",
        "Process[price]": 12,
        "Process[rate]": 1.5,
        "Process[bounds]": [1, 2, 3, 4],
        "Process[inputs]": [{"id": str(uid), "input": 1}],
    }
    assert isinstance(body["Process[price]"], int)
    json.dumps(body)


def test_naive_datetimes_get_utc_offset():
    assert client.to_wire(datetime(2021, 3, 27)) == "2021-03-27T00:00:00+00:00"


def test_list_params_first_page_and_cursor():
    params = client.list_params(
        limit=1,
        reverse=True,
        search="Elevation DEM",
        filters={"keywords__contains": "Elevation", "name__begins_with": None},
    )
    assert params == {
        "limit": "1",
        "reverse": "True",
        "search": "elevation dem",
        "filter[keywords__contains]": "Elevation",
    }
    params = client.list_params(last={"id": "abc", "name": "S2", "n": 3})
    assert params["reverse"] == "False"
    assert params["last[id]"] == "abc" and params["last[name]"] == "S2" and params["last[n]"] == "3"


def test_jwt_sub_decoded_without_verification():
    def part(obj):
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

    token = f"{part({'alg': 'none'})}.{part({'sub': 'u-1', 'x': 'y' * 3})}."
    assert client.decode_jwt_claims(token)["sub"] == "u-1"
    with pytest.raises(errors.AuthenticationError):
        client.decode_jwt_claims("garbage")


POLICY = client.RetryPolicy(max_attempts=5, max_total_seconds=60, base_delay=0.5, max_delay=8)


def no_jitter():
    return 1.0


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_retry_5xx_only_when_idempotent(status):
    assert POLICY.decide(attempt=1, elapsed=0, status=status, idempotent=True, rng=no_jitter) == 0.5
    assert POLICY.decide(attempt=1, elapsed=0, status=status, idempotent=False) is None


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 501])
def test_no_retry_for_client_errors(status):
    assert POLICY.decide(attempt=1, elapsed=0, status=status) is None


def test_retry_429_honours_retry_after_even_for_posts():
    assert POLICY.decide(attempt=1, elapsed=0, status=429, retry_after=7, idempotent=False, rng=no_jitter) == 7
    # a Retry-After beyond the time budget means giving up now rather than sleeping past it
    assert POLICY.decide(attempt=1, elapsed=50, status=429, retry_after=30) is None


def test_connection_errors_not_sent_vs_maybe_sent():
    assert POLICY.decide(attempt=1, elapsed=0, error_kind=client.NOT_SENT, idempotent=False) is not None
    assert POLICY.decide(attempt=1, elapsed=0, error_kind=client.MAYBE_SENT, idempotent=False) is None
    assert POLICY.decide(attempt=1, elapsed=0, error_kind=client.MAYBE_SENT, idempotent=True) is not None
    assert POLICY.decide(attempt=1, elapsed=0, error_kind=client.TLS) is None


@given(st.integers(min_value=1, max_value=20), st.floats(min_value=0, max_value=1))
def test_backoff_bounded_exponential_with_jitter(attempt, jitter):
    delay = POLICY.backoff(attempt, rng=lambda: jitter)
    full = min(POLICY.max_delay, POLICY.base_delay * 2 ** (attempt - 1))
    assert full / 2 <= delay <= full


@given(st.integers(min_value=1, max_value=50), st.floats(min_value=0, max_value=100))
def test_retries_bounded_in_count_and_time(attempt, elapsed):
    delay = POLICY.decide(attempt=attempt, elapsed=elapsed, status=503)
    if attempt >= POLICY.max_attempts:
        assert delay is None
    if delay is not None:
        assert elapsed + delay <= POLICY.max_total_seconds


def test_parse_retry_after():
    assert client.parse_retry_after("3") == 3
    assert client.parse_retry_after(None) is None
    assert client.parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0
    assert client.parse_retry_after("soon") is None


def test_error_mapping():
    e = client.error_from_response(400, {"error_message": "Bad", "extras": {"errors": {"name": ["too long"]}}})
    assert isinstance(e, errors.ValidationError) and e.field_errors == {"name": "too long"} and e.status == 400
    assert isinstance(client.error_from_response(401, {"error_message": "x"}), errors.SessionExpiredError)
    assert isinstance(
        client.error_from_response(400, {"error_message": "Incorrect username or password"}, during_login=True),
        errors.AuthenticationError,
    )
    assert isinstance(client.error_from_response(404, None, "nope"), errors.NotFoundError)
    assert isinstance(client.error_from_response(402, {"error_message": "x"}), errors.InsufficientCreditsError)
    # classified by status and error-code fields, never by words in the message
    worded = client.error_from_response(400, {"error_message": "Insufficient credits for this"})
    assert type(worded) is errors.ValidationError
    assert (
        type(client.error_from_response(403, {"error_message": "No credit card on file"}))
        is errors.PermissionDeniedError
    )
    assert isinstance(
        client.error_from_response(400, {"error_message": "x", "error_code": "INSUFFICIENT_CREDITS"}),
        errors.InsufficientCreditsError,
    )
    assert isinstance(
        client.error_from_response(409, {"error_message": "x", "extras": {"code": "insufficient-credits"}}),
        errors.InsufficientCreditsError,
    )
    assert type(client.error_from_response(404, {"error_message": "credit not found"})) is errors.NotFoundError
    server = client.error_from_response(503, {"error_message": "maintenance"})
    assert isinstance(server, errors.ServerError) and "maintenance" in str(server) and server.detail == "maintenance"
    assert isinstance(client.error_from_response(429, {}), errors.RateLimitedError)


def test_import_without_qgis_or_qt(tmp_path):
    """The api package must import (and log in code paths load) with qgis and any Qt binding unavailable."""
    script = textwrap.dedent("""
        import sys
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split('.')[0] in ('qgis', 'PyQt5', 'PyQt6', 'PySide2', 'PySide6', 'sip'):
                    raise ImportError('blocked: ' + name)
                return None
        sys.meta_path.insert(0, Block())
        import fusion_platform_qgis.api as fp
        import fusion_platform_qgis.api.cli
        import fusion_platform_qgis.api.models, fusion_platform_qgis.api.transfer
        assert not [m for m in sys.modules if m.split('.')[0] in ('qgis', 'PyQt5', 'PyQt6')]
        print('ok', fp.__version__)
    """)
    import os

    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    result = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")


def test_a_model_continues_with_a_new_session_after_a_new_login():
    from fusion_platform_qgis.api.models import Process

    old, new = object(), object()
    process = Process(old, {"id": str(uuid.uuid4()), "name": "p"})  # type: ignore[arg-type]
    process.use_session(new)  # type: ignore[arg-type]
    assert process.session is new
    with pytest.raises(AttributeError):
        process._session = old  # models stay frozen: only use_session() rebinds

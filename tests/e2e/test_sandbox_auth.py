"""Sandbox authentication and authorisation against a real server: login, tokens, organisations, passwords."""

from __future__ import annotations

import base64
import json
import time

import pytest
import requests

from sandbox.policy import password_problems
from sandbox.testing import ApiClient, glasgow_bytes


def _login(url: str, email: str | None, password: str, user_id: str | None = None) -> requests.Response:
    return requests.post(
        f"{url}/users/login", json={"User": {"email": email, "user_id": user_id, "password": password}}, timeout=30
    )


def _sub(id_token: str) -> str:
    payload = id_token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))["sub"]


def test_login_by_email_then_by_user_id(sandbox):
    first = _login(sandbox.url, sandbox.email, sandbox.password)
    assert first.status_code == 200
    tokens = first.json()
    assert tokens["access_token"] and len(tokens["id_token"].split(".")) == 3
    user_id = _sub(tokens["id_token"])
    second = _login(sandbox.url, None, sandbox.password, user_id=user_id)
    assert second.status_code == 200
    assert _sub(second.json()["id_token"]) == user_id
    user = requests.get(
        f"{sandbox.url}/users/{user_id}",
        timeout=30,
        headers={"Authorization": f"Bearer {second.json()['access_token']}"},
    ).json()["model"]
    assert user["email"] == sandbox.email
    assert user["given_name"] == "Demo" and user["family_name"] == "User"
    assert user["created_at"].endswith("+00:00")


@pytest.mark.parametrize(
    "email,password", [("demo@example.com", "wrong-Password-1!"), ("nobody@example.com", "Demo-Sandbox-2026!")]
)
def test_bad_login_says_incorrect_username_or_password(sandbox, email, password):
    answer = _login(sandbox.url, email, password)
    assert answer.status_code >= 400
    assert answer.json() == {"error_message": "Incorrect username or password"}


def test_missing_and_forged_tokens_are_refused(sandbox):
    client = ApiClient(sandbox)
    path = f"{sandbox.url}/users/{client.user_id}"
    assert requests.get(path, timeout=30).status_code == 401
    body, sig = client.access_token.split(".")
    forged_sig = ("A" if sig[0] != "A" else "B") + sig[1:]
    answer = requests.get(path, headers={"Authorization": f"Bearer {body}.{forged_sig}"}, timeout=30)
    assert answer.status_code == 401
    assert "error_message" in answer.json()
    # A payload claiming another user, re-encoded without the server's key, is refused as well.
    payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    payload["exp"] = payload["exp"] + 10**6
    tampered = base64.urlsafe_b64encode(json.dumps(payload).encode()).rstrip(b"=").decode()
    assert requests.get(path, headers={"Authorization": f"Bearer {tampered}.{sig}"}, timeout=30).status_code == 401
    assert requests.get(path, headers={"Authorization": f"Bearer {client.access_token}"}, timeout=30).ok


def test_short_token_lifetime_expires(sandbox_factory):
    server = sandbox_factory(env={"SANDBOX_TOKEN_TTL": "1"})
    client = ApiClient(server)
    assert client.get(f"/users/{client.user_id}").status_code == 200
    time.sleep(1.5)
    answer = client.get(f"/users/{client.user_id}")
    assert answer.status_code == 401
    assert "expired" in answer.json()["error_message"]


def test_admin_expire_tokens_then_login_again(sandbox_factory):
    server = sandbox_factory()
    client = ApiClient(server)
    server.admin("POST", "expire_tokens")
    assert client.get(client.o()).status_code == 401
    fresh = ApiClient(server)
    assert fresh.get(fresh.o()).status_code == 200


def test_other_organisations_objects_are_not_found(sandbox):
    demo = ApiClient(sandbox)
    other = ApiClient(sandbox, sandbox.other_email, sandbox.other_password)
    assert other.org != demo.org
    data = demo.create_data("Private region", [("region.geojson", "GeoJSON", glasgow_bytes())])
    # Through the demo organisation's path (not a member) and through the other's own path.
    assert other.get(f"/organisations/{demo.org}").status_code == 404
    assert other.get(f"/organisations/{demo.org}/data/{data['id']}").status_code == 404
    assert other.get(other.o(f"/data/{data['id']}")).status_code == 404
    assert other.get(other.o(f"/data/{data['id']}/files")).status_code == 404
    assert other.delete(other.o(f"/data/{data['id']}")).status_code == 404
    assert other.get(f"/users/{demo.user_id}").status_code == 404
    assert other.get(f"/organisations/{demo.org}/credits/{demo.org}").status_code == 404
    answer = other.get(other.o(f"/data/{data['id']}"))
    assert answer.json()["error_message"]
    assert demo.get(demo.o(f"/data/{data['id']}")).status_code == 200


def test_password_policy_function():
    assert password_problems("Demo-Sandbox-2026!") == []
    assert password_problems("short") == ["at least 12 characters", "an upper-case letter", "a digit", "a symbol"]
    assert password_problems("alllowercase-123") == ["an upper-case letter"]


def test_change_password_enforces_policy(sandbox_factory):
    server = sandbox_factory()
    client = ApiClient(server)
    path = f"/users/{client.user_id}/change_password"
    weak = client.post(path, json={"User": {"old_password": server.password, "new_password": "weakpassword"}})
    assert weak.status_code == 400
    assert "upper-case letter" in weak.json()["error_message"] and "digit" in weak.json()["error_message"]
    wrong_old = client.post(path, json={"User": {"old_password": "Nope-Nope-2026!", "new_password": "New-Pass-2026!x"}})
    assert wrong_old.status_code == 400
    good = client.post(path, json={"User": {"old_password": server.password, "new_password": "New-Pass-2026!x"}})
    assert good.status_code == 200 and good.json() == {}
    assert _login(server.url, server.email, server.password).status_code == 400
    assert _login(server.url, server.email, "New-Pass-2026!x").status_code == 200
    update = client.patch(f"/users/{client.user_id}", json={"User[given_name]": "Dee", "User[password]": "abc"})
    assert update.status_code == 400 and "at least 12 characters" in update.json()["error_message"]


def test_user_and_organisation_update(sandbox_factory):
    server = sandbox_factory()
    client = ApiClient(server)
    body = {f"User[{k}]": v for k, v in client.user.items()}
    body["User[given_name]"] = "Dana"
    body["User[email]"] = "attacker@example.com"  # read-only: ignored
    answer = client.patch(f"/users/{client.user_id}", json=body)
    assert answer.status_code == 200
    assert answer.json()["model"]["given_name"] == "Dana"
    assert answer.json()["model"]["email"] == server.email
    org = client.patch(client.o(), json={"Organisation[name]": "Renamed Org"}).json()["model"]
    assert org["name"] == "Renamed Org"
    # Blank names are refused, naming the field, and change nothing.
    blank = client.patch(f"/users/{client.user_id}", json={"User[given_name]": "Eve", "User[family_name]": " "})
    assert blank.status_code == 400 and blank.json()["error_message"] == "family_name must be a non-empty string"
    assert client.get(f"/users/{client.user_id}").json()["model"]["given_name"] == "Dana"
    blank = client.patch(client.o(), json={"Organisation[name]": 3, "Organisation[currency]": "EUR"})
    assert blank.status_code == 400 and blank.json()["error_message"] == "name must be a non-empty string"
    assert client.get(client.o()).json()["model"]["name"] == "Renamed Org"


def test_malformed_json_and_unknown_routes(sandbox):
    client = ApiClient(sandbox)
    answer = client.http.post(sandbox.url + client.o("/data"), data=b"{not json", timeout=30)
    assert answer.status_code == 400
    assert answer.json()["error_message"] == "Malformed JSON body"
    missing = client.get("/no/such/route")
    assert missing.status_code == 404 and missing.json()["error_message"]

"""Users: login, the caller's own user, password change (docs/api-contract.md §5, E1–E5)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends

from sandbox import auth, policy
from sandbox.core import ApiError, allowed_changes, flat_fields, is_uuid, now_iso
from sandbox.state import Caller, S, caller, json_body, model, save_changes

USER_FIELDS = (
    "given_name",
    "family_name",
    "telephone",
    "default_output_storage_period",
    "time_zone",
    "locale",
    "units",
    "notification_service_status",
    "notification_account",
    "notification_processing_chain",
    "notification_new_features",
    "notification_contact",
)

router = APIRouter()


@router.post("/users/login")
def login(body: dict = Depends(json_body)) -> Any:
    state = S()
    fields = body.get("User") if isinstance(body.get("User"), dict) else flat_fields(body, "User")
    email = fields.get("email")
    user_id = fields.get("user_id")
    password = fields.get("password")
    user = None
    if email:
        user = next((u for u in state.db.list("user") if u["email"].lower() == str(email).lower()), None)
    elif user_id and is_uuid(user_id):
        user = state.db.get("user", str(user_id))
    if user is None or not isinstance(password, str) or not auth.check_password(password, user["_password"]):
        raise ApiError(400, "Incorrect username or password")
    state.db.update("user", user["id"], lambda d: d.__setitem__("last_request_at", now_iso()))
    return {
        "id_token": auth.make_id_token(state.cfg.secret, user, state.cfg.token_ttl),
        "access_token": auth.make_access_token(state.cfg.secret, user["id"], state.cfg.token_ttl),
        "expires_in": int(state.cfg.token_ttl),
    }


def own_user(who: Caller, user_id: str) -> dict[str, Any]:
    if user_id != who.user["id"]:
        raise ApiError(404, "User not found")
    return who.user


@router.get("/users/{user_id}")
def get_user(user_id: str, who: Caller = Depends(caller)) -> Any:
    return model(own_user(who, user_id))


@router.patch("/users/{user_id}")
def update_user(user_id: str, body: dict = Depends(json_body), who: Caller = Depends(caller)) -> Any:
    own_user(who, user_id)
    fields = flat_fields(body, "User")
    changes = allowed_changes(fields, USER_FIELDS, ("given_name", "family_name", "time_zone", "locale", "units"))
    if "default_output_storage_period" in changes:
        try:
            changes["default_output_storage_period"] = int(changes["default_output_storage_period"])
        except (TypeError, ValueError):
            raise ApiError(400, "default_output_storage_period must be an integer")
    password = fields.get("password")
    if password:
        message = policy.password_message(str(password))
        if message:
            raise ApiError(400, message)
        changes["_password"] = auth.hash_password(str(password))
    return save_changes("user", user_id, changes)


@router.delete("/users/{user_id}")
def delete_user(user_id: str, who: Caller = Depends(caller)) -> Any:
    own_user(who, user_id)
    S().db.delete("user", user_id)
    return {}


@router.post("/users/{user_id}/change_password")
def change_password(user_id: str, body: dict = Depends(json_body), who: Caller = Depends(caller)) -> Any:
    user = own_user(who, user_id)
    fields = body.get("User") if isinstance(body.get("User"), dict) else flat_fields(body, "User")
    old, new = fields.get("old_password"), fields.get("new_password")
    if not isinstance(old, str) or not auth.check_password(old, user["_password"]):
        raise ApiError(400, "Incorrect old password")
    if not isinstance(new, str):
        raise ApiError(400, "new_password is required")
    message = policy.password_message(new)
    if message:
        raise ApiError(400, message)
    hashed = auth.hash_password(new)
    S().db.update("user", user_id, lambda d: d.update({"_password": hashed, "updated_at": now_iso()}))
    return {}

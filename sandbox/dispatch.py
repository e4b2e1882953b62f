"""The sandbox's dispatchers: what a finished execution's outputs are handed to (e-mail written to an outbox, an
S3 bucket that is a folder), each dispatcher's condition evaluated by the safe evaluator first.

Why a module of its own: the engine finishes executions; what happens to their outputs afterwards is a job of its
own, with its own rules (registered recipients only, bucket names, object keys that stay inside the bucket).
"""

from __future__ import annotations

import re
import shutil
import time
from email.message import EmailMessage
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from sandbox.state import Sandbox


class Dispatchers:
    """Runs the dispatchers of finished executions; ``log(component_id, message, level)`` writes a component's log."""

    def __init__(self, state: Sandbox, log: Callable[..., None]) -> None:
        self.state = state
        self.db = state.db
        self.cfg = state.cfg
        self._log = log

    def dispatch(self, execution_id: str) -> None:
        """Hand the outputs of a finished execution to its process's dispatchers (e-mail, S3), as each one's condition says."""
        from sandbox import safe_eval

        execution = self.db.get("execution", execution_id)
        process = self.db.get("process", execution["process_id"]) if execution else None
        if not execution or not process or not process.get("dispatchers"):
            return
        component = self.db.get("component", execution["_component_id"]) or {}
        variables = self._condition_variables(process, component)
        files = []
        for data_id in component.get("outputs") or []:
            data = self.db.get("data", data_id) or {}
            for record in self.state.data_files(data_id):
                files.append((data, record))
        for number, dispatcher in enumerate(process["dispatchers"], start=1):
            options = {o["name"]: o.get("value") for o in dispatcher.get("options") or []}
            label = f"Dispatcher {number} ({dispatcher.get('name')})"
            condition = options.get("condition")
            if condition:
                try:
                    allowed = safe_eval.evaluate(
                        condition, dict(variables, dispatching_service_name=component.get("name"))
                    )
                except Exception as exc:
                    self._log(component["id"], f"{label}: condition could not be evaluated: {exc}", "ERROR")
                    continue
                if not allowed:
                    self._log(component["id"], f"{label}: condition is false; nothing dispatched")
                    continue
            if component.get("intermediate") and not dispatcher.get("dispatch_intermediate"):
                continue
            name = str(dispatcher.get("name") or "").lower()
            if "s3" in name:
                self._dispatch_s3(label, options, process, execution, component, files)
            elif "mail" in name:
                self._dispatch_email(label, options, process, execution, component, files)

    def _condition_variables(self, process: dict[str, Any], component: dict[str, Any]) -> dict[str, Any]:
        variables: dict[str, Any] = {"inputs": len(process.get("inputs") or [])}
        for n, entry in enumerate(process.get("inputs") or [], start=1):
            records = self.state.data_files(entry.get("id") or "")
            variables[f"input_{n}_files"] = len(records)
            for m, record in enumerate(records, start=1):
                variables[f"input_{n}_file_{m}_name"] = record.get("file_name")
                variables[f"input_{n}_file_{m}_lines"] = record.get("lines") or 0
        variables["dispatching_service_name"] = component.get("name")
        return variables

    def _dispatch_email(
        self,
        label: str,
        options: dict[str, Any],
        process: dict[str, Any],
        execution: dict[str, Any],
        component: dict[str, Any],
        files: list[Any],
    ) -> None:
        registered = {u["email"].lower() for u in self.db.list("user")}
        recipients = [e.strip() for e in str(options.get("emails") or "").replace(";", ",").split(",") if e.strip()]
        unknown = [e for e in recipients if e.lower() not in registered]
        recipients = [e for e in recipients if e.lower() in registered]
        if unknown:
            self._log(component["id"], f"{label}: not registered users, skipped: {', '.join(unknown)}", "WARNING")
        if not recipients:
            self._log(component["id"], f"{label}: no registered recipients; nothing sent", "ERROR")
            return
        message = EmailMessage()
        message["From"] = "Fusion Platform sandbox <noreply@sandbox.fusion-platform.invalid>"
        message["To"] = ", ".join(recipients)
        message["Subject"] = f"Fusion Platform: '{process['name']}' finished ({component.get('name')})"
        lines = [
            str(options.get("message") or ""),
            "",
            f"Process: {process['name']} ({process['id']})",
            f"Execution: {execution['id']}"
            + (
                f" (group {execution.get('group_index')}/{execution.get('group_count')})"
                if execution.get("group_id")
                else ""
            ),
            f"Component: {component.get('name')}",
            "",
            "Outputs:",
        ]
        lines += [
            f"  {data.get('name')}: {record.get('file_name')} ({record.get('size', 0)} bytes)" for data, record in files
        ]
        lines += ["", "This message was written by the local sandbox; nothing was sent."]
        message.set_content("\n".join(lines).strip() + "\n")
        outbox = self.cfg.dir("outbox")
        path = outbox / f"{time.strftime('%Y%m%dT%H%M%S')}-{execution['id']}-{len(list(outbox.iterdir()))}.eml"
        path.write_bytes(bytes(message))
        self._log(component["id"], f"{label}: e-mail to {', '.join(recipients)} written to the outbox")

    def _dispatch_s3(
        self,
        label: str,
        options: dict[str, Any],
        process: dict[str, Any],
        execution: dict[str, Any],
        component: dict[str, Any],
        files: list[Any],
    ) -> None:
        key_id, secret = options.get("access_key_id"), options.get("secret_access_key")
        if not key_id or self.cfg.s3_credentials.get(str(key_id)) != secret:
            self._log(component["id"], f"{label}: access denied: the access key id or secret is not valid", "ERROR")
            return
        bucket = str(options.get("bucket") or "")
        if not re.fullmatch(r"[a-z0-9][a-z0-9.\-]{1,61}[a-z0-9]", bucket):
            self._log(component["id"], f"{label}: invalid bucket name {bucket!r}", "ERROR")
            return
        root = (self.cfg.dir("buckets") / bucket).resolve()
        fmt = str(options.get("s3_key_format") or "{process_id}/{process_execution_id}/{output}/{file_name}")
        for index, (data, record) in enumerate(files, start=1):
            values = {
                "service_id": process["service_id"],
                "service_ssd_id": process["ssd_id"],
                "service_name": component.get("name"),
                "process_id": process["id"],
                "process_name": process["name"],
                "process_execution_id": execution["id"],
                "process_execution_started_at": execution.get("started_at"),
                "process_execution_group_id": execution.get("group_id") or "",
                "process_execution_group_count": execution.get("group_count") or "",
                "process_execution_group_index": execution.get("group_index") or "",
                "dispatching_service_name": component.get("name"),
                "output": index,
                "output_name": data.get("name"),
                "file_name": record.get("file_name") or record["file_id"],
            }
            try:
                key = fmt.format_map(values)
            except (KeyError, ValueError, IndexError) as exc:
                self._log(component["id"], f"{label}: bad s3_key_format: {exc}", "ERROR")
                return
            parts = [p for p in key.replace("\\", "/").split("/") if p not in ("", ".", "..")]
            target = root.joinpath(*parts).resolve() if parts else None
            if target is None or root not in target.parents:
                self._log(component["id"], f"{label}: refused object key {key!r}", "ERROR")
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self.state.file_path(record["file_id"]), target)
            self._log(component["id"], f"{label}: copied {record.get('file_name')} to s3://{bucket}/{'/'.join(parts)}")

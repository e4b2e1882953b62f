"""The execution engine: a scheduler thread in the server plus a pool of worker processes.

Why this split: computations (GDAL/numpy) run in worker processes so that a slow or crashing service never
stalls the API, while every database write stays in the server process (the scheduler thread applies the
workers' progress and log messages from a queue and writes the records when a job finishes). The thread
wakes up on ``wake()`` (execute, stop) or every 250 ms.

A run of a process creates all its executions at once (one per slice; plus the aggregator for grouped
services) so that a client sees the whole group immediately (docs/api-contract.md §8.6), starts the slices, then the
aggregator when every slice has succeeded, and finally moves the process on: run_once → "stop"; repeating schedules →
next ``repeat_start`` until ``repeat_count``/``repeat_end`` is reached.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import queue
import shutil
import threading
import time
import uuid
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sandbox import run_records, worker
from sandbox.core import new_id, now_iso, parse_dt, utcnow
from sandbox.dispatch import Dispatchers

if TYPE_CHECKING:
    from sandbox.state import Sandbox

log = logging.getLogger("sandbox.engine")

ACTIVE = ("pending", "running")


def _next_time(start: datetime, gap_text: str | None) -> datetime | None:
    """start + repeat_gap (a JSON object of relativedelta arguments); None when there is no usable gap."""
    if not gap_text:
        return None
    try:
        gap = json.loads(gap_text)
    except ValueError:
        return None
    if not isinstance(gap, dict) or not gap:
        return None
    try:
        from dateutil.relativedelta import relativedelta

        result = start + relativedelta(**gap)
    except Exception:
        seconds = (
            float(gap.get("weeks", 0)) * 604800
            + float(gap.get("days", 0)) * 86400
            + float(gap.get("hours", 0)) * 3600
            + float(gap.get("minutes", 0)) * 60
            + float(gap.get("seconds", 0))
        )
        result = start + timedelta(seconds=seconds)
    return result if result > start else None


class Engine:
    def __init__(self, state: Sandbox) -> None:
        self.state = state
        self.db = state.db
        self.cfg = state.cfg
        self.event = threading.Event()
        self.done: queue.Queue[tuple[str, Future]] = queue.Queue()
        self.futures: dict[str, Future] = {}
        self.messages: Any = None
        self.pool: ProcessPoolExecutor | None = None
        self.thread: threading.Thread | None = None
        self.stopping = False
        self.last_housekeeping = 0.0
        self.dispatchers = Dispatchers(state, self.add_log)

    # -- lifecycle ----------------------------------------------------------------------------------------------
    def start(self) -> None:
        self.recover()
        context = multiprocessing.get_context("spawn")
        self.messages = context.Queue()
        self.pool = ProcessPoolExecutor(
            max_workers=max(1, self.cfg.workers), mp_context=context, initializer=worker.init, initargs=(self.messages,)
        )
        for _ in range(max(1, self.cfg.workers)):
            self.pool.submit(worker.warm)
        self.thread = threading.Thread(target=self._loop, name="sandbox-engine", daemon=True)
        self.thread.start()

    def shutdown(self) -> None:
        self.stopping = True
        self.event.set()
        if self.thread is not None:
            self.thread.join(timeout=5)
        for execution_id in list(self.futures):
            execution = self.db.get("execution", execution_id) or {}
            if execution.get("_stop_file"):
                try:
                    Path(execution["_stop_file"]).touch()
                except OSError:
                    pass
        if self.pool is not None:
            processes = list(getattr(self.pool, "_processes", {}).values())
            self.pool.shutdown(wait=False, cancel_futures=True)
            # Workers must not outlive the server (a running job would keep them busy for its whole length).
            for process in processes:
                process.terminate()
            for process in processes:
                process.join(timeout=2)

    def wake(self) -> None:
        self.event.set()

    def recover(self) -> None:
        """Executions left active by a crash or restart are failed; their processes move on."""
        now = now_iso()
        runs: set[tuple[str, str]] = set()
        for execution in self.db.list("execution"):
            if execution.get("_status") in ACTIVE:
                self._finish_execution(execution["id"], "failed", "Sandbox restarted", now)
                runs.add((execution["process_id"], execution.get("_run_id")))
        for process in self.db.list("process"):
            if process.get("_run_id"):
                self._finish_run(process["id"])

    # -- the loop ----------------------------------------------------------------------------------------------
    def _loop(self) -> None:
        while not self.stopping:
            self.event.wait(0.25)
            self.event.clear()
            for step in (self._drain_messages, self._drain_done, self._schedule_due, self._housekeeping):
                try:
                    step()
                except Exception:
                    log.exception("engine step %s failed", step.__name__)

    def _drain_messages(self) -> None:
        if self.messages is None:
            return
        for _ in range(10000):
            try:
                message = self.messages.get_nowait()
            except (queue.Empty, OSError, EOFError, ValueError):
                return
            if message[0] == "progress":
                _, execution_id, percent = message

                def change(doc: dict[str, Any], percent: int = percent) -> None:
                    if doc.get("_status") == "running":
                        doc["progress"] = max(int(doc.get("progress") or 0), min(99, int(percent)))
                        doc["updated_at"] = now_iso()

                self.db.update("execution", execution_id, change)
            elif message[0] == "log":
                _, component_id, level, text, logged_at = message
                self.add_log(component_id, text, level, logged_at)

    def add_log(self, component_id: str, message: str, level: str = "INFO", logged_at: str | None = None) -> None:
        component = self.db.get("component", component_id)
        if component is None:
            return
        now = now_iso()
        entry = {
            "id": new_id(),
            "created_at": now,
            "updated_at": now,
            "process_service_execution_id": component_id,
            "logged_at": logged_at or now,
            "message": f"{level}: {message}",
            "level": level,
        }
        self.db.put("log", entry["id"], entry, org_id=component["organisation_id"], parent_id=component_id)

    def _drain_done(self) -> None:
        while True:
            try:
                execution_id, future = self.done.get_nowait()
            except queue.Empty:
                return
            self.futures.pop(execution_id, None)
            self._job_finished(execution_id, future)

    def _housekeeping(self) -> None:
        if time.time() - self.last_housekeeping < 5:
            return
        self.last_housekeeping = time.time()
        self.state.expire_stale_uploads()
        now = utcnow()
        for _, execution_id, delete_expiry, protection, status in self.db.extract(
            "execution", ("delete_expiry", "delete_protection", "_status")
        ):
            expiry = parse_dt(delete_expiry)
            if expiry and expiry < now and not protection and status not in ACTIVE:
                self.delete_execution(execution_id)
        self.state.purge_deleted_files()

    # -- starting runs -----------------------------------------------------------------------------------------
    def _schedule_due(self) -> None:
        # Four times a second: read three columns of every process, decode only the due ones (an organisation
        # with thousands of processes would otherwise cost a core's fifth and latency spikes for every client).
        now = time.time()
        for _, process_id, status, run_id, due in self.db.extract(
            "process", ("process_status", "_run_id", "_next_run")
        ):
            if status != "execute" or run_id or due is None or due > now:
                continue
            process = self.db.get("process", process_id)
            if process is not None and process.get("process_status") == "execute" and not process.get("_run_id"):
                self._start_run(process)

    def _start_run(self, process: dict[str, Any]) -> None:
        from sandbox import credits, processes
        from sandbox.services import catalog, definitions

        org = process["organisation_id"]
        service = catalog.get_service(process["service_id"])
        if not process.get("_prepaid"):
            if service is None or not credits.charge(org, float(process.get("price") or 0)):
                self._set_process_stopped(process["id"])
                return
        run_id = new_id()
        workdir = self.cfg.dir("work") / run_id
        workdir.mkdir(parents=True, exist_ok=True)
        options = {o["name"]: o.get("value") for o in process.get("options") or []}
        input_paths, input_types = [], []
        for entry in process.get("inputs") or []:
            record = processes.first_file(entry.get("id") or "")
            input_paths.append(str(self.state.file_path(record["file_id"])) if record else "")
            input_types.append(record["file_type"] if record else None)
        region = processes.region_of(process)
        plan_error = None
        slices: list[str] = []
        try:
            if region is None:
                raise RuntimeError("The process has no input region")
            slices = [str(p) for p in service.plan_slices(region[0], options, workdir, file_type=region[1])]
        except Exception as exc:
            plan_error = f"The region could not be prepared: {exc}"
            slices = [input_paths[0] if input_paths else ""]
        grouped = bool(getattr(service, "aggregator_name", None)) and plan_error is None
        group_id = new_id() if grouped else None
        count = len(slices) + (1 if grouped else 0)
        now = now_iso()
        expiry = (utcnow() + timedelta(days=int(process.get("output_storage_period") or 30))).isoformat()
        created = []
        for index in range(count):
            aggregator = grouped and index == count - 1
            execution_id = new_id()
            component_id = new_id()
            name = service.aggregator_name if aggregator else (service.component_name or service.name)
            inputs, types = list(input_paths), list(input_types)
            if not aggregator and slices and slices[index] != (input_paths[0] if input_paths else None):
                inputs[0:1] = [slices[index]]
                types[0:1] = ["GeoJSON"]
            execution = run_records.execution_record(
                process,
                service,
                execution_id=execution_id,
                component_id=component_id,
                run_id=run_id,
                group_id=group_id,
                index=index,
                count=count,
                aggregator=aggregator,
                name=name,
                inputs=inputs,
                types=types,
                options=options,
                workdir=workdir,
                delay=self.cfg.execution_delay,
                now=now,
                expiry=expiry,
            )
            component = run_records.component_record(
                process,
                service,
                component_id=component_id,
                execution_id=execution_id,
                aggregator=aggregator,
                name=name,
                image_id=definitions.IMAGE_ID,
                now=now,
            )
            self.db.put("execution", execution_id, execution, org_id=org, parent_id=process["id"])
            self.db.put("component", component_id, component, org_id=org, parent_id=execution_id)
            created.append(execution)

        def change(doc: dict[str, Any]) -> None:
            doc.update(
                {
                    "_run_id": run_id,
                    "_prepaid": False,
                    "_next_run": None,
                    "updated_at": now_iso(),
                    "non_aggregator_count": len(slices),
                    "aggregator_count": 1 if grouped else 0,
                }
            )

        self.db.update("process", process["id"], change)
        if plan_error:
            for execution in created:
                self.add_log(execution["_component_id"], plan_error, "ERROR")
                self._finish_execution(execution["id"], "failed", plan_error)
            self._check_run(process["id"], run_id)
            return
        for execution in created:
            if not execution["_aggregator"]:
                self._submit(execution)

    def _submit(self, execution: dict[str, Any]) -> None:
        assert self.pool is not None
        now = now_iso()
        job = execution["_job"]

        def change(doc: dict[str, Any]) -> None:
            doc.update({"_status": "running", "started_at": now, "updated_at": now, "_job": job})

        self.db.update("execution", execution["id"], change)
        self.db.update("component", execution["_component_id"], lambda d: d.update({"started_at": now}))
        try:
            future = self.pool.submit(worker.run_job, job)
        except RuntimeError as exc:
            self._finish_execution(execution["id"], "failed", f"The sandbox could not start the job: {exc}")
            return
        self.futures[execution["id"]] = future
        future.add_done_callback(lambda f, eid=execution["id"]: (self.done.put((eid, f)), self.event.set()))

    # -- finishing ----------------------------------------------------------------------------------------------
    def _job_finished(self, execution_id: str, future: Future) -> None:
        execution = self.db.get("execution", execution_id)
        try:
            result = future.result()
        except Exception as exc:
            result = {"ok": False, "error": f"The sandbox worker failed: {exc}", "outputs": []}
        if execution is None or execution.get("_status") != "running":
            return  # deleted or stopped meanwhile: outputs are discarded with the run's work dir
        component_id = execution["_component_id"]
        metrics = {
            "runtime": int(round(result.get("runtime") or 0)),
            "cpu": result.get("cpu", 1) or 1,
            "memory": result.get("memory_mb", 512) or 512,
        }
        if result.get("ok"):
            data_ids = [self._store_output(execution, output) for output in result["outputs"]]
            if self._finish_execution(execution_id, "success", None, component={**metrics, "outputs": data_ids}):
                try:
                    self.dispatchers.dispatch(execution_id)
                except Exception as exc:
                    self.add_log(component_id, f"Dispatch failed: {exc}", "ERROR")
        else:
            error = result.get("error") or "The execution failed"
            self._finish_execution(execution_id, "failed", error, component=metrics)
        self._check_run(execution["process_id"], execution["_run_id"])

    def _store_output(self, execution: dict[str, Any], output: dict[str, Any]) -> str:
        org = execution["organisation_id"]
        now = now_iso()
        data_id = new_id()
        file_id = new_id()
        source = Path(output["path"])
        if source.exists():
            shutil.move(str(source), self.state.file_path(file_id))
        meta = dict(output.get("meta") or {})
        record = {k: v for k, v in meta.items() if k not in ("id", "file_id", "data_id")}
        record.update(
            {
                "id": new_id(),
                "created_at": now,
                "updated_at": now,
                "organisation_id": org,
                "data_id": data_id,
                "file_id": file_id,
                "file_type": output["file_type"],
                "file_name": output.get("file_name") or source.name,
                "downloads": 0,
                "_uploaded": True,
            }
        )
        record.setdefault(
            "size", self.state.file_path(file_id).stat().st_size if self.state.file_path(file_id).exists() else 0
        )
        record.setdefault("publishable", not record.get("error"))
        if output.get("preview") and Path(output["preview"]).exists():
            shutil.move(output["preview"], self.state.preview_path(file_id))
            record["preview_file_id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, f"preview:{file_id}"))
        data = {
            "id": data_id,
            "created_at": now,
            "updated_at": now,
            "organisation_id": org,
            "name": output.get("name") or source.name,
            "bounds": record.get("bounds"),
            "file_with_preview": file_id if record.get("preview_file_id") else None,
        }
        self.db.put("data", data_id, data, org_id=org)
        self.db.put("file", file_id, record, org_id=org, parent_id=data_id)
        return data_id

    def _finish_execution(
        self,
        execution_id: str,
        status: str,
        reason: str | None,
        when: str | None = None,
        component: dict[str, Any] | None = None,
    ) -> bool:
        """End an execution once: the first final status wins (a stop and the job's own end race each other).

        ``component``: fields for its component record (metrics, outputs), written only if this call ended it.
        True when it did."""
        when = when or now_iso()
        ended: list[bool] = []

        def change(doc: dict[str, Any]) -> None:
            if doc.get("_status") not in ACTIVE:
                return  # already ended (stopped while its job was finishing, or the reverse): keep that end
            ended.append(True)
            doc.update(
                {
                    "_status": status,
                    "progress": 100,
                    "success": status == "success",
                    "ended_at": when,
                    "updated_at": when,
                    "abort_reason": reason,
                    "abort": status != "success",
                    "stopped": status == "stopped",
                    "exit_type": {"success": "success", "stopped": "stopped"}.get(status, "error"),
                }
            )
            doc.pop("_job", None)

        execution = self.db.update("execution", execution_id, change)
        if execution is not None and ended:

            def finish_component(doc: dict[str, Any]) -> None:
                doc.update(component or {})
                doc.setdefault("ended_at", None)
                doc["ended_at"] = doc.get("ended_at") or when
                doc["success"] = status == "success"
                start = parse_dt(doc.get("started_at"))
                end = parse_dt(when)
                if start and end and not doc.get("runtime"):
                    doc["runtime"] = max(0, int((end - start).total_seconds()))
                doc["updated_at"] = when

            self.db.update("component", execution["_component_id"], finish_component)
            if reason and status != "success":
                self.add_log(execution["_component_id"], reason, "ERROR" if status == "failed" else "INFO")
        return bool(ended)

    def _check_run(self, process_id: str, run_id: str | None) -> None:
        executions = [e for e in self.db.list("execution", parent_id=process_id) if e.get("_run_id") == run_id]
        slices = [e for e in executions if not e.get("_aggregator")]
        if any(e.get("_status") in ACTIVE for e in slices):
            return
        for aggregator in (e for e in executions if e.get("_aggregator")):
            if aggregator.get("_status") == "pending":
                if all(e.get("_status") == "success" for e in slices):
                    job = dict(aggregator["_job"])
                    job["slice_outputs"] = [self._outputs_of(e) for e in slices]
                    aggregator["_job"] = job
                    self._submit(aggregator)
                    return
                self._finish_execution(
                    aggregator["id"], "failed", "A slice of the group failed, so there is nothing to aggregate"
                )
            elif aggregator.get("_status") == "running":
                return
        self._finish_run(process_id)
        if run_id:
            shutil.rmtree(self.cfg.dir("work") / run_id, ignore_errors=True)

    def _outputs_of(self, execution: dict[str, Any]) -> list[dict[str, Any]]:
        component = self.db.get("component", execution["_component_id"]) or {}
        outputs = []
        for data_id in component.get("outputs") or []:
            for record in self.state.data_files(data_id):
                data = self.db.get("data", data_id) or {}
                outputs.append(
                    {
                        "name": data.get("name") or record.get("file_name"),
                        "path": str(self.state.file_path(record["file_id"])),
                        "file_type": record["file_type"],
                        "file_name": record.get("file_name") or "",
                    }
                )
        return outputs

    def _finish_run(self, process_id: str) -> None:
        now = utcnow()

        def change(doc: dict[str, Any]) -> None:
            doc["_run_id"] = None
            doc["updated_at"] = now.isoformat()
            if doc.get("process_status") != "execute":
                return
            remaining = int(doc.get("repeat_count") or 1) - 1
            doc["repeat_count"] = max(0, remaining)
            nxt = None
            if doc.get("run_type") == "run_schedule" and remaining > 0:
                start = parse_dt(doc.get("repeat_start")) or now
                nxt = _next_time(start, doc.get("repeat_gap"))
                while nxt is not None and nxt < now:
                    nxt = _next_time(nxt, doc.get("repeat_gap"))
                end = parse_dt(doc.get("repeat_end"))
                if nxt is not None and end is not None and nxt > end:
                    nxt = None
            if nxt is None:
                doc.update({"process_status": "stop", "process_status_at": now.isoformat(), "_next_run": None})
                if doc.get("run_type") == "run_once":
                    doc["repeat_count"] = 1
            else:
                doc.update({"repeat_start": nxt.isoformat(), "_next_run": nxt.timestamp()})

        self.db.update("process", process_id, change)

    def _set_process_stopped(self, process_id: str) -> None:
        now = now_iso()
        self.db.update(
            "process",
            process_id,
            lambda d: d.update(
                {
                    "process_status": "stop",
                    "process_status_at": now,
                    "_next_run": None,
                    "_run_id": None,
                    "updated_at": now,
                }
            ),
        )

    # -- stop and delete ----------------------------------------------------------------------------------------
    def abort_process(self, process_id: str, reason: str) -> None:
        for execution in self.db.list("execution", parent_id=process_id):
            if execution.get("_status") in ACTIVE:
                self._abort(execution, reason)
        self.db.update("process", process_id, lambda d: d.update({"_run_id": None, "_next_run": None}))

    def _abort(self, execution: dict[str, Any], reason: str) -> None:
        # Stopped first, then the worker told: a job that ends meanwhile finds its execution over (not "failed").
        self._finish_execution(execution["id"], "stopped", reason)
        future = self.futures.pop(execution["id"], None)
        if future is not None:
            future.cancel()
        stop_file = execution.get("_stop_file")
        if stop_file:
            try:
                Path(stop_file).parent.mkdir(parents=True, exist_ok=True)
                Path(stop_file).touch()
            except OSError:
                pass

    def delete_execution(self, execution_id: str) -> None:
        execution = self.db.get("execution", execution_id)
        if execution is None:
            return
        if execution.get("_status") in ACTIVE:
            self._abort(execution, "Deleted by user")
        for component in self.db.list("component", parent_id=execution_id):
            for data_id in component.get("outputs") or []:
                self.state.delete_data(data_id)
            self.db.delete_many("log", [entry["id"] for entry in self.db.list("log", parent_id=component["id"])])
            self.db.delete("component", component["id"])
        self.db.delete("execution", execution_id)

    def delete_process(self, process_id: str) -> None:
        self.abort_process(process_id, "Process deleted")
        for execution in self.db.list("execution", parent_id=process_id):
            self.delete_execution(execution["id"])
        self.db.delete("process", process_id)

"""The sandbox engine ends an execution once: a stop and the job's own end race each other (the stop touches the
worker's stop file, the job then fails or succeeds); whichever ends it first decides, the other changes nothing."""

from __future__ import annotations

from concurrent.futures import Future

import pytest

from sandbox.config import Config
from sandbox.engine import Engine
from sandbox.state import Sandbox


@pytest.fixture
def engine(tmp_path):
    state = Sandbox(Config(data_dir=tmp_path))
    engine = Engine(state)  # not started: no worker pool, the calls under test run on this thread
    yield engine
    state.analysis_pool.shutdown(wait=False)


def _running_execution(engine) -> str:
    db = engine.db
    db.put(
        "component",
        "c1",
        {"id": "c1", "organisation_id": "o1", "started_at": "2026-12-01T10:00:00+00:00", "success": None},
    )
    db.put(
        "execution",
        "e1",
        {"id": "e1", "_status": "running", "_component_id": "c1", "process_id": "p1", "_run_id": "r1"},
        parent_id="p1",
    )
    return "e1"


def _job_result(ok: bool) -> Future:
    future: Future = Future()
    future.set_result({"ok": ok, "error": None if ok else "Stopped by the stop file", "outputs": [], "runtime": 3})
    return future


@pytest.mark.parametrize("job_ok", [False, True])
def test_a_stop_while_the_job_ends_stays_a_stop(engine, monkeypatch, job_ok):
    """The engine thread read the execution as running, then the stop request ended it, then the job's result
    (failed on the stop file, or just finished) is written: the stop stays."""
    execution_id = _running_execution(engine)
    read_before_the_stop = engine.db.get("execution", execution_id)
    engine._abort(engine.db.get("execution", execution_id), "Stopped by user")
    get = engine.db.get
    stale = {"once": True}

    def get_as_read_before(kind, id_):
        if kind == "execution" and id_ == execution_id and stale.pop("once", False):
            return dict(read_before_the_stop)
        return get(kind, id_)

    monkeypatch.setattr(engine.db, "get", get_as_read_before)
    engine._job_finished(execution_id, _job_result(job_ok))
    monkeypatch.setattr(engine.db, "get", get)
    execution = engine.db.get("execution", execution_id)
    component = engine.db.get("component", "c1")
    assert (execution["_status"], execution["stopped"], execution["success"]) == ("stopped", True, False)
    assert component["success"] is False and component.get("outputs") is None
    logs = [entry["message"] for entry in engine.db.list("log")]
    assert not [m for m in logs if m.startswith("ERROR")], logs


def test_the_first_end_wins(engine):
    execution_id = _running_execution(engine)
    assert engine._finish_execution(execution_id, "failed", "The execution failed") is True
    assert engine._finish_execution(execution_id, "stopped", "Stopped by user") is False
    execution = engine.db.get("execution", execution_id)
    assert execution["_status"] == "failed" and execution["abort_reason"] == "The execution failed"

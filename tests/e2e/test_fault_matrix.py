"""The fault matrix: 7 operations x 6 faults, injected by the sandbox on loopback, one test per case.

Every case must either recover or end in a typed error, and each test checks on its own, through the server,
that exactly one object exists (no duplicate, no orphan), that bytes are identical, and that nothing partial is
left (no data item without a complete file, no ``.part`` file, no second execution, credits charged once).

Faults (``sandbox/faults.py``; ``after`` means the server acts first and only its answer is disturbed, the
ambiguous case a client must reconcile):

* ``503``      - 503 on the first two attempts;
* ``429``      - 429 with Retry-After;
* ``reset``    - the connection is closed after the server acted, no answer;
* ``stall``    - the answer is held back longer than the client's read timeout;
* ``truncate`` - the answer is shorter than its Content-Length;
* ``expired``  - the access token expires (every token issued so far answers 401); the client logs in again with
  its credential supplier. Login itself has no token: there the injected 401 must end as AuthenticationError.

Timeouts, back-off and polling periods are set short by the test, so each case takes about a second.

Beside the matrix: after a reconciled execute the client's Process is the platform's (executing while the run is
under way; stopped with the run listed when the run had already ended before the client looked - what the
stalled case shows), and a data copy whose answer was lost is adopted rather than reported failed or repeated.
"""

from __future__ import annotations

import tempfile
import uuid
from decimal import Decimal
from pathlib import Path

import pytest

import fusion_platform_qgis.api as fp
from fusion_platform_qgis.api import errors
from sandbox.testing import glasgow_bytes, start_sandbox

pytestmark = pytest.mark.timeout(120)

READ_TIMEOUT = 1.0
FAST = fp.RetryPolicy(max_attempts=5, max_total_seconds=30, base_delay=0.02, max_delay=0.1)
OPTIONS = {"api_update_wait_period": 0.2}

FAULTS = {
    "503": {"status": 503, "count": 2},
    "429": {"status": 429, "retry_after": 1, "count": 1},
    "reset": {"drop": True, "after": True, "count": 1},
    "stall": {"delay": READ_TIMEOUT * 2.5, "after": True, "count": 1},
    "truncate": {"truncate": 12, "after": True, "count": 1},
    "expired": None,
}
OPERATIONS = [
    "login",
    "find_services",
    "create_data",
    "process_create",
    "execute",
    "execution_polling",
    "file_download",
]


@pytest.fixture(scope="module")
def server():
    handle = start_sandbox(Path(tempfile.mkdtemp(prefix="fp-fault-matrix-")))
    yield handle
    handle.stop()


def connect(server):
    def supplier():
        return server.email, None, server.password

    return fp.login(
        email=server.email,
        password=server.password,
        api_url=server.url,
        session_options=OPTIONS,
        retry=FAST,
        timeout=(2, READ_TIMEOUT),
        credential_supplier=supplier,
    )


@pytest.fixture(scope="module")
def world(server, tmp_path_factory):
    """Made without faults: a region to process and a data item whose file the download cases fetch."""
    user = connect(server)
    organisation = next(user.organisations)
    source = tmp_path_factory.mktemp("matrix") / "glasgow.geojson"
    source.write_bytes(glasgow_bytes())
    region = organisation.create_data(
        name="Matrix region", file_type=fp.FILE_TYPE_GEOJSON, files=[str(source)], wait=True
    )
    service, _ = organisation.find_services(keyword="Elevation")
    return {"organisation": organisation, "region": region, "service": service, "source": source}


def fault_rules(operation: str, fault: str, org_id: str) -> list[dict]:
    paths = {
        "login": [("POST", "^/users/login$")],
        "find_services": [("GET", "/services/latest$")],
        "create_data": [
            ("POST", f"^/organisations/{org_id}/data$"),
            ("POST", "/add_file$"),
            ("PUT", "^/files/upload/"),
        ],
        "process_create": [("POST", f"^/organisations/{org_id}/processes$")],
        "execute": [("POST", "/execute$")],
        "execution_polling": [("GET", "/process_executions/[^/]+$")],
        "file_download": [("GET", "^/files/download/")],
    }[operation]
    rule = FAULTS[fault]
    if rule is None:
        return []
    rules = []
    for method, path in paths:
        this = dict(rule, method=method, path=path)
        if method == "PUT" and fault == "truncate":
            this["truncate"] = 1  # the PUT's answer is tiny ("{}")
        if path == "^/files/download/" and fault == "truncate":
            this["truncate"] = len(glasgow_bytes()) // 2
        rules.append(this)
    return rules


def inject(server, operation, fault, org_id):
    rules = fault_rules(operation, fault, org_id)
    if rules:
        server.admin("POST", "faults", {"rules": rules})
    elif fault == "expired" and operation == "login":
        server.admin(
            "POST", "faults", {"rules": [{"path": "^/users/login$", "method": "POST", "status": 401, "count": 1}]}
        )
    elif fault == "expired":
        server.admin("POST", "/__sandbox__/expire_tokens")


def all_fired(server) -> bool:
    return all(rule.get("count") == 0 for rule in server.admin("GET", "faults")["rules"])


def processes_named(organisation, name):
    return [p for p in organisation.processes if p.name == name]


def credits(organisation) -> Decimal:
    return organisation.credit.any_credits


@pytest.mark.parametrize("fault", list(FAULTS))
@pytest.mark.parametrize("operation", OPERATIONS)
def test_fault_case(server, world, tmp_path, operation, fault):
    organisation = connect(server).organisations.__next__() if operation != "login" else None
    org_id = str(world["organisation"].id)
    name = f"Matrix {operation} {fault} {uuid.uuid4().hex[:8]}"
    server.admin("DELETE", "faults")
    try:
        # ------------------------------------------------------------------------ set-up without faults
        if operation in ("execute", "execution_polling"):
            process = organisation.new_process(name=name, service=world["service"])
            process.update(input_number=1, data=world["region"])
            process.create()
            if operation == "execution_polling":
                process.execute()
                execution = None
                while execution is None:
                    process.wait_for_next_execution()
                    execution = next(process.executions, None)
        if operation == "file_download":
            (file,) = organisation.get_data(world["region"].id).files
        before = credits(world["organisation"])

        inject(server, operation, fault, org_id)
        # ------------------------------------------------------------------------ the operation, faulted
        if operation == "login":
            if fault == "expired":
                with pytest.raises(errors.AuthenticationError):
                    connect(server)
                user = connect(server)  # and the account is fine afterwards
            else:
                user = connect(server)
            assert str(next(user.organisations).id) == org_id
        elif operation == "find_services":
            service, _ = organisation.find_services(keyword="Elevation")
            assert service is not None and service.id == world["service"].id
        elif operation == "create_data":
            data = organisation.create_data(
                name=name, file_type=fp.FILE_TYPE_GEOJSON, files=[str(world["source"])], wait=True
            )
            items = [d for d in organisation.data if d.name == name]
            assert [d.id for d in items] == [data.id]  # exactly one, the one handed back
            (record,) = list(data.files)  # one file, complete
            assert record.size == len(glasgow_bytes()) and record.publishable is not None
            target = tmp_path / "check.geojson"
            record.download(path=str(target), wait=True)
            assert target.read_bytes() == glasgow_bytes()  # identical bytes
        elif operation == "process_create":
            process = organisation.new_process(name=name, service=world["service"])
            process.update(input_number=1, data=world["region"])
            process.create()
            assert [p.id for p in processes_named(organisation, name)] == [process.id]
            assert process.price > 0
        elif operation == "execute":
            process.execute()
            process.wait_for_next_execution()
            executions = list(process.executions)
            assert len(executions) == 1  # started once
            assert executions[0].check_complete(wait=True)
            assert credits(world["organisation"]) == before - process.price  # paid once
        elif operation == "execution_polling":
            assert execution.check_complete(wait=True)
            assert len(list(process.executions)) == 1
        elif operation == "file_download":
            folder = tmp_path / "downloads"
            file.download(path=str(folder / file.file_name), folder=str(folder), wait=True)
            assert (folder / file.file_name).read_bytes() == glasgow_bytes()
            assert sorted(p.name for p in folder.iterdir()) == [file.file_name]  # no .part left
        assert all_fired(server), server.admin("GET", "faults")
        # ------------------------------------------------------------------------ nothing partial anywhere
        server.admin("DELETE", "faults")
        checker = connect(server)
        org = next(checker.organisations)
        for data in org.data:
            assert all(f.size is not None for f in data.files), f"half-made data item {data.name}"
        if operation == "create_data":
            assert len([d for d in org.data if d.name == name]) == 1
        if operation in ("process_create", "execute", "execution_polling"):
            assert len(processes_named(org, name)) == 1
    finally:
        server.admin("DELETE", "faults")
        cleanup = next(connect(server).organisations)
        for process in processes_named(cleanup, name):
            process.stop()
            process.delete()
        for data in [d for d in cleanup.data if d.name == name]:
            data.delete()


# ------------------------------------------------------------------------ the client's model after a reconciled call
# what the execute changed; not ``has_executions``: the engine lists the run a moment after the call, whatever answer
AGREED = ("id", "process_status", "process_status_at", "repeat_start")


@pytest.fixture(scope="module")
def held_server():
    """Runs that wait 4 s before computing: the platform's state stays put while a test compares it."""
    handle = start_sandbox(Path(tempfile.mkdtemp(prefix="fp-fault-matrix-held-")), env={"SANDBOX_EXECUTION_DELAY": "4"})
    yield handle
    handle.stop()


@pytest.mark.parametrize("held", [True, False], ids=["run-under-way", "run-already-ended"])
@pytest.mark.parametrize("fault", ["reset", "stall", "truncate"])
def test_a_reconciled_execute_leaves_the_model_the_platform_has(server, held_server, tmp_path, fault, held):
    """After an execute whose answer was lost and reconciled, the client's Process says what the platform says:
    executing while the run is under way, and - when the run had already ended before the client looked (a stall
    longer than the run) - stopped *with the run it started listed*, never the model from before the call."""
    platform = held_server if held else server
    organisation = next(connect(platform).organisations)
    source = tmp_path / "glasgow.geojson"
    source.write_bytes(glasgow_bytes())
    region = organisation.create_data(
        name="Agree region", file_type=fp.FILE_TYPE_GEOJSON, files=[str(source)], wait=True
    )
    service, _ = organisation.find_services(keyword="Elevation")
    process = organisation.new_process(name=f"Agree {fault} {uuid.uuid4().hex[:6]}", service=service)
    process.update(input_number=1, data=region)
    process.create()
    before = dict(process._model)
    inject(platform, "execute", fault, str(organisation.id))
    try:
        process.execute()
        assert all_fired(platform)
        if not held:  # let the run end, so that the platform's model no longer moves
            while not list(process.executions) or next(process.executions).ended_at is None:
                platform.admin("GET", "faults")
        fresh, _ = organisation.session.get_model(f"/organisations/{organisation.id}/processes/{process.id}")
        mine = process._model  # with the fields ``attributes`` hides (executions, has_executions)
        if held:
            assert {k: mine.get(k) for k in AGREED} == {k: fresh.get(k) for k in AGREED}
            assert mine["process_status"] == "execute"
        else:
            # the client looked either while the run was under way or once it had ended: either way a state the
            # platform had after the call, and never the one from before it
            assert mine["process_status_at"] != before.get("process_status_at")
            assert mine["process_status"] == "execute" or mine.get("executions")
    finally:
        platform.admin("DELETE", "faults")
        process.stop()
        process.delete()


@pytest.mark.parametrize("fault", ["503", "reset", "stall", "truncate"])
def test_a_copy_whose_answer_was_lost_is_adopted_not_doubled(server, world, fault):
    """Copying a data item is a creating POST too: an ambiguous failure is reconciled (the copy found by its name
    and creation time) instead of reported as a failure of a copy that exists, or repeated into a second copy."""
    organisation = next(connect(server).organisations)
    name = f"Matrix copy {fault} {uuid.uuid4().hex[:8]}"
    server.admin("POST", "faults", {"rules": [dict(FAULTS[fault], method="POST", path="/copy$")]})
    try:
        copied = organisation.get_data(world["region"].id).copy(name)
        assert all_fired(server)
        assert [str(d.id) for d in organisation.data if d.name == name] == [str(copied.id)]
        assert copied.name == name
    finally:
        server.admin("DELETE", "faults")
        for data in [d for d in next(connect(server).organisations).data if d.name == name]:
            data.delete()

"""A QGIS process for the kill-and-restart tests (tests/qgis/test_crash_restart.py): python with qgis, offscreen,
the staged plugin, and a profile folder (HOME / XDG_CONFIG_HOME / QGIS_CUSTOM_CONFIG_PATH set by the test, so the
plugin's QgsSettings - its upload and load journals - live there and a second process on the same folder finds
them).

    python crash_driver.py MODE '{"api_url": ..., "email": ..., ...}'

Modes, each doing what the plugin does for a user, through the plugin's own code (tasks on QgsApplication's task
manager, results on the main thread):

* ``download``: "Load outputs" of a run - remembered in the loads journal, then ``outputs.download_run`` in a task;
* ``resume-download``: what the Executions dock does once a remembered run is listed again - the same download
  for every run of the loads journal, which continues the ``.part`` files it finds;
* ``upload``: the Data dock's "Files on disk…" (``uploads.upload_file_as_data``);
* ``resume-upload``: the Data dock's "Resume upload" on every interrupted upload of the journal.

Prints one JSON line ``RESULT {...}`` when done; the test kills the first process with SIGKILL before that.
"""

from __future__ import annotations

import json
import os
import sys
import time


def wait_for(app, predicate, seconds: float = 300.0) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the task did not finish")
        app.processEvents()
        time.sleep(0.01)


def main() -> int:
    mode, args = sys.argv[1], json.loads(sys.argv[2])
    sys.path.insert(0, os.path.dirname(os.environ["FP_STAGED_PLUGIN"]))
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    import fusion_platform_qgis.api as fp
    from fusion_platform_qgis.qgis_support.data import uploads
    from fusion_platform_qgis.qgis_support.outputs import downloads as outputs
    from fusion_platform_qgis.qgis_support.runs import interrupted
    from fusion_platform_qgis.qgis_support.toolbelt.tasks import run_task

    user = fp.login(email=args["email"], password=args["password"], api_url=args["api_url"])
    organisation = next(user.organisations)
    session = organisation.session
    org = str(organisation.id)
    outcome: dict = {}

    def finished(result) -> None:
        outcome["result"] = result

    def failed(error) -> None:
        outcome["error"] = repr(error)

    def download(entry_key: str, process: dict, executions: list) -> None:
        def work(task):
            manifest = outputs.download_run(session, org, executions, process, args["folder"], cancel=task.cancel_event)
            return [
                str(f["path"])
                for m in manifest["manifests"]
                for c in m["components"]
                for o in c["outputs"]
                for f in o["files"]
            ]

        journal = outputs.loads_journal()
        outcome.clear()
        run_task("download", work, finished, failed)
        wait_for(app, lambda: outcome)
        if "result" in outcome:
            journal.drop(entry_key)

    if mode == "download":
        process, executions = args["process"], args["executions"]
        key = executions[0]["id"]
        outputs.loads_journal().put(interrupted.load_entry(key, org, args["api_url"], process, executions))
        download(key, process, executions)
    elif mode == "resume-download":
        entries = outputs.loads_journal().entries()
        outcome_all = []
        for entry in entries:
            executions = [{"id": e} for e in entry["executions"]]
            download(entry["key"], entry["process"], executions)
            outcome_all.append(outcome.get("result") or outcome.get("error"))
        outcome = {"result": outcome_all, "resumed": [e["key"] for e in entries]}
        outcome["journal_after"] = outputs.loads_journal().entries()
    elif mode == "upload":
        uploads.upload_file_as_data(
            organisation, args["path"], name=args["name"], on_success=lambda d: finished(str(d.id)), on_error=failed
        )
        wait_for(app, lambda: outcome)
    elif mode == "resume-upload":
        found = []
        for entry in uploads.upload_journal().entries():
            files = [f.attributes for f in organisation.get_data(entry["data_id"]).files]
            state, entry = uploads.upload_state(entry["data_id"], files)
            params = uploads.resume_params(entry) if entry is not None else None
            found.append({"data_id": entry["data_id"] if entry else None, "state": state, "resumable": bool(params)})
            if params is not None:
                outcome.clear()
                uploads.upload_file_as_data(
                    organisation,
                    params["path"],
                    name=params["name"],
                    on_success=lambda d: finished(str(d.id)),
                    on_error=failed,
                )
                wait_for(app, lambda: outcome)
                found[-1]["outcome"] = outcome.get("result") or outcome.get("error")
        outcome = {"result": found, "journal_after": uploads.upload_journal().entries()}
    print("RESULT " + json.dumps(outcome, default=str), flush=True)
    sys.stderr.flush()
    # Leave without tearing QGIS down: the journals are on disk already (synced at every change), and exitQgis
    # after threads of the client have run can crash in a standalone script - not what these tests are about.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())

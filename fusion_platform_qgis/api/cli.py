"""Command line ``python3 -m fusion_platform_qgis.api``: the SDK manual's sub-commands on our client.

Differences from the SDK's CLI, on purpose: ``--api-url`` (the SDK only knows three named deployments, so it
cannot reach a sandbox), the e-mail may come from ``FUSION_PLATFORM_EMAIL`` and the password from
``FUSION_PLATFORM_PASSWORD`` or a getpass prompt; the password is never echoed, printed or logged.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import re
import sys
import time
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any, Optional

from . import (
    API_URL_DEFAULT,
    LOGGER_NAME,
    AuthenticationError,
    FusionPlatformError,
    __version__,
    file_type_for,
    login,
    mask_secrets,
)
from .errors import MaskSecretsFilter
from .models import Organisation, Process, Service
from .names import contained_path

DEPLOYMENTS = {
    "production-irl": API_URL_DEFAULT,
    "production-aus": "https://api.thefusionplatform.com.au",
    "stage": "https://api.stage.thefusionplatform.com",
}


def _out(text: str = "") -> None:
    print(mask_secrets(text))


def _sanitise(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name).strip("_") or "process"


# ------------------------------------------------------------------------------------------------ login
def storage_id(process_id: Any, group_count: Any, group_index: Any, ssd_id: Any, chain_index: Any) -> str:
    """The id of a component's storage data item (docs/api-contract.md §10.5), as the SDK's CLI derives it.

    UUIDv5 (URL namespace) of ``"<process_id>_<group_count>_<group_index>_<ssd_id>_<chain_index>"``, with ``None``
    for count and index when the run is not sliced (a group of one).
    """
    sliced = group_count not in (None, "", 0, 1, "1", "None")
    text = f"{process_id}_{group_count if sliced else None}_{group_index if sliced else None}_{ssd_id}_{chain_index}"
    return str(uuid.uuid5(uuid.NAMESPACE_URL, text))


def _storage_key_parts(key: str) -> tuple:
    """YAML storage keys are ``"<group_index>_<group_count>_<ssd_id>_<chain_index>"``; ``1_1_…`` when not sliced."""
    index, count, ssd_id, chain = str(key).split("_")
    return int(index), int(count), ssd_id, int(chain)


def _component_ssd(process: Process, component) -> Any:
    chains = process.chains or []
    index = component.chain_index
    if index is not None and 0 <= int(index) < len(chains):
        return chains[int(index)].get("ssd_id")
    return process.ssd_id


def _storage_data(org: Organisation, process: Process, execution, component):
    """The storage data item of one component of one execution, or None (errors mean "no storage")."""
    sid = storage_id(
        process.id,
        execution.group_count,
        execution.group_index,
        _component_ssd(process, component),
        component.chain_index,
    )
    try:
        return org.get_data(sid)
    except FusionPlatformError:
        return None


def _login(args: argparse.Namespace):
    url = args.api_url or DEPLOYMENTS.get(args.deployment or "production-irl")
    if url is None:
        raise SystemExit(f"Unknown deployment {args.deployment!r}; use --api-url")
    email = args.email or os.environ.get("FUSION_PLATFORM_EMAIL")
    if not email:
        email = input("Email: ").strip()
    env_password = os.environ.get("FUSION_PLATFORM_PASSWORD")
    for attempt in range(3):
        password = env_password if env_password else getpass.getpass("Password: ")
        try:
            user = login(
                email=email,
                password=password,
                api_url=url,
                session_options={"api_update_wait_period": args.wait_period},
            )
            break
        except AuthenticationError as exc:
            if env_password or attempt == 2:
                raise
            _out(f"{exc}; try again")
    orgs = list(user.organisations)
    if not orgs:
        raise SystemExit("This user belongs to no organisation")
    if args.organisation:
        match = [
            o for o in orgs if o.name.lower().startswith(args.organisation.lower()) or str(o.id) == args.organisation
        ]
        if not match:
            raise SystemExit(
                f"No organisation matches {args.organisation!r}: " + ", ".join(sorted(o.name for o in orgs))
            )
        return user, match[0]
    return user, sorted(orgs, key=lambda o: o.name)[0]


# ------------------------------------------------------------------------------------------------ lookups
def find_process(org: Organisation, name: str) -> Optional[Process]:
    """Process by name (contains), else by process id or execution id (docs/api-contract.md §10.4)."""
    first, _ = org.find_processes(name=name)
    if first is not None:
        return first
    for process in org.processes:
        if str(process.id) == name:
            return process
        for execution in process.executions:
            if str(execution.id) == name:
                return process
    return None


def find_service(org: Organisation, name: str) -> Optional[Service]:
    first, _ = org.find_services(name=name)
    if first is not None:
        return first
    for service in org.services:
        if name in (service.name, str(service.id), str(service.ssd_id)):
            return service
    try:
        for service in org.own_services:
            if name in (service.name, str(service.id), str(service.ssd_id)):
                return service
    except FusionPlatformError:
        pass
    return None


def _latest_executions(process: Process) -> list:
    newest = next(process.executions, None)
    if newest is None:
        return []
    if newest.group_id:
        _, group = process.find_executions(group_id=newest.group_id)
        return sorted(group, key=lambda e: e.group_index or 0)
    return [newest]


# ------------------------------------------------------------------------------------------------ commands
def cmd_list(args, org: Organisation) -> int:
    for process in org.processes:
        executions = list(process.executions)
        groups = {str(e.group_id or e.id) for e in executions}
        progress = (sum(e.progress or 0 for e in executions) / len(executions)) if executions else 0
        _out(
            f"{process.name} [{process.process_status}] {len(executions)} execution(s), {len(groups)} group(s), "
            f"average progress {progress:.0f}%"
        )
    return 0


def cmd_display(args, org: Organisation) -> int:
    status = 0
    for name in args.names:
        process = find_process(org, name)
        if process is not None:
            _out(f"Process: {process.name} ({process.id}) status {process.process_status} price {process.price}")
            for field in (
                "run_type",
                "repeat_count",
                "repeat_start",
                "repeat_end",
                "repeat_gap",
                "repeat_offset",
                "output_storage_period",
            ):
                _out(f"  {field}: {getattr(process, field)}")
            for item in process.inputs:
                _out(f"  input {item.input} ({item.file_type}): {item.name or item.id or '-'}")
            for option in process.options:
                _out(f"  option {option.name} ({option.data_type}): {option.raw_value}")
            for dispatcher in process.dispatchers:
                _out(f"  dispatcher {dispatcher.name}")
            groups: dict = {}
            for execution in process.executions:
                groups.setdefault(str(execution.group_id or execution.id), []).append(execution)
            for group, members in groups.items():
                _out(f"  group {group}:")
                for e in members:
                    state = "running" if (e.progress or 0) < 100 else ("success" if e.success else "failed")
                    _out(f"    execution {e.id} {e.started_at} progress {e.progress}% {state}")
            continue
        service = find_service(org, name)
        if service is None:
            _out(f"Nothing found for {name!r}")
            status = 1
            continue
        _out(f"Service: {service.name} ({service.id}, SSD {service.ssd_id})")
        _out(f"  categories: {', '.join(service.categories or [])}")
        _out(f"  keywords: {', '.join(service.keywords or [])}")
        for field in (
            "documentation_summary",
            "documentation_description",
            "documentation_assumptions",
            "documentation_actions",
        ):
            _out(f"  {field[14:]}: {getattr(service, field) or ''}")
        for field in ("documentation_inputs", "documentation_outputs", "documentation_options"):
            for line in getattr(service, field) or []:
                _out(f"  {field[14:-1]}: {line}")
    return status


def _read_spec(path: str) -> dict:
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    try:
        import yaml  # optional: PyYAML ships with QGIS and Debian, but JSON works too

        return yaml.safe_load(text) or {}
    except ImportError:
        return json.loads(text)


def _expand(value: Any, service_name: str) -> Any:
    if not isinstance(value, str):
        return value
    now = datetime.now(timezone.utc)
    value = value.replace("{service_name}", service_name).replace("{now}", now.strftime("%Y-%m-%dT%H:%M:%SZ"))

    def day(match):
        word, hh, mm = match.group(1).lower(), int(match.group(2)), int(match.group(3))
        base = now.replace(hour=hh, minute=mm, second=0, microsecond=0)
        if word == "tomorrow":
            base += timedelta(days=1)
        elif word != "today":
            days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
            base += timedelta(days=(days.index(word) - now.weekday()) % 7 or 7)
        return base.isoformat()

    return re.sub(
        r"\{(today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)@(\d\d):(\d\d)\}", day, value
    )


def cmd_start(args, org: Organisation) -> int:
    for target in args.services:
        spec: dict = {}
        if target.lower().endswith((".yml", ".yaml", ".json")) and os.path.isfile(target):
            spec = _read_spec(target)
            service_name = spec.get("service_name") or ""
        else:
            service_name = target
        service = find_service(org, service_name)
        if service is None:
            _out(f"No service {service_name!r}")
            return 1
        process_name = _expand(
            spec.get("process_name") or f"{service.name} {datetime.now():%Y-%m-%d %H:%M:%S}", service.name
        )
        inputs = list(args.input_list or []) + [
            i if isinstance(i, str) else i.get("file") or i.get("name") for i in spec.get("inputs") or []
        ]
        data_items = []
        for n, value in enumerate(inputs, start=1):
            if os.path.splitext(value)[1]:
                _out(f"Uploading {value}")
                data_items.append(
                    org.create_data(
                        name=f"{process_name} {n}", file_type=file_type_for(value), files=[value], wait=True
                    )
                )
            else:
                found, _ = org.find_data(name=value)
                if found is None:
                    _out(f"No data item {value!r}")
                    return 1
                data_items.append(found)
        process = org.new_process(name=process_name, service=service)
        for n, data in enumerate(data_items, start=1):
            process.update(input_number=n, data=data)
        options = dict(spec.get("options") or {})
        for pair in args.options or []:
            key, _, value = pair.partition("=")
            options[key.strip()] = value
        model_fields = {}
        option_names = {o.name for o in process.options}
        for key, value in options.items():
            value = _expand(value, service.name)
            if key in option_names:
                process.update(option_name=key, value=value, coerce_value=True)
            else:
                model_fields[key] = value
        if model_fields:
            process.update(**model_fields)
        for dispatcher in spec.get("dispatchers") or []:
            process.add_dispatcher(name=dispatcher.get("name"))
            number = len(process.dispatchers)
            if dispatcher.get("dispatch_intermediate") is not None:
                process.update(dispatcher_number=number, dispatch_intermediate=dispatcher["dispatch_intermediate"])
            for key, value in (dispatcher.get("options") or {}).items():
                process.update(dispatcher_number=number, option_name=key, value=value, coerce_value=True)
        process.create()
        _out(f"Created process {process.name} ({process.id}), price {process.price}")
        for key, path in (spec.get("storage") or {}).items():
            index, count, ssd_id, chain = _storage_key_parts(key)
            sid = storage_id(process.id, count, index, ssd_id, chain)
            _out(f"Uploading storage {path}")
            org.create_data(name=f"{process.name} storage {key}", file_type="GZIP", files=[path], wait=True, id=sid)
        process.execute(wait=False)
        _out("Executing")
        if args.wait_for_start or args.download:
            process.wait_for_next_execution()
            _out("Execution started")
        if args.download:
            _download_process(args, org, process)
        if args.remove:
            process.delete()
            for data in data_items:
                data.delete()
            _out("Removed process and inputs")
    return 0


def _download_process(args, org: Organisation, process: Process) -> None:
    wanted = {"inputs": args.inputs, "outputs": args.outputs or not (args.inputs or args.storage)}
    for execution in _latest_executions(process):
        if not args.no_wait_for_completion:
            execution.check_complete(wait=True)
        group = str(execution.group_index or 1)
        files = []
        metrics_rows = []
        for n, component in enumerate(execution.components, start=1):
            if component.intermediate and not args.intermediate:
                continue
            if args.component and component.name not in args.component:
                continue
            folder_base = os.path.join(
                args.directory or ".", _sanitise(process.name), group, f"{n}_{_sanitise(component.name)}"
            )
            sources = {kind: (getattr(component, kind) if wanted[kind] else []) for kind in ("inputs", "outputs")}
            if args.storage:
                storage = _storage_data(org, process, execution, component)
                sources["storage"] = [storage] if storage is not None else []
            for kind, items_of_kind in sources.items():
                for k, data in enumerate(items_of_kind, start=1):
                    data.check_analysis_complete(wait=not args.no_wait_for_completion)
                    label = {"inputs": "Input", "outputs": "Output", "storage": "Storage"}[kind]
                    folder = os.path.join(folder_base, f"{label}_{k}_{_sanitise(data.name)}")
                    items = []
                    for file in data.files:
                        item, item_file = file.get_stac_item()
                        if item is not None and item_file:
                            os.makedirs(folder, exist_ok=True)
                            with open(contained_path(folder, item_file, "item.stac"), "w", encoding="utf-8") as handle:
                                json.dump(item, handle, indent=1)
                            items.append((item, item_file))
                        if not args.stac:
                            target = contained_path(folder, file.file_name or str(file.file_id))
                            file.download(path=target, folder=folder)
                            files.append(file)
                    if items:
                        collection, name = data.get_stac_collection(items)
                        with open(contained_path(folder, name, ".collection.stac"), "w", encoding="utf-8") as handle:
                            json.dump(collection, handle, indent=1)
            if args.metrics:
                for metric in component.metrics or []:
                    metrics_rows.append({"component": component.name, **metric})
        for file in files:
            file.download_complete(wait=True)
            _out(f"Downloaded {file.download_progress()[1]}")
        if metrics_rows:
            import csv

            path = os.path.join(args.directory or ".", _sanitise(process.name), group, "metrics.csv")
            os.makedirs(os.path.dirname(path), exist_ok=True)
            keys = sorted({k for row in metrics_rows for k in row})
            with open(path, "w", newline="", encoding="utf-8") as handle:
                writer = csv.DictWriter(handle, fieldnames=keys)
                writer.writeheader()
                writer.writerows(metrics_rows)


def cmd_download(args, org: Organisation) -> int:
    status = 0
    for name in args.processes:
        process = find_process(org, name)
        if process is None:
            _out(f"No process {name!r}")
            status = 1
            continue
        _download_process(args, org, process)
        if args.remove:
            process.delete()
    return status


def cmd_define(args, org: Organisation) -> int:
    status = 0
    for name in args.processes:
        process = find_process(org, name)
        if process is None:
            _out(f"No process {name!r}")
            status = 1
            continue
        service, _ = org.find_services(ssd_id=process.ssd_id)
        inputs: list[Any] = []
        for item in process.inputs:
            if args.inputs and item.id:
                data, _ = org.find_data(id=item.id)
                if data is not None:
                    data.check_analysis_complete(wait=True)
                    sources = {str(f.source) for f in data.files if f.source}
                    for file in data.files:
                        if str(file.id) not in sources and file.file_type == item.file_type:
                            file.download(path=file.file_name, wait=True)
                            inputs.append({"name": data.name, "file": file.file_name})
                            break
                    continue
            inputs.append(item.name or str(item.id or ""))
        options = {o.name: o.raw_value for o in process.options}
        for field in (
            "output_storage_period",
            "run_type",
            "repeat_count",
            "repeat_start",
            "repeat_end",
            "repeat_gap",
            "repeat_offset",
        ):
            value = process._model.get(field)
            if value is not None:
                options[field] = value
        storage = {}
        if args.storage:
            for execution in _latest_executions(process):
                for component in execution.components:
                    data = _storage_data(org, process, execution, component)
                    if data is None:
                        continue
                    key = (
                        f"{execution.group_index or 1}_{execution.group_count or 1}_"
                        f"{_component_ssd(process, component)}_{component.chain_index or 0}"
                    )
                    for file in data.files:
                        target = f"{_sanitise(process.name)}_storage_{_sanitise(key)}_{file.file_name or file.file_id}"
                        file.download(path=target, wait=True)
                        storage[key] = target
                        break
        spec = {
            "service_name": service.name if service else None,
            "process_name": process.name,
            "inputs": inputs,
            "storage": storage,
            "options": options,
            "dispatchers": [
                {
                    "name": d.name,
                    "dispatch_intermediate": d.dispatch_intermediate,
                    "options": {o.name: o.raw_value for o in d.options},
                }
                for d in process.dispatchers
            ],
        }
        path = f"{_sanitise(process.name)}.yml"
        try:
            import yaml

            text = yaml.safe_dump(spec, sort_keys=False)
        except ImportError:
            text = json.dumps(spec, indent=1)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        _out(f"Wrote {path}")
    return status


def _download_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-i", "--inputs", action="store_true", help="download inputs")
    parser.add_argument("-o", "--outputs", action="store_true", help="download outputs (default)")
    parser.add_argument("-s", "--storage", action="store_true", help="download storage items")
    parser.add_argument("-r", "--remove", action="store_true", help="delete the process (and uploaded inputs)")
    parser.add_argument("-m", "--intermediate", action="store_true", help="include intermediate components")
    parser.add_argument("-t", "--metrics", action="store_true", help="write metrics.csv")
    parser.add_argument("-c", "--component", nargs="+", help="only these component names")
    parser.add_argument("-n", "--no_wait_for_completion", action="store_true", help="do not wait for completion")
    parser.add_argument("-a", "--stac", action="store_true", help="write STAC files only")
    parser.add_argument("--directory", default=".", help="where to download (default: current directory)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python3 -m fusion_platform_qgis.api", description="Fusion Platform command line (pure-Python client)"
    )
    parser.add_argument("-v", "--version", action="version", version=__version__)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--api-url", help=f"API base URL (default {API_URL_DEFAULT})")
    common.add_argument("-y", "--deployment", choices=sorted(DEPLOYMENTS), help="named deployment")
    common.add_argument("-e", "--email", help="login e-mail (or FUSION_PLATFORM_EMAIL)")
    common.add_argument("-g", "--organisation", help="organisation name prefix or id")
    common.add_argument("-b", "--debug", action="store_true", help="debug logging (secrets are masked)")
    common.add_argument("--wait-period", type=float, default=10, help="polling interval in seconds")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("list", parents=[common], help="list processes and their executions")
    display = sub.add_parser("display", parents=[common], help="show a process or a service")
    display.add_argument("names", nargs="+")
    start = sub.add_parser("start", parents=[common], help="create and execute a process from a service or YAML")
    start.add_argument("services", nargs="+")
    start.add_argument("-l", "--input_list", nargs="+", help="input files or existing data names")
    start.add_argument("-p", "--options", nargs="+", help="name=value options")
    start.add_argument("-w", "--wait_for_start", action="store_true")
    start.add_argument("-d", "--download", action="store_true")
    _download_flags(start)
    define = sub.add_parser("define", parents=[common], help="write a YAML definition of a process")
    define.add_argument("processes", nargs="+")
    define.add_argument("-i", "--inputs", action="store_true")
    define.add_argument("-s", "--storage", action="store_true")
    download = sub.add_parser("download", parents=[common], help="download the latest execution of processes")
    download.add_argument("processes", nargs="+")
    _download_flags(download)
    return parser


COMMANDS = {
    "list": cmd_list,
    "display": cmd_display,
    "start": cmd_start,
    "define": cmd_define,
    "download": cmd_download,
}


def main(argv: Optional[list] = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    for handler in logging.getLogger().handlers:  # every logger, urllib3's request lines included
        handler.addFilter(MaskSecretsFilter())
    if not args.debug:
        logging.getLogger(LOGGER_NAME).setLevel(logging.WARNING)
    started = time.monotonic()
    try:
        _, org = _login(args)
        status = COMMANDS[args.command](args, org)
    except FusionPlatformError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    if args.debug:
        logging.getLogger(LOGGER_NAME).debug("%s took %.1f s", args.command, time.monotonic() - started)
    return status

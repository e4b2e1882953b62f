"""Every address of the platform's REST API, each written once (docs/api-contract.md).

The models (``api/models/``), the plain-data calls (``api/listings.py``) and the client (``api/client.py``) build
their URLs here and nowhere else; nothing outside ``api/`` knows them.
"""

from __future__ import annotations

# -- users
LOGIN = "/users/login"


def user(user_id: str) -> str:
    return f"/users/{user_id}"


def change_password(user_id: str) -> str:
    return f"{user(user_id)}/change_password"


# -- organisations
def organisation(organisation_id: str) -> str:
    return f"/organisations/{organisation_id}"


def credit(organisation_id: str, credit_id: str) -> str:
    return f"{organisation(organisation_id)}/credits/{credit_id}"


# -- data
def data_collection(organisation_id: str) -> str:
    """Where a data item is created (POST)."""
    return f"{organisation(organisation_id)}/data"


def uploaded_data(organisation_id: str) -> str:
    """The organisation's own (uploaded) data, as the Data dock lists it."""
    return f"{data_collection(organisation_id)}/uploaded"


def new_data(organisation_id: str) -> str:
    """A data item's template."""
    return f"{data_collection(organisation_id)}/new"


def data_item(organisation_id: str, data_id: str) -> str:
    return f"{data_collection(organisation_id)}/{data_id}"


def add_file(organisation_id: str, data_id: str) -> str:
    return f"{data_item(organisation_id, data_id)}/add_file"


def data_files(organisation_id: str, data_id: str) -> str:
    return f"{data_item(organisation_id, data_id)}/files"


def download_file(organisation_id: str, data_id: str, file_id: str) -> str:
    """Answers the file's signed download URL in ``extras.url`` (``preview=True`` for its thumbnail)."""
    return f"{data_item(organisation_id, data_id)}/download_file/{file_id}"


# -- services
def services(organisation_id: str) -> str:
    return f"{organisation(organisation_id)}/services"


def latest_services(organisation_id: str) -> str:
    return f"{services(organisation_id)}/latest"


def dispatchers(organisation_id: str) -> str:
    return f"{services(organisation_id)}/dispatchers"


def service(organisation_id: str, service_id: str) -> str:
    return f"{services(organisation_id)}/{service_id}"


# -- processes and their runs
def processes(organisation_id: str) -> str:
    return f"{organisation(organisation_id)}/processes"


def new_process(organisation_id: str) -> str:
    """A process's template (``service_id`` as a parameter)."""
    return f"{processes(organisation_id)}/new"


def process(organisation_id: str, process_id: str) -> str:
    return f"{processes(organisation_id)}/{process_id}"


def stop_process(organisation_id: str, process_id: str) -> str:
    return f"{process(organisation_id, process_id)}/stop"


def process_executions(organisation_id: str, process_id: str) -> str:
    return f"{process(organisation_id, process_id)}/executions"


def execution(organisation_id: str, execution_id: str) -> str:
    return f"{organisation(organisation_id)}/process_executions/{execution_id}"


def change_delete_expiry(organisation_id: str, execution_id: str) -> str:
    return f"{execution(organisation_id, execution_id)}/change_delete_expiry"


def execution_components(organisation_id: str, execution_id: str) -> str:
    return f"{execution(organisation_id, execution_id)}/process_service_executions"


def component(organisation_id: str, component_id: str) -> str:
    return f"{organisation(organisation_id)}/process_service_executions/{component_id}"


def component_logs(organisation_id: str, component_id: str) -> str:
    return f"{component(organisation_id, component_id)}/logs"

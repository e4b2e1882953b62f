"""Model objects of the Fusion Platform, with the SDK's interface (docs/api-contract.md §9), one model per module.

The modules follow the SDK's ``fusion_platform.models`` layout (``model`` holds the shared base and field
conversion); every class is re-exported here, so ``from fusion_platform_qgis.api.models import Data`` keeps working.
"""

from __future__ import annotations

from ..errors import CancelledError
from .credit import Credit
from .data import Data
from .data_file import DataFile, File
from .model import Model, convert_field, parse_datetime
from .organisation import Organisation
from .process import Process
from .process_execution import Execution, ProcessExecution
from .process_parts import Dispatcher, Input, Option
from .process_service_execution import Component, ProcessServiceExecution
from .process_service_execution_log import Log, ProcessServiceExecutionLog
from .service import Service
from .user import User

__all__ = [
    "Component",
    "Credit",
    "Data",
    "DataFile",
    "Dispatcher",
    "Execution",
    "File",
    "Input",
    "Log",
    "Model",
    "Option",
    "Organisation",
    "Process",
    "ProcessExecution",
    "ProcessServiceExecution",
    "ProcessServiceExecutionLog",
    "Service",
    "User",
    "CancelledError",
    "convert_field",
    "parse_datetime",
]

"""One log line of a component (SDK ``models.process_service_execution_log``)."""

from __future__ import annotations

from .model import Model


class Log(Model):
    _CLASS = "ProcessServiceExecutionLog"
    _FIELDS = ("id", "created_at", "updated_at", "process_service_execution_id", "logged_at", "message")
    _READ_ONLY = frozenset(_FIELDS)
    _CAN_UPDATE = False
    _CAN_DELETE = False


ProcessServiceExecutionLog = Log

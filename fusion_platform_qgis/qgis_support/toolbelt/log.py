"""Logging bridged to the "Fusion Platform" tab of QGIS's message log, with secrets masked.

The pure client logs through stdlib ``logging`` (logger ``fusion_platform_qgis``); ``install_log_bridge`` forwards
those records to QgsMessageLog. Every message passes through ``mask_secrets`` first, so passwords, tokens and
signed URLs never reach the log panel or QGIS's log file.
"""

from __future__ import annotations

import logging

from qgis.core import Qgis, QgsMessageLog

from ...api.errors import mask_secrets

TAG = "Fusion Platform"
LOGGER_NAME = "fusion_platform_qgis"

_LEVELS = {
    logging.DEBUG: Qgis.MessageLevel.Info,
    logging.INFO: Qgis.MessageLevel.Info,
    logging.WARNING: Qgis.MessageLevel.Warning,
    logging.ERROR: Qgis.MessageLevel.Critical,
    logging.CRITICAL: Qgis.MessageLevel.Critical,
}


def log(message: str, level: int = logging.INFO) -> None:
    """Write one masked line to the Fusion Platform log tab."""
    QgsMessageLog.logMessage(
        mask_secrets(str(message)), TAG, _LEVELS.get(level, Qgis.MessageLevel.Info), notifyUser=False
    )


def log_info(message: str) -> None:
    log(message, logging.INFO)


def log_warning(message: str) -> None:
    log(message, logging.WARNING)


def log_error(message: str) -> None:
    log(message, logging.ERROR)


class _MessageLogHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        try:
            log(self.format(record), record.levelno)
        except Exception:
            pass


_handler: _MessageLogHandler | None = None


def install_log_bridge(level: int = logging.INFO) -> None:
    """Forward the plugin's stdlib log records (client included) to the message log; idempotent."""
    global _handler
    logger = logging.getLogger(LOGGER_NAME)
    logger.setLevel(level)
    if _handler is None:
        _handler = _MessageLogHandler()
        _handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
        logger.addHandler(_handler)


def remove_log_bridge() -> None:
    global _handler
    if _handler is not None:
        logging.getLogger(LOGGER_NAME).removeHandler(_handler)
        _handler = None

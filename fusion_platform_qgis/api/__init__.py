"""Pure-Python client for the Fusion Platform with the official SDK's interface (no qgis, no Qt imports).

Scripters use it like the SDK's manual::

    import fusion_platform_qgis.api as fusion_platform
    user = fusion_platform.login(email="me@org.com", password="...")
    organisation = next(user.organisations)

The QGIS plugin uses the same entry point with ``session_factory`` (a ``requests.Session`` configured from QGIS's
proxy/CA settings) and ``credential_supplier`` (re-login from the QGIS auth database when the session expires).
"""

from __future__ import annotations

import logging
import os
import threading
from typing import Any, Callable, Optional

from . import paths
from .client import API_URL_DEFAULT, LOGGER_NAME, RetryPolicy, Session
from .errors import (
    AuthenticationError,
    CancelledError,
    ExecutionFailedError,
    FusionPlatformError,
    InsufficientCreditsError,
    ModelError,
    NetworkError,
    NotFoundError,
    OptionValidationError,
    PermissionDeniedError,
    RateLimitedError,
    RequestError,
    ServerError,
    SessionExpiredError,
    TransferError,
    ValidationError,
    mask_secrets,
)
from .models import (
    Component,
    Credit,
    Data,
    DataFile,
    Dispatcher,
    Execution,
    File,
    Input,
    Log,
    Option,
    Organisation,
    Process,
    ProcessExecution,
    ProcessServiceExecution,
    ProcessServiceExecutionLog,
    Service,
    User,
)
from .options import (
    DATA_TYPE_BOOLEAN,
    DATA_TYPE_CONSTRAINED,
    DATA_TYPE_CURRENCY,
    DATA_TYPE_DATETIME,
    DATA_TYPE_NUMERIC,
    DATA_TYPE_STRING,
)

__version__ = "0.1.0"
__version_date__ = "2026-11-26T00:00:00Z"

PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
FUSION_PLATFORM_LOGGER = LOGGER_NAME

FILE_TYPE_GEOTIFF = "GeoTIFF"
FILE_TYPE_JPEG2000 = "JPEG2000"
FILE_TYPE_DEM = "DEM"
FILE_TYPE_GEOJSON = "GeoJSON"
FILE_TYPE_KML = "KML"
FILE_TYPE_KMZ = "KMZ"
FILE_TYPE_CSV = "CSV"
FILE_TYPE_ESRI_SHAPEFILE = "ESRI Shapefile"
FILE_TYPE_JPEG = "JPEG"
FILE_TYPE_PNG = "PNG"
FILE_TYPE_PDF = "PDF"
FILE_TYPE_GZIP = "GZIP"
FILE_TYPE_ZIP = "ZIP"
FILE_TYPE_OTHER = "Other"

# Extension -> file type, as the SDK's CLI picks them (docs/api-contract.md §6.5).
FILE_TYPE_BY_EXTENSION = {
    ".tif": FILE_TYPE_GEOTIFF,
    ".tiff": FILE_TYPE_GEOTIFF,
    ".jp2": FILE_TYPE_JPEG2000,
    ".dem": FILE_TYPE_DEM,
    ".json": FILE_TYPE_GEOJSON,
    ".geojson": FILE_TYPE_GEOJSON,
    ".kml": FILE_TYPE_KML,
    ".kmz": FILE_TYPE_KMZ,
    ".csv": FILE_TYPE_CSV,
    ".zip": FILE_TYPE_ESRI_SHAPEFILE,
    ".jpg": FILE_TYPE_JPEG,
    ".jpeg": FILE_TYPE_JPEG,
    ".png": FILE_TYPE_PNG,
    ".pdf": FILE_TYPE_PDF,
    ".gz": FILE_TYPE_GZIP,
}

RUN_TYPE_RUN_ONCE = "run_once"
RUN_TYPE_RUN_SCHEDULE = "run_schedule"

EXAMPLE_GLASGOW_FILE = os.path.join(PACKAGE_DIR, "data", "glasgow.geojson")
EXAMPLE_LAKE_DISTRICT_FILE = os.path.join(PACKAGE_DIR, "data", "lake_district.geojson")

logging.getLogger(LOGGER_NAME).addHandler(logging.NullHandler())


def file_type_for(path: str) -> str:
    """The FILE_TYPE_* the SDK's CLI would choose for a file name (``Other`` when unknown)."""
    return FILE_TYPE_BY_EXTENSION.get(os.path.splitext(path)[1].lower(), FILE_TYPE_OTHER)


def login(
    email: Optional[str] = None,
    user_id: Any = None,
    password: Optional[str] = None,
    api_url: Optional[str] = None,
    session_options: Optional[dict] = None,
    *,
    session_factory: Optional[Callable[[], Any]] = None,
    credential_supplier: Optional[Callable[[], tuple]] = None,
    timeout: Any = (10, 60),
    retry: Optional[RetryPolicy] = None,
    cancel: Optional[threading.Event] = None,
) -> User:
    """Log in and return the :class:`User` (docs/api-contract.md §4.1): POST /users/login, then GET /users/{id}.

    ``session_options={"api_update_wait_period": seconds}`` sets the polling interval of every wait (default 10).
    ``credential_supplier() -> (email, user_id, password)`` is called to log in again once when the session has
    expired; without it an expired session raises :class:`SessionExpiredError`.
    """
    if (email is None and user_id is None) or password is None:
        raise ValueError("login needs an email address or a user id, and a password")
    session = Session(
        api_url,
        session_factory=session_factory,
        credential_supplier=credential_supplier,
        timeout=timeout,
        retry=retry,
        cancel=cancel,
        session_options=session_options,
    )
    try:
        user_id = session.login(email=email, user_id=user_id, password=password)
        model, extras = session.get_model(paths.user(user_id))
    except BaseException:
        session.close()  # a refused login must not leave its connection to the garbage collector
        raise
    return User(session, model, extras=extras)


def get_log_level() -> int:
    return logging.getLogger(LOGGER_NAME).level


def set_log_level(level: int) -> None:
    logging.getLogger(LOGGER_NAME).setLevel(level)


__all__ = [
    "API_URL_DEFAULT",
    "AuthenticationError",
    "CancelledError",
    "Component",
    "Credit",
    "DATA_TYPE_BOOLEAN",
    "DATA_TYPE_CONSTRAINED",
    "DATA_TYPE_CURRENCY",
    "DATA_TYPE_DATETIME",
    "DATA_TYPE_NUMERIC",
    "DATA_TYPE_STRING",
    "Data",
    "DataFile",
    "Dispatcher",
    "EXAMPLE_GLASGOW_FILE",
    "EXAMPLE_LAKE_DISTRICT_FILE",
    "Execution",
    "ExecutionFailedError",
    "FILE_TYPE_BY_EXTENSION",
    "FILE_TYPE_CSV",
    "FILE_TYPE_DEM",
    "FILE_TYPE_ESRI_SHAPEFILE",
    "FILE_TYPE_GEOJSON",
    "FILE_TYPE_GEOTIFF",
    "FILE_TYPE_GZIP",
    "FILE_TYPE_JPEG",
    "FILE_TYPE_JPEG2000",
    "FILE_TYPE_KML",
    "FILE_TYPE_KMZ",
    "FILE_TYPE_OTHER",
    "FILE_TYPE_PDF",
    "FILE_TYPE_PNG",
    "FILE_TYPE_ZIP",
    "FUSION_PLATFORM_LOGGER",
    "File",
    "FusionPlatformError",
    "Input",
    "InsufficientCreditsError",
    "Log",
    "ModelError",
    "NetworkError",
    "NotFoundError",
    "Option",
    "OptionValidationError",
    "Organisation",
    "PACKAGE_DIR",
    "PermissionDeniedError",
    "Process",
    "ProcessExecution",
    "ProcessServiceExecution",
    "ProcessServiceExecutionLog",
    "RUN_TYPE_RUN_ONCE",
    "RUN_TYPE_RUN_SCHEDULE",
    "RateLimitedError",
    "RequestError",
    "RetryPolicy",
    "ServerError",
    "Service",
    "Session",
    "SessionExpiredError",
    "TransferError",
    "User",
    "ValidationError",
    "__version__",
    "file_type_for",
    "get_log_level",
    "login",
    "mask_secrets",
    "set_log_level",
]

"""Which organisation a Processing run uses.

In order: the plugin's live session (QGIS desktop, logged in); the saved credentials of the current connection
in the QGIS auth database ("Remember me"); for headless ``qgis_process`` runs where no auth database can be
unlocked, the environment variables ``FUSION_PLATFORM_EMAIL`` (or ``FUSION_PLATFORM_USER_ID``),
``FUSION_PLATFORM_PASSWORD`` and optionally ``FUSION_PLATFORM_API_URL`` — the same names as the client's CLI.
"""

from __future__ import annotations

import os

# qgis-stubs 0.5 (the QGIS 3 API) lack this class of qgis.core; every QGIS 3 and 4 has it.
from qgis.core import QgsProcessingException  # type: ignore[attr-defined, unused-ignore]

from ..qgis_support.session import auth, connect, network, settings
from ..qgis_support.words.i18n import tr


def current_organisation(state=None):
    """The organisation a run uses (see the module docstring); logs in when the plugin is not connected.

    The login is the Account dock's (``connect.login_work``): QGIS's proxy/CA *and* network timeout, and a
    credential supplier so a session that expires during a long run logs in again instead of failing."""
    if state is not None and getattr(state, "organisation", None) is not None:
        return state.organisation
    connection = settings.load_connection(settings.current_connection_name())
    credentials = auth.load_credentials(connection.authcfg) if connection.authcfg else None
    if credentials is None and os.environ.get("FUSION_PLATFORM_PASSWORD"):
        username = os.environ.get("FUSION_PLATFORM_EMAIL") or os.environ.get("FUSION_PLATFORM_USER_ID") or ""
        credentials = auth.Credentials(username, os.environ["FUSION_PLATFORM_PASSWORD"])
        connection.url = os.environ.get("FUSION_PLATFORM_API_URL", connection.url)
    if credentials is None:
        raise QgsProcessingException(
            tr(
                "Not connected: log in from the Fusion Platform Account dock with 'Remember me' ticked, so that "
                "Processing can connect with the saved credentials (for qgis_process, set FUSION_PLATFORM_EMAIL and "
                "FUSION_PLATFORM_PASSWORD)."
            )
        )
    outcome = connect.login_work(connection, credentials, config=network.read_network_config())
    if outcome.organisation is None:
        raise QgsProcessingException(tr("This account belongs to no organisation."))
    return outcome.organisation


def release_organisation(organisation, state=None) -> None:
    """Close the connections of a session this module opened for one run (never the plugin's live session).

    Why: a login made for a Processing run is used once; left to the garbage collector its pooled sockets end
    as ``ResourceWarning: unclosed <socket>`` in QGIS's message log."""
    if organisation is None:
        return
    live = getattr(state, "organisation", None) if state is not None else None
    session = getattr(organisation, "session", None)
    if live is not None and getattr(live, "session", None) is session:
        return
    close = getattr(session, "close", None)
    if close is not None:
        close()

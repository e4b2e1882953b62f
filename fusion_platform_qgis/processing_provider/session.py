"""Which organisation a Processing run uses: the plugin's live session, else the saved credentials."""

from __future__ import annotations

from qgis.core import QgsProcessingException

from ..qgis_support import auth, settings
from ..qgis_support.i18n import tr
from ..qgis_support.network import make_session


def current_organisation(state=None):
    if state is not None and getattr(state, "organisation", None) is not None:
        return state.organisation
    from .. import api

    connection = settings.load_connection(settings.current_connection_name())
    credentials = auth.load_credentials(connection.authcfg)
    if credentials is None:
        raise QgsProcessingException(tr(
            "Not connected: log in from the Fusion Platform Account dock with 'Remember me' ticked, so that "
            "Processing (and qgis_process) can connect with the saved credentials."))
    key = "user_id" if credentials.is_user_id else "email"
    user = api.login(**{key: credentials.username}, password=credentials.password, api_url=connection.url,
                     session_factory=make_session)
    organisations = list(user.organisations)
    if not organisations:
        raise QgsProcessingException(tr("This account belongs to no organisation."))
    chosen = next((o for o in organisations if str(o.id) == connection.organisation_id), organisations[0])
    return chosen

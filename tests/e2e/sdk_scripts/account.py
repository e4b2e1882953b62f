"""Log in with the official SDK and report the account and the services the other tests need by name.

Used by the CLI tests (which need the organisation and service names to pass on the command line) and as a
first, cheap smoke test of login (E1, E2), organisations (E6) and service search (E22).
"""

import fusion_platform
from _common import connection, emit

settings = connection(description=__doc__)
user = fusion_platform.login(
    email=settings.email, password=settings.password, api_url=settings.api_url, session_options=settings.session_options
)
organisations = [{"id": organisation.id, "name": organisation.name} for organisation in user.organisations]
organisation = next(user.organisations)
elevation, _ = organisation.find_services(keyword="Elevation")
clouds, _ = organisation.find_services(name="Demo: Sentinel-2 Cloud Classification")
emit(
    {
        "user_id": user.id,
        "email": user.email,
        "organisations": organisations,
        "elevation_service": None
        if elevation is None
        else {"id": elevation.id, "name": elevation.name, "ssd_id": elevation.ssd_id, "keywords": elevation.keywords},
        "cloud_service": None if clouds is None else {"id": clouds.id, "name": clouds.name},
    }
)

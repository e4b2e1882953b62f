"""Create (or delete) an uploaded data item with the official SDK and report its fields as the SDK sees them.

Usage: ``parity_data.py create NAME`` or ``parity_data.py delete DATA_ID``. Used by the test that checks our own
client (fusion_platform_qgis.api) finds the very same object with the same field values.
"""

import fusion_platform
from _common import connection, emit

settings = connection(description=__doc__)
action, argument = settings.extra[0], settings.extra[1]
user = fusion_platform.login(
    email=settings.email, password=settings.password, api_url=settings.api_url, session_options=settings.session_options
)
organisation = next(user.organisations)

if action == "create":
    data = organisation.create_data(
        name=argument,
        file_type=fusion_platform.FILE_TYPE_GEOJSON,
        files=[fusion_platform.EXAMPLE_GLASGOW_FILE],
        wait=True,
    )
    data.get()
    emit(
        {
            "organisation_id": organisation.id,
            "data": data.attributes,
            "files": [file.attributes for file in data.files],
        }
    )
else:
    data, _ = organisation.find_data(id=argument)
    if data is not None:
        data.delete()
    emit({"deleted": data is not None})

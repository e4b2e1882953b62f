"""Cursor paging as the official SDK does it (contract section 2), over more items than one page (24).

Usage: ``paging.py TAG COUNT``. Creates COUNT file-less data items named ``<TAG> <n>`` (cheap: no upload),
then lists them through the SDK's lazy iterators, which follow the server's ``last`` cursor page by page:
``organisation.data``, ``find_data(name=TAG)`` (filter[name__begins_with]) and ``find_data(search=...)``
(lower-cased free text). Deletes them again and reports the ids each listing produced, in order.
"""

import fusion_platform
from _common import connection, emit

settings = connection(description=__doc__)
tag, count = settings.extra[0], int(settings.extra[1])
user = fusion_platform.login(
    email=settings.email, password=settings.password, api_url=settings.api_url, session_options=settings.session_options
)
organisation = next(user.organisations)

created = []
try:
    for n in range(count):
        created.append(
            organisation.create_data(
                name=f"{tag} {n:03d}", file_type=fusion_platform.FILE_TYPE_GEOJSON, files=[], wait=True
            )
        )
    mine = {str(data.id) for data in created}
    listed = [str(data.id) for data in organisation.data if str(data.id) in mine]
    first, by_name = organisation.find_data(name=tag)
    by_name = [str(data.id) for data in by_name]
    _, by_search = organisation.find_data(search=tag.upper())  # the SDK lower-cases it
    by_search = [str(data.id) for data in by_search]
    emit(
        {
            "created": [str(data.id) for data in created],
            "listed": listed,
            "first_by_name": None if first is None else str(first.id),
            "by_name": by_name,
            "by_search": by_search,
        }
    )
finally:
    for data in created:
        data.delete()

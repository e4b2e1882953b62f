"""The SDK's bundled quick example (fusion_platform/quick_example.py, SDK 2.2.5), run against the sandbox.

Changed ONLY in: api_url, credentials and session_options={'api_update_wait_period': 1} (taken from the
environment, see _common.py), an explicit download_complete(wait=True) after the clean-up (the example leaves
the downloads running while it deletes) so that the test can check the files, and a JSON line at the end listing
the downloaded paths. Everything else is the example verbatim.
"""

import os

import fusion_platform
from _common import connection, emit

settings = connection(description=__doc__)

# Login with email address and password.
user = fusion_platform.login(
    email=settings.email, password=settings.password, api_url=settings.api_url, session_options=settings.session_options
)

# Select the organisation which will own the file. This is
# the first organisation the user belongs to in this example,
# and which is therefore assumed to have sufficient credits.
organisation = next(user.organisations)

# Create a data item for the Glasgow region of interest:
glasgow = organisation.create_data(
    name="Glasgow", file_type=fusion_platform.FILE_TYPE_GEOJSON, files=[fusion_platform.EXAMPLE_GLASGOW_FILE], wait=True
)

# Find the elevation service.
service, _ = organisation.find_services(keyword="Elevation")

# Create a template process from the service.
process = organisation.new_process(name="Example", service=service)

# Configure the process to use Glasgow as the region.
process.update(input_number=1, data=glasgow)

# Create the process, which will validate its options and inputs.
process.create()

# Before execution, review the price in credits.
print(f"Price: {process.price}")

# Now execute the process and wait for it to complete.
process.execute(wait=True)

# Get the corresponding execution of the process. This is assumed
# to be the most recently started execution.
execution = next(process.executions)

# Now download all the outputs.
files = []
for i, component in enumerate(execution.components):
    print(f"Downloading {component.name}")
    component_dir = f"component_{str(i)}"

    for j, output in enumerate(component.outputs):
        dir = os.path.join(component_dir, str(j))
        for file in output.files:
            file.download(path=os.path.join(dir, file.file_name))
            files.append((component.name, file, os.path.abspath(os.path.join(dir, file.file_name))))

# Now tidy everything up by deleting the process and the region.
process.delete()
glasgow.delete()

# (Added) wait for the background downloads so the test can open the files. As in the real example, the
# deletes above may overtake the downloads, so download URLs must survive the deletion (contract 11.10).
for _, file, _ in files:
    file.download_complete(wait=True)

# (Added) report what happened for the test.
emit(
    {
        "price": process.price,
        "service_name": service.name,
        "data_id": glasgow.id,
        "process_id": process.id,
        "execution_id": execution.id,
        "downloads": [
            {"component": name, "file_name": file.file_name, "file_type": file.file_type, "path": path}
            for name, file, path in files
        ],
    }
)

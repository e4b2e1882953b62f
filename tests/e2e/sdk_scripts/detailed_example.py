"""The SDK's bundled detailed example (fusion_platform/detailed_example.py, SDK 2.2.5), run against the sandbox.

Changed ONLY in: api_url, credentials and session_options={'api_update_wait_period': 1} (from the environment,
see _common.py); no rasterio/matplotlib/pandas (the SDK venv has none of them: the test process does the mosaic
with gdal.BuildVRT and parses the CSV instead); and a JSON line at the end reporting the group, the downloaded
paths and the summed histogram for the test. The SDK calls are the example's, in the example's order.
"""

import os
from datetime import datetime, timezone

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

# Create a data item for the Lake District region of interest:
lake_district = organisation.create_data(
    name="Lake District National Park",
    file_type=fusion_platform.FILE_TYPE_GEOJSON,
    files=[fusion_platform.EXAMPLE_LAKE_DISTRICT_FILE],
    wait=True,
)

# Find the cloud classification service using its name.
service, _ = organisation.find_services(name="Demo: Sentinel-2 Cloud Classification")

# Create a template process from the service.
process = organisation.new_process(name="Example", service=service)

# Configure the process to use Lake District National Park
# as the region of interest.
process.update(input_number=1, data=lake_district)

# Configure the service to work on historic data.
process.update(option_name="latest_date", value=False)
process.update(option_name="start_date", value=datetime(2021, 3, 27, tzinfo=timezone.utc))
process.update(option_name="end_date", value=None)

# Create the process, review its price, then execute it.
process.create()
print(f"Price: {process.price}")
process.execute(wait=True)

# Because the Lake District region of interest is relatively
# large, the process will be executed in a group, so find all of
# the executions in the group. These are assumed to be the most
# recently started group obtained from the last execution.
execution = next(process.executions)
_, executions = process.find_executions(group_id=execution.group_id)

# Download the cloud classification output for each execution
# together with the aggregated statistics. We also keep the
# metadata for each raster file.
files = []
selectors = []
statistics_path = None
raster_paths = []
execution_ids = []  # (Added) for the test's report.

for i, execution in enumerate(executions):
    execution_ids.append(str(execution.id))
    for component in execution.components:
        # Download the aggregated statistics and classification.
        if component.name == "Statistics Aggregator":
            print(f"Downloading statistics from {component.id}")
            output = next(component.outputs)
            file = next(output.files)  # First file only.
            files.append(file)
            statistics_path = file.file_name
            file.download(path=statistics_path)

        elif component.name == "Sentinel-2 Cloud Classification":
            print(f"Downloading output from {component.id}")
            output = next(component.outputs)
            file = next(output.files)  # First file only.
            files.append(file)
            raster_paths.append(f"{i}_{file.file_name}")
            file.download(path=raster_paths[-1])

            # The file has a single band for the classification.
            selectors.append(file.selectors[0])

# Wait for all downloads to complete.
for file in files:
    file.download_complete(wait=True)

# (The example loads the statistics with pandas and mosaics the rasters with rasterio here; the test does both
# with GDAL in its own process.)

# Display the histogram.
histogram = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]

for metadata in selectors:
    histogram = [first + second for first, second in zip(histogram, metadata["histogram"])]

# There are only 4 classes, while the histogram has 10 bins.
x = ["Ground", "Shadow", "Thick Cloud", "Thin Cloud"]
y = [histogram[0], histogram[3], histogram[6], histogram[9]]
print(dict(zip(x, y)))

# Tidy everything up by deleting the process and the input file.
process.delete()
lake_district.delete()

# (Added) report what happened for the test.
emit(
    {
        "price": process.price,
        "group_id": execution.group_id,
        "execution_ids": execution_ids,
        "statistics_path": os.path.abspath(statistics_path) if statistics_path else None,
        "raster_paths": [os.path.abspath(path) for path in raster_paths],
        "histogram_bins": [len(metadata["histogram"]) for metadata in selectors],
        "histogram": histogram,
        "region_file": fusion_platform.EXAMPLE_LAKE_DISTRICT_FILE,
    }
)

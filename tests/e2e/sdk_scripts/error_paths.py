"""Error paths as the official SDK sees them: what it raises when the sandbox refuses something.

Usage: ``error_paths.py CASE`` with CASE one of wrong_password, expired_token, forged_token, invalid_option,
failing_service, stopped_execution, other_organisation.

Each case prints one JSON line: ``{"case", "raised" (exception class name or null), "message", ...}``. Only the
SDK's public API is used; an error is reported, never swallowed, so the test can assert on class and text.

``expired_token`` logs in, prints ``LOGGED_IN`` and then waits for one line on stdin: the test expires the
sandbox's tokens in between (admin endpoint), after which the next SDK call must raise RequestError.

``forged_token`` and ``other_organisation`` reach into two SDK internals (the session's bearer token, and
``Data._model_from_api_id``, which the SDK's own CLI uses for storage look-ups) because the public API offers no
way to send a foreign token or id; everything else is public API.
"""

import os
import sys

import fusion_platform
from _common import connection, emit
from fusion_platform.models.data import Data
from fusion_platform.models.model import ModelError
from fusion_platform.session import RequestError

settings = connection(description=__doc__)
case = settings.extra[0] if settings.extra else ""


def login(password=None):
    return fusion_platform.login(
        email=settings.email,
        password=settings.password if password is None else password,
        api_url=settings.api_url,
        session_options=settings.session_options,
    )


def outcome(error, **extra):
    return {
        "case": case,
        "raised": None if error is None else type(error).__name__,
        "is_request_error": isinstance(error, RequestError),
        "is_model_error": isinstance(error, ModelError),
        "message": None if error is None else str(error),
        **extra,
    }


def glasgow_process(organisation, name, **options):
    """Upload Glasgow, make an elevation process on it with ``options`` (coerced) and create it."""
    glasgow = organisation.create_data(
        name=name, file_type=fusion_platform.FILE_TYPE_GEOJSON, files=[fusion_platform.EXAMPLE_GLASGOW_FILE], wait=True
    )
    service, _ = organisation.find_services(keyword="Elevation")
    process = organisation.new_process(name=name, service=service)
    process.update(input_number=1, data=glasgow)
    for option_name, value in options.items():
        process.update(option_name=option_name, value=value, coerce_value=True)
    process.create()
    return glasgow, process


def tidy(*models):
    for model in models:
        if model is not None:
            try:
                model.delete()
            except RequestError:
                pass


if case == "wrong_password":
    try:
        login(password=settings.password + "-wrong")
        emit(outcome(None))
    except Exception as error:
        emit(outcome(error))

elif case == "expired_token":
    user = login()
    organisation = next(user.organisations)  # Works with the fresh token.
    print("LOGGED_IN", flush=True)
    sys.stdin.readline()  # The test expires the tokens now.
    try:
        organisation.get()
        emit(outcome(None))
    except Exception as error:
        emit(outcome(error))

elif case == "invalid_option":
    user = login()
    organisation = next(user.organisations)
    glasgow = organisation.create_data(
        name="Glasgow invalid option",
        file_type=fusion_platform.FILE_TYPE_GEOJSON,
        files=[fusion_platform.EXAMPLE_GLASGOW_FILE],
        wait=True,
    )
    try:
        service, _ = organisation.find_services(keyword="Elevation")
        process = organisation.new_process(name="Invalid option", service=service)
        process.update(input_number=1, data=glasgow)

        # A numeric option with a lower bound, set below it: the SDK only checks the type, the range is the
        # server's job on create (contract 6.11, 8.4).
        chosen = None
        for option in process.options:
            rules = dict(part.split("=", 1) for part in (option.validation or "").split(";") if "=" in part)
            rules = {key.strip().lower(): value.strip() for key, value in rules.items()}
            if option.data_type == fusion_platform.DATA_TYPE_NUMERIC and "min" in rules:
                chosen = (option.name, float(rules["min"]) - 1000.0)
                break
        if chosen is None:
            emit(outcome(None, option=None, options=[(o.name, o.data_type, o.validation) for o in process.options]))
        else:
            process.update(option_name=chosen[0], value=chosen[1], coerce_value=True)
            try:
                process.create()
                created = True
                error = None
            except Exception as raised:
                created = False
                error = raised
            if created:
                process.delete()
            emit(outcome(error, option=chosen[0], value=chosen[1]))
    finally:
        glasgow.delete()

elif case == "forged_token":
    user = login()
    organisation = next(user.organisations)
    session = user._session
    token = session._Session__bearer_token
    session._Session__bearer_token = token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB")
    try:
        organisation.get()
        emit(outcome(None))
    except Exception as error:
        emit(outcome(error))

elif case == "failing_service":
    # The sandbox's services take simulate_failure=true to fail on purpose: execute(wait=True) must raise the
    # SDK's ModelError("Execution has failed: <abort_reason>") after the run ends (contract 8.6).
    user = login()
    organisation = next(user.organisations)
    glasgow = process = None
    try:
        glasgow, process = glasgow_process(organisation, "Failing service", simulate_failure="true")
        try:
            process.execute(wait=True)
            emit(outcome(None))
        except Exception as error:
            execution = next(process.executions)
            emit(
                outcome(
                    error, success=execution.success, progress=execution.progress, abort_reason=execution.abort_reason
                )
            )
    finally:
        tidy(process, glasgow)

elif case == "stopped_execution":
    # Needs a sandbox whose executions run for a while (SANDBOX_EXECUTION_DELAY): start, stop, then the SDK must
    # report the stop: the execution fails its completion check and waiting for another run raises at once.
    user = login()
    organisation = next(user.organisations)
    glasgow = process = None
    try:
        glasgow, process = glasgow_process(organisation, "Stopped execution")
        process.execute(wait=False)
        process.wait_for_next_execution()
        execution = next(process.executions)
        process.stop()
        process.get()
        try:
            execution.check_complete(wait=True)
            check_error = None
        except Exception as error:
            check_error = error
        try:
            process.wait_for_next_execution()
            wait_error = None
        except Exception as error:
            wait_error = error
        execution.get()
        emit(
            outcome(
                check_error,
                process_status=process.process_status,
                stopped=execution.stopped,
                progress=execution.progress,
                success=execution.success,
                wait_raised=None if wait_error is None else type(wait_error).__name__,
                wait_message=None if wait_error is None else str(wait_error),
            )
        )
    finally:
        tidy(process, glasgow)

elif case == "other_organisation":
    # The other seeded user's data item must be invisible to the demo user, through either organisation id.
    other = fusion_platform.login(
        email=os.environ["FP_OTHER_EMAIL"],
        password=os.environ["FP_OTHER_PASSWORD"],
        api_url=settings.api_url,
        session_options=settings.session_options,
    )
    other_organisation = next(other.organisations)
    secret = other_organisation.create_data(
        name="Not yours",
        file_type=fusion_platform.FILE_TYPE_GEOJSON,
        files=[fusion_platform.EXAMPLE_GLASGOW_FILE],
        wait=True,
    )
    try:
        user = login()
        own_organisation_ids = [str(organisation.id) for organisation in user.organisations]
        results = {}
        for label, organisation_id in (
            ("their_organisation", other_organisation.id),
            ("own_organisation", own_organisation_ids[0]),
        ):
            try:
                Data._model_from_api_id(user._session, organisation_id=organisation_id, data_id=secret.id)
                results[label] = outcome(None)
            except Exception as error:
                results[label] = outcome(error)
        found, _ = next(user.organisations).find_data(id=secret.id)
        emit(
            {
                "case": case,
                "other_organisation_is_mine": str(other_organisation.id) in own_organisation_ids,
                "found_with_find_data": found is not None,
                **results,
            }
        )
    finally:
        secret.delete()

else:
    sys.exit(f"unknown case {case!r}")

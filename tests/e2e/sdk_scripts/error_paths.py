"""Error paths as the official SDK sees them: what it raises when the sandbox refuses something.

Usage: ``error_paths.py wrong_password | expired_token | invalid_option``.

Each case prints one JSON line: ``{"case", "raised" (exception class name or null), "message", ...}``. Only the
SDK's public API is used; an error is reported, never swallowed, so the test can assert on class and text.

``expired_token`` logs in, prints ``LOGGED_IN`` and then waits for one line on stdin: the test expires the
sandbox's tokens in between (admin endpoint), after which the next SDK call must raise RequestError.
"""

import sys

import fusion_platform
from _common import connection, emit
from fusion_platform.session import RequestError

settings = connection(description=__doc__)
case = settings.extra[0] if settings.extra else ""


def login(password=None):
    return fusion_platform.login(email=settings.email, password=settings.password if password is None else password,
                                 api_url=settings.api_url, session_options=settings.session_options)


def outcome(error, **extra):
    return {"case": case, "raised": None if error is None else type(error).__name__,
            "is_request_error": isinstance(error, RequestError), "message": None if error is None else str(error),
            **extra}


if case == "wrong_password":
    try:
        login(password=settings.password + "-wrong")
        emit(outcome(None))
    except Exception as error:  # noqa: BLE001 - the class is part of what the test checks
        emit(outcome(error))

elif case == "expired_token":
    user = login()
    organisation = next(user.organisations)  # Works with the fresh token.
    print("LOGGED_IN", flush=True)
    sys.stdin.readline()  # The test expires the tokens now.
    try:
        organisation.get()
        emit(outcome(None))
    except Exception as error:  # noqa: BLE001
        emit(outcome(error))

elif case == "invalid_option":
    user = login()
    organisation = next(user.organisations)
    glasgow = organisation.create_data(name='Glasgow invalid option', file_type=fusion_platform.FILE_TYPE_GEOJSON,
                                       files=[fusion_platform.EXAMPLE_GLASGOW_FILE], wait=True)
    try:
        service, _ = organisation.find_services(keyword='Elevation')
        process = organisation.new_process(name='Invalid option', service=service)
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
            except Exception as raised:  # noqa: BLE001
                created = False
                error = raised
            if created:
                process.delete()
            emit(outcome(error, option=chosen[0], value=chosen[1]))
    finally:
        glasgow.delete()

else:
    sys.exit(f"unknown case {case!r}")

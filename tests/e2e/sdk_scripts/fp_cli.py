"""Run the official ``fusion_platform`` command-line tool (SDK 2.2.5) against the sandbox.

The CLI has no URL option and reads no environment variables (contract 10.1): it only knows the deployments in
``fusion_platform.command.Command.DEPLOYMENTS``. This wrapper adds a ``sandbox`` deployment pointing at
``FP_API_URL`` and, so that nothing can ever reach the real platform by accident, points the three real
deployments at the sandbox as well. It also lowers the SDK's default poll interval
(``Session.API_UPDATE_WAIT_PERIOD_DEFAULT``, 10 s) to ``FP_WAIT_PERIOD`` because the CLI offers no way to pass
session options; both are test-harness changes, not changes to what the CLI sends.

Then it calls the CLI's own ``main`` with the remaining arguments, exactly like the ``fusion_platform`` console
script. The password prompt (prompt_toolkit) is answered on stdin by the test.
"""

import os
import sys

import fusion_platform.command as command
import fusion_platform.session as session

api_url = os.environ["FP_API_URL"].rstrip("/")

for deployment in command.Command.DEPLOYMENTS.values():
    deployment[command.Command._DEPLOYMENT_KEY_URL] = api_url

command.Command.DEPLOYMENTS["sandbox"] = {
    command.Command._DEPLOYMENT_KEY_URL: api_url,
    command.Command._DEPLOYMENT_KEY_STAGE: "sandbox",
    command.Command._DEPLOYMENT_KEY_REGION: "local",
}

session.Session.API_UPDATE_WAIT_PERIOD_DEFAULT = float(os.environ.get("FP_WAIT_PERIOD", "1"))

if __name__ == "__main__":
    sys.argv = ["fusion_platform", *sys.argv[1:]]
    command.main()

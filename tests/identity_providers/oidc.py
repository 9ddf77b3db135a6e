"""Start and stop the real OpenID Connect provider (tests/identity_providers/oidc_provider.mjs) with node.

`running_provider(...)` starts it for the app at `app_url` and configures the app for it (settings
OIDC_*; reading the secret from its file is config/settings.py's, tested in test_oidc_settings.py).
Node is on every machine the suite runs on; where it is missing the test fails rather than skips.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from django.test import override_settings

SCRIPT = Path(__file__).with_name("oidc_provider.mjs")
ROOT = Path(__file__).resolve().parents[2]
CLIENT_ID = "peer-support-app"
CLIENT_SECRET = "client-secret-for-the-test-provider"
PASSWORD = "provider-password"
CALLBACK_PATH = "/accounts/oidc/callback/"
LOGIN_PATH = "/accounts/login/"


@dataclass
class Account:
    """A person at the provider: `claims` as its userinfo gives them; `amr`/`acr` as its login reports."""

    email: str
    email_verified: bool = True
    given_name: str = "Test"
    family_name: str = "Person"
    amr: list[str] = field(default_factory=lambda: ["pwd"])
    acr: str | None = None

    def as_json(self) -> dict[str, Any]:
        account: dict[str, Any] = {
            "password": PASSWORD,
            "claims": {
                "email": self.email,
                "email_verified": self.email_verified,
                "given_name": self.given_name,
                "family_name": self.family_name,
            },
            "amr": self.amr,
        }
        if self.acr:
            account["acr"] = self.acr
        return account


@contextmanager
def running_provider(
    app_url: str,
    accounts: dict[str, Account],
    *,
    tamper: str | None = None,
    display_name: str = "UniSSO",
    mfa_acr_values: list[str] | None = None,
) -> Iterator[str]:
    """Run a provider with these accounts (and, with `tamper`, misconfigured to issue bad ID tokens);
    yield its issuer URL with the app's settings pointing at it."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not installed: the OpenID Connect tests need it to run their provider")
    settings_json = {
        "clientId": CLIENT_ID,
        "clientSecret": CLIENT_SECRET,
        "redirectUris": [app_url + CALLBACK_PATH],
        "postLogoutRedirectUris": [app_url + LOGIN_PATH],
        "accounts": {login: account.as_json() for login, account in accounts.items()},
        "tamper": tamper,
    }
    environment = {**os.environ, "OIDC_TEST_SETTINGS": json.dumps(settings_json)}
    with tempfile.TemporaryFile("w+") as errors:
        process = subprocess.Popen(
            [node, str(SCRIPT)], cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=errors, text=True
        )
        try:
            assert process.stdout is not None
            first_line = process.stdout.readline()
            if not first_line:
                process.wait(timeout=10)
                errors.seek(0)
                pytest.fail(f"the OpenID Connect provider did not start: {errors.read()[-2000:]}")
            issuer = json.loads(first_line)["issuer"]
            with override_settings(
                OIDC_ISSUER=issuer,
                OIDC_CLIENT_ID=CLIENT_ID,
                OIDC_CLIENT_SECRET=CLIENT_SECRET,
                OIDC_EMAIL_VERIFIED_CLAIM="email_verified",
                OIDC_DISPLAY_NAME=display_name,
                OIDC_MFA_ACR_VALUES=mfa_acr_values or [],
            ):
                yield issuer
        finally:
            process.terminate()
            process.wait(timeout=10)

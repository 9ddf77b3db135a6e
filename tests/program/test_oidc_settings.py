"""OpenID Connect settings come from the environment: off unless OIDC_ISSUER is set, the client secret
only from a file, and a half-done configuration stops the process at start-up."""

from __future__ import annotations

from pathlib import Path

from tests.test_settings import _manage

ISSUER = "https://login.uni.example/realms/staff"


def test_a_complete_configuration_with_the_secret_in_a_file_starts(tmp_path: Path) -> None:
    secret = tmp_path / "oidc-client-secret"
    secret.write_text("s3cret-from-a-file\n")
    shown = _manage(
        "shell",
        "-c",
        "from django.conf import settings as s; "
        "print(s.OIDC_CLIENT_SECRET == 's3cret-from-a-file', s.OIDC_SCOPES, s.OIDC_EMAIL_CLAIM,"
        " s.OIDC_MFA_ACR_VALUES)",
        OIDC_ISSUER=ISSUER,
        OIDC_CLIENT_ID="peer-support",
        OIDC_CLIENT_SECRET_FILE=str(secret),
        OIDC_MFA_ACR_VALUES="urn:uni:mfa, http://schemas.openid.net/pape/policies/2007/06/multi-factor",
    )
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip().splitlines()[-1] == (
        "True openid email profile email "
        "['urn:uni:mfa', 'http://schemas.openid.net/pape/policies/2007/06/multi-factor']"
    )


def test_the_secret_itself_in_the_environment_is_refused(tmp_path: Path) -> None:
    result = _manage("check", OIDC_ISSUER=ISSUER, OIDC_CLIENT_ID="peer-support", OIDC_CLIENT_SECRET="inline")
    assert result.returncode != 0
    assert "Set OIDC_CLIENT_SECRET_FILE (a file holding the secret), not OIDC_CLIENT_SECRET." in result.stderr


def test_an_issuer_without_client_or_secret_stops_the_start(tmp_path: Path) -> None:
    result = _manage("check", OIDC_ISSUER=ISSUER)
    assert result.returncode != 0
    assert "OIDC_CLIENT_ID and OIDC_CLIENT_SECRET_FILE are required" in result.stderr
    missing = _manage(
        "check", OIDC_ISSUER=ISSUER, OIDC_CLIENT_ID="x", OIDC_CLIENT_SECRET_FILE=str(tmp_path / "absent")
    )
    assert "OIDC_CLIENT_SECRET_FILE=" in missing.stderr and "cannot be read" in missing.stderr


def test_scopes_without_openid_are_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text("x")
    result = _manage(
        "check",
        OIDC_ISSUER=ISSUER,
        OIDC_CLIENT_ID="x",
        OIDC_CLIENT_SECRET_FILE=str(secret),
        OIDC_SCOPES="email profile",
    )
    assert "OIDC_SCOPES must include openid" in result.stderr

"""Settings come from the environment, fail loudly on bad values, and pass `check --deploy` in production."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from config import settings as config_settings
from config.env import env_bool, env_int, env_list, env_secret, env_str

REPO = Path(__file__).resolve().parents[1]
PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": "a-production-secret-that-is-long-enough-and-varied-9f8e7d6c5b4a3",
    "ALLOWED_HOSTS": "peersupport.example.edu",
    "DATABASE_URL": "sqlite:////tmp/peer-support-deploy-check.sqlite3",
    "NARRATIVE_KEYS": "yvX7pXv2mXbq0b0oQm8mC1vV3T9r0v1Q4mYbXyJ4f2E=",
}


def _manage(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "SECRET_KEY", "ALLOWED_HOSTS")}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_in_production_mode() -> None:
    result = _manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_refuses_production_without_narrative_keys() -> None:
    env = {k: v for k, v in PRODUCTION.items() if k != "NARRATIVE_KEYS"}
    result = _manage("check", "--deploy", **env)
    assert result.returncode != 0
    assert "supervision.E001" in result.stderr and "NARRATIVE_KEYS is not set" in result.stderr


def test_production_mode_refuses_to_start_without_a_secret_key() -> None:
    env = {k: v for k, v in PRODUCTION.items() if k != "SECRET_KEY"}
    result = _manage("check", **env)
    assert result.returncode != 0
    assert "SECRET_KEY (or SECRET_KEY_FILE) is required when DEBUG is off" in result.stderr


def test_a_bad_boolean_stops_start_up_with_its_name() -> None:
    result = _manage("check", DEBUG="maybe")
    assert result.returncode != 0
    assert "DEBUG must be true or false, not 'maybe'" in result.stderr


def test_an_unknown_time_zone_stops_start_up() -> None:
    result = _manage("check", TIME_ZONE="Mars/Olympus")
    assert result.returncode != 0
    assert "TIME_ZONE='Mars/Olympus' is not a known time zone" in result.stderr


def test_env_helpers_parse_and_fail_loudly(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("X_INT", "12")
    assert env_int("X_INT", 1) == 12
    monkeypatch.setenv("X_INT", "twelve")
    with pytest.raises(ImproperlyConfigured, match="X_INT must be a whole number"):
        env_int("X_INT", 1)
    monkeypatch.setenv("X_INT", "0")
    with pytest.raises(ImproperlyConfigured, match="at least 1"):
        env_int("X_INT", 5, minimum=1)
    monkeypatch.setenv("X_BOOL", "Yes")
    assert env_bool("X_BOOL", False) is True
    monkeypatch.setenv("X_LIST", "a.example, b.example,")
    assert env_list("X_LIST", []) == ["a.example", "b.example"]
    monkeypatch.delenv("X_REQUIRED", raising=False)
    with pytest.raises(ImproperlyConfigured, match="X_REQUIRED is required"):
        env_str("X_REQUIRED")
    secret = tmp_path / "secret"
    secret.write_text("from-a-file\n")
    monkeypatch.setenv("X_SECRET_FILE", str(secret))
    assert env_secret("X_SECRET") == "from-a-file"
    monkeypatch.setenv("X_SECRET", "inline")
    with pytest.raises(ImproperlyConfigured, match="Set only one of X_SECRET and X_SECRET_FILE"):
        env_secret("X_SECRET")


def test_passwords_are_hashed_with_argon2() -> None:
    # The settings module itself: the suite puts a fast hasher in front (tests/conftest.py).
    assert config_settings.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"


def test_sessions_and_csrf_cookies_are_http_only_and_same_site() -> None:
    assert settings.SESSION_COOKIE_HTTPONLY is True
    assert settings.SESSION_COOKIE_SAMESITE == "Lax" and settings.CSRF_COOKIE_SAMESITE == "Lax"


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({**PRODUCTION}, "['coordinator', 'supervisor']"),
        ({**PRODUCTION, "MFA_REQUIRED_ROLES": ""}, "[]"),
        ({**PRODUCTION, "MFA_REQUIRED_ROLES": "coordinator"}, "['coordinator']"),
        ({"DEBUG": "true"}, "[]"),
    ],
    ids=["production-default", "production-none", "production-coordinators", "debug-default"],
)
def test_second_factor_is_required_of_staff_by_default_in_production_only(env: dict, expected: str) -> None:
    result = _manage(
        "shell", "-c", "from django.conf import settings; print(settings.MFA_REQUIRED_ROLES)", **env
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == expected

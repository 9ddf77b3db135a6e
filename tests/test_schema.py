"""The OpenAPI schema documents every endpoint, validates without warnings, and the docs need no CDN."""

from __future__ import annotations

import re

import pytest
from django.core.management import call_command
from django.test import Client

pytestmark = pytest.mark.django_db

RESOURCES = [
    "programs",
    "memberships",
    "supervisor-assignments",
    "training-modules",
    "training-records",
    "referral-services",
    "notifications",
    "audit-events",
]


def test_schema_generation_validates_with_no_warnings(tmp_path, capsys) -> None:
    target = tmp_path / "schema.yml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(target))
    captured = capsys.readouterr()
    assert "Warning" not in captured.err and "Error" not in captured.err, captured.err
    schema = target.read_text()
    for resource in RESOURCES:
        assert f"/api/v1/{resource}/" in schema, resource
    assert "/api/v1/auth/token/" in schema


def test_schema_and_docs_are_served_and_docs_load_only_local_assets() -> None:
    client = Client()
    assert client.get("/api/schema/").status_code == 200
    docs = client.get("/api/docs/")
    assert docs.status_code == 200
    sources = re.findall(r'(?:src|href)="([^"]+)"', docs.content.decode())
    assert sources, "the docs page should reference its assets"
    assert all(source.startswith("/") for source in sources), sources

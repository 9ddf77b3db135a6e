"""Every response carries a Content-Security-Policy that lets no inline script or style run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from tests.conftest import World
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

HEADER = "Content-Security-Policy"

# Rendered to PDF by WeasyPrint and never served as a page, so no browser applies a policy to them.
PDF_TEMPLATES = {
    "selection/report.html",
    "supervision/report.html",
    "supervision/rosters/print.html",
    "succession/handover_pack.html",
    "succession/program_report.html",
}


def directives(response) -> dict[str, list[str]]:
    assert HEADER in response, f"no {HEADER} on {response.status_code} {response.get('Content-Type')}"
    policy: dict[str, list[str]] = {}
    for part in response[HEADER].split(";"):
        name, *sources = part.split()
        policy[name] = sources
    return policy


def assert_strict(response) -> None:
    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]


def test_pages_of_every_kind_carry_the_strict_policy(world: World, client_for) -> None:
    coordinator = client_for("coordinator")
    anonymous = Client()
    responses = {
        "dashboard": coordinator.get(reverse("dashboard")),
        "program page": coordinator.get(reverse("program-overview", args=[world.program.pk])),
        "sign-in page": anonymous.get(reverse("login")),
        "missing page": coordinator.get("/no-such-page/"),
        "out-of-scope page": coordinator.get(reverse("program-overview", args=[world.other_program.pk])),
        "failed sign-in": anonymous.post(reverse("login"), {"username": "supporter", "password": "wrong"}),
    }
    assert responses["missing page"].status_code == 404
    assert responses["out-of-scope page"].status_code == 404
    for name, response in responses.items():
        assert response.status_code < 500, name
        assert_strict(response)


def test_api_responses_and_errors_carry_the_strict_policy(world: World) -> None:
    client = APIClient()
    token = client.post(
        "/api/v1/auth/token/", {"username": "coordinator", "password": PASSWORD}, format="json"
    )
    assert token.status_code == 200
    assert_strict(token)
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.json()['token']}")
    assert_strict(client.get("/api/v1/programs/"))
    missing = client.get("/api/v1/no-such-endpoint/")
    assert missing.status_code == 404
    assert_strict(missing)
    assert_strict(APIClient().get("/api/v1/programs/"))


def test_a_lockout_answer_carries_the_strict_policy(world: World) -> None:
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = Client().post(reverse("login"), {"username": "supporter", "password": "wrong"})
    assert response.status_code == 429
    assert_strict(response)


def test_static_files_carry_the_strict_policy(world: World, settings) -> None:
    # WhiteNoise answers static files before the view layer; the policy must wrap it too. Finders let
    # it serve from static/ without collectstatic (a new test client builds its middleware afresh).
    settings.WHITENOISE_USE_FINDERS = True

    response = Client().get("/" + settings.STATIC_URL.strip("/") + "/css/app.css")
    assert response.status_code == 200
    assert_strict(response)


def test_the_api_docs_relax_styles_only_and_load_their_script_from_a_file(world: World) -> None:
    page = Client().get(reverse("api-docs"))
    assert page.status_code == 200
    policy = directives(page)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    body = page.content.decode()
    assert not re.search(r"<script>", body), "Swagger UI's start-up script is inlined"


def test_no_served_template_has_an_inline_script_handler_or_style() -> None:
    offenders = []
    for root in [Path(settings.BASE_DIR) / "templates", *Path(settings.BASE_DIR).glob("*/templates")]:
        for path in root.rglob("*.html"):
            name = str(path.relative_to(root))
            if name in PDF_TEMPLATES:
                continue
            text = path.read_text()
            if re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text):
                offenders.append(f"{name}: inline <script>")
            if re.search(r"\son[a-z]+\s*=", text):
                offenders.append(f"{name}: on… handler attribute")
            if re.search(r"\sstyle\s*=|<style", text):
                offenders.append(f"{name}: inline style")
    assert offenders == []

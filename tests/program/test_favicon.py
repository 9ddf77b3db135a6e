"""The app's icon (issue 14, part 6): /favicon.ico answers 200 with an icon for anyone, and every page
links the favicon and the Apple touch icon."""

from __future__ import annotations

from io import BytesIO

import pytest
from django.urls import reverse
from PIL import Image


@pytest.mark.parametrize("role", ["anonymous", "supporter"])
def test_favicon_ico_answers_200_with_an_icon(client_for, role: str) -> None:
    response = client_for(role).get("/favicon.ico")

    assert reverse("favicon") == "/favicon.ico"
    assert response.status_code == 200 and response["Content-Type"] == "image/x-icon"
    icon = Image.open(BytesIO(response.content))
    assert icon.format == "ICO" and {(16, 16), (32, 32)} <= icon.info["sizes"]


def test_the_static_favicon_is_served_too(client) -> None:
    response = client.get("/static/favicon.ico")
    assert response.status_code == 200


@pytest.mark.parametrize(("role", "page"), [("anonymous", "login"), ("coordinator", "dashboard")])
def test_every_page_links_the_favicon_and_the_touch_icon(client_for, role: str, page: str) -> None:
    html = client_for(role).get(reverse(page)).content.decode()

    assert '<link rel="icon" href="/static/favicon.ico" sizes="16x16 32x32 48x48">' in html
    assert '<link rel="apple-touch-icon" href="/static/icons/apple-touch-icon.png">' in html

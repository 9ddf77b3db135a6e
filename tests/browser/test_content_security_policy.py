"""The main pages of every role load under the Content-Security-Policy without a single violation.

Chromium reports each blocked inline script, handler or style on the console ("Refused to … because it
violates the following Content Security Policy directive"), so a page that still relies on one fails
here even if it happens to look right.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import ConsoleMessage, Page, expect

pytestmark = pytest.mark.browser

ROLES = ["coordinator", "supervisor", "supporter", "applicant", "reviewer", "sponsor"]


def watch_for_violations(page: Page) -> list[str]:
    violations: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        if "Content Security Policy" in message.text:
            violations.append(f"{page.url}: {message.text}")

    page.on("console", on_console)
    return violations


def main_pages(page: Page) -> list[str]:
    """The dashboard, every page the navigation links to, and the pages the dashboard links to (the
    contact form with its autosave script, rosters, intakes…)."""
    hrefs = page.locator(".site-nav a, main a[href^='/']").evaluate_all(
        "links => links.filter(link => !link.hasAttribute('download')).map(link => link.href)"
    )
    paths = ["/"]
    for href in hrefs:
        url = urlsplit(href)
        if url.netloc == urlsplit(page.url).netloc and url.path not in paths:
            paths.append(url.path)
    return paths


@pytest.mark.parametrize("role", ROLES)
def test_every_main_page_of_a_role_loads_without_a_policy_violation(
    role: str, demo, page: Page, sign_in: Callable[..., None]
) -> None:
    violations = watch_for_violations(page)
    sign_in(page, role)

    visited = []
    for path in main_pages(page):
        # Reports and exports answer with a PDF or CSV, which the browser downloads rather than shows.
        if not page.request.get(path).headers["content-type"].startswith("text/html"):
            continue
        response = page.goto(path)
        assert response is not None and response.ok, f"{path} answered {response and response.status}"
        # Pages with scripts (the contact form's autosave) must have run them by now.
        page.wait_for_load_state("load")
        visited.append(path)

    assert len(visited) > 2, visited
    assert violations == []


def test_the_sign_in_page_and_api_docs_load_without_a_policy_violation(demo, page: Page) -> None:
    violations = watch_for_violations(page)

    page.goto("/accounts/login/")
    page.goto("/api/docs/")
    # Swagger UI renders the operations from the schema with its start-up script, loaded from a file
    # (it draws only the operations near the screen, so wait for any operation's path, not one of them).
    expect(page.locator(".opblock-summary-path").first).to_contain_text("/api/v1/")

    assert violations == []

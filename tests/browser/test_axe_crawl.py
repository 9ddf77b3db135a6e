"""Every page each demo role can reach, checked by axe-core (from npm, node_modules/) at a laptop's and a
phone's width, and for sideways scrolling at 320 px (WCAG 1.4.10, reflow).

The crawl starts at the home page signed in as the role and follows every link of this site it finds,
one page per URL pattern (the second contact's page is built from the same template as the first), so
a page added later is checked without touching this file. It never follows links that change things
(sign out) or that download files (PDF, calendar feeds, CSV).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.urls import Resolver404, resolve
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page, ViewportSize

pytestmark = pytest.mark.browser

AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
LAPTOP = ViewportSize(width=1366, height=900)
PHONE = ViewportSize(width=390, height=844)
NARROWEST = ViewportSize(width=320, height=640)
ROLES = [
    "coordinator",
    "supervisor",
    "supporter",
    "supporter3",
    "applicant",
    "grace.williams",
    "reviewer",
    "sponsor",
]
# Pages that end the session or hand over a file rather than a page.
SKIP_SUFFIXES = (".pdf", ".ics", ".csv", ".webmanifest", ".js", ".png", ".svg", ".ico")
SKIP_PREFIXES = ("/accounts/logout", "/admin", "/api/", "/static/")
SKIP_PARTS = ("/download/",)
MAX_PAGES = 80  # far above any role's count today; a runaway crawl fails instead of running for ever


def pattern_of(path: str) -> str | None:
    """The URL pattern a path belongs to ("programs/<int:program_id>/contacts/<int:pk>/"), or None for
    paths that are not pages of this app."""
    if path.startswith(SKIP_PREFIXES) or path.endswith(SKIP_SUFFIXES) or any(p in path for p in SKIP_PARTS):
        return None
    try:
        match = resolve(path)
    except Resolver404:
        return None
    return match.route


def links_on(page: Page, origin: str) -> list[str]:
    # Links that download rather than show a page say so (`download`), or are caught by SKIP_*.
    hrefs: list[str] = page.eval_on_selector_all("a[href]:not([download])", "els => els.map(e => e.href)")
    paths = []
    for href in hrefs:
        parts = urlsplit(href)
        if f"{parts.scheme}://{parts.netloc}" == origin and not parts.query:
            paths.append(parts.path)
    return paths


def axe_violations(page: Page) -> list[str]:
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # Evaluated, not a <script> tag: the pages' Content-Security-Policy forbids inline scripts.
        page.evaluate(AXE.read_text())
    found = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        ".map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))"
    )
    return [f"{v['id']} ({v['impact']}): {json.dumps(v['nodes'])}" for v in found]


def settle(page: Page, viewport: ViewportSize) -> None:
    """Resize, then let two frames pass so resize observers (static/js/tables.js) have run."""
    page.set_viewport_size(viewport)
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


def sideways(page: Page) -> str:
    """Empty when the page reflows; else by how much it scrolls sideways and the innermost elements
    that stick out (what to fix)."""
    return page.evaluate(
        """() => {
          const root = document.documentElement, extra = root.scrollWidth - root.clientWidth;
          if (extra <= 0) return "";
          const out = [...document.body.querySelectorAll("*")].filter(e => {
            const r = e.getBoundingClientRect();
            return r.right > root.clientWidth + 1 && !e.closest(".table-wrap") &&
              ![...e.children].some(c => c.getBoundingClientRect().right > root.clientWidth + 1);
          }).slice(0, 4).map(e => e.tagName.toLowerCase() + (e.className ? "." + e.className : "") +
            " «" + (e.textContent || "").trim().slice(0, 40) + "»");
          return `scrolls sideways by ${extra} px: ${out.join(", ")}`;
        }"""
    )


@pytest.mark.parametrize("role", ROLES)
def test_every_page_a_role_reaches_passes_axe_and_reflows(
    role: str, demo, make_page: Callable[..., Page], sign_in, live_server
) -> None:
    assert AXE.exists(), "axe-core is missing: `make install` runs npm ci"
    page = make_page(LAPTOP)
    sign_in(page, role)
    origin = live_server.url
    seen_patterns: set[str] = set()
    queue = [urlsplit(page.url).path]
    problems: list[str] = []
    visited = 0
    while queue:
        path = queue.pop(0)
        pattern = pattern_of(path)
        if pattern is None or pattern in seen_patterns:
            continue
        seen_patterns.add(pattern)
        visited += 1
        assert visited <= MAX_PAGES, (
            f"more than {MAX_PAGES} page patterns for {role}: {sorted(seen_patterns)}"
        )
        settle(page, LAPTOP)
        try:
            response = page.goto(path)
        except PlaywrightError as error:
            if "Download is starting" in str(error):  # a file, not a page
                continue
            raise
        assert response is not None
        if response.status >= 400:
            problems.append(f"{path}: HTTP {response.status} from a link on the site")
            continue
        queue.extend(links_on(page, origin))
        problems += [f"{path} at {LAPTOP['width']} px: {v}" for v in axe_violations(page)]
        settle(page, PHONE)
        problems += [f"{path} at {PHONE['width']} px: {v}" for v in axe_violations(page)]
        settle(page, NARROWEST)
        if found := sideways(page):
            problems.append(f"{path} at {NARROWEST['width']} px {found}")
    assert visited >= 3, f"the crawl for {role} reached only {sorted(seen_patterns)}"
    assert not problems, f"{role} ({visited} pages):\n" + "\n".join(problems)

"""Sign-in abuse: spraying many usernames from one address, strangers locking others out, forged
client addresses, and the token endpoint leaving no session behind."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.http import HttpRequest, HttpResponse
from django.test import Client, RequestFactory
from django.urls import reverse
from rest_framework.test import APIClient

from program import audit
from program.middleware import RequestContextMiddleware, client_ip
from program.models import AuditAction, AuditEvent, Role
from tests.conftest import World
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

TOKEN_URL = "/api/v1/auth/token/"
ATTACKER = "203.0.113.66"
PROXY = "10.0.0.2"


def page_sign_in(username: str, password: str, **meta: str):
    return Client().post(reverse("login"), {"username": username, "password": password}, **meta)


def token_sign_in(username: str, password: str, **meta: str):
    return APIClient().post(TOKEN_URL, {"username": username, "password": password}, format="json", **meta)


SIGN_INS = {"page": page_sign_in, "token": token_sign_in}
REFUSED = {"page": 200, "token": 400}
ADMITTED = {"page": 302, "token": 200}


@pytest.fixture(autouse=True)
def small_address_limit(settings) -> int:
    settings.SIGN_IN_ADDRESS_FAILURE_LIMIT = 8
    return 8


@pytest.mark.parametrize("via", SIGN_INS)
def test_spraying_many_usernames_from_one_address_is_locked_at_the_address_limit(
    world: World, via: str, small_address_limit: int
) -> None:
    sign_in = SIGN_INS[via]
    # One guess per username never reaches the per-pair limit; only the address limit can stop it.
    statuses = [sign_in(f"student{n}", "Summer2026!", REMOTE_ADDR=ATTACKER).status_code for n in range(30)]

    assert statuses[: small_address_limit - 1] == [REFUSED[via]] * (small_address_limit - 1)
    assert set(statuses[small_address_limit - 1 :]) == {429}
    # The address stays locked even for a right password, and unknown and real usernames alike.
    assert sign_in("supporter", PASSWORD, REMOTE_ADDR=ATTACKER).status_code == 429


@pytest.mark.parametrize("via", SIGN_INS)
def test_spraying_through_the_page_also_locks_the_token_endpoint(world: World, via: str) -> None:
    for n in range(settings.SIGN_IN_ADDRESS_FAILURE_LIMIT):
        page_sign_in(f"student{n}", "Summer2026!", REMOTE_ADDR=ATTACKER)

    assert SIGN_INS[via]("supporter", PASSWORD, REMOTE_ADDR=ATTACKER).status_code == 429


@pytest.mark.parametrize("via", SIGN_INS)
def test_a_stranger_elsewhere_cannot_lock_a_real_user_out(world: World, via: str) -> None:
    sign_in = SIGN_INS[via]
    for n in range(settings.SIGN_IN_ADDRESS_FAILURE_LIMIT * 2):
        sign_in("supporter", f"guess {n}", REMOTE_ADDR=ATTACKER)
    assert sign_in("supporter", PASSWORD, REMOTE_ADDR=ATTACKER).status_code == 429

    assert sign_in("supporter", PASSWORD, REMOTE_ADDR="192.0.2.10").status_code == ADMITTED[via]


def test_honest_typos_on_a_shared_network_do_not_add_up_to_an_address_lock(
    world: World, small_address_limit: int
) -> None:
    campus = "192.0.2.50"
    # Everyone on the campus network mistypes once, then gets it right: a success clears that person's
    # failures, so the address never nears its limit.
    people = ("supporter", "supervisor", "coordinator")
    rounds = small_address_limit // len(people) + 1
    assert rounds * len(people) > small_address_limit
    for _ in range(rounds):
        for role in people:
            assert page_sign_in(role, "typo", REMOTE_ADDR=campus).status_code == 200
            assert page_sign_in(role, PASSWORD, REMOTE_ADDR=campus).status_code == 302


def test_a_lock_ends_after_the_cool_off(world: World, settings) -> None:
    from axes.models import AccessAttempt
    from django.utils import timezone

    for n in range(settings.SIGN_IN_ADDRESS_FAILURE_LIMIT):
        page_sign_in(f"student{n}", "Summer2026!", REMOTE_ADDR=ATTACKER)
    assert page_sign_in("supporter", PASSWORD, REMOTE_ADDR=ATTACKER).status_code == 429

    AccessAttempt.objects.update(attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME)

    assert page_sign_in("supporter", PASSWORD, REMOTE_ADDR=ATTACKER).status_code == 302


def test_behind_a_configured_proxy_the_forwarded_address_is_the_one_locked(world: World, settings) -> None:
    settings.TRUSTED_PROXY_COUNT = 1
    # Every request arrives from the proxy; the client's own address is the entry the proxy appended.
    for n in range(settings.SIGN_IN_ADDRESS_FAILURE_LIMIT):
        page_sign_in(f"student{n}", "x", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=f"192.0.2.1, {ATTACKER}")
    assert (
        page_sign_in("supporter", PASSWORD, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=ATTACKER).status_code
        == 429
    )

    # Someone else behind the same proxy is not caught by the attacker's lock.
    response = page_sign_in("supporter", PASSWORD, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.5")
    assert response.status_code == 302


def test_without_a_proxy_a_forged_forwarded_header_does_not_escape_the_lock(world: World, settings) -> None:
    settings.TRUSTED_PROXY_COUNT = 0
    for n in range(settings.SIGN_IN_ADDRESS_FAILURE_LIMIT):
        forged = f"198.51.100.{n + 1}"
        page_sign_in(f"student{n}", "x", REMOTE_ADDR=ATTACKER, HTTP_X_FORWARDED_FOR=forged)

    response = page_sign_in("supporter", PASSWORD, REMOTE_ADDR=ATTACKER, HTTP_X_FORWARDED_FOR="192.0.2.200")
    assert response.status_code == 429


@pytest.mark.parametrize(("proxies", "recorded"), [(1, ATTACKER), (0, PROXY)])
def test_the_audit_trail_records_the_same_client_address_as_sign_in(
    world: World, settings, proxies: int, recorded: str
) -> None:
    settings.TRUSTED_PROXY_COUNT = proxies
    coordinator = world.user(Role.COORDINATOR)

    def view(_request: HttpRequest) -> HttpResponse:
        audit.record(coordinator, AuditAction.VIEW, world.program, program=world.program)
        return HttpResponse()

    request = RequestFactory().get("/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=f"192.0.2.1, {ATTACKER}")
    RequestContextMiddleware(view)(request)

    assert AuditEvent.objects.get().source_ip == recorded


def test_the_token_endpoint_starts_no_session(world: World) -> None:
    client = APIClient()
    response = client.post(
        TOKEN_URL, {"username": "supporter", "password": PASSWORD}, format="json", REMOTE_ADDR=ATTACKER
    )

    assert response.status_code == 200
    assert settings.SESSION_COOKIE_NAME not in response.cookies
    assert not Session.objects.exists()


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, f"{ATTACKER}", PROXY),  # no proxy configured: the header is the client's say-so
        (1, f"192.0.2.1, {ATTACKER}", ATTACKER),  # the entry our proxy appended, not the client's claim
        (2, f"192.0.2.1, {ATTACKER}, 10.0.0.1", ATTACKER),  # two proxies: second from the right
        (2, ATTACKER, PROXY),  # fewer entries than proxies: it bypassed one, so only the peer is known
        (1, "not-an-address", PROXY),
        (1, "", PROXY),
    ],
)
def test_the_client_address_comes_from_the_configured_proxies_only(
    settings, proxies: int, forwarded: str, expected: str
) -> None:
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().get("/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded)

    assert client_ip(request) == expected


def test_the_client_address_header_can_be_another_one(settings) -> None:
    settings.TRUSTED_PROXY_COUNT = 1
    settings.CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    request = RequestFactory().get(
        "/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="192.0.2.1", HTTP_X_REAL_IP=ATTACKER
    )

    assert client_ip(request) == ATTACKER

"""POST/GET/DELETE /api/v1/push-subscriptions/, the "Notifications on this device" page, and the
installable app's manifest and service worker (issue 13, part 4: Web Push)."""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from py_vapid import Vapid02

from program import push
from program.models import MembershipStatus, PushSubscription
from program.services import update_membership
from tests.api.helpers import PROGRAM_ROLES, assert_error, assert_not_signed_in, result_ids
from tests.conftest import World

pytestmark = pytest.mark.django_db

URL = "/api/v1/push-subscriptions/"
MAY_SUBSCRIBE = ["coordinator", "supervisor", "supporter", "outsider"]  # outsider: another program's staff
MAY_NOT = ["applicant", "reviewer", "sponsor", "stranger"]


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def browser_subscription(device: str = "a") -> dict:
    """What `PushSubscription.toJSON()` gives in a browser."""
    key = ec.generate_private_key(ec.SECP256R1()).public_key()
    return {
        "endpoint": f"https://push.example.net/send/{device}-{b64url(os.urandom(8))}",
        "expirationTime": None,
        "keys": {
            "p256dh": b64url(key.public_bytes(Encoding.X962, PublicFormat.UncompressedPoint)),
            "auth": b64url(os.urandom(16)),
        },
    }


@pytest.fixture(autouse=True)
def vapid() -> Iterator[Vapid02]:
    key = Vapid02()
    key.generate_keys()
    with override_settings(VAPID_PRIVATE_KEY=key.private_pem().decode()):
        yield key


def mine(world: World, role: str, device: str = "a") -> PushSubscription:
    body = browser_subscription(device)
    found, _ = push.subscribe(
        world.user(role), endpoint=body["endpoint"], p256dh=body["keys"]["p256dh"], auth=body["keys"]["auth"]
    )
    return found


# --- POST -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", MAY_SUBSCRIBE)
def test_staff_and_supporters_turn_notifications_on_for_a_device(world: World, api_for, role: str) -> None:
    body = browser_subscription()
    response = api_for(role).post(URL, body, format="json")

    assert response.status_code == 201, response.content
    data = response.json()
    assert set(data) == {"id", "endpoint", "active", "created_at", "last_success_at", "disabled_at"}
    assert (data["endpoint"], data["active"], data["last_success_at"]) == (body["endpoint"], True, None)
    stored = PushSubscription.objects.get(pk=data["id"])
    assert (stored.user, stored.p256dh, stored.auth) == (world.user(role), *body["keys"].values())
    assert body["keys"]["auth"] not in response.content.decode(), "the browser's secret is not shown back"


@pytest.mark.parametrize("role", MAY_NOT)
def test_applicants_reviewers_sponsors_and_strangers_are_refused(world: World, api_for, role: str) -> None:
    assert_error(api_for(role).post(URL, browser_subscription(), format="json"), 403)
    assert not PushSubscription.objects.exists()


def test_anonymous_callers_are_refused(api_for) -> None:
    assert_not_signed_in(api_for("anonymous").post(URL, browser_subscription(), format="json"))
    assert_not_signed_in(api_for("anonymous").get(URL))


def test_a_supporter_who_left_may_not_subscribe(world: World, api_for) -> None:
    update_membership(world.members["supporter"], by=world.user("coordinator"), status=MembershipStatus.ENDED)
    assert_error(api_for("supporter").post(URL, browser_subscription(), format="json"), 403)


def test_without_web_push_configured_nobody_may_subscribe(api_for) -> None:
    with override_settings(VAPID_PRIVATE_KEY=""):
        error = assert_error(api_for("supervisor").post(URL, browser_subscription(), format="json"), 403)
    assert "not set up" in error["message"]


def test_the_same_device_again_refreshes_it_and_answers_200(world: World, api_for) -> None:
    body = browser_subscription()
    first = api_for("supervisor").post(URL, body, format="json").json()
    PushSubscription.objects.filter(pk=first["id"]).update(disabled_at="2026-01-01T00:00:00Z")
    body["keys"]["auth"] = b64url(os.urandom(16))

    again = api_for("supervisor").post(URL, body, format="json")

    assert again.status_code == 200 and again.json()["id"] == first["id"] and again.json()["active"]
    assert PushSubscription.objects.get().auth == body["keys"]["auth"]


def test_a_device_subscribed_by_someone_else_now_belongs_to_whoever_subscribed_it_last(
    world: World, api_for
) -> None:
    body = browser_subscription()
    api_for("supervisor").post(URL, body, format="json")
    response = api_for("supporter").post(URL, body, format="json")

    assert response.status_code == 201
    assert PushSubscription.objects.get().user == world.user("supporter")
    assert result_ids(api_for("supervisor").get(URL)) == []


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda b: b.update(endpoint="http://push.example.net/send/x"), "endpoint"),
        (lambda b: b.update(endpoint="not a url"), "endpoint"),
        (lambda b: b.update(endpoint="https://user:pw@push.example.net/x"), "endpoint"),
        (lambda b: b.update(endpoint="https://10.0.0.1/x"), "endpoint"),
        (lambda b: b.update(endpoint="https://[::1]/x"), "endpoint"),
        (lambda b: b.update(endpoint="https://localhost/x"), "endpoint"),
        (lambda b: b.update(endpoint="https://metadata/x"), "endpoint"),
        (lambda b: b["keys"].update(p256dh=b64url(os.urandom(65))), "keys.p256dh"),
        (lambda b: b["keys"].update(p256dh="***"), "keys.p256dh"),
        (lambda b: b["keys"].update(auth=b64url(os.urandom(8))), "keys.auth"),
        (lambda b: b.pop("keys"), "keys"),
        (lambda b: b.update(user=1), "user"),
    ],
)
def test_bad_input_is_400_naming_the_field(api_for, change, field: str) -> None:
    body = browser_subscription()
    change(body)
    response = api_for("supervisor").post(URL, body, format="json")
    assert response.status_code == 400, response.content
    fields = response.json()["error"]["fields"]
    assert field in fields or any(
        name.startswith(f"{field}.") or field.startswith(f"{name}.") for name in fields
    ), fields
    assert not PushSubscription.objects.exists()


# --- GET and DELETE: one's own only -----------------------------------------------------------------------


@pytest.mark.parametrize("role", [*PROGRAM_ROLES, "outsider", "stranger"])
def test_everyone_lists_only_their_own_devices(world: World, api_for, role: str) -> None:
    owned = {r: mine(world, r, r) for r in MAY_SUBSCRIBE}
    expected = [owned[role].pk] if role in owned else []
    assert result_ids(api_for(role).get(URL)) == expected


@pytest.mark.parametrize("role", [r for r in [*PROGRAM_ROLES, "outsider", "stranger"] if r != "supervisor"])
def test_anyone_elses_device_is_404_to_read_and_to_delete(world: World, api_for, role: str) -> None:
    device = mine(world, "supervisor")
    assert_error(api_for(role).get(f"{URL}{device.pk}/"), 404)
    assert_error(api_for(role).delete(f"{URL}{device.pk}/"), 404)
    assert PushSubscription.objects.filter(pk=device.pk).exists()


def test_one_reads_and_deletes_ones_own_device(world: World, api_for) -> None:
    device = mine(world, "supervisor")
    assert api_for("supervisor").get(f"{URL}{device.pk}/").json()["id"] == device.pk
    assert api_for("supervisor").delete(f"{URL}{device.pk}/").status_code == 204
    assert not PushSubscription.objects.exists()


@pytest.mark.parametrize("method", ["put", "patch"])
def test_a_subscription_is_not_edited_in_place(world: World, api_for, method: str) -> None:
    device = mine(world, "supervisor")
    assert_error(getattr(api_for("supervisor"), method)(f"{URL}{device.pk}/", {}, format="json"), 405)


# --- The page ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", [*PROGRAM_ROLES, "outsider", "stranger"])
def test_the_device_page_offers_to_turn_notifications_on_to_staff_and_supporters_only(
    world: World, client_for, vapid: Vapid02, role: str
) -> None:
    page = client_for(role).get(reverse("push-devices"))
    assert page.status_code == 200
    html = page.content.decode()
    offered = 'id="push-setup"' in html
    assert offered == (role in MAY_SUBSCRIBE)
    if offered:
        assert f'data-vapid-public-key="{push.vapid_keys().public}"' in html  # type: ignore[union-attr]
        assert "/static/js/push.js" in html and "<script>" not in html


def test_the_device_page_sends_anonymous_visitors_to_sign_in(client_for) -> None:
    response = client_for("anonymous").get(reverse("push-devices"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_the_device_page_lists_and_removes_ones_own_devices_only(world: World, client_for) -> None:
    own, others = mine(world, "supervisor"), mine(world, "coordinator")
    client = client_for("supervisor")
    assert client.get(reverse("push-devices")).content.decode().count('name="remove"') == 1

    assert client.post(reverse("push-devices"), {"remove": others.pk}).status_code == 404
    assert client.post(reverse("push-devices"), {"remove": "x"}).status_code == 404
    assert client.post(reverse("push-devices"), {"remove": own.pk}).status_code == 302
    assert list(PushSubscription.objects.all()) == [others]


# --- The installable app ----------------------------------------------------------------------------------


def test_the_manifest_is_served_by_the_app_with_its_content_type_and_icons_from_static(client) -> None:
    response = client.get(reverse("web-manifest"))
    assert response.status_code == 200 and response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert (manifest["display"], manifest["scope"], manifest["start_url"]) == ("standalone", "/", "/")
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes and any(i.get("purpose") == "maskable" for i in manifest["icons"])
    for icon in manifest["icons"]:
        assert icon["src"].startswith("/static/icons/")
        served = client.get(icon["src"])
        assert served.status_code == 200 and served["Content-Type"] == "image/png"


def test_the_service_worker_is_served_at_the_root_as_javascript_under_the_policy(client) -> None:
    response = client.get(reverse("service-worker"))
    assert reverse("service-worker") == "/service-worker.js"
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/" and response["Cache-Control"] == "no-cache"
    assert "script-src 'self'" in response["Content-Security-Policy"]
    body = response.content.decode()
    assert 'addEventListener("push"' in body and 'addEventListener("notificationclick"' in body
    assert 'var ICON = "/static/icons/icon\\u002D192.png";' in body  # escapejs writes "-" as \u002D


def test_every_page_links_the_manifest_and_registers_the_worker_from_a_static_script(client_for) -> None:
    html = client_for("supporter").get(reverse("dashboard")).content.decode()
    assert f'<link rel="manifest" href="{reverse("web-manifest")}">' in html
    assert 'src="/static/js/pwa.js" data-service-worker="/service-worker.js"' in html


# --- Keys -------------------------------------------------------------------------------------------------


def test_in_debug_a_key_pair_is_generated_once_and_kept(tmp_path: Path) -> None:
    key_file = tmp_path / "var" / "vapid.pem"
    with override_settings(DEBUG=True, VAPID_PRIVATE_KEY="", VAPID_DEVELOPMENT_KEY_FILE=key_file):
        first = push.vapid_keys()
        push._keys.cache_clear()
        second = push.vapid_keys()
    assert first is not None and second is not None and first.public == second.public
    assert key_file.read_text().startswith("-----BEGIN") and (key_file.stat().st_mode & 0o777) == 0o600
    assert len(base64.urlsafe_b64decode(first.public + "=")) == 65


def test_without_debug_and_without_a_key_web_push_is_off() -> None:
    with override_settings(DEBUG=False, VAPID_PRIVATE_KEY=""):
        assert push.vapid_keys() is None and not push.enabled()


def test_a_key_may_be_given_as_a_pem_file_path_and_a_wrong_public_key_is_refused(
    tmp_path: Path, vapid: Vapid02
) -> None:
    path = tmp_path / "vapid.pem"
    path.write_bytes(vapid.private_pem())
    with override_settings(VAPID_PRIVATE_KEY=str(path)):
        keys = push.vapid_keys()
    assert keys is not None
    with override_settings(VAPID_PRIVATE_KEY=str(path), VAPID_PUBLIC_KEY=keys.public):
        assert push.vapid_keys().public == keys.public  # type: ignore[union-attr]
    other = Vapid02()
    other.generate_keys()
    wrong = b64url(other.public_key.public_bytes(Encoding.X962, PublicFormat.UncompressedPoint))
    with (
        override_settings(VAPID_PRIVATE_KEY=str(path), VAPID_PUBLIC_KEY=wrong),
        pytest.raises(ImproperlyConfigured),
    ):
        push.vapid_keys()


# --- The service worker's renewal (pushsubscriptionchange) ------------------------------------------------


def renewal(old: dict, new: dict) -> dict:
    return {"old": old, "new": new}


def subscribed(world: World, role: str = "supervisor") -> dict:
    body = browser_subscription("old")
    push.subscribe(
        world.user(role), endpoint=body["endpoint"], p256dh=body["keys"]["p256dh"], auth=body["keys"]["auth"]
    )
    return body


def test_a_replaced_subscription_moves_to_its_new_endpoint_for_the_same_person(world: World, client) -> None:
    old, new = subscribed(world), browser_subscription("new")
    answer = client.post(reverse("push-renew"), renewal(old, new), content_type="application/json")
    assert answer.status_code == 204
    stored = PushSubscription.objects.get()
    assert (stored.user, stored.endpoint, stored.p256dh, stored.auth) == (
        world.user("supervisor"),
        new["endpoint"],
        new["keys"]["p256dh"],
        new["keys"]["auth"],
    )


@pytest.mark.parametrize(
    "tamper",
    [
        lambda old: old["keys"].update(auth=b64url(os.urandom(16))),  # the secret does not match
        lambda old: old.update(endpoint=old["endpoint"] + "x"),  # no such subscription
    ],
    ids=["wrong-secret", "unknown-endpoint"],
)
def test_without_both_old_secrets_nothing_moves(world: World, client, tamper) -> None:
    old = subscribed(world)
    before = PushSubscription.objects.values_list("endpoint", "p256dh", "auth").get()
    forged = json.loads(json.dumps(old))
    tamper(forged)
    answer = client.post(
        reverse("push-renew"), renewal(forged, browser_subscription("x")), content_type="application/json"
    )
    assert answer.status_code == 404
    assert PushSubscription.objects.values_list("endpoint", "p256dh", "auth").get() == before


def test_a_disabled_subscription_or_an_endpoint_already_taken_is_not_renewed(world: World, client) -> None:
    old = subscribed(world)
    taken = browser_subscription("taken")
    mine(world, "supporter", device="taken")
    other = PushSubscription.objects.exclude(endpoint=old["endpoint"]).get()
    taken["endpoint"] = other.endpoint
    answer = client.post(reverse("push-renew"), renewal(old, taken), content_type="application/json")
    assert answer.status_code == 404
    PushSubscription.objects.filter(endpoint=old["endpoint"]).update(disabled_at=timezone.now())
    answer = client.post(
        reverse("push-renew"), renewal(old, browser_subscription("y")), content_type="application/json"
    )
    assert answer.status_code == 404
    assert set(PushSubscription.objects.values_list("user__username", flat=True)) == {
        "supervisor",
        "supporter",
    }


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (b"not json", "detail"),
        (json.dumps({"old": {}}).encode(), "old.endpoint"),
        (json.dumps({"old": [], "new": 3}).encode(), "new.keys.auth"),
    ],
)
def test_a_malformed_renewal_is_400_naming_the_field(world: World, client, body: bytes, field: str) -> None:
    subscribed(world)
    answer = client.post(reverse("push-renew"), body, content_type="application/json")
    assert answer.status_code == 400 and field in answer.json()


def test_a_new_endpoint_that_is_not_a_push_service_is_400_and_nothing_moves(world: World, client) -> None:
    old = subscribed(world)
    new = browser_subscription("new")
    new["endpoint"] = "https://127.0.0.1/push"
    answer = client.post(reverse("push-renew"), renewal(old, new), content_type="application/json")
    assert answer.status_code == 400 and "new.endpoint" in answer.json()
    assert PushSubscription.objects.get().endpoint == old["endpoint"]

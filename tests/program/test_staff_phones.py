"""Staff phone numbers (issue 13, part 1): read as written, stored in E.164, set by staff on My details
and PATCH /api/v1/me/, with the same refusals in both; the demo's staff have numbers."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from program import services
from program.models import STAFF_ROLES, AuditEvent, Membership, MembershipStatus, Role, StaffPhone
from program.phones import parse_phone
from tests.conftest import World

pytestmark = pytest.mark.django_db

ME = "/api/v1/me/"

VALID = [
    ("0491 570 156", "+61491570156"),
    ("+61 491 570 156", "+61491570156"),
    ("(02) 5550 1234", "+61255501234"),
    ("0491-570-156", "+61491570156"),
    ("+61 (0)2 5550 1234", "+61255501234"),
    ("  0491570156 ", "+61491570156"),
    ("+44 20 7946 0958", "+442079460958"),  # a visiting clinician's UK number, written with its code
]

# (what was typed, a word the message must hold)
INVALID = [
    ("call me", "only digits"),  # letters
    ("O491 57O 156", "only digits"),  # letter O for zero
    ("123", "Too short"),
    ("049", "Too short"),
    ("0491 57", "not a valid phone number"),
    ("(212) 555-0123", "Australia"),  # a US number written the American way: wrong country
    ("020 7946 0958", "Australia"),  # a London number written the British way
    ("+999 123 456 789", "No country"),
    ("+1 555 0100", "area code"),  # a US number missing its area code
    ("+61 2", "Too short"),
    ("0491 570 156 ext 12", "no extension"),
    ("0491 570 156 x12", "no extension"),
    ("0491 570 156;ext=12", "no extension"),
    ("0491 570 156 123 456 789 0", "Too long"),  # 30 characters or fewer, but too many digits
    ("0" * 31, "at most 30 characters"),
    ("０４９１ ５７０ １５６", "digits 0–9"),  # full-width digits
    ("٠٤٩١٥٧٠١٥٦", "digits 0–9"),  # Arabic-Indic digits
    ("0491\u00a0570\u00a0156", "only digits"),  # a no-break space pasted from a web page
]


@pytest.mark.parametrize(("written", "e164"), VALID)
def test_it_stores_numbers_in_e164(written: str, e164: str) -> None:
    assert parse_phone(written) == e164


@pytest.mark.parametrize(("written", "word"), INVALID)
def test_it_refuses_what_is_not_a_dialable_number_naming_the_field(written: str, word: str) -> None:
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as refused:
        parse_phone(written)
    [message] = refused.value.message_dict["phone"]
    assert word in message


# --- The API: GET/PATCH /api/v1/me/ ------------------------------------------------------------------------


@pytest.mark.parametrize(("written", "e164"), VALID[:3])
@pytest.mark.parametrize("role", ["supervisor", "coordinator"])
def test_staff_set_their_number_through_the_api(world: World, api_for, role: str, written: str, e164: str):
    response = api_for(role).patch(ME, {"phone": written}, format="json")
    assert response.status_code == 200, response.json()
    assert response.json()["phone"] == e164 and response.json()["keeps_phone"] is True
    assert StaffPhone.objects.get(user=world.user(role)).phone == e164
    assert api_for(role).get(ME).json()["phone"] == e164


@pytest.mark.parametrize(("written", "word"), INVALID)
def test_the_api_answers_400_naming_phone(world: World, api_for, written: str, word: str) -> None:
    response = api_for("supervisor").patch(ME, {"phone": written}, format="json")
    assert response.status_code == 400
    error = response.json()["error"]
    assert list(error["fields"]) == ["phone"] and word in error["fields"]["phone"][0]
    assert error["message"].startswith("phone: ")
    assert not StaffPhone.objects.exists()


@pytest.mark.parametrize("body", [{"phone": 491570156}, {"phone": ["0491 570 156"]}, {}, {"mobile": "0491"}])
def test_the_api_refuses_a_number_not_sent_as_text(world: World, api_for, body: dict) -> None:
    response = api_for("supervisor").patch(ME, body, format="json")
    assert response.status_code == 400
    assert set(response.json()["error"]["fields"]) & {"phone", "mobile"}
    assert not StaffPhone.objects.exists()


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("coordinator", 200),
        ("supervisor", 200),
        ("supporter", 403),
        ("applicant", 403),
        ("reviewer", 403),
        ("sponsor", 403),
        ("outsider", 200),  # the other program's coordinator: staff too
        ("stranger", 403),
    ],
)
def test_only_current_staff_set_a_number(world: World, api_for, role: str, status: int) -> None:
    response = api_for(role).patch(ME, {"phone": "0491 570 156"}, format="json")
    assert response.status_code == status
    assert StaffPhone.objects.filter(user=world.user(role)).exists() == (status == 200)
    assert api_for(role).get(ME).json()["keeps_phone"] == (status == 200)


def test_anonymous_callers_get_nothing(api_for) -> None:
    assert api_for("anonymous").get(ME).status_code in (401, 403)
    assert api_for("anonymous").patch(ME, {"phone": "0491 570 156"}, format="json").status_code in (401, 403)


def test_a_supervisor_who_left_can_no_longer_set_but_can_remove_their_number(world: World, api_for) -> None:
    supervisor = world.members[Role.SUPERVISOR]
    services.set_phone(supervisor.user, "0491 570 156")
    Membership.objects.filter(pk=supervisor.pk).update(status=MembershipStatus.ENDED)

    assert api_for("supervisor").patch(ME, {"phone": "0491 570 157"}, format="json").status_code == 403
    assert StaffPhone.objects.get(user=supervisor.user).phone == "+61491570156"
    response = api_for("supervisor").patch(ME, {"phone": None}, format="json")
    assert response.status_code == 200 and response.json()["phone"] is None
    assert not StaffPhone.objects.filter(user=supervisor.user).exists()


def test_changes_are_audited_without_the_number(world: World, api_for) -> None:
    client = api_for("supervisor")
    client.patch(ME, {"phone": "0491 570 156"}, format="json")
    client.patch(ME, {"phone": "0491 570 157"}, format="json")
    client.patch(ME, {"phone": ""}, format="json")
    events = AuditEvent.objects.filter(actor=world.user("supervisor"), object_type="auth.user").order_by("pk")
    assert [e.summary for e in events] == [
        "phone number added",
        "phone number changed",
        "phone number removed",
    ]
    assert not any("491" in e.summary or "570" in e.summary for e in events)


# --- The page: My details ----------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["coordinator", "supervisor", "supporter", "sponsor", "stranger"])
def test_my_details_opens_for_everyone_signed_in_and_offers_the_form_to_staff(world: World, client_for, role):
    response = client_for(role).get(reverse("my-details"))
    assert response.status_code == 200
    assert ('name="phone"' in response.content.decode()) == (role in {"coordinator", "supervisor"})


def test_my_details_sends_anonymous_visitors_to_sign_in(client_for) -> None:
    response = client_for("anonymous").get(reverse("my-details"))
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_my_details_is_in_the_navigation(world: World, client_for) -> None:
    assert reverse("my-details") in client_for("supervisor").get(reverse("dashboard")).content.decode()


@pytest.mark.parametrize(("written", "e164"), VALID[:3])
def test_staff_set_their_number_on_my_details(world: World, client_for, written: str, e164: str) -> None:
    client = client_for("coordinator")
    response = client.post(reverse("my-details"), {"phone": written})
    assert response.status_code == 302
    assert StaffPhone.objects.get(user=world.user("coordinator")).phone == e164
    page = client.get(reverse("my-details")).content.decode()
    assert "Phone number saved." in page


@pytest.mark.parametrize(("written", "word"), INVALID)
def test_my_details_shows_the_problem_on_the_phone_field(world: World, client_for, written: str, word: str):
    response = client_for("supervisor").post(reverse("my-details"), {"phone": written})
    assert response.status_code == 200
    form = response.context["form"]
    assert list(form.errors) == ["phone"] and word in form.errors["phone"][0]
    assert 'id="id_phone_error"' in response.content.decode()
    assert not StaffPhone.objects.exists()


@pytest.mark.parametrize("role", ["supporter", "sponsor", "stranger"])
def test_my_details_refuses_a_number_from_someone_without_a_staff_role(world: World, client_for, role: str):
    assert client_for(role).post(reverse("my-details"), {"phone": "0491 570 156"}).status_code == 403
    assert not StaffPhone.objects.exists()


def test_an_empty_field_removes_the_number(world: World, client_for) -> None:
    services.set_phone(world.user("supervisor"), "0491 570 156")
    assert client_for("supervisor").post(reverse("my-details"), {"phone": ""}).status_code == 302
    assert not StaffPhone.objects.exists()


# --- The demo ----------------------------------------------------------------------------------------------


def test_every_demo_staff_member_has_a_fictitious_australian_number() -> None:
    for _ in range(2):  # seeding twice changes nothing
        call_command("seed_demo", "--force", stdout=io.StringIO())
    staff = Membership.objects.filter(role__in=STAFF_ROLES).select_related("user__staff_phone")
    assert staff.count() >= 6
    phones = {m.user.staff_phone.phone for m in staff}
    assert len(phones) == len({m.user_id for m in staff})
    # ACMA's ranges reserved for drama: 0491 570 xxx mobiles, (02) 5550 xxxx landlines.
    assert all(p.startswith(("+61491570", "+6125550")) for p in phones), phones

"""Page forms that carry an object id, and free text without a length check: bad input answers 4xx with
nothing saved, never a 500 (issue 12, found by a review after the audit's own cases were fixed)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from program.models import MembershipStatus, Notification, Role
from supervision.models import Pause
from supervision.pauses.services import NOTE_MAX
from tests.conftest import World
from tests.factories import NotificationFactory

pytestmark = pytest.mark.django_db

NOT_IDS = ["abc", "-1", "1.5", "²", "٣", "9" * 30, " 7"]


@pytest.mark.parametrize("raw", NOT_IDS)
def test_logging_a_contact_with_a_draft_id_that_is_no_id_answers_404(world: World, client_for, raw) -> None:
    url = reverse("contact-new", args=[world.program.pk])
    assert client_for("supporter").post(url, {"contact_id": raw}).status_code == 404


@pytest.mark.parametrize("raw", NOT_IDS)
def test_autosaving_a_draft_id_that_is_no_id_answers_404(world: World, client_for, raw) -> None:
    url = reverse("contact-autosave", args=[world.program.pk])
    assert client_for("supporter").post(url, {"contact_id": raw}).status_code == 404


@pytest.mark.parametrize("raw", [*NOT_IDS, ""])
def test_offering_a_swap_of_an_assignment_that_is_no_id_answers_404(world: World, client_for, raw) -> None:
    url = reverse("swap-offer", args=[world.program.pk])
    assert client_for("supporter").post(url, {"assignment": raw}).status_code == 404


@pytest.mark.parametrize("param", ["abc", "9" * 30])
def test_forms_preset_from_the_address_ignore_an_id_that_is_no_id(world: World, client_for, param) -> None:
    program = world.program.pk
    assert (
        client_for("supervisor").get(reverse("pause-new", args=[program]), {"member": param}).status_code
        == 200
    )
    session_new = reverse("session-new", args=[program])
    assert client_for("supervisor").get(session_new, {"supporter": param}).status_code == 200


def test_a_self_pause_reason_over_the_limit_is_refused_naming_it_and_pauses_nobody(
    world: World, client_for
) -> None:
    url = reverse("pause-self", args=[world.program.pk])
    response = client_for("supporter").post(url, {"reason": "tired " * (NOTE_MAX // 5)})
    assert response.status_code in (200, 400)
    assert f"Keep the reason under {NOTE_MAX} characters." in response.content.decode()
    assert not Pause.objects.filter(membership=world.members[Role.SUPPORTER]).exists()


def test_the_unread_badge_counts_no_message_of_a_program_the_reader_has_left(
    world: World, client_for
) -> None:
    supporter = world.members[Role.SUPPORTER]
    NotificationFactory(recipient=supporter.user, program=world.program, kind="checkin_reminder")
    NotificationFactory(recipient=supporter.user, program=None, kind="invitation")
    client = client_for("supporter")
    home = reverse("dashboard")
    assert 'aria-label="2 unread"' in client.get(home).content.decode()

    supporter.status = MembershipStatus.ENDED
    supporter.save()
    page = client.get(home).content.decode()
    assert 'aria-label="1 unread"' in page
    assert Notification.objects.filter(recipient=supporter.user, read_at__isnull=True).count() == 2

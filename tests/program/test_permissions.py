"""Object permissions follow memberships and assignments, and selectors honour them."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from program import selectors, services
from program.models import MembershipStatus, Role
from supervision.pauses import services as pauses
from tests.conftest import World
from tests.factories import MembershipFactory, ProgramFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_every_role_sees_its_own_program_and_not_the_other(world: World) -> None:
    for role in Role.values:
        visible = set(selectors.programs_visible_to(world.user(role)))
        assert visible == {world.program}, role


def test_someone_without_a_role_sees_no_program(world: World) -> None:
    assert not selectors.programs_visible_to(world.stranger).exists()


def test_only_coordinators_manage_and_read_the_audit_trail(world: World) -> None:
    for codename in ("manage_program", "view_program_audit", "view_program_members"):
        holders = {
            role for role in Role.values if selectors.programs_with(world.user(role), codename).exists()
        }
        assert holders == {Role.COORDINATOR}, codename


def test_coordinators_and_sponsors_see_aggregates(world: World) -> None:
    holders = {
        role
        for role in Role.values
        if selectors.programs_with(world.user(role), "view_program_aggregates").exists()
    }
    assert holders == {Role.COORDINATOR, Role.SPONSOR}


def test_superuser_gets_no_implicit_view_of_programs(world: World) -> None:
    admin = UserFactory(username="siteadmin", is_superuser=True, is_staff=True)
    assert not selectors.programs_visible_to(admin).exists()
    assert not selectors.memberships_visible_to(admin).exists()


def test_ending_a_membership_revokes_the_program(world: World) -> None:
    sponsor = world.members[Role.SPONSOR]
    services.update_membership(sponsor, by=world.user(Role.COORDINATOR), status=MembershipStatus.ENDED)
    assert not selectors.programs_visible_to(sponsor.user).exists()


def test_a_paused_supporter_still_sees_their_program(world: World) -> None:
    supporter = world.members[Role.SUPPORTER]
    pauses.self_pause(supporter, by=supporter.user)
    supporter.refresh_from_db()
    assert supporter.status == MembershipStatus.PAUSED
    assert selectors.programs_visible_to(supporter.user).get() == world.program


def test_a_supporter_is_not_paused_or_resumed_by_editing_the_membership(world: World) -> None:
    supporter = world.members[Role.SUPPORTER]
    with pytest.raises(ValidationError) as refusal:
        services.update_membership(supporter, by=world.user(Role.COORDINATOR), status=MembershipStatus.PAUSED)
    assert "Pauses page" in refusal.value.message_dict["status"][0]
    supporter.refresh_from_db()
    assert supporter.status == MembershipStatus.ACTIVE


def test_supervisor_and_backup_see_their_supporter_only(world: World) -> None:
    supporter = world.members[Role.SUPPORTER]
    for user in (world.user(Role.SUPERVISOR), world.supervisor2.user):
        visible = set(selectors.memberships_visible_to(user))
        assert supporter in visible
        assert world.unsupervised not in visible


def test_supporter_sees_only_their_own_membership(world: World) -> None:
    assert list(selectors.memberships_visible_to(world.user(Role.SUPPORTER))) == [
        world.members[Role.SUPPORTER]
    ]


def test_coordinator_sees_every_membership_of_their_program_only(world: World) -> None:
    visible = set(selectors.memberships_visible_to(world.user(Role.COORDINATOR)))
    assert world.unsupervised in visible
    assert world.outsider not in visible


def test_reassigning_moves_supervision(world: World) -> None:
    supporter = world.members[Role.SUPPORTER]
    new_supervisor = MembershipFactory(program=world.program, role=Role.SUPERVISOR)
    services.assign_supervisor(
        supporter, supervisor=new_supervisor, backup=None, by=world.user(Role.COORDINATOR)
    )
    assert supporter in selectors.supervised_memberships(new_supervisor.user)
    assert supporter not in selectors.supervised_memberships(world.user(Role.SUPERVISOR))
    assert supporter not in selectors.supervised_memberships(world.supervisor2.user)


def test_a_supervisor_who_leaves_as_backup_loses_access(world: World) -> None:
    services.update_membership(
        world.supervisor2, by=world.user(Role.COORDINATOR), status=MembershipStatus.ENDED
    )
    assert not selectors.supervised_memberships(world.supervisor2.user).exists()
    assert world.members[Role.SUPPORTER] in selectors.supervised_memberships(world.user(Role.SUPERVISOR))


def test_a_primary_supervisor_cannot_leave_supporters_unsupervised(world: World) -> None:
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as refusal:
        services.update_membership(
            world.members[Role.SUPERVISOR], by=world.user(Role.COORDINATOR), status=MembershipStatus.ENDED
        )
    assert "still supervises 1 supporter" in str(refusal.value)
    world.members[Role.SUPERVISOR].refresh_from_db()
    assert world.members[Role.SUPERVISOR].status == MembershipStatus.ACTIVE


def test_a_supporter_who_leaves_ends_their_assignment(world: World) -> None:
    supporter = world.members[Role.SUPPORTER]
    services.update_membership(supporter, by=world.user(Role.COORDINATOR), status=MembershipStatus.ALUMNUS)
    assert supporter.supervision_assignments.get().ended_on == timezone.localdate()
    assert not selectors.supervised_memberships(world.user(Role.SUPERVISOR)).exists()


def test_roles_in_two_programs_stay_separate() -> None:
    person = UserFactory(username="two-hats")
    first, second = ProgramFactory(), ProgramFactory()
    MembershipFactory(user=person, program=first, role=Role.SUPPORTER)
    MembershipFactory(user=person, program=second, role=Role.COORDINATOR)
    assert set(selectors.programs_with(person, "manage_program")) == {second}
    assert set(selectors.programs_visible_to(person)) == {first, second}


def test_a_service_refusal_inside_a_program_page_answers_404(world: World) -> None:
    """Services refuse with the model's DoesNotExist; program_view turns that into 404, never a 500."""
    from django.http import Http404
    from django.test import RequestFactory

    from program.access import program_view
    from program.models import Membership

    @program_view()
    def refusing(request, program):
        raise Membership.DoesNotExist

    request = RequestFactory().get("/")
    request.user = world.user("supporter")
    with pytest.raises(Http404):
        refusing(request, world.program.pk)

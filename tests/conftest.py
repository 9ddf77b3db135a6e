"""Shared fixtures: one program with a person in every role, built per test with factories."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.contrib.auth.models import AbstractUser
from django.test import Client
from rest_framework.test import APIClient

from program.models import Membership, Program, Role
from tests.factories import MembershipFactory, ProgramFactory, SupervisorAssignmentFactory, UserFactory

ROLES = [role.value for role in Role]


@dataclass
class World:
    """A program with one member per role, a second supervisor, a supervised supporter and an
    unsupervised one, plus an unrelated program whose people must never see the first one's records."""

    program: Program
    other_program: Program
    members: dict[str, Membership]
    supervisor2: Membership
    unsupervised: Membership
    outsider: Membership  # a coordinator of the other program
    stranger: AbstractUser  # signed in, no role anywhere

    def user(self, role: str) -> AbstractUser:
        if role == "outsider":
            return self.outsider.user
        if role == "stranger":
            return self.stranger
        return self.members[role].user


@pytest.fixture
def world(db: None) -> World:
    return build_world()


def build_world() -> World:
    """The world of the `world` fixture, for tests that build it once per module."""
    program = ProgramFactory(name="Western Plains Peer Support")
    other = ProgramFactory(name="Eastern Hills Peer Support")
    members = {
        role: MembershipFactory(program=program, role=role, user=UserFactory(username=role)) for role in ROLES
    }
    supervisor2 = MembershipFactory(
        program=program, role=Role.SUPERVISOR, user=UserFactory(username="supervisor2")
    )
    SupervisorAssignmentFactory(
        supporter=members[Role.SUPPORTER], supervisor=members[Role.SUPERVISOR], backup=supervisor2
    )
    unsupervised = MembershipFactory(
        program=program, role=Role.SUPPORTER, user=UserFactory(username="lonely")
    )
    outsider = MembershipFactory(program=other, role=Role.COORDINATOR, user=UserFactory(username="outsider"))
    return World(
        program=program,
        other_program=other,
        members=members,
        supervisor2=supervisor2,
        unsupervised=unsupervised,
        outsider=outsider,
        stranger=UserFactory(username="stranger"),
    )


@pytest.fixture
def client_for(world: World):
    """A signed-in page client for a role name (or 'outsider', 'stranger', 'anonymous')."""

    def make(role: str) -> Client:
        client = Client()
        if role != "anonymous":
            client.force_login(world.user(role))
        return client

    return make


@pytest.fixture
def api_for(world: World):
    """A token-authenticated API client for a role name (or 'outsider', 'stranger', 'anonymous')."""
    from rest_framework.authtoken.models import Token

    def make(role: str) -> APIClient:
        client = APIClient()
        if role != "anonymous":
            token, _ = Token.objects.get_or_create(user=world.user(role))
            client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
        return client

    return make

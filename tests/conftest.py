"""Shared fixtures: one program with a person in every role, built per test with factories."""

from __future__ import annotations

import copy
import itertools
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import transaction
from django.test import Client, override_settings
from pytest_django.plugin import DjangoDbBlocker
from rest_framework.test import APIClient

from program.models import Membership, Program, Role
from tests.factories import MembershipFactory, ProgramFactory, SupervisorAssignmentFactory, UserFactory

ROLES = [role.value for role in Role]

# Argon2 (the production hasher) spends ~0.1 s of CPU and 100 MB per hash by design; the suite signs in
# through the form hundreds of times. The production hashers stay in the list, so their hashes still
# verify; tests/test_settings.py holds the production setting and tests/program/test_auth.py switches
# Argon2 back on to see a password change rehash with it.
TEST_PASSWORD_HASHER = "django.contrib.auth.hashers.MD5PasswordHasher"


@pytest.fixture(autouse=True, scope="session")
def fast_password_hasher() -> Iterator[None]:
    with override_settings(PASSWORD_HASHERS=[TEST_PASSWORD_HASHER, *settings.PASSWORD_HASHERS]):
        yield


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


@pytest.hookimpl(trylast=True)  # after pytest-django has put transactional tests after the others
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Within each run of one module's tests, those that do not ask for the world go first: the shared
    world stays in the database from its first test to the module's end, and they expect none of it."""
    ordered: list[pytest.Item] = []
    for _, run in itertools.groupby(items, key=lambda item: getattr(item, "module", None)):
        ordered.extend(sorted(run, key=lambda item: "world" in getattr(item, "fixturenames", ())))
    items[:] = ordered


@pytest.fixture(scope="module")
def module_world(
    request: pytest.FixtureRequest, django_db_blocker: DjangoDbBlocker
) -> Iterator[World | None]:
    """One world per test module, built inside a transaction that is rolled back after the module; each
    test's own transaction is a savepoint inside it (what Django's `setUpTestData` does for a class).
    None where the module's tests must build their own (see `_builds_world_per_test`)."""
    if _builds_world_per_test(request.node):
        yield None
        return
    request.getfixturevalue("django_db_setup")
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            built = build_world()
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    yield built
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


def _builds_world_per_test(module: pytest.Module) -> bool:
    """A module whose tests commit (a transactional test, a live server) cannot run inside an open
    transaction; one that fixes the clock must see the world built at its fixed time, as it always has."""
    if hasattr(module.obj, "fix_clock"):
        return True
    for item in module.session.items:
        if getattr(item, "module", None) is not module.obj or _skipped_here(item):
            continue
        marker = item.get_closest_marker("django_db")
        if marker is not None and marker.kwargs.get("transaction"):
            return True
        if {"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ())):
            return True
    return False


def _skipped_here(item: pytest.Item) -> bool:
    """Skipped by a condition already decided at import (`connection.vendor != "postgresql"`)."""
    return any(marker.args and marker.args[0] is True for marker in item.iter_markers("skipif"))


@pytest.fixture
def world(module_world: World | None, db: None) -> World:
    """The program with a person in every role. Shared by a module's tests but never altered by them:
    the database is rolled back after each test and each test gets its own copy of the objects."""
    if module_world is None:
        return build_world()
    return copy.deepcopy(module_world)


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

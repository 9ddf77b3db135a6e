"""Shared fixtures: one program with a person in every role, built per test with factories."""

from __future__ import annotations

import copy
import itertools
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import connection, transaction
from django.test import Client, override_settings
from pytest_django.plugin import DjangoDbBlocker
from rest_framework.test import APIClient

from program.models import Membership, Program, Role
from tests.factories import MembershipFactory, ProgramFactory, SupervisorAssignmentFactory, UserFactory

ROLES = [role.value for role in Role]
REPO = Path(__file__).resolve().parents[1]

# Argon2 (the production hasher) spends ~0.1 s of CPU and 100 MB per hash by design; the suite signs in
# through the form hundreds of times. The production hashers stay in the list, so their hashes still
# verify; tests/test_settings.py holds the production setting and tests/program/test_auth.py switches
# Argon2 back on to see a password change rehash with it.
TEST_PASSWORD_HASHER = "django.contrib.auth.hashers.MD5PasswordHasher"


@pytest.fixture(autouse=True, scope="session")
def fast_password_hasher() -> Iterator[None]:
    with override_settings(PASSWORD_HASHERS=[TEST_PASSWORD_HASHER, *settings.PASSWORD_HASHERS]):
        yield


@pytest.fixture(scope="session")
def django_db_setup(
    django_db_setup: None, django_db_blocker: DjangoDbBlocker, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """pytest-django's test databases; then, on SQLite, a copy of the freshly migrated one for
    `migrated_sqlite_file`, taken here because no test can hold a transaction open yet (`VACUUM INTO`
    refuses to run inside one). pytest-django creates the in-memory test database only when a collected
    test is marked `django_db`; otherwise the connection still names the development file: no copy."""
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        with django_db_blocker.unblock(), connection.cursor() as cursor:
            cursor.execute("VACUUM INTO %s", [str(_sqlite_template_path(tmp_path_factory))])


def _sqlite_template_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.getbasetemp() / "migrated-template.sqlite3"  # one base directory per worker


@pytest.fixture(scope="session")
def _migrated_sqlite_template(tmp_path_factory: pytest.TempPathFactory, django_db_setup: None) -> Path:
    template = _sqlite_template_path(tmp_path_factory)
    if connection.vendor != "sqlite":  # nothing to copy into SQLite: migrate a file, once per session
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{template}"}
        subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=REPO, env=env, check=True)
    assert template.exists(), "no migrated test database to copy: mark the test `django_db`"
    return template


@pytest.fixture
def migrated_sqlite_file(_migrated_sqlite_template: Path, tmp_path: Path) -> Path:
    """A fresh, fully migrated SQLite file for a test that starts `manage.py` processes of its own: a copy
    of the test database pytest-django has already migrated (milliseconds) rather than `manage.py migrate`
    on an empty file (about 12 s of CPU)."""
    database = tmp_path / "migrated.sqlite3"
    shutil.copyfile(_migrated_sqlite_template, database)
    return database


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

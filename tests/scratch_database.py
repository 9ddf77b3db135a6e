"""An empty database standing in for the default one while a migration test runs its migrations."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.backends.base.base import BaseDatabaseWrapper


@contextmanager
def scratch_default_database(tmp_path: Path) -> Iterator[None]:
    """A new, empty database of the test database's engine as the default connection (data migrations use
    the default manager, so it must be the default): a migration test migrates it forward from nothing to
    the state it starts from, then through the migration under test, and the test database's schema is
    never touched (no unapplying every later migration of the project and applying them all again)."""
    original = connections[DEFAULT_DB_ALIAS]
    settings_dict = copy.deepcopy(original.settings_dict)
    postgres = original.vendor == "postgresql"
    if postgres:
        settings_dict["NAME"] = f"{original.settings_dict['NAME']}_scratch"  # one test database per worker
        _recreate(original, settings_dict["NAME"], create=True)
    else:
        settings_dict["NAME"] = str(tmp_path / "scratch.sqlite3")
    scratch = original.__class__(settings_dict, DEFAULT_DB_ALIAS)
    connections[DEFAULT_DB_ALIAS] = scratch
    try:
        yield
    finally:
        scratch.close()
        connections[DEFAULT_DB_ALIAS] = original
        if postgres:
            _recreate(original, settings_dict["NAME"], create=False)


def _recreate(connection: BaseDatabaseWrapper, name: str, *, create: bool) -> None:
    quoted = connection.ops.quote_name(name)
    with connection._nodb_cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {quoted}")
        if create:
            cursor.execute(f"CREATE DATABASE {quoted}")

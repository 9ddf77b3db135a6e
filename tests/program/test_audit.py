"""The audit trail is append-only: no ORM path, SQL statement or admin action changes it."""

from __future__ import annotations

import pytest
from django.contrib.admin.sites import site
from django.db import DatabaseError, connection, transaction
from django.test import RequestFactory

from program import audit, services
from program.middleware import RequestContextMiddleware
from program.models import AppendOnlyError, AuditAction, AuditEvent, Role
from tests.conftest import World

pytestmark = pytest.mark.django_db


def _event(world: World) -> AuditEvent:
    return audit.record(world.user(Role.COORDINATOR), AuditAction.VIEW, world.program, program=world.program)


def test_saving_an_existing_event_is_refused(world: World) -> None:
    event = _event(world)
    event.summary = "rewritten"
    with pytest.raises(AppendOnlyError):
        event.save()


def test_deleting_an_event_is_refused(world: World) -> None:
    event = _event(world)
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.filter(pk=event.pk).delete()
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.filter(pk=event.pk).update(summary="rewritten")
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_the_database_refuses_an_update_in_raw_sql(world: World) -> None:
    event = _event(world)
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE program_auditevent SET summary = 'rewritten' WHERE id = %s", [event.pk])
    assert AuditEvent.objects.get(pk=event.pk).summary == ""


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row DELETE triggers are PostgreSQL-only (see 0002)"
)
def test_postgresql_refuses_a_delete_in_raw_sql(world: World) -> None:
    event = _event(world)
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM program_auditevent WHERE id = %s", [event.pk])
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_the_admin_offers_no_add_change_or_delete(world: World) -> None:
    admin = site._registry[AuditEvent]
    request = RequestFactory().get("/admin/")
    request.user = world.user(Role.COORDINATOR)
    request.user.is_superuser = True
    assert not admin.has_add_permission(request)
    assert not admin.has_change_permission(request, _event(world))
    assert not admin.has_delete_permission(request, _event(world))


def test_events_record_actor_program_object_and_source_address(world: World) -> None:
    coordinator = world.user(Role.COORDINATOR)
    request = RequestFactory().post("/", REMOTE_ADDR="203.0.113.9")

    def view(_request):
        services.update_program_settings(world.program, by=coordinator, retention_days=120)
        from django.http import HttpResponse

        return HttpResponse()

    RequestContextMiddleware(view)(request)
    event = AuditEvent.objects.get(object_type="program.program", action=AuditAction.UPDATE)
    assert (event.actor, event.program, event.object_id) == (
        coordinator,
        world.program,
        str(world.program.pk),
    )
    assert event.source_ip == "203.0.113.9"
    assert event.summary == "changed retention_days"


def test_forwarded_address_is_the_proxys_entry_and_used_only_when_configured(world: World, settings) -> None:
    from program.middleware import client_ip

    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.7, 10.0.0.2")
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "10.0.0.2"
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(request) == "10.0.0.2"  # the entry our proxy appended, not the client's claim
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert client_ip(request) == "198.51.100.7"

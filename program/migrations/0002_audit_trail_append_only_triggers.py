"""Make the audit trail append-only in the database itself, not only in the ORM.

UPDATE is refused on both SQLite and PostgreSQL. Row DELETE is refused on
PostgreSQL; TRUNCATE (used only by test-database flushes and never by the app)
is a table-level statement and does not fire row triggers. On SQLite the test
runner empties tables with DELETE, so there the ORM guard (AuditEvent.delete and
its queryset) is what refuses deletes.
"""

from django.db import migrations

SQLITE_FORWARD = [
    """
    CREATE TRIGGER program_auditevent_no_update BEFORE UPDATE ON program_auditevent
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    """,
]
SQLITE_BACKWARD = ["DROP TRIGGER IF EXISTS program_auditevent_no_update;"]

POSTGRES_FORWARD = [
    """
    CREATE OR REPLACE FUNCTION program_auditevent_append_only() RETURNS trigger AS $$
    BEGIN
        RAISE EXCEPTION 'the audit trail is append-only';
    END;
    $$ LANGUAGE plpgsql;
    """,
    """
    CREATE TRIGGER program_auditevent_no_change BEFORE UPDATE OR DELETE ON program_auditevent
    FOR EACH ROW EXECUTE FUNCTION program_auditevent_append_only();
    """,
]
POSTGRES_BACKWARD = [
    "DROP TRIGGER IF EXISTS program_auditevent_no_change ON program_auditevent;",
    "DROP FUNCTION IF EXISTS program_auditevent_append_only();",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("program", "0001_programs_people_training_directory_audit")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        )
    ]

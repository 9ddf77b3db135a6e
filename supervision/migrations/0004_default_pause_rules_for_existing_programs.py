"""Give every existing program the default pause rules (new programs get them when created)."""

from django.db import migrations


def add_default_rules(apps, schema_editor):  # type: ignore[no-untyped-def]
    from supervision.pauses.services import DEFAULT_RULES

    Program = apps.get_model("program", "Program")
    PauseRule = apps.get_model("supervision", "PauseRule")
    for program in Program.objects.all():
        if not PauseRule.objects.filter(program=program).exists():
            PauseRule.objects.bulk_create([PauseRule(program=program, **rule) for rule in DEFAULT_RULES])


class Migration(migrations.Migration):
    dependencies = [("supervision", "0003_pause_rules_blackouts_and_pauses")]

    operations = [migrations.RunPython(add_default_rules, migrations.RunPython.noop)]

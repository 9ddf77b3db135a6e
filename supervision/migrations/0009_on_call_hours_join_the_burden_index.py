"""On-call hours become a component of the burden index (issue 6).

Weights must keep summing to 100, so the new component arrives at 0 for every program that saved
its own weights — their index is unchanged until a coordinator gives on-call hours a weight. A
program whose saved weights are exactly the old defaults moves to the new defaults, which take the
5 points for on-call hours from contact hours (15 → 10).
"""

from django.db import migrations, models

OLD_DEFAULTS = {
    "contact_hours": 15,
    "contacts": 5,
    "high_risk": 20,
    "after_hours": 5,
    "distress": 15,
    "checkin": 20,
    "supervision_gap": 10,
    "open_debriefs": 10,
}


def move_old_defaults_to_new(apps, schema_editor):
    BurdenWeights = apps.get_model("supervision", "BurdenWeights")
    BurdenWeights.objects.filter(**OLD_DEFAULTS).update(contact_hours=10, on_call_hours=5)


def move_new_defaults_back(apps, schema_editor):
    BurdenWeights = apps.get_model("supervision", "BurdenWeights")
    BurdenWeights.objects.filter(**{**OLD_DEFAULTS, "contact_hours": 10}, on_call_hours=5).update(contact_hours=15, on_call_hours=0)


class Migration(migrations.Migration):
    dependencies = [("supervision", "0008_shift_alert_and_reminder_state")]

    operations = [
        migrations.AddField(
            model_name="burdenweights",
            name="on_call_hours",
            field=models.PositiveSmallIntegerField(default=0),
        ),
        migrations.RunPython(move_old_defaults_to_new, move_new_defaults_back),
        migrations.AlterField(
            model_name="burdenweights",
            name="on_call_hours",
            field=models.PositiveSmallIntegerField(default=5),
        ),
        migrations.AlterField(
            model_name="burdenweights",
            name="contact_hours",
            field=models.PositiveSmallIntegerField(default=10),
        ),
    ]

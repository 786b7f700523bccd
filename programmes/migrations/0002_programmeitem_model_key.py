"""A model once per programme in any language, decided by the database (issue 12)."""

from django.db import migrations, models


def fill_model_keys(apps, schema_editor):
    """Items get their page's translation key; where a race already left the same model
    twice in a programme, the later items keep no key (they stay, as they were)."""
    ProgrammeItem = apps.get_model("programmes", "ProgrammeItem")
    seen = set()
    items = ProgrammeItem.objects.filter(page__isnull=False).order_by("pk")
    for item in items.values("pk", "programme_id", "page__translation_key"):
        key = (item["programme_id"], item["page__translation_key"])
        if key in seen:
            continue
        seen.add(key)
        ProgrammeItem.objects.filter(pk=item["pk"]).update(model_key=key[1])


class Migration(migrations.Migration):
    dependencies = [("programmes", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="programmeitem",
            name="model_key",
            field=models.UUIDField(blank=True, editable=False, null=True),
        ),
        migrations.RunPython(fill_model_keys, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="programmeitem",
            constraint=models.UniqueConstraint(
                fields=("programme", "model_key"), name="model_once_per_programme_any_language"
            ),
        ),
    ]

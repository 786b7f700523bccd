"""models_library.Organisation → DeveloperOrganisation, so that it is not confused with
programmes.Organisation. The table is renamed with its rows; Django renames the content type
(so wagtail-localize's translation sources and the admin's history keep pointing at it); the
snippet permissions are renamed here so that groups keep what they were given."""

from django.db import migrations

ACTIONS = ("add", "change", "delete", "view")


def rename_permissions(old, new, new_name):
    def run(apps, schema_editor):
        Permission = apps.get_model("auth", "Permission")
        # By the content type's fields: its historical model class differs between states.
        ours = Permission.objects.filter(
            content_type__app_label="models_library",
            content_type__model__in=["organisation", "developerorganisation"],
        )
        for action in ACTIONS:
            if not ours.filter(codename=f"{action}_{new}").exists():
                ours.filter(codename=f"{action}_{old}").update(
                    codename=f"{action}_{new}", name=f"Can {action} {new_name}"
                )

    return run


class Migration(migrations.Migration):

    dependencies = [
        ('auth', '0012_alter_user_first_name_max_length'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('models_library', '0004_original_language_callable_choices'),
    ]

    operations = [
        migrations.RenameModel(old_name='Organisation', new_name='DeveloperOrganisation'),
        migrations.AlterModelOptions(
            name='developerorganisation',
            options={'ordering': ['sort_order', 'name'], 'verbose_name': 'developer organisation', 'verbose_name_plural': 'developer organisations'},
        ),
        migrations.RunPython(
            rename_permissions("organisation", "developerorganisation", "developer organisation"),
            rename_permissions("developerorganisation", "organisation", "organisation"),
        ),
    ]

"""python manage.py restore DIR [--replace]: a backup made by `backup` (core/backup.py)."""

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections

from core.backup import BackupError, restore


class Command(BaseCommand):
    help = (
        "Restore a backup made by `manage.py backup` into the database and MEDIA_ROOT, then "
        "rebuild the search indexes. Refuses a database or media folder that is not empty "
        "unless --replace is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", help="the backup's folder (it has manifest.json)")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="delete the tables and media files that are there now",
        )
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS, help="database alias")

    def handle(self, *args, directory, replace, database, **options):
        try:
            manifest = restore(
                directory,
                connections[database],
                replace=replace,
                log=self.stdout.write,
                stdout=self.stdout,
            )
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(f"Restore complete: the backup of {manifest['created']}.")
        )

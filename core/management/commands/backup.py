"""python manage.py backup DIR: the database and the media files (core/backup.py)."""

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections

from core.backup import BackupError, backup


class Command(BaseCommand):
    help = (
        "Back up the database (PostgreSQL: pg_dump; SQLite: its backup API) and MEDIA_ROOT "
        "into DIR, a new or empty folder, with a manifest of versions and row counts."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", help="a new or empty folder for this backup")
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS, help="database alias")

    def handle(self, *args, directory, database, **options):
        try:
            manifest = backup(directory, connections[database], log=self.stdout.write)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(f"Backup complete: {directory} ({manifest['created']})")
        )

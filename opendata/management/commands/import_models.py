"""manage.py import_models FILE: participation models from the JSON download format
(opendata/importing.py). One transaction: any bad record and nothing is imported."""

import json

from django.core.management.base import BaseCommand, CommandError

from opendata.importing import Importer, ImportFailed


class Command(BaseCommand):
    help = "Import participation models from a Palaset JSON download (idempotent by id)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="a file in the format of /api/v1/downloads/models-fi.json")

    def handle(self, *args, **options):
        try:
            with open(options["file"], encoding="utf-8") as source:
                document = json.load(source)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise CommandError(f"Cannot read {options['file']}: {exc}") from exc
        try:
            outcome = Importer().run(document)
        except ImportFailed as exc:
            raise CommandError(
                "Nothing was imported:\n" + "\n".join(f"  {line}" for line in exc.errors)
            ) from exc
        self.stdout.write(
            f"Imported: {outcome.created} created, {outcome.updated} updated, "
            f"{outcome.unchanged} unchanged."
        )

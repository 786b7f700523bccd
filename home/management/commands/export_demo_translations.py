"""python manage.py export_demo_translations: refresh the demo pages' PO files
(home/demo/translations/) from the Finnish demo content in the database."""

from django.core.management.base import BaseCommand

from core.demo import site_locales
from home.demo.translations import DIRECTORY, export


class Command(BaseCommand):
    help = "Write the demo pages' translatable strings to PO files, keeping translations."

    def handle(self, *args, **options):
        untranslated = export(site_locales()[0])
        self.stdout.write(f"PO files in {DIRECTORY}; {untranslated} entries to translate.")

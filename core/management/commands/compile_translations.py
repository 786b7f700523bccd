"""Compile the gettext catalogues (.po → .mo) with polib.

Django's compilemessages needs GNU gettext's msgfmt, which a fresh machine with
only Python may not have; polib is already installed (wagtail-localize uses it).
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


def catalogue_paths():
    for locale_dir in settings.LOCALE_PATHS:
        yield from sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po"))


class Command(BaseCommand):
    help = "Compile every .po catalogue under LOCALE_PATHS into .mo files."

    def handle(self, *args, **options):
        count = 0
        for po_path in catalogue_paths():
            mo_path = po_path.with_suffix(".mo")
            if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                continue
            polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
            count += 1
        self.stdout.write(f"Compiled {count} catalogue(s).")

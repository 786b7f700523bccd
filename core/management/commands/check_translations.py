"""Fail when a site language lacks a translation of any interface string.

Each language's catalogue must have every message translated and none fuzzy.
Where GNU gettext is installed, the sources are first extracted afresh in a
scratch copy of the project (makemessages writes into every `locale` folder it
walks past, so it must never run in place), so that a new string without a
translation fails too.
"""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

CATALOGUE = Path("LC_MESSAGES") / "django.po"
NOT_SOURCES = shutil.ignore_patterns(".venv", "var", ".git", "node_modules", "*.pyc", "*.mo")
IGNORED = ["tests/*", "bench/*"]


def catalogue_problems(locale_dir, languages):
    problems = []
    for code in languages:
        path = Path(locale_dir) / code / CATALOGUE
        if not path.exists():
            problems.append(f"{code}: no catalogue at {path}")
            continue
        po = polib.pofile(str(path))
        problems += [f"{code}: untranslated: {e.msgid!r}" for e in po.untranslated_entries()]
        problems += [f"{code}: fuzzy: {e.msgid!r}" for e in po.fuzzy_entries()]
    return problems


def extract_afresh(project_dir, scratch, languages):
    """Copy the project to scratch and run makemessages there; returns the scratch locale dir."""
    shutil.copytree(project_dir, scratch, ignore=NOT_SOURCES, dirs_exist_ok=True)
    command = [sys.executable, "manage.py", "makemessages", "--verbosity=0"]
    command += [f"--locale={code}" for code in languages]
    command += [f"--ignore={pattern}" for pattern in IGNORED]
    subprocess.run(command, cwd=scratch, check=True)  # noqa: S603 - fixed arguments
    return Path(scratch) / Path(settings.LOCALE_PATHS[0]).relative_to(settings.BASE_DIR)


class Command(BaseCommand):
    help = "Check that every interface string is translated into every site language."

    def handle(self, *args, **options):
        languages = [code for code, _name in settings.LANGUAGES]
        locale_dir = Path(settings.LOCALE_PATHS[0])
        with tempfile.TemporaryDirectory() as scratch:
            if shutil.which("xgettext"):
                locale_dir = extract_afresh(settings.BASE_DIR, scratch, languages)
            else:
                self.stderr.write("xgettext not found: checking the catalogues as they are.")
            problems = catalogue_problems(locale_dir, languages)
        if problems:
            raise CommandError("Missing translations:\n" + "\n".join(problems))
        self.stdout.write(f"All interface strings are translated into {', '.join(languages)}.")

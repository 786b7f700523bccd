#!/usr/bin/env python3
"""Palaset's two commands, with nothing but Python 3.11+ and git on the machine.

python3 dev.py serve   install into .venv, migrate, load the demo, serve on 127.0.0.1:8000
python3 dev.py test    install into .venv and run the whole test suite (pytest arguments follow)
python3 dev.py check   migrations, Django's system checks, translations, ruff, mypy
"""

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PYTHON = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
LOCK = ROOT / "requirements.lock"
STAMP = VENV / ".palaset-lock-sha256"


def run(*args, **env):
    command = [str(arg) for arg in args]
    print("+", " ".join(command), flush=True)
    # Our own fixed commands with arguments from the developer's command line.
    result = subprocess.run(command, cwd=ROOT, env={**os.environ, **env}, check=False)  # noqa: S603
    if result.returncode:
        sys.exit(result.returncode)


def install():
    """Create .venv and install the locked versions; skipped when the lock is unchanged."""
    if not PYTHON.exists():
        venv.create(VENV, with_pip=True)
    digest = hashlib.sha256(LOCK.read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == digest:
        return
    run(PYTHON, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", LOCK)
    STAMP.write_text(digest)


def manage(*args, settings="config.settings.dev"):
    run(PYTHON, "manage.py", *args, DJANGO_SETTINGS_MODULE=settings)


def serve(_args):
    (ROOT / "var" / "static").mkdir(parents=True, exist_ok=True)
    manage("compile_translations")
    manage("migrate", "--noinput")
    manage("load_demo")
    manage("runserver", "127.0.0.1:8000")


def test(args):
    manage("compile_translations", settings="config.settings.test")
    # One worker per core (pytest-xdist) unless the developer chose otherwise.
    chosen = any(arg.startswith(("-n", "--numprocesses")) for arg in args)
    workers = [] if chosen else ["-n", "auto"]
    run(PYTHON, "-m", "pytest", *workers, *args, DJANGO_SETTINGS_MODULE="config.settings.test")


def check(_args):
    settings = "config.settings.test"
    manage("compile_translations", settings=settings)
    manage("makemigrations", "--check", "--dry-run", settings=settings)
    manage("check", "--fail-level", "WARNING", settings=settings)
    manage("check_translations", settings=settings)
    run(PYTHON, "-m", "ruff", "check", ".")
    run(PYTHON, "-m", "ruff", "format", "--check", ".")
    # Type check of the modules listed in pyproject.toml's [tool.mypy] (issue 14); the
    # django-stubs plugin sets Django up with these settings to learn the models.
    run(PYTHON, "-m", "mypy", DJANGO_SETTINGS_MODULE=settings)


COMMANDS = {"serve": serve, "test": test, "check": check}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        sys.exit(__doc__)
    install()
    COMMANDS[sys.argv[1]](sys.argv[2:])

"""python manage.py load_demo: the demo catalogue, idempotently."""

import secrets
from collections import Counter

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from home.demo.loader import build_tree
from home.demo.translations import load_translations
from models_library.demo.loader import (
    load_evaluations,
    load_models,
    load_vocabularies,
    site_locales,
)
from programmes.demo.loader import load_programmes

ADMIN_USERNAME = "admin"


class Report:
    """Counts what a run created and what it found already in place."""

    def __init__(self):
        self.created = Counter()
        self.existing = Counter()
        self.warnings = []

    def count(self, label, created):
        (self.created if created else self.existing)[label] += 1

    def warn(self, message):
        self.warnings.append(message)

    def lines(self):
        if not self.created:
            return ["Demo content is already loaded; nothing changed.", *self.warnings]
        created = [f"Created {n} {label}." for label, n in sorted(self.created.items())]
        return created + self.warnings


def uses_default_sqlite():
    return settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"


class Command(BaseCommand):
    help = "Load the demo catalogue: vocabularies, the 20 models and the site pages."

    def handle(self, *args, **options):
        report = Report()
        with transaction.atomic():
            default_locale = site_locales()[0]
            load_vocabularies(report)
            _home, catalogue = build_tree(default_locale, report)
            load_models(catalogue, report)
            load_evaluations(catalogue, report)
            load_translations(default_locale, report)
            accounts = load_programmes(catalogue, report, with_passwords=uses_default_sqlite())
        for line in report.lines():
            self.stdout.write(line)
        if uses_default_sqlite():
            self.ensure_local_admin()
            self.print_programme_accounts(accounts)

    def print_programme_accounts(self, accounts):
        """Passwords of demo accounts created now; shown once, and only on local SQLite."""
        for username, role, password in accounts:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Programme sign-in: http://127.0.0.1:8000/fi/accounts/sign-in/  "
                    f"user: {username} ({role})  password: {password}  (shown only now)"
                )
            )

    def ensure_local_admin(self):
        """A local admin with a random password, printed once; never on PostgreSQL."""
        user_model = get_user_model()
        if user_model.objects.filter(username=ADMIN_USERNAME).exists():
            self.stdout.write(
                f"Admin account '{ADMIN_USERNAME}' already exists; password unchanged."
            )
            return
        password = secrets.token_urlsafe(12)
        user_model.objects.create_superuser(ADMIN_USERNAME, "admin@localhost", password)
        self.stdout.write(
            self.style.SUCCESS(
                f"Wagtail admin: http://127.0.0.1:8000/admin/  user: {ADMIN_USERNAME}  "
                f"password: {password}  (shown only now)"
            )
        )

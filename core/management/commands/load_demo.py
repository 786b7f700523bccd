"""python manage.py load_demo: the demo site, idempotently; the steps are settings.DEMO_STEPS
(core/demo.py)."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from core.demo import load_demo

ADMIN_USERNAME = "admin"


def uses_default_sqlite():
    return settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"


class Command(BaseCommand):
    help = "Load the demo catalogue: vocabularies, the 20 models and the site pages."

    def handle(self, *args, **options):
        with transaction.atomic():
            run = load_demo(with_passwords=uses_default_sqlite())
        for line in run.report.lines():
            self.stdout.write(line)
        if uses_default_sqlite():
            self.ensure_local_admin()
            # Passwords of demo accounts created now; shown once, and only on local SQLite.
            for line in run.sign_ins:
                self.stdout.write(self.style.SUCCESS(line))

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

"""python manage.py purge_deleted_programmes: remove for good the programmes deleted more
than 30 days ago. Run daily (cron or a systemd timer)."""

from django.core.management.base import BaseCommand

from programmes.lifecycle import purge_expired


class Command(BaseCommand):
    help = "Delete for good the programmes whose 30-day restore window has passed."

    def handle(self, *args, **options):
        self.stdout.write(f"Purged {purge_expired()} programme(s).")

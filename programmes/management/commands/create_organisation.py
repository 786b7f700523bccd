"""python manage.py create_organisation NAME --owner EMAIL: a new organisation and an
invitation for its first owner (everything after that happens on the site)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import translation

from programmes.membership import invite
from programmes.models import Organisation, Role


class Command(BaseCommand):
    help = "Create an organisation and e-mail its first owner an invitation."

    def add_arguments(self, parser):
        parser.add_argument("name")
        parser.add_argument("--owner", required=True, help="E-mail address of the first owner")
        parser.add_argument(
            "--kind", choices=Organisation.Kind.values, default=Organisation.Kind.MUNICIPALITY
        )

    def handle(self, name, owner, kind, **options):
        if Organisation.objects.filter(name=name).exists():
            raise CommandError(f"An organisation named {name!r} already exists.")
        # One transaction: if the e-mail fails, no owner-less organisation stays behind.
        with transaction.atomic(), translation.override(settings.LANGUAGE_CODE):
            organisation = Organisation.objects.create(name=name, kind=kind)
            _invitation, link = invite(organisation, owner, Role.OWNER, None)
        self.stdout.write(f"Created {organisation}. Invitation sent to {owner}: {link}")

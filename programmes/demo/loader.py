"""The demo organisation, its two accounts and its sample programme, idempotently."""

import secrets

from django.contrib.auth import get_user_model

from models_library.models import ParticipationModelPage
from programmes.demo.programme import ITEMS, ORGANISATION, OWNER, PROGRAMME, VIEWER
from programmes.models import Membership, Organisation, Programme, ProgrammeItem, Role


def demo_programmes(run):
    """Demo step (settings.DEMO_STEPS): an organisation with a programme of catalogue models."""
    accounts = load_programmes(run.pages["catalogue"], run.report, run.with_passwords)
    run.sign_ins += [
        f"Programme sign-in: http://127.0.0.1:8000/fi/accounts/sign-in/  "
        f"user: {username} ({role})  password: {password}  (shown only now)"
        for username, role, password in accounts
    ]


def load_programmes(catalogue, report, with_passwords):
    """Returns (account, role, password) for accounts created now when `with_passwords`.
    Otherwise new accounts get a random password nobody sees; password reset sets a new one
    (Django's reset skips accounts whose password is unusable)."""
    organisation, created = Organisation.objects.get_or_create(
        name=ORGANISATION["name"], defaults={"kind": ORGANISATION["kind"]}
    )
    report.count("Organisation", created)
    credentials = []
    owner = _member(organisation, OWNER, Role.OWNER, report, with_passwords, credentials)
    _member(organisation, VIEWER, Role.VIEWER, report, with_passwords, credentials)
    programme, created = Programme.objects.get_or_create(
        organisation=organisation,
        name=PROGRAMME["name"],
        defaults={**{k: v for k, v in PROGRAMME.items() if k != "name"}, "created_by": owner},
    )
    report.count("Programme", created)
    if created:
        _add_items(programme, catalogue, owner, report)
    return credentials


def _member(organisation, data, role, report, with_passwords, credentials):
    user_model = get_user_model()
    user, created = user_model.objects.get_or_create(
        username=data["email"],
        defaults={
            "email": data["email"],
            "first_name": data["first_name"],
            "last_name": data["last_name"],
        },
    )
    if created:
        password = secrets.token_urlsafe(12)
        user.set_password(password)
        user.save(update_fields=["password"])
        if with_passwords:
            credentials.append((user.username, role, password))
    report.count("programme account", created)
    Membership.objects.get_or_create(organisation=organisation, user=user, defaults={"role": role})
    return user


def _add_items(programme, catalogue, owner, report):
    pages = {
        page.slug: page
        for page in ParticipationModelPage.objects.child_of(catalogue).prefetch_related(
            "principles", "service_phases"
        )
    }
    for position, data in enumerate(ITEMS):
        page = pages[data["slug"]]
        item = ProgrammeItem.objects.create(
            programme=programme,
            page=page,
            page_title=page.title,
            sort_order=position,
            goal=data["goal"],
            actions=data["actions"],
            responsible=data["responsible"],
            start_date=data["start"],
            end_date=data["end"],
            status=data["status"],
            indicators=data["indicators"],
            updated_by=owner,
        )
        item.principles.set(page.principles.all())
        item.service_phases.set(page.service_phases.all())
        report.count("ProgrammeItem", True)

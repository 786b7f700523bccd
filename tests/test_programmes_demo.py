"""`manage.py load_demo` also builds a demo organisation with a sample programme, so that a
newcomer can sign in and see what programmes look like."""

import re

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import authenticate, get_user_model
from django.urls import reverse
from django.utils import translation

from models_library.models import ParticipationModelPage
from programmes.demo.programme import ITEMS, ORGANISATION, OWNER, PROGRAMME, VIEWER
from programmes.models import Membership, Organisation, Programme, Role
from tests.builders import run_load_demo

ON_SQLITE = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"
# "... user: <address> (<role>)  password: <password> ..."
ACCOUNT_LINE = re.compile(r"user: (\S+) \((\w+)\)\s+password: (\S+)")


@pytest.fixture
def demo(demo_loaded, db):
    """The output of the first run (one run for the module)."""
    return demo_loaded


def demo_programme():
    return Programme.objects.get(organisation__name=ORGANISATION["name"], name=PROGRAMME["name"])


def demo_accounts():
    return {
        role: get_user_model().objects.get(username=data["email"])
        for role, data in [(Role.OWNER, OWNER), (Role.VIEWER, VIEWER)]
    }


def row_counts():
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


def test_demo_organisation_has_an_owner_and_a_viewer(demo):
    organisation = Organisation.objects.get(name=ORGANISATION["name"])

    members = {
        membership.user.email: membership.role
        for membership in Membership.objects.filter(organisation=organisation)
    }
    assert members == {OWNER["email"]: Role.OWNER, VIEWER["email"]: Role.VIEWER}


def test_demo_programme_lists_six_live_catalogue_models_in_order(demo):
    programme = demo_programme()

    items = list(programme.items.order_by("sort_order").select_related("page"))

    assert len(items) == len(ITEMS) == 6
    assert [item.page.slug for item in items] == [data["slug"] for data in ITEMS]
    for item in items:
        model = ParticipationModelPage.objects.live().public().get(pk=item.page_id)
        assert item.page_is_available
        assert item.page_title == model.title
        assert set(item.principles.all()) == set(model.principles.all())
        assert set(item.service_phases.all()) == set(model.service_phases.all())
    assert programme.created_by == demo_accounts()[Role.OWNER]


def test_running_load_demo_again_changes_nothing(demo):
    before = row_counts()
    passwords = {user.pk: user.password for user in demo_accounts().values()}

    run_load_demo()

    assert row_counts() == before
    assert {user.pk: user.password for user in demo_accounts().values()} == passwords
    assert before["programmes.ProgrammeItem"] == 6


@pytest.mark.skipif(not ON_SQLITE, reason="passwords are printed only on the SQLite default")
def test_demo_passwords_are_printed_once_on_sqlite_and_work(demo, client):
    printed = {role: (user, password) for user, role, password in ACCOUNT_LINE.findall(demo)}

    assert set(printed) == {Role.OWNER, Role.VIEWER}
    for role, user in demo_accounts().items():
        username, password = printed[role]
        assert username == user.username
        assert authenticate(username=username, password=password) == user
    assert ACCOUNT_LINE.search(run_load_demo()) is None

    # The owner signs in with the printed password and finds the programme.
    username, password = printed[Role.OWNER]
    assert client.login(username=username, password=password)
    with translation.override("fi"):
        detail = reverse("programme_detail", args=[demo_programme().pk])
    assert PROGRAMME["name"] in client.get(detail).content.decode()


@pytest.mark.skipif(ON_SQLITE, reason="on the SQLite default the passwords are printed")
def test_demo_passwords_are_not_printed_on_postgresql(demo):
    assert ACCOUNT_LINE.search(demo) is None
    assert "password" not in demo

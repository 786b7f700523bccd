"""Test data builders. The fixtures in conftest.py call them for each test; a module whose
tests all start from the same data calls them once in a module-scoped fixture."""

import io
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Page, Site

from models_library.models import ModelDeveloper, ParticipationModelPage, RelatedModel
from models_library.models.pages import TAG_RELATIONS
from programmes.items import add_model
from programmes.models import Membership, Organisation, Programme
from tests import factories

PROGRAMME_ROLES = ("viewer", "editor", "owner")


def fresh(obj):
    """The object as the database has it now: tests must not share Python instances
    that an earlier test may have changed. Also takes a dict, list or tuple of them."""
    if isinstance(obj, dict):
        return {key: fresh(value) for key, value in obj.items()}
    if isinstance(obj, list | tuple):
        return type(obj)(fresh(value) for value in obj)
    return type(obj)._default_manager.get(pk=obj.pk)


def build_home():
    """A HomePage as the default site's root, in place of Wagtail's placeholder."""
    root = Page.get_first_root_node()
    home = factories.HomePageFactory(parent=root)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Palaset"},
    )
    return home


def build_catalogue(home):
    return factories.ModelLibraryIndexPageFactory(parent=home)


def model_maker(catalogue):
    """Publish a participation model in the catalogue, with tags given as lists of terms.

    Also accepts `developers` (a list of (organisation, role) pairs), `related` (the
    editor's explicit picks, a list of pages) and `published_at` (a datetime that
    replaces first_published_at, for ordering by "newest").
    """

    def make(publish=True, developers=(), related=(), published_at=None, **fields):
        relations = {name: fields.pop(name) for name in list(fields) if name in TAG_RELATIONS}
        page = factories.ParticipationModelPageFactory.build(live=False, **fields)
        for name, terms in relations.items():
            setattr(page, name, terms)
        page.developers = [
            ModelDeveloper(organisation=organisation, role=role)
            for organisation, role in developers
        ]
        page.related_model_links = [RelatedModel(model=model) for model in related]
        catalogue.add_child(instance=page)
        if publish:
            page.save_revision().publish()
        if published_at is not None:
            ParticipationModelPage.objects.filter(pk=page.pk).update(
                first_published_at=published_at, last_published_at=published_at
            )
            page.refresh_from_db()
        return page

    return make


def evaluate_page(page, *evaluations, publish=True):
    """Add evaluations to a model page as an editor does: in a new revision, published
    unless `publish=False` (then they exist only in the unpublished revision). Returns
    the page fresh from the database."""
    page = ParticipationModelPage.objects.get(pk=page.pk)
    page.evaluations = [*page.evaluations.all(), *evaluations]
    revision = page.save_revision()
    if publish:
        revision.publish()
    return ParticipationModelPage.objects.get(pk=page.pk)


def build_organisations():
    """(ours, another one)."""
    return Organisation.objects.create(name="Testikunta"), Organisation.objects.create(
        name="Naapurikunta"
    )


def _user(username, **extra):
    return get_user_model().objects.create_user(
        username=username, email=username, password="a-long-test-password", **extra
    )


def build_people(organisation, other_organisation):
    """Users by role name: viewer, editor, owner, outsider (owner elsewhere) and
    wagtail_editor (may use the Wagtail admin, belongs to no organisation)."""
    users = {}
    for role in PROGRAMME_ROLES:
        users[role] = _user(f"{role}@testikunta.example", first_name=role.title())
        Membership.objects.create(organisation=organisation, user=users[role], role=role)
    users["outsider"] = _user("owner@naapurikunta.example")
    Membership.objects.create(organisation=other_organisation, user=users["outsider"], role="owner")
    users["wagtail_editor"] = _user("editor@palaset.example", is_staff=True)
    users["wagtail_editor"].groups.add(Group.objects.get(name="Editors"))
    return users


def build_programme(organisation, people, make_model):
    """A programme of three items, each on its own published model."""
    programme = Programme.objects.create(
        organisation=organisation,
        name="Osallisuusohjelma",
        start_year=2026,
        end_year=2029,
        created_by=people["owner"],
    )
    for n in range(3):
        add_model(programme, make_model(title=f"Malli {n}"), people["editor"])
    return programme


def build_programme_world():
    """What the conftest fixtures home, catalogue, organisations, people and programme
    build, as one namespace for a module's `module_data`."""
    home = build_home()
    catalogue = build_catalogue(home)
    organisations = build_organisations()
    people = build_people(*organisations)
    programme = build_programme(organisations[0], people, model_maker(catalogue))
    return SimpleNamespace(
        home=home,
        catalogue=catalogue,
        organisations=organisations,
        people=people,
        programme=programme,
    )


def run_load_demo():
    """`manage.py load_demo`, returning what it printed."""
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()

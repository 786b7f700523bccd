"""Who may do what with a programme: every programme URL × every kind of person.

Membership of the programme's organisation is the only key. Anonymous visitors are sent to
sign in; people outside the organisation (even Wagtail editors) get 404 so that nothing's
existence is revealed; members whose role is too low get 403. A refused request changes
nothing in the database, and no private page is ever stored in a cache.
"""

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from programmes.lifecycle import share, soft_delete
from programmes.models import (
    Activity,
    Invitation,
    Membership,
    Programme,
    ProgrammeItem,
    Role,
)
from programmes.urls import programme_urls
from tests.builders import build_programme_world, fresh, model_maker

GET, POST = "GET", "POST"
SIGN_IN = "/fi/accounts/sign-in/"
MEMBERS = ("viewer", "editor", "owner")
NON_MEMBERS = ("outsider", "wagtail_editor")
PEOPLE = ("anonymous", *MEMBERS, *NON_MEMBERS)
RANK = {"viewer": 1, "editor": 2, "owner": 3}

NEW_NAME = "Uusi osallisuusohjelma"
NEW_GOAL = "Nuoret mukaan päätöksiin"
INVITED = "uusi.jasen@testikunta.example"
MISSING_ID = 987654


@dataclass
class World:
    """What the URLs address: the programme, its first item, a model not yet in it, the
    viewer's membership and a pending invitation of the organisation."""

    organisation: object
    programme: object
    item: object
    spare_model: object
    member: object
    invitation: object


# The same URLs with ids that exist nowhere.
MISSING = World(
    **{
        name: SimpleNamespace(pk=MISSING_ID, version=1)
        for name in ("organisation", "programme", "item", "spare_model", "member", "invitation")
    }
)


def programme_url(name, *extra):
    return lambda w: reverse(name, args=[w.programme.pk, *(f(w) for f in extra)])


def item_url(name):
    return programme_url(name, lambda w: w.item.pk)


def organisation_url(name, *extra):
    return lambda w: reverse(name, args=[w.organisation.pk, *(f(w) for f in extra)])


def reload(obj):
    return type(obj).objects.filter(pk=obj.pk).first()


def item_order(programme):
    return list(programme.items.order_by("sort_order", "pk").values_list("pk", flat=True))


def programme_details(**changes):
    return {
        "name": "Osallisuusohjelma",
        "start_year": 2026,
        "end_year": 2029,
        "status": Programme.Status.DRAFT,
        "description": "",
        **changes,
    }


@dataclass(eq=False)
class Endpoint:
    name: str
    method: str
    needs: str  # the lowest role that may use it
    url: Callable
    data: Callable = lambda w: {}
    prepare: Callable = lambda w: None  # puts the world in a state where the action applies
    done: Callable | None = None  # POST: whether the action took effect
    # Answers to non-members when the URL addresses no programme or organisation of ours.
    non_members: dict = field(default_factory=dict)

    def __str__(self):
        return f"{self.method} {self.name}"

    @property
    def addresses_object(self):
        return not self.non_members

    def expected_status(self, who):
        if who in NON_MEMBERS:
            return self.non_members.get(who, 404)
        if RANK[who] < RANK[self.needs]:
            return 403
        return 200 if self.method == GET else 302


def add_url(w):
    return f"{reverse('add_to_programme')}?page={w.spare_model.pk}"


ENDPOINTS = [
    # Pages.
    Endpoint(
        "programme_list",
        GET,
        "viewer",
        lambda w: reverse("programme_list"),
        non_members={"outsider": 200, "wagtail_editor": 200},
    ),
    Endpoint(
        "programme_create",
        GET,
        "editor",
        lambda w: reverse("programme_create"),
        non_members={"outsider": 200, "wagtail_editor": 403},
    ),
    Endpoint(
        "add_to_programme",
        GET,
        "editor",
        add_url,
        non_members={"outsider": 200, "wagtail_editor": 403},
    ),
    Endpoint("programme_detail", GET, "viewer", programme_url("programme_detail")),
    Endpoint("programme_edit", GET, "editor", programme_url("programme_edit")),
    Endpoint("programme_delete", GET, "owner", programme_url("programme_delete")),
    Endpoint("programme_activity", GET, "viewer", programme_url("programme_activity")),
    Endpoint("programme_coverage", GET, "viewer", programme_url("programme_coverage")),
    Endpoint("programme_follow_up", GET, "viewer", programme_url("programme_follow_up")),
    Endpoint("programme_export_csv", GET, "viewer", programme_url("programme_export_csv")),
    Endpoint("programme_print", GET, "viewer", programme_url("programme_print")),
    Endpoint("item_edit", GET, "editor", item_url("item_edit")),
    Endpoint("item_delete", GET, "editor", item_url("item_delete")),
    Endpoint("organisation_members", GET, "viewer", organisation_url("organisation_members")),
    # Actions.
    Endpoint(
        "programme_create",
        POST,
        "editor",
        lambda w: reverse("programme_create"),
        data=lambda w: programme_details(organisation=w.organisation.pk, name=NEW_NAME),
        done=lambda w: Programme.objects.filter(
            organisation=w.organisation, name=NEW_NAME
        ).exists(),
        # The outsider may create programmes, but not in our organisation: a form error.
        non_members={"outsider": 400, "wagtail_editor": 403},
    ),
    Endpoint(
        "add_to_programme",
        POST,
        "editor",
        lambda w: reverse("add_to_programme"),
        data=lambda w: {"page": w.spare_model.pk, "programme": w.programme.pk},
        done=lambda w: w.programme.items.filter(page=w.spare_model).exists(),
        # Our programme is not among the outsider's choices: a form error.
        non_members={"outsider": 400, "wagtail_editor": 403},
    ),
    Endpoint(
        "programme_edit",
        POST,
        "editor",
        programme_url("programme_edit"),
        data=lambda w: programme_details(name=NEW_NAME),
        done=lambda w: reload(w.programme).name == NEW_NAME,
    ),
    Endpoint(
        "programme_delete",
        POST,
        "owner",
        programme_url("programme_delete"),
        done=lambda w: reload(w.programme).deleted_at is not None,
    ),
    Endpoint(
        "programme_restore",
        POST,
        "owner",
        programme_url("programme_restore"),
        prepare=lambda w: soft_delete(w.programme, None),
        done=lambda w: reload(w.programme).deleted_at is None,
    ),
    Endpoint(
        "programme_share",
        POST,
        "editor",
        programme_url("programme_share"),
        done=lambda w: reload(w.programme).is_shared,
    ),
    Endpoint(
        "programme_unshare",
        POST,
        "editor",
        programme_url("programme_unshare"),
        prepare=lambda w: share(w.programme, None),
        done=lambda w: not reload(w.programme).is_shared,
    ),
    Endpoint(
        "item_edit",
        POST,
        "editor",
        item_url("item_edit"),
        data=lambda w: {
            "version": w.item.version,
            "goal": NEW_GOAL,
            "status": ProgrammeItem.Status.PLANNED,
        },
        done=lambda w: reload(w.item).goal == NEW_GOAL,
    ),
    Endpoint(
        "item_move",
        POST,
        "editor",
        item_url("item_move"),
        data=lambda w: {"direction": "down"},
        done=lambda w: item_order(w.programme)[1] == w.item.pk,
    ),
    Endpoint(
        "item_delete",
        POST,
        "editor",
        item_url("item_delete"),
        done=lambda w: reload(w.item) is None,
    ),
    Endpoint(
        "organisation_invite",
        POST,
        "owner",
        organisation_url("organisation_invite"),
        data=lambda w: {"email": INVITED, "role": Role.VIEWER},
        done=lambda w: Invitation.objects.pending().filter(email=INVITED).exists(),
    ),
    Endpoint(
        "member_role",
        POST,
        "owner",
        organisation_url("member_role", lambda w: w.member.pk),
        data=lambda w: {"role": Role.EDITOR},
        done=lambda w: reload(w.member).role == Role.EDITOR,
    ),
    Endpoint(
        "member_remove",
        POST,
        "owner",
        organisation_url("member_remove", lambda w: w.member.pk),
        done=lambda w: reload(w.member) is None,
    ),
    Endpoint(
        "invitation_revoke",
        POST,
        "owner",
        organisation_url("invitation_revoke", lambda w: w.invitation.pk),
        done=lambda w: reload(w.invitation).revoked_at is not None,
    ),
]
POST_ENDPOINTS = [e for e in ENDPOINTS if e.method == POST]
GET_NAMES = {e.name for e in ENDPOINTS if e.method == GET}
POST_ONLY = [e for e in POST_ENDPOINTS if e.name not in GET_NAMES]
OBJECT_ENDPOINTS = [e for e in ENDPOINTS if e.addresses_object]
READ_ONLY_PAGES = [
    e for e in ENDPOINTS if e.method == GET and e.needs == "viewer" and e.addresses_object
]


SECRET_NAME = "Testikunnan luottamuksellinen ohjelma"


pytestmark = pytest.mark.usefixtures("module_data")


@pytest.fixture(scope="module")
def module_data(module_db):
    """The conftest fixtures' data and the world below, made once for the module; each
    test gets fresh copies (conftest.py, `world`)."""
    data = build_programme_world()
    people, programme = data.people, data.programme
    Programme.objects.filter(pk=programme.pk).update(name=SECRET_NAME)
    invitation, _token = Invitation.issue(
        programme.organisation, "kutsuttu@testikunta.example", Role.VIEWER, people["owner"]
    )
    data.world = World(
        organisation=programme.organisation,
        programme=programme,
        item=programme.items.order_by("sort_order").first(),
        spare_model=model_maker(data.catalogue)(title="Malli, jota ohjelmassa ei vielä ole"),
        member=Membership.objects.get(user=people["viewer"]),
        invitation=invitation,
    )
    return data


@pytest.fixture
def world(db, module_data):
    return World(**fresh(vars(module_data.world)))


def snapshot():
    """Everything a programme request could change."""
    return {
        "programmes": list(
            Programme.objects.order_by("pk").values_list(
                "pk", "organisation", "name", "description", "status", "share_token", "deleted_at"
            )
        ),
        "items": list(
            ProgrammeItem.objects.order_by("pk").values_list(
                "pk", "programme", "page", "goal", "sort_order", "version"
            )
        ),
        "memberships": list(
            Membership.objects.order_by("pk").values_list("pk", "organisation", "user", "role")
        ),
        "invitations": list(
            Invitation.objects.order_by("pk").values_list("pk", "email", "revoked_at")
        ),
        "activities": Activity.objects.count(),
        "mails": len(mail.outbox),
    }


def send(client, endpoint, world):
    url = endpoint.url(world)
    if endpoint.method == GET:
        return client.get(url)
    return client.post(url, endpoint.data(world))


def cache_control(response):
    return {part.strip().split("=")[0] for part in response.get("Cache-Control", "").split(",")}


def assert_never_cached(response):
    assert {"private", "no-store"} <= cache_control(response), response.get("Cache-Control")


def assert_sent_to_sign_in(response, requested_url):
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert location.path == SIGN_IN
    assert parse_qs(location.query) == {"next": [requested_url]}


def test_every_programme_url_is_in_the_matrix():
    """A new programme URL must be added here, with the role it needs."""
    tested = {e.name for e in ENDPOINTS} | {"programme_shared"}
    assert tested == {pattern.name for pattern in programme_urls}


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=str)
def test_anonymous_visitors_are_sent_to_sign_in(endpoint, world, client_for):
    endpoint.prepare(world)
    before = snapshot()

    response = send(client_for("anonymous"), endpoint, world)

    assert_sent_to_sign_in(response, endpoint.url(world))
    assert_never_cached(response)
    assert snapshot() == before


@pytest.mark.parametrize("endpoint", OBJECT_ENDPOINTS, ids=str)
def test_anonymous_visitors_get_the_same_answer_for_ids_that_do_not_exist(
    endpoint, world, client_for
):
    before = snapshot()

    response = send(client_for("anonymous"), endpoint, MISSING)

    assert_sent_to_sign_in(response, endpoint.url(MISSING))
    assert snapshot() == before


@pytest.mark.parametrize("who", [p for p in PEOPLE if p != "anonymous"])
@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=str)
def test_permission_matrix(endpoint, who, world, client_for):
    endpoint.prepare(world)
    before = snapshot()

    response = send(client_for(who), endpoint, world)

    expected = endpoint.expected_status(who)
    assert response.status_code == expected
    assert_never_cached(response)
    if endpoint.method == POST and expected == 302:
        assert endpoint.done(world)
    else:
        assert snapshot() == before


@pytest.mark.parametrize("endpoint", OBJECT_ENDPOINTS, ids=str)
def test_non_members_cannot_tell_existing_from_missing_ids(endpoint, world, client_for):
    endpoint.prepare(world)
    before = snapshot()
    for who in NON_MEMBERS:
        client = client_for(who)
        existing = send(client, endpoint, world)
        missing = send(client, endpoint, MISSING)
        assert (existing.status_code, missing.status_code) == (404, 404), who
    assert snapshot() == before


@pytest.mark.parametrize("who", NON_MEMBERS)
def test_pages_without_ids_show_non_members_nothing_of_the_organisation(who, world, client_for):
    """The list, the new-programme form and the add form name only one's own programmes."""
    urls = [reverse("programme_list"), reverse("programme_create"), add_url(world)]
    client = client_for(who)
    for url in urls:
        page = client.get(url).content.decode()
        assert SECRET_NAME not in page, url
        assert world.organisation.name not in page, url

    # The control: a member sees them.
    assert SECRET_NAME in client_for("editor").get(add_url(world)).content.decode()


@pytest.mark.parametrize("endpoint", POST_ONLY, ids=str)
def test_actions_refuse_get(endpoint, world, client_for):
    endpoint.prepare(world)
    before = snapshot()

    response = client_for("owner").get(endpoint.url(world))

    assert response.status_code == 405
    assert snapshot() == before


@pytest.mark.parametrize("endpoint", READ_ONLY_PAGES, ids=str)
def test_read_only_pages_refuse_post(endpoint, world, client_for):
    response = client_for("owner").post(endpoint.url(world), {"name": NEW_NAME})

    assert response.status_code == 405


def test_deleting_a_programme_needs_post_not_delete(world, client_for):
    response = client_for("owner").delete(reverse("programme_delete", args=[world.programme.pk]))

    assert response.status_code == 405
    assert reload(world.programme).deleted_at is None


@pytest.mark.parametrize("endpoint", POST_ENDPOINTS, ids=str)
def test_actions_without_a_csrf_token_are_rejected(endpoint, world, people):
    client = Client(enforce_csrf_checks=True)
    client.force_login(people["owner"])
    endpoint.prepare(world)
    before = snapshot()

    response = send(client, endpoint, world)

    assert response.status_code == 403
    assert snapshot() == before


def test_an_action_with_the_forms_csrf_token_is_accepted(world, people):
    """The control for the test above: the same client succeeds with the token."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(people["owner"])
    url = reverse("programme_edit", args=[world.programme.pk])
    client.get(url)
    token = client.cookies["csrftoken"].value

    response = client.post(url, {**programme_details(name=NEW_NAME), "csrfmiddlewaretoken": token})

    assert response.status_code == 302
    assert reload(world.programme).name == NEW_NAME


@pytest.fixture
def public_pages(home, catalogue, make_model):
    model = make_model(title="Julkinen malli")
    return [home.url, catalogue.url, f"{catalogue.url}?q=malli", model.url]


@pytest.mark.parametrize("who", MEMBERS)
def test_catalogue_pages_are_not_cached_for_signed_in_people(who, public_pages, client_for):
    client = client_for(who)
    for url in public_pages:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_never_cached(response)


# The shared read-only link.


def shared_url(token):
    return reverse("programme_shared", args=[token])


def share_as_editor(client_for, programme):
    response = client_for("editor").post(reverse("programme_share", args=[programme.pk]))
    assert response.status_code == 302
    return reload(programme).share_token


def test_a_shared_programme_can_be_read_without_signing_in(world, client_for):
    token = share_as_editor(client_for, world.programme)

    response = client_for("anonymous").get(shared_url(token))

    assert response.status_code == 200
    assert world.programme.name in response.content.decode()
    assert world.item.title in response.content.decode()
    assert "noindex" in response["X-Robots-Tag"]
    assert response["Referrer-Policy"] == "no-referrer"
    assert_never_cached(response)


def test_a_revoked_share_link_stops_working(world, client_for):
    token = share_as_editor(client_for, world.programme)
    client_for("editor").post(reverse("programme_unshare", args=[world.programme.pk]))

    assert client_for("anonymous").get(shared_url(token)).status_code == 404


def test_sharing_again_replaces_the_old_link(world, client_for):
    old = share_as_editor(client_for, world.programme)
    new = share_as_editor(client_for, world.programme)

    anonymous = client_for("anonymous")
    assert anonymous.get(shared_url(old)).status_code == 404
    assert anonymous.get(shared_url(new)).status_code == 200


def test_a_made_up_share_token_is_not_found(world, client_for):
    share_as_editor(client_for, world.programme)

    response = client_for("anonymous").get(shared_url(secrets.token_urlsafe(32)))

    assert response.status_code == 404


def test_a_deleted_programme_is_not_shared_even_after_a_restore(world, client_for):
    token = share_as_editor(client_for, world.programme)
    owner = client_for("owner")
    owner.post(reverse("programme_delete", args=[world.programme.pk]))

    assert client_for("anonymous").get(shared_url(token)).status_code == 404

    owner.post(reverse("programme_restore", args=[world.programme.pk]))
    assert reload(world.programme).deleted_at is None
    assert client_for("anonymous").get(shared_url(token)).status_code == 404

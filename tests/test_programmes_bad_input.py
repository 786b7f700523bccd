"""Bad input to the programme views: a form error the user can read, or a 4xx, never a
server error and never lost or half-written data.

Every test proves through the database that a refused request changed nothing.
"""

import pytest
from django.contrib import messages
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import PageViewRestriction

from programmes.lifecycle import share, soft_delete
from programmes.models import (
    Activity,
    Invitation,
    Membership,
    Organisation,
    Programme,
    ProgrammeItem,
    Role,
)
from tests import factories
from tests.builders import build_programme_world

HUGE_ID = "9" * 25
TOO_BIG_FOR_A_DATABASE_INTEGER = "9" * 19

# The organisations, people and programme are made once for the module (conftest.py).
pytestmark = pytest.mark.usefixtures("module_data")


@pytest.fixture(scope="module")
def module_data(module_db):
    return build_programme_world()


# Helpers.


def snapshot():
    """Everything a programme request could change."""
    return {
        "programmes": list(
            Programme.objects.order_by("pk").values_list(
                "pk",
                "organisation",
                "name",
                "description",
                "start_year",
                "end_year",
                "status",
                "share_token",
                "deleted_at",
            )
        ),
        "items": list(
            ProgrammeItem.objects.order_by("pk").values_list(
                "pk",
                "programme",
                "page",
                "goal",
                "actions",
                "responsible",
                "start_date",
                "end_date",
                "indicators",
                "status",
                "notes",
                "sort_order",
                "version",
            )
        ),
        "memberships": list(
            Membership.objects.order_by("pk").values_list("pk", "organisation", "user", "role")
        ),
        "invitations": list(
            Invitation.objects.order_by("pk").values_list("pk", "email", "role", "revoked_at")
        ),
        "activities": Activity.objects.count(),
        "mails": len(mail.outbox),
    }


def text(response):
    return response.content.decode()


def assert_form_error(response, field, form="form", only=False):
    """400, the field has an error, and every message of it is shown on the page; with
    `only`, no other field has one."""
    assert response.status_code == 400
    errors = response.context[form].errors
    assert errors.get(field), errors
    for message in errors[field]:
        assert escape(message) in text(response)
    if only:
        assert list(errors) == [field]


def assert_error_shown(response):
    """After a redirect, the page tells what went wrong."""
    assert response.status_code == 200
    shown = [m for m in response.context["messages"] if m.level == messages.ERROR]
    assert shown
    for message in shown:
        assert escape(str(message)) in text(response)


def programme_data(**changes):
    return {
        "name": "Osallisuusohjelma",
        "start_year": "2026",
        "end_year": "2029",
        "status": Programme.Status.DRAFT,
        "description": "Kuvaus, joka ei saa kadota.",
        **changes,
    }


def item_data(item, **changes):
    return {
        "version": item.version,
        "goal": "Tavoite, joka ei saa kadota.",
        "status": ProgrammeItem.Status.PLANNED,
        **changes,
    }


@pytest.fixture
def item(programme):
    return programme.items.order_by("sort_order").first()


@pytest.fixture
def spare_model(make_model):
    return make_model(title="Malli, jota ohjelmassa ei vielä ole")


@pytest.fixture
def other_programme(other_organisation, make_model, people):
    """A programme of the outsider's organisation, with one item."""
    from programmes.items import add_model

    programme = Programme.objects.create(
        organisation=other_organisation, name="Naapurin ohjelma", start_year=2026, end_year=2027
    )
    add_model(programme, make_model(title="Naapurin malli"), people["outsider"])
    return programme


@pytest.fixture
def sibling_programme(organisation, make_model, people):
    """A second programme of the same organisation, with one item."""
    from programmes.items import add_model

    programme = Programme.objects.create(
        organisation=organisation, name="Toinen ohjelma", start_year=2026, end_year=2027
    )
    add_model(programme, make_model(title="Toisen ohjelman malli"), people["editor"])
    return programme


# Programme details: create and edit.

BAD_PROGRAMME_FIELDS = [
    ("name", "x" * 201),
    ("name", ""),
    ("name", "   "),
    ("description", "x" * 4001),
    ("start_year", "1999"),
    ("start_year", "2101"),
    ("start_year", "abc"),
    ("start_year", ""),
    ("start_year", TOO_BIG_FOR_A_DATABASE_INTEGER),
    ("end_year", "1999"),
    ("end_year", "2101"),
    ("end_year", "abc"),
    ("end_year", "-2029"),
    ("status", "published"),
]


def field_value_id(value):
    return value if len(value) < 20 else f"{len(value)} chars"


@pytest.mark.parametrize(("field", "value"), BAD_PROGRAMME_FIELDS, ids=field_value_id)
def test_editing_a_programme_with_a_bad_value_shows_a_form_error(
    field, value, programme, client_for
):
    before = snapshot()

    response = client_for("editor").post(
        reverse("programme_edit", args=[programme.pk]), programme_data(**{field: value})
    )

    assert_form_error(response, field)
    assert snapshot() == before


@pytest.mark.parametrize(("field", "value"), BAD_PROGRAMME_FIELDS, ids=field_value_id)
def test_creating_a_programme_with_a_bad_value_shows_a_form_error(
    field, value, organisation, people, client_for
):
    before = snapshot()

    response = client_for("editor").post(
        reverse("programme_create"),
        programme_data(organisation=organisation.pk, **{field: value}),
    )

    assert_form_error(response, field)
    assert snapshot() == before


def test_an_end_year_before_the_start_year_is_refused_and_the_input_kept(programme, client_for):
    before = snapshot()
    data = programme_data(name="Uusi nimi", start_year="2028", end_year="2027")

    response = client_for("editor").post(reverse("programme_edit", args=[programme.pk]), data)

    assert_form_error(response, "end_year", only=True)
    assert "Uusi nimi" in text(response)
    assert escape(data["description"]) in text(response)
    assert snapshot() == before


def test_the_longest_allowed_details_are_saved_whole(programme, client_for):
    name, description = "n" * 200, "d" * 4000

    response = client_for("editor").post(
        reverse("programme_edit", args=[programme.pk]),
        programme_data(name=name, description=description, start_year="2000", end_year="2100"),
    )

    assert response.status_code == 302
    programme.refresh_from_db()
    assert (programme.name, programme.description) == (name, description)
    assert (programme.start_year, programme.end_year) == (2000, 2100)


def test_a_programme_cannot_be_created_in_an_organisation_of_which_one_is_no_member(
    other_organisation, organisation, people, client_for
):
    """For someone who edits in two organisations the choice is visible: its error too."""
    third = Organisation.objects.create(name="Kolmaskunta")
    Membership.objects.create(organisation=third, user=people["editor"], role=Role.EDITOR)
    before = snapshot()

    response = client_for("editor").post(
        reverse("programme_create"), programme_data(organisation=other_organisation.pk)
    )

    assert_form_error(response, "organisation")
    assert snapshot() == before


def test_a_single_organisation_editor_cannot_create_in_another_organisation(
    other_organisation, people, client_for
):
    before = snapshot()

    response = client_for("editor").post(
        reverse("programme_create"), programme_data(organisation=other_organisation.pk)
    )

    assert response.status_code == 400
    assert snapshot() == before


# Items: edit.

BAD_ITEM_FIELDS = [
    ("goal", "x" * 2001),
    ("actions", "x" * 4001),
    ("responsible", "x" * 201),
    ("indicators", "x" * 2001),
    ("notes", "x" * 4001),
    ("start_date", "2026-02-30"),
    ("start_date", "2026-13-01"),
    ("start_date", "tomorrow"),
    ("end_date", "99999-01-01"),
    ("end_date", "2026/12/32"),
    ("status", "finished"),
    ("principles", "999999"),
    ("principles", "abc"),
    ("service_phases", HUGE_ID),
]


@pytest.mark.parametrize(("field", "value"), BAD_ITEM_FIELDS, ids=field_value_id)
def test_editing_an_item_with_a_bad_value_shows_a_form_error(
    field, value, programme, item, client_for
):
    before = snapshot()

    response = client_for("editor").post(
        reverse("item_edit", args=[programme.pk, item.pk]), item_data(item, **{field: value})
    )

    assert_form_error(response, field)
    assert snapshot() == before


@pytest.mark.parametrize("version", ["abc", "0", "", "-1"])
def test_a_broken_version_field_is_refused(version, programme, item, client_for):
    """The hidden version field is not the user's input, so its error is not shown, but the
    save is refused."""
    before = snapshot()

    response = client_for("editor").post(
        reverse("item_edit", args=[programme.pk, item.pk]), item_data(item, version=version)
    )

    assert response.status_code == 400
    assert list(response.context["form"].errors) == ["version"]
    assert snapshot() == before


def test_an_item_ending_before_it_starts_is_refused_and_the_input_kept(programme, item, client_for):
    before = snapshot()
    data = item_data(item, start_date="2027-06-01", end_date="2027-05-31")

    response = client_for("editor").post(reverse("item_edit", args=[programme.pk, item.pk]), data)

    assert_form_error(response, "end_date", only=True)
    assert escape(data["goal"]) in text(response)
    assert snapshot() == before


def test_the_longest_allowed_item_texts_are_saved_whole(programme, item, client_for):
    texts = {
        "goal": "g" * 2000,
        "actions": "a" * 4000,
        "responsible": "r" * 200,
        "indicators": "i" * 2000,
        "notes": "n" * 4000,
    }

    response = client_for("editor").post(
        reverse("item_edit", args=[programme.pk, item.pk]), item_data(item, **texts)
    )

    assert response.status_code == 302
    saved = ProgrammeItem.objects.values(*texts).get(pk=item.pk)
    assert saved == texts


def test_a_save_from_an_outdated_form_overwrites_nothing(programme, item, client_for):
    """Someone saved the item after this form was opened: a conflict, not a silent loss."""
    editor = client_for("editor")
    url = reverse("item_edit", args=[programme.pk, item.pk])
    first = editor.post(url, item_data(item, goal="Ensimmäisen tallentajan tavoite"))
    assert first.status_code == 302
    before = snapshot()

    response = editor.post(url, item_data(item, goal="Myöhästyneen tallentajan tavoite"))

    assert response.status_code == 409
    assert "Myöhästyneen tallentajan tavoite" in text(response)
    assert snapshot() == before
    assert ProgrammeItem.objects.get(pk=item.pk).goal == "Ensimmäisen tallentajan tavoite"


# Items: move.


def item_order(programme):
    return list(programme.items.order_by("sort_order", "pk").values_list("pk", flat=True))


@pytest.mark.parametrize("direction", ["sideways", "", "UP", "-1", None])
def test_moving_an_item_in_an_unknown_direction_changes_nothing(
    direction, programme, item, client_for
):
    before = snapshot()
    data = {} if direction is None else {"direction": direction}

    response = client_for("editor").post(
        reverse("item_move", args=[programme.pk, item.pk]), data, follow=True
    )

    assert_error_shown(response)
    assert snapshot() == before


def test_moving_the_first_item_up_or_the_last_down_changes_nothing(programme, client_for):
    first, *_middle, last = item_order(programme)
    before = snapshot()
    editor = client_for("editor")

    editor.post(reverse("item_move", args=[programme.pk, first]), {"direction": "up"})
    editor.post(reverse("item_move", args=[programme.pk, last]), {"direction": "down"})

    assert snapshot() == before


# Items addressed through another programme's URL.

ITEM_REQUESTS = [
    ("GET", "item_edit"),
    ("POST", "item_edit"),
    ("POST", "item_move"),
    ("GET", "item_delete"),
    ("POST", "item_delete"),
]


@pytest.mark.parametrize(("method", "name"), ITEM_REQUESTS)
def test_an_item_cannot_be_reached_through_another_programmes_url(
    method, name, programme, item, sibling_programme, client_for
):
    url = reverse(name, args=[sibling_programme.pk, item.pk])
    owner = client_for("owner")
    before = snapshot()

    if method == "GET":
        response = owner.get(url)
    else:
        response = owner.post(url, {**item_data(item), "direction": "down"})

    assert response.status_code == 404
    assert snapshot() == before


# Ids in URLs.

URLS_WITH_IDS = [
    ("GET", "/fi/programmes/{p}/"),
    ("GET", "/fi/programmes/{p}/edit/"),
    ("GET", "/fi/programmes/{p}/coverage/"),
    ("GET", "/fi/programmes/{p}/export.csv"),
    ("POST", "/fi/programmes/{p}/delete/"),
    ("POST", "/fi/programmes/{p}/share/"),
    ("GET", "/fi/programmes/{p}/items/{i}/"),
    ("POST", "/fi/programmes/{p}/items/{i}/"),
    ("POST", "/fi/programmes/{p}/items/{i}/move/"),
    ("POST", "/fi/programmes/{p}/items/{i}/remove/"),
    ("GET", "/fi/programmes/organisations/{o}/"),
    ("POST", "/fi/programmes/organisations/{o}/invite/"),
    ("POST", "/fi/programmes/organisations/{o}/members/{m}/role/"),
    ("POST", "/fi/programmes/organisations/{o}/members/{m}/remove/"),
    ("POST", "/fi/programmes/organisations/{o}/invitations/{v}/revoke/"),
]


def bad_id_urls(template, real):
    """The URL with each of its ids in turn replaced by a bad one."""
    used = [key for key in real if "{" + key + "}" in template]
    for key in used:
        for bad in ("abc", "-1", "1.5", HUGE_ID, TOO_BIG_FOR_A_DATABASE_INTEGER, "0"):
            yield template.format(**{**real, key: bad})


@pytest.mark.parametrize(("method", "template"), URLS_WITH_IDS)
def test_bad_ids_in_urls_are_not_found(
    method, template, programme, item, organisation, people, client_for
):
    invitation, _token = Invitation.issue(organisation, "x@testikunta.example", "viewer", None)
    real = {
        "p": programme.pk,
        "i": item.pk,
        "o": organisation.pk,
        "m": Membership.objects.get(user=people["viewer"]).pk,
        "v": invitation.pk,
    }
    owner = client_for("owner")
    before = snapshot()

    for url in bad_id_urls(template, real):
        response = owner.get(url) if method == "GET" else owner.post(url, {"role": "editor"})
        assert response.status_code == 404, url

    assert snapshot() == before


def test_a_bad_change_log_page_number_shows_a_page(programme, client_for):
    viewer = client_for("viewer")
    url = reverse("programme_activity", args=[programme.pk])

    for page in ("abc", "-1", HUGE_ID):
        assert viewer.get(url, {"page": page}).status_code == 200, page


# Adding a model to a programme.


def add(client, method="POST", **data):
    url = reverse("add_to_programme")
    return client.get(url, data) if method == "GET" else client.post(url, data)


BAD_PAGE_PARAMETERS = [
    None,
    "",
    "abc",
    "-1",
    "1.0",
    "1e3",
    " 1",
    HUGE_ID,
    TOO_BIG_FOR_A_DATABASE_INTEGER,
    "999999999999999999",
    "0",
    pytest.param("²", id="superscript-two"),  # str.isdigit() accepts it; int() does not
]


@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("page", BAD_PAGE_PARAMETERS)
def test_a_bad_page_parameter_is_not_found(method, page, programme, client_for):
    data = {"programme": programme.pk}
    if page is not None:
        data["page"] = page
    before = snapshot()

    response = add(client_for("editor"), method, **data)

    assert response.status_code == 404
    assert snapshot() == before


@pytest.fixture
def not_addable(home, catalogue, make_model):
    """Pages an anonymous visitor cannot see as a model, so no one can add them."""
    draft = make_model(title="Luonnos", publish=False)
    unpublished = make_model(title="Poistettu julkaisusta")
    unpublished.refresh_from_db()
    unpublished.unpublish()
    password = make_model(title="Salasanan takana")
    PageViewRestriction.objects.create(
        page=password, restriction_type=PageViewRestriction.PASSWORD, password="salainen"
    )
    section = factories.ContentPageFactory(parent=home, title="Sisäinen osio")
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    in_private_section = factories.ParticipationModelPageFactory.build(live=False)
    section.add_child(instance=in_private_section)
    in_private_section.save_revision().publish()
    return {
        "home page": home,
        "catalogue": catalogue,
        "draft": draft,
        "unpublished": unpublished,
        "password-protected": password,
        "in a private section": in_private_section,
    }


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_page_that_is_not_a_public_model_cannot_be_added(
    method, not_addable, programme, client_for
):
    editor = client_for("editor")
    before = snapshot()

    for kind, page in not_addable.items():
        response = add(editor, method, page=page.pk, programme=programme.pk)
        assert response.status_code == 404, kind

    assert snapshot() == before


def test_another_organisations_programme_is_not_a_choice(spare_model, other_programme, client_for):
    before = snapshot()

    response = add(client_for("editor"), page=spare_model.pk, programme=other_programme.pk)

    assert_form_error(response, "programme")
    assert snapshot() == before


@pytest.mark.parametrize("choice", ["abc", "", HUGE_ID, "-1"])
def test_a_programme_choice_that_is_not_offered_shows_a_form_error(
    choice, spare_model, programme, client_for
):
    before = snapshot()

    response = add(client_for("editor"), page=spare_model.pk, programme=choice)

    assert_form_error(response, "programme")
    assert snapshot() == before


@pytest.mark.parametrize("state", ["deleted", "archived"])
def test_a_deleted_or_archived_programme_is_not_a_choice(
    state, spare_model, programme, people, client_for
):
    if state == "deleted":
        soft_delete(programme, people["owner"])
    else:
        Programme.objects.filter(pk=programme.pk).update(status=Programme.Status.ARCHIVED)
    before = snapshot()

    response = add(client_for("editor"), page=spare_model.pk, programme=programme.pk)

    assert_form_error(response, "programme")
    assert snapshot() == before


@pytest.mark.parametrize("name", ["", "   ", "x" * 201])
def test_a_new_programme_needs_a_name_of_at_most_200_characters(
    name, spare_model, programme, client_for
):
    before = snapshot()

    response = add(client_for("editor"), page=spare_model.pk, programme="new", new_name=name)

    assert_form_error(response, "new_name")
    assert snapshot() == before


def test_a_new_programme_cannot_go_to_an_organisation_of_which_one_is_no_member(
    spare_model, organisation, other_organisation, people, client_for
):
    third = Organisation.objects.create(name="Kolmaskunta")
    Membership.objects.create(organisation=third, user=people["editor"], role=Role.EDITOR)
    before = snapshot()

    response = add(
        client_for("editor"),
        page=spare_model.pk,
        programme="new",
        new_name="Uusi ohjelma",
        new_organisation=other_organisation.pk,
    )

    assert_form_error(response, "new_organisation")
    assert snapshot() == before


def test_a_single_organisation_editors_new_programme_stays_in_their_organisation(
    spare_model, organisation, other_organisation, client_for
):
    """The organisation is not asked, so a forged one is ignored."""
    response = add(
        client_for("editor"),
        page=spare_model.pk,
        programme="new",
        new_name="Uusi ohjelma",
        new_organisation=other_organisation.pk,
    )

    assert response.status_code == 302
    created = Programme.objects.get(name="Uusi ohjelma")
    assert created.organisation == organisation
    assert list(created.items.values_list("page", flat=True)) == [spare_model.pk]
    assert not other_organisation.programmes.exists()


def test_a_model_already_in_the_programme_is_not_added_twice(programme, item, client_for):
    before = snapshot()

    response = add(client_for("editor"), page=item.page_id, programme=programme.pk)

    assert_form_error(response, "programme")
    assert snapshot() == before


OFF_SITE = [
    "https://evil.example/",
    "//evil.example/",
    "https:evil.example",
    "/\\evil.example",
    "http://testserver@evil.example/",
    "javascript:alert(1)",
]


@pytest.mark.parametrize("next_url", OFF_SITE)
def test_next_cannot_send_the_user_off_site(next_url, spare_model, programme, client_for):
    editor = client_for("editor")

    form = add(editor, "GET", page=spare_model.pk, next=next_url)
    assert form.status_code == 200
    assert escape(next_url) not in text(form)

    response = add(editor, page=spare_model.pk, programme=programme.pk, next=next_url)
    assert response.status_code == 302
    assert response["Location"] == reverse("programme_detail", args=[programme.pk])
    assert programme.items.filter(page=spare_model).exists()


def test_next_on_this_site_is_followed(spare_model, catalogue, programme, client_for):
    """The control for the test above."""
    next_url = f"{catalogue.url}?q=nuoret"

    response = add(client_for("editor"), page=spare_model.pk, programme=programme.pk, next=next_url)

    assert response.status_code == 302
    assert response["Location"] == next_url


# Members and invitations.


def invite(client, organisation, **data):
    return client.post(reverse("organisation_invite", args=[organisation.pk]), data)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("email", "not-an-email"),
        ("email", ""),
        ("email", "a@b"),
        ("email", "x" * 140 + "@example.fi"),
        ("email", "viewer@testikunta.example"),
        ("email", " EDITOR@Testikunta.Example "),
        ("role", "admin"),
        ("role", ""),
    ],
    ids=field_value_id,
)
def test_a_bad_invitation_shows_a_form_error(field, value, organisation, client_for):
    data = {"email": "uusi@testikunta.example", "role": Role.VIEWER, field: value}
    before = snapshot()

    response = invite(client_for("owner"), organisation, **data)

    assert_form_error(response, field, form="invite_form")
    assert snapshot() == before


def test_a_member_is_not_invited_again(organisation, client_for):
    response = invite(
        client_for("owner"), organisation, email="VIEWER@testikunta.example", role=Role.EDITOR
    )

    assert_form_error(response, "email", form="invite_form", only=True)
    assert not Invitation.objects.exists()
    assert not mail.outbox


def test_an_address_with_a_pending_invitation_is_not_invited_twice(organisation, client_for):
    owner = client_for("owner")
    first = invite(owner, organisation, email="uusi@testikunta.example", role=Role.VIEWER)
    assert first.status_code == 302
    before = snapshot()

    response = invite(owner, organisation, email="Uusi@Testikunta.example", role=Role.EDITOR)

    assert_form_error(response, "email", form="invite_form", only=True)
    assert snapshot() == before


def change_role(client, membership, role):
    url = reverse("member_role", args=[membership.organisation_id, membership.pk])
    return client.post(url, {} if role is None else {"role": role}, follow=True)


@pytest.mark.parametrize("role", ["admin", "", "OWNER", None])
def test_an_unknown_role_changes_nothing(role, people, client_for):
    viewer = Membership.objects.get(user=people["viewer"])
    before = snapshot()

    response = change_role(client_for("owner"), viewer, role)

    assert_error_shown(response)
    assert snapshot() == before


def test_the_last_owner_can_be_neither_demoted_nor_removed(people, client_for):
    owner = Membership.objects.get(user=people["owner"])
    client = client_for("owner")
    before = snapshot()

    demoted = change_role(client, owner, Role.VIEWER)
    removed = client.post(
        reverse("member_remove", args=[owner.organisation_id, owner.pk]), follow=True
    )

    assert_error_shown(demoted)
    assert_error_shown(removed)
    assert snapshot() == before


@pytest.mark.parametrize("name", ["member_role", "member_remove"])
def test_a_member_of_another_organisation_cannot_be_managed(name, organisation, people, client_for):
    """Our owner, addressing the outsider's membership through our organisation's URL."""
    outsider = Membership.objects.get(user=people["outsider"])
    before = snapshot()

    response = client_for("owner").post(
        reverse(name, args=[organisation.pk, outsider.pk]), {"role": Role.VIEWER}
    )

    assert response.status_code == 404
    assert snapshot() == before


def test_only_a_pending_invitation_of_the_organisation_can_be_revoked(
    organisation, other_organisation, people, client_for
):
    theirs, _ = Invitation.issue(other_organisation, "x@naapuri.example", "viewer", None)
    revoked, _ = Invitation.issue(organisation, "y@testikunta.example", "viewer", None)
    Invitation.objects.filter(pk=revoked.pk).update(revoked_at=timezone.now())
    owner = client_for("owner")
    before = snapshot()

    for invitation in (theirs, revoked):
        url = reverse("invitation_revoke", args=[organisation.pk, invitation.pk])
        assert owner.post(url).status_code == 404, invitation.email

    assert snapshot() == before


# The share link.


@pytest.mark.parametrize("length", [65, 500])
def test_an_over_long_share_token_is_not_found(length, programme, people, client_for):
    share(programme, people["editor"])

    response = client_for("anonymous").get(reverse("programme_shared", args=["a" * length]))

    assert response.status_code == 404


def test_the_share_token_must_match_exactly(programme, people, client_for):
    share(programme, people["editor"])
    token = programme.share_token
    anonymous = client_for("anonymous")

    for wrong in (token[:-1], token + "x", token.swapcase()):
        assert anonymous.get(reverse("programme_shared", args=[wrong])).status_code == 404

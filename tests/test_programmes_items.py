"""Programme items: adding catalogue models, reordering, editing (with edit conflicts),
removing, and items whose model leaves the catalogue."""

import csv
import io
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings
from django.utils import timezone
from django.utils.text import capfirst

from programmes.models import Activity, Programme, ProgrammeItem
from tests import factories
from tests.pages import fi, messages, page_text, parse, squashed, url


def form_data(form):
    """What a browser submits for an HTML form as it stands."""
    data = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        name, kind = field["name"], field.get("type", "text")
        if field.name == "textarea":
            # Browsers drop the newline Django writes after the opening tag.
            value = field.get_text().removeprefix("\r\n").removeprefix("\n")
        elif field.name == "select":
            chosen = field.select("option[selected]") or field.select("option")[:1]
            value = chosen[0].get("value", chosen[0].get_text()) if chosen else ""
        elif kind in ("checkbox", "radio"):
            if not field.has_attr("checked"):
                continue
            value = field.get("value", "on")
        elif kind in ("submit", "button"):
            continue
        else:
            value = field.get("value", "")
        data.setdefault(name, []).append(value)
    return data


def item_form(response):
    return form_data(parse(response).find("input", {"name": "version"}).find_parent("form"))


def titles_in_order(programme):
    return list(programme.items.order_by("sort_order", "pk").values_list("page_title", flat=True))


@pytest.fixture
def terms(db):
    return {
        "principles": [factories.GovernancePrincipleFactory() for _ in range(2)],
        "service_phases": [factories.ServicePhaseFactory()],
    }


@pytest.fixture
def model(make_model, terms):
    """A published model tagged with two principles and a service phase."""
    return make_model(title="Asukasraati", **terms)


# The "Add to programme" button


def add_buttons(response):
    return parse(response).select(f"a[href^='{url('add_to_programme')}?']")


BUTTON_SHOWN = {
    "anonymous": False,
    "viewer": False,
    "wagtail_editor": False,
    "editor": True,
    "owner": True,
}


@pytest.mark.parametrize(("who", "shown"), BUTTON_SHOWN.items())
def test_model_page_offers_add_to_programme_to_editors_and_owners_only(
    client_for, model, who, shown
):
    response = client_for(who).get(model.url)

    assert response.status_code == 200
    buttons = add_buttons(response)
    assert bool(buttons) is shown
    if shown:
        query = parse_qs(urlsplit(buttons[0]["href"]).query)
        assert query == {"page": [str(model.pk)], "next": [model.url]}


@pytest.mark.parametrize(("who", "shown"), BUTTON_SHOWN.items())
def test_search_results_offer_add_to_programme_to_editors_and_owners_only(
    client_for, catalogue, make_model, model, who, shown
):
    other = make_model(title="Nuorisovaltuusto")
    client = client_for(who)

    listing = client.get(catalogue.url)
    search = client.get(f"{catalogue.url}?q=Nuorisovaltuusto")

    assert listing.status_code == search.status_code == 200
    assert button_pages(listing) == ({model.pk, other.pk} if shown else set())
    assert button_pages(search) == ({other.pk} if shown else set())


def button_pages(response):
    return {int(parse_qs(urlsplit(a["href"]).query)["page"][0]) for a in add_buttons(response)}


@pytest.mark.parametrize("who", ["viewer", "wagtail_editor"])
def test_only_editors_and_owners_can_add(client_for, programme, model, who):
    client = client_for(who)

    shown = client.get(url("add_to_programme") + f"?page={model.pk}")
    posted = client.post(url("add_to_programme"), {"page": model.pk, "programme": programme.pk})

    assert shown.status_code == posted.status_code == 403
    assert not programme.items.filter(page=model).exists()


def test_anonymous_visitors_are_sent_to_sign_in_before_adding(client_for, model):
    response = client_for("anonymous").get(url("add_to_programme") + f"?page={model.pk}")

    assert response.status_code == 302
    assert response["Location"].startswith(url("login"))


def test_unpublished_models_cannot_be_added(client_for, programme, make_model):
    draft = make_model(title="Luonnos", publish=False)

    response = client_for("editor").post(
        url("add_to_programme"), {"page": draft.pk, "programme": programme.pk}
    )

    assert response.status_code == 404
    assert not programme.items.filter(page=draft).exists()


# Adding


def test_adding_from_the_model_page_creates_an_item_and_returns_there(
    client_for, people, programme, model, terms
):
    editor = client_for("editor")
    add_link = add_buttons(editor.get(model.url))[0]["href"]
    form = parse(editor.get(add_link)).select_one(f"main form[action='{url('add_to_programme')}']")
    data = form_data(form)
    assert data["programme"] == [str(programme.pk)]  # the only programme is preselected

    response = editor.post(url("add_to_programme"), data, follow=True)

    assert response.redirect_chain[-1][0] == model.url
    added = fi("“%(model)s” added to “%(programme)s”.") % {
        "model": model.title,
        "programme": programme.name,
    }
    assert added in messages(response)
    item = programme.items.get(page=model)
    assert item.page_title == model.title
    assert set(item.principles.all()) == set(terms["principles"])
    assert set(item.service_phases.all()) == set(terms["service_phases"])
    assert titles_in_order(programme)[-1] == model.title  # appended at the end
    entry = programme.activities.first()
    assert (entry.action, entry.user, entry.subject) == (
        Activity.Action.ITEM_ADDED,
        people["editor"],
        model.title,
    )


def test_adding_the_same_model_again_is_refused(client_for, programme, model):
    editor = client_for("editor")
    data = {"page": model.pk, "programme": programme.pk}
    editor.post(url("add_to_programme"), data)
    items_before = programme.items.count()

    response = editor.post(url("add_to_programme"), data)

    assert response.status_code == 400
    refused = fi("“%(model)s” is already in “%(programme)s”.") % {
        "model": model.title,
        "programme": programme.name,
    }
    assert refused in page_text(response)
    assert programme.items.count() == items_before


def test_adding_a_translation_of_a_model_already_in_the_programme_is_refused(
    client_for, programme, model, locales
):
    swedish = model.copy_for_translation(locales["sv"], copy_parents=True)
    swedish.title = "Invånarråd"
    swedish.save_revision().publish()
    editor = client_for("editor")
    editor.post(url("add_to_programme"), {"page": model.pk, "programme": programme.pk})
    items_before = programme.items.count()

    response = editor.post(url("add_to_programme"), {"page": swedish.pk, "programme": programme.pk})

    assert response.status_code == 400
    assert programme.items.count() == items_before
    assert not programme.items.filter(page=swedish).exists()


def test_adding_to_a_new_programme_by_name_creates_it(client_for, organisation, people, model):
    response = client_for("editor").post(
        url("add_to_programme"),
        {"page": model.pk, "programme": "new", "new_name": "  Uusi ohjelma  "},
    )

    programme = Programme.objects.get(name="Uusi ohjelma")
    assert response["Location"] == url("programme_detail", programme.pk)
    assert programme.organisation == organisation
    assert programme.status == Programme.Status.DRAFT
    assert programme.start_year == timezone.localdate().year
    assert programme.created_by == people["editor"]
    assert [item.page_id for item in programme.items.all()] == [model.pk]
    actions = set(programme.activities.values_list("action", flat=True))
    assert actions == {Activity.Action.CREATED, Activity.Action.ITEM_ADDED}


def test_a_new_programme_needs_a_name(client_for, model):
    response = client_for("editor").post(
        url("add_to_programme"), {"page": model.pk, "programme": "new", "new_name": " "}
    )

    assert response.status_code == 400
    assert not Programme.objects.exists()
    assert not ProgrammeItem.objects.exists()


@pytest.mark.parametrize(
    "unsafe",
    ["https://evil.example/", "//evil.example/", "javascript:alert(1)", "http://testserver.evil/"],
)
def test_adding_never_redirects_to_another_site(client_for, programme, model, unsafe):
    response = client_for("editor").post(
        url("add_to_programme"), {"page": model.pk, "programme": programme.pk, "next": unsafe}
    )

    assert response.status_code == 302
    assert response["Location"] == url("programme_detail", programme.pk)
    assert programme.items.filter(page=model).exists()


def test_adding_returns_to_a_local_next_address(client_for, catalogue, programme, model):
    back = f"{catalogue.url}?principle=x&page=2"

    response = client_for("editor").post(
        url("add_to_programme"), {"page": model.pk, "programme": programme.pk, "next": back}
    )

    assert response["Location"] == back


# Reordering


def move(client, programme, item, direction):
    return client.post(url("item_move", programme.pk, item.pk), {"direction": direction})


def test_moving_items_up_and_down_changes_the_order_and_is_logged(client_for, people, programme):
    first, second, third = titles_in_order(programme)
    editor = client_for("editor")

    move(editor, programme, programme.items.get(page_title=first), "down")
    assert titles_in_order(programme) == [second, first, third]
    move(editor, programme, programme.items.get(page_title=third), "up")
    assert titles_in_order(programme) == [second, third, first]

    detail = editor.get(url("programme_detail", programme.pk))
    shown = [squashed(h.get_text(" ")) for h in parse(detail).select(".programme-item h3")]
    assert shown == [second, third, first]
    entries = programme.activities.filter(action=Activity.Action.ITEMS_REORDERED)
    assert [(e.user, e.subject) for e in entries] == [
        (people["editor"], third),
        (people["editor"], first),
    ]


def test_moving_past_either_end_changes_nothing(client_for, programme):
    before = titles_in_order(programme)
    editor = client_for("editor")

    move(editor, programme, programme.items.get(page_title=before[0]), "up")
    move(editor, programme, programme.items.get(page_title=before[-1]), "down")
    move(editor, programme, programme.items.get(page_title=before[1]), "sideways")

    assert titles_in_order(programme) == before
    assert not programme.activities.filter(action=Activity.Action.ITEMS_REORDERED).exists()


def test_viewers_cannot_reorder(client_for, programme):
    before = titles_in_order(programme)

    response = move(client_for("viewer"), programme, programme.items.first(), "down")

    assert response.status_code == 403
    assert titles_in_order(programme) == before


# Editing


def edit_url(item):
    return url("item_edit", item.programme_id, item.pk)


def test_editing_an_item_saves_and_logs_the_changed_fields(client_for, people, programme):
    item = programme.items.first()
    editor = client_for("editor")
    data = item_form(editor.get(edit_url(item)))
    data.update(goal=["Kaikki nuoret kuulluksi."], status=[ProgrammeItem.Status.IN_PROGRESS])

    response = editor.post(edit_url(item), data)

    assert response["Location"] == url("programme_detail", programme.pk)
    saved = ProgrammeItem.objects.get(pk=item.pk)
    assert (saved.goal, saved.status) == ("Kaikki nuoret kuulluksi.", "in_progress")
    assert saved.version == item.version + 1
    assert saved.updated_by == people["editor"]
    entry = programme.activities.first()
    assert (entry.action, entry.user, entry.subject) == (
        Activity.Action.ITEM_UPDATED,
        people["editor"],
        item.page_title,
    )
    assert sorted(entry.fields) == ["goal", "status"]


def test_saving_an_item_unchanged_logs_nothing(client_for, make_model, programme, terms):
    """Also for an item with principles and phases, whose checkboxes are resubmitted as is."""
    editor = client_for("editor")
    tagged = make_model(title="Tagattu malli", **terms)
    editor.post(url("add_to_programme"), {"page": tagged.pk, "programme": programme.pk})
    item = programme.items.get(page=tagged)
    entries_before = programme.activities.count()

    response = editor.post(edit_url(item), item_form(editor.get(edit_url(item))))

    assert response.status_code == 302
    assert programme.activities.count() == entries_before
    assert set(item.principles.all()) == set(terms["principles"])


def test_an_end_before_the_start_is_refused(client_for, programme):
    item = programme.items.first()
    editor = client_for("editor")
    data = item_form(editor.get(edit_url(item)))
    data.update(start_date=["2027-05-01"], end_date=["2027-04-30"])

    response = editor.post(edit_url(item), data)

    assert response.status_code == 400
    assert ProgrammeItem.objects.get(pk=item.pk).end_date is None


def test_a_second_editor_saving_an_older_version_gets_a_conflict(client_for, people, programme):
    item = programme.items.first()
    first, second = client_for("editor"), client_for("owner")
    first_form, second_form = (
        item_form(first.get(edit_url(item))),
        item_form(second.get(edit_url(item))),
    )
    assert first_form["version"] == second_form["version"] == [str(item.version)]
    first_form["goal"] = ["Ensimmäisen tallentama tavoite."]
    second_form["goal"] = ["Toisen oma tavoite."]
    assert first.post(edit_url(item), first_form).status_code == 302
    saved = ProgrammeItem.objects.get(pk=item.pk)

    conflict = second.post(edit_url(item), second_form)

    assert conflict.status_code == 409
    alert = parse(conflict).select_one("main [role=alert]")
    assert fi("Someone else changed this item while you were editing") in squashed(alert.text)
    rows = {
        squashed(row.th.get_text()): [squashed(td.get_text()) for td in row.select("td")]
        for row in alert.select("tbody tr")
    }
    # Only the field that differs, with "your version" first and the saved one second.
    goal = capfirst(fi(ProgrammeItem._meta.get_field("goal").verbose_name))
    assert rows == {goal: ["Toisen oma tavoite.", "Ensimmäisen tallentama tavoite."]}
    unchanged = ProgrammeItem.objects.get(pk=item.pk)
    assert (unchanged.goal, unchanged.version) == (saved.goal, saved.version)
    assert unchanged.updated_by == people["editor"]

    # The conflict form carries the second editor's values and the saved version.
    again = item_form(conflict)
    assert again["goal"] == ["Toisen oma tavoite."]
    assert again["version"] == [str(saved.version)]
    assert second.post(edit_url(item), again).status_code == 302
    final = ProgrammeItem.objects.get(pk=item.pk)
    assert final.goal == "Toisen oma tavoite."
    assert final.updated_by == people["owner"]


# Removing


def test_removing_an_item_asks_first_then_removes_and_logs(client_for, people, programme):
    item = programme.items.first()
    editor = client_for("editor")
    remove_url = url("item_delete", programme.pk, item.pk)

    confirm = editor.get(remove_url)
    assert confirm.status_code == 200
    assert parse(confirm).select_one("main form[method=post]") is not None
    assert programme.items.filter(pk=item.pk).exists()

    response = editor.post(remove_url)

    assert response["Location"] == url("programme_detail", programme.pk)
    assert not programme.items.filter(pk=item.pk).exists()
    assert programme.items.count() == 2
    entry = programme.activities.first()
    assert (entry.action, entry.user, entry.subject) == (
        Activity.Action.ITEM_REMOVED,
        people["editor"],
        item.page_title,
    )


# Models that leave the catalogue


def take_away(page, how):
    if how == "unpublished":
        page.unpublish()
    else:
        page.delete()


GONE_NOTICE = "This model is no longer published in the catalogue. The item keeps the title it had."


@pytest.mark.parametrize("how", ["unpublished", "deleted"])
def test_an_item_outlives_its_model_with_its_last_title_and_a_notice(client_for, programme, how):
    item, *rest = programme.items.all()
    title = item.page_title
    take_away(item.page.specific, how)
    member = client_for("viewer")

    assert ProgrammeItem.objects.get(pk=item.pk).page_title == title

    detail = parse(member.get(url("programme_detail", programme.pk)))
    article = detail.select_one(f"#item-{item.pk}")
    assert squashed(article.h3.get_text()) == title
    assert article.h3.a is None  # no link to a page that is gone
    assert fi(GONE_NOTICE) in squashed(article.get_text(" "))

    follow_up = parse(member.get(url("programme_follow_up", programme.pk)))
    row = next(th for th in follow_up.select("th[scope=row]") if title in th.get_text())
    assert f"({fi('no longer published')})" in squashed(row.get_text(" "))

    printed = parse(member.get(url("programme_print", programme.pk)))
    section = printed.select_one(f"#print-item-{item.pk}").find_parent("section")
    assert fi(GONE_NOTICE) in squashed(section.get_text(" "))

    export = member.get(url("programme_export_csv", programme.pk))
    _header, *rows = csv.reader(io.StringIO(export.content.decode("utf-8-sig"), newline=""))
    # Columns 2–4: the model's title, its address and whether it is still published.
    assert [row[1:4] for row in rows] == [
        [title, "", fi("no")],
        *(
            [other.title, settings.WAGTAILADMIN_BASE_URL + other.page.url, fi("yes")]
            for other in rest
        ),
    ]


def test_the_items_of_live_models_carry_no_notice(client_for, programme):
    detail = client_for("viewer").get(url("programme_detail", programme.pk))

    assert fi(GONE_NOTICE) not in page_text(detail)


def test_republishing_a_model_with_a_new_title_updates_the_stored_title(client_for, programme):
    item = programme.items.first()
    page = item.page.specific
    page.title = "Uudistettu malli"
    page.save_revision()  # a draft does not change what the programme shows
    assert ProgrammeItem.objects.get(pk=item.pk).page_title != "Uudistettu malli"

    page.get_latest_revision().publish()
    page.refresh_from_db()
    page.unpublish()

    assert ProgrammeItem.objects.get(pk=item.pk).page_title == "Uudistettu malli"
    detail = parse(client_for("viewer").get(url("programme_detail", programme.pk)))
    assert squashed(detail.select_one(f"#item-{item.pk} h3").get_text()) == "Uudistettu malli"

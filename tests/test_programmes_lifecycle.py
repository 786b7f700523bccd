"""A programme's life: CSV export, print view, share link, soft delete and restore, change
log, coverage and follow-up."""

import codecs
import csv
import io
import re
from datetime import date, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from programmes.export import HEADERS
from programmes.items import add_model
from programmes.models import Activity, Programme, ProgrammeItem
from tests import factories
from tests.pages import fi, page_text, parse, squashed, url

Action = Activity.Action


def in_order(programme):
    return list(programme.items.order_by("sort_order", "pk"))


# CSV export


def csv_rows(response):
    """The export as a spreadsheet program reads it: header row, then one row per item."""
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"), newline="")))


# What each CSV column holds, in order; the header labels are translated.
COLUMNS = dict(
    zip(
        [
            "position",
            "model",
            "address",
            "available",
            "principles",
            "phases",
            "goal",
            "actions",
            "responsible",
            "start",
            "end",
            "indicators",
            "status",
            "notes",
        ],
        HEADERS,
        strict=True,
    )
)


def csv_table(response):
    """The rows as {column name: cell}, after checking the header row."""
    header, *rows = csv_rows(response)
    assert header == [fi(label) for label in COLUMNS.values()]
    return [dict(zip(COLUMNS, row, strict=True)) for row in rows]


def test_csv_export_is_a_utf8_attachment_with_one_row_per_item_in_order(client_for, programme):
    principles = [
        factories.GovernancePrincipleFactory(name=name, sort_order=n)
        for n, name in enumerate(["Yhdenvertaisuus", "Avoimuus"])
    ]
    first, second, third = in_order(programme)
    first.principles.set(principles)
    ProgrammeItem.objects.filter(pk=second.pk).update(
        goal="Nuorten ääni kuuluviin",
        responsible="Nuorisopalvelut",
        start_date=date(2026, 2, 1),
        end_date=date(2027, 6, 30),
        status=ProgrammeItem.Status.IN_PROGRESS,
    )
    for position, item in enumerate([third, first, second]):  # the last moved to the top
        ProgrammeItem.objects.filter(pk=item.pk).update(sort_order=position)

    response = client_for("viewer").get(url("programme_export_csv", programme.pk))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response.content.startswith(codecs.BOM_UTF8)
    disposition = response["Content-Disposition"]
    assert disposition.startswith('attachment; filename="osallisuusohjelma')
    assert disposition.endswith('.csv"')
    table = csv_table(response)
    assert [row["position"] for row in table] == ["1", "2", "3"]
    assert [row["model"] for row in table] == [third.title, first.title, second.title]
    assert [row["address"] for row in table] == [
        settings.WAGTAILADMIN_BASE_URL + item.page.url for item in (third, first, second)
    ]
    assert table[1]["principles"] == "Yhdenvertaisuus; Avoimuus"
    row = table[2]
    assert row["goal"] == "Nuorten ääni kuuluviin"
    assert row["responsible"] == "Nuorisopalvelut"
    assert (row["start"], row["end"]) == ("2026-02-01", "2027-06-30")
    assert row["status"] == fi(ProgrammeItem.Status.IN_PROGRESS.label)
    assert {row["available"] for row in table} == {fi("yes")}


FORMULAS = ['=HYPERLINK("http://evil.example")', "+358401234567", "-2+3", "@SUM(A1:A9)"]
CONTROLS = ["\t=1+1", "\r=1+1"]
# Ordinary text, Finnish letters and signs that are harmless where they are.
PLAIN = ["Äänestys ja työpajat", "Tavoite: -20 % päästöistä", "Öljy-yhtiö", "a=b+c", "1-2 kertaa"]
TEXT_FIELDS = ["goal", "actions", "responsible", "indicators", "notes"]


def test_csv_cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised(
    client_for, programme, make_model
):
    first, second, third = in_order(programme)
    risky = FORMULAS + CONTROLS
    ProgrammeItem.objects.filter(pk=first.pk).update(**dict(zip(TEXT_FIELDS, risky, strict=False)))
    ProgrammeItem.objects.filter(pk=second.pk).update(goal=risky[-1])
    ProgrammeItem.objects.filter(pk=third.pk).update(**dict(zip(TEXT_FIELDS, PLAIN, strict=True)))
    add_model(programme, make_model(title="=Kaava-malli"), None)

    table = csv_table(client_for("viewer").get(url("programme_export_csv", programme.pk)))

    written = [table[0][field] for field in TEXT_FIELDS] + [table[1]["goal"]]
    assert written == ["'" + value for value in risky]
    assert [table[2][field] for field in TEXT_FIELDS] == PLAIN
    assert table[3]["model"] == "'=Kaava-malli"


# Print view


def test_print_view_shows_items_in_order_with_coverage_and_print_stylesheet(client_for, programme):
    response = client_for("viewer").get(url("programme_print", programme.pk))

    assert response.status_code == 200
    soup = parse(response)
    headings = [squashed(h.get_text(" ")) for h in soup.select(".print-item h3")]
    assert headings == [f"{n}. {item.title}" for n, item in enumerate(in_order(programme), 1)]
    assert soup.select_one("table.matrix") is not None
    stylesheet = soup.select_one("link[rel=stylesheet][media=print]")
    assert stylesheet["href"].endswith("programmes/print.css")
    assert finders.find("programmes/print.css")


# Share link


def share_url(client, programme):
    """The read-only link as the detail page shows it, as a path."""
    field = parse(client.get(url("programme_detail", programme.pk))).select_one("#share-url")
    return urlsplit(field["value"]).path if field else None


def test_share_link_life_cycle(client_for, people, programme):
    editor = client_for("editor")
    anonymous = Client()
    assert share_url(editor, programme) is None

    editor.post(url("programme_share", programme.pk))
    link = share_url(editor, programme)
    shared = anonymous.get(link)

    assert shared.status_code == 200
    assert programme.name in page_text(shared)
    assert all(item.title in page_text(shared) for item in programme.items.all())
    assert shared["X-Robots-Tag"] == "noindex, nofollow"
    assert shared["Referrer-Policy"] == "no-referrer"
    # A read-only copy: no way into the member pages.
    assert not parse(shared).select(f"a[href^='{url('programme_detail', programme.pk)}']")

    editor.post(url("programme_share", programme.pk))
    new_link = share_url(editor, programme)
    assert new_link != link
    assert anonymous.get(link).status_code == 404
    assert anonymous.get(new_link).status_code == 200

    editor.post(url("programme_unshare", programme.pk))
    assert anonymous.get(new_link).status_code == 404
    assert share_url(editor, programme) is None


def test_viewers_cannot_share(client_for, programme):
    response = client_for("viewer").post(url("programme_share", programme.pk))

    assert response.status_code == 403
    assert not Programme.objects.get(pk=programme.pk).is_shared


# Soft delete and restore


def listed_names(response):
    return [squashed(a.get_text()) for a in parse(response).select(".programme-list li > a")]


def recently_deleted(response):
    heading = parse(response).find("h2", string=fi("Recently deleted"))
    if heading is None:
        return []
    return [squashed(li.find(string=True)) for li in heading.find_parent("section").select("li")]


def test_deleting_asks_for_confirmation_first(client_for, programme):
    response = client_for("owner").get(url("programme_delete", programme.pk))

    assert response.status_code == 200
    assert parse(response).select_one("main form[method=post]") is not None
    assert Programme.objects.active().filter(pk=programme.pk).exists()


def test_only_owners_delete(client_for, programme):
    response = client_for("editor").post(url("programme_delete", programme.pk))

    assert response.status_code == 403
    assert Programme.objects.active().filter(pk=programme.pk).exists()


def test_a_deleted_programme_is_hidden_and_its_owner_restores_it(client_for, programme):
    owner, editor = client_for("owner"), client_for("editor")
    editor.post(url("programme_share", programme.pk))
    link = share_url(editor, programme)

    response = owner.post(url("programme_delete", programme.pk))

    assert response["Location"] == url("programme_list")
    for member in (owner, editor):
        assert member.get(url("programme_detail", programme.pk)).status_code == 404
        assert programme.name not in listed_names(member.get(url("programme_list")))
    assert Client().get(link).status_code == 404
    assert recently_deleted(editor.get(url("programme_list"))) == []
    assert recently_deleted(owner.get(url("programme_list"))) == [programme.name]

    restored = owner.post(url("programme_restore", programme.pk))

    assert restored["Location"] == url("programme_detail", programme.pk)
    assert editor.get(url("programme_detail", programme.pk)).status_code == 200
    assert programme.name in listed_names(editor.get(url("programme_list")))
    assert recently_deleted(owner.get(url("programme_list"))) == []
    assert programme.items.count() == 3
    # The old share link stays dead.
    assert Client().get(link).status_code == 404


def delete_days_ago(programme, owner, days):
    owner.post(url("programme_delete", programme.pk))
    Programme.objects.filter(pk=programme.pk).update(
        deleted_at=timezone.now() - timedelta(days=days)
    )


def test_after_30_days_a_deleted_programme_cannot_be_restored_and_is_purged(
    client_for, organisation, programme
):
    owner = client_for("owner")
    recent = Programme.objects.create(
        organisation=organisation, name="Tuore poisto", start_year=2026, end_year=2027
    )
    kept = Programme.objects.create(
        organisation=organisation, name="Käytössä", start_year=2026, end_year=2027
    )
    delete_days_ago(programme, owner, days=30.01)
    delete_days_ago(recent, owner, days=29.9)

    assert owner.post(url("programme_restore", programme.pk)).status_code == 404
    assert recently_deleted(owner.get(url("programme_list"))) == [recent.name]
    out = io.StringIO()
    call_command("purge_deleted_programmes", stdout=out)

    assert not Programme.objects.filter(pk=programme.pk).exists()
    assert not ProgrammeItem.objects.filter(programme_id=programme.pk).exists()
    assert set(Programme.objects.values_list("pk", flat=True)) == {recent.pk, kept.pk}
    assert re.search(r"\b1\b", out.getvalue())
    assert owner.post(url("programme_restore", recent.pk)).status_code == 302


# Change log


def entries(programme):
    """The log in the order things happened: (action, user, subject)."""
    return [(a.action, a.user, a.subject) for a in reversed(programme.activities.all())]


def test_the_change_log_records_who_did_what_and_viewers_read_it(
    client_for, people, organisation, make_model
):
    editor, owner = client_for("editor"), client_for("owner")
    models = [make_model(title="Asukasraati"), make_model(title="Nuorisovaltuusto")]
    details = {"start_year": 2026, "end_year": 2029, "status": "draft", "description": ""}
    editor.post(
        url("programme_create"),
        {"organisation": organisation.pk, "name": "Luonnos", **details},
    )
    programme = Programme.objects.get()
    editor.post(url("programme_edit", programme.pk), {"name": "Ohjelma 2026", **details})
    for model in models:
        editor.post(url("add_to_programme"), {"page": model.pk, "programme": programme.pk})
    first, second = in_order(programme)
    edit = url("item_edit", programme.pk, first.pk)
    editor.post(edit, {"goal": "Uusi tavoite", "status": "planned", "version": first.version})
    editor.post(url("item_move", programme.pk, second.pk), {"direction": "up"})
    editor.post(url("item_delete", programme.pk, second.pk))
    editor.post(url("programme_share", programme.pk))
    editor.post(url("programme_unshare", programme.pk))
    owner.post(url("programme_delete", programme.pk))
    owner.post(url("programme_restore", programme.pk))

    by_editor, by_owner = people["editor"], people["owner"]
    assert entries(programme) == [
        (Action.CREATED, by_editor, "Luonnos"),
        (Action.UPDATED, by_editor, "Ohjelma 2026"),
        (Action.ITEM_ADDED, by_editor, "Asukasraati"),
        (Action.ITEM_ADDED, by_editor, "Nuorisovaltuusto"),
        (Action.ITEM_UPDATED, by_editor, "Asukasraati"),
        (Action.ITEMS_REORDERED, by_editor, "Nuorisovaltuusto"),
        (Action.ITEM_REMOVED, by_editor, "Nuorisovaltuusto"),
        (Action.SHARED, by_editor, ""),
        (Action.UNSHARED, by_editor, ""),
        (Action.DELETED, by_owner, "Ohjelma 2026"),
        (Action.RESTORED, by_owner, "Ohjelma 2026"),
    ]
    assert programme.activities.get(action=Action.UPDATED).fields == ["name"]
    assert programme.activities.get(action=Action.ITEM_UPDATED).fields == ["goal"]

    log = client_for("viewer").get(url("programme_activity", programme.pk))

    assert log.status_code == 200
    lines = [squashed(li.get_text(" ")) for li in parse(log).select("main ul.activity li")]
    assert len(lines) == len(entries(programme))
    for line, (action, user, subject) in zip(reversed(lines), entries(programme), strict=True):
        assert user.get_full_name() in line
        assert fi(Action(action).label) in line
        assert subject in line


# Coverage


@pytest.fixture
def empty_programme(organisation):
    return Programme.objects.create(
        organisation=organisation, name="Tyhjä ohjelma", start_year=2026, end_year=2029
    )


@pytest.fixture
def vocabulary(db):
    def terms(factory, *names):
        return [factory(name=name, slug=name.lower(), sort_order=n) for n, name in enumerate(names)]

    return {
        "principles": terms(factories.GovernancePrincipleFactory, "P1", "P2"),
        "phases": terms(factories.ServicePhaseFactory, "S1", "S2"),
        "groups": terms(factories.TargetGroupFactory, "T1", "T2", "T3"),
    }


def matrix(response):
    """{(principle, phase): cell} as the coverage table shows it."""
    table = parse(response).select_one("table.matrix")
    phases = [squashed(th.get_text()) for th in table.select("thead th")]
    cells = {}
    for row in table.select("tbody tr"):
        principle = squashed(row.th.get_text())
        for phase, cell in zip(phases, row.select("td"), strict=True):
            cells[principle, phase] = cell
    return cells


def count_in(cell):
    return 0 if cell.a else int(cell.get_text())


def query_of(link):
    parts = urlsplit(link["href"])
    return parts.path, parse_qs(parts.query)


def test_coverage_counts_items_per_principle_and_phase_and_target_group(
    client_for, empty_programme, catalogue, make_model, vocabulary
):
    programme = empty_programme
    (p1, p2), (s1, s2), (t1, t2, t3) = vocabulary.values()
    tagged = [
        make_model(principles=[p1], service_phases=[s1], target_groups=[t1]),
        make_model(principles=[p1], service_phases=[s1], target_groups=[t1, t2]),
        make_model(principles=[p2], service_phases=[s2], target_groups=[t1]),
    ]
    items = [add_model(programme, model, None) for model in tagged]
    # The team decided the third item serves P1 too: counts follow the item, not the model.
    items[2].principles.add(p1)

    response = client_for("viewer").get(url("programme_coverage", programme.pk))

    assert response.status_code == 200
    cells = matrix(response)
    counts = {key: count_in(cell) for key, cell in cells.items()}
    assert counts == {("P1", "S1"): 2, ("P1", "S2"): 1, ("P2", "S1"): 0, ("P2", "S2"): 1}
    gap = cells["P2", "S1"].a
    assert query_of(gap) == (catalogue.url, {"principle": ["p2"], "service_phase": ["s1"]})
    groups = {
        squashed(li.get_text(" ")).split(":")[0]: li
        for li in parse(response).select("ul.coverage-groups li")
    }
    assert {name: group_count(li) for name, li in groups.items()} == {"T1": 3, "T2": 1, "T3": 0}
    assert groups["T1"].a is groups["T2"].a is None
    assert query_of(groups["T3"].a) == (catalogue.url, {"target_group": ["t3"]})


def group_count(item):
    """The number after "Group:", or 0 for a group shown as not covered."""
    number = re.match(r"[^:]+:\s*(\d+)", squashed(item.get_text(" ")))
    return int(number.group(1)) if number else 0


# Follow-up


def follow_up_sections(response):
    """{group: (heading, [item titles])}, the group named by its heading's id."""
    sections = {}
    for section in parse(response).select("main section"):
        key = section.h2["id"].removeprefix("group-")
        titles = [squashed(th.get_text(" ")) for th in section.select("th[scope=row]")]
        sections[key] = (squashed(section.h2.get_text()), titles)
    return sections


def test_follow_up_groups_items_by_what_needs_attention(client_for, empty_programme, make_model):
    programme = empty_programme
    today = timezone.localdate()
    plans = {
        "Myöhässä": ("in_progress", today - timedelta(days=1)),
        # The last day of the year is never in the past, whatever today is.
        "Tänä vuonna": ("planned", date(today.year, 12, 31)),
        "Ensi vuonna": ("planned", date(today.year + 1, 1, 31)),
        "Aikatauluton": ("in_progress", None),
        "Valmis": ("done", today - timedelta(days=30)),
        "Luovuttu": ("dropped", today - timedelta(days=30)),
    }
    for title, (status, end) in plans.items():
        item = add_model(programme, make_model(title=title), None)
        ProgrammeItem.objects.filter(pk=item.pk).update(status=status, end_date=end)

    response = client_for("viewer").get(url("programme_follow_up", programme.pk))

    assert response.status_code == 200
    sections = follow_up_sections(response)
    assert {key: titles for key, (_heading, titles) in sections.items()} == {
        "late": ["Myöhässä"],
        "due": ["Tänä vuonna"],
        "open": ["Ensi vuonna", "Aikatauluton"],
        "done": ["Valmis"],
        "dropped": ["Luovuttu"],
    }
    headings = {key: heading for key, (heading, _titles) in sections.items()}
    assert headings["late"] == f"{fi('Late')} (1)"
    assert headings["due"] == f"{fi('Due this year')} (1)"
    assert headings["done"] == f"{fi('Done')} (1)"
    assert headings["dropped"] == f"{fi('Dropped')} (1)"

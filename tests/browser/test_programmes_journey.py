"""A programme team's journey in a real browser: sign in, add models from search, plan,
report, share, and every programme page checked with axe-core (WCAG 2.1 AA).

The interface text is translated while this is written, so the expected strings come from
`fi()`: Django's own gettext in Finnish, the same catalogue the live server renders with
(it runs in this process). A string not yet translated reads as its English original.
"""

import re
from collections import Counter

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation
from django.utils.text import capfirst
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible

pytestmark = pytest.mark.browser

OWNER = "omistaja@esimerkkila.example"
PASSWORD = "Ohjelmatesti-2026-salasana"
ORGANISATION = "Esimerkkilän kaupunki (demo)"
DEMO_PROGRAMME = "Esimerkkilän osallisuusohjelma 2026–2029"
NEW_PROGRAMME = "Nuorten osallisuus 2027"


def fi(msgid, **values):
    """What the Finnish site shows for `msgid`, with `values` filled in."""
    with translation.override("fi"):
        text = translation.gettext(msgid)
    return text % values if values else text


def fi_count(singular, plural, count):
    with translation.override("fi"):
        return translation.ngettext(singular, plural, count) % {"counter": count}


def field(page, verbose_name):
    """A form field by its visible label (model fields' labels are capitalised)."""
    return page.get_by_label(re.compile(rf"^{re.escape(capfirst(fi(verbose_name)))}\s*:?$"))


def named(action, subject):
    """An accessible name like "Edit: <title>", where the subject is visually hidden text
    (browsers may put a space before its colon)."""
    return re.compile(rf"^{re.escape(action)}\s*:\s*{re.escape(subject)}$")


def expect_message(page, text):
    """The confirmation shown above the page, in a status region screen readers announce."""
    expect(page.get_by_role("status").filter(has_text=text)).to_have_text(text)


@pytest.fixture
def owner(demo_site):
    user = get_user_model().objects.get(username=OWNER)
    user.set_password(PASSWORD)
    user.save(update_fields=["password"])
    return user


def sign_in(page):
    page.goto("/fi/accounts/sign-in/")
    page.get_by_label(fi("E-mail address or user name")).fill(OWNER)
    page.get_by_label(fi("Password")).fill(PASSWORD)
    page.get_by_role("main").get_by_role("button", name=fi("Sign in"), exact=True).click()
    expect(page).to_have_url(re.compile(r"/fi/programmes/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(fi("Participation programmes"))


def add_from_results(page, card, programme_label=None):
    """Press a search result's "Add to programme" and add it to a programme; returns the
    model's title."""
    title = card.get_by_role("heading", level=3).inner_text()
    button = card.get_by_role("link", name=named(fi("Add to programme"), title))
    expect(button).to_have_attribute("href", re.compile(r"/fi/programmes/add/\?page=\d+"))
    button.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(fi("Add to programme"))
    expect(page.get_by_role("main")).to_contain_text(title)
    if programme_label is None:
        page.get_by_role("radio", name=fi("A new programme")).check()
        page.get_by_label(fi("Name of the new programme")).fill(NEW_PROGRAMME)
    else:
        page.get_by_role("radio", name=programme_label).check()
    page.get_by_role("button", name=fi("Add"), exact=True).click()
    return title


def test_build_plan_report_and_share_a_programme(page, owner, browser, live_server):
    # 1. Sign in through the form.
    sign_in(page)

    # 2. Search the catalogue and add two results to a new programme.
    page.goto("/fi/search/?q=osallisuus")
    expect(page).to_have_url(re.compile(r"/fi/mallit/\?q=osallisuus$"))
    search_url = page.url
    cards = page.locator("#search-results").get_by_role("article")
    expect(cards.nth(1)).to_be_visible()

    first = add_from_results(page, cards.nth(0))
    expect(page).to_have_url(search_url)
    added = "“%(model)s” added to “%(programme)s”."
    expect_message(page, fi(added, model=first, programme=NEW_PROGRAMME))

    second = add_from_results(page, cards.nth(1), f"{NEW_PROGRAMME} ({ORGANISATION})")
    expect(page).to_have_url(search_url)
    expect_message(page, fi(added, model=second, programme=NEW_PROGRAMME))

    # 3. Open the programme and plan the first item.
    page.get_by_role("navigation", name=fi("Account")).get_by_role(
        "link", name=fi("Programmes")
    ).click()
    page.get_by_role("link", name=NEW_PROGRAMME, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(NEW_PROGRAMME)
    expect(
        page.get_by_role(
            "heading", level=2, name=fi_count("%(counter)s model", "%(counter)s models", 2)
        )
    ).to_be_visible()
    for title in (first, second):
        expect(page.get_by_role("article", name=title)).to_be_visible()

    page.get_by_role("link", name=named(fi("Edit"), first)).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        fi("Edit item: %(title)s", title=first)
    )
    field(page, "goal").fill("Nuoret suunnittelevat kaksi uutta palvelua.")
    field(page, "responsible person or unit").fill("Nuorisopalvelut")
    field(page, "start").fill("2027-09-01")
    field(page, "end").fill("2027-03-31")
    field(page, "status").select_option(label=fi("In progress"))
    page.get_by_role("button", name=fi("Save"), exact=True).click()
    # An end before the start is refused, and what was typed stays in the form.
    refused = fi("The end cannot be before the start.")
    expect(page.get_by_text(refused)).to_be_visible()
    expect(field(page, "end")).to_have_attribute("aria-invalid", "true")
    expect(field(page, "end")).to_have_accessible_description(re.compile(re.escape(refused)))
    expect(field(page, "goal")).to_have_value("Nuoret suunnittelevat kaksi uutta palvelua.")
    field(page, "end").fill("2027-12-31")
    page.get_by_role("button", name=fi("Save"), exact=True).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(NEW_PROGRAMME)
    expect_message(page, fi("Changes to “%(title)s” saved.", title=first))
    planned = page.get_by_role("article", name=first)
    expect(planned).to_contain_text("Nuoret suunnittelevat kaksi uutta palvelua.")
    expect(planned).to_contain_text("Nuorisopalvelut")
    expect(planned).to_contain_text("1.9.2027–31.12.2027")
    expect(planned).to_contain_text(fi("In progress"))

    # The principles and phases each item serves, as the programme page lists them.
    expected = Counter()
    for title in (first, second):
        item = page.get_by_role("article", name=title)
        principles = item.locator(".badge--principle").all_inner_texts()
        phases = item.locator(".badge--phase").all_inner_texts()
        expected.update((principle, phase) for principle in principles for phase in phases)
    assert expected, "the added models are tagged with principles and phases"

    # 4. Coverage: the matrix counts the items per principle and phase; gaps link onwards.
    page.get_by_role("navigation", name=fi("Programme")).get_by_role(
        "link", name=fi("Coverage")
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(fi("Coverage"))
    matrix = page.get_by_role(
        "table",
        name=fi(
            "Items by governance principle and service phase. An empty cell links to "
            "catalogue models that would fill it."
        ),
    )
    expect(matrix).to_be_visible()
    phases = matrix.get_by_role("columnheader").all_inner_texts()
    gap_for = "find models for %(principle)s in %(phase)s"
    shown, gap_links = {}, 0
    for row in matrix.locator("tbody").get_by_role("row").all():
        principle = row.get_by_role("rowheader").inner_text()
        for phase, cell in zip(phases, row.get_by_role("cell").all(), strict=True):
            text = cell.inner_text().strip()
            if text.isdigit():
                shown[(principle, phase)] = int(text)
            else:
                expect(
                    cell.get_by_role(
                        "link", name=named(fi("Gap"), fi(gap_for, principle=principle, phase=phase))
                    )
                ).to_be_visible()
                gap_links += 1
    assert shown == dict(expected)
    gaps = fi_count(
        "The programme leaves %(counter)s combination of principle and service phase uncovered.",
        "The programme leaves %(counter)s combinations of principle and service phase uncovered.",
        gap_links,
    )
    expect(page.get_by_role("main")).to_contain_text(gaps)
    gap = matrix.get_by_role("link", name=re.compile(rf"^{re.escape(fi('Gap'))}\s*:")).first
    gap.click()
    expect(page).to_have_url(re.compile(r"/fi/mallit/\?principle=[\w-]+&service_phase=[\w-]+"))
    page.go_back()

    # 5. CSV for spreadsheets: UTF-8 with a byte-order mark, every item in it.
    with page.expect_download() as download_info:
        page.get_by_role("link", name=fi("Export CSV")).click()
    download = download_info.value
    assert download.suggested_filename.endswith(".csv")
    with open(download.path(), "rb") as csv_file:
        content = csv_file.read()
    assert content.startswith(b"\xef\xbb\xbf")
    text = content.decode("utf-8-sig")
    assert first in text and second in text
    assert "Nuorisopalvelut" in text

    # 6. A read-only share link works for anyone who has it, until it is revoked.
    page.get_by_role("navigation", name=fi("Breadcrumbs")).get_by_role(
        "link", name=NEW_PROGRAMME
    ).click()
    page.get_by_role("button", name=fi("Create a read-only share link")).click()
    expect_message(page, fi("Share link created. Anyone with the link can read the programme."))
    share_url = page.get_by_label(
        fi("Read-only link: anyone who has it can read the programme")
    ).input_value()
    assert re.search(r"/fi/programmes/shared/[\w-]+/$", share_url)

    anonymous = browser.new_context(base_url=live_server.url, locale="fi-FI")
    anonymous.set_default_timeout(20_000)
    reader = anonymous.new_page()
    reader.goto(share_url)
    expect(reader.get_by_role("heading", level=1)).to_have_text(NEW_PROGRAMME)
    expect(reader.get_by_text(fi("Read-only shared copy"))).to_be_visible()
    for title in (first, second):
        expect(
            reader.get_by_role("heading", level=3, name=re.compile(re.escape(title)))
        ).to_be_visible()
    edit_links = reader.get_by_role("link", name=re.compile(rf"^{re.escape(fi('Edit'))}"))
    expect(edit_links).to_have_count(0)

    page.get_by_role("button", name=fi("Revoke the link")).click()
    expect_message(page, fi("Share link revoked. The old link no longer works."))
    expect(page.get_by_role("button", name=fi("Create a read-only share link"))).to_be_visible()

    response = reader.goto(share_url)
    assert response.status == 404
    expect(reader.get_by_role("heading", level=1)).to_have_text(fi("Page not found"))
    expect(reader.get_by_text(NEW_PROGRAMME)).to_have_count(0)
    anonymous.close()


def test_every_programme_page_is_accessible(page, owner, live_server):
    """axe-core on each kind of programme page in one browser context: first the pages
    anyone may open, then, signed in as the owner, the members' pages. Every page is
    checked before the test fails, so one run lists all violations."""
    from models_library.models import ParticipationModelPage
    from programmes import lifecycle
    from programmes.models import Invitation, Organisation, Programme, Role

    organisation = Organisation.objects.get(name=ORGANISATION)
    programme = Programme.objects.get(name=DEMO_PROGRAMME)
    lifecycle.share(programme, owner)
    _invitation, invitation_token = Invitation.issue(
        organisation, "uusi.jasen@esimerkkila.example", Role.EDITOR, owner
    )
    item = programme.items.select_related("page").first()
    outside = ParticipationModelPage.objects.live().exclude(
        pk__in=programme.items.values("page_id")
    )[0]
    base = f"/fi/programmes/{programme.pk}"
    anonymous_pages = {
        "sign-in": "/fi/accounts/sign-in/",
        "password reset": "/fi/accounts/password/reset/",
        "invitation acceptance": f"/fi/accounts/invitation/{invitation_token}/",
        "shared view": f"/fi/programmes/shared/{programme.share_token}/",
    }
    member_pages = {
        "programme list": "/fi/programmes/",
        "new programme form": "/fi/programmes/new/",
        "add-to-programme chooser": f"/fi/programmes/add/?page={outside.pk}&next=/fi/mallit/",
        "programme detail": f"{base}/",
        "item edit form": f"{base}/items/{item.pk}/",
        "coverage": f"{base}/coverage/",
        "follow-up": f"{base}/follow-up/",
        "change log": f"{base}/activity/",
        "print view": f"{base}/print/",
        "members (as owner)": f"/fi/programmes/organisations/{organisation.pk}/",
        "delete confirmation": f"{base}/delete/",
    }
    failures = {}

    def visit_and_check(name, path):
        response = page.goto(path)
        assert response.status == 200, f"{name}: {path} answered {response.status}"
        expect(page).to_have_url(live_server.url + path)  # not redirected, e.g. to sign in
        expect(page.get_by_role("heading", level=1)).not_to_be_empty()
        check(name)

    def check(name):
        try:
            assert_accessible(page)
        except AssertionError as error:
            failures[name] = str(error)

    for name, path in anonymous_pages.items():
        visit_and_check(name, path)
    sign_in(page)
    for name, path in member_pages.items():
        visit_and_check(name, path)

    # The item form again, now showing a validation error.
    page.goto(f"{base}/items/{item.pk}/")
    field(page, "start").fill("2026-06-01")
    field(page, "end").fill("2026-01-31")
    page.get_by_role("button", name=fi("Save"), exact=True).click()
    expect(page.get_by_text(fi("The end cannot be before the start."))).to_be_visible()
    check("item edit form with a validation error")

    assert not failures, "\n\n".join(f"== {name}\n{report}" for name, report in failures.items())

"""Every page type on a phone and on a desktop (issue 16): no sideways scrolling at 320–1280 px,
the results first on a phone, the skip link to the results, the filter dialog, and axe-core at
390 and 1280 px in Finnish, Swedish and English.

With PALASET_SCREENSHOTS set, the overflow test also saves a full-page screenshot of each page
type at 390 and 1280 px into docs/screenshots/ (<page type>-<width>.png):

    PALASET_SCREENSHOTS=1 python3 dev.py test -n 0 tests/browser/test_layout.py -k overflow
"""

import os
import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SCREENSHOT_WIDTHS = (390, 1280)
OWNER = "omistaja@esimerkkila.example"
PASSWORD = "Ohjelmatesti-2026-salasana"
DEMO_PROGRAMME = "Esimerkkilän osallisuusohjelma 2026–2029"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
UNTRANSLATED = "kumppanuusilta"


def scroll_width(page):
    return page.evaluate("document.documentElement.scrollWidth")


def compared_ids():
    from models_library.models import ParticipationModelPage

    models = ParticipationModelPage.objects.live().filter(locale__language_code="fi")
    return "&".join(f"model={pk}" for pk in models.order_by("pk").values_list("pk", flat=True)[:4])


def public_pages():
    return {
        "home": "/fi/",
        "catalogue": "/fi/mallit/",
        "catalogue-search": "/fi/mallit/?q=nuorten+vaikuttaminen",
        "model": f"/fi/mallit/{UNTRANSLATED}/",
        "model-untranslated": "/sv/untranslated/{pk}/",
        "compare": f"/fi/compare/?{compared_ids()}",
        "compare-empty": "/fi/compare/",
        "governance": "/fi/hallintomalli/",
        "evaluations": "/fi/arvioinnit/",
        "content": "/fi/tietoa/",
        "not-found": "/fi/ei-ole-olemassa/",
        "sign-in": "/fi/accounts/sign-in/",
    }


def member_pages():
    from programmes.models import Programme

    programme = Programme.objects.get(name=DEMO_PROGRAMME)
    base = f"/fi/programmes/{programme.pk}"
    return {
        "programme-list": "/fi/programmes/",
        "programme": f"{base}/",
        "coverage": f"{base}/coverage/",
        "follow-up": f"{base}/follow-up/",
        "activity": f"{base}/activity/",
    }


def untranslated_pk():
    from models_library.models import ParticipationModelPage

    return ParticipationModelPage.objects.get(slug=UNTRANSLATED, locale__language_code="fi").pk


def sign_in(page):
    user = get_user_model().objects.get(username=OWNER)
    user.set_password(PASSWORD)
    user.save(update_fields=["password"])
    page.goto("/fi/accounts/sign-in/")
    page.locator("#id_username").fill(OWNER)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/fi/programmes/$"))


@pytest.mark.parametrize("width", [320, 360, 390, 768, 1024, 1280])
def test_no_page_type_scrolls_sideways(browser, live_server, demo_site, width):
    context = browser.new_context(
        base_url=live_server.url, locale="fi-FI", viewport={"width": width, "height": 844}
    )
    context.set_default_timeout(20_000)
    page = context.new_page()
    pk = untranslated_pk()
    widths = {}

    def visit(name, path):
        page.goto(path.format(pk=pk))
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        widths[name] = scroll_width(page)
        if os.environ.get("PALASET_SCREENSHOTS") and width in SCREENSHOT_WIDTHS:
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=SCREENSHOTS / f"{name}-{width}.png", full_page=True)

    for name, path in public_pages().items():
        visit(name, path)
    sign_in(page)
    for name, path in member_pages().items():
        visit(name, path)
    context.close()

    too_wide = {name: scrolled for name, scrolled in widths.items() if scrolled > width}
    assert too_wide == {}, f"wider than {width} px: {too_wide}"


def test_first_result_is_in_the_first_viewport_on_a_phone(browser, live_server, demo_site):
    context = browser.new_context(base_url=live_server.url, locale="fi-FI", viewport=PHONE)
    page = context.new_page()
    page.goto("/fi/mallit/?q=nuorten+vaikuttaminen")
    first = page.locator("#search-hits .model-card__title a").first
    expect(first).to_be_visible()
    box = first.bounding_box()
    assert box["y"] + box["height"] <= PHONE["height"], box
    # The filters wait behind "Filter (n selected)": a dialog with "Show N models".
    expect(page.locator("#search-facets")).to_be_hidden()
    toggle = page.get_by_role("button", name="Rajaa (0 valittu)")
    toggle.click()
    dialog = page.get_by_role("dialog", name="Rajaa")
    expect(dialog).to_be_visible()
    expect(page.locator("#facets-heading")).to_be_focused()
    group = dialog.locator("details.facet").first
    expect(group.get_by_role("checkbox").first).to_be_hidden()  # a closed group
    group.locator("summary").click()
    group.locator("input[type=checkbox]:enabled").first.check()
    expect(page).to_have_url(re.compile(r"principle="))
    expect(dialog).to_be_visible()  # the dialog stays open while results update
    show = dialog.get_by_role("button", name=re.compile(r"^Näytä \d+ mall"))
    show.click()
    expect(dialog).to_have_count(0)
    expect(page.get_by_role("button", name="Rajaa (1 valittu)")).to_be_focused()
    assert scroll_width(page) <= PHONE["width"]
    context.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_skip_link_reaches_the_first_result_in_three_tab_presses(
    browser, live_server, demo_site, viewport
):
    context = browser.new_context(base_url=live_server.url, locale="fi-FI", viewport=viewport)
    page = context.new_page()
    page.goto("/fi/mallit/?q=osallisuus")
    first_title = page.locator("#search-hits .model-card__title a").first.inner_text()
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Siirry pääsisältöön")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Siirry tuloksiin")).to_be_focused()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    focused = page.locator(":focus")
    expect(focused).to_have_text(first_title)
    expect(focused).to_be_in_viewport()
    context.close()


def test_filter_groups_collapse_without_javascript(browser, live_server, demo_site):
    context = browser.new_context(
        base_url=live_server.url, locale="fi-FI", viewport=PHONE, java_script_enabled=False
    )
    page = context.new_page()
    page.goto("/fi/mallit/?target_group=nuoret")
    groups = page.locator("#search-facets details.facet")
    assert groups.count() > 5
    # Only the group with a chosen value is open.
    expect(page.locator("#search-facets details.facet[open]")).to_have_count(1)
    expect(page.get_by_role("checkbox", name=re.compile("^Nuoret"))).to_be_checked()
    # The results come before the filters on a phone.
    results_top = page.locator("#search-hits").bounding_box()["y"]
    assert results_top < page.locator("#search-facets").bounding_box()["y"]
    context.close()


def test_language_switch_keeps_the_catalogue_filters(page):
    page.goto("/fi/mallit/?q=nuoret&target_group=nuoret")
    switcher = page.get_by_role("navigation", name="Kieli")
    href = switcher.get_by_role("link", name="Svenska").get_attribute("href")
    assert href == "/sv/modeller/?q=nuoret&target_group=nuoret"


SWEEP = {
    "fi": ["/fi/mallit/?q=osallisuus", f"/fi/mallit/{UNTRANSLATED}/", "/fi/hallintomalli/"],
    "sv": ["/sv/modeller/?q=delaktighet", "/sv/untranslated/{pk}/", "/sv/forvaltningsmodell/"],
    "en": ["/en/models/", "/en/models/service-safari/", "/en/governance-model/"],
}


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_axe_at_phone_and_desktop_width_in_every_language(
    browser, live_server, demo_site, viewport
):
    pk = untranslated_pk()
    failures = {}
    for language, paths in SWEEP.items():
        context = browser.new_context(base_url=live_server.url, viewport=viewport)
        page = context.new_page()
        for path in paths:
            path = path.format(pk=pk)
            page.goto(path)
            expect(page.locator("html")).to_have_attribute("lang", language)
            try:
                assert_accessible(page)
            except AssertionError as error:
                failures[path] = str(error)
        context.close()
    assert not failures, "\n\n".join(f"== {path}\n{report}" for path, report in failures.items())


ADMIN_EDITOR = "layout-editor@example.org"
ADMIN_PASSWORD = "Asettelu-2026-salasana"


def test_admin_speaks_finnish_to_an_english_browser_and_calls_no_outside_service(
    browser, live_server, demo_site
):
    from models_library.models import ParticipationModelPage

    user = get_user_model().objects.filter(username=ADMIN_EDITOR).first()
    if user is None:
        user = get_user_model().objects.create_superuser(ADMIN_EDITOR, ADMIN_EDITOR, "x")
    user.set_password(ADMIN_PASSWORD)
    user.save(update_fields=["password"])
    model = ParticipationModelPage.objects.live().filter(locale__language_code="fi").first()

    context = browser.new_context(base_url=live_server.url, locale="en-US", viewport=DESKTOP)
    context.set_default_timeout(20_000)
    outside = []
    context.on(
        "request",
        lambda request: (
            None
            if request.url.startswith((live_server.url, "data:"))
            else outside.append(request.url)
        ),
    )
    page = context.new_page()
    page.goto("/admin/login/")
    expect(page.locator("html")).to_have_attribute("lang", "fi")
    page.locator("#id_username").fill(ADMIN_EDITOR)
    page.locator("#id_password").fill(ADMIN_PASSWORD)
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fi")
    page.goto(f"/admin/pages/{model.pk}/edit/")
    expect(page.locator("html")).to_have_attribute("lang", "fi")
    expect(page.get_by_role("button", name="Tallenna luonnos")).to_be_visible()
    page.goto("/admin/account/")
    expect(page.locator("html")).to_have_attribute("lang", "fi")
    page.wait_for_load_state("networkidle")
    context.close()
    assert outside == []


def test_add_to_programme_shows_where_the_model_already_is(browser, live_server, demo_site):
    from programmes.models import Programme

    programme = Programme.objects.get(name=DEMO_PROGRAMME)
    item = programme.items.select_related("page").first()
    context = browser.new_context(base_url=live_server.url, locale="fi-FI", viewport=PHONE)
    context.set_default_timeout(20_000)
    page = context.new_page()

    # Anonymous: a short hint where members see the button.
    page.goto(item.page.url)
    hint = page.locator(".model__header .add-to-programme")
    expect(hint).to_contain_text("kirjaudu sisään")
    expect(hint.get_by_role("link", name="kirjaudu sisään")).to_have_attribute(
        "href", f"/fi/accounts/sign-in/?next={item.page.url}"
    )

    sign_in(page)
    page.goto(item.page.url)
    state = page.locator(".model__header .in-programmes")
    expect(state).to_contain_text(f"Ohjelmassa: {DEMO_PROGRAMME}")
    expect(state.get_by_role("link", name=DEMO_PROGRAMME)).to_have_attribute(
        "href", f"/fi/programmes/{programme.pk}/"
    )
    assert_accessible(page)

    # Adding it to a new programme: the confirmation links to that programme.
    page.get_by_role("link", name=re.compile("^Lisää toiseen ohjelmaan")).click()
    page.get_by_role("radio", name="Uusi ohjelma").check()
    page.get_by_label("Uuden ohjelman nimi").fill("Tilatesti 2027")
    page.get_by_role("button", name="Lisää", exact=True).click()
    expect(page).to_have_url(live_server.url + item.page.url)
    created = Programme.objects.get(name="Tilatesti 2027")
    message = page.get_by_role("status")
    expect(message.get_by_role("link", name="Tilatesti 2027")).to_have_attribute(
        "href", f"/fi/programmes/{created.pk}/"
    )
    expect(page.locator(".in-programmes li")).to_have_count(2)
    context.close()

"""A professional searching the catalogue in a real browser, with and without JavaScript."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible

pytestmark = pytest.mark.browser


def result_count(page):
    return int(re.match(r"\d+", page.locator("#result-count").inner_text()).group(0))


def test_search_filter_sort_open_and_come_back(page):
    page.goto("/fi/mallit/")
    page.get_by_label("Hae osallisuuden malleja").fill("osallisuus")
    page.get_by_role("button", name="Hae", exact=True).click()
    expect(page).to_have_url(re.compile(r"q=osallisuus"))
    everything = result_count(page)
    assert everything > 1
    assert_accessible(page)

    # Ticking a facet updates the results in place; focus stays on the checkbox.
    # Filter groups are collapsed <details> (issue 16): open the group first.
    page.locator("#facet-principle > summary").click()
    principle = page.get_by_role("checkbox", name=re.compile("^Yhteistuotanto ja yhteisluominen"))
    principle.check()
    expect(page).to_have_url(re.compile(r"principle=yhteistuotanto"))
    expect(page.get_by_role("checkbox", name=re.compile("^Yhteistuotanto"))).to_be_focused()
    expect(page.locator("#search-announcer")).to_contain_text("mall")
    page.locator("#facet-service_phase > summary").click()
    phase = page.get_by_role("checkbox", name=re.compile(r"^Suunnittelu ja kehittäminen"))
    phase.check()
    expect(page).to_have_url(re.compile(r"service_phase=suunnittelu"))
    narrowed = result_count(page)
    assert narrowed <= everything

    # Removing one chip keeps the other filter.
    page.get_by_role("link", name=re.compile("Poista rajaus: Palvelun vaihe")).click()
    expect(page).not_to_have_url(re.compile(r"service_phase="))
    expect(page).to_have_url(re.compile(r"principle=yhteistuotanto"))

    page.get_by_label("Järjestä").select_option("title")
    expect(page).to_have_url(re.compile(r"sort=title"))
    titles = page.locator(".model-card__title").all_inner_texts()
    assert titles == sorted(titles, key=str.lower) or len(titles) < 2
    state = page.url

    page.locator(".model-card__title a").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(titles[0])
    page.go_back()
    expect(page).to_have_url(state)
    expect(page.get_by_role("checkbox", name=re.compile("^Yhteistuotanto"))).to_be_checked()
    expect(page.get_by_label("Järjestä")).to_have_value("title")


def test_no_results_page_is_accessible(page):
    page.goto("/fi/mallit/?q=zzxxqqvv")
    expect(
        page.get_by_role("heading", name="Hakuasi vastaavia malleja ei löytynyt")
    ).to_be_visible()
    assert_accessible(page)


def test_search_works_without_javascript(browser, live_server, demo_site):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    context.set_default_timeout(20_000)
    page = context.new_page()
    page.goto("/fi/mallit/")
    page.locator("#facet-target_group > summary").click()
    page.get_by_role("checkbox", name=re.compile("^Nuoret")).check()
    page.get_by_role("button", name="Näytä tulokset").click()
    expect(page).to_have_url(re.compile(r"target_group=nuoret"))
    expect(page.locator(".chip").first).to_contain_text("Nuoret")
    assert result_count(page) >= 1
    context.close()


def search_for(page, words):
    page.get_by_label("Hae osallisuuden malleja").fill(words)
    page.get_by_label("Hae osallisuuden malleja").press("Enter")


def test_a_new_query_is_ranked_by_relevance_again(page):
    """A sort chosen for one query lasts for it; typing another query ranks by relevance,
    and the address holds only what differs from the defaults."""
    page.goto("/fi/mallit/?q=osallisuus")
    page.get_by_label("Järjestä").select_option("title")
    expect(page).to_have_url(re.compile(r"q=osallisuus&sort=title$"))

    search_for(page, "nuoret")

    expect(page).to_have_url(re.compile(r"/fi/mallit/\?q=nuoret$"))
    expect(page.get_by_label("Järjestä")).to_have_value("relevance")


def test_a_typo_is_corrected_and_the_typed_words_are_one_click_away(page):
    page.goto("/fi/mallit/?q=palvelusafrai")
    correction = page.locator(".correction")
    expect(correction).to_contain_text("Näytetään tulokset haulle palvelusafari.")
    expect(page.locator(".model-card__title").first).to_have_text(re.compile("^Palvelusafari"))
    assert_accessible(page)
    correction.get_by_role("link", name="palvelusafrai").click()
    expect(page).to_have_url(re.compile(r"exact=1"))
    expect(
        page.get_by_role("heading", name="Hakuasi vastaavia malleja ei löytynyt")
    ).to_be_visible()


def test_without_javascript_a_new_query_is_ranked_by_relevance_too(browser, live_server, demo_site):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    context.set_default_timeout(20_000)
    page = context.new_page()
    page.goto("/fi/mallit/?q=osallisuus")
    page.get_by_label("Järjestä").select_option("title")
    page.get_by_role("button", name="Järjestä").click()
    expect(page).to_have_url(re.compile(r"q=osallisuus&sort=title$"))
    search_for(page, "nuoret")
    expect(page).to_have_url(re.compile(r"/fi/mallit/\?q=nuoret$"))
    expect(page.get_by_label("Järjestä")).to_have_value("relevance")
    context.close()

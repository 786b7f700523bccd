"""A visitor's journey through the site in a real browser, with axe-core on every page type."""

import re

import pytest
from playwright.sync_api import expect

from models_library.demo.catalogue import MODELS
from tests.browser.conftest import assert_accessible

pytestmark = pytest.mark.browser


def test_home_to_catalogue_to_model_and_switch_language(page):
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/fi/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fi")
    assert_accessible(page)

    page.get_by_role("navigation", name="Päävalikko").get_by_role(
        "link", name="Mallikirjasto"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mallikirjasto")
    expect(page.locator(".model-list > li")).to_have_count(20)
    assert_accessible(page)

    first_title = sorted(model["title"] for model in MODELS)[0]
    page.get_by_role("link", name=first_title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(first_title)
    assert_accessible(page)

    page.get_by_role("navigation", name="Kieli").get_by_role("link", name="Svenska").click()
    # The demo translates this model: the switcher goes to its Swedish version.
    expect(page.locator("html")).to_have_attribute("lang", "sv")
    expect(page).to_have_url(re.compile(r"/sv/modeller/[a-z0-9-]+/$"))
    expect(page.get_by_role("heading", level=1)).not_to_have_text(first_title)
    assert_accessible(page)


def test_governance_matrix_links_to_filtered_catalogue(page):
    page.goto("/fi/hallintomalli/")
    matrix = page.get_by_role("table")
    expect(matrix).to_be_visible()
    assert_accessible(page)
    matrix.locator("tbody td a").first.click()
    expect(page).to_have_url(re.compile(r"/fi/mallit/\?principle=[\w-]+&service_phase=[\w-]+"))


@pytest.mark.parametrize(
    "path", ["/fi/tietoa/", "/fi/saavutettavuusseloste/", "/fi/ei-ole-olemassa/"]
)
def test_content_and_error_pages_are_accessible(page, path):
    page.goto(path)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_accessible(page)


def test_keyboard_user_can_skip_to_content(page):
    page.goto("/fi/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Siirry pääsisältöön")
    expect(skip).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()

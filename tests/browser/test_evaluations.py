"""Evaluation card, overview and comparison in a real browser, each checked with axe-core."""

import re

import pytest
from playwright.sync_api import expect

from models_library.demo.catalogue import MODELS
from tests.browser.conftest import assert_accessible

pytestmark = pytest.mark.browser
EVALUATED = next(model for model in MODELS if model["sokra_evaluated"])


def test_evaluation_card_on_a_model_page(page):
    page.goto(f"/fi/mallit/{EVALUATED['slug']}/")
    card = page.locator(".evaluation-card")
    expect(card).to_be_visible()
    expect(card).to_contain_text("Havainnollistava esimerkkiaineisto")
    expect(card.locator(".area__rating")).to_have_count(3)
    card.get_by_text("Lupaavan käytännön kriteerit").click()
    expect(card.locator(".criteria dl div").first).to_be_visible()
    assert_accessible(page)


def test_overview_figures_link_to_the_filtered_catalogue(page):
    page.goto("/fi/arvioinnit/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Arvioinnit")
    assert_accessible(page)
    cell = page.locator(".heatmap tbody td a").first
    shown = int(re.match(r"\d+", cell.inner_text()).group(0))
    cell.click()
    expect(page).to_have_url(re.compile(r"_rating=clearly"))
    count = int(re.match(r"\d+", page.locator("#result-count").inner_text()).group(0))
    assert count == shown


def test_choose_models_from_results_and_compare(page):
    page.goto("/fi/mallit/?evaluated=yes")
    boxes = page.get_by_role("checkbox", name=re.compile("^Valitse vertailuun"))
    boxes.nth(0).check()
    boxes.nth(1).check()
    expect(page).to_have_url(re.compile(r"evaluated=yes$"))  # the search did not reload
    page.get_by_role("button", name="Vertaile valittuja").click()
    expect(page).to_have_url(re.compile(r"/fi/compare/\?model=\d+&model=\d+"))
    expect(page.locator("table.compare thead th")).to_have_count(2)
    assert_accessible(page)

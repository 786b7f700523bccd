"""Finnish, Swedish and English in a real browser: the language switcher, the Swedish
catalogue with its untranslated Finnish models, axe-core on each page type in each
language, and no Finnish text left on the translated pages."""

import re
from functools import cache

import polib
import pytest
from playwright.sync_api import expect

from home.demo.translations import TRANSLATED_SLUGS, po_path
from models_library.demo.catalogue import MODELS
from models_library.demo.vocabularies import VOCABULARIES
from tests.browser.conftest import assert_accessible

pytestmark = pytest.mark.browser

TRANSLATED = "palvelusafari"  # /sv/modeller/servicesafari/, /en/models/service-safari/
UNTRANSLATED = next(model for model in MODELS if model["slug"] not in TRANSLATED_SLUGS)
TRANSLATED_MODELS = sum(model["slug"] in TRANSLATED_SLUGS for model in MODELS)
# Occurs in the Swedish servicesafari text only inflected: "iakttagelser", "iakttagelserna".
SWEDISH_WORD = "iakttagelse"
SWITCHER = {"fi": "Kieli", "sv": "Språk", "en": "Language"}


@cache
def po_file(language, slug):
    return polib.pofile(str(po_path(language, slug)))


@cache
def po_entries(language, slug):
    return {entry.msgctxt: entry.msgstr for entry in po_file(language, slug)}


def translated(language, slug, field="title"):
    """The demo translation of one field of a page, from its PO file."""
    return po_entries(language, slug)[field]


def result_count(page):
    return int(re.match(r"\d+", page.locator("#result-count").inner_text()).group(0))


def switch_language(page, current, target):
    switcher = page.get_by_role("navigation", name=SWITCHER[current])
    switcher.get_by_role("link", name=target, exact=True).click()


def expect_model_page(page, language, path, title):
    expect(page).to_have_url(re.compile(re.escape(path) + "$"))
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.get_by_role("heading", level=1)).to_have_text(title)


def test_switch_languages_and_search_the_swedish_catalogue(page):
    fi_title = next(model["title"] for model in MODELS if model["slug"] == TRANSLATED)
    sv_title = translated("sv", TRANSLATED)
    en_title = translated("en", TRANSLATED)
    sv_path = f"/sv/modeller/{translated('sv', TRANSLATED, 'slug')}/"
    en_path = f"/en/models/{translated('en', TRANSLATED, 'slug')}/"

    # A translated model: the switcher goes to its translation in each language and back.
    page.goto(f"/fi/mallit/{TRANSLATED}/")
    expect_model_page(page, "fi", f"/fi/mallit/{TRANSLATED}/", fi_title)
    switch_language(page, "fi", "Svenska")
    expect_model_page(page, "sv", sv_path, sv_title)
    switcher = page.get_by_role("navigation", name="Språk")
    expect(switcher.get_by_role("link", name="Svenska")).to_have_attribute("aria-current", "true")
    assert_accessible(page)
    switch_language(page, "sv", "English")
    expect_model_page(page, "en", en_path, en_title)
    switch_language(page, "en", "Suomi")
    expect_model_page(page, "fi", f"/fi/mallit/{TRANSLATED}/", fi_title)

    # An untranslated model: the switcher goes to a Swedish page that names the model, says it
    # is only in Finnish and links to it and to the Swedish catalogue.
    page.goto(f"/fi/mallit/{UNTRANSLATED['slug']}/")
    switch_language(page, "fi", "Svenska")
    expect(page).to_have_url(re.compile(r"/sv/untranslated/\d+/$"))
    expect(page.locator("html")).to_have_attribute("lang", "sv")
    expect(page.get_by_role("main")).to_contain_text(
        "Den här modellen finns hittills bara på finska."
    )
    model_link = page.get_by_role("link", name=UNTRANSLATED["title"], exact=True)
    expect(model_link).to_have_attribute("href", f"/fi/mallit/{UNTRANSLATED['slug']}/")
    expect(model_link).to_have_attribute("lang", "fi")
    assert_accessible(page)
    page.get_by_role("link", name="Bläddra bland modellerna på det här språket").click()
    expect(page).to_have_url(re.compile(r"/sv/modeller/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(translated("sv", "mallit"))

    # The Swedish catalogue lists the untranslated Finnish models too, marked as Finnish.
    cards = page.locator(".model-card")
    expect(cards).to_have_count(len(MODELS))
    in_finnish = cards.filter(has=page.get_by_text("På finska", exact=True))
    expect(in_finnish).to_have_count(len(MODELS) - TRANSLATED_MODELS)
    for card in in_finnish.all():
        expect(card.locator(".model-card__title a")).to_have_attribute("lang", "fi")
    expect(page.locator(".model-card__title a:not([lang])")).to_have_count(TRANSLATED_MODELS)
    expect(cards.get_by_role("link", name=UNTRANSLATED["title"], exact=True)).to_have_attribute(
        "lang", "fi"
    )
    assert_accessible(page)

    # A Swedish word finds the translated model through an inflected form.
    page.get_by_label("Sök delaktighetsmodeller").fill(SWEDISH_WORD)
    page.get_by_role("button", name="Sök", exact=True).click()
    expect(page).to_have_url(re.compile(rf"q={SWEDISH_WORD}"))
    expect(page.get_by_role("status")).to_have_count(0)  # the notice was for the switch only
    found = page.get_by_role("link", name=sv_title, exact=True)
    expect(found).to_be_visible()
    expect(found).not_to_have_attribute("lang", "fi")
    searched = result_count(page)
    assert 1 <= searched < len(MODELS)

    # Back to every model, then the language facet keeps the Swedish descriptions only.
    page.get_by_label("Sök delaktighetsmodeller").fill("")
    page.get_by_role("button", name="Sök", exact=True).click()
    expect(page.locator("#result-count")).to_have_text(re.compile(rf"^{len(MODELS)}\b"))
    page.locator("#facet-language > summary").click()  # a collapsed group (issue 16)
    languages = page.get_by_role("group", name="Beskrivningens språk")
    languages.get_by_role("checkbox", name=re.compile("^svenska")).check()
    expect(page).to_have_url(re.compile(r"language=sv"))
    expect(page.locator("#result-count")).to_have_text(re.compile(rf"^{TRANSLATED_MODELS}\b"))
    expect(page.get_by_text("På finska", exact=True)).to_have_count(0)
    expect(page.locator(".model-card__title a[lang]")).to_have_count(0)
    expect(
        page.get_by_role("link", name=re.compile("Beskrivningens språk: svenska"))
    ).to_be_visible()

    # The facet stays on when searching again; the search and the facet combine.
    page.get_by_label("Sök delaktighetsmodeller").fill(SWEDISH_WORD)
    page.get_by_role("button", name="Sök", exact=True).click()
    expect(page).to_have_url(re.compile(rf"q={SWEDISH_WORD}.*language=sv|language=sv.*q="))
    expect(page.get_by_role("checkbox", name=re.compile("^svenska"))).to_be_checked()
    expect(page.get_by_role("link", name=sv_title, exact=True)).to_be_visible()
    assert result_count(page) == searched
    assert_accessible(page)


# The model pages and the Swedish catalogue are checked in the journey above.
SWEEP = {
    "fi": [
        "/fi/",
        "/fi/mallit/?q=osallisuus&principle=yhteistuotanto",
        f"/fi/mallit/{TRANSLATED}/",
        "/fi/hallintomalli/",
        "/fi/arvioinnit/",
        "/fi/saavutettavuusseloste/",
    ],
    "sv": [
        "/sv/",
        "/sv/forvaltningsmodell/",
        "/sv/utvarderingar/",
        "/sv/tillganglighetsutlatande/",
    ],
    "en": [
        "/en/",
        "/en/models/?q=service&principle=yhteistuotanto",
        "/en/models/?untranslated=1&language=fi",
        "/en/models/service-safari/",
        "/en/governance-model/",
        "/en/evaluations/",
        "/en/accessibility-statement/",
    ],
}


def test_every_page_type_is_accessible_in_every_language(page):
    failures = []
    for language, paths in SWEEP.items():
        for path in paths:
            response = page.goto(path)
            assert response.status == 200, path
            expect(page.locator("html")).to_have_attribute("lang", language)
            expect(page.get_by_role("heading", level=1)).to_be_visible()
            if "?" in path:  # a catalogue with a facet applied, and results
                expect(page.locator(".chip:not(.chip--clear)")).to_have_count(1)
                assert result_count(page) >= 1, path
            try:
                assert_accessible(page)
            except AssertionError as error:
                failures.append(f"{path}: {error}")
    assert not failures, "\n\n".join(failures)


# Translated pages whose StreamField blocks or evaluations have PO translations.
TRANSLATED_PAGES = {
    "sv": ["/sv/modeller/servicesafari/", "/sv/om-tjansten/", "/sv/tillganglighetsutlatande/"],
    "en": ["/en/models/service-safari/", "/en/about/", "/en/accessibility-statement/"],
}
SOURCE_SLUGS = ["palvelusafari", "tietoa", "saavutettavuusseloste"]
CRITERIA_FI = [term["fi"] for term in VOCABULARIES["PromisingPracticeCriterion"]]


def test_translated_pages_show_no_finnish_source_text(page):
    leaked = []
    for language, paths in TRANSLATED_PAGES.items():
        for path, slug in zip(paths, SOURCE_SLUGS, strict=True):
            page.goto(path)
            expect(page.locator("html")).to_have_attribute("lang", language)
            text = page.locator("main").text_content()
            finnish = [
                entry.msgid
                for entry in po_file(language, slug)
                if "." in entry.msgctxt and "<" not in entry.msgid and entry.msgid in text
            ]
            finnish += [name for name in CRITERIA_FI if name in text]
            leaked += [f"{path}: {phrase[:60]!r}" for phrase in finnish]
    assert not leaked, "Finnish text on translated pages:\n" + "\n".join(leaked)

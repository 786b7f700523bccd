"""Three languages: prefixes, the language switcher, hreflang alternates and term labels."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.utils import translation
from wagtail.models import PageViewRestriction

from models_library.models import (
    GovernancePrinciple,
    ModelLibraryIndexPage,
    ParticipationModelPage,
)
from models_library.vocabulary import localized_terms
from tests import factories

CODES = [code for code, _name in settings.LANGUAGES]
NAMES = dict(settings.LANGUAGES)


def parse(response):
    assert response.status_code == 200, response
    return BeautifulSoup(response.content, "html.parser")


def switcher(soup):
    return soup.select("nav.language-switcher a")


def alternates(soup):
    return [(link["hreflang"], link["href"]) for link in soup.select('link[rel="alternate"]')]


@pytest.fixture
def every_page_type(home, catalogue, governance, make_model):
    return [home, catalogue, make_model(), governance, factories.ContentPageFactory(parent=home)]


def translate(page, locale):
    """A published translation of page (its untranslated ancestors become aliases)."""
    translated = page.copy_for_translation(locale, copy_parents=True)
    translated.title = f"{page.title} ({locale.language_code})"
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated


def test_root_redirects_to_finnish_by_default(client, home):
    response = client.get("/")

    assert response.status_code == 302
    assert response["Location"] == f"/{settings.LANGUAGE_CODE}/"
    assert settings.LANGUAGE_CODE == "fi"


@pytest.mark.parametrize("code", CODES)
def test_root_redirects_to_the_browsers_language(client, home, code):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=code)

    assert response.status_code == 302
    assert response["Location"] == f"/{code}/"


@pytest.mark.parametrize("code", CODES)
def test_every_language_prefix_answers_in_that_language(client, home, code):
    soup = parse(client.get(f"/{code}/"))

    assert soup.html["lang"] == code
    # Untranslated Finnish content inside another language's page is marked as Finnish.
    main_lang = soup.main.get("lang")
    assert main_lang == (None if code == home.locale.language_code else "fi")


@pytest.mark.parametrize("code", CODES)
def test_language_switcher_on_every_page_type(client, every_page_type, code):
    for page in every_page_type:
        path = page.url.replace(f"/{page.locale.language_code}/", f"/{code}/", 1)
        links = switcher(parse(client.get(path)))

        assert [a["lang"] for a in links] == CODES, path
        assert [a["hreflang"] for a in links] == CODES
        assert [a.get_text(strip=True) for a in links] == [NAMES[c] for c in CODES]
        current = [a["lang"] for a in links if a.get("aria-current") == "true"]
        assert current == [code], path
        # Without translations: the page itself in Finnish, the language's home otherwise;
        # for a model, that language's page naming it (issue 16).
        if isinstance(page.specific, ParticipationModelPage):
            elsewhere = [f"/sv/untranslated/{page.pk}/", f"/en/untranslated/{page.pk}/"]
        else:
            elsewhere = ["/sv/", "/en/"]
        assert [a["href"] for a in links] == [page.url, *elsewhere]


def test_switcher_links_to_live_translations_and_otherwise_to_the_language_home(
    client, make_model, locales
):
    page = make_model()
    swedish = translate(page, locales["sv"])

    links = {a["lang"]: a["href"] for a in switcher(parse(client.get(page.url)))}

    assert links == {"fi": page.url, "sv": swedish.url, "en": f"/en/untranslated/{page.pk}/"}
    assert swedish.url.startswith("/sv/")
    # And back again from the Swedish page.
    links = {a["lang"]: a["href"] for a in switcher(parse(client.get(swedish.url)))}
    assert links == {"fi": page.url, "sv": swedish.url, "en": f"/en/untranslated/{swedish.pk}/"}


def test_switcher_skips_a_draft_translation_for_a_page_that_names_the_model(
    client, make_model, locales
):
    page = make_model()
    draft = page.copy_for_translation(locales["sv"], copy_parents=True)
    assert not draft.live
    swedish_catalogue = ModelLibraryIndexPage.objects.get(locale=locales["sv"])

    links = {a["lang"]: a["href"] for a in switcher(parse(client.get(page.url)))}

    assert links["sv"] == f"/sv/untranslated/{page.pk}/"
    landing = parse(client.get(links["sv"]))
    assert landing.html["lang"] == "sv"
    model_links = landing.select(f"main a[href='{page.url}']")
    assert [a.get_text(strip=True) for a in model_links][0] == page.title
    assert model_links[0]["lang"] == "fi"
    assert "Den här modellen finns hittills bara på finska." in landing.main.get_text()
    assert landing.select(f"main a[href='{swedish_catalogue.url}']")
    # No English catalogue: the English page links to the language's home instead.
    english = parse(client.get(links["en"]))
    assert english.select("main a[href='/en/']")
    assert english.select(f"main a[href='{page.url}']")


def test_hreflang_alternates_list_existing_translations_only(client, make_model, locales):
    page = make_model()
    base = "http://testserver"

    assert alternates(parse(client.get(page.url))) == [("fi", base + page.url)]

    swedish = translate(page, locales["sv"])

    assert alternates(parse(client.get(page.url))) == [
        ("fi", base + page.url),
        ("sv", base + swedish.url),
    ]


def test_error_page_speaks_the_requested_language(client, home):
    response = client.get("/sv/finns-inte/")

    assert response.status_code == 404
    assert BeautifulSoup(response.content, "html.parser").html["lang"] == "sv"


@pytest.fixture
def principles(locales):
    translated = factories.GovernancePrincipleFactory(name="Yhteistuotanto", sort_order=1)
    swedish = translated.copy_for_translation(locales["sv"])
    swedish.name = "Samproduktion"
    swedish.save()
    untranslated = factories.GovernancePrincipleFactory(name="Vaikuttavuus", sort_order=2)
    return translated, untranslated


def test_localized_terms_use_the_readers_language_with_finnish_fallback(principles):
    with translation.override("sv"):
        terms = localized_terms(GovernancePrinciple)

    # Canonical (Finnish) terms, so ids and slugs stay the same in every language.
    assert [term.pk for term in terms] == [p.pk for p in principles]
    assert [term.label for term in terms] == ["Samproduktion", "Vaikuttavuus"]

    with translation.override("fi"):
        assert [t.label for t in localized_terms(GovernancePrinciple)] == [
            p.name for p in principles
        ]
    with translation.override("en"):
        assert [t.label for t in localized_terms(GovernancePrinciple)] == [
            p.name for p in principles
        ]
    assert [t.label for t in localized_terms(GovernancePrinciple, "sv")] == [
        "Samproduktion",
        "Vaikuttavuus",
    ]


def test_governance_matrix_labels_follow_the_language(client, catalogue, governance, principles):
    factories.ServicePhaseFactory(name="Suunnittelu")
    path = governance.url.replace("/fi/", "/sv/", 1)

    soup = parse(client.get(path))

    assert [th.get_text(strip=True) for th in soup.select("table.matrix tbody th")] == [
        "Samproduktion",
        "Vaikuttavuus",
    ]


def test_switcher_and_alternates_leave_out_a_private_translation(client, make_model, locales):
    page = make_model()
    swedish = translate(page, locales["sv"])
    PageViewRestriction.objects.create(
        page=swedish, restriction_type=PageViewRestriction.PASSWORD, password="salainen"
    )

    # translate() made the Swedish catalogue (an alias): the switcher leads there instead.
    swedish_catalogue = ModelLibraryIndexPage.objects.get(locale=locales["sv"])
    assert swedish_catalogue.live

    soup = parse(client.get(page.url))

    links = {a["lang"]: a["href"] for a in switcher(soup)}
    assert links["sv"] == f"/sv/untranslated/{page.pk}/"
    # That page does not lead to the private translation either.
    landing = client.get(links["sv"])
    assert landing.status_code == 200
    assert swedish.url not in landing.content.decode()
    assert parse(landing).select(f"main a[href='{swedish_catalogue.url}']")
    assert swedish.url not in links.values()
    assert [code for code, _href in alternates(soup)] == ["fi"]


def test_related_models_on_a_translated_page_link_to_their_translations(
    client, make_model, locales
):
    other = make_model(title="Kansalaisraati")
    page = make_model(related=[other])
    other_sv = translate(other, locales["sv"])
    page_sv = translate(page, locales["sv"])

    soup = parse(client.get(page_sv.url))

    related = [a["href"] for a in soup.select("section.related a")]
    assert related == [other_sv.url]

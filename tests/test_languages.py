"""Three languages for readers (issue 7): the Swedish and English catalogues list the Finnish
models not yet translated, marked as Finnish and filterable by language; vocabulary labels,
the model page, the comparison table and the home page speak the reader's language; the
language switcher, hreflang alternates and /sitemap.xml point to live public translations.

Everything is checked through the HTML or XML a reader or a search engine receives.
"""

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from types import SimpleNamespace
from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, PageViewRestriction
from wagtail_localize.models import Translation, TranslationSource

from models_library.models import ModelLibraryIndexPage, ParticipationModelPage
from tests import factories

UNTRANSLATED_NOTICE = "inte ännu på det här språket"  # in the Swedish notice
SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


# ------------------------------------------------------------------------------ helpers


def parse(response):
    assert response.status_code == 200, response
    return BeautifulSoup(response.content, "html.parser")


def visit(client, url, **query):
    return parse(client.get(f"{url}?{urlencode(query)}" if query else url))


def squashed(text):
    return " ".join(text.split())


def live(page):
    """The page as stored (make_model publishes a copy, so its own instance may be stale)."""
    return ParticipationModelPage.objects.get(pk=page.pk)


def translate(page, locale, **fields):
    """A published translation made with Wagtail's copy for translation, with the given
    fields translated; the page's untranslated parents become live aliases."""
    translated = live(page).copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return live(translated)


def name_in(locale, term, name):
    """The term's translation into a locale, as an editor adds it to a vocabulary."""
    translated = term.copy_for_translation(locale)
    translated.name = name
    translated.save()
    return translated


@dataclass
class Card:
    href: str
    badge: str | None  # the language badge, when the model is not in the page's language
    title_lang: str | None
    lead_lang: str | None
    principles: list
    stage: str | None


def cards(soup):
    """Result or listing cards by title."""
    stage_label = gettext(soup.html["lang"], "Development stage")
    found = {}
    for article in soup.select("article.model-card"):
        link = article.select_one(".model-card__title a")
        badge = article.select_one(".badge--language")
        principles = article.select(".badge--principle")
        meta = dict(definitions(article.select_one(".model-card__meta")))
        found[link.get_text(strip=True)] = Card(
            href=link["href"],
            badge=badge.get_text(strip=True) if badge else None,
            title_lang=link.get("lang"),
            lead_lang=article.select_one(".model-card__lead").get("lang"),
            principles=[p.get_text(strip=True) for p in principles],
            stage=meta.get(stage_label),
        )
    return found


def definitions(dl):
    """(term, description) pairs of a <dl> whose entries are wrapped in <div>s."""
    return [
        (squashed(div.dt.get_text()), squashed(div.dd.get_text()))
        for div in dl.find_all("div", recursive=False)
    ]


def gettext(language, message):
    with translation.override(language):
        return translation.gettext(message)


def total(soup):
    return int(re.search(r"\d+", soup.select_one("#result-count").get_text()).group(0))


def facet_counts(soup):
    """{(facet, value): count} of every option shown."""
    counts = {}
    for option in soup.select(".facet__option"):
        box = option.select_one("input")
        count = re.search(r"\((\d+)", option.select_one(".facet__count").get_text()).group(1)
        counts[(box["name"], box["value"])] = int(count)
    return counts


def facet_labels(soup, name):
    """{value: label} of one facet's options."""
    return {
        option.input["value"]: squashed(option.label.find(string=True, recursive=False))
        for option in soup.select(".facet__option")
        if option.input["name"] == name
    }


def facet_legends(soup):
    return [squashed(summary.get_text()) for summary in soup.select(".facet summary")]


def switcher(soup):
    return {a["lang"]: a["href"] for a in soup.select("nav.language-switcher a")}


def alternates(soup):
    return [(link["hreflang"], link["href"]) for link in soup.select('link[rel="alternate"]')]


def catalogue_in(locale):
    return ModelLibraryIndexPage.objects.get(locale=locale)


def live_catalogue(page):
    return ModelLibraryIndexPage.objects.get(pk=page.pk)


# ----------------------------------------------------------------------------- fixtures


@pytest.fixture
def vocabulary(locales):
    """Terms with Swedish names, a topic and a principle nobody has translated yet, and a
    principle only hidden models have."""
    sv = locales["sv"]
    terms = SimpleNamespace(
        principle=factories.GovernancePrincipleFactory(
            name="Yhteistuotanto", slug="yhteistuotanto"
        ),
        phase=factories.ServicePhaseFactory(name="Suunnittelu", slug="suunnittelu"),
        stage=factories.DevelopmentStageFactory(name="Levitysvalmis", slug="levitysvalmis"),
        partnership=factories.GovernancePrincipleFactory(name="Kumppanuus", slug="kumppanuus"),
        topic=factories.TopicFactory(name="Liikunta", slug="liikunta"),
        youth=factories.GovernancePrincipleFactory(name="Nuorten ääni", slug="nuorten-aani"),
        hidden=factories.GovernancePrincipleFactory(name="Vain piilossa", slug="vain-piilossa"),
    )
    name_in(sv, terms.principle, "Samproduktion")
    name_in(sv, terms.phase, "Planering")
    name_in(sv, terms.stage, "Redo för spridning")
    name_in(sv, terms.partnership, "Partnerskap")
    return terms


@pytest.fixture
def library(make_model, locales, vocabulary):
    """A model translated into Swedish, an untranslated Finnish one and Finnish models no
    visitor may see (a draft, an unpublished one and two private ones), all found by
    "nuoret" and tagged with the same principle, the hidden ones with one more."""
    tags = {"principles": [vocabulary.principle], "stage": vocabulary.stage}
    original = make_model(title="Nuorisoraati", lead="Nuoret päättävät.", **tags)
    swedish = translate(
        original,
        locales["sv"],
        title="Ungdomsrådet",
        slug="ungdomsradet",
        lead="Ungdomarnas delaktighet i skolan.",
    )
    untranslated = make_model(title="Palvelusafari", lead="Nuoret arvioivat palveluja.", **tags)
    hidden_tags = {**tags, "principles": [vocabulary.principle, vocabulary.hidden]}
    hidden = {
        "draft": make_model(title="Luonnos", lead="Nuoret.", publish=False, **hidden_tags),
        "unpublished": make_model(title="Poistettu", lead="Nuoret.", **hidden_tags),
        "password": make_model(title="Salasanalla", lead="Nuoret.", **hidden_tags),
        "login": make_model(title="Kirjautuneille", lead="Nuoret.", **hidden_tags),
    }
    live(hidden["unpublished"]).unpublish()
    PageViewRestriction.objects.create(
        page=hidden["password"], restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    PageViewRestriction.objects.create(
        page=hidden["login"], restriction_type=PageViewRestriction.LOGIN
    )
    return SimpleNamespace(
        original=live(original),
        swedish=swedish,
        untranslated=live(untranslated),
        hidden=hidden,
        catalogue=catalogue_in(locales["sv"]),
    )


# --------------------------------------------------------- 1. the Swedish catalogue


def test_swedish_catalogue_lists_translations_once_and_untranslated_models_in_finnish(
    client, library
):
    soup = visit(client, library.catalogue.url)

    listed = cards(soup)
    assert sorted(listed) == ["Palvelusafari", "Ungdomsrådet"]  # not "Nuorisoraati" too
    assert total(soup) == 2
    swedish, finnish = listed["Ungdomsrådet"], listed["Palvelusafari"]
    assert (swedish.href, swedish.badge, swedish.title_lang, swedish.lead_lang) == (
        library.swedish.url,
        None,
        None,
        None,
    )
    assert (finnish.href, finnish.badge, finnish.title_lang, finnish.lead_lang) == (
        library.untranslated.url,
        "På finska",
        "fi",
        "fi",
    )
    assert finnish.href.startswith("/fi/")
    link = soup.find("a", string="Palvelusafari")
    assert link["hreflang"] == "fi"


@pytest.mark.parametrize("query", [{}, {"q": "nuoret"}, {"language": "fi"}])
def test_swedish_catalogue_neither_lists_nor_counts_draft_or_private_finnish_models(
    client, library, query
):
    soup = visit(client, library.catalogue.url, **query)

    hidden_titles = {page.title for page in library.hidden.values()}
    assert not hidden_titles & set(cards(soup))
    counts = facet_counts(soup)
    assert counts[("principle", "vain-piilossa")] == 0
    assert counts[("language", "fi")] == 1  # Palvelusafari only
    shown = len(cards(soup))
    assert total(soup) == shown
    assert counts[("principle", "yhteistuotanto")] == shown
    assert "Palvelusafari" in cards(soup)


def test_selecting_a_hidden_models_term_in_the_swedish_catalogue_finds_nothing(client, library):
    soup = visit(client, library.catalogue.url, principle="vain-piilossa")

    assert cards(soup) == {}
    assert total(soup) == 0


def test_language_facet_keeps_the_description_language_with_counts(client, library):
    everything = visit(client, library.catalogue.url)
    swedish = visit(client, library.catalogue.url, language="sv")
    finnish = visit(client, library.catalogue.url, language="fi")

    assert "Beskrivningens språk" in facet_legends(everything)
    assert facet_labels(everything, "language") == {
        "fi": "finska",
        "sv": "svenska",
        "en": "engelska",
    }
    language_counts = {("language", "fi"): 1, ("language", "sv"): 1, ("language", "en"): 0}
    for soup in (everything, swedish, finnish):
        # Disjunctive: a facet's own selection does not change its counts.
        counts = facet_counts(soup)
        assert {key: counts[key] for key in language_counts} == language_counts
    assert list(cards(swedish)) == ["Ungdomsrådet"]
    assert total(swedish) == facet_counts(swedish)[("principle", "yhteistuotanto")] == 1
    assert list(cards(finnish)) == ["Palvelusafari"]
    assert total(finnish) == facet_counts(finnish)[("principle", "yhteistuotanto")] == 1
    assert cards(finnish)["Palvelusafari"].badge == "På finska"


def test_finnish_catalogue_has_no_language_facet_and_no_language_badges(client, catalogue, library):
    soup = visit(client, live_catalogue(catalogue).url)

    assert sorted(cards(soup)) == ["Nuorisoraati", "Palvelusafari"]
    assert not soup.select('.facet input[name="language"]')
    assert "Kuvauksen kieli" not in facet_legends(soup)
    assert not soup.select(".badge--language")
    assert all(card.title_lang is None for card in cards(soup).values())


# ------------------------------------------------------------- 2. search per language


@pytest.fixture
def texts(make_model, locales):
    """A model in Swedish, one in English and an untranslated Finnish one."""
    swedish = translate(
        make_model(title="Nuorisoraati", lead="Nuoret päättävät."),
        locales["sv"],
        title="Ungdomsrådet",
        slug="ungdomsradet",
        lead="Ungdomarnas delaktighet i skolan.",
    )
    english = translate(
        make_model(title="Osallistuva budjetointi", lead="Asukkaat päättävät rahasta."),
        locales["en"],
        title="Participatory budgeting",
        slug="participatory-budgeting",
        lead="Residents decide together.",
    )
    finnish = make_model(title="Asukasilta", lead="Asukkaat kokoontuvat kuntalaisraadissa.")
    return SimpleNamespace(swedish=swedish, english=english, finnish=live(finnish))


def found(client, locale, query):
    return cards(visit(client, catalogue_in(locale).url, q=query))


def test_swedish_query_finds_a_swedish_model_by_another_inflected_form(client, locales, texts):
    # "ungdomarnas" and "ungdomar" share the base form "ungdom", "skolor" and "skolan" "skola".
    assert list(found(client, locales["sv"], "ungdomar")) == ["Ungdomsrådet"]
    assert list(found(client, locales["sv"], "delaktigheten")) == ["Ungdomsrådet"]
    assert list(found(client, locales["sv"], "skolor")) == ["Ungdomsrådet"]
    assert found(client, locales["sv"], "flygplan") == {}  # an unrelated word: no match


def test_english_query_finds_an_english_model_by_its_stem(client, locales, texts):
    assert list(found(client, locales["en"], "budget")) == ["Participatory budgeting"]
    assert list(found(client, locales["en"], "residents deciding")) == ["Participatory budgeting"]


def test_swedish_catalogue_finds_an_untranslated_finnish_model_by_its_base_form(
    client, locales, texts
):
    # Voikko: "kuntalaisraadissa" is an inflected form of "kuntalaisraati".
    listed = found(client, locales["sv"], "kuntalaisraati")

    assert list(listed) == ["Asukasilta"]
    assert listed["Asukasilta"].badge == "På finska"
    assert listed["Asukasilta"].href == texts.finnish.url


@pytest.mark.parametrize(("code", "badge"), [("sv", "På finska"), ("en", "In Finnish")])
def test_every_other_catalogue_marks_untranslated_models_as_finnish(
    client, locales, texts, code, badge
):
    listed = found(client, locales[code], "kuntalaisraati")

    assert listed["Asukasilta"].badge == badge
    assert listed["Asukasilta"].title_lang == "fi"


def test_by_relevance_the_catalogue_languages_matches_come_first(client, make_model, locales):
    translate(
        make_model(title="Kotoutumisen tuki"),
        locales["sv"],
        title="Stöd för integration",
        slug="stod",
        lead="Invånare träffas.",
        core_idea="<p>Tillsammans med Kototori.</p>",
    )
    make_model(title="Kototori", lead="Kototori kokoaa kototorin palvelut.")

    soup = visit(client, catalogue_in(locales["sv"]).url, q="kototori")

    # The Finnish page mentions the word far more, yet the Swedish match comes first.
    assert list(cards(soup)) == ["Stöd för integration", "Kototori"]


# -------------------------------------------------------- 3. facet labels in Swedish


def test_facet_and_card_labels_follow_the_readers_language(client, catalogue, library):
    swedish = visit(client, library.catalogue.url)
    finnish = visit(client, live_catalogue(catalogue).url)

    assert facet_labels(swedish, "principle")["yhteistuotanto"] == "Samproduktion"
    assert facet_labels(swedish, "principle")["vain-piilossa"] == "Vain piilossa"  # untranslated
    assert facet_labels(swedish, "stage")["levitysvalmis"] == "Redo för spridning"
    # Every card, the Finnish fallback too, labels its terms in the reader's language.
    for card in cards(swedish).values():
        assert card.principles == ["Samproduktion"]
        assert card.stage == "Redo för spridning"

    assert facet_labels(finnish, "principle")["yhteistuotanto"] == "Yhteistuotanto"
    for card in cards(finnish).values():
        assert card.principles == ["Yhteistuotanto"]


# ------------------------------------------- 4. taxonomies synchronised by wagtail-localize


@pytest.fixture
def localize(django_capture_on_commit_callbacks):
    """Translate a page as an editor does in wagtail-localize: a translation of the page's
    source, every string translated (by `texts`, msgctxt → text, or else marked with the
    language code), then "Publish" (published when the transaction commits)."""

    def make(page, locale, **texts):
        source, created = TranslationSource.get_or_create_from_instance(live(page))
        if not created:
            source.update_from_db()
        translation_, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale
        )
        po = source.export_po()
        code = locale.language_code
        for entry in po:
            if entry.msgctxt in texts:
                entry.msgstr = texts[entry.msgctxt]
            elif entry.msgctxt == "slug":
                entry.msgstr = f"{entry.msgid}-{code}"
            else:
                entry.msgstr = f"[{code}] {entry.msgid}"
        translation_.import_po(po)
        with django_capture_on_commit_callbacks(execute=True):
            translation_.save_target(publish=True)
        return live(page.get_translation(locale))

    return make


def classification(soup):
    """The model page's classification list: {label: [term, ...]}."""
    lists = {}
    for dl in soup.select("dl.at-a-glance__list"):
        for div in dl.find_all("div", recursive=False):
            lists[squashed(div.dt.get_text())] = [
                li.get_text(strip=True) for li in div.select("li")
            ]
    return lists


def test_updating_a_translation_synchronises_its_principles_and_shows_swedish_labels(
    client, make_model, locales, vocabulary, localize, django_capture_on_commit_callbacks
):
    page = make_model(title="Nuorisoraati", principles=[vocabulary.principle])
    swedish = localize(page, locales["sv"], title="Ungdomsrådet")
    assert swedish.live and swedish.title == "Ungdomsrådet"
    assert list(swedish.principles.all()) == [vocabulary.principle]

    # The editor changes the Finnish source's principles and publishes it...
    source_page = live(page).get_latest_revision_as_object()
    source_page.principles = [vocabulary.partnership, vocabulary.youth]
    source_page.save_revision().publish()
    # ...then updates the Swedish translation with wagtail-localize ("Sync translated pages").
    source, _created = TranslationSource.get_or_create_from_instance(live(page))
    source.update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        source.create_or_update_translation(locales["sv"], publish=True)

    swedish = live(swedish)
    expected = {vocabulary.partnership.pk, vocabulary.youth.pk}
    assert {term.pk for term in swedish.principles.all()} == expected
    assert swedish.title == "Ungdomsrådet"  # the translated text is kept
    shown = classification(visit(client, swedish.url))
    assert sorted(shown[gettext("sv", "Governance principles")]) == [
        "Nuorten ääni",  # no Swedish name yet: the Finnish one
        "Partnerskap",
    ]


# ------------------------------------------------------------- 5. the model page in Swedish


@pytest.fixture
def described(make_model, locales, vocabulary):
    """A Finnish model classified with translated and untranslated terms, and its Swedish
    translation: (Finnish page, Swedish page)."""
    page = make_model(
        title="Nuorisoraati",
        principles=[vocabulary.principle],
        service_phases=[vocabulary.phase],
        topics=[vocabulary.topic],
        stage=vocabulary.stage,
    )
    swedish = translate(page, locales["sv"], title="Ungdomsrådet", slug="ungdomsradet")
    return live(page), swedish


def facts(soup):
    return dict(definitions(soup.select_one("dl.at-a-glance__list")))


def test_swedish_model_page_shows_swedish_labels_and_that_it_is_a_translation(client, described):
    _finnish, swedish = described

    soup = visit(client, swedish.url)

    shown = classification(soup)
    assert shown[gettext("sv", "Governance principles")] == ["Samproduktion"]
    assert shown[gettext("sv", "Service phases")] == ["Planering"]
    assert shown[gettext("sv", "Topics")] == ["Liikunta"]  # no Swedish name: the Finnish one
    assert facts(soup)[gettext("sv", "Development stage")] == "Redo för spridning"
    assert facts(soup)["Ursprungligt språk"] == "finska (den här sidan är en översättning)"


def test_finnish_model_page_names_its_original_language_without_a_translation_note(
    client, described
):
    finnish, _swedish = described

    soup = visit(client, finnish.url)

    assert finnish.original_language == "fi"
    assert facts(soup)["Alkuperäinen kieli"] == "suomi"
    assert "käännös" not in soup.select_one("dl.at-a-glance__list").get_text()
    assert classification(soup)[gettext("fi", "Governance principles")] == ["Yhteistuotanto"]
    assert facts(soup)[gettext("fi", "Development stage")] == "Levitysvalmis"


def test_an_english_translation_keeps_the_original_language(client, described, locales):
    finnish, _swedish = described
    english = translate(finnish, locales["en"], title="Youth council", slug="youth-council")

    soup = visit(client, english.url)

    assert english.original_language == "fi"
    assert facts(soup)["Original language"] == "Finnish (this page is a translation)"


# ------------------------------------------------- 6. comparison table and home page cards


@pytest.fixture
def translated_pair(make_model, locales, vocabulary):
    """Two classified Finnish models and their Swedish translations: (Finnish, Swedish)."""
    finnish, swedish = [], []
    for fi_title, sv_title in [("Nuorisoraati", "Ungdomsrådet"), ("Palvelusafari", "Safari")]:
        page = make_model(
            title=fi_title,
            principles=[vocabulary.principle],
            service_phases=[vocabulary.phase],
            stage=vocabulary.stage,
        )
        finnish.append(live(page))
        swedish.append(translate(page, locales["sv"], title=sv_title, slug=sv_title.lower()))
    return finnish, swedish


def compare_url(language, pages):
    with translation.override(language):
        path = reverse("compare_models")
    return f"{path}?{urlencode([('model', page.pk) for page in pages])}"


def table_rows(soup):
    """Row label → one list of values per model."""
    return {
        squashed(tr.th.get_text()): [
            [squashed(li.get_text()) for li in td.select("li")] for td in tr.select("td")
        ]
        for tr in soup.select("table.compare tbody tr")
    }


@pytest.mark.parametrize(
    ("language", "principle", "phase", "stage"),
    [
        ("sv", "Samproduktion", "Planering", "Redo för spridning"),
        ("fi", "Yhteistuotanto", "Suunnittelu", "Levitysvalmis"),
    ],
)
def test_comparison_table_labels_follow_the_readers_language(
    client, translated_pair, language, principle, phase, stage
):
    finnish, swedish = translated_pair
    pages = swedish if language == "sv" else finnish

    rows = table_rows(visit(client, compare_url(language, pages)))

    assert rows[gettext(language, "Governance principles")] == [[principle], [principle]]
    assert rows[gettext(language, "Service phases")] == [[phase], [phase]]
    assert rows[gettext(language, "Development stage")] == [[stage], [stage]]


def test_home_page_cards_label_terms_in_the_pages_language(client, home, translated_pair):
    _finnish, swedish = translated_pair

    swedish_cards = cards(visit(client, "/sv/"))
    finnish_cards = cards(visit(client, "/fi/"))

    assert sorted(swedish_cards) == sorted(page.title for page in swedish)
    for card in swedish_cards.values():
        assert card.principles == ["Samproduktion"]
        assert card.stage == "Redo för spridning"
    assert sorted(finnish_cards) == ["Nuorisoraati", "Palvelusafari"]
    for card in finnish_cards.values():
        assert card.principles == ["Yhteistuotanto"]
        assert card.stage == "Levitysvalmis"


# ------------------------------------------------- 7. switcher, alternates, <html lang>

BASE = "http://testserver"


def test_switcher_and_alternates_link_a_page_and_its_translation_both_ways(client, described):
    finnish, swedish = described

    finnish_soup = visit(client, finnish.url)
    swedish_soup = visit(client, swedish.url)

    assert switcher(finnish_soup)["sv"] == swedish.url
    assert switcher(swedish_soup)["fi"] == finnish.url
    expected = [("fi", BASE + finnish.url), ("sv", BASE + swedish.url)]
    assert alternates(finnish_soup) == alternates(swedish_soup) == expected
    assert finnish_soup.html["lang"] == "fi"
    assert swedish_soup.html["lang"] == "sv"
    assert swedish_soup.main.get("lang") is None  # the content is Swedish too


def test_switcher_from_an_untranslated_model_leads_to_a_page_that_names_it(
    client, described, make_model, locales
):
    untranslated = live(make_model(title="Palvelusafari"))
    swedish_catalogue = catalogue_in(locales["sv"])

    soup = visit(client, untranslated.url)

    assert switcher(soup) == {
        "fi": untranslated.url,
        "sv": f"/sv/untranslated/{untranslated.pk}/",
        "en": f"/en/untranslated/{untranslated.pk}/",
    }
    assert alternates(soup) == [("fi", BASE + untranslated.url)]
    assert soup.html["lang"] == "fi"
    landing = visit(client, switcher(soup)["sv"])
    assert landing.html["lang"] == "sv"
    # It names the model, says it is only in Finnish and links to it and to the catalogue.
    (title,) = landing.select("main .lead a")
    assert (title.get_text(), title["href"], title["lang"]) == (
        "Palvelusafari",
        untranslated.url,
        "fi",
    )
    assert "Den här modellen finns hittills bara på finska." in landing.main.get_text()
    assert landing.select(f"main a[href='{swedish_catalogue.url}']")
    assert client.get(switcher(soup)["sv"])["X-Robots-Tag"] == "noindex"
    # The catalogue itself still says why when reached with the old flag.
    flagged = visit(client, swedish_catalogue.url, untranslated="1")
    assert any(UNTRANSLATED_NOTICE in n.get_text() for n in flagged.select(".notice"))
    assert cards(flagged)["Palvelusafari"].badge == "På finska"


def test_the_untranslated_page_goes_to_a_live_translation_and_hides_unknown_models(
    client, described
):
    finnish, swedish = described

    response = client.get(f"/sv/untranslated/{finnish.pk}/")

    assert response.status_code == 302
    assert response["Location"] == swedish.url
    assert client.get("/sv/untranslated/999999/").status_code == 404


def test_switcher_leads_to_the_public_catalogue_not_a_private_one(
    client, home, catalogue, make_model, locales
):
    archive = factories.ModelLibraryIndexPageFactory(parent=home, title="Arkisto", slug="arkisto")
    PageViewRestriction.objects.create(
        page=archive, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    # The Swedish tree mirrors the Finnish one (as wagtail-localize's tree sync makes it).
    home.copy_for_translation(locales["sv"], alias=True)
    for page in (catalogue, archive):
        live_catalogue(page).copy_for_translation(locales["sv"], alias=True)
    untranslated = live(make_model(title="Palvelusafari"))

    links = switcher(visit(client, untranslated.url))
    landing = visit(client, links["sv"])

    swedish_catalogue = live_catalogue(catalogue).get_translation(locales["sv"])
    swedish_archive = live_catalogue(archive).get_translation(locales["sv"])
    assert landing.select(f"main a[href='{swedish_catalogue.url}']")
    assert not landing.select(f"main a[href='{swedish_archive.url}']")


def test_a_private_translation_leaves_the_public_finnish_model_in_the_catalogue(
    client, library, make_model, locales
):
    page = make_model(title="Kototori")
    swedish = translate(page, locales["sv"], title="Kototori i Vanda", slug="kototori")
    PageViewRestriction.objects.create(
        page=swedish, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    links = switcher(visit(client, live(page).url))
    assert links["sv"] == f"/sv/untranslated/{page.pk}/"
    landing = visit(client, links["sv"])
    assert not landing.select(f"main a[href='{swedish.url}']")
    (to_catalogue,) = landing.select(f"main a[href='{library.catalogue.url}']")

    listed = cards(visit(client, to_catalogue["href"]))

    assert "Kototori i Vanda" not in listed  # private: never shown
    assert listed["Kototori"].badge == "På finska"


# ----------------------------------------------------------------------------- 8. sitemap


def sitemap(client):
    """{location: [(hreflang, href), ...]} of /sitemap.xml."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 - the site's own sitemap
    return {
        url.findtext("s:loc", namespaces=SITEMAP): [
            (link.get("hreflang"), link.get("href")) for link in url.findall("x:link", SITEMAP)
        ]
        for url in root.findall("s:url", SITEMAP)
    }


def test_sitemap_lists_every_live_public_page_in_every_language(
    client, home, catalogue, governance, make_model, locales
):
    translated = make_model(title="Nuorisoraati")
    swedish = translate(translated, locales["sv"], title="Ungdomsrådet", slug="ungdomsradet")
    untranslated = make_model(title="Palvelusafari")
    live(untranslated).copy_for_translation(locales["sv"])  # a draft translation only
    hidden = [
        make_model(title="Luonnos", publish=False),
        make_model(title="Salainen"),
        factories.ContentPageFactory(parent=home, title="Sisäinen"),
    ]
    for page in hidden[1:]:
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
    swedish_home, swedish_catalogue = (
        home.get_translation(locales["sv"]),
        catalogue_in(locales["sv"]),
    )

    urls = sitemap(client)

    def url(page):
        return Page.objects.get(pk=page.pk).get_full_url()

    listed = [home, catalogue, governance, translated, untranslated]
    listed += [swedish_home, swedish_catalogue, swedish]
    assert sorted(urls) == sorted(url(page) for page in listed)
    assert url(swedish).startswith("http://localhost/sv/")
    for page in hidden:
        assert url(page) not in urls
    pair = [("fi", url(translated)), ("sv", url(swedish))]
    assert urls[url(translated)] == urls[url(swedish)] == pair
    assert urls[url(untranslated)] == []
    assert urls[url(governance)] == []
    assert urls[url(home)] == [("fi", url(home)), ("sv", url(swedish_home))]

"""Search that forgives (issue 13): relevance first, typos, compounds, Swedish and English
base forms, synonyms, labels across languages, and help when nothing is found.

Each test builds its own small catalogue and checks the behaviour through the public
catalogue page, as a reader meets it; search/query.py says in what order a query word that
no page has is handled.
"""

import pytest
from bs4 import BeautifulSoup

from models_library.models import ParticipationModelPage
from search.analysis import swedish_parts, word_terms
from search.lexicon import LanguageLexicon, allowed_distance
from search.models import SynonymGroup
from tests import factories

NO_RESULTS_FI = "Hakuasi vastaavia malleja ei löytynyt"


def page_of(client, url, params=None):
    response = client.get(url, params or {})
    assert response.status_code == 200
    return response


def titles(response):
    return [hit.page.title for hit in response.context["results"].hits]


def found(client, catalogue, query, **params):
    return titles(page_of(client, catalogue.url, {"q": query, **params}))


def fresh(page):
    return ParticipationModelPage.objects.get(pk=page.pk)


def translated_catalogue(catalogue, locale):
    swedish = catalogue.copy_for_translation(locale, copy_parents=True)
    swedish.save_revision().publish()
    return swedish


# ------------------------------------------------------------------ relevance first


def test_a_new_query_from_the_catalogue_form_is_ranked_by_relevance(client, catalogue, make_model):
    """The form carries the browse order and the query it was chosen for; a new query
    drops that order and the address keeps only what differs from the defaults."""
    make_model(title="Aamun raati", lead="Nuoret.")
    make_model(title="Nuorten nuorisoraati", lead="Nuoret nuoret nuoret.")
    form = {"q": "nuoret", "sort": "title", "sorted_for": ""}

    response = client.get(catalogue.url, form)

    assert response.status_code == 302
    assert response["Location"] == f"{catalogue.url}?q=nuoret"
    results = page_of(client, response["Location"]).context["results"]
    assert results.params.sort == "relevance"
    assert [hit.page.title for hit in results.hits] == ["Nuorten nuorisoraati", "Aamun raati"]


def test_a_sort_chosen_for_the_query_lasts_while_the_query_is_unchanged(client, catalogue):
    chosen = client.get(catalogue.url, {"q": "nuoret", "sort": "title", "sorted_for": "nuoret"})
    kept = page_of(client, catalogue.url, {"q": "nuoret", "sort": "title"})
    default = client.get(catalogue.url, {"q": "nuoret", "sort": "relevance"})

    assert chosen["Location"] == f"{catalogue.url}?q=nuoret&sort=title"
    assert kept.context["results"].params.sort == "title"
    # The page remembers which query the order belongs to, for the next submission.
    soup = BeautifulSoup(kept.content, "html.parser")
    assert soup.select_one("input[name=sorted_for]")["value"] == "nuoret"
    assert default["Location"] == f"{catalogue.url}?q=nuoret"


def test_the_default_order_leaves_nothing_in_the_form_to_carry(client, catalogue):
    soup = BeautifulSoup(page_of(client, catalogue.url, {"q": "nuoret"}).content, "html.parser")
    assert soup.select_one("input[name=sorted_for]") is None


# ------------------------------------------------------------------------- typos


@pytest.mark.parametrize(
    ("typed", "title"),
    [
        ("palvelusafrai", "Palvelusafari"),  # transposition
        ("kumpanuusilta", "Kumppanuusilta"),  # a missing letter
        ("kulttuurihyvinvontisuunnitelma", "Kulttuurihyvinvointisuunnitelma"),
        ("vertaismentorionti", "Vertaismentorointi"),
    ],
)
def test_a_typo_finds_the_closest_word_the_catalogue_has(
    client, catalogue, make_model, typed, title
):
    make_model(title=title, lead="Yhteistä kehittämistä.")
    make_model(title="Muu malli", lead="Ei mitään yhteistä.")

    response = page_of(client, catalogue.url, {"q": typed})
    results = response.context["results"]

    assert titles(response) == [title]
    assert results.corrected_query == title.lower()
    text = BeautifulSoup(response.content, "html.parser").select_one(".correction").get_text()
    assert f"Näytetään tulokset haulle {title.lower()}." in " ".join(text.split())
    # "Search instead for" the words as typed: exactly those, so nothing.
    assert found(client, catalogue, typed, exact="1") == []


def test_a_word_the_catalogue_has_is_never_corrected(client, catalogue, make_model):
    make_model(title="Raati", lead="Asukkaat arvioivat.")
    make_model(title="Kaati", lead="Kaati on harvinainen sana.")

    response = page_of(client, catalogue.url, {"q": "kaati"})

    assert titles(response) == ["Kaati"]
    assert response.context["results"].corrected_query == ""


def test_corrections_keep_to_the_allowed_distance(client, catalogue, make_model):
    make_model(title="Kirjastokahvila", lead="Lukupiiri.")
    make_model(title="Raati", lead="Asukkaat.")

    # Words of 4-7 letters take one edit, longer ones two, shorter none.
    assert found(client, catalogue, "raatti") == ["Raati"]
    assert found(client, catalogue, "ruutti") == []
    assert found(client, catalogue, "kirjastokahvla") == ["Kirjastokahvila"]
    assert found(client, catalogue, "kirjstokahvla") == ["Kirjastokahvila"]
    assert found(client, catalogue, "kirstokahvla") == []
    assert [allowed_distance(w) for w in ("raa", "raat", "raatiraa", "r" * 20)] == [0, 1, 2, 2]


def test_a_correction_proposes_only_words_that_exist():
    lexicon = LanguageLexicon()
    for word in ("palvelusafari", "palvelu", "safari"):
        lexicon.add(word, correctable=True)
    lexicon.add("palvelusafar", correctable=False)  # a stem: exists, but is not a word

    assert lexicon.closest("palvelusafrai") == ["palvelusafari"]
    assert lexicon.closest("zzzzzzzz") == []


# --------------------------------------------------------------------- compounds


def test_a_compound_query_finds_its_parts_written_apart(client, catalogue, make_model):
    make_model(title="Naapuriapu", lead="Kehitysvammaisten itsenäistä asumista lähiössä.")
    make_model(title="Asumisneuvonta", lead="Asumista ja neuvontaa.")

    assert found(client, catalogue, "kehitysvammaisasuminen") == ["Naapuriapu"]


def test_every_part_of_a_compound_query_must_match(client, catalogue, make_model):
    make_model(title="Osallistuva budjetointi", lead="Asukkaat päättävät rahoista.")
    make_model(title="Lähiötalo", lead="Lähiön asukkaiden talo.")

    assert found(client, catalogue, "lähiöbudjetointi") == []
    make_model(title="Lähiöiden budjetointi", lead="Budjetointi lähiössä.")
    assert found(client, catalogue, "lähiöbudjetointi") == ["Lähiöiden budjetointi"]


def test_a_word_finds_the_longer_compounds_it_begins(client, catalogue, make_model):
    make_model(title="Kumppanuuspöytä", lead="Järjestöt ja kunta.")
    make_model(title="Pöytäkirja", lead="Muistiinpanot.")

    assert found(client, catalogue, "kumppanuus") == ["Kumppanuuspöytä"]


# ----------------------------------------------------------- Swedish and English


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("klientdelaktighetsgrupper", ("klient", "delaktighets", "grupper")),
        ("funktionshinderservicen", ("funktionshinder", "servicen")),
        ("ungdomsarbete", ("ungdoms", "arbete")),
    ],
)
def test_swedish_compounds_are_split_into_words_the_dictionary_knows(word, parts):
    assert swedish_parts(word) == parts


def test_swedish_and_english_forms_meet_at_their_base_form():
    def bases(word, language):
        return {t.text for t in word_terms(word, language) if t.kind == "base"}

    assert bases("ungdomar", "sv") == bases("ungdomarna", "sv") == {"ungdom"}
    assert bases("män", "sv") == {"man"}
    assert bases("children", "en") == {"child"}


@pytest.fixture
def swedish(catalogue, locales):
    return translated_catalogue(catalogue, locales["sv"])


def swedish_model(make_model, locales, title, lead):
    finnish = make_model(title=f"{title} (fi)", lead="Suomeksi.")
    copy = fresh(finnish).copy_for_translation(locales["sv"], copy_parents=True)
    copy.title, copy.lead = title, lead
    copy.save_revision().publish()
    return copy


def test_swedish_finds_inflected_forms_and_compound_parts(client, swedish, make_model, locales):
    swedish_model(make_model, locales, "Servicesafari", "Ungdomsarbete för stadens ungdomar.")
    swedish_model(
        make_model, locales, "Klientdelaktighetsgrupper", "Klienter utvecklar tjänsterna."
    )

    assert found(client, swedish, "ungdom") == ["Servicesafari"]
    assert found(client, swedish, "ungdomarna") == ["Servicesafari"]
    assert found(client, swedish, "klientdelaktighet") == ["Klientdelaktighetsgrupper"]


def test_english_hyphen_and_space_variants_are_one_word(client, catalogue, locales, make_model):
    english = translated_catalogue(catalogue, locales["en"])
    finnish = make_model(title="Asiakasryhmät", lead="Suomeksi.")
    copy = fresh(finnish).copy_for_translation(locales["en"], copy_parents=True)
    copy.title, copy.lead = "Client groups", "Co-development of services with clients."
    copy.save_revision().publish()

    for query in ("co-development", "codevelopment", "co development"):
        assert found(client, english, query) == ["Client groups"], query


# ---------------------------------------------------------------------- synonyms


def test_synonyms_that_editors_add_apply_at_once(client, catalogue, make_model, locales):
    make_model(title="Nuorisotalo", lead="Nuoriso kokoontuu.")
    assert found(client, catalogue, "kuntalaiset") == []

    SynonymGroup.objects.create(words="nuoriso, kuntalaiset", locale=locales["fi"])
    assert found(client, catalogue, "kuntalaiset") == ["Nuorisotalo"]

    SynonymGroup.objects.all().delete()
    assert found(client, catalogue, "kuntalaiset") == []


def test_synonyms_belong_to_their_language(client, swedish, make_model, locales):
    swedish_model(make_model, locales, "Ungdomsrådet", "Unga påverkar.")
    SynonymGroup.objects.create(words="unga, tonåringar", locale=locales["sv"])
    SynonymGroup.objects.create(words="nuoret, tonåringar", locale=locales["fi"])

    assert found(client, swedish, "tonåringar") == ["Ungdomsrådet"]


# -------------------------------------------------------- labels across languages


def test_an_untranslated_model_is_found_by_its_tags_in_the_readers_language(
    client, swedish, make_model, locales
):
    youth = factories.TargetGroupFactory(name="Nuoret", slug="nuoret")
    in_swedish = youth.copy_for_translation(locales["sv"])
    in_swedish.name = "Unga"
    in_swedish.save()
    make_model(title="Palvelusafari", lead="Palvelut tutuiksi.", target_groups=[youth])
    make_model(title="Raati", lead="Asukkaat arvioivat.")

    assert found(client, swedish, "unga") == ["Palvelusafari"]


# ------------------------------------------------------------------- no results


def test_no_results_offers_matching_classifications_and_filters_to_drop(
    client, catalogue, make_model
):
    youth = factories.TargetGroupFactory(name="Nuoret perheet", slug="nuoret-perheet")
    elderly = factories.TargetGroupFactory(name="Ikäihmiset", slug="ikaihmiset")
    make_model(title="Perhekahvila", lead="Kahvila lapsiperheille.", target_groups=[youth])
    make_model(title="Kahvila", lead="Kahvila kaikille.", target_groups=[youth])
    make_model(title="Seniorikahvila", lead="Kahvila.", target_groups=[elderly])

    nothing = page_of(
        client, catalogue.url, {"q": "perheet", "target_group": "ikaihmiset"}
    ).context["results"]
    filtered = page_of(client, catalogue.url, {"q": "kahvila", "target_group": "nuoret-perheet"})
    only_elderly = page_of(
        client, catalogue.url, {"q": "lapsiperheille", "target_group": "ikaihmiset"}
    )

    assert nothing.total == 0
    assert [(s.label, s.url) for s in nothing.suggestions] == [
        ("Nuoret perheet", "?target_group=nuoret-perheet")
    ]
    unused = factories.TargetGroupFactory(name="Perheet ilman malleja", slug="perheet-ilman")
    again = page_of(client, catalogue.url, {"q": "perheet", "target_group": "ikaihmiset"})
    assert unused.name not in [s.label for s in again.context["results"].suggestions]
    assert filtered.context["results"].total == 2
    chip = only_elderly.context["results"].chips[0]
    assert (chip.label, chip.total_without) == ("Ikäihmiset", 1)
    text = " ".join(BeautifulSoup(only_elderly.content, "html.parser").get_text().split())
    assert "Ilman rajausta ”Ikäihmiset”: 1 malli" in text


def test_a_query_of_unknown_words_finds_nothing_and_says_so(client, catalogue, make_model):
    make_model(title="Raati", lead="Asukkaat.")
    response = page_of(client, catalogue.url, {"q": "qwxzv"})
    assert titles(response) == []
    assert response.context["results"].corrected_query == ""
    assert NO_RESULTS_FI in response.content.decode()

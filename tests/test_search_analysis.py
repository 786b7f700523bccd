"""Language analysis: a query word finds the inflected and compound forms a reader means.

Most tests check the analyser itself (what a query word and a document share); the
end-to-end ones publish a model and search the catalogue for it, so that indexing and
querying are shown to use the same analysis.
"""

import unicodedata
from urllib.parse import urlencode

import pytest
import snowballstemmer
from django.http import QueryDict

from core.visibility import private_pages_q
from search.analysis import (
    MAX_WORD_LENGTH,
    analyse_query,
    document_terms,
    query_alternatives,
    word_terms,
    words,
)
from search.engine import CatalogueSearch
from search.params import parse


def terms_of(text, language):
    return {term for term, _kind in document_terms(text, language)}


def matches(query, text, language="fi"):
    """Whether a document with `text` matches every word of `query`."""
    alternatives = analyse_query(query, language)
    document = terms_of(text, language)
    return bool(alternatives) and all(alts & document for alts in alternatives)


def found_titles(catalogue, query, language="fi"):
    params = parse(QueryDict(urlencode({"q": query})))
    search = CatalogueSearch(params, catalogue.locale_id, language, private_pages_q())
    return {hit.page.title for hit in search.run().hits}


FINNISH_INFLECTIONS = [
    ("nuoret", "Malli tukee nuorten osallisuutta."),
    ("kotoutujat", "Toiminta tavoittaa kotoutujaa arjessa."),
    ("vammaispalvelut", "Kehitämme vammaispalvelujen asiakasraateja."),
]


@pytest.mark.parametrize(("query", "text"), FINNISH_INFLECTIONS)
def test_a_finnish_query_word_matches_other_inflected_forms(query, text):
    assert matches(query, text)
    # The match is through the shared base form, not through anything every text has.
    assert not matches(query, "Asukkaat suunnittelevat palvelua yhdessä.")


@pytest.mark.parametrize(("query", "text"), FINNISH_INFLECTIONS)
def test_a_published_model_is_found_by_another_inflected_form(catalogue, make_model, query, text):
    make_model(title="Osallisuusmalli", lead=text)
    make_model(title="Verrokki", lead="Asukkaat suunnittelevat palvelua yhdessä.")

    assert found_titles(catalogue, query) == {"Osallisuusmalli"}


def test_a_query_word_matches_the_same_word_as_part_of_a_compound(catalogue, make_model):
    assert matches("liikunta", "Järjestämme liikuntatoimintaa iäkkäille.")

    make_model(title="Liikkuva arki", lead="Järjestämme liikuntatoimintaa iäkkäille.")
    make_model(title="Verrokki", lead="Järjestämme kulttuuritoimintaa iäkkäille.")
    assert found_titles(catalogue, "liikunta") == {"Liikkuva arki"}


def test_compound_parts_are_not_query_alternatives():
    # A document about "vammaispalvelut" is findable by "palvelu" ...
    assert "palvelu" in terms_of("vammaispalvelut", "fi")
    # ... but a search for "vammaispalvelut" must not find every text about "palvelu".
    assert "palvelu" not in query_alternatives("vammaispalvelut", "fi")
    assert not matches("vammaispalvelut", "Palvelu on kaikille avoin.")


def test_a_search_for_a_compound_does_not_find_texts_with_only_its_parts(catalogue, make_model):
    make_model(title="Vammaispalvelumalli", lead="Vammaispalvelujen asiakkaat mukana.")
    make_model(title="Palvelumalli", lead="Palvelu on kaikille avoin.")

    assert found_titles(catalogue, "vammaispalvelut") == {"Vammaispalvelumalli"}


def test_names_are_lower_cased_and_searchable():
    assert "kototori" in query_alternatives("kototori", "fi")
    assert analyse_query("Kototori", "fi") == [query_alternatives("kototori", "fi")]
    assert matches("Kototori", "Tervetuloa KOTOTORI-tapahtumaan")


@pytest.mark.parametrize("word", ["Åbo", "Xyzzyplöö", "Snapchat"])
def test_unknown_words_fall_back_to_the_lower_cased_word_with_diacritics(word):
    lowered = word.lower()
    alternatives = query_alternatives(lowered, "fi")

    assert lowered in alternatives
    assert words(word) == [lowered]
    # Diacritics are letters, never folded away: å stays å, ö stays ö.
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(c)
    )
    if folded != lowered:
        assert folded not in alternatives
        assert not matches(word, folded.capitalize())


def test_a_and_aa_are_different_letters():
    assert matches("Åbo", "Kokemuksia Åbo Akademista")
    assert not matches("Åbo", "Abo-niminen kylä")
    assert not matches("ääni", "Aani-kuoro")


def test_swedish_snowball_conflates_definite_and_indefinite_plural():
    stemmer = snowballstemmer.stemmer("swedish")
    assert stemmer.stemWord("ungdomarna") == stemmer.stemWord("ungdomar")

    assert terms_of("ungdomarna", "sv") & terms_of("ungdomar", "sv")
    assert matches("ungdomar", "Vi lyssnar på ungdomarna", "sv")
    assert not matches("ungdomar", "Vi lyssnar på de äldre", "sv")


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("participation", "Young people participating in planning"),
        ("communities", "A model for the community"),
        ("services", "Designing a service together"),
    ],
)
def test_english_snowball_conflates_word_forms(query, text):
    stemmer = snowballstemmer.stemmer("english")
    query_stem = stemmer.stemWord(query)
    assert query_stem in {stemmer.stemWord(word) for word in words(text)}

    assert matches(query, text, "en")
    assert not matches(query, "Something else entirely", "en")


def test_a_swedish_model_is_found_by_another_form_in_a_swedish_search(home, locales):
    from tests import factories

    catalogue = factories.ModelLibraryIndexPageFactory(parent=home, locale=locales["sv"])
    page = factories.ParticipationModelPageFactory.build(
        title="Ungdomsrådet", lead="Vi lyssnar på ungdomarna.", locale=locales["sv"]
    )
    catalogue.add_child(instance=page)
    page.save_revision().publish()

    assert found_titles(catalogue, "ungdomar", "sv") == {"Ungdomsrådet"}
    assert found_titles(catalogue, "äldre", "sv") == set()


def test_over_long_tokens_are_dropped_and_the_longest_allowed_kept():
    allowed = "a" * MAX_WORD_LENGTH
    too_long = "b" * (MAX_WORD_LENGTH + 1)

    assert words(f"alku {allowed} {too_long} loppu") == ["alku", allowed, "loppu"]
    assert not any(term.startswith("b") for term in terms_of(too_long, "fi"))
    assert analyse_query(too_long, "fi") == []
    assert document_terms(too_long, "fi") == {}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_digits_are_kept_as_they_are(language):
    assert {"2024"} == set(query_alternatives("2024", language))
    assert matches("2024", "Kokeiltu vuonna 2024.", language)
    assert not matches("2024", "Kokeiltu vuonna 2023.", language)


def test_a_decomposed_letter_matches_the_composed_one():
    composed = "Kärsämäki"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed

    assert words(decomposed) == [composed.lower()]
    assert analyse_query(decomposed, "fi") == analyse_query(composed, "fi")
    inflected = "Malli kehitettiin Kärsämäellä."
    assert matches(decomposed, inflected)
    assert matches(composed, unicodedata.normalize("NFD", inflected))


def test_a_decomposed_query_finds_a_composed_document(catalogue, make_model):
    make_model(title="Kärsämäen malli", lead="Malli kehitettiin Kärsämäellä.")

    assert found_titles(catalogue, unicodedata.normalize("NFD", "kärsämäki")) == {"Kärsämäen malli"}


def test_document_terms_count_occurrences_per_term_and_kind():
    counts = document_terms("Nuoret ja nuorten nuoret", "fi")

    assert counts[("nuoret", "word")] == 2
    assert counts[("nuorten", "word")] == 1
    # Every form of "nuori" counts towards its base form.
    assert counts[("nuori", "base")] == 3
    assert counts[("ja", "word")] == 1


def test_document_terms_count_compound_parts_once_per_occurrence():
    counts = document_terms("liikuntatoimintaa ja liikuntatoiminnan", "fi")

    assert counts[("liikunta", "part")] == 2
    assert counts[("liikuntatoiminta", "base")] == 2


def test_query_words_are_distinct_and_in_order():
    alternatives = analyse_query("Nuoret liikunta nuoret NUORET", "fi")

    assert alternatives == [
        query_alternatives("nuoret", "fi"),
        query_alternatives("liikunta", "fi"),
    ]


def test_query_and_document_analysis_agree_for_each_word():
    text = "Lasten ja nuorten liikuntatoimintaa Kärsämäellä vuonna 2024"
    for word in words(text):
        document = {term.text for term in word_terms(word, "fi")}
        assert query_alternatives(word, "fi") <= document

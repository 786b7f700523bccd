"""Search shows and counts only live, public models of the reader's language (outside
Finnish, also the untranslated Finnish ones), and the next search after any change to a
model sees that change: no stale index."""

import re
from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import transaction
from django.http import QueryDict
from wagtail.models import PageViewRestriction

from core.visibility import private_pages_q
from models_library.models import ParticipationModelPage
from search.engine import CatalogueSearch
from search.models import IndexedPage, Posting
from search.params import parse
from tests import factories


def soup_of(client, url, query=""):
    response = client.get(f"{url}?{query}" if query else url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def hit_titles(soup):
    return sorted(a.get_text(strip=True) for a in soup.select(".model-card__title a"))


def hit_links(soup):
    return [a["href"] for a in soup.select(".model-card__title a")]


def shown_total(soup):
    return int(re.search(r"\d+", soup.select_one("#result-count").get_text()).group(0))


def shown_counts(soup):
    counts = {}
    for item in soup.select(".facet__option"):
        box = item.select_one("input")
        count = re.search(r"\((\d+)", item.select_one(".facet__count").get_text()).group(1)
        counts[(box["name"], box["value"])] = int(count)
    return counts


def search(catalogue, query_string=""):
    params = parse(QueryDict(query_string))
    return CatalogueSearch(params, catalogue.locale_id, "fi", private_pages_q()).run()


def found(catalogue, query_string=""):
    return sorted(hit.page.title for hit in search(catalogue, query_string).hits)


def counts_of(results):
    return {
        (facet.name, option.value): option.count
        for facet in results.facets
        for option in facet.options
    }


def live(page):
    """The page as stored: make_model publishes a copy, so its own instance may be stale."""
    return ParticipationModelPage.objects.get(pk=page.pk)


@pytest.fixture
def terms(db):
    return {
        "shared": factories.GovernancePrincipleFactory(slug="shared"),
        "hidden-only": factories.GovernancePrincipleFactory(slug="hidden-only"),
        "phase": factories.ServicePhaseFactory(slug="phase"),
    }


def tagged(terms, hidden=False):
    principles = [terms["shared"], terms["hidden-only"]] if hidden else [terms["shared"]]
    return {"principles": principles, "service_phases": [terms["phase"]]}


@pytest.fixture
def visible(make_model, terms):
    return [
        make_model(title=title, lead="Nuorten osallisuus.", **tagged(terms))
        for title in ["Julkinen A", "Julkinen B"]
    ]


def make_hidden(kind, make_model, terms, locales, visible):
    """A model a visitor must not see, found by the same words and tagged like the visible
    ones plus a principle only hidden models have."""
    fields = {"title": f"Piilossa {kind}", "lead": "Nuorten osallisuus.", **tagged(terms, True)}
    if kind == "draft":
        return make_model(publish=False, **fields)
    if kind == "other locale":
        swedish = live(visible[0]).copy_for_translation(locales["sv"], copy_parents=True)
        swedish.title = fields["title"]
        swedish.lead = "Nuorten osallisuus."
        swedish.principles = fields["principles"]
        swedish.save_revision().publish()
        return swedish
    page = make_model(**fields)
    if kind == "unpublished":
        live(page).unpublish()
    elif kind == "password":
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="salainen"
        )
    elif kind == "login":
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    return page


HIDDEN_KINDS = ["draft", "unpublished", "password", "login", "other locale"]
QUERIES = ["", "q=nuoret", "principle=shared", "principle=hidden-only", "q=piilossa"]


@pytest.mark.parametrize("kind", HIDDEN_KINDS)
@pytest.mark.parametrize("query", QUERIES)
def test_hidden_models_are_neither_shown_nor_counted(
    client, catalogue, make_model, terms, locales, visible, kind, query
):
    make_hidden(kind, make_model, terms, locales, visible)
    soup = soup_of(client, catalogue.url, query)

    expected = [] if "hidden-only" in query or "piilossa" in query else ["Julkinen A", "Julkinen B"]
    assert hit_titles(soup) == expected
    assert shown_total(soup) == len(expected)
    counts = shown_counts(soup)
    with_text = 0 if "piilossa" in query else 2
    assert counts[("principle", "shared")] == with_text
    assert counts[("principle", "hidden-only")] == 0
    assert counts[("service_phase", "phase")] == len(expected)


def test_all_hidden_kinds_together_add_nothing(
    client, catalogue, make_model, terms, locales, visible
):
    before = soup_of(client, catalogue.url, "q=nuoret")
    for kind in HIDDEN_KINDS:
        make_hidden(kind, make_model, terms, locales, visible)
    after = soup_of(client, catalogue.url, "q=nuoret")

    assert hit_titles(after) == hit_titles(before) == ["Julkinen A", "Julkinen B"]
    assert shown_counts(after) == shown_counts(before)


def test_the_other_language_catalogue_shows_its_own_and_untranslated_public_models(
    client, catalogue, make_model, terms, locales, visible
):
    """The Swedish catalogue lists its own models and, in Finnish, the live public Finnish
    models not translated into Swedish; the Finnish models a visitor must not see are
    neither listed nor counted there either."""
    swedish = make_hidden("other locale", make_model, terms, locales, visible)  # of Julkinen A
    for kind in HIDDEN_KINDS:
        if kind != "other locale":
            make_hidden(kind, make_model, terms, locales, visible)
    swedish_catalogue = catalogue.get_translation(locales["sv"])

    soup = soup_of(client, swedish_catalogue.url)
    # Julkinen A is listed once, as its Swedish translation; Julkinen B has none.
    assert hit_titles(soup) == sorted([swedish.title, "Julkinen B"])
    assert shown_total(soup) == 2
    counts = shown_counts(soup)
    assert counts[("principle", "hidden-only")] == 1  # the Swedish page's own tag
    assert counts[("principle", "shared")] == 2
    assert counts[("language", "sv")] == counts[("language", "fi")] == 1
    searched = soup_of(client, swedish_catalogue.url, "q=piilossa")
    assert hit_titles(searched) == [swedish.title]
    assert shown_counts(searched)[("principle", "hidden-only")] == 1


# ---------------------------------------------------------------------- no stale index


def test_a_published_model_is_found_at_once(catalogue, make_model, terms):
    assert found(catalogue, "q=kototori") == []
    assert counts_of(search(catalogue))[("principle", "shared")] == 0

    make_model(title="Kototori", **tagged(terms))

    assert found(catalogue, "q=kototori") == ["Kototori"]
    assert counts_of(search(catalogue))[("principle", "shared")] == 1


def republish(page, **changes):
    page = live(page).get_latest_revision_as_object()
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return live(page)


def test_a_new_title_is_searchable_once_published_and_not_before(catalogue, make_model):
    page = make_model(title="Nuorten raati")

    draft = live(page).get_latest_revision_as_object()
    draft.title = "Asukasfoorumi"
    draft.save_revision()
    # A draft is not what visitors see: search still finds the live title only.
    assert found(catalogue, "q=raati") == ["Nuorten raati"]
    assert found(catalogue, "q=asukasfoorumi") == []

    republish(page, title="Asukasfoorumi")
    assert found(catalogue, "q=raati") == []
    assert found(catalogue, "q=asukasfoorumi") == ["Asukasfoorumi"]


def test_new_tags_are_counted_once_published(catalogue, make_model, terms):
    page = make_model(title="Raati", principles=[terms["shared"]])
    assert found(catalogue, "principle=hidden-only") == []

    republish(page, principles=[terms["hidden-only"]])

    counts = counts_of(search(catalogue))
    assert counts[("principle", "shared")] == 0
    assert counts[("principle", "hidden-only")] == 1
    assert found(catalogue, "principle=hidden-only") == ["Raati"]


def test_an_unpublished_model_leaves_results_and_counts(catalogue, make_model, terms, visible):
    page = make_model(title="Nuorten kerho", lead="Nuorten kerho.", **tagged(terms))
    assert "Nuorten kerho" in found(catalogue, "q=nuoret")

    live(page).unpublish()

    assert found(catalogue, "q=nuoret") == ["Julkinen A", "Julkinen B"]
    results = search(catalogue, "q=nuoret")
    assert results.total == 2
    assert counts_of(results)[("principle", "shared")] == 2
    assert not IndexedPage.objects.filter(page_id=page.pk).exists()


def test_a_model_made_private_disappears(catalogue, make_model, terms, visible):
    page = make_model(title="Nuorten kerho", lead="Nuorten kerho.", **tagged(terms))
    assert search(catalogue, "q=nuoret").total == 3

    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    results = search(catalogue, "q=nuoret")
    assert sorted(hit.page.title for hit in results.hits) == ["Julkinen A", "Julkinen B"]
    assert counts_of(results)[("principle", "shared")] == 2


def test_a_model_moved_under_a_private_section_disappears(
    client, home, catalogue, make_model, terms, visible
):
    archive = factories.ModelLibraryIndexPageFactory(parent=home, title="Arkisto", slug="arkisto")
    PageViewRestriction.objects.create(
        page=archive, restriction_type=PageViewRestriction.PASSWORD, password="salainen"
    )
    page = make_model(title="Nuorten kerho", lead="Nuorten kerho.", **tagged(terms))
    assert shown_total(soup_of(client, catalogue.url, "q=nuoret")) == 3

    live(page).move(archive, pos="last-child")

    soup = soup_of(client, catalogue.url, "q=nuoret")
    assert hit_titles(soup) == ["Julkinen A", "Julkinen B"]
    assert shown_counts(soup)[("principle", "shared")] == 2


def test_a_deleted_model_is_gone_with_its_index_rows(catalogue, make_model, terms, visible):
    page = make_model(title="Nuorten kerho", lead="Nuorten kerho.", **tagged(terms))
    assert Posting.objects.filter(entry__page_id=page.pk).exists()

    live(page).delete()

    assert found(catalogue, "q=kerho") == []
    results = search(catalogue, "q=nuoret")
    assert results.total == 2
    assert counts_of(results)[("principle", "shared")] == 2
    assert not IndexedPage.objects.filter(page_id=page.pk).exists()
    assert not Posting.objects.filter(entry__page_id=page.pk).exists()


def test_an_alias_of_a_model_is_searchable_and_counted_at_once(
    client, catalogue, make_model, terms, locales
):
    """An untranslated model shown in another language as an alias (what wagtail-localize's
    synchronisation or an editor's "alias" creates) is a live public page there: listed,
    so also found by its words and counted under its tags."""
    original = make_model(title="Nuorten raati", lead="Nuorten ääni.", **tagged(terms))
    swedish_catalogue = catalogue.copy_for_translation(locales["sv"], copy_parents=True, alias=True)
    # Searched before: the untranslated original is listed, in Finnish.
    assert hit_links(soup_of(client, swedish_catalogue.url)) == [live(original).url]
    alias = live(original).copy_for_translation(locales["sv"], alias=True)
    assert alias.live and alias.alias_of_id == original.pk

    listed = soup_of(client, swedish_catalogue.url)
    assert hit_links(listed) == [alias.url]  # the alias in place of the original: once
    assert hit_titles(listed) == ["Nuorten raati"]
    assert shown_total(listed) == 1
    assert shown_counts(listed)[("principle", "shared")] == 1
    assert hit_links(soup_of(client, swedish_catalogue.url, "q=raati")) == [alias.url]


def test_facet_counts_survive_a_rolled_back_transaction(catalogue, make_model, terms):
    """A search inside a transaction that is rolled back (every pytest-django test, a
    failed request, a restored backup) must not leave a facet index that a later search
    takes for current."""
    with transaction.atomic():
        make_model(title="Peruttu", principles=[terms["shared"]])
        assert counts_of(search(catalogue))[("principle", "shared")] == 1
        transaction.set_rollback(True)
    catalogue.refresh_from_db()

    make_model(title="Pysyvä", principles=[terms["hidden-only"]])

    results = search(catalogue)
    assert [hit.page.title for hit in results.hits] == ["Pysyvä"]
    assert counts_of(results)[("principle", "hidden-only")] == 1
    assert counts_of(results)[("principle", "shared")] == 0


# ------------------------------------------------------------------------------ reindex


def index_rows():
    entries = set(IndexedPage.objects.values_list("page_id", "language", "sort_key", "title_lower"))
    postings = {
        (page_id, term, round(weight, 6))
        for page_id, term, weight in Posting.objects.values_list("entry__page_id", "term", "weight")
    }
    return entries, postings


REINDEX_QUERIES = [
    "",
    "q=nuoret",
    "q=liikunta",
    "q=raati&principle=shared",
    "sort=title",
    "q=ungdomar",
]


def test_reindex_catalogue_rebuilds_what_incremental_indexing_built(
    catalogue, make_model, terms, locales, visible
):
    make_model(title="Liikuntaraati", lead="Liikuntatoimintaa nuorille.", **tagged(terms))
    edited = make_model(title="Nuorten raati", core_idea="<p>Nuoret päättävät.</p>")
    draft = live(edited).get_latest_revision_as_object()
    draft.title = "Luonnoksen otsikko"
    draft.save_revision()
    live(make_model(title="Vanha raati")).unpublish()
    make_model(title="Luonnosraati", publish=False)
    make_hidden("other locale", make_model, terms, locales, visible)

    incremental = index_rows()
    results = {query: found(catalogue, query) for query in REINDEX_QUERIES}
    assert results["q=nuoret"]  # not vacuous

    IndexedPage.objects.all().delete()
    assert found(catalogue, "q=nuoret") == []
    out = StringIO()
    call_command("reindex_catalogue", stdout=out)

    assert index_rows() == incremental
    assert {query: found(catalogue, query) for query in REINDEX_QUERIES} == results
    live_models = ParticipationModelPage.objects.live().count()
    assert str(live_models) in out.getvalue()

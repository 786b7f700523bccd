"""The catalogue search engine: full text, disjunctive facet counts, sorting, paging.

A search costs a constant handful of queries whatever the catalogue, page or facet size:
the private sections (1), the facet index's version (1), the ids of every visible matching
page in display order (1) and the pages of one result page (1). Facet selections, counts
and the cards' tags come from the in-memory facet index (search/facet_index.py); the
facets' values and labels are read once per index version (cached_options).
"""

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import cast

from django.conf import settings
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import F, Q, Value
from django.db.models.functions import Collate

from models_library.models import ParticipationModelPage
from models_library.models.pages import RICH_TEXT_FIELDS
from search.analysis import query_alternatives, words
from search.backends import text_index
from search.facet_index import current_index
from search.facets import (
    FIXED_FACETS,
    LANGUAGE_FACET,
    Facet,
    FacetValue,
    Label,
    VocabularyFacet,
    all_facets,
    card_facets,
)
from search.highlight import highlight
from search.lexicon import current_lexicon
from search.params import SORTS, SearchParams
from search.query import analyse

PAGE_SIZE = 20
MAX_SUGGESTIONS = 8
MAX_QUERY_WORDS = 12
# A result card needs none of these; leaving them out keeps the page query light.
LONG_FIELDS = (*RICH_TEXT_FIELDS, "implementation", "roles", "links", "contact")
ORDERINGS = {
    "newest": ("-first_published_at", "pk"),
    "updated": ("-last_published_at", "pk"),
    "title": ("search_entry__sort_key", "pk"),
}
# Each facet value's count: (facet name, value) → number of pages.
Counts = dict[tuple[str, FacetValue], int]


def _ordering(sort: str) -> Sequence[str | Collate]:
    """The sort's ORDER BY. The title key is built to sort by bytes (Finnish order), so on
    PostgreSQL it is compared with the C collation whatever the database's default."""
    fields = ORDERINGS.get(sort, ORDERINGS["title"])
    if connection.vendor == "postgresql":
        return [Collate(F(f), "C") if f.endswith("sort_key") else f for f in fields]
    return fields


@dataclass
class Option:
    value: str
    label: str
    term_id: FacetValue  # a term's id; a fixed facet's value
    position: int = 0  # the vocabulary's sort order
    count: int = 0
    selected: bool = False

    @property
    def disabled(self) -> bool:
        return self.count == 0 and not self.selected


@dataclass
class FacetResult:
    name: str
    label: Label
    options: list[Option]


@dataclass
class Hit:
    page: ParticipationModelPage
    lead_html: str
    tags: dict[str, list[Option]] = field(default_factory=dict)  # facet name → its options
    # The page's language code when it is not the catalogue's (an untranslated model).
    other_language: str = ""


@dataclass
class Chip:
    facet_label: Label
    label: str
    remove_url: str
    total_without: int = 0  # how many results there would be without this filter


@dataclass
class Suggestion:
    """A classification value whose label has a word of the query (for an empty result)."""

    facet_label: Label
    label: str
    url: str


@dataclass
class PageLink:
    number: int | Label  # an int, or Paginator.ELLIPSIS
    url: str = ""
    current: bool = False


@dataclass
class SearchResults:
    params: SearchParams
    total: int
    page: PaginatorPage[int]  # over the ids of all results
    hits: list[Hit]
    facets: list[FacetResult]
    chips: list[Chip]
    sorts: list[tuple[str, Label]]
    # The query as corrected, when a word was corrected, and the link to the words as typed.
    corrected_query: str = ""
    exact_url: str = ""
    suggestions: list[Suggestion] = field(default_factory=list)

    @property
    def clear_url(self) -> str:
        return self.params.url(selected={})

    @property
    def page_links(self) -> list[PageLink]:
        numbers = self.page.paginator.get_elided_page_range(self.page.number, on_each_side=2)
        return [
            PageLink(n, self.params.url(page=n), n == self.page.number)
            if isinstance(n, int)
            else PageLink(n)
            for n in numbers
        ]

    @property
    def previous_url(self) -> str:
        return self.params.url(page=self.page.number - 1) if self.page.has_previous() else ""

    @property
    def next_url(self) -> str:
        return self.params.url(page=self.page.number + 1) if self.page.has_next() else ""


_options_lock = threading.Lock()
_options: dict[tuple[str, int], dict[str, list[Option]]] = {}


def cached_options(language: str, facets: Sequence[Facet], version: int) -> dict[str, list[Option]]:
    """load_options() as of the index's token `version`: vocabulary edits renew the token
    (search/signals.py), so a renamed or new term shows at the next search. Shared by every
    search of the process; nobody changes them (a search copies what it marks)."""
    key = (language, version)
    options = _options.get(key)
    if options is None:
        options = load_options(language, facets)
        with _options_lock:
            if len(_options) > 20:  # old versions
                _options.clear()
            _options[key] = options
    return options


def load_options(language: str, facets: Sequence[Facet]) -> dict[str, list[Option]]:
    """Every facet's values, canonical terms in sort order labelled in `language` (1 query).
    `facets` is the search's own list (all_facets()), built once per search."""
    languages = {settings.LANGUAGE_CODE, language}
    parts = [
        cast(VocabularyFacet, facet)  # the facets that are not fixed
        .vocabulary.objects.filter(locale__language_code__in=languages)
        .annotate(facet=Value(facet.name))
        .values_list(
            "facet", "id", "slug", "name", "translation_key", "locale__language_code", "sort_order"
        )
        .order_by()
        for facet in facets
        if facet not in FIXED_FACETS
    ]
    rows = sorted(parts[0].union(*parts[1:], all=True), key=lambda row: (row[6], row[3]))
    labels = {(r[0], r[4]): r[3] for r in rows if r[5] == language}
    options: dict[str, list[Option]] = {facet.name: [] for facet in facets}
    for name, term_id, slug, term_name, key, code, _order in rows:
        if code == settings.LANGUAGE_CODE:
            label = labels.get((name, key), term_name)
            options[name].append(Option(slug, label, term_id, len(options[name])))
    for facet in FIXED_FACETS:
        for position, (value, label) in enumerate(facet.choices):
            options[facet.name].append(Option(value, str(label), value, position))
    return options


class CatalogueSearch:
    """One search over the live, public models of one locale and, outside the default
    language, the default-language models not yet translated into it (the fallback)."""

    def __init__(
        self,
        params: SearchParams,
        locale: int,
        language: str,
        private_q: Q,
        fallback_locale: int | None = None,
    ) -> None:
        self.params = params
        self.language = language
        self.locale_id = locale
        self.fallback_locale_id = fallback_locale if fallback_locale != locale else None
        self.facets = all_facets()
        self.facets_by_name = {facet.name: facet for facet in self.facets}
        self.facet_index = current_index()
        self.options = cached_options(language, self.facets, self.facet_index.version)
        self.selected_ids = self._valid_selection()
        self.params = replace(params, selected=self._valid_slugs())
        live = ParticipationModelPage.objects.filter(live=True).exclude(private_q)
        self.own = live.filter(locale=locale)
        self.fallback = live.none()
        if self.fallback_locale_id:
            # Only a translation the reader can see replaces the original.
            self.fallback = live.filter(locale=self.fallback_locale_id).exclude(
                translation_key__in=self.own.values("translation_key")
            )
        self.visible = self.own | self.fallback
        lexicon = current_lexicon(self.facet_index.version)
        # Each page is matched with the analysis of its own language; the untranslated
        # models also with the reader's (their tags' labels are indexed in it).
        q, exact = self.params.q, self.params.exact
        self.query = analyse(q, language, lexicon, exact=exact)
        fallback = analyse(q, settings.LANGUAGE_CODE, lexicon, exact=exact, also=language)
        self.words = self.query.words[:MAX_QUERY_WORDS]
        self.fallback_words = fallback.words[:MAX_QUERY_WORDS]
        self.query_terms: set[str] = self.query.terms
        self.fallback_terms: set[str] = fallback.terms
        self.text_index = text_index()

    def _valid_selection(self) -> dict[str, list[FacetValue]]:
        ids: dict[str, list[FacetValue]] = {}
        for name, slugs in self.params.selected.items():
            known = {option.value: option.term_id for option in self.options[name]}
            chosen = [known[slug] for slug in slugs if slug in known]
            if chosen:
                ids[name] = chosen
        return ids

    def _valid_slugs(self) -> dict[str, tuple[str, ...]]:
        slugs = {(name, o.term_id): o.value for name, opts in self.options.items() for o in opts}
        return {
            name: tuple(slugs[(name, term_id)] for term_id in ids)
            for name, ids in self.selected_ids.items()
        }

    def _ordered_ids(self) -> list[int]:
        """Ids of every visible page the text matches, in display order (one query; two
        by relevance with a fallback, whose matches follow the catalogue language's)."""
        index = self.text_index
        if self.words and self.params.sort == "relevance":
            ids = index.rank(self.words, self.locale_id, self.own.values("pk"))
            if self.fallback_locale_id:
                ids += index.rank(
                    self.fallback_words, self.fallback_locale_id, self.fallback.values("pk")
                )
            return ids
        pages = self.visible
        if self.words:
            matching = Q(locale=self.locale_id) & index.match(self.words, self.locale_id)
            if self.fallback_locale_id:
                matching |= Q(locale=self.fallback_locale_id) & index.match(
                    self.fallback_words, self.fallback_locale_id
                )
            pages = pages.filter(matching)
        return list(pages.order_by(*_ordering(self.params.sort)).values_list("pk", flat=True))

    def _filter_and_count(self, ordered_ids: list[int]) -> tuple[list[int], Counts]:
        """The ids the facet selections keep (in order), and every facet value's
        disjunctive count: each facet applies the text and the other facets'
        selections, not its own."""
        index = self.facet_index
        matched = index.bitset(ordered_ids)
        chosen = {name: index.any_of(name, ids) for name, ids in self.selected_ids.items()}
        counts: Counts = {}
        self.totals_without: dict[tuple[str, FacetValue], int] = {}
        for facet in self.facets:
            pages = matched
            for name, bits in chosen.items():
                if name != facet.name:
                    pages &= bits
            for option in self.options[facet.name]:
                key = (facet.name, option.term_id)
                counts[key] = index.count(facet.name, option.term_id, among=pages)
            selected = self.selected_ids.get(facet.name, [])
            for value in selected:
                rest = [other for other in selected if other != value]
                among = index.any_of(facet.name, rest) & pages if rest else pages
                self.totals_without[(facet.name, value)] = among.bit_count()
        if not chosen:
            return ordered_ids, counts
        wanted = matched
        for bits in chosen.values():
            wanted &= bits
        return index.keep(ordered_ids, wanted), counts

    def _load(self, ids: Sequence[int]) -> list[ParticipationModelPage]:
        """The pages of one result page, in order, without their long texts (one query)."""
        pages = ParticipationModelPage.objects.filter(pk__in=ids).defer(*LONG_FIELDS)
        by_id = {page.pk: page for page in pages}
        return [by_id[pk] for pk in ids if pk in by_id]

    def _card_tags(
        self, pages: Sequence[ParticipationModelPage]
    ) -> dict[int, dict[str, list[Option]]]:
        """Each page's principles, phases, target groups and stage, from the facet index."""
        by_term = {(n, o.term_id): o for n, options in self.options.items() for o in options}
        tags: dict[int, dict[str, list[Option]]] = {}
        for page in pages:
            tags[page.pk] = {name: [] for name in card_facets()}
            for name, term_id in self.facet_index.page_terms.get(page.pk, ()):
                if name in tags[page.pk] and (name, term_id) in by_term:
                    tags[page.pk][name].append(by_term[(name, term_id)])
        for page_tags in tags.values():
            for options in page_tags.values():
                options.sort(key=lambda option: option.position)
        return tags

    def run(self) -> SearchResults:
        kept, counts = self._filter_and_count(self._ordered_ids())
        page = Paginator(kept, PAGE_SIZE).get_page(self.params.page)
        pages = self._load(list(page.object_list)) if kept else []
        tags = self._card_tags(pages)
        hits = [self._hit(p, tags.get(p.pk, {})) for p in pages]
        return SearchResults(
            params=self.params,
            total=len(kept),
            page=page,
            hits=hits,
            facets=self._facet_results(counts),
            chips=self._chips(),
            sorts=[
                (key, label) for key, label in SORTS.items() if key != "relevance" or self.params.q
            ],
            corrected_query=self.query.corrected(self.params.q),
            exact_url=self.params.url(exact=True) if self.query.corrections else "",
            suggestions=self._suggestions() if not kept and self.params.q else [],
        )

    def _suggestions(self) -> list[Suggestion]:
        """Classification values whose label shares a term with the query and that some
        visible model has, each a link to the catalogue filtered by it alone (for a search
        that found nothing). One query: the visible models."""
        visible = self.facet_index.bitset(self.visible.values_list("pk", flat=True))
        found = []
        for facet in self.facets:
            if facet in FIXED_FACETS:
                continue
            for option in self.options[facet.name]:
                label_terms = {
                    term
                    for word in words(option.label)
                    for term in query_alternatives(word, self.language)
                }
                has_models = self.facet_index.count(facet.name, option.term_id, among=visible)
                if label_terms & self.query_terms and has_models:
                    url = self.params.url(q="", selected={facet.name: (option.value,)})
                    found.append(Suggestion(facet.label, option.label, url))
        return found[:MAX_SUGGESTIONS]

    def _hit(self, page: ParticipationModelPage, tags: dict[str, list[Option]]) -> Hit:
        language = self._text_language(page)
        if language == self.language:
            return Hit(page, highlight(page.lead, self.query_terms, language), tags)
        terms = self.fallback_terms if language == settings.LANGUAGE_CODE else set()
        return Hit(page, highlight(page.lead, terms, language), tags, other_language=language)

    def _text_language(self, page: ParticipationModelPage) -> str:
        """The language a card's text is in: the catalogue's for its own pages, except
        an alias, which shows its original's text; Finnish for the fallbacks."""
        if page.alias_of_id:
            return page.original_language or settings.LANGUAGE_CODE
        return self.language if page.locale_id == self.locale_id else settings.LANGUAGE_CODE

    def _facet_results(self, counts: Counts) -> list[FacetResult]:
        results = []
        for facet in self.facets:
            if facet is LANGUAGE_FACET and not self.fallback_locale_id:
                continue  # one language only: nothing to choose
            selected = set(self.selected_ids.get(facet.name, ()))
            options = []
            for option in self.options[facet.name]:
                count = counts.get((facet.name, option.term_id), 0)
                options.append(replace(option, count=count, selected=option.term_id in selected))
            if options:
                results.append(FacetResult(facet.name, facet.label, options))
        return results

    def _chips(self) -> list[Chip]:
        chips: list[Chip] = []
        for name, slugs in self.params.selected.items():
            facet = self.facets_by_name[name]
            labels = {o.value: o.label for o in self.options[name]}
            ids = {o.value: o.term_id for o in self.options[name]}
            for slug in slugs:
                remaining = {**self.params.selected, name: tuple(s for s in slugs if s != slug)}
                url = self.params.url(selected=remaining)
                total = self.totals_without.get((name, ids[slug]), 0)
                chips.append(Chip(facet.label, labels[slug], url, total))
        return chips

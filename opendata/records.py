"""The catalogue as open data: one record (a plain dict, JSON-ready) per participation model,
exactly as an anonymous visitor of one language's catalogue sees it.

Which models, in which order, comes from the catalogue's own search (search.engine's
CatalogueSearch with the URL parameters of the catalogue), so the API, the downloads and
"Download the results" list the very models the catalogue page lists: live, public, of the
language, plus the Finnish models not yet translated into it. The records are then built
in a constant number of queries per batch, whatever the number of models:

- the pages (1), their classifications (1: the facets' link rows, labelled from the
  search's own facet options), published evaluations (1), developers (1), the labels of
  developer organisations and promising-practice criteria (1 each), related-model picks
  (1) and every live public page sharing a translation key with them (1: translations
  and the related models in the reader's language).
"""

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, QueryDict
from django.utils import translation
from django.utils.html import strip_tags
from wagtail.documents import get_document_model
from wagtail.models import Locale
from wagtail.rich_text import expand_db_html

from core.public_url import public_url
from core.visibility import private_pages_q
from models_library.blocks import ACTOR_CHOICES
from models_library.classification import CLASSIFICATIONS
from models_library.models import (
    DeveloperOrganisation,
    Evaluation,
    ModelDeveloper,
    ParticipationModelPage,
    RelatedModel,
)
from models_library.models.evaluation import (
    AREAS,
    CriterionStatus,
    EvidenceLevel,
    PromisingPracticeCriterion,
    Rating,
)
from models_library.models.pages import RICH_TEXT_FIELDS
from search import params as search_params
from search.engine import CatalogueSearch, SearchResults
from search.facets import vocabulary_facets

LICENCE = {
    "id": "CC-BY-4.0",
    "name": "Creative Commons Attribution 4.0 International (CC BY 4.0)",
    "url": "https://creativecommons.org/licenses/by/4.0/",
    "attribution": "Palaset",
}
LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)
BATCH = 500  # pages per round of queries when exporting everything
# A record's top-level fields, in order; `fields=` chooses among them ("id" always comes).
FIELDS = (
    "id",
    "page_id",
    "url",
    "language",
    "original_language",
    "is_translation",
    "title",
    "lead",
    *RICH_TEXT_FIELDS,
    "implementation",
    "roles",
    "implemented_where",
    "contact",
    "links",
    "project",
    "classifications",
    "developers",
    "evaluations",
    "translations",
    "related_models",
    "first_published_at",
    "last_published_at",
)
# Fields that cost a query each to fill: left out of `fields=`, their query is not made.
COSTLY = {"developers", "evaluations", "translations", "related_models"}
# The page's own scalar fields a record needs (the long texts included).
PAGE_FIELDS = (
    "id",
    "translation_key",
    "locale_id",
    "title",
    "lead",
    "url_path",
    "original_language",
    "implemented_where",
    "contact",
    "project_name",
    "project_start_year",
    "project_end_year",
    "first_published_at",
    "last_published_at",
    "implementation",
    "roles",
    "links",
    *RICH_TEXT_FIELDS,
)


class UnknownLanguage(ValueError):
    pass


@dataclass
class Selection:
    """The models a catalogue search keeps, in the catalogue's order, and the term labels
    of the language (term id → (slug, label) per facet)."""

    language: str
    ids: list[int]
    terms: dict[str, dict[int, tuple[str, str]]] = field(default_factory=dict)
    results: SearchResults | None = None
    # {locale id: language code} of every locale (a handful; read with the selection).
    locales: dict[int, str] = field(default_factory=dict)


def all_locales() -> dict[int, str]:
    """{locale id: language code} (1 query)."""
    return dict(Locale.objects.values_list("pk", "language_code"))


def search_params_from(query: QueryDict) -> search_params.SearchParams:
    """The catalogue's parameters (q, sort, facets) from a query string; paging is ours."""
    query = query.copy()
    for name in ("page", search_params.SORTED_FOR):
        query.pop(name, None)
    return search_params.parse(query)


def select(
    language: str, params: search_params.SearchParams, request: HttpRequest | None = None
) -> Selection:
    """The models the catalogue of `language` lists for `params` (the catalogue's search:
    a handful of queries, see search/engine.py). Raises UnknownLanguage for a language the
    site does not have and search.backends.SearchUnavailable when the search server is down."""
    if language not in LANGUAGES:
        raise UnknownLanguage(language)
    codes = all_locales()
    locales = {code: pk for pk, code in codes.items()}
    if language not in locales:
        return Selection(language, [], locales=codes)
    fallback = locales.get(settings.LANGUAGE_CODE) if language != settings.LANGUAGE_CODE else None
    with translation.override(language):
        search = CatalogueSearch(
            params, locales[language], language, private_pages_q(request), fallback_locale=fallback
        )
        results = search.run()
    terms: dict[str, dict[int, tuple[str, str]]] = {}
    for facet in results.facets:
        terms[facet.name] = {
            option.term_id: (option.value, option.label)
            for option in facet.options
            if isinstance(option.term_id, int)
        }
    ids = list(results.page.paginator.object_list) if results.total else []
    return Selection(language, ids, terms, results, codes)


def page_of(ids: Sequence[int], number: int, size: int) -> tuple[list[int], int]:
    """One page of ids and the number of pages (a number past the end: ValueError)."""
    paginator = Paginator(ids, size, allow_empty_first_page=True)
    if number < 1 or number > paginator.num_pages:
        raise ValueError(number)
    return list(paginator.page(number).object_list), paginator.num_pages


def _names(model: Any, ids: Iterable[int], language: str) -> dict[int, dict[str, Any]]:
    """{canonical term id: its slug, label in `language`, and the term} for terms of one
    vocabulary (1 query: the terms and their translations into `language`)."""
    ids = set(ids)
    if not ids:
        return {}
    keys = model.objects.filter(pk__in=ids).values("translation_key")
    rows = model.objects.filter(
        Q(pk__in=ids) | Q(translation_key__in=keys, locale__language_code=language)
    ).select_related("locale")
    translated = {r.translation_key: r.name for r in rows if r.locale.language_code == language}
    return {
        r.pk: {"slug": r.slug, "label": translated.get(r.translation_key, r.name), "term": r}
        for r in rows
        if r.pk in ids
    }


def _rich(html: str) -> str:
    return expand_db_html(html) if html else ""


class RecordBuilder:
    """Builds the records of some models of one selection (a constant number of queries
    per call, see the module's docstring)."""

    def __init__(
        self, selection: Selection, request: HttpRequest | None = None, fields: Iterable[str] = ()
    ) -> None:
        self.selection = selection
        self.language = selection.language
        self.request = request
        self.fields = tuple(fields) or FIELDS
        self.private_q = private_pages_q(request)
        self.actors = dict(ACTOR_CHOICES)

    def build(self, ids: Sequence[int]) -> list[dict[str, Any]]:
        with translation.override(self.language):
            records: list[dict[str, Any]] = []
            for start in range(0, len(ids), BATCH):
                records += self._batch(list(ids[start : start + BATCH]))
            return records

    def _batch(self, ids: list[int]) -> list[dict[str, Any]]:
        pages = ParticipationModelPage.objects.filter(pk__in=ids).only(*PAGE_FIELDS)
        by_id = {page.pk: page for page in pages}
        pages = [by_id[pk] for pk in ids if pk in by_id]
        wanted = set(self.fields)
        terms = self._classifications(ids) if "classifications" in wanted else {}
        # Developers and evaluators are both developer organisations: one label query.
        evaluation_rows = self._evaluation_rows(ids) if "evaluations" in wanted else []
        developer_rows = self._developer_rows(ids) if "developers" in wanted else []
        organisations = _names(
            DeveloperOrganisation,
            [row[1] for row in developer_rows]
            + [e.evaluator_id for e in evaluation_rows if e.evaluator_id],
            self.language,
        )
        evaluations = self._evaluations(evaluation_rows, organisations)
        developers = self._developers(developer_rows, organisations)
        linked = self._linked(pages, wanted)
        documents = self._documents(pages) if "links" in wanted else {}
        records = []
        for page in pages:
            full = {
                "id": str(page.translation_key),
                "page_id": page.pk,
                "url": self._url(page),
                "language": self._language(page),
                "original_language": page.original_language or None,
                "is_translation": bool(page.original_language)
                and page.original_language != self._language(page),
                "title": page.title,
                "lead": page.lead,
                **{name: _rich(getattr(page, name)) for name in RICH_TEXT_FIELDS},
                "implementation": [
                    {
                        "title": b["value"].get("title", ""),
                        "description": b["value"].get("description", ""),
                    }
                    for b in page.implementation.raw_data
                ],
                "roles": [
                    {
                        "actor": b["value"].get("actor", ""),
                        "actor_label": str(self.actors.get(b["value"].get("actor", ""), "")),
                        "contribution": b["value"].get("contribution", ""),
                    }
                    for b in page.roles.raw_data
                ],
                "implemented_where": page.implemented_where,
                "contact": page.contact,
                "links": self._links(page, documents) if "links" in wanted else [],
                "project": {
                    "name": page.project_name,
                    "start_year": page.project_start_year,
                    "end_year": page.project_end_year,
                },
                "classifications": terms.get(page.pk, self._empty_classifications()),
                "developers": developers.get(page.pk, []),
                "evaluations": evaluations.get(page.pk, []),
                "translations": linked["translations"].get(page.pk, []),
                "related_models": linked["related"].get(page.pk, []),
                "first_published_at": _iso(page.first_published_at),
                "last_published_at": _iso(page.last_published_at),
            }
            records.append({name: full[name] for name in FIELDS if name in wanted or name == "id"})
        return records

    def _language(self, page: ParticipationModelPage) -> str:
        return self.selection.locales[page.locale_id]

    def _url(self, page: Any) -> str:
        return page.get_full_url(self.request) or ""

    def _empty_classifications(self) -> dict[str, Any]:
        return {c.relation: ([] if c.many else None) for c in CLASSIFICATIONS}

    def _classifications(self, ids: list[int]) -> dict[int, dict[str, Any]]:
        """Each page's terms per classification, as (slug, label) in the language (1 query:
        the facets' link rows; labels from the search's facet options)."""
        facets = vocabulary_facets()
        by_name = {facet.name: facet.relation for facet in facets}
        many = {c.relation: c.many for c in CLASSIFICATIONS}
        parts = [facet.links_for(ids) for facet in facets]
        result: dict[int, dict[str, Any]] = {}
        positions: dict[tuple[str, int], int] = {}
        for name, options in self.selection.terms.items():
            for position, term_id in enumerate(options):
                positions[(name, term_id)] = position
        rows = sorted(
            parts[0].union(*parts[1:], all=True),
            key=lambda row: positions.get((row[0], row[2]), 0),
        )
        for name, page_id, term_id in rows:
            slug_label = self.selection.terms.get(name, {}).get(term_id)
            if slug_label is None:
                continue
            record = result.setdefault(page_id, self._empty_classifications())
            term = {"slug": slug_label[0], "label": slug_label[1]}
            relation = by_name[name]
            if many[relation]:
                record[relation].append(term)
            else:
                record[relation] = term
        return result

    def _evaluation_rows(self, ids: list[int]) -> list[Evaluation]:
        """Published evaluations, newest first (1 query)."""
        return list(
            Evaluation.objects.filter(page_id__in=ids, status=Evaluation.Status.PUBLISHED)
            .select_related("report_document")
            .order_by("page_id", "-date", "-pk")
        )

    def _evaluations(
        self, rows: list[Evaluation], evaluators: dict[int, dict[str, Any]]
    ) -> dict[int, list[dict[str, Any]]]:
        """Each page's evaluations (1 query for the criteria's labels)."""
        criteria_ids = {
            block["value"].get("criterion")
            for evaluation in rows
            for block in evaluation.criteria.raw_data
        }
        criteria = _names(PromisingPracticeCriterion, [i for i in criteria_ids if i], self.language)
        ratings, statuses = dict(Rating.choices), dict(CriterionStatus.choices)
        evidence, bases = dict(EvidenceLevel.choices), dict(Evaluation.Basis.choices)
        result: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for e in rows:
            evaluator = evaluators.get(e.evaluator_id) if e.evaluator_id else None
            result[e.page_id].append(
                {
                    "date": e.date.isoformat(),
                    "basis": e.basis,
                    "basis_label": str(bases.get(e.basis, "")),
                    "evaluator": (
                        {"slug": evaluator["slug"], "label": evaluator["label"]}
                        if evaluator
                        else None
                    ),
                    "areas": [
                        {
                            "area": prefix,
                            "label": str(label),
                            "rating": getattr(e, f"{prefix}_rating") or None,
                            "rating_label": str(ratings.get(getattr(e, f"{prefix}_rating"), "")),
                            "justification": getattr(e, f"{prefix}_justification"),
                        }
                        for prefix, label, _description in AREAS
                    ],
                    "criteria": [
                        {
                            "slug": criteria[c]["slug"],
                            "label": criteria[c]["label"],
                            "status": block["value"].get("status", ""),
                            "status_label": str(statuses.get(block["value"].get("status"), "")),
                        }
                        for block in e.criteria.raw_data
                        if (c := block["value"].get("criterion")) in criteria
                    ],
                    "strengths": e.strengths,
                    "development_needs": e.development_needs,
                    "transfer_conditions": e.transfer_conditions,
                    "evidence_level": e.evidence_level or None,
                    "evidence_label": str(evidence.get(e.evidence_level, "")),
                    "report_url": e.report_url
                    or (public_url(e.report_document.url) if e.report_document else ""),
                    "illustrative": e.illustrative,
                }
            )
        return result

    def _developer_rows(self, ids: list[int]) -> list[tuple[int, int, str]]:
        """(page id, organisation id, role) in the editor's order (1 query)."""
        return list(
            ModelDeveloper.objects.filter(page_id__in=ids)
            .order_by("page_id", "sort_order", "pk")
            .values_list("page_id", "organisation_id", "role")
        )

    def _developers(
        self, rows: list[tuple[int, int, str]], names: dict[int, dict[str, Any]]
    ) -> dict[int, list[dict[str, Any]]]:
        roles = dict(ModelDeveloper.Role.choices)
        types = dict(DeveloperOrganisation.Type.choices)
        result: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for page_id, organisation_id, role in rows:
            name = names.get(organisation_id)
            if name is None:
                continue
            result[page_id].append(
                {
                    "slug": name["slug"],
                    "label": name["label"],
                    "type": name["term"].org_type,
                    "type_label": str(types.get(name["term"].org_type, "")),
                    "role": role,
                    "role_label": str(roles.get(role, "")),
                }
            )
        return result

    def _linked(self, pages: list[Any], wanted: set[str]) -> dict[str, dict[int, list]]:
        """Each page's live public translations and the editor's related picks that a
        visitor may see, in the reader's language where it has a translation (2 queries)."""
        linked: dict[str, dict[int, list]] = {"translations": {}, "related": {}}
        if not wanted & {"translations", "related_models"} or not pages:
            return linked
        picks: list[tuple[int, int, Any]] = []
        if "related_models" in wanted:
            picks = list(
                RelatedModel.objects.filter(page_id__in=[p.pk for p in pages])
                .order_by("page_id", "sort_order", "pk")
                .values_list("page_id", "model_id", "model__translation_key")
            )
        keys = {p.translation_key for p in pages} | {key for _p, _m, key in picks}
        visible = list(
            ParticipationModelPage.objects.live()
            .exclude(self.private_q)
            .filter(translation_key__in=keys)
            .only("id", "title", "url_path", "translation_key", "locale_id")
        )
        by_key: dict[Any, list[Any]] = defaultdict(list)
        for other in visible:
            by_key[other.translation_key].append(other)
        for page in pages:
            linked["translations"][page.pk] = [
                {"language": self._language(o), "title": o.title, "url": self._url(o)}
                for o in sorted(by_key[page.translation_key], key=lambda o: o.locale_id)
                if o.pk != page.pk
            ]
        reader_locale = next(
            (pk for pk, code in self.selection.locales.items() if code == self.language), None
        )
        for page_id, model_id, key in picks:
            candidates = by_key.get(key, [])
            chosen = next((o for o in candidates if o.locale_id == reader_locale), None)
            chosen = chosen or next((o for o in candidates if o.pk == model_id), None)
            if chosen is not None:
                linked["related"].setdefault(page_id, []).append(
                    {
                        "id": str(chosen.translation_key),
                        "title": chosen.title,
                        "language": self._language(chosen),
                        "url": self._url(chosen),
                    }
                )
        return linked

    def _documents(self, pages: list[Any]) -> dict[int, Any]:
        ids = {
            b["value"].get("document")
            for page in pages
            for b in page.links.raw_data
            if b["type"] == "attachment"
        }
        ids.discard(None)
        if not ids:
            return {}
        return get_document_model().objects.in_bulk(ids)

    def _links(self, page: Any, documents: dict[int, Any]) -> list[dict[str, str]]:
        links = []
        for block in page.links.raw_data:
            value = block["value"]
            if block["type"] == "link":
                links.append({"title": value.get("title", ""), "url": value.get("url", "")})
            elif (document := documents.get(value.get("document"))) is not None:
                links.append({"title": value.get("title", ""), "url": public_url(document.url)})
        return links


def _iso(value: Any) -> str | None:
    return value.isoformat() if value else None


def plain_text(html: str) -> str:
    """A rich text's words without its markup (for CSV cells)."""
    return " ".join(strip_tags(html).split())


def vocabularies(language: str) -> list[dict[str, Any]]:
    """Every classification's vocabulary: its terms (canonical slugs) labelled in
    `language`, with description and YSO URI (2 queries per vocabulary)."""
    result = []
    with translation.override(language):
        for c in CLASSIFICATIONS:
            model: Any = c.model  # a Vocabulary
            canonical = list(model.objects.filter(locale__language_code=settings.LANGUAGE_CODE))
            translated = {}
            if language != settings.LANGUAGE_CODE:
                translated = {
                    t.translation_key: t
                    for t in model.objects.filter(
                        locale__language_code=language,
                        translation_key__in=[t.translation_key for t in canonical],
                    )
                }
            result.append(
                {
                    "classification": c.relation,
                    "parameter": c.param,
                    "label": str(c.heading),
                    "many": c.many,
                    "terms": [
                        {
                            "slug": term.slug,
                            "label": translated.get(term.translation_key, term).name,
                            "description": translated.get(term.translation_key, term).description,
                            "yso_uri": term.yso_uri or None,
                            "sort_order": term.sort_order,
                        }
                        for term in canonical
                    ],
                }
            )
    return result

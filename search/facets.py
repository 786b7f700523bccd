"""Facet declarations. Vocabulary facets come from the classification registry
(models_library/classification.py: an entry with a `param` is a facet); evaluation facets are
one line each in EVALUATION_FACETS.

Each facet knows its URL parameter, the page relation it reads and how to list its
(page, value) links for the facet index; the engine does the rest (selections with OR
inside a facet and AND across facets, disjunctive counts, chips, URLs, labels) the same
way for every facet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any, cast

from django.conf import settings
from django.db.models import F, QuerySet, Value
from django.db.models.fields.related import RelatedField
from django.db.models.fields.reverse_related import ManyToManyRel
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from models_library import classification
from models_library.models import Evaluation, ParticipationModelPage
from models_library.models.evaluation import AREAS, EvidenceLevel, Rating
from models_library.models.taxonomy import Vocabulary

# A label: a text, or a translation looked up when it is shown (gettext_lazy).
Label = str | Promise
# What the facet index stores for a page: a vocabulary term's id, or a fixed facet's value.
FacetValue = int | str


@dataclass(frozen=True)
class VocabularyFacet:
    """A facet over a vocabulary relation (many-to-many, or a foreign key such as stage)."""

    name: str
    relation: str
    label: Label

    @cached_property
    def field(self) -> RelatedField[Any, Any]:
        # The registry's relations are many-to-many fields or foreign keys.
        return cast("RelatedField[Any, Any]", ParticipationModelPage._meta.get_field(self.relation))

    @property
    def vocabulary(self) -> type[Vocabulary]:
        return cast(type[Vocabulary], self.field.related_model)

    @property
    def is_many(self) -> bool:
        return bool(self.field.many_to_many)

    def _links(self) -> QuerySet[Any]:
        """(page id, term id) pairs of the relation, as columns `link_page` and `link_term`."""
        if self.is_many:
            # The relation's auto-created model: its manager is made at run time.
            through: Any = cast(ManyToManyRel, self.field.remote_field).through
            page_column = f"{ParticipationModelPage._meta.model_name}_id"
            term_column = f"{self.vocabulary._meta.model_name}_id"
            return through.objects.annotate(link_page=F(page_column), link_term=F(term_column))
        return ParticipationModelPage.objects.filter(
            **{f"{self.relation}__isnull": False}
        ).annotate(link_page=F("pk"), link_term=F(f"{self.relation}_id"))

    def links_for(
        self, page_ids: Iterable[int] | None = None
    ) -> QuerySet[Any, tuple[str, int, int]]:
        """Rows (facet name, page id, term id) of some pages, or of every page (None)."""
        links = self._links() if page_ids is None else self._links().filter(link_page__in=page_ids)
        return (
            links.annotate(facet=Value(self.name))
            .values_list("facet", "link_page", "link_term")
            .order_by()
        )


@dataclass(frozen=True)
class EvaluationFacet:
    """A facet over the latest published evaluation of each model, with fixed values.

    `value` reads the facet's value from an evaluation; `missing` is the value of a model
    without a published evaluation (None: such a model has no value)."""

    name: str
    label: Label
    choices: tuple[tuple[str, Label], ...]  # ((value, label), ...) in display order
    value: Callable[[Evaluation], str | None]  # Evaluation → value or None
    missing: str | None = None

    def links(self, latest_by_page: Mapping[int, Evaluation]) -> Iterator[tuple[str, int, str]]:
        """(facet name, page id, value) rows, from {page id: latest evaluation}."""
        for page_id, evaluation in latest_by_page.items():
            value = self.value(evaluation)
            if value:
                yield (self.name, page_id, value)


def latest_evaluations() -> dict[int, Evaluation]:
    """{page id: its latest published evaluation} over the whole catalogue (1 query)."""
    latest: dict[int, Evaluation] = {}
    published = Evaluation.objects.filter(status=Evaluation.Status.PUBLISHED).only(
        "page_id",
        "date",
        "evidence_level",
        "own_life_rating",
        "community_rating",
        "common_good_rating",
    )
    for evaluation in published.order_by("page_id", "date", "pk"):
        latest[evaluation.page_id] = evaluation
    return latest


def _area_facet(prefix: str, label: Label) -> EvaluationFacet:
    return EvaluationFacet(
        f"{prefix}_rating", label, tuple(Rating.choices), lambda e: getattr(e, f"{prefix}_rating")
    )


def vocabulary_facets() -> tuple[VocabularyFacet, ...]:
    """The facets of the classification registry, in its order (read at call time)."""
    return tuple(
        # facets() are the entries with a param, and each of them has a facet_label.
        VocabularyFacet(cast(str, c.param), c.relation, cast(Promise, c.facet_label))
        for c in classification.facets()
    )


EVALUATION_FACETS = (
    EvaluationFacet(
        "evaluated",
        _("Evaluated"),
        (("yes", _("Evaluated")), ("no", _("Not evaluated"))),
        lambda evaluation: "yes",
        missing="no",
    ),
    EvaluationFacet(
        "evidence", _("Evidence level"), tuple(EvidenceLevel.choices), lambda e: e.evidence_level
    ),
    *(_area_facet(prefix, label) for prefix, label, _description in AREAS),
)


@dataclass(frozen=True)
class LanguageFacet:
    """The language a model's description is written in. In the Swedish and English
    catalogues, models not yet translated appear in Finnish; this facet filters them."""

    name: str
    label: Label

    @property
    def choices(self) -> tuple[tuple[str, Label], ...]:
        return tuple(
            (code, settings.LANGUAGE_NAMES_IN_ENGLISH[code]) for code, _n in settings.LANGUAGES
        )

    def links(self) -> Iterator[tuple[str, int, str]]:
        """(facet name, page id, language code) for every model (1 query)."""
        pages = ParticipationModelPage.objects.values_list("pk", "locale__language_code")
        return ((self.name, page_id, code) for page_id, code in pages)


LANGUAGE_FACET = LanguageFacet("language", _("Language of the description"))
FIXED_FACETS: tuple[EvaluationFacet | LanguageFacet, ...] = (*EVALUATION_FACETS, LANGUAGE_FACET)


Facet = VocabularyFacet | EvaluationFacet | LanguageFacet


def all_facets() -> tuple[Facet, ...]:
    """Every facet in the order the catalogue lists them: vocabularies, then the rest."""
    return vocabulary_facets() + FIXED_FACETS


def card_facets() -> tuple[str, ...]:
    """What a result card shows besides the title and lead."""
    on_card = (c.param for c in classification.chosen("on_card") if c.param)
    return (*on_card, "evidence", "evaluated")

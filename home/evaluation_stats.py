"""Figures for the evaluation overview page, counted like the catalogue's facets.

The numbers come from the same facet index the catalogue counts with, over the same
live, public models, so every figure equals what its link shows in the catalogue. The
index is read through its API (search/facet_index.py) and the links are built with
`search.params.catalogue_url`, so no facet's URL parameter is spelled here twice.
"""

from dataclasses import dataclass

from core.visibility import private_pages_q
from models_library.catalogue import catalogue_page
from models_library.models import GovernancePrinciple, ParticipationModelPage
from models_library.models.evaluation import AREAS, EvidenceLevel, Rating
from models_library.vocabulary import localized_terms
from search.facet_index import current_index
from search.params import catalogue_url


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    percent: int
    url: str


@dataclass(frozen=True)
class HeatCell:
    count: int
    evaluated: int
    level: int  # 0–4, for shading; the number is always shown
    url: str


def evaluation_overview(locale, request=None):
    index = current_index()
    visible = (
        ParticipationModelPage.objects.live()
        .filter(locale=locale)
        .exclude(private_pages_q(request))
        .values_list("pk", flat=True)
    )
    pages = index.bitset(list(visible))
    evaluated = index.having("evaluated", "yes", among=pages)
    catalogue = catalogue_page(locale)
    base_url = catalogue.url if catalogue else ""
    total, n_evaluated = pages.bit_count(), evaluated.bit_count()
    evidence = [
        Bar(
            label,
            count := index.count("evidence", value, among=evaluated),
            round(100 * count / n_evaluated) if n_evaluated else 0,
            catalogue_url(base_url, evidence=value),
        )
        for value, label in EvidenceLevel.choices
    ]
    principles = localized_terms(GovernancePrinciple)
    heat_rows = []
    for principle in principles:
        with_principle = index.having("principle", principle.pk, among=evaluated)
        of = with_principle.bit_count()
        cells = []
        for prefix, _label, _description in AREAS:
            rating = f"{prefix}_rating"
            count = index.count(rating, Rating.CLEARLY, among=with_principle)
            url = catalogue_url(base_url, principle=principle.slug, **{rating: Rating.CLEARLY})
            cells.append(HeatCell(count, of, round(4 * count / of) if of else 0, url))
        heat_rows.append((principle, cells))
    return {
        "total": total,
        "evaluated": n_evaluated,
        "evaluated_url": catalogue_url(base_url, evaluated="yes"),
        "not_evaluated_url": catalogue_url(base_url, evaluated="no"),
        "evidence": evidence,
        "areas": [label for _prefix, label, _description in AREAS],
        "heat_rows": heat_rows,
    }

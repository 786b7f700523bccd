"""Figures for the evaluation overview page, counted like the catalogue's facets.

The numbers come from the same facet index the catalogue counts with, over the same
live, public models, so every figure equals what its link shows in the catalogue.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from models_library.models.evaluation import AREAS, EvidenceLevel, Rating


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


def _url(base_url, **params):
    return f"{base_url}?{urlencode(params)}"


def evaluation_overview(locale, request=None):
    from home.visibility import private_pages_q
    from models_library.models import (
        GovernancePrinciple,
        ModelLibraryIndexPage,
        ParticipationModelPage,
    )
    from models_library.vocabulary import localized_terms
    from search.facet_index import current_index

    index = current_index()
    visible = (
        ParticipationModelPage.objects.live()
        .filter(locale=locale)
        .exclude(private_pages_q(request))
        .values_list("pk", flat=True)
    )
    pages = index.bitset(list(visible))
    evaluated = pages & index.bits.get(("evaluated", "yes"), 0)
    catalogue = ModelLibraryIndexPage.objects.live().filter(locale=locale).first()
    base_url = catalogue.url if catalogue else ""
    total, n_evaluated = pages.bit_count(), evaluated.bit_count()
    evidence = [
        Bar(
            label,
            count := (evaluated & index.bits.get(("evidence", value), 0)).bit_count(),
            round(100 * count / n_evaluated) if n_evaluated else 0,
            _url(base_url, evidence=value),
        )
        for value, label in EvidenceLevel.choices
    ]
    principles = localized_terms(GovernancePrinciple)
    heat_rows = []
    for principle in principles:
        with_principle = evaluated & index.bits.get(("principle", principle.pk), 0)
        cells = []
        for prefix, _label, _description in AREAS:
            clearly = with_principle & index.bits.get((f"{prefix}_rating", Rating.CLEARLY), 0)
            count, of = clearly.bit_count(), with_principle.bit_count()
            params = {"principle": principle.slug, f"{prefix}_rating": Rating.CLEARLY.value}
            cells.append(
                HeatCell(count, of, round(4 * count / of) if of else 0, _url(base_url, **params))
            )
        heat_rows.append((principle, cells))
    return {
        "total": total,
        "evaluated": n_evaluated,
        "evaluated_url": _url(base_url, evaluated="yes"),
        "not_evaluated_url": _url(base_url, evaluated="no"),
        "evidence": evidence,
        "areas": [label for _prefix, label, _description in AREAS],
        "heat_rows": heat_rows,
    }

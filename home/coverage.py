"""The principle × service phase matrix of the governance model page."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Count


@dataclass(frozen=True)
class MatrixCell:
    phase: object
    count: int
    url: str


def principle_phase_matrix(locale, request=None):
    """Rows of (principle, cells); each cell counts live public models tagged with both
    and links to the catalogue filtered by that pair. A constant 5 queries."""
    from models_library.listing import public_models
    from models_library.models import GovernancePrinciple, ModelLibraryIndexPage, ServicePhase
    from models_library.vocabulary import localized_terms

    principles = localized_terms(GovernancePrinciple)
    phases = localized_terms(ServicePhase)
    counts = {
        (row["principles"], row["service_phases"]): row["n"]
        for row in public_models(locale, request)
        .prefetch_related(None)
        .filter(principles__isnull=False, service_phases__isnull=False)
        .values("principles", "service_phases")
        .annotate(n=Count("pk", distinct=True))
        .order_by()
    }
    catalogue = ModelLibraryIndexPage.objects.live().filter(locale=locale).first()
    base_url = catalogue.url if catalogue else ""
    return {
        "phases": phases,
        "rows": [
            (principle, [_cell(principle, phase, counts, base_url) for phase in phases])
            for principle in principles
        ],
    }


def _cell(principle, phase, counts, base_url):
    query = urlencode({"principle": principle.slug, "service_phase": phase.slug})
    return MatrixCell(phase, counts.get((principle.pk, phase.pk), 0), f"{base_url}?{query}")

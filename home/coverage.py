"""The principle × service phase matrix of the governance model page: live public models
counted by the shared builder (models_library/matrix.py)."""

from models_library.catalogue import catalogue_page
from models_library.listing import public_models
from models_library.matrix import count_pairs
from models_library.matrix import principle_phase_matrix as build_matrix
from search.params import catalogue_url


def principle_phase_matrix(locale, request=None):
    """Rows of (principle, cells); each cell counts live public models tagged with both
    and links to the catalogue filtered by that pair. A constant number of queries."""
    counts = count_pairs(
        public_models(locale, request)
        .prefetch_related(None)
        .filter(principles__isnull=False, service_phases__isnull=False),
        "principles",
        "service_phases",
    )
    catalogue = catalogue_page(locale)
    base_url = catalogue.url if catalogue else ""

    def cell_url(principle, phase):
        return catalogue_url(base_url, principle=principle.slug, service_phase=phase.slug)

    return build_matrix(counts, cell_url)

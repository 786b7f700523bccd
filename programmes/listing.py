"""Programme items as pages show them, in a constant number of queries."""

from models_library.models import GovernancePrinciple, ServicePhase
from models_library.vocabulary import localized_terms


def load_items(programme, request=None):
    """The programme's items in order, each with `principle_terms`, `phase_terms` (labelled in
    the reader's language) and `url` (empty once the model is no longer published)."""
    items = list(
        programme.items.select_related("page", "updated_by").prefetch_related(
            "principles", "service_phases"
        )
    )
    principles = {term.pk: term for term in localized_terms(GovernancePrinciple)}
    phases = {term.pk: term for term in localized_terms(ServicePhase)}
    for item in items:
        item.principle_terms = _labelled(item.principles.all(), principles)
        item.phase_terms = _labelled(item.service_phases.all(), phases)
        item.url = item.page.get_url(request) if item.page_is_available else ""
    return items


def _labelled(terms, labelled_by_pk):
    found = [labelled_by_pk.get(term.pk) for term in terms]
    return sorted((t for t in found if t), key=lambda term: (term.sort_order, term.label))

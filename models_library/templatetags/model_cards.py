"""What the one model card (site/templates/includes/model_card.html) shows, from a page."""

from django import template

from models_library.classification import card_rows, terms_of

register = template.Library()


@register.filter
def page_card(model):
    """The card of a model page from a listing that prefetched its tags (home page)."""
    evaluation = model.latest_evaluation
    return {
        "page": model,
        "lead": model.lead,
        "evaluated": bool(evaluation),
        "evidence": evaluation.get_evidence_level_display()
        if evaluation and evaluation.evidence_level
        else "",
        "classifications": card_rows(lambda c: _labels(terms_of(model, c))),
    }


def _labels(terms):
    """Each term's label in the reader's language, where attached, else its name."""
    return [getattr(term, "label", "") or term.name for term in terms]

"""Queries behind catalogue listings: live, public pages of one language, prefetched."""

from core.visibility import private_pages_q
from models_library.classification import chosen, relations, terms_of
from models_library.models import ParticipationModelPage
from models_library.vocabulary import attach_labels

# What a card shows: the classifications marked for cards, and the evaluation badge.
LISTING_RELATIONS = (*relations("on_card", many_only=True), "evaluations")
CARD_FOREIGN_KEYS = tuple(c.relation for c in chosen("on_card") if not c.many)


def public_models(locale, request=None):
    """Models an anonymous visitor may see, with what a listing card shows prefetched.
    The private-section filter is the request's shared one (one query per request)."""
    return (
        ParticipationModelPage.objects.live()
        .exclude(private_pages_q(request))
        .filter(locale=locale)
        .select_related(*CARD_FOREIGN_KEYS, "cover_image")
        .prefetch_related(*LISTING_RELATIONS)
    )


def newest_models(locale, count, request=None):
    models = list(public_models(locale, request).order_by("-first_published_at", "title")[:count])
    label_listing_terms(models)
    return models


def label_listing_terms(models):
    """Label the prefetched terms a card shows in the reader's language."""
    attach_labels(term for model in models for term in classified_terms(model, "on_card"))


def classified_terms(model, flag=None):
    """The terms of `model` in the classifications with `flag` set."""
    for classification in chosen(flag):
        yield from terms_of(model, classification)

"""Queries behind catalogue listings: live, public pages of one language, prefetched."""

LISTING_RELATIONS = ("principles", "service_phases", "target_groups", "evaluations")


def public_models(locale, request=None):
    """Models an anonymous visitor may see, with what a listing card shows prefetched.
    The private-section filter is the request's shared one (one query per request)."""
    from home.visibility import private_pages_q
    from models_library.models import ParticipationModelPage

    return (
        ParticipationModelPage.objects.live()
        .exclude(private_pages_q(request))
        .filter(locale=locale)
        .select_related("stage", "cover_image")
        .prefetch_related(*LISTING_RELATIONS)
    )


def newest_models(locale, count, request=None):
    models = list(public_models(locale, request).order_by("-first_published_at", "title")[:count])
    label_listing_terms(models)
    return models


def label_listing_terms(models):
    """Label the prefetched terms a card shows in the reader's language."""
    from models_library.vocabulary import attach_labels

    attach_labels(
        term
        for model in models
        for term in (
            model.stage,
            *model.principles.all(),
            *model.service_phases.all(),
            *model.target_groups.all(),
        )
    )

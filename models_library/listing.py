"""Queries behind catalogue listings: live, public pages of one language, prefetched."""

LISTING_RELATIONS = ("principles", "service_phases", "target_groups", "evaluations")


def public_models(locale):
    """Models an anonymous visitor may see, with what a listing card shows prefetched."""
    from models_library.models import ParticipationModelPage

    return (
        ParticipationModelPage.objects.live()
        .public()
        .filter(locale=locale)
        .select_related("stage", "cover_image")
        .prefetch_related(*LISTING_RELATIONS)
    )


def newest_models(locale, count):
    return list(public_models(locale).order_by("-first_published_at", "title")[:count])

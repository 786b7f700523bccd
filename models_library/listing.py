"""Queries behind catalogue listings: live, public pages of one language, prefetched."""

from django.core.paginator import Paginator

PAGE_SIZE = 20
LISTING_RELATIONS = ("principles", "service_phases", "target_groups")


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


def paginate(queryset, page_number, per_page=PAGE_SIZE):
    """A valid page whatever the input: junk gives the first page, too far the last."""
    return Paginator(queryset, per_page).get_page(page_number)


def catalogue_page_context(index_page, request):
    models = public_models(index_page.locale).order_by("title")
    page = paginate(models, request.GET.get("page"))
    return {"models_page": page, "paginator": page.paginator}

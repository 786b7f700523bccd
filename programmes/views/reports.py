"""Read-only views of a programme: coverage, follow-up, CSV and print."""

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.text import slugify

from core.public_url import public_url
from programmes.access import get_programme
from programmes.coverage import programme_coverage
from programmes.export import programme_csv
from programmes.follow_up import follow_up_groups
from programmes.listing import load_items
from programmes.views.common import catalogue_url, private_view


@private_view()
def coverage(request, pk):
    programme = get_programme(request.user, pk)
    return render(
        request,
        "programmes/coverage.html",
        {
            "programme": programme,
            "coverage": programme_coverage(programme, catalogue_url(request)),
        },
    )


@private_view()
def follow_up(request, pk):
    programme = get_programme(request.user, pk)
    today = timezone.localdate()
    return render(
        request,
        "programmes/follow_up.html",
        {
            "programme": programme,
            "groups": follow_up_groups(load_items(programme, request), today),
            "today": today,
        },
    )


@private_view()
def export_csv(request, pk):
    programme = get_programme(request.user, pk)
    items = load_items(programme, request)
    body = programme_csv(programme, items, lambda item: public_url(item.url) if item.url else "")
    response = HttpResponse(body, content_type="text/csv; charset=utf-8")
    filename = f"{slugify(programme.name) or 'programme'}-{programme.pk}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@private_view()
def print_view(request, pk):
    programme = get_programme(request.user, pk)
    return render_print(request, programme)


def render_print(request, programme, shared=False):
    return render(
        request,
        "programmes/programme_print.html",
        {
            "programme": programme,
            "items": load_items(programme, request),
            "coverage": programme_coverage(programme, catalogue_url(request)),
            "shared": shared,
            "printed_at": timezone.localtime(),
        },
    )

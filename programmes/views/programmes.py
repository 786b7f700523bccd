"""The programme pages: list, create, view, edit, delete and restore."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from core.public_url import public_url
from programmes import lifecycle
from programmes.access import (
    editable_organisations,
    get_programme,
    memberships,
    organisations_where,
)
from programmes.forms import NewProgrammeForm, ProgrammeForm
from programmes.listing import load_items
from programmes.models import Programme, Role
from programmes.views.common import private_view

RECENT_ACTIVITY = 5


@private_view()
def programme_list(request):
    member_of = memberships(request.user)
    organisation_ids = [m.organisation_id for m in member_of]
    programmes = (
        Programme.objects.active()
        .filter(organisation_id__in=organisation_ids)
        .annotate(item_count=Count("items"))
        .order_by("organisation__name", "-start_year", "name")
    )
    owned = [m.organisation_id for m in member_of if m.allows(Role.OWNER)]
    deleted = Programme.objects.restorable().filter(organisation_id__in=owned)
    by_organisation = {m.organisation_id: [] for m in member_of}
    for programme in programmes:
        by_organisation[programme.organisation_id].append(programme)
    return render(
        request,
        "programmes/programme_list.html",
        {
            "groups": [(m, by_organisation[m.organisation_id]) for m in member_of],
            "deleted": deleted.select_related("organisation", "deleted_by"),
            "can_create": bool(organisations_where(request.user, Role.EDITOR)),
        },
    )


@private_view(methods=("GET", "POST"))
def programme_create(request):
    organisations = editable_organisations(request.user)
    if not organisations:
        raise PermissionDenied
    form = NewProgrammeForm(request.POST or None, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        programme = lifecycle.create_programme(
            form, form.cleaned_data["organisation"], request.user
        )
        messages.success(request, _("Programme created."))
        return redirect("programme_detail", pk=programme.pk)
    return render(request, "programmes/programme_form.html", {"form": form}, status=_status(form))


@private_view()
def programme_detail(request, pk):
    programme = get_programme(request.user, pk)
    return render(
        request,
        "programmes/programme_detail.html",
        {
            "programme": programme,
            "items": load_items(programme, request),
            "activities": programme.activities.select_related("user")[:RECENT_ACTIVITY],
            "share_url": _share_url(request, programme),
        },
    )


@private_view(methods=("GET", "POST"))
def programme_edit(request, pk):
    programme = get_programme(request.user, pk, Role.EDITOR)
    form = ProgrammeForm(request.POST or None, instance=programme)
    if request.method == "POST" and form.is_valid():
        lifecycle.update_programme(form, request.user)
        messages.success(request, _("Changes saved."))
        return redirect("programme_detail", pk=programme.pk)
    return render(
        request,
        "programmes/programme_form.html",
        {"form": form, "programme": programme},
        status=_status(form),
    )


@private_view(methods=("GET", "POST"))
def programme_delete(request, pk):
    programme = get_programme(request.user, pk, Role.OWNER)
    if request.method == "POST":
        lifecycle.soft_delete(programme, request.user)
        messages.success(request, _("Programme deleted. Owners can restore it for 30 days."))
        return redirect("programme_list")
    return render(request, "programmes/programme_delete.html", {"programme": programme})


@private_view(methods=("POST",))
def programme_restore(request, pk):
    programme = get_programme(request.user, pk, Role.OWNER, queryset=Programme.objects.restorable())
    lifecycle.restore(programme, request.user)
    messages.success(request, _("Programme restored."))
    return redirect("programme_detail", pk=programme.pk)


@private_view()
def programme_activity(request, pk):
    programme = get_programme(request.user, pk)
    page = Paginator(programme.activities.select_related("user"), 50).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "programmes/programme_activity.html",
        {
            "programme": programme,
            "activities": page,
        },
    )


def _share_url(request, programme):
    if not programme.is_shared:
        return ""
    return public_url(reverse("programme_shared", args=[programme.share_token]))


def _status(form):
    return 400 if form.is_bound and form.errors else 200

"""Programme items: add a catalogue model, edit, reorder, remove."""

import re

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape, format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from core.visibility import private_pages_q
from models_library.models import ParticipationModelPage
from programmes import items as item_service
from programmes.access import (
    editable_organisations,
    editable_programmes,
    get_programme,
    organisations_where,
)
from programmes.forms import AddToProgrammeForm, ItemForm, ProgrammeForm
from programmes.lifecycle import create_programme
from programmes.models import Programme, Role
from programmes.views.common import private_view


def _get_item(request, pk, item_pk, role=Role.VIEWER):
    programme = get_programme(request.user, pk, role)
    item = programme.items.select_related("page").filter(pk=item_pk).first()
    if item is None:
        raise Http404
    item.programme = programme
    return item


@private_view(methods=("GET", "POST"))
def item_edit(request, pk, item_pk):
    item = _get_item(request, pk, item_pk, Role.EDITOR)
    form = ItemForm(request.POST or None, instance=item)
    if request.method != "POST" or not form.is_valid():
        return _render_item_form(request, item, form, status=400 if form.is_bound else 200)
    saved, current = item_service.save_item(form, form.cleaned_data["version"], request.user)
    if saved:
        messages.success(request, _("Changes to “%(title)s” saved.") % {"title": item.title})
        return redirect("programme_detail", pk=item.programme_id)
    return _render_conflict(request, item, form, current)


def _render_conflict(request, item, form, current):
    """Someone saved the item meanwhile: show their version beside ours; saving again keeps
    ours deliberately."""
    current.programme = item.programme
    data = request.POST.copy()
    data["version"] = current.version
    differences = _differences(form, current)
    retry = ItemForm(data, instance=current)
    retry.is_valid()
    return _render_item_form(
        request,
        current,
        retry,
        status=409,
        conflict={"by": current.updated_by, "at": current.updated_at, "fields": differences},
    )


def _differences(form, current):
    saved_form = ItemForm(instance=current)
    rows = []
    for name, field in form.fields.items():
        if name == "version":
            continue
        mine, theirs = form.cleaned_data.get(name), saved_form.initial.get(name)
        if _comparable(mine) != _comparable(theirs):
            rows.append(
                {"label": field.label, "mine": _shown(field, mine), "theirs": _shown(field, theirs)}
            )
    return rows


def _comparable(value):
    if hasattr(value, "__iter__") and not isinstance(value, str):
        return sorted(getattr(v, "pk", v) for v in value)
    return value if value not in (None, "") else ""


def _shown(field, value):
    choices = dict(getattr(field, "choices", ()) or ())
    if hasattr(value, "__iter__") and not isinstance(value, str):
        return ", ".join(str(choices.get(getattr(v, "pk", v), v)) for v in value)
    return str(choices.get(value, value)) if value not in (None, "") else "–"


def _render_item_form(request, item, form, status=200, conflict=None):
    return render(
        request,
        "programmes/item_form.html",
        {
            "programme": item.programme,
            "item": item,
            "form": form,
            "conflict": conflict,
        },
        status=status,
    )


@private_view(methods=("POST",))
def item_move(request, pk, item_pk):
    item = _get_item(request, pk, item_pk, Role.EDITOR)
    offset = {"up": -1, "down": 1}.get(request.POST.get("direction"))
    if offset is None:
        messages.error(request, _("Choose whether to move the item up or down."))
    elif item_service.move_item(item, offset, request.user):
        messages.success(request, _("“%(title)s” moved.") % {"title": item.title})
    return redirect(f"{_detail_url(item.programme_id)}#item-{item.pk}")


@private_view(methods=("GET", "POST"))
def item_delete(request, pk, item_pk):
    item = _get_item(request, pk, item_pk, Role.EDITOR)
    if request.method == "POST":
        item_service.remove_item(item, request.user)
        messages.success(
            request, _("“%(title)s” removed from the programme.") % {"title": item.title}
        )
        return redirect("programme_detail", pk=item.programme_id)
    return render(
        request, "programmes/item_delete.html", {"programme": item.programme, "item": item}
    )


def _detail_url(pk):
    return reverse("programme_detail", args=[pk])


@private_view(methods=("GET", "POST"))
def add_to_programme(request):
    """Add a catalogue model to one of the user's programmes, or to a new one."""
    if not organisations_where(request.user, Role.EDITOR):
        return render(request, "programmes/add_not_allowed.html", status=403)
    page = _model_page(request.POST.get("page") or request.GET.get("page"), request)
    next_url = _safe_next(request)
    programmes = list(editable_programmes(request.user))
    form = AddToProgrammeForm(
        request.POST or None,
        programmes=programmes,
        organisations=editable_organisations(request.user),
    )
    context = {"form": form, "model": page, "next": next_url}
    if request.method != "POST" or not form.is_valid():
        return render(
            request,
            "programmes/add_to_programme.html",
            context,
            status=400 if form.is_bound else 200,
        )
    programme = form.chosen_programme or _new_programme(request, form)
    try:
        item_service.add_model(programme, page, request.user)
    except item_service.AlreadyInProgramme:
        form.add_error(
            "programme",
            _("“%(model)s” is already in “%(programme)s”.")
            % {"model": page.title, "programme": programme.name},
        )
        return render(request, "programmes/add_to_programme.html", context, status=400)
    # The programme's name links to it (the message keeps its text; names are escaped).
    link = format_html('<a href="{}">{}</a>', _detail_url(programme.pk), programme.name)
    messages.success(
        request,
        mark_safe(  # noqa: S308 - the translation has no markup; both values are escaped
            _("“%(model)s” added to “%(programme)s”.")
            % {"model": escape(page.title), "programme": link}
        ),
    )
    return redirect(next_url or _detail_url(programme.pk))


def _model_page(raw_id, request):
    """A live model page an anonymous visitor could see; 404 for anything else."""
    if not raw_id or not re.fullmatch(r"[0-9]{1,18}", str(raw_id)):
        raise Http404
    page = (
        ParticipationModelPage.objects.live()
        .exclude(private_pages_q(request))
        .filter(pk=int(raw_id))
        .first()
    )
    if page is None:
        raise Http404
    return page


def _new_programme(request, form):
    """A draft programme of four years from this one, in the chosen organisation."""
    year = timezone.localdate().year
    organisation = form.new_programme_organisation
    details = ProgrammeForm(
        {
            "name": form.cleaned_data["new_name"].strip(),
            "start_year": year,
            "end_year": year + 3,
            "status": Programme.Status.DRAFT,
            "description": "",
        }
    )
    details.is_valid()
    return create_programme(details, organisation, request.user)


def _safe_next(request):
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if len(candidate) > 2000 or not url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return ""
    return candidate

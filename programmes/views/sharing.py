"""The read-only share link: create, revoke, and the shared view itself."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from programmes import lifecycle
from programmes.access import get_programme
from programmes.models import Programme, Role
from programmes.views.common import private_view
from programmes.views.reports import render_print

MAX_TOKEN_LENGTH = 64


@private_view(methods=("POST",))
def share(request, pk):
    programme = get_programme(request.user, pk, Role.EDITOR)
    lifecycle.share(programme, request.user)
    messages.success(request, _("Share link created. Anyone with the link can read the programme."))
    return redirect("programme_detail", pk=programme.pk)


@private_view(methods=("POST",))
def unshare(request, pk):
    programme = get_programme(request.user, pk, Role.EDITOR)
    lifecycle.unshare(programme, request.user)
    messages.success(request, _("Share link revoked. The old link no longer works."))
    return redirect("programme_detail", pk=programme.pk)


@never_cache
@require_GET
def shared(request, token):
    """What the link's holder reads: the print view, without member tools."""
    if len(token) > MAX_TOKEN_LENGTH:
        raise Http404
    programme = Programme.objects.active().filter(share_token=token).first()
    if programme is None:
        raise Http404
    response = render_print(request, programme, shared=True)
    # Keep the token out of other sites' logs and out of search engines.
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response

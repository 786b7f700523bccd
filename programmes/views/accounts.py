"""Sign-in for programme members: Django's own views, our templates, rate limits, and
accounts created from invitations."""

from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.db.models import Q
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from core.ratelimit import Limit, limited
from programmes import membership as rules
from programmes.forms import AcceptInvitationForm
from programmes.models import Invitation

MAX_TOKEN_LENGTH = 100


INVITATION_LINKS = Limit("RATELIMIT_INVITATION", "invitation")


@never_cache
@limited(INVITATION_LINKS, methods=("GET", "POST"))
@require_http_methods(["GET", "POST"])
def accept_invitation(request, token):
    invitation = Invitation.find_pending(token) if len(token) <= MAX_TOKEN_LENGTH else None
    if invitation is None:
        return render(request, "programmes/accounts/invitation_invalid.html", status=404)
    existing = (
        get_user_model()
        .objects.filter(Q(email__iexact=invitation.email) | Q(username__iexact=invitation.email))
        .first()
    )
    if existing is not None:
        return _join_existing(request, invitation, existing)
    form = AcceptInvitationForm(invitation, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = rules.join_with_new_account(invitation, form.save)
        if user is None:
            return render(request, "programmes/accounts/invitation_invalid.html", status=404)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return _welcome(request, invitation)
    return render(
        request,
        "programmes/accounts/invitation_accept.html",
        {
            "invitation": invitation,
            "form": form,
        },
        status=400 if form.is_bound else 200,
    )


def _join_existing(request, invitation, user):
    """The address already has an account: its owner signs in and joins with one click."""
    context = {"invitation": invitation, "signed_in_as_other": request.user.is_authenticated}
    if request.user != user:
        return render(request, "programmes/accounts/invitation_sign_in.html", context)
    if request.method == "POST":
        if rules.join(invitation, user) is None:
            return render(request, "programmes/accounts/invitation_invalid.html", status=404)
        return _welcome(request, invitation)
    return render(request, "programmes/accounts/invitation_join.html", context)


def _welcome(request, invitation):
    messages.success(
        request, _("Welcome to %(organisation)s.") % {"organisation": invitation.organisation.name}
    )
    return redirect("programme_list")

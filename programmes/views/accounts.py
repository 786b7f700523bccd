"""Sign-in for programme members: Django's own views, our templates, rate limits, and
accounts created from invitations."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.db import transaction
from django.db.models import Q
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from django_ratelimit import ALL
from django_ratelimit.decorators import ratelimit

from programmes import membership as rules
from programmes.forms import AcceptInvitationForm
from programmes.models import Invitation

MAX_TOKEN_LENGTH = 100


def limited(setting, group, key="ip", method="POST"):
    """django-ratelimit with the rate read from settings at request time."""
    return ratelimit(
        group=group,
        key=key,
        method=method,
        block=True,
        rate=lambda _group, _request: getattr(settings, setting),
    )


def rate_limited(request, exception):
    response = render(request, "programmes/accounts/rate_limited.html", status=429)
    response["Retry-After"] = "60"
    return response


@never_cache
@limited("RATELIMIT_INVITATION", "invitation", method=ALL)
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
        with transaction.atomic():
            user = form.save()
            if rules.join(invitation, user) is None:
                transaction.set_rollback(True)
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

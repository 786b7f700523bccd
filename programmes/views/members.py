"""An organisation's members and invitations; owners manage them."""

import logging
import smtplib

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from programmes import membership as rules
from programmes.access import membership_in, require_role
from programmes.forms import InvitationForm, RoleForm
from programmes.models import Invitation, Membership, Role
from programmes.views.common import private_view

logger = logging.getLogger(__name__)


def _organisation(request, pk, role):
    membership = membership_in(request.user, pk)
    require_role(membership, role)
    return membership.organisation, membership


@private_view()
def members(request, pk, invite_form=None):
    organisation, membership = _organisation(request, pk, Role.VIEWER)
    return _render(request, organisation, membership, invite_form)


def _render(request, organisation, membership, invite_form=None, status=200):
    is_owner = membership.allows(Role.OWNER)
    return render(
        request,
        "programmes/members.html",
        {
            "organisation": organisation,
            "membership": membership,
            "members": organisation.memberships.select_related("user").order_by(
                "user__last_name", "user__first_name", "user__email"
            ),
            "invitations": organisation.invitations.pending() if is_owner else [],
            "invite_form": invite_form or InvitationForm(organisation=organisation),
            "roles": Role.choices,
            "is_owner": is_owner,
        },
        status=status,
    )


@private_view(methods=("POST",))
def invite(request, pk):
    organisation, membership = _organisation(request, pk, Role.OWNER)
    form = InvitationForm(request.POST, organisation=organisation)
    if not form.is_valid():
        return _render(request, organisation, membership, form, status=400)
    try:
        rules.invite(
            organisation,
            form.cleaned_data["email"],
            form.cleaned_data["role"],
            request.user,
        )
    except (smtplib.SMTPException, OSError):
        logger.exception("Sending an invitation failed")
        form.add_error(None, _("The invitation e-mail could not be sent. Try again later."))
        return _render(request, organisation, membership, form, status=503)
    messages.success(request, _("Invitation sent to %(email)s.") % form.cleaned_data)
    return redirect("organisation_members", pk=organisation.pk)


def _member(organisation, member_pk):
    member = (
        Membership.objects.select_related("user")
        .filter(organisation=organisation, pk=member_pk)
        .first()
    )
    if member is None:
        raise Http404
    return member


@private_view(methods=("POST",))
def change_role(request, pk, member_pk):
    organisation, _own = _organisation(request, pk, Role.OWNER)
    member = _member(organisation, member_pk)
    form = RoleForm(request.POST, instance=Membership(role=member.role))
    if not form.is_valid():
        messages.error(request, _("Choose one of the listed roles."))
        return redirect("organisation_members", pk=organisation.pk)
    try:
        rules.change_role(member, form.cleaned_data["role"], by=request.user)
    except rules.LastOwner:
        messages.error(request, _("The organisation needs at least one owner."))
    else:
        messages.success(request, _("Role changed."))
    return redirect("organisation_members", pk=organisation.pk)


@private_view(methods=("POST",))
def remove_member(request, pk, member_pk):
    organisation, _own = _organisation(request, pk, Role.OWNER)
    member = _member(organisation, member_pk)
    try:
        rules.remove(member, by=request.user)
    except rules.LastOwner:
        messages.error(request, _("The organisation needs at least one owner."))
    else:
        messages.success(request, _("Member removed."))
    return redirect("organisation_members", pk=organisation.pk)


@private_view(methods=("POST",))
def revoke_invitation(request, pk, invitation_pk):
    organisation, _own = _organisation(request, pk, Role.OWNER)
    updated = (
        Invitation.objects.pending()
        .filter(organisation=organisation, pk=invitation_pk)
        .update(revoked_at=timezone.now())
    )
    if not updated:
        raise Http404
    messages.success(request, _("Invitation revoked."))
    return redirect("organisation_members", pk=organisation.pk)

"""Inviting people, joining, changing roles and leaving: the rules in one place."""

from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from programmes.models import Invitation, Membership, Role


class LastOwner(Exception):
    """An organisation must keep at least one owner."""


def invite(organisation, email, role, invited_by, base_url):
    """Issue an invitation and e-mail its one-time link; `base_url` is the site's address.
    If the e-mail cannot be sent, no invitation is left behind (the error propagates)."""
    with transaction.atomic():
        invitation, token = Invitation.issue(organisation, email, role, invited_by)
        link = base_url.rstrip("/") + reverse("accept_invitation", args=[token])
        context = {"invitation": invitation, "link": link}
        send_mail(
            _("Invitation to %(organisation)s in Palaset") % {"organisation": organisation.name},
            render_to_string("programmes/email/invitation.txt", context),
            None,
            [invitation.email],
        )
    return invitation, link


def join(invitation, user):
    """Accept an invitation; a second use of the same link finds nothing pending."""
    with transaction.atomic():
        locked = Invitation.objects.select_for_update().filter(pk=invitation.pk).pending().first()
        if locked is None:
            return None
        locked.accepted_at = timezone.now()
        locked.save(update_fields=["accepted_at"])
        membership, _created = Membership.objects.get_or_create(
            organisation=invitation.organisation, user=user, defaults={"role": invitation.role}
        )
    return membership


def change_role(membership, role):
    with transaction.atomic():
        if membership.role == Role.OWNER and role != Role.OWNER:
            _keep_an_owner(membership)
        membership.role = role
        membership.save(update_fields=["role"])


def remove(membership):
    with transaction.atomic():
        if membership.role == Role.OWNER:
            _keep_an_owner(membership)
        membership.delete()


def _keep_an_owner(membership):
    owners = Membership.objects.select_for_update().filter(
        organisation_id=membership.organisation_id, role=Role.OWNER
    )
    if not owners.exclude(pk=membership.pk).exists():
        raise LastOwner

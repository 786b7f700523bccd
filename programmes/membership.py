"""Inviting people, joining, changing roles and leaving: the rules in one place."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.public_url import public_url
from programmes.models import Invitation, Membership, Organisation, Role

if TYPE_CHECKING:
    from django.contrib.auth.models import User


class LastOwner(Exception):
    """An organisation must keep at least one owner."""


def invite(
    organisation: Organisation, email: str, role: str, invited_by: User
) -> tuple[Invitation, str]:
    """Issue an invitation and e-mail its one-time link at the site's public address.
    If the e-mail cannot be sent, no invitation is left behind (the error propagates)."""
    with transaction.atomic():
        invitation, token = Invitation.issue(organisation, email, role, invited_by)
        link = public_url(reverse("accept_invitation", args=[token]))
        context = {"invitation": invitation, "link": link}
        send_mail(
            _("Invitation to %(organisation)s in Palaset") % {"organisation": organisation.name},
            render_to_string("programmes/email/invitation.txt", context),
            None,
            [invitation.email],
        )
    return invitation, link


def join(invitation: Invitation, user: User) -> Membership | None:
    """Accept an invitation; a second use of the same link finds nothing pending."""
    with transaction.atomic():
        locked = _lock_pending(invitation)
        return None if locked is None else _accept(locked, user)


def join_with_new_account(invitation: Invitation, create_user: Callable[[], User]) -> User | None:
    """Create the invitee's account with `create_user()` and join. None if the invitation
    was used meanwhile: simultaneous accepts of one link wait for the invitation's lock, and
    where the database has no row locks (SQLite) the account's unique name decides."""
    try:
        with transaction.atomic():
            locked = _lock_pending(invitation)
            if locked is None:
                return None
            user = create_user()
            _accept(locked, user)
    except IntegrityError:
        return None
    return user


def _lock_pending(invitation: Invitation) -> Invitation | None:
    return Invitation.objects.select_for_update().filter(pk=invitation.pk).pending().first()


def _accept(invitation: Invitation, user: User) -> Membership:
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    membership, _created = Membership.objects.get_or_create(
        organisation=invitation.organisation, user=user, defaults={"role": invitation.role}
    )
    return membership


def change_role(membership: Membership, role: str, by: User) -> None:
    """`by` changes `membership` to `role`; raises LastOwner or PermissionDenied (`by` is
    no longer an owner: another owner demoted them meanwhile)."""
    with transaction.atomic():
        current = _lock_for_change(membership, by)
        if current.role == Role.OWNER and role != Role.OWNER:
            _keep_an_owner(current)
        current.role = role
        current.save(update_fields=["role"])


def remove(membership: Membership, by: User) -> None:
    with transaction.atomic():
        current = _lock_for_change(membership, by)
        if current.role == Role.OWNER:
            _keep_an_owner(current)
        current.delete()


def _lock_for_change(membership: Membership, by: User) -> Membership:
    """Membership changes of one organisation take turns: each first locks the
    organisation's row, so two owners demoting each other at once cannot deadlock on the
    membership rows, and the second sees the first's result."""
    Organisation.objects.select_for_update().filter(pk=membership.organisation_id).first()
    members = Membership.objects.filter(organisation_id=membership.organisation_id)
    if not members.filter(user=by, role=Role.OWNER).exists():
        raise PermissionDenied
    current = members.filter(pk=membership.pk).first()
    if current is None:  # removed meanwhile
        raise PermissionDenied
    return current


def _keep_an_owner(membership: Membership) -> None:
    owners = Membership.objects.filter(organisation_id=membership.organisation_id, role=Role.OWNER)
    if not owners.exclude(pk=membership.pk).exists():
        raise LastOwner

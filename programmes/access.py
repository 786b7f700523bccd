"""Who may see and change which programme.

Membership is the only key: a non-member gets 404 for any private programme URL, so that
existence is not revealed; a member whose role is too low gets 403.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from django.core.exceptions import PermissionDenied
from django.http import Http404

from programmes.models import Membership, Organisation, Programme, Role

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser, User
    from django.db.models import QuerySet

    # request.user: a signed-in user (AUTH_USER_MODEL is Django's User) or the anonymous one.
    AnyUser = User | AnonymousUser


def memberships(user: AnyUser) -> list[Membership]:
    """The user's memberships, with their organisations, cached on the user object."""
    if not user.is_authenticated:
        return []
    cache = cast(Any, user)  # the cache is an attribute of our own
    if not hasattr(cache, "_palaset_memberships"):
        cache._palaset_memberships = list(
            Membership.objects.filter(user=user).select_related("organisation")
        )
    return cache._palaset_memberships


def membership_in(user: AnyUser, organisation_id: int) -> Membership | None:
    return next((m for m in memberships(user) if m.organisation_id == organisation_id), None)


def organisations_where(user: AnyUser, role: str) -> list[Organisation]:
    return [m.organisation for m in memberships(user) if m.allows(role)]


def require_role(membership: Membership | None, role: str) -> None:
    if membership is None:
        raise Http404
    if not membership.allows(role):
        raise PermissionDenied


def get_programme(
    user: AnyUser, pk: int, role: str = Role.VIEWER, queryset: QuerySet[Programme] | None = None
) -> Programme:
    """The active programme `pk` if the user is a member of its organisation with at least
    `role`; 404 for non-members and unknown ids alike."""
    queryset = queryset if queryset is not None else Programme.objects.active()
    programme = queryset.select_related("organisation").filter(pk=pk).first()
    membership = membership_in(user, programme.organisation_id) if programme else None
    require_role(membership, role)
    # Both were found (require_role raised otherwise); the flags are attributes of our own.
    programme, membership = cast(Any, programme), cast(Membership, membership)
    programme.membership = membership
    programme.can_edit = membership.allows(Role.EDITOR)
    programme.is_owner = membership.allows(Role.OWNER)
    return programme


def editable_programmes(user: AnyUser) -> QuerySet[Programme]:
    """Active programmes the user may add items to."""
    organisation_ids = [m.organisation_id for m in memberships(user) if m.allows(Role.EDITOR)]
    if not organisation_ids:
        return Programme.objects.none()
    return (
        Programme.objects.active()
        .filter(organisation_id__in=organisation_ids)
        .exclude(status=Programme.Status.ARCHIVED)
        .select_related("organisation")
        .order_by("organisation__name", "name")
    )


def editable_organisations(user: AnyUser) -> QuerySet[Organisation]:
    """Organisations where the user may create programmes, as a queryset for form choices."""
    ids = [organisation.pk for organisation in organisations_where(user, Role.EDITOR)]
    return Organisation.objects.filter(pk__in=ids)

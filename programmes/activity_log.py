"""Writing to a programme's change log."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from programmes.models import Activity

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser, User

    from programmes.models import Programme


def record(
    programme: Programme,
    user: User | AnonymousUser | None,
    action: str,
    subject: object = "",  # a title, or a lazy translation: stored as str()
    fields: Iterable[str] = (),
) -> Activity:
    return Activity.objects.create(
        programme=programme,
        user=user if user and user.is_authenticated else None,
        action=action,
        subject=str(subject)[:255],
        fields=list(fields),
    )

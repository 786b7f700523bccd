"""Writing to a programme's change log."""

from programmes.models import Activity


def record(programme, user, action, subject="", fields=()):
    return Activity.objects.create(
        programme=programme,
        user=user if user and user.is_authenticated else None,
        action=action,
        subject=str(subject)[:255],
        fields=list(fields),
    )

from django import template

from programmes.access import editable_programmes, organisations_where
from programmes.models import ProgrammeItem, Role

register = template.Library()


@register.inclusion_tag("programmes/includes/add_button.html", takes_context=True)
def add_to_programme_button(context, page, with_state=False):
    """ "Add to programme" for signed-in editors and owners; nothing for anyone else.
    The role look-up is cached on the user, so a listing costs one query in all.
    `with_state` (the model page): the user's programmes that already have the model, one
    query, and for an anonymous visitor a hint that programmes exist behind a sign-in."""
    request = context["request"]
    user = getattr(request, "user", None)
    allowed = bool(user and organisations_where(user, Role.EDITOR))
    containing = []
    if allowed and with_state:
        containing = list(
            editable_programmes(user).filter(
                pk__in=ProgrammeItem.objects.filter(
                    page__translation_key=page.translation_key
                ).values("programme_id")
            )
        )
    return {
        "allowed": allowed,
        "page": page,
        "next": request.get_full_path() if allowed or with_state else "",
        "containing": containing,
        "sign_in_hint": with_state and not (user and user.is_authenticated),
    }

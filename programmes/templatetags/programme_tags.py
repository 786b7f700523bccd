from django import template

from programmes.access import organisations_where
from programmes.models import Role

register = template.Library()


@register.inclusion_tag("programmes/includes/add_button.html", takes_context=True)
def add_to_programme_button(context, page):
    """ "Add to programme" for signed-in editors and owners; nothing for anyone else.
    The role look-up is cached on the user, so a listing costs one query in all."""
    request = context["request"]
    user = getattr(request, "user", None)
    allowed = bool(user and organisations_where(user, Role.EDITOR))
    return {"allowed": allowed, "page": page, "next": request.get_full_path() if allowed else ""}

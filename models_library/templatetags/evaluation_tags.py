from django import template

from models_library.models.evaluation import CriterionStatus

register = template.Library()


@register.filter
def criterion_status(value):
    """The reader's-language label of a checklist status stored as its value."""
    try:
        return CriterionStatus(value).label
    except ValueError:
        return ""

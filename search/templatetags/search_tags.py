"""Rendering helpers for the search page's hottest loop: a facet's options.

A catalogue page shows a hundred or so options; building their markup here with
format_html is several times faster than the same markup in template tags.
"""

from typing import TYPE_CHECKING, Any, cast

from django import template
from django.utils.html import format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from models_library.classification import card_rows

if TYPE_CHECKING:
    from search.engine import FacetResult, Hit

register = template.Library()

OPTION = (
    '<li class="facet__option{}"><input type="checkbox" id="f-{}-{}" name="{}" value="{}"{}{}>'
    '<label for="f-{}-{}">{} <span class="facet__count">({}<span class="visually-hidden"> {}'
    "</span>)</span></label></li>"
)


@register.simple_tag
def facet_options(facet: "FacetResult") -> SafeString:
    models_word = gettext("models")
    return format_html_join(
        "",
        OPTION,
        (
            (
                " facet__option--disabled" if option.disabled else "",
                facet.name,
                option.value,
                facet.name,
                option.value,
                mark_safe(" checked") if option.selected else "",
                mark_safe(" disabled") if option.disabled else "",
                facet.name,
                option.value,
                option.label,
                option.count,
                models_word,
            )
            for option in facet.options
        ),
    )


@register.filter
def hit_card(hit: "Hit") -> dict[str, Any]:
    """The model card (site/templates/includes/model_card.html) of a search hit: the lead
    with the query's words highlighted, tags from the facet index."""

    def labels(name: str | None) -> list[str]:
        # A card's classifications are facets: their `param` is set.
        return [option.label for option in hit.tags.get(cast(str, name), [])]

    evaluated = hit.tags.get("evaluated")
    return {
        "page": hit.page,
        "lead": hit.lead_html,
        "language": hit.other_language,
        "evaluated": bool(evaluated and evaluated[0].value == "yes"),
        "evidence": next(iter(labels("evidence")), ""),
        "classifications": card_rows(lambda c: labels(c.param) if c.many else labels(c.param)[:1]),
    }

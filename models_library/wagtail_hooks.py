"""All vocabularies under one "Taxonomies" menu in the Wagtail admin."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from models_library.models import (
    DeveloperOrganisation,
    DevelopmentStage,
    Funder,
    GovernancePrinciple,
    ProcurementPhase,
    PromisingPracticeCriterion,
    Region,
    ServicePhase,
    TargetGroup,
    Topic,
)


def vocabulary_viewset(vocabulary_model, extra_columns=()):
    return type(
        f"{vocabulary_model.__name__}ViewSet",
        (SnippetViewSet,),
        {
            "model": vocabulary_model,
            "list_display": ["name", "slug", "sort_order", *extra_columns],
            "search_fields": ["name"],
            "ordering": ["sort_order", "name"],
        },
    )


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomies")
    menu_icon = "tag"
    menu_name = "taxonomies"
    menu_order = 300
    items = [
        vocabulary_viewset(GovernancePrinciple),
        vocabulary_viewset(ServicePhase),
        vocabulary_viewset(ProcurementPhase),
        vocabulary_viewset(TargetGroup),
        vocabulary_viewset(Topic),
        vocabulary_viewset(Region, ["kind"]),
        vocabulary_viewset(Funder),
        vocabulary_viewset(DevelopmentStage),
        vocabulary_viewset(DeveloperOrganisation, ["org_type"]),
        vocabulary_viewset(PromisingPracticeCriterion),
    ]


register_snippet(TaxonomyGroup)

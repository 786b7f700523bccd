"""Facet declarations: adding a facet is one line in FACETS.

Each facet knows its URL parameter, the page relation it reads and how to list its
(page, value) links for the facet index; the engine does the rest (selections with OR
inside a facet and AND across facets, disjunctive counts, chips, URLs, labels) the same
way for every facet.
"""

from dataclasses import dataclass
from functools import cached_property

from django.db.models import F, Value
from django.utils.translation import gettext_lazy as _

from models_library.models import ParticipationModelPage


@dataclass(frozen=True)
class VocabularyFacet:
    """A facet over a vocabulary relation (many-to-many, or a foreign key such as stage)."""

    name: str
    relation: str
    label: str

    @cached_property
    def field(self):
        return ParticipationModelPage._meta.get_field(self.relation)

    @property
    def vocabulary(self):
        return self.field.related_model

    @property
    def is_many(self):
        return self.field.many_to_many

    def _links(self):
        """(page id, term id) pairs of the relation, as columns `link_page` and `link_term`."""
        if self.is_many:
            through = self.field.remote_field.through
            page_column = f"{ParticipationModelPage._meta.model_name}_id"
            term_column = f"{self.vocabulary._meta.model_name}_id"
            return through.objects.annotate(link_page=F(page_column), link_term=F(term_column))
        return ParticipationModelPage.objects.filter(
            **{f"{self.relation}__isnull": False}
        ).annotate(link_page=F("pk"), link_term=F(f"{self.relation}_id"))

    def links_for(self, page_ids=None):
        """Rows (facet name, page id, term id) of some pages, or of every page (None)."""
        links = self._links() if page_ids is None else self._links().filter(link_page__in=page_ids)
        return (
            links.annotate(facet=Value(self.name))
            .values_list("facet", "link_page", "link_term")
            .order_by()
        )


FACETS = (
    VocabularyFacet("principle", "principles", _("Governance principle")),
    VocabularyFacet("service_phase", "service_phases", _("Service phase")),
    VocabularyFacet("procurement_phase", "procurement_phases", _("Procurement phase")),
    VocabularyFacet("target_group", "target_groups", _("Target group")),
    VocabularyFacet("topic", "topics", _("Topic")),
    VocabularyFacet("region", "regions", _("Region")),
    VocabularyFacet("stage", "stage", _("Development stage")),
    VocabularyFacet("funder", "funders", _("Funder")),
)
FACETS_BY_NAME = {facet.name: facet for facet in FACETS}
# What a result card shows besides the title and lead.
CARD_FACETS = ("principle", "service_phase", "target_group", "stage")

"""The classifications of a participation model, each declared once.

A classification links a model page to the terms of one vocabulary (models/taxonomy.py).
Its entry below says everything the rest of the site needs to know about it: the page's
relation, where the editor ticks it, its facet in the catalogue search (URL parameter and
label), whether result cards show it, whether the comparison table has a row for it,
whether it makes two models similar and whether its labels are searchable text.

The page's fields and edit panels, the search facets and their order, the labels indexed
for search, the listing prefetches and the comparison rows are all read from here, so
adding a facet on an existing vocabulary is one entry, and a new vocabulary is its class,
one entry, a migration and translations.
"""

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from django.apps import apps
from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


class Tab(StrEnum):
    """The tab of the page editor that shows the classification."""

    BASIC = "basic"
    CLASSIFICATION = "classification"
    DEVELOPERS = "developers"


@dataclass(frozen=True)
class Classification:
    relation: str  # the page's field, many-to-many (or a foreign key, e.g. stage)
    vocabulary: str  # the model name in models_library
    field_label: Promise  # the field's verbose name ("governance principles")
    heading: Promise  # a list of its terms under a heading ("Governance principles")
    tab: Tab
    # The facet's URL parameter and label in the catalogue search; None: no facet.
    param: str | None = None
    facet_label: Promise | None = None
    on_card: bool = False  # result and listing cards show its terms
    card_heading: Promise | None = None  # the card's shorter heading, where it has one
    badge: str | None = None  # cards show the terms as badges of this kind; None: a list
    compared: bool = False  # a row of the comparison table
    similarity: bool = False  # shared terms make two models similar
    indexed: bool = False  # its labels are searchable text of the model
    many: bool = True  # many-to-many; False: a foreign key (one term or none)

    @property
    def card_label(self) -> Promise:
        return self.card_heading or self.heading

    @cached_property
    def model(self) -> type[models.Model]:
        return apps.get_model("models_library", self.vocabulary)


CLASSIFICATIONS: tuple[Classification, ...] = (
    Classification(
        "principles",
        "GovernancePrinciple",
        _("governance principles"),
        _("Governance principles"),
        Tab.CLASSIFICATION,
        param="principle",
        facet_label=_("Governance principle"),
        on_card=True,
        card_heading=_("Principles"),
        badge="principle",
        compared=True,
        similarity=True,
        indexed=True,
    ),
    Classification(
        "service_phases",
        "ServicePhase",
        _("service phases"),
        _("Service phases"),
        Tab.CLASSIFICATION,
        param="service_phase",
        facet_label=_("Service phase"),
        on_card=True,
        badge="phase",
        compared=True,
        similarity=True,
        indexed=True,
    ),
    Classification(
        "procurement_phases",
        "ProcurementPhase",
        _("procurement phases"),
        _("Procurement phases"),
        Tab.CLASSIFICATION,
        param="procurement_phase",
        facet_label=_("Procurement phase"),
        compared=True,
        indexed=True,
    ),
    Classification(
        "target_groups",
        "TargetGroup",
        _("target groups"),
        _("Target groups"),
        Tab.CLASSIFICATION,
        param="target_group",
        facet_label=_("Target group"),
        on_card=True,
        compared=True,
        similarity=True,
        indexed=True,
    ),
    Classification(
        "topics",
        "Topic",
        _("topics"),
        _("Topics"),
        Tab.BASIC,
        param="topic",
        facet_label=_("Topic"),
        similarity=True,
        indexed=True,
    ),
    Classification(
        "regions",
        "Region",
        _("regions"),
        _("Regions"),
        Tab.BASIC,
        param="region",
        facet_label=_("Region"),
    ),
    Classification(
        "stage",
        "DevelopmentStage",
        _("development stage"),
        _("Development stage"),
        Tab.BASIC,
        param="stage",
        facet_label=_("Development stage"),
        on_card=True,
        compared=True,
        many=False,
    ),
    Classification(
        "funders",
        "Funder",
        _("funders"),
        _("Funders"),
        Tab.DEVELOPERS,
        param="funder",
        facet_label=_("Funder"),
    ),
)
BY_RELATION: dict[str, Classification] = {c.relation: c for c in CLASSIFICATIONS}


def chosen(flag: str | None = None, *, many_only: bool = False) -> tuple[Classification, ...]:
    """The classifications with `flag` set (every one if None), in declaration order;
    `many_only` leaves out the foreign keys (stage)."""
    return tuple(
        c
        for c in CLASSIFICATIONS
        if (flag is None or getattr(c, flag)) and (c.many or not many_only)
    )


def relations(flag: str | None = None, *, many_only: bool = False) -> tuple[str, ...]:
    """The page relations of `chosen(flag, many_only=...)`."""
    return tuple(c.relation for c in chosen(flag, many_only=many_only))


def terms_of(page: models.Model, classification: Classification) -> list[models.Model]:
    """A page's terms in one classification (from the prefetch where there is one)."""
    value = getattr(page, classification.relation)
    if classification.many:
        return list(value.all())
    return [value] if value is not None else []


@dataclass(frozen=True)
class CardRow:
    """One classification on a model card: its heading, badge kind and term labels."""

    label: Promise
    badge: str | None
    labels: list[str]


def card_rows(labels: Callable[[Classification], list[str]]) -> list[CardRow]:
    """A card's classification rows, from a function giving the labels of one (the
    page's terms, or a search hit's facet values); empty classifications are left out."""
    rows = [CardRow(c.card_label, c.badge, labels(c)) for c in chosen("on_card")]
    return [row for row in rows if row.labels]


def facets() -> tuple[Classification, ...]:
    """The classifications that are catalogue facets, in the order the page lists them."""
    return tuple(c for c in CLASSIFICATIONS if c.param)

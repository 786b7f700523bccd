"""factory_boy factories: tests build the smallest tree they need."""

import datetime

import factory
import wagtail_factories
from django.conf import settings
from wagtail.models import Locale

from home.models import ContentPage, EvaluationOverviewPage, GovernanceModelPage, HomePage
from models_library import models as catalogue
from models_library.models.evaluation import Rating


def default_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


class VocabularyFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Termi {n}")
    slug = factory.Sequence(lambda n: f"termi-{n}")
    sort_order = factory.Sequence(lambda n: n)
    locale = factory.LazyFunction(default_locale)

    class Meta:
        abstract = True


def vocabulary_factory(model, **extra):
    meta = type("Meta", (), {"model": model})
    return type(f"{model.__name__}Factory", (VocabularyFactory,), {"Meta": meta, **extra})


GovernancePrincipleFactory = vocabulary_factory(catalogue.GovernancePrinciple)
ServicePhaseFactory = vocabulary_factory(catalogue.ServicePhase)
ProcurementPhaseFactory = vocabulary_factory(catalogue.ProcurementPhase)
TargetGroupFactory = vocabulary_factory(catalogue.TargetGroup)
TopicFactory = vocabulary_factory(catalogue.Topic)
RegionFactory = vocabulary_factory(catalogue.Region, kind="municipality")
FunderFactory = vocabulary_factory(catalogue.Funder)
DevelopmentStageFactory = vocabulary_factory(catalogue.DevelopmentStage)
DeveloperOrganisationFactory = vocabulary_factory(
    catalogue.DeveloperOrganisation, org_type="public"
)


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Palaset"
    slug = factory.Sequence(lambda n: f"koti-{n}")
    lead = "Osallisuuden malleja julkisille palveluille."

    class Meta:
        model = HomePage


class ModelLibraryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Mallikirjasto"
    slug = "mallit"

    class Meta:
        model = catalogue.ModelLibraryIndexPage


class ParticipationModelPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Osallisuusmalli {n}")
    slug = factory.Sequence(lambda n: f"malli-{n}")
    lead = "Asukkaat ja ammattilaiset kehittävät palvelua yhdessä."
    core_idea = "<p>Palvelua suunnitellaan yhdessä sen käyttäjien kanssa.</p>"

    class Meta:
        model = catalogue.ParticipationModelPage


class GovernanceModelPageFactory(wagtail_factories.PageFactory):
    title = "Osallisuutta edistävä hallintomalli"
    slug = "hallintomalli"

    class Meta:
        model = GovernanceModelPage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Sisältösivu {n}")
    slug = factory.Sequence(lambda n: f"sivu-{n}")

    class Meta:
        model = ContentPage


# The vocabulary behind each of a model's many-to-many classifications.
TAG_FACTORIES = {
    "principles": GovernancePrincipleFactory,
    "service_phases": ServicePhaseFactory,
    "procurement_phases": ProcurementPhaseFactory,
    "target_groups": TargetGroupFactory,
    "topics": TopicFactory,
    "regions": RegionFactory,
    "funders": FunderFactory,
}
VOCABULARY_FACTORIES = {
    factory._meta.model: factory
    for factory in [*TAG_FACTORIES.values(), DevelopmentStageFactory, DeveloperOrganisationFactory]
}


class EvaluationOverviewPageFactory(wagtail_factories.PageFactory):
    title = "Arvioinnit"
    slug = "arvioinnit"

    class Meta:
        model = EvaluationOverviewPage


PromisingPracticeCriterionFactory = vocabulary_factory(catalogue.PromisingPracticeCriterion)
# The checklist's criteria are a vocabulary too, edited with the others.
VOCABULARY_FACTORIES[catalogue.PromisingPracticeCriterion] = PromisingPracticeCriterionFactory


class EvaluationFactory(factory.django.DjangoModelFactory):
    """A complete, valid, published evaluation; `build()` it and attach it to a page (the
    page's revision saves it), e.g. with the `evaluate` fixture."""

    status = catalogue.Evaluation.Status.PUBLISHED
    date = datetime.date(2024, 5, 1)
    basis = catalogue.Evaluation.Basis.DOCUMENTATION
    own_life_rating = Rating.PARTLY
    own_life_justification = "Osallistujat valitsevat itse, mihin tehtäviin tarttuvat."
    community_rating = Rating.CLEARLY
    community_justification = "Asukkaat päättävät yhdessä toiminnan suunnasta."
    common_good_rating = Rating.NOT_IDENTIFIABLE
    common_good_justification = "Aineistosta ei löydy yhteisen hyvän tuottamista."

    class Meta:
        model = catalogue.Evaluation

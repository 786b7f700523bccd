"""Loads the demo vocabularies, the 20 demo models and their illustrative evaluations.
Idempotent: what exists is kept."""

from datetime import date

from core.demo import site_locales
from models_library import models as catalogue_models
from models_library.demo.catalogue import MODELS
from models_library.demo.evaluations import EVALUATIONS
from models_library.demo.vocabularies import VOCABULARIES
from models_library.models.pages import RICH_TEXT_FIELDS

TERM_RELATIONS = {
    "principles": catalogue_models.GovernancePrinciple,
    "service_phases": catalogue_models.ServicePhase,
    "procurement_phases": catalogue_models.ProcurementPhase,
    "target_groups": catalogue_models.TargetGroup,
    "topics": catalogue_models.Topic,
    "regions": catalogue_models.Region,
    "funders": catalogue_models.Funder,
}
SINGLE_TERMS = {
    "stage": catalogue_models.DevelopmentStage,
    "organisation": catalogue_models.DeveloperOrganisation,
}
TEXT_FIELDS = ("lead", *RICH_TEXT_FIELDS, "project_name", "implemented_where", "contact")
YEAR_FIELDS = ("project_start_year", "project_end_year")
EXTRA_TERM_FIELDS = ("kind", "org_type")


def demo_vocabularies(run):
    """Demo step (settings.DEMO_STEPS): the vocabularies, before any page links them."""
    load_vocabularies(run.report)


def demo_models(run):
    """Demo step: the models and their evaluations, under the catalogue of home's page tree."""
    load_models(run.pages["catalogue"], run.report)
    load_evaluations(run.pages["catalogue"], run.report)


def load_vocabularies(report):
    default, *others = site_locales()
    for model_name, terms in VOCABULARIES.items():
        model = getattr(catalogue_models, model_name)
        label = model.__name__
        for position, data in enumerate(terms, start=1):
            extra = {field: data[field] for field in EXTRA_TERM_FIELDS if field in data}
            term, created = model.objects.get_or_create(
                slug=data["slug"],
                locale=default,
                defaults={
                    "name": data[default.language_code],
                    "description": data.get("description_fi", ""),
                    "sort_order": position * 10,
                    **extra,
                },
            )
            report.count(label, created)
            for locale in others:
                created = _ensure_term_translation(term, locale, data[locale.language_code])
                report.count(f"{label} ({locale.language_code})", created)


def _ensure_term_translation(term, locale, name):
    if term.has_translation(locale):
        return False
    translation = term.copy_for_translation(locale)
    translation.name = name
    translation.description = ""
    translation.save()
    return True


def load_models(index_page, report):
    """Create the demo models that are missing, then publish each with its links."""
    terms = _terms_by_slug(index_page.locale)
    existing = {page.slug: page for page in index_page.get_children().specific()}
    created = []
    for data in MODELS:
        if data["slug"] in existing:
            report.count("ParticipationModelPage", False)
            continue
        page = index_page.add_child(instance=_build_model(data, terms, index_page.locale))
        existing[page.slug] = page
        created.append((page, data))
        report.count("ParticipationModelPage", True)
    # Publish after every page exists, so explicit "related" links can point forward.
    for page, data in created:
        page.related_model_links = [
            catalogue_models.RelatedModel(model=existing[slug])
            for slug in data["related"]
            if slug in existing
        ]
        page.save_revision().publish()


def load_evaluations(index_page, report):
    """Illustrative evaluations for the demo models marked as Sokra-evaluated; a model that
    already has any evaluation is left as it is."""
    criteria = {
        term.slug: term
        for term in catalogue_models.PromisingPracticeCriterion.objects.filter(
            locale=index_page.locale
        )
    }
    pages = catalogue_models.ParticipationModelPage.objects.child_of(index_page).filter(
        slug__in=list(EVALUATIONS)
    )
    for page in pages.prefetch_related("evaluations"):
        if page.evaluations.all():
            report.count("Evaluation", False)
            continue
        page.evaluations = [_build_evaluation(EVALUATIONS[page.slug], criteria)]
        page.save_revision().publish()
        report.count("Evaluation", True)


def _build_evaluation(data, criteria):
    areas = {}
    for area in ("own_life", "community", "common_good"):
        rating, justification = data[area]
        areas.update({f"{area}_rating": rating, f"{area}_justification": justification})
    return catalogue_models.Evaluation(
        status=catalogue_models.Evaluation.Status.PUBLISHED,
        date=date.fromisoformat(data["date"]),
        basis=data["basis"],
        criteria=[
            ("criterion", {"criterion": criteria[slug], "status": status})
            for slug, status in data["criteria"]
            if slug in criteria
        ],
        strengths=data["strengths"],
        development_needs=data["development_needs"],
        transfer_conditions=data["transfer_conditions"],
        evidence_level=data["evidence_level"],
        illustrative=True,
        **areas,
    )


def _terms_by_slug(locale):
    models = {**TERM_RELATIONS, **SINGLE_TERMS}
    return {
        key: {term.slug: term for term in model.objects.filter(locale=locale)}
        for key, model in models.items()
    }


def _build_model(data, terms, locale):
    page = catalogue_models.ParticipationModelPage(
        title=data["title"],
        slug=data["slug"],
        locale=locale,
        live=False,
        implementation=[
            ("step", {"title": title, "description": text})
            for title, text in data["implementation"]
        ],
        roles=[("role", {"actor": actor, "contribution": text}) for actor, text in data["roles"]],
        stage=terms["stage"].get(data["stage"]) if data["stage"] else None,
        **{field: data[field] for field in TEXT_FIELDS},
        **{field: data[field] or None for field in YEAR_FIELDS},
    )
    for relation in TERM_RELATIONS:
        setattr(page, relation, [terms[relation][slug] for slug in data[relation]])
    page.developers = [
        catalogue_models.ModelDeveloper(organisation=terms["organisation"][slug], role=role)
        for slug, role in data["developers"]
    ]
    return page

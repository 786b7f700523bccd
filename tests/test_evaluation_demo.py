"""Demo evaluations: exactly the Sokra-evaluated demo models get one, always labelled as
illustrative example data, and loading the demo twice adds nothing."""

import io

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Revision, Site

from home.models import EvaluationOverviewPage
from models_library.demo.catalogue import MODELS
from models_library.demo.evaluations import EVALUATIONS
from models_library.models import Evaluation, ParticipationModelPage

SOKRA_EVALUATED = {data["slug"] for data in MODELS if data["sokra_evaluated"]}


def load_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


@pytest.fixture
def demo(demo_loaded, db):
    return demo_loaded


def test_exactly_the_sokra_evaluated_models_have_one_published_illustrative_evaluation(demo):
    assert SOKRA_EVALUATED, "the demo marks some models as Sokra-evaluated"
    assert len(SOKRA_EVALUATED) < len(MODELS)

    for data in MODELS:
        page = ParticipationModelPage.objects.get(slug=data["slug"])
        evaluations = list(page.evaluations.all())
        if data["slug"] not in SOKRA_EVALUATED:
            assert evaluations == [], data["slug"]
            continue
        assert len(evaluations) == 1, data["slug"]
        evaluation = evaluations[0]
        assert evaluation.status == Evaluation.Status.PUBLISHED
        assert evaluation.illustrative, "demo data is never presented as THL's findings"
        # Valid as an editor would have to enter it, every checklist criterion resolved.
        evaluation.full_clean()
        assert len(evaluation.criteria) == len(EVALUATIONS[data["slug"]]["criteria"])
        assert all(block.value["criterion"] for block in evaluation.criteria)
    finnish = Evaluation.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    assert finnish.count() == len(SOKRA_EVALUATED)


def test_a_demo_evaluation_is_shown_with_the_illustrative_notice(demo, client):
    slug = sorted(SOKRA_EVALUATED)[0]
    page = ParticipationModelPage.objects.get(slug=slug)

    response = client.get(page.url)

    assert response.status_code == 200
    card = BeautifulSoup(response.content, "html.parser").select_one(".evaluation-card")
    assert card is not None
    notice = card.select_one(".evaluation-card__illustrative")
    with translation.override("fi"):
        expected = translation.gettext("Illustrative example data.")
    assert notice is not None and expected in notice.get_text()


def test_a_second_run_creates_no_evaluations(demo):
    evaluations = sorted(Evaluation.objects.values_list("pk", "page_id"))
    revisions = Revision.objects.count()

    second = load_demo()

    assert sorted(Evaluation.objects.values_list("pk", "page_id")) == evaluations
    assert Revision.objects.count() == revisions
    created = [line for line in second.splitlines() if line.startswith("Created")]
    assert not [line for line in created if "Evaluation" in line]


def test_the_overview_page_exists_and_counts_the_demo_evaluations(demo, client):
    home = Site.objects.get(is_default_site=True).root_page
    overview = EvaluationOverviewPage.objects.child_of(home).get()
    assert overview.live

    response = client.get(overview.url)

    assert response.status_code == 200
    numbers = response.context["overview"]
    assert numbers["evaluated"] == len(SOKRA_EVALUATED)
    assert numbers["total"] == len(MODELS)

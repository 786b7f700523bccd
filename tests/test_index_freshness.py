"""The facet index is rebuilt only when something a reader sees has changed (issue 15):
an editor saving a draft, or locking a page, leaves every process's index as it is."""

from models_library.models import ParticipationModelPage
from search.models import IndexState
from tests import factories


def fresh(page):
    return ParticipationModelPage.objects.get(pk=page.pk)


def test_saving_a_draft_of_a_live_model_keeps_the_index(make_model):
    page = fresh(make_model(title="Raati"))
    before = IndexState.current()

    page.title = "Raati (luonnos)"
    page.save_revision()

    assert IndexState.current() == before


def test_publishing_renews_the_index(make_model):
    page = fresh(make_model(title="Raati"))
    before = IndexState.current()

    page.target_groups = [factories.TargetGroupFactory()]
    page.save_revision().publish()

    assert IndexState.current() != before


def test_saving_a_page_that_is_not_live_keeps_the_index(make_model):
    draft = make_model(title="Luonnos", publish=False)
    before = IndexState.current()

    fresh(draft).save_revision()

    assert IndexState.current() == before

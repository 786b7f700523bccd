"""Anonymous visitors see live, public models only: never drafts, unpublished or private ones."""

from datetime import UTC, datetime, timedelta

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from tests import factories

OLD = datetime(2020, 1, 1, tzinfo=UTC)
RECENT = datetime(2025, 1, 1, tzinfo=UTC)


def parse(response):
    return BeautifulSoup(response.content, "html.parser")


def titles(soup, selector):
    return {" ".join(a.get_text(" ").split()) for a in soup.select(selector)}


@pytest.fixture
def terms(db):
    return {
        "principle": factories.GovernancePrincipleFactory(),
        "phase": factories.ServicePhaseFactory(),
    }


@pytest.fixture
def visible(make_model, terms):
    """Two live public models, tagged alike, published long ago."""
    return [
        make_model(title=title, published_at=OLD + timedelta(days=n), **tagged(terms))
        for n, title in enumerate(["Julkinen A", "Julkinen B"])
    ]


def tagged(terms):
    return {"principles": [terms["principle"]], "service_phases": [terms["phase"]]}


@pytest.fixture
def hidden(make_model, terms):
    """Models a visitor must not see, each tagged like the visible ones and newer than them."""
    draft = make_model(title="Luonnos", publish=False, **tagged(terms))
    unpublished = make_model(title="Poistettu julkaisusta", published_at=RECENT, **tagged(terms))
    unpublished.unpublish()
    password = make_model(title="Salasanan takana", published_at=RECENT, **tagged(terms))
    PageViewRestriction.objects.create(
        page=password, restriction_type=PageViewRestriction.PASSWORD, password="salainen"
    )
    login = make_model(title="Vain kirjautuneille", published_at=RECENT, **tagged(terms))
    PageViewRestriction.objects.create(page=login, restriction_type=PageViewRestriction.LOGIN)
    return {"draft": draft, "unpublished": unpublished, "password": password, "login": login}


def hidden_titles(hidden):
    return {page.title for page in hidden.values()}


def test_catalogue_lists_only_live_public_models(client, catalogue, visible, hidden):
    soup = parse(client.get(catalogue.url))

    assert titles(soup, ".model-card__title") == {page.title for page in visible}


def test_home_newest_models_are_only_live_public_ones(client, home, visible, hidden):
    soup = parse(client.get(home.url))

    assert titles(soup, ".model-card__title") == {page.title for page in visible}


def test_governance_matrix_counts_only_live_public_models(
    client, governance, visible, hidden, terms
):
    soup = parse(client.get(governance.url))

    cell = soup.select_one(
        f'table.matrix a[href$="?principle={terms["principle"].slug}'
        f'&service_phase={terms["phase"].slug}"]'
    )
    assert int(cell.select_one(".matrix__count").get_text()) == len(visible)


def test_related_models_never_include_hidden_ones(client, make_model, visible, hidden, terms):
    page = make_model(title="Katsottava", related=list(hidden.values()), **tagged(terms))

    soup = parse(client.get(page.url))

    # Every hidden model is both an explicit pick and shares all tags with the page.
    assert titles(soup, "section.related a") == {other.title for other in visible}


@pytest.mark.parametrize("state", ["draft", "unpublished"])
def test_a_model_that_is_not_live_is_not_found(client, hidden, state):
    page = hidden[state]

    response = client.get(f"{page.get_parent().url}{page.slug}/")

    assert response.status_code == 404
    assert page.lead not in response.content.decode()


def test_a_password_protected_model_asks_for_the_password(client, hidden):
    page = hidden["password"]

    response = client.get(page.url)

    content = response.content.decode()
    assert 'name="password"' in content
    assert page.title not in content
    assert page.lead not in content


def test_a_login_protected_model_sends_the_visitor_to_sign_in(client, hidden):
    page = hidden["login"]

    response = client.get(page.url)

    assert response.status_code == 302
    assert "login" in response["Location"]
    assert page.lead not in response.content.decode()


def test_site_navigation_lists_only_live_public_pages(client, home, catalogue, governance):
    about = factories.ContentPageFactory(parent=home, title="Tietoa", show_in_menus=False)
    hidden = [
        factories.ContentPageFactory(parent=home, title="Keskeneräinen", live=False),
        factories.ContentPageFactory(parent=home, title="Sisäinen", show_in_menus=True),
    ]
    PageViewRestriction.objects.create(page=hidden[1], restriction_type=PageViewRestriction.LOGIN)
    for page in (catalogue, governance):
        page.show_in_menus = True
        page.save()

    soup = parse(client.get(home.url))

    assert titles(soup, "nav.site-nav a") == {catalogue.title, governance.title}
    footer = titles(soup, "footer nav a")
    assert about.title in footer
    assert not {page.title for page in hidden} & (footer | titles(soup, "nav.site-nav a"))

"""A catalogue too short to page, or empty, still answers any page number (longer
catalogues: test_pagination.py)."""

from bs4 import BeautifulSoup


def shown(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [" ".join(a.get_text().split()) for a in soup.select(".model-card__title")]


def test_a_short_catalogue_has_no_pagination(client, catalogue, make_model):
    make_model()

    response = client.get(catalogue.url, {"page": "2"})

    assert response.status_code == 200
    assert len(shown(response)) == 1
    assert BeautifulSoup(response.content, "html.parser").select_one(".pagination") is None


def test_an_empty_catalogue_still_answers(client, catalogue):
    response = client.get(catalogue.url, {"page": "3"})

    assert response.status_code == 200
    assert shown(response) == []

"""Every page type renders what an editor put into it, the way a reader needs to see it."""

from datetime import UTC, datetime, timedelta

from bs4 import BeautifulSoup
from django.utils import dateformat, timezone, translation
from django.utils.translation import gettext

from home.models import HomePage
from models_library.blocks import ACTOR_CHOICES
from models_library.models import ModelDeveloper, ParticipationModelPage
from tests import factories
from tests.conftest import MODEL_TEXT_FIELDS

# A model's text sections: the field and the heading the reader sees above it.
SECTIONS = [
    ("core_idea", "Core idea"),
    ("setting", "Setting"),
    ("target_group_insight", "Target group and client insight"),
    ("adoption_conditions", "Conditions for working and adoption"),
    ("resources", "Resources"),
    ("intended_change", "Intended change and how it is measured"),
    ("change_measurement", "Measuring the change"),
    ("starting_point", "Starting point and strategic links"),
    ("needs", "Needs behind the work"),
    ("co_development", "Gathering the developers and co-development"),
]
# The classification lists of a model page: relation and the list's label.
CLASSIFICATION = [
    ("principles", "Governance principles"),
    ("service_phases", "Service phases"),
    ("procurement_phases", "Procurement phases"),
    ("target_groups", "Target groups"),
    ("topics", "Topics"),
    ("regions", "Regions"),
]


def parse(response):
    return BeautifulSoup(response.content, "html.parser")


def text(element):
    return " ".join(element.get_text(" ").split())


def fi(message):
    """The interface string as a Finnish reader sees it (whatever the catalogues hold)."""
    with translation.override("fi"):
        return gettext(message)


def definitions(dl):
    """A <dl>'s entries as (term, description element) pairs."""
    return [(text(dt), dt.find_next_sibling("dd")) for dt in dl.find_all("dt")]


def card_titles(soup):
    return [text(title) for title in soup.select(".model-card__title")]


# Home page


def test_home_shows_lead_principles_and_a_search_form_for_the_catalogue(client, home, catalogue):
    principles = [
        factories.GovernancePrincipleFactory(name=name, description=f"{name}: kuvaus")
        for name in ("Yhdessä tekeminen", "Vaikuttavuus", "Avoimuus")
    ]

    response = client.get(home.url)

    assert response.status_code == 200
    soup = parse(response)
    assert text(soup.h1) == home.title
    assert text(soup.select_one(".hero .lead")) == home.lead
    shown = soup.select(".principles .principle")
    assert [text(item.h3) for item in shown] == [p.name for p in principles]
    assert [text(item.p) for item in shown] == [p.description for p in principles]
    form = soup.select_one("form[role=search]")
    assert form["action"] == catalogue.url
    assert form["method"] == "get"
    field = form.find("input", attrs={"type": "search"})
    assert field["name"] == "q"
    assert form.find("label", attrs={"for": field["id"]}) is not None


def test_home_lists_the_newest_models_newest_first(client, home, make_model):
    start = datetime(2024, 1, 1, 12, tzinfo=UTC)
    # Publication days in scrambled order, so creation order does not give the answer.
    days = [(n * 7) % 11 for n in range(HomePage.NEWEST_COUNT + 3)]
    published = {
        make_model(title=f"Malli {n}", published_at=start + timedelta(days=day)).title: day
        for n, day in enumerate(days)
    }
    expected = sorted(published, key=published.get, reverse=True)[: HomePage.NEWEST_COUNT]

    soup = parse(client.get(home.url))

    assert card_titles(soup) == expected
    assert len(expected) == 6


def test_home_without_a_catalogue_has_no_broken_search_form(client, home):
    response = client.get(home.url)

    assert response.status_code == 200
    assert parse(response).select_one("form[role=search]") is None


# Catalogue


def test_catalogue_lists_its_models_with_their_cards(client, catalogue, make_model):
    principle = factories.GovernancePrincipleFactory()
    phase = factories.ServicePhaseFactory()
    stage = factories.DevelopmentStageFactory()
    models = [
        make_model(title="Asukasraati", principles=[principle], stage=stage),
        make_model(title="Kokemusasiantuntijat", service_phases=[phase]),
    ]

    soup = parse(client.get(catalogue.url))

    cards = soup.select(".model-card")
    assert [text(card.select_one(".model-card__title")) for card in cards] == [
        m.title for m in models
    ]
    assert [card.select_one(".model-card__title a")["href"] for card in cards] == [
        m.url for m in models
    ]
    assert [text(card.select_one(".model-card__lead")) for card in cards] == [
        m.lead for m in models
    ]
    assert [text(b) for b in cards[0].select(".badge--principle")] == [principle.name]
    assert stage.name in text(cards[0])
    assert [text(b) for b in cards[1].select(".badge--phase")] == [phase.name]


# Participation model page


def test_every_text_section_of_the_model_template_is_covered():
    assert sorted(field for field, _heading in SECTIONS) == sorted(MODEL_TEXT_FIELDS)


def test_model_page_shows_title_lead_and_every_filled_section(client, full_model):
    soup = parse(client.get(full_model.url))

    assert text(soup.h1) == full_model.title
    assert text(soup.select_one(".model__header .lead")) == full_model.lead
    body = soup.select_one(".model__body")
    headings = {text(h): h for h in body.find_all(["h2", "h3"])}
    for field, heading in SECTIONS:
        assert fi(heading) in headings, heading
        assert text(headings[fi(heading)].find_next_sibling()) == f"Teksti: {field}"


def test_model_page_leaves_out_empty_sections(client, make_model):
    page = make_model()

    body = parse(client.get(page.url)).select_one(".model__body")

    headings = [text(h) for h in body.find_all(["h2", "h3"])]
    assert headings == [fi("Core idea")]


def test_model_page_shows_implementation_steps_in_order_and_roles(client, full_model):
    soup = parse(client.get(full_model.url))

    steps = soup.select("ol.steps > li.step")
    assert [text(step.h3) for step in steps] == [
        b.value["title"] for b in full_model.implementation
    ]
    assert [text(step.p) if step.p else "" for step in steps] == [
        b.value["description"] for b in full_model.implementation
    ]
    roles = definitions(soup.select_one("dl.roles"))
    actor_labels = dict(ACTOR_CHOICES)
    with translation.override("fi"):
        expected = [
            (str(actor_labels[b.value["actor"]]), b.value["contribution"]) for b in full_model.roles
        ]
    assert [(term, text(dd)) for term, dd in roles] == expected


def test_model_page_shows_classification_developers_and_project(client, full_model):
    soup = parse(client.get(full_model.url))

    # Issue 16: the classification is in the at-a-glance box under the lead.
    classification = soup.select_one(".model__header .at-a-glance dl")
    (developers,) = soup.select(".model__aside dl.classification")
    listed = {
        term: [text(li) for li in dd.select("li")] for term, dd in definitions(classification)
    }
    for relation, label in CLASSIFICATION:
        assert listed[fi(label)] == [t.name for t in getattr(full_model, relation).all()]

    entries = [(term, text(dd)) for term, dd in definitions(developers)]
    with translation.override("fi"):
        expected_developers = [
            (str(ModelDeveloper.Role(d.role).label), d.organisation.name)
            for d in full_model.developers.all()
        ]
    assert (fi("Development project"), "OmaBudjetti-hanke (2019–2022)") in entries
    assert [e for e in entries if e in expected_developers] == expected_developers
    funders = " ".join(funder.name for funder in full_model.funders.all())
    assert (fi("Funders"), funders) in entries


def test_model_page_shows_stage_place_links_and_contact(client, full_model):
    soup = parse(client.get(full_model.url))

    facts = {term: text(dd) for term, dd in definitions(soup.select_one(".at-a-glance dl"))}
    assert facts[fi("Development stage")] == full_model.stage.name
    assert facts[fi("Where implemented")] == full_model.implemented_where
    link = soup.select_one(".link-list a")
    assert (text(link), link["href"]) == ("Hankkeen sivu", "https://example.org/hanke")
    assert facts[fi("Contact")] == "Osallisuuskoordinaattori osallisuus@example.org"


def test_model_page_shows_when_it_was_published_and_last_updated(client, full_model):
    soup = parse(client.get(full_model.url))

    facts = dict(definitions(soup.select_one(".model__header .at-a-glance dl")))
    for label, moment in [
        ("Published", full_model.first_published_at),
        ("Last updated", full_model.last_published_at),
    ]:
        local = timezone.localtime(moment)
        time = facts[fi(label)].time
        assert time["datetime"] == dateformat.format(local, "c")
        assert text(time) == dateformat.format(local, "j.n.Y")
    # 22:30 UTC on 4 March is already 5 March in Helsinki.
    assert text(facts[fi("Published")]) == "5.3.2021"


def related_titles(soup):
    section = soup.select_one("section.related")
    return [text(a) for a in section.select("a")] if section else []


def test_model_page_lists_explicit_then_similar_related_models(client, make_model):
    principle, other_principle = factories.GovernancePrincipleFactory.create_batch(2)
    phase = factories.ServicePhaseFactory()
    unrelated = make_model(title="Aivan muuta", principles=[other_principle])
    picked = make_model(title="Toimittajan valinta", principles=[other_principle])
    close = make_model(title="Zeta, kaksi yhteistä", principles=[principle], service_phases=[phase])
    near = make_model(title="Alfa, yksi yhteinen", principles=[principle])
    page = make_model(principles=[principle], service_phases=[phase], related=[picked])

    soup = parse(client.get(page.url))

    # The editor's pick first, then the most similar; never the model itself or unrelated ones.
    assert related_titles(soup) == [picked.title, close.title, near.title]
    links = soup.select_one("section.related").select("a")
    assert [a["href"] for a in links] == [picked.url, close.url, near.url]
    assert unrelated.title not in related_titles(soup)


def test_model_page_suggests_at_most_four_similar_models(client, make_model):
    principle = factories.GovernancePrincipleFactory()
    others = sorted(make_model(principles=[principle]).title for _ in range(6))
    page = make_model(principles=[principle])

    assert related_titles(parse(client.get(page.url))) == others[:4]


def test_model_page_without_related_models_has_no_related_section(client, make_model):
    page = make_model()

    assert parse(client.get(page.url)).select_one("section.related") is None


# Governance model page


def test_governance_matrix_counts_models_per_principle_and_phase(
    client, catalogue, governance, make_model
):
    principles = factories.GovernancePrincipleFactory.create_batch(3)
    phases = factories.ServicePhaseFactory.create_batch(4)
    combinations = [
        ([0], [0]),
        ([0], [0, 1]),
        ([0, 2], [1, 3]),
        ([1], []),
        ([], [2]),
        ([2], [3]),
    ]
    for p, s in combinations:
        make_model(principles=[principles[i] for i in p], service_phases=[phases[i] for i in s])

    soup = parse(client.get(governance.url))

    table = soup.select_one("table.matrix")
    assert [text(th) for th in table.select("thead th")] == [s.name for s in phases]
    rows = table.select("tbody tr")
    assert [text(row.th) for row in rows] == [p.name for p in principles]
    for principle, row in zip(principles, rows, strict=True):
        for phase, cell in zip(phases, row.select("td"), strict=True):
            expected = (
                ParticipationModelPage.objects.live()
                .public()
                .filter(principles=principle)
                .filter(service_phases=phase)
                .count()
            )
            assert int(text(cell.select_one(".matrix__count"))) == expected, (principle, phase)
            assert cell.a["href"] == (
                f"{catalogue.url}?principle={principle.slug}&service_phase={phase.slug}"
            )
    # The fixture data must exercise both empty and multi-model cells.
    counts = [int(text(c)) for c in table.select(".matrix__count")]
    assert 0 in counts
    assert max(counts) == 2


def test_each_matrix_number_links_to_exactly_the_models_it_counts(
    client, catalogue, governance, make_model
):
    principles = factories.GovernancePrincipleFactory.create_batch(2)
    phases = factories.ServicePhaseFactory.create_batch(2)
    for p, s in [([0], [0]), ([0, 1], [0]), ([1], [1]), ([0], [])]:
        make_model(principles=[principles[i] for i in p], service_phases=[phases[i] for i in s])

    cells = parse(client.get(governance.url)).select("table.matrix tbody td a")

    assert len(cells) == len(principles) * len(phases)
    for cell in cells:
        listing = parse(client.get(cell["href"]))
        shown = card_titles(listing)
        assert len(shown) == int(text(cell.select_one(".matrix__count"))), cell["href"]
        params = dict(pair.split("=") for pair in cell["href"].split("?")[1].split("&"))
        expected = (
            ParticipationModelPage.objects.live()
            .public()
            .filter(principles__slug=params["principle"])
            .filter(service_phases__slug=params["service_phase"])
        )
        assert sorted(shown) == sorted(page.title for page in expected)


# Content page


def test_content_page_renders_lead_headings_and_paragraphs(client, home):
    page = factories.ContentPageFactory(
        parent=home,
        title="Saavutettavuusseloste",
        lead="Miten sivusto toimii kaikille.",
        body=[
            ("heading", "Tila"),
            ("paragraph", "<p>Sivusto täyttää <b>AA-tason</b> vaatimukset.</p>"),
            ("heading", "Palaute"),
            ("paragraph", "<p>Kerro puutteista.</p>"),
        ],
    )

    soup = parse(client.get(page.url))

    content = soup.select_one("main .prose")
    assert text(content.h1) == page.title
    assert text(content.select_one(".lead")) == page.lead
    blocks = [
        (el.name, text(el))
        for el in content.find_all(["h2", "p"])
        if "lead" not in el.get("class", [])
    ]
    assert blocks == [
        ("h2", "Tila"),
        ("p", "Sivusto täyttää AA-tason vaatimukset."),
        ("h2", "Palaute"),
        ("p", "Kerro puutteista."),
    ]
    assert content.find("b") is not None


# Site shell


def test_pages_declare_the_active_language(client, home, catalogue, governance, make_model):
    content = factories.ContentPageFactory(parent=home)
    for page in [home, catalogue, governance, content, make_model()]:
        soup = parse(client.get(page.url))
        assert soup.html["lang"] == "fi", page


def test_unknown_path_gets_the_sites_styled_404_page(client, home):
    response = client.get("/fi/ei-ole/")

    assert response.status_code == 404
    assert "404.html" in [t.name for t in response.templates]
    soup = parse(response)
    assert soup.html["lang"] == "fi"
    assert soup.select_one("a.skip-link")["href"] == "#main"
    assert soup.select_one("header.site-header") is not None
    assert text(soup.h1) == fi("Page not found")
    assert soup.find("a", href="/fi/") is not None

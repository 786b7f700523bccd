"""The demo's Swedish and English pages: their PO files (home/demo/translations/) are complete
and well formed, and `manage.py load_demo` publishes them with wagtail-localize, once."""

import io
import re

import polib
import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.core.management import call_command
from django.core.validators import validate_slug
from django.db import transaction
from wagtail.models import Locale, Page

from core.demo import Report
from home.demo import site_pages, translations
from home.demo.translations import DIRECTORY, LANGUAGES, TRANSLATED_SLUGS
from home.models import ContentPage, EvaluationOverviewPage, GovernanceModelPage
from models_library.models import ModelLibraryIndexPage, ParticipationModelPage

TAG = re.compile(r"<[^>]+>")
PO_FILES = [(language, slug) for language in LANGUAGES for slug in TRANSLATED_SLUGS]


def po_file(language, slug):
    """The PO file in the repository (DIRECTORY as imported, whatever a test patches)."""
    return polib.pofile(str(DIRECTORY / language / f"{slug}.po"))


def entry(po, context):
    return next(e for e in po if e.msgctxt == context)


def plain(html):
    return squashed(BeautifulSoup(html, "html.parser").get_text())


def squashed(text):
    return " ".join(text.split())


# ------------------------------------------------------------------ 9. the PO files


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_a_po_file_for_each_translated_page(language):
    files = sorted(path.stem for path in (DIRECTORY / language).glob("*.po"))

    assert files == sorted(TRANSLATED_SLUGS)
    assert len(files) == 11


@pytest.mark.parametrize(("language", "slug"), PO_FILES)
def test_a_po_file_is_complete_keeps_the_tags_and_has_a_valid_slug(language, slug):
    po = po_file(language, slug)

    assert po.metadata["Language"] == language
    assert len(po) > 0
    for e in po:
        assert e.msgstr.strip(), (e.msgctxt, e.msgid)
        assert "fuzzy" not in e.flags, (e.msgctxt, e.msgid)
        assert sorted(TAG.findall(e.msgstr)) == sorted(TAG.findall(e.msgid)), e.msgctxt
    translated_slug = entry(po, "slug").msgstr
    validate_slug(translated_slug)  # raises ValidationError
    assert translated_slug == translated_slug.lower()
    assert entry(po, "title").msgstr


@pytest.mark.parametrize("language", LANGUAGES)
def test_translated_slugs_are_distinct_in_a_language(language):
    slugs = [entry(po_file(language, slug), "slug").msgstr for slug in TRANSLATED_SLUGS]

    assert len(set(slugs)) == len(slugs)


# ------------------------------------------------------- 10. load_demo's translations


def load_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """One load_demo for the module (it is slow), rolled back after the module's last test;
    each test runs in a savepoint inside it."""
    with django_db_blocker.unblock(), transaction.atomic():
        output = load_demo()
        yield output
        transaction.set_rollback(True)


@pytest.fixture
def demo_db(demo, db):
    return demo


def finnish(slug):
    return Page.objects.get(locale__language_code="fi", slug=slug).specific


def translated(slug, language):
    return finnish(slug).get_translation(Locale.objects.get(language_code=language)).specific


def rendered_text(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return squashed(BeautifulSoup(response.content, "html.parser").main.get_text())


def test_load_demo_reports_the_translations_it_published(demo_db):
    for language in LANGUAGES:
        assert f"Created {len(TRANSLATED_SLUGS)} page translation ({language})." in demo_db


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_translated_demo_pages_are_live_public_pages_of_their_own(demo_db, language):
    for slug in TRANSLATED_SLUGS:
        page = translated(slug, language)
        assert page.live, (language, slug)
        assert page.alias_of_id is None, (language, slug)  # a translation, not a copy
        assert Page.objects.public().filter(pk=page.pk).exists()
        if slug != "palaset":  # the homes are siblings: wagtail-localize numbers their slugs
            assert page.slug == entry(po_file(language, slug), "slug").msgstr
    models = ParticipationModelPage.objects.live().filter(locale__language_code=language)
    assert models.count() >= 5
    for page_class, data in [
        (GovernanceModelPage, site_pages.GOVERNANCE),
        (EvaluationOverviewPage, None),
        (ContentPage, site_pages.ACCESSIBILITY),
        (ModelLibraryIndexPage, site_pages.CATALOGUE),
    ]:
        pages = page_class.objects.live().filter(locale__language_code=language)
        if data is not None:
            pages = pages.filter(translation_key=finnish(data["slug"]).translation_key)
        assert pages.count() == 1, (page_class, language)


@pytest.mark.parametrize(("language", "slug"), PO_FILES)
def test_a_translated_demo_page_shows_the_text_of_its_po_file(demo_db, client, language, slug):
    po = po_file(language, slug)
    page = translated(slug, language)

    text = rendered_text(client, page)

    assert page.title == entry(po, "title").msgstr
    missing = [
        (e.msgctxt, e.msgstr)
        for e in po
        if e.msgctxt not in ("slug", "title") and plain(e.msgstr) not in text
    ]
    assert missing == []
    # Nothing of the Finnish source is left in the page's text (names aside).
    leftovers = [
        e.msgid
        for e in po
        if e.msgctxt != "slug" and e.msgid != e.msgstr and plain(e.msgid) in text
    ]
    assert leftovers == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_translated_models_evaluation_justifications_are_translated(demo_db, client, language):
    slug = "palvelusafari"
    po = po_file(language, slug)
    justifications = {
        e.msgctxt.rsplit(".", 1)[1]: e for e in po if e.msgctxt.endswith("_justification")
    }
    assert set(justifications) == {
        "own_life_justification",
        "community_justification",
        "common_good_justification",
    }
    page = translated(slug, language)
    evaluation = page.evaluations.get()

    for field, e in justifications.items():
        assert getattr(evaluation, field) == e.msgstr
    response = client.get(page.url)
    shown = [
        squashed(p.get_text())
        for p in BeautifulSoup(response.content, "html.parser").select(".area__justification")
    ]
    assert sorted(shown) == sorted(squashed(e.msgstr) for e in justifications.values())


@pytest.mark.parametrize(("language", "badge"), [("sv", "På finska"), ("en", "In Finnish")])
def test_each_catalogue_lists_every_demo_model_once(demo_db, client, language, badge):
    catalogue = translated("mallit", language)

    soup = BeautifulSoup(client.get(catalogue.url).content, "html.parser")

    articles = soup.select("article.model-card")
    titles = [a.select_one(".model-card__title a").get_text(strip=True) for a in articles]
    in_finnish = [a for a in articles if a.select_one(".badge--language")]
    assert len(titles) == len(set(titles)) == 20
    own = ParticipationModelPage.objects.live().filter(locale__language_code=language)
    assert len(articles) - len(in_finnish) == own.count()
    assert {a.select_one(".badge--language").get_text(strip=True) for a in in_finnish} == {badge}
    assert set(own.values_list("title", flat=True)) <= set(titles)


def row_counts():
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


def test_running_load_demo_again_changes_no_translation(demo_db):
    before = row_counts()
    titles = dict(Page.objects.values_list("pk", "title"))

    second = load_demo()

    assert row_counts() == before
    assert dict(Page.objects.values_list("pk", "title")) == titles
    assert "nothing changed" in second
    assert before["wagtail_localize.Translation"] == len(LANGUAGES) * len(TRANSLATED_SLUGS)


@pytest.fixture
def po_directory(tmp_path, monkeypatch):
    """A copy of the demo's PO files that load_demo reads instead of the real ones."""
    for language in LANGUAGES:
        (tmp_path / language).mkdir()
        for slug in TRANSLATED_SLUGS:
            po_file(language, slug).save(str(tmp_path / language / f"{slug}.po"))
    monkeypatch.setattr(translations, "DIRECTORY", tmp_path)
    return tmp_path


def test_a_po_file_with_one_empty_msgstr_publishes_no_translation(demo_db, po_directory):
    swedish = translated("tietoa", "sv")
    title = swedish.title
    swedish.delete()
    path = po_directory / "sv" / "tietoa.po"
    po = polib.pofile(str(path))
    po[len(po) - 1].msgstr = ""
    po.save(str(path))
    finnish_locale = Locale.objects.get(language_code="fi")

    report = Report()
    translations.load_translations(finnish_locale, report)

    assert not finnish("tietoa").has_translation(Locale.objects.get(language_code="sv"))
    assert not report.created
    assert any("tietoa.po" in warning for warning in report.warnings)

    # Once the string is translated again, the page is.
    po_file("sv", "tietoa").save(str(path))
    report = Report()
    translations.load_translations(finnish_locale, report)

    assert report.created == {"page translation (sv)": 1}
    assert translated("tietoa", "sv").title == title

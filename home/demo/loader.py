"""Builds the demo page tree: home, catalogue, governance model, about, accessibility."""

from wagtail.models import Page, Site

from core.public_url import sync_default_site
from home.demo import site_pages
from home.models import ContentPage, EvaluationOverviewPage, GovernanceModelPage, HomePage
from models_library.models import ModelLibraryIndexPage


def ensure_home(locale, report):
    """The site's root HomePage; replaces Wagtail's initial placeholder page."""
    site = Site.objects.filter(is_default_site=True).first()
    if site and isinstance(site.root_page.specific, HomePage):
        report.count("Page", False)
        return site.root_page.specific
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )
    home = root.add_child(
        instance=HomePage(
            title=site_pages.HOME["title"],
            slug="palaset",
            locale=locale,
            lead=site_pages.HOME["lead"],
            body=site_pages.HOME["body"],
        )
    )
    home.save_revision().publish()
    placeholder = site.root_page if site else None
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True, site_name="Palaset")
    site.root_page = home
    site.save()
    sync_default_site()
    if placeholder is not None and placeholder.specific_class is Page and placeholder.is_leaf():
        placeholder.delete()
    report.count("Page", True)
    return home


def ensure_child(parent, page_class, data, report, **fields):
    """The child with data's slug, created and published when missing."""
    existing = page_class.objects.child_of(parent).filter(slug=data["slug"]).first()
    if existing:
        report.count("Page", False)
        return existing
    page = parent.add_child(
        instance=page_class(title=data["title"], slug=data["slug"], locale=parent.locale, **fields)
    )
    page.save_revision().publish()
    report.count("Page", True)
    return page


def demo_site_pages(run):
    """Demo step (settings.DEMO_STEPS): the page tree; later steps find its pages in run.pages."""
    run.pages["home"], run.pages["catalogue"] = build_tree(run.default_locale, run.report)


def build_tree(locale, report):
    home = ensure_home(locale, report)
    catalogue = ensure_child(
        home,
        ModelLibraryIndexPage,
        site_pages.CATALOGUE,
        report,
        intro=site_pages.CATALOGUE["intro"],
        show_in_menus=True,
    )
    ensure_child(
        home,
        GovernanceModelPage,
        site_pages.GOVERNANCE,
        report,
        lead=site_pages.GOVERNANCE["lead"],
        body=site_pages.GOVERNANCE["body"],
        show_in_menus=True,
    )
    overview = site_pages.EVALUATION_OVERVIEW
    ensure_child(
        home,
        EvaluationOverviewPage,
        overview,
        report,
        lead=overview["lead"],
        body=overview["body"],
        show_in_menus=True,
    )
    for data in (site_pages.ABOUT, site_pages.ACCESSIBILITY):
        ensure_child(home, ContentPage, data, report, lead=data["lead"], body=data["body"])
    return home, catalogue

"""Site navigation built from the page tree of the reader's language."""

from django.utils.functional import SimpleLazyObject
from wagtail.models import Site


def _home_page(request):
    site = Site.find_for_request(request)
    return site.root_page.localized.specific if site else None


def _menu(request, **filters):
    home = _home_page(request)
    if home is None:
        return []
    children = home.get_children().live().public().filter(**filters)
    urls = [(child.title, child.get_url(request)) for child in children]
    return [
        {"title": title, "url": url, "is_current": request.path.startswith(url)}
        for title, url in urls
    ]


def navigation(request):
    """Context processor: lazy, so pages that never show a menu never query for one."""
    return {
        "site_navigation": SimpleLazyObject(lambda: _menu(request, show_in_menus=True)),
        "footer_navigation": SimpleLazyObject(lambda: _menu(request, show_in_menus=False)),
    }

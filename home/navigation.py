"""Site navigation from the page tree of the current page's language (one query)."""

from wagtail.models import Page, Site

from core.visibility import private_pages_q

# Home pages (the site root and its translations) sit right below Wagtail's root node.
HOME_DEPTH = 2
STEP = Page.steplen


def _home_path(request, page):
    if isinstance(page, Page) and page.depth >= HOME_DEPTH:
        return page.path[: HOME_DEPTH * STEP]
    site = Site.find_for_request(request)
    return site.root_page.localized.path if site else None


def menus(request, page=None):
    """{"main": [...], "footer": [...]}: the home page's live public children, split by
    "show in menus"; cached on the request."""
    cached = getattr(request, "_palaset_menus", None)
    if cached is not None:
        return cached
    home_path = _home_path(request, page)
    result = {"main": [], "footer": []}
    if home_path:
        children = (
            Page.objects.live()
            .filter(depth=HOME_DEPTH + 1, path__startswith=home_path)
            .exclude(private_pages_q(request))
            .only("id", "title", "url_path", "path", "show_in_menus")
            .order_by("path")
        )
        for child in children:
            url = child.get_url(request)
            item = {"title": child.title, "url": url, "is_current": request.path.startswith(url)}
            result["main" if child.show_in_menus else "footer"].append(item)
    request._palaset_menus = result
    return result

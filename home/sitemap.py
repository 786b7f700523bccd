"""/sitemap.xml: every live public page in every language, each with its translations as
hreflang alternates (Wagtail's own sitemap lists only the default language's tree)."""

from collections import defaultdict

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        under_a_root = Q()
        for root in roots:
            under_a_root |= Q(path__startswith=root.path)
        return (
            Page.objects.live()
            .public()
            .filter(under_a_root)
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _alternates(self):
        """{translation key: [{lang_code, location}, ...]} over every listed page."""
        if not hasattr(self, "_alternates_cache"):
            by_key = defaultdict(list)
            for page in self.items():
                by_key[page.translation_key].append(
                    {
                        "lang_code": page.locale.language_code,
                        "location": page.get_full_url(self.request),
                    }
                )
            self._alternates_cache = by_key
        return self._alternates_cache

    def _urls(self, page, protocol, domain):
        urls = []
        alternates = self._alternates()
        for item in self.paginator.page(page).object_list:
            for url_info in item.get_sitemap_urls(self.request):
                versions = alternates.get(item.translation_key, [])
                url_info["alternates"] = versions if len(versions) > 1 else []
                urls.append(url_info)
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home.sitemap import MultilingualSitemap
from models_library import views as catalogue_views
from programmes.urls import account_urls, programme_urls
from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}),
    path("i18n/", include("django.conf.urls.i18n")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", search_views.site_search, name="site_search"),
    path("search/suggestions/", search_views.suggestions, name="search_suggestions"),
    path("compare/", catalogue_views.compare, name="compare_models"),
    path("accounts/", include(account_urls)),
    path("programmes/", include(programme_urls)),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.views import account as admin_account
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from core import health
from core.sign_in import guard_password_reset, guard_sign_in
from home.sitemap import MultilingualSitemap
from models_library import views as catalogue_views
from opendata.urls import api_urls as open_data_api_urls
from opendata.urls import site_urls as open_data_urls
from programmes.urls import account_urls, programme_urls
from search import views as search_views

urlpatterns = [
    # Probes (core/health.py): no language prefix; HealthCheckMiddleware answers them first.
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    # The admin's sign-in and password reset, under the same limits as the site's; these
    # come first, so they replace Wagtail's own views at the same addresses.
    path(
        "admin/login/",
        guard_sign_in(admin_account.LoginView.as_view()),
        name="wagtailadmin_login",
    ),
    path(
        "admin/password_reset/",
        guard_password_reset(admin_account.PasswordResetView.as_view()),
        name="wagtailadmin_password_reset",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}),
    path("i18n/", include("django.conf.urls.i18n")),
    # Open data (docs/opendata.md): the API and the downloads, the language a parameter.
    path("api/v1/", include(open_data_api_urls)),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", search_views.site_search, name="site_search"),
    path("search/suggestions/", search_views.suggestions, name="search_suggestions"),
    path("compare/", catalogue_views.compare, name="compare_models"),
    path("untranslated/<int:pk>/", catalogue_views.untranslated, name="untranslated_model"),
    path("accounts/", include(account_urls)),
    path("programmes/", include(programme_urls)),
    path("opendata/", include(open_data_urls)),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# 503 with Retry-After instead of 500 when the database or the search server is down
# (core/outage.py); Django's own 500 page for everything else.
handler500 = "core.outage.server_error"

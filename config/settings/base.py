"""Settings shared by every environment.

Everything that differs between machines comes from the environment; see the
configuration table in README.md.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "home",
    "models_library",
    "search",
    "programmes",
    "opendata",
    "django_ratelimit",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "core.health.HealthCheckMiddleware",  # /healthz, /readyz: before anything else
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.RejectNulInPath",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # HTML compressed (the catalogue: about 60 KB, 8 KB gzipped). BREACH: the only secret in
    # a page is the CSRF token, which Django masks anew in every response, and Django's gzip
    # adds random padding (Heal The Breach); docs/operations.md, "Compression". Static files
    # come compressed from WhiteNoise, above, which this leaves alone.
    "django.middleware.gzip.GZipMiddleware",
    "core.csp.CSPMiddleware",  # Content-Security-Policy: see the block below
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "core.middleware.AdminInDefaultLanguage",  # the admin in Finnish unless the editor chose
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "programmes.middleware.PrivateForSignedInUsers",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so that its process_exception is asked first: a database or search-server outage
    # in a view answers 503 with Retry-After. Outages in the middlewares above (the session
    # or the signed-in user loaded after the view) reach handler500 in config/urls.py,
    # which answers the same (core/outage.py).
    "core.outage.OutageMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "programmes.context_processors.model_actions",
                "opendata.context_processors.open_data",
            ],
        },
    },
]

# Database: SQLite under var/ unless DATABASE_URL says otherwise.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'palaset.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DATABASE_IS_POSTGRES = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
if DATABASE_IS_POSTGRES:
    INSTALLED_APPS.append("django.contrib.postgres")
    # A database host that stops answering fails a connection in seconds (a 503, and /readyz
    # says so) instead of holding a worker until gunicorn's timeout.
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = int(
        os.environ.get("DATABASE_CONNECT_TIMEOUT", "5")
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: Finnish first, then Swedish and English.
LANGUAGE_CODE = "fi"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = WAGTAILADMIN_PERMITTED_LANGUAGES = [
    ("fi", "Suomi"),
    ("sv", "Svenska"),
    ("en", "English"),
]
# The labels above are endonyms: each language is named in itself, which is
# what a reader looking for their own language needs.
LANGUAGE_NAMES_IN_ENGLISH = {"fi": _("Finnish"), "sv": _("Swedish"), "en": _("English")}
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Helsinki"
LOCALE_PATHS = [BASE_DIR / "site" / "locale"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "core.storage.StaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Palaset"

# What `manage.py load_demo` runs, in this order (core/demo.py): each app's demo step.
# Order matters: vocabularies before models, the page tree before the models and the
# programmes (which link catalogue models), translations after the pages they translate.
DEMO_STEPS = [
    "models_library.demo.loader.demo_vocabularies",
    "home.demo.loader.demo_site_pages",
    "models_library.demo.loader.demo_models",
    "home.demo.translations.demo_translations",
    "search.demo.loader.demo_synonyms",
    "programmes.demo.loader.demo_programmes",
]

# The site's public address, e.g. https://palaset.example: links in e-mails, the sitemap and
# the Wagtail Site record use it (core/public_url.py). Required in production.
PUBLIC_URL = os.environ.get("PUBLIC_URL", "").strip()
WAGTAILADMIN_BASE_URL = PUBLIC_URL or "http://127.0.0.1:8000"
# The admin's sign-in refuses accounts without admin access, and its password reset mails
# only editors (core/sign_in.py); both share the site's rate limits (config/urls.py).
WAGTAILADMIN_USER_LOGIN_FORM = "core.sign_in.AdminLoginForm"
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "core.sign_in.AdminPasswordResetForm"  # noqa: S105
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000


# The search server, when a deployment outgrows the database search (docs/search.md):
# SEARCH_ENGINE is "database" (the default), "opensearch" (OpenSearch 2 or 3, through
# opensearch-py) or "elasticsearch" (Elasticsearch 9, through the elasticsearch client);
# a server engine needs SEARCH_URL (system check search.E002).
SEARCH_ENGINE = os.environ.get("SEARCH_ENGINE", "database")
# Wagtail's own index (the admin's page, image and document search) on the same server.
WAGTAIL_SEARCH_BACKEND_MODULES = {
    "database": "wagtail.search.backends.database",
    "opensearch": "modelsearch.backends.opensearch3",
    "elasticsearch": "wagtail.search.backends.elasticsearch9",
}


def search_backends(engine, search_url):
    backend = WAGTAIL_SEARCH_BACKEND_MODULES.get(engine, WAGTAIL_SEARCH_BACKEND_MODULES["database"])
    if backend == WAGTAIL_SEARCH_BACKEND_MODULES["database"]:
        return {"default": {"BACKEND": backend}}
    return {
        "default": {
            "BACKEND": backend,
            "URLS": [search_url],
            "INDEX": os.environ.get("SEARCH_INDEX", "palaset"),
            "TIMEOUT": 5,
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
        }
    }


WAGTAILSEARCH_BACKENDS = search_backends(SEARCH_ENGINE, os.environ.get("SEARCH_URL", ""))
# The catalogue's own search (search/backends/) uses the same server.
CATALOGUE_SEARCH_ENGINE = SEARCH_ENGINE
CATALOGUE_SEARCH_URL = os.environ.get("SEARCH_URL", "")
CATALOGUE_SEARCH_INDEX = os.environ.get("SEARCH_INDEX", "palaset")

# One process's memory: right for the development server and tests. Production sets
# REDIS_URL so that every worker shares the rate-limit counters.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]

# Programme members sign in on the public site (programmes/); editors use /admin/.
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "programme_list"
LOGOUT_REDIRECT_URL = "login"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24  # a reset link works for one day
# Rate limits (core/ratelimit.py, core/sign_in.py). Sign-in: attempts per client address, per
# account from one address, and per account from anywhere (the last not in a browser where
# the account has signed in before). Password reset: per client address and per recipient.
RATELIMIT_SIGN_IN = os.environ.get("RATELIMIT_SIGN_IN", "10/m")
RATELIMIT_SIGN_IN_PER_ACCOUNT_AND_ADDRESS = os.environ.get(
    "RATELIMIT_SIGN_IN_PER_ACCOUNT_AND_ADDRESS", "10/h"
)
RATELIMIT_SIGN_IN_PER_ACCOUNT = os.environ.get("RATELIMIT_SIGN_IN_PER_ACCOUNT", "100/h")
RATELIMIT_EMAIL = os.environ.get("RATELIMIT_EMAIL", "5/h")
RATELIMIT_EMAIL_PER_RECIPIENT = os.environ.get("RATELIMIT_EMAIL_PER_RECIPIENT", "3/h")
# Password-reset mail leaves after the response, so its timing tells nothing (core/mail.py).
SEND_MAIL_IN_BACKGROUND = True
RATELIMIT_INVITATION = os.environ.get("RATELIMIT_INVITATION", "30/m")
# Open data (opendata/, docs/opendata.md): API and download requests per client address,
# the API's page sizes and how long clients and proxies may reuse an answer.
RATELIMIT_OPEN_DATA = os.environ.get("RATELIMIT_OPEN_DATA", "300/m")
RATELIMIT_OPEN_DATA_DOWNLOADS = os.environ.get("RATELIMIT_OPEN_DATA_DOWNLOADS", "20/h")
OPEN_DATA_PAGE_SIZE = 20
OPEN_DATA_MAX_PAGE_SIZE = 100
OPEN_DATA_MAX_AGE = int(os.environ.get("OPEN_DATA_MAX_AGE", "300"))
# Behind a reverse proxy: the request header that carries the client address, e.g.
# HTTP_X_REAL_IP. Unset, REMOTE_ADDR is used.
if os.environ.get("RATELIMIT_IP_META_KEY"):
    RATELIMIT_IP_META_KEY = os.environ["RATELIMIT_IP_META_KEY"]
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "palaset@localhost")

# Content-Security-Policy (django-csp 4; core/csp.py picks the policy per request).
# The public site, programme pages included, runs only its own script and style files:
# no inline <script>, style="" attribute, <style> element, on*= handler or eval, so
# injected markup cannot run code or restyle the page. To allow another source (a CDN
# for MEDIA_URL, say), add it to the one directive that needs it, e.g. "img-src".
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        # data: for base.html's empty favicon (<link rel="icon" href="data:,">).
        "img-src": ["'self'", "data:"],
        "connect-src": ["'self'"],  # the catalogue's live search and suggestions
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# The Wagtail admin (everything under its URL, /admin/) gets this policy instead: Wagtail
# 7.4's admin is not CSP-clean. Its pages, panels, widgets and chooser modals write inline
# <script>s (page listings, inline panels, date pickers) and style="" attributes, so it
# needs 'unsafe-inline' for scripts and styles; nothing in it needs 'unsafe-eval'. The rest
# stays as strict as the public site. Its other sources: blob: and data: for image upload
# previews and icons, 'self' frames for the page preview panel. Previews themselves get the
# public policy, framable by the admin (core/csp.py). Nothing outside the site: editors'
# browsers call no avatar service and no release feed (the two settings below).
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}

# Public-sector editors' admin pages tell no outside service who is editing: no Gravatar
# avatars, no check of Wagtail's release feed (upgrades follow the LTS plan, docs/operations.md).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
# The admin's path (core.middleware.AdminInDefaultLanguage), as mounted in config/urls.py.
ADMIN_PATH = "/admin/"

# Seconds a client is asked to wait (Retry-After) when the database or the search server is
# down and pages answer 503 (core/outage.py).
OUTAGE_RETRY_AFTER = int(os.environ.get("OUTAGE_RETRY_AFTER", "30"))
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        # Identical failures (same logger, level, exception type and message) within the
        # window: the first in full, then one line with the count (core/logging.py).
        "repeats": {
            "()": "core.logging.RepeatFilter",
            "window": int(os.environ.get("LOG_REPEAT_WINDOW", "60")),
        },
        "without_traceback": {"()": "core.logging.WithoutTraceback"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["repeats"]}},
    "loggers": {
        # A bad Host header is the client's mistake: one line, no traceback.
        "django.security.DisallowedHost": {"filters": ["without_traceback"]},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}


def require_public_url(url):
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname or parts.path not in {"", "/"}:
        raise ImproperlyConfigured(
            "PUBLIC_URL is not set or not an address like https://palaset.example. Set it to "
            "the site's public address: e-mails, the sitemap and the admin's links use it."
        )
    return url.rstrip("/")


def require_secret_key(secret_key):
    if not secret_key:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set the SECRET_KEY environment variable to a long random "
            "string (for example: python -c 'import secrets; print(secrets.token_urlsafe(50))')."
        )
    return secret_key

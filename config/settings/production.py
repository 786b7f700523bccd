"""Production: every security-relevant value comes from the environment, no defaults."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool, env_list, require_public_url, require_secret_key

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = require_secret_key(os.environ.get("SECRET_KEY", ""))
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
PUBLIC_URL = require_public_url(os.environ.get("PUBLIC_URL", ""))
WAGTAILADMIN_BASE_URL = PUBLIC_URL
# X-Forwarded-Proto is believed only when the operator says a proxy in front sets it (and
# overwrites what clients send); otherwise any client could claim HTTPS.
if env_bool("TRUST_X_FORWARDED_PROTO", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# HSTS: browsers that have reached the site over HTTPS refuse plain HTTP to it for a year.
# A year rather than a trial hour: the header only travels over a working HTTPS connection
# (Django sends it only on requests it sees as secure), it binds this host name alone (no
# includeSubDomains, no preload list, both hard to undo), and an hour would protect almost
# no returning visitor. The cost accepted: this host can never go back to plain HTTP for
# a year, which a site with sign-in must not do anyway. For a trial on a new host name,
# set SECURE_HSTS_SECONDS=3600 first; 0 turns the header off.
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)


def require_redis_url(url):
    if not url:
        raise ImproperlyConfigured(
            "REDIS_URL is not set. Production needs a cache shared by all processes for "
            "rate limiting, for example REDIS_URL=redis://127.0.0.1:6379/0."
        )
    return url


CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": require_redis_url(os.environ.get("REDIS_URL", "")),
    }
}
# Django's own Redis backend increments atomically, which is all django-ratelimit needs;
# its check only lists third-party Redis backends as supported.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]

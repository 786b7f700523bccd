"""Production: every security-relevant value comes from the environment, no defaults."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool, env_list, require_secret_key

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = require_secret_key(os.environ.get("SECRET_KEY", ""))
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0"))
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

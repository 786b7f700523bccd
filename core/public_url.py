"""The site's public address (PUBLIC_URL): the one place that links leaving the site (e-mails,
the sitemap, the Wagtail Site record, the admin's notifications) take their scheme and host
from, instead of whatever Host header a request came with.

Production requires PUBLIC_URL. Elsewhere WAGTAILADMIN_BASE_URL falls back to the
development server's address and the Site record is left as the demo made it.
"""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Site


def public_url(path: str = "") -> str:
    """The public address joined with a path ("/fi/...")."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def public_url_parts() -> tuple[str, str]:
    """(scheme, host[:port]) of the public address."""
    parts = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    return parts.scheme, parts.netloc


def sync_default_site(**_kwargs) -> None:
    """Point the default Wagtail Site at PUBLIC_URL, so that page URLs in the sitemap and
    feeds use it. Runs after every migrate (post_migrate) and after loading the demo."""
    parts = urlsplit(settings.PUBLIC_URL)
    if not parts.hostname:
        return
    port = parts.port or (443 if parts.scheme == "https" else 80)
    Site.objects.filter(is_default_site=True).exclude(hostname=parts.hostname, port=port).update(
        hostname=parts.hostname, port=port
    )

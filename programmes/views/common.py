"""What every private programme view shares."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale

from models_library.catalogue import catalogue_page


def private_view(methods=("GET",)):
    """Signed-in users only, allowed methods only, and never cached anywhere
    (`Cache-Control: max-age=0, no-cache, no-store, must-revalidate, private`)."""

    def decorate(view):
        return never_cache(login_required(require_http_methods(list(methods))(wraps(view)(view))))

    return decorate


def catalogue_url(request, locale=None):
    """The catalogue of the reader's language, for links that fill gaps."""
    locale = locale or Locale.get_active()
    catalogue = catalogue_page(locale, any_language_fallback=True)
    return catalogue.get_url(request) if catalogue else "/"

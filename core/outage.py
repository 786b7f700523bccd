"""Outages: while the database or the search server is down, pages answer 503 Service
Unavailable with a Retry-After header and a short page in the reader's language, instead of
500 Internal Server Error.

Two hooks, because Django turns an exception into a response where it is raised:

- OutageMiddleware.process_exception catches what a view (or its template) raises: most
  outages show up there, since the view is usually the first to use the database.
- server_error, config/urls.py's handler500, catches the rest: an exception in a
  middleware, such as the session or the signed-in user being loaded after the view
  (programmes.middleware.PrivateForSignedInUsers asks whether the user is signed in).
  Django's convert_exception_to_response, which wraps every middleware, calls it while
  the exception is being handled, so sys.exc_info() says what failed.

The page is rendered without a request context and without touching the database: no
context processors, no Wagtail settings, no navigation. Django logs the failure as usual
("Service Unavailable: /path" with the traceback); core/logging.py's RepeatFilter keeps a
run of identical failures to one traceback and a count.
"""

import logging
import sys

import elastic_transport
import psycopg
from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.log import log_response
from django.views import defaults

logger = logging.getLogger(__name__)

# Seconds a client is asked to wait before trying again; OUTAGE_RETRY_AFTER overrides.
RETRY_AFTER = 30
# Search-server answers that mean "not now" rather than "wrong question".
UNAVAILABLE_STATUSES = {429, 502, 503, 504}
# How far to follow an exception's cause: a view that catches a database error and
# raises its own exception "from" it is still in an outage.
MAX_CHAIN = 10
TEMPLATE = "503.html"
# If even the template fails (a missing static-files manifest, say): plain text in all
# three languages.
FALLBACK = (
    "<!DOCTYPE html><html lang=fi><meta charset=utf-8><title>Palaset</title>"
    "<p>Palvelu on tilapäisesti poissa käytöstä. Yritä hetken kuluttua uudelleen.</p>"
    "<p lang=sv>Tjänsten är tillfälligt otillgänglig. Försök igen om en stund.</p>"
    "<p lang=en>The service is temporarily unavailable. Please try again in a moment.</p>"
)


def _outage_types():
    return (OperationalError, InterfaceError, psycopg.OperationalError, psycopg.InterfaceError)


def _opensearch_server_down(exception):
    """The same for opensearch-py (the OpenSearch engine's client, Wagtail's admin search
    included). Only looked at when loaded: no exception of an unloaded module exists, and
    a deployment on the database search does not pay for importing it."""
    errors = sys.modules.get("opensearchpy.exceptions")
    if errors is None or not isinstance(exception, errors.TransportError):
        return False
    if isinstance(exception, errors.ConnectionError):
        return True
    return exception.status_code in UNAVAILABLE_STATUSES


def _search_server_down(exception):
    """The search client could not reach the server, or the server said it is overloaded
    or unavailable."""
    if _opensearch_server_down(exception):
        return True
    if isinstance(exception, elastic_transport.SerializationError):
        return False  # a bug in a request or an answer, not an outage
    if isinstance(exception, elastic_transport.TransportError):
        return True
    if isinstance(exception, elastic_transport.ApiError):
        return getattr(exception.meta, "status", None) in UNAVAILABLE_STATUSES
    return False


OUTAGE_TYPES = _outage_types()


def is_outage(exception):
    """Whether the exception, or one it was raised from or while handling, means that the
    database or the search server is unavailable."""
    seen = set()
    while exception is not None and id(exception) not in seen and len(seen) < MAX_CHAIN:
        if isinstance(exception, OUTAGE_TYPES) or _search_server_down(exception):
            return True
        seen.add(id(exception))
        exception = exception.__cause__ or exception.__context__
    return False


def retry_after():
    return int(getattr(settings, "OUTAGE_RETRY_AFTER", RETRY_AFTER))


def reader_language(request):
    """The language of the address (/fi/, /sv/, /en/), else the language cookie or the
    browser's preference, else the site's default: nothing that needs the database."""
    language = translation.get_language_from_path(request.path_info)
    if language:
        return language
    try:
        return translation.get_language_from_request(request)
    except Exception:  # noqa: BLE001 - a malformed header must not break the error page
        return settings.LANGUAGE_CODE


def outage_response(request):
    """503 with Retry-After and the outage page in the reader's language; never cached."""
    language = reader_language(request)
    seconds = retry_after()
    context = {"LANGUAGE_CODE": language, "retry_after": seconds, "path": request.get_full_path()}
    with translation.override(language):
        try:
            # No request: a plain Context, so no context processor runs.
            content = loader.render_to_string(TEMPLATE, context)
        except Exception:
            logger.exception("The outage page %s could not be rendered", TEMPLATE)
            content = FALLBACK
    response = HttpResponse(content, status=503, content_type="text/html; charset=utf-8")
    response["Retry-After"] = str(seconds)
    response["Content-Language"] = language
    add_never_cache_headers(response)
    response.outage = True
    return response


class OutageMiddleware:
    """Answers 503 for database and search-server outages in views. It is last in
    settings.MIDDLEWARE, so that its process_exception is asked first."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_outage(exception):
            return None
        response = outage_response(request)
        # What Django logs for an exception it handles itself, so that the log reads the
        # same whichever hook answered.
        log_response(
            "%s: %s",
            response.reason_phrase,
            request.path,
            response=response,
            request=request,
            exception=exception,
        )
        return response


def server_error(request, template_name=defaults.ERROR_500_TEMPLATE_NAME):
    """handler500: 503 for an outage, Django's own 500 page for anything else."""
    if is_outage(sys.exc_info()[1]):
        return outage_response(request)
    return defaults.server_error(request, template_name)

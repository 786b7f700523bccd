"""What every open-data response shares: GET only, CORS, rate limits, validators and 304s,
and errors as JSON with a clear message (never a 500 for bad input)."""

import hashlib
import json
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from core.ratelimit import Limit, client_address, wait_seconds
from search.backends import SearchUnavailable

# One counter per client address for the API and the downloads together.
API_LIMIT = Limit("RATELIMIT_OPEN_DATA", "opendata", client_address)
# A whole catalogue costs seconds to build: far fewer of those per client.
DOWNLOAD_LIMIT = Limit("RATELIMIT_OPEN_DATA_DOWNLOADS", "opendata-downloads", client_address)
ALLOWED_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": ", ".join(ALLOWED_METHODS),
    "Access-Control-Allow-Headers": "Accept, Accept-Language, If-None-Match, If-Modified-Since",
    "Access-Control-Expose-Headers": "ETag, Last-Modified, Retry-After, Link, Content-Language",
    "Access-Control-Max-Age": "86400",
}


class BadRequest(Exception):
    """Bad input: answered 400 with the message."""


class NotFound(Exception):
    """No such resource: answered 404 with the message."""


def error(status: int, message: str, **headers: str) -> JsonResponse:
    response = JsonResponse({"error": {"status": status, "message": message}}, status=status)
    for name, value in {**CORS_HEADERS, **headers}.items():
        response[name] = value
    return response


def whole_catalogue(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Marks a view that builds every model's record (the downloads): besides the API's
    limit it counts against the much smaller RATELIMIT_OPEN_DATA_DOWNLOADS."""
    view.open_data_limits = (API_LIMIT, DOWNLOAD_LIMIT)  # type: ignore[attr-defined]
    return view


def open_data_view(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """GET and HEAD (OPTIONS answers CORS preflights), counted against the open-data rate
    limits; BadRequest/NotFound become 400/404, an unavailable search server 503."""
    limits = getattr(view, "open_data_limits", (API_LIMIT,))

    @csrf_exempt  # no method that changes anything is accepted; others get 405, not 403
    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            for name, value in CORS_HEADERS.items():
                response[name] = value
            response["Allow"] = ", ".join(ALLOWED_METHODS)
            return response
        if request.method not in ALLOWED_METHODS:
            return error(
                405,
                _("Method %(method)s is not allowed; the open data is read with GET.")
                % {"method": (request.method or "")[:20]},
                Allow=", ".join(ALLOWED_METHODS),
            )
        wait = wait_seconds(request, limits)
        if wait:
            return error(
                429,
                _("Too many requests. Try again in %(seconds)s seconds.") % {"seconds": wait},
                **{"Retry-After": str(wait)},
            )
        if any("\x00" in value for values in request.GET.lists() for value in values[1]):
            return error(400, _("The query string contains a NUL character."))
        try:
            response = view(request, *args, **kwargs)
        except BadRequest as exc:
            return error(400, str(exc))
        except NotFound as exc:
            # The answer is the API's own 404, not a hint to add a language prefix.
            request.urlconf = "opendata.no_language_urls"  # type: ignore[attr-defined]
            return error(404, str(exc))
        except SearchUnavailable:
            return error(
                503,
                _("Search is temporarily unavailable. Try again later."),
                **{"Retry-After": "60"},
            )
        for name, value in CORS_HEADERS.items():
            response.setdefault(name, value)
        return response

    return wrapped


def last_modified_for(request: HttpRequest, etag: str) -> float:
    """The Last-Modified of the body with `etag` at this address: when the address was
    first seen answering with it. A changed body gets a later date than the one before it
    (at least a second later, the precision of the header), so a client asking
    If-Modified-Since never gets a 304 for content it has not seen. Kept in the cache
    (shared by the workers in production)."""
    key = "opendata:modified:" + hashlib.sha256(request.get_full_path().encode()).hexdigest()
    now = float(int(timezone.now().timestamp()))
    seen = cache.get(key)
    if seen is not None and seen[0] == etag:
        return float(seen[1])
    modified = max(now, seen[1] + 1) if seen is not None else now
    cache.set(key, (etag, modified), timeout=None)
    return modified


def conditional(
    request: HttpRequest,
    body: bytes,
    content_type: str,
    *,
    stamp: Callable[[bytes, float], bytes] | None = None,
    headers: dict[str, str] | None = None,
) -> HttpResponse:
    """A response for `body` with a strong ETag (its hash) and Last-Modified, or 304 when
    the client's copy is current. `stamp(body, last_modified)` may add the date to the
    body sent (the same date for the same content, so the ETag still names one body)."""
    etag = '"' + hashlib.sha256(body).hexdigest()[:40] + '"'
    last_modified = last_modified_for(request, etag)
    not_modified = get_conditional_response(
        request, etag=etag, last_modified=int(last_modified), response=None
    )
    if not_modified is not None:
        response: HttpResponse = not_modified
    else:
        sent = stamp(body, last_modified) if stamp else body
        response = HttpResponse(sent, content_type=content_type)
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    response["Cache-Control"] = f"public, max-age={settings.OPEN_DATA_MAX_AGE}"
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def json_response(request: HttpRequest, data: Any, **headers: str) -> HttpResponse:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    return conditional(request, body, "application/json", headers=headers)

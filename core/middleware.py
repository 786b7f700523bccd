"""Request filters that every app relies on."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.utils import translation


class RejectNulInPath:
    """No address of the site contains a NUL byte, and PostgreSQL refuses one in any text it
    is asked to compare, so a path with one (a share token, a page slug, a reset token) is
    answered 400 here instead of failing deep in a query. Query strings and forms clean
    their own values (search strips control characters; form fields refuse NUL)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if "\x00" in request.path or "\x00" in request.path_info:
            return HttpResponseBadRequest(
                "Bad request: NUL in the address.", content_type="text/plain"
            )
        return self.get_response(request)


class AdminInDefaultLanguage:
    """The Wagtail admin speaks the site's default language (Finnish) whatever the browser
    asks for; an editor who chose another language in their account settings (Swedish or
    English, WAGTAILADMIN_PERMITTED_LANGUAGES) gets theirs, as Wagtail applies the profile's
    choice over the active language. Comes right after LocaleMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = f"/{settings.ADMIN_PATH.strip('/')}/"

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path_info.startswith(self.prefix):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
        return self.get_response(request)

"""Request filters that every app relies on."""

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest


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

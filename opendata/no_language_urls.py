"""The API's addresses alone, for its 404 answers: with the site's URLconf, Django's
LocaleMiddleware would turn a 404 at /api/v1/… into a redirect to /fi/api/v1/…, since the
page tree's catch-all pattern under each language prefix matches any path."""

from opendata.urls import api_urls

urlpatterns = api_urls

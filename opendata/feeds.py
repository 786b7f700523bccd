"""Atom feeds of new and updated models, one pair per language (Django's syndication)."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core.visibility import private_pages_q
from models_library.models import ParticipationModelPage
from opendata.records import LICENCE

FEED_LENGTH = 50


class ModelFeed(Feed):
    feed_type = Atom1Feed
    date_field = "first_published_at"

    def get_object(self, request: HttpRequest, *args, **kwargs):
        self.request = request
        return get_language() or settings.LANGUAGE_CODE

    def feed_copyright(self) -> str:
        return f"{LICENCE['name']}, {LICENCE['url']}"

    def items(self, language: str):
        """The live public models of the language, newest first."""
        locale = Locale.objects.filter(language_code=language).first()
        if locale is None:
            return []
        return list(
            ParticipationModelPage.objects.live()
            .exclude(private_pages_q(self.request))
            .filter(locale=locale)
            .order_by(f"-{self.date_field}", "pk")
            .only("id", "title", "lead", "url_path", "first_published_at", "last_published_at")[
                :FEED_LENGTH
            ]
        )

    def item_title(self, item) -> str:
        return item.title

    def item_description(self, item) -> str:
        return item.lead

    def item_link(self, item) -> str:
        return item.get_url(self.request)

    def item_guid(self, item) -> str:
        return item.get_full_url(self.request) + "#" + str(item.last_published_at.timestamp())

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at


class NewModelsFeed(ModelFeed):
    def title(self, language: str) -> str:
        return _("Palaset: new participation models")

    def link(self, language: str) -> str:
        return reverse("opendata_page")

    def feed_url(self, language: str) -> str:
        return reverse("opendata_feed_new")

    def subtitle(self, language: str) -> str:
        return _("Participation models as they are first published.")

    def item_guid(self, item) -> str:
        return item.get_full_url(self.request)


class UpdatedModelsFeed(ModelFeed):
    date_field = "last_published_at"

    def title(self, language: str) -> str:
        return _("Palaset: updated participation models")

    def link(self, language: str) -> str:
        return reverse("opendata_page")

    def feed_url(self, language: str) -> str:
        return reverse("opendata_feed_updated")

    def subtitle(self, language: str) -> str:
        return _("Participation models each time they are published, newest first.")

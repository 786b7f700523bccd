"""Routing a URL to a page in two queries whatever its depth, instead of two per level."""

from typing import Any

from wagtail.models import Page


class DirectRoute:
    """For the site's root page: a URL below it is looked up by its last slug, depth and
    full URL path at once (the slug is indexed), then the page routes itself as usual
    (a page that is not live answers 404). Anything else, such as a page that routes its
    own sub-paths, goes Wagtail's way, level by level."""

    def route(self, request: Any, path_components: list[str]) -> Any:
        if path_components:
            assert isinstance(self, Page)
            found = Page.objects.filter(
                slug=path_components[-1],
                depth=self.depth + len(path_components),
                path__startswith=self.path,
                url_path=self.url_path + "/".join(path_components) + "/",
            ).first()
            if found is not None:
                return found.specific.route(request, [])
        return super().route(request, path_components)  # type: ignore[misc]

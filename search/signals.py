"""Keep the search index in step with publishing: the next search sees every change.

Publishing (re)indexes a model; unpublishing and deleting remove it. Moving a
page or making it private needs nothing here: live and public are checked at query time.
Anything that may change the tags renews the facet index's token.
"""

import logging
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from django.db.models import Model
from django.db.models.signals import post_delete, post_save
from wagtail.models import COMMENTS_RELATION_NAME, Page
from wagtail.signals import page_published, page_unpublished

from models_library.models import ParticipationModelPage
from models_library.models.taxonomy import Vocabulary
from search.indexing import index_page, remove_page
from search.models import IndexState, SynonymGroup

logger = logging.getLogger(__name__)
T = TypeVar("T")


def _is_catalogue_model(page: Page) -> bool:
    return isinstance(page, ParticipationModelPage)


def on_published(sender: type[Page], instance: Page, **kwargs: Any) -> None:
    if _is_catalogue_model(instance):
        _safely(index_page, instance)
        IndexState.bump()


def on_unpublished(sender: type[Page], instance: Page, **kwargs: Any) -> None:
    if _is_catalogue_model(instance):
        _safely(remove_page, instance.pk)
        IndexState.bump()


def _safely(action: Callable[[T], object], argument: T) -> None:
    """An unreachable search server must not stop an editor from publishing; the error is
    logged and `manage.py reindex_catalogue` repairs the index later."""
    try:
        action(argument)
    except Exception:  # noqa: BLE001
        logger.exception("Search indexing failed for %s", argument)


def on_model_deleted(
    sender: type[ParticipationModelPage], instance: ParticipationModelPage, **kwargs: Any
) -> None:
    """Deleting cascades to the database's rows; a search server forgets the page too."""
    _safely(remove_page, instance.pk)
    IndexState.bump()


def on_tags_may_change(sender: type[Vocabulary], instance: Vocabulary, **kwargs: Any) -> None:
    """Saving a model page (its tags are saved with it) or deleting a vocabulary term
    (which removes its links) makes the facet index stale."""
    IndexState.bump()


def on_model_saved(
    sender: type[ParticipationModelPage], instance: ParticipationModelPage, **kwargs: Any
) -> None:
    # Aliases are kept in step with their original by a save, never by publishing.
    if instance.live and instance.alias_of_id:
        _safely(index_page, instance)
    update_fields = kwargs.get("update_fields")
    if not instance.live or (update_fields and set(update_fields) <= DRAFT_BOOKKEEPING):
        return  # nothing a reader sees has changed: no process rebuilds its facet index
    IndexState.bump()


# What Wagtail saves on a page when an editor saves a draft or locks it: the live page's
# tags and texts stay as they are until the draft is published (page_published).
DRAFT_BOOKKEEPING = {
    COMMENTS_RELATION_NAME,
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
}


def connect() -> None:
    page_published.connect(on_published, dispatch_uid="catalogue_search_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="catalogue_search_unpublished")
    post_save.connect(on_model_saved, sender=ParticipationModelPage, dispatch_uid="search_save")
    # Synonyms apply when a query is analysed: every process reloads them with the index.
    for name, signal in (("saved", post_save), ("deleted", post_delete)):
        signal.connect(on_tags_may_change, sender=SynonymGroup, dispatch_uid=f"synonyms_{name}")
    post_delete.connect(
        on_model_deleted, sender=ParticipationModelPage, dispatch_uid="search_delete"
    )
    for model in _concrete_subclasses(Vocabulary):
        uid = f"search_{model.__name__}"
        post_delete.connect(on_tags_may_change, sender=model, dispatch_uid=uid)
        # A new or renamed term: facets read their labels as of the index's token.
        post_save.connect(on_tags_may_change, sender=model, dispatch_uid=f"{uid}_saved")


def _concrete_subclasses(base: type[Model]) -> Iterator[type[Model]]:
    for model in base.__subclasses__():
        if not model._meta.abstract:
            yield model
        yield from _concrete_subclasses(model)

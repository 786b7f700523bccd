"""Similar models from the facet index's bitsets: the model page's cost does not grow with
the catalogue (models_library asks through the `similar_models` Wagtail hook).

A model's similarity to another is the number of terms they share in the classifications
marked `similarity` in the registry. Adding one bitset per term to a bit-sliced counter
(one Python int per binary digit of the count) scores every page at once in a few bitwise
operations; the best-scored candidates are then checked for visibility and ordered by
title in one query.
"""

from django.db.models import Q

from models_library.classification import chosen
from models_library.models import ParticipationModelPage
from search.facet_index import FacetIndex, current_index

# How many best-scored candidates are checked for visibility: enough that a few hidden or
# other-language pages among them still leave `limit` to show.
CANDIDATES = 60


def _counter(index: FacetIndex, tag_ids: dict[str, list[int]]) -> list[int]:
    """The pages' shared-term counts as bit planes: plane i holds bit i of each count."""
    planes: list[int] = []
    by_relation = {c.relation: c.param for c in chosen("similarity")}
    for relation, ids in tag_ids.items():
        facet = by_relation.get(relation)
        if facet is None:
            continue
        for term_id in ids:
            carry = index.having(facet, term_id)
            for number, plane in enumerate(planes):
                planes[number], carry = plane ^ carry, plane & carry
                if not carry:
                    break
            if carry:
                planes.append(carry)
    return planes


def _best(planes: list[int], wanted: int) -> list[tuple[int, int]]:
    """(score, bitset of the pages with that score), best first, until `wanted` pages."""
    groups = []
    found = 0
    for score in range((1 << len(planes)) - 1, 0, -1):
        pages = -1
        for number, plane in enumerate(planes):
            pages &= plane if score >> number & 1 else ~plane
        if pages > 0:
            groups.append((score, pages))
            found += pages.bit_count()
            if found >= wanted:
                break
    return groups


def similar_models(
    page: ParticipationModelPage,
    tag_ids: dict[str, list[int]],
    private_q: Q,
    exclude: list[int],
    limit: int,
) -> list[ParticipationModelPage]:
    """Other live public models of the page's language, most shared terms first, then by
    title (one query)."""
    index = current_index()
    planes = _counter(index, tag_ids)
    if not planes:
        return []
    skip = index.bitset([page.pk, *exclude])
    scores: dict[int, int] = {}
    for score, pages in _best(planes, CANDIDATES + len(exclude) + 1):
        for page_id in index.keep(index.positions, pages & ~skip):
            scores[page_id] = score
    visible = (
        ParticipationModelPage.objects.live()
        .exclude(private_q)
        .filter(pk__in=list(scores), locale_id=page.locale_id)
    )
    ranked = sorted(visible, key=lambda model: (-scores[model.pk], model.title))
    return ranked[:limit]

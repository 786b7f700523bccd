"""Turns a published participation model into search terms and keeps the index current."""

import unicodedata

from django.db import connection, transaction

from models_library.classification import relations
from models_library.models import ParticipationModelPage
from search.analysis import KIND_WEIGHTS, document_terms, words
from search.backends import ElasticsearchTextIndex, text_index
from search.models import IndexedPage, IndexState, Posting

# A match in the title counts most, then the lead and the classification labels.
TITLE_WEIGHT, LEAD_WEIGHT, TAG_WEIGHT, TEXT_WEIGHT = 5.0, 2.0, 2.0, 1.0
# Classifications whose labels are searchable text (models_library/classification.py).
TAG_RELATIONS = relations("indexed", many_only=True)
# Letters that Finnish and Swedish sort after z, in this order.
NORDIC_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}"})


def sort_key(title):
    """Lower-case title whose binary order is the Finnish alphabetical order."""
    folded = []
    for char in title.lower():
        if char in "åäö":
            folded.append(char)
            continue
        decomposed = unicodedata.normalize("NFKD", char)
        folded.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return "".join(folded).translate(NORDIC_ORDER)[:600]


def _saturated(count):
    """BM25-style term-frequency saturation: the fifth mention adds little."""
    return count * 2.2 / (count + 1.2)


def weighted_fields(page):
    """The page's texts (its `search_content()`, the catalogue's side of the contract)
    with the weight of a match in each."""
    content = page.search_content()
    return [
        (content.title, TITLE_WEIGHT),
        (content.lead, LEAD_WEIGHT),
        (content.tags, TAG_WEIGHT),
        (content.body, TEXT_WEIGHT),
    ]


def term_weights(page, language):
    weights = {}
    for text, field_weight in weighted_fields(page):
        for (term, kind), count in document_terms(text, language).items():
            weight = field_weight * KIND_WEIGHTS[kind] * _saturated(count)
            weights[term] = weights.get(term, 0.0) + weight
    return weights


def search_document(page, language):
    """The page's terms by field for a search server: compound parts apart, so that a
    match on a whole word ranks above a match on a part."""
    fields = {"title": [], "text": [], "title_parts": [], "text_parts": []}
    for number, (text, _weight) in enumerate(weighted_fields(page)):
        target = "title" if number == 0 else "text"
        for (term, kind), count in document_terms(text, language).items():
            fields[f"{target}_parts" if kind == "part" else target] += [term] * count
    return {"locale_id": page.locale_id, **{k: " ".join(v) for k, v in fields.items()}}


def _rows(page):
    """The page's IndexedPage row and its postings rows, ready to insert."""
    language = page.locale.language_code
    entry = (page.pk, language, sort_key(page.title), " ".join(words(page.title))[:300])
    postings = [(term, page.pk, weight) for term, weight in term_weights(page, language).items()]
    return entry, postings


def _insert(entries, postings):
    """Insert rows without model instances: millions of postings in a full rebuild."""
    entry_table, posting_table = IndexedPage._meta.db_table, Posting._meta.db_table
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {entry_table} (page_id, language, sort_key, title_lower) "  # noqa: S608
            "VALUES (%s, %s, %s, %s)",
            entries,
        )
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(
                f"COPY {posting_table} (term, entry_id, weight) FROM STDIN"  # noqa: S608
            ) as copy:
                for row in postings:
                    copy.write_row(row)
        else:
            cursor.executemany(
                f"INSERT INTO {posting_table} (term, entry_id, weight) "  # noqa: S608
                "VALUES (%s, %s, %s)",
                postings,
            )


def _push_to_server(server, pages):
    if isinstance(server, ElasticsearchTextIndex):
        for page in pages:
            server.put(page.pk, search_document(page, page.locale.language_code))


def index_page(page):
    """(Re)index one participation model from its current, live content."""
    _push_to_server(text_index(), [page])
    entry, postings = _rows(page)
    with transaction.atomic():
        IndexedPage.objects.filter(page_id=page.pk).delete()
        _insert([entry], postings)


def remove_page(page_id):
    server = text_index()
    if isinstance(server, ElasticsearchTextIndex):
        server.delete(page_id)
    IndexedPage.objects.filter(page_id=page_id).delete()


def reindex_all(stdout=None, batch=500):
    """Rebuild the whole index from live participation models; returns the number indexed."""
    pages = (
        ParticipationModelPage.objects.live()
        .select_related("locale")
        .prefetch_related(*TAG_RELATIONS)
        .order_by("pk")
    )
    server = text_index()
    if isinstance(server, ElasticsearchTextIndex):
        server.recreate()
    count = 0
    with transaction.atomic():
        Posting.objects.all().delete()
        IndexedPage.objects.all().delete()
        entries, postings = [], []
        for page in pages.iterator(chunk_size=batch):
            _push_to_server(server, [page])
            entry, rows = _rows(page)
            entries.append(entry)
            postings += rows
            count += 1
            if len(entries) == batch:
                _insert(entries, postings)
                entries, postings = [], []
                if stdout and count % 5000 == 0:
                    stdout.write(f"  {count} pages indexed")
        _insert(entries, postings)
        IndexState.bump()
    _refresh_statistics()
    return count


def _refresh_statistics():
    """Fresh planner statistics after a bulk load, so term lookups use the index at once.
    On PostgreSQL, VACUUM also marks the new rows all-visible, so matching reads the
    covering index alone; it cannot run inside a transaction, where ANALYZE must do."""
    vacuum = connection.vendor == "postgresql" and not connection.in_atomic_block
    command = "VACUUM ANALYZE" if vacuum else "ANALYZE"
    with connection.cursor() as cursor:
        for table in (IndexedPage._meta.db_table, Posting._meta.db_table):
            cursor.execute(f"{command} {table}")  # our own table names

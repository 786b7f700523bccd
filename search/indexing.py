"""Turns a published participation model into search terms and keeps the index current."""

import struct
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import connection, transaction

from models_library.classification import chosen, relations
from models_library.models import ParticipationModelPage
from search.analysis import KIND_WEIGHTS, document_terms, words
from search.backends import IndexDocument, text_index
from search.models import IndexedPage, IndexState, Posting, SearchTerm

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

# A match in the title counts most, then the lead and the classification labels.
TITLE_WEIGHT, LEAD_WEIGHT, TAG_WEIGHT, TEXT_WEIGHT = 5.0, 2.0, 2.0, 1.0
# Classifications whose labels are searchable text (models_library/classification.py).
TAG_RELATIONS = relations("indexed", many_only=True)
# Letters that Finnish and Swedish sort after z, in this order.
NORDIC_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}"})
# An IndexedPage row: (page id, language, sort key, lower-case title words).
Entry = tuple[int, str, str, str]
# A SearchTerm row: (language, term, whether a correction may propose it).
LexiconRow = tuple[str, str, bool]
# The kinds of term a typo correction may propose: words as written and base forms.
CORRECTABLE_KINDS = {"word", "base"}


def sort_key(title: str) -> str:
    """Lower-case title whose binary order is the Finnish alphabetical order."""
    folded = []
    for char in title.lower():
        if char in "åäö":
            folded.append(char)
            continue
        decomposed = unicodedata.normalize("NFKD", char)
        folded.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return "".join(folded).translate(NORDIC_ORDER)[:600]


def _saturated(count: int) -> float:
    """BM25-style term-frequency saturation: the fifth mention adds little."""
    return count * 2.2 / (count + 1.2)


def _server_precision(weight: float) -> float:
    """The weight as a search server stores it (Lucene keeps 9 significant bits of a rank
    feature): every backend then sums the same numbers and ranks alike."""
    bits = struct.unpack(">I", struct.pack(">f", weight))[0] >> 15 << 15
    return struct.unpack(">f", struct.pack(">I", bits))[0]


class OtherLanguageLabels:
    """The searchable vocabularies' labels in the languages other than the default, read
    once per indexing run (one query per vocabulary): a Finnish model that has no Swedish
    translation is found in the Swedish catalogue through its tags' Swedish labels."""

    def __init__(self) -> None:
        self._names: dict[str, dict[tuple[type, Any], str]] | None = None

    def of(self, terms: Sequence[Any]) -> dict[str, str]:
        """{language: the terms' labels in it, as one text}."""
        if self._names is None:
            self._names = self._load()
        return {
            language: " ".join(names.get((type(t), t.translation_key), "") for t in terms)
            for language, names in self._names.items()
        }

    @staticmethod
    def _load() -> dict[str, dict[tuple[type, Any], str]]:
        others = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
        names: dict[str, dict[tuple[type, Any], str]] = {code: {} for code in others}
        for classification in chosen("indexed"):
            model = classification.model
            rows = model._default_manager.filter(locale__language_code__in=others).values_list(
                "locale__language_code", "translation_key", "name"
            )
            for code, key, name in rows:
                names[code][(model, key)] = name
        return names


def weighted_fields(
    page: ParticipationModelPage, labels: OtherLanguageLabels
) -> list[tuple[str, float, str]]:
    """The page's texts (its `search_content()`, the catalogue's side of the contract),
    each with the weight of a match in it and the language to analyse it in."""
    content = page.search_content()
    language = page.locale.language_code
    fields = [
        (content.title, TITLE_WEIGHT, language),
        (content.lead, LEAD_WEIGHT, language),
        (content.tags, TAG_WEIGHT, language),
        (content.body, TEXT_WEIGHT, language),
    ]
    if language == settings.LANGUAGE_CODE:
        for other, text in labels.of(content.tag_terms).items():
            fields.append((text, TAG_WEIGHT, other))
    return fields


def page_terms(
    page: ParticipationModelPage, labels: OtherLanguageLabels | None = None
) -> tuple[dict[str, float], set[LexiconRow]]:
    """The page's terms with their weights, and its rows for the lexicon (the language a
    term belongs to is the page's: its own language's search is the one that meets it)."""
    weights: dict[str, float] = {}
    lexicon: set[LexiconRow] = set()
    language = page.locale.language_code
    for text, field_weight, text_language in weighted_fields(page, labels or OtherLanguageLabels()):
        for (term, kind), count in document_terms(text, text_language).items():
            weight = field_weight * KIND_WEIGHTS[kind] * _saturated(count)
            weights[term] = weights.get(term, 0.0) + weight
            lexicon.add((language, term[:60], kind in CORRECTABLE_KINDS))
    return {term: _server_precision(weight) for term, weight in weights.items()}, lexicon


def term_weights(page: ParticipationModelPage) -> dict[str, float]:
    return page_terms(page)[0]


def _analysed(
    page: ParticipationModelPage, labels: OtherLanguageLabels
) -> tuple[Entry, IndexDocument, set[LexiconRow]]:
    """The page's IndexedPage row (for every backend: title order and suggestions), its
    document for the text index and its rows for the lexicon."""
    language = page.locale.language_code
    entry = (page.pk, language, sort_key(page.title), " ".join(words(page.title))[:300])
    weights, lexicon = page_terms(page, labels)
    return entry, IndexDocument(page.pk, page.locale_id, weights), lexicon


def _add_to_lexicon(rows: set[LexiconRow]) -> None:
    terms = [SearchTerm(language=lang, text=text, correctable=c) for lang, text, c in rows]
    SearchTerm.objects.bulk_create(terms, ignore_conflicts=True, batch_size=2000)


def _insert_entries(entries: Sequence[Entry]) -> None:
    table = IndexedPage._meta.db_table
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} (page_id, language, sort_key, title_lower) "  # noqa: S608
            "VALUES (%s, %s, %s, %s)",
            entries,
        )


def index_page(page: ParticipationModelPage) -> None:
    """(Re)index one participation model from its current, live content."""
    entry, document, lexicon = _analysed(page, OtherLanguageLabels())
    with transaction.atomic():
        IndexedPage.objects.filter(page_id=page.pk).delete()
        _insert_entries([entry])
        _add_to_lexicon(lexicon)
        text_index().put([document])


def remove_page(page_id: int) -> None:
    with transaction.atomic():
        IndexedPage.objects.filter(page_id=page_id).delete()
        text_index().delete([page_id])


def reindex_all(stdout: "SupportsWrite[str] | None" = None, batch: int = 500) -> int:
    """Rebuild the whole index from live participation models; returns the number indexed."""
    pages = (
        ParticipationModelPage.objects.live()
        .select_related("locale")
        .prefetch_related(*TAG_RELATIONS)
        .order_by("pk")
    )
    backend = text_index()
    labels = OtherLanguageLabels()
    count = 0
    with transaction.atomic(), backend.recreate():
        IndexedPage.objects.all().delete()
        SearchTerm.objects.all().delete()
        lexicon: set[LexiconRow] = set()
        entries: list[Entry] = []
        documents: list[IndexDocument] = []
        for page in pages.iterator(chunk_size=batch):
            entry, document, terms = _analysed(page, labels)
            entries.append(entry)
            documents.append(document)
            lexicon |= terms
            count += 1
            if len(entries) == batch:
                _insert_entries(entries)
                backend.put(documents)
                entries, documents = [], []
                if stdout and count % 5000 == 0:
                    stdout.write(f"  {count} pages indexed")
        _insert_entries(entries)
        backend.put(documents)
        _add_to_lexicon(lexicon)
        IndexState.bump()
    _refresh_statistics()
    return count


def _refresh_statistics() -> None:
    """Fresh planner statistics after a bulk load, so term lookups use the index at once,
    and for every other table too: after an import or a restore autovacuum may not have run
    yet (or be off), and without statistics the catalogue's joins over the page and tag
    tables are planned blind. On PostgreSQL, VACUUM also marks the new postings all-visible,
    so matching reads the covering index alone; it cannot run inside a transaction, where
    ANALYZE must do."""
    vacuum = connection.vendor == "postgresql" and not connection.in_atomic_block
    command = "VACUUM ANALYZE" if vacuum else "ANALYZE"
    with connection.cursor() as cursor:
        for table in (IndexedPage._meta.db_table, Posting._meta.db_table):
            cursor.execute(f"{command} {table}")  # our own table names
        cursor.execute("ANALYZE")  # every table of the database

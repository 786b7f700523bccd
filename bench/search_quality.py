"""Search quality on the demo content: recall@5 and MRR per query set and per backend.

    .venv/bin/python bench/search_quality.py                     # SQLite (a scratch file)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/palaset_quality \\
        .venv/bin/python bench/search_quality.py
    OPENSEARCH_URL=http://127.0.0.1:9200 .venv/bin/python bench/search_quality.py  # + OpenSearch

Reads every *.tsv in ../shared/search-quality/ (query, expected title start, language, and
an optional kind; format in that folder's README), loads the demo catalogue into the
database DATABASE_URL names (a scratch SQLite file by default), and runs each query through
the catalogue search exactly as the public search page does, on the database backend and,
with OPENSEARCH_URL set, on OpenSearch too (same data, reindexed there). Prints the misses
with their ranks, then recall@5 (expected model among the first five) and MRR (1/rank, 0
beyond 10) per file and backend, and the analysis time of queries never seen before.
"""

import argparse
import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
QUERY_DIR = ROOT.parent / "shared" / "search-quality"


def read_queries(path):
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            query, expected, language, *_kind = line.split("\t")
            rows.append((query, expected, language))
    return rows


def ranked_titles(query, language):
    from django.http import QueryDict
    from django.utils import translation

    from core.visibility import private_pages_q
    from models_library.models import ModelLibraryIndexPage
    from search import params
    from search.engine import CatalogueSearch
    from search.views import _default_locale_id

    catalogue = ModelLibraryIndexPage.objects.get(locale__language_code=language)
    with translation.override(language):
        search = CatalogueSearch(
            params.parse(QueryDict(f"q={query}")),
            catalogue.locale_id,
            language,
            private_pages_q(),
            fallback_locale=_default_locale_id(catalogue),
        )
        return [hit.page.title for hit in search.run().hits[:10]]


def measure(files):
    """{file name: (recall@5, MRR, misses)} on the configured backend."""
    results = {}
    for path in files:
        queries = read_queries(path)
        found, reciprocal, misses = 0, 0.0, []
        for query, expected, language in queries:
            titles = ranked_titles(query, language)
            rank = next((i for i, t in enumerate(titles, 1) if t.startswith(expected)), None)
            found += bool(rank and rank <= 5)
            reciprocal += 1 / rank if rank else 0.0
            if rank != 1:
                misses.append(f"{rank or '-':>3}  {query} [{language}]  →  {expected}")
        results[path.name] = (found / len(queries), reciprocal / len(queries), misses)
    return results


def analysis_times(count=300):
    """p50 and p95 in ms of analysing a query word never seen before (cold caches)."""
    import random
    import string

    from bench.stats import percentile
    from search.analysis import word_terms
    from search.facet_index import current_index
    from search.lexicon import current_lexicon
    from search.query import analyse

    lexicon = current_lexicon(current_index().version)
    rng = random.Random(13)
    timings = []
    for number in range(count):
        word = "".join(rng.choice(string.ascii_lowercase + "äö") for _ in range(6 + number % 12))
        language = ("fi", "sv", "en")[number % 3]
        word_terms.cache_clear()
        start = time.perf_counter()
        analyse(word, language, lexicon)
        timings.append((time.perf_counter() - start) * 1000)
    return percentile(timings, 50), percentile(timings, 95)


def report(backend, results):
    for name, (_recall, _mrr, misses) in results.items():
        for miss in misses:
            print(f"  {backend} {name}: {miss}")
    for name, (recall, mrr, _misses) in results.items():
        print(f"{backend:<12} {name:<28} recall@5 {recall:.2f}  MRR {mrr:.2f}")


def main():
    parser = argparse.ArgumentParser(description="Search quality: recall@5 and MRR.")
    parser.add_argument("--queries", default=str(QUERY_DIR), help="a .tsv file or a folder")
    args = parser.parse_args()
    source = Path(args.queries)
    files = sorted(source.glob("*.tsv")) if source.is_dir() else [source]
    if "DATABASE_URL" not in os.environ:
        os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/quality.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import override_settings

    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=io.StringIO())
    call_command("reindex_catalogue", stdout=io.StringIO())

    report(connection.vendor, measure(files))
    opensearch = os.environ.get("OPENSEARCH_URL", "")
    if opensearch:
        server = {
            "CATALOGUE_SEARCH_ENGINE": "opensearch",
            "CATALOGUE_SEARCH_URL": opensearch,
            "CATALOGUE_SEARCH_INDEX": f"palaset-quality-{os.getpid()}",
        }
        with override_settings(**server):
            call_command("reindex_catalogue", stdout=io.StringIO())
            report("opensearch", measure(files))
    p50, p95 = analysis_times()
    print(f"\nanalysis of an unseen query word: p50 {p50:.2f} ms, p95 {p95:.2f} ms")


if __name__ == "__main__":
    main()

"""Search quality on the demo content: recall@5 and MRR per backend.

    .venv/bin/python bench/search_quality.py                     # SQLite (a scratch file)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/palaset_quality \
        .venv/bin/python bench/search_quality.py

Reads ../shared/search-quality/public-queries.tsv (query, expected title start, language),
loads the demo catalogue into the database DATABASE_URL names (a scratch SQLite file by
default), runs each query through the catalogue search engine exactly as the public
search page does, and prints per-query ranks, recall@5 and MRR (1/rank, 0 beyond 10).
"""

import argparse
import io
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_QUERIES = ROOT.parent / "shared" / "search-quality" / "public-queries.tsv"


def read_queries(path):
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            query, expected, language = line.split("\t")
            rows.append((query, expected, language))
    return rows


def ranked_titles(query, language):
    from django.http import QueryDict
    from django.utils import translation

    from core.visibility import private_pages_q
    from models_library.models import ModelLibraryIndexPage
    from search import params
    from search.engine import CatalogueSearch

    catalogue = ModelLibraryIndexPage.objects.get(locale__language_code=language)
    with translation.override(language):
        search = CatalogueSearch(
            params.parse(QueryDict(f"q={query}")), catalogue.locale_id, language, private_pages_q()
        )
        return [hit.page.title for hit in search.run().hits[:10]]


def main():
    parser = argparse.ArgumentParser(description="Search quality: recall@5 and MRR.")
    parser.add_argument("--queries", default=str(DEFAULT_QUERIES))
    args = parser.parse_args()
    if "DATABASE_URL" not in os.environ:
        os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/quality.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=io.StringIO())
    call_command("reindex_catalogue", stdout=io.StringIO())

    queries = read_queries(args.queries)
    found, reciprocal = 0, 0.0
    for query, expected, language in queries:
        titles = ranked_titles(query, language)
        rank = next((i for i, t in enumerate(titles, 1) if t.startswith(expected)), None)
        found += bool(rank and rank <= 5)
        reciprocal += 1 / rank if rank else 0.0
        print(f"{rank or '-':>3}  {query}  →  {expected}")
    backend = connection.vendor
    print(f"\n{backend}: recall@5 {found / len(queries):.2f}  MRR {reciprocal / len(queries):.2f}")


if __name__ == "__main__":
    main()

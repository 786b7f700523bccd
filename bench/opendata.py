"""Benchmark the open data: the whole catalogue as JSON and CSV, and API list pages.

    export DATABASE_URL=sqlite:////tmp/palaset-bench.sqlite3        # or postgres://…/palaset_bench
    .venv/bin/python bench/opendata.py --size 10000

The database is migrated, given the demo content and generated models up to `--size`
(bench/generate.py; kept between runs) and the catalogue index is rebuilt when new models
were added. Then, through Django's test client (routing, middleware, views; no network):
the full JSON and CSV downloads of the Finnish catalogue (wall time, size), and API list
pages (the default 20 records with every field; pages spread over the catalogue, a facet,
a text query), each with p50/p95 latency and SQL queries per request.
"""

import argparse
import io
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.stats import report, timed  # noqa: E402  (after the path: run as a script)


def main():
    parser = argparse.ArgumentParser(description="Open data benchmark.")
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=40, help="API requests per kind")
    args = parser.parse_args()
    if "DATABASE_URL" not in os.environ:
        sys.exit("Set DATABASE_URL to a database the benchmark may fill (see the docstring).")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client

    from bench.generate import generate_models
    from models_library.models import ModelLibraryIndexPage

    settings.RATELIMIT_OPEN_DATA = "1000000/m"
    settings.RATELIMIT_OPEN_DATA_DOWNLOADS = "1000000/m"
    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=io.StringIO())
    catalogue = ModelLibraryIndexPage.objects.get(locale__language_code="fi")
    before = catalogue.get_children().count()
    generate_models(catalogue, args.size)
    if catalogue.get_children().count() != before:
        call_command("reindex_catalogue", stdout=io.StringIO())
    client = Client()
    client.get("/api/v1/models/")  # the facet index, lexicon and analysers load once

    for kind in ("json", "csv"):
        elapsed, queries, response = timed(
            lambda kind=kind: client.get(f"/api/v1/downloads/models-fi.{kind}")
        )
        assert response.status_code == 200, response.status_code
        print(
            f"full {kind.upper()} export: {elapsed / 1000:.2f} s, {queries} queries, "
            f"{len(response.content) / 1e6:.1f} MB"
        )

    rng = random.Random(1)
    pages = -(-args.size // 20)
    kinds = {
        "list, first page": lambda: "/api/v1/models/",
        "list, any page": lambda: f"/api/v1/models/?page={rng.randint(1, pages)}",
        "list, a facet": lambda: "/api/v1/models/?target_group=nuoret",
        "list, a text query": lambda: "/api/v1/models/?q=osallisuus",
        "list, 20 ids and titles": lambda: "/api/v1/models/?fields=title",
    }
    print(f"{'API request':<32}{'n':>4}{'p50 ms':>10}{'p95 ms':>10}{'queries':>10}")
    for name, url in kinds.items():
        samples = []
        for _ in range(args.repeats):
            address = url()
            sample = timed(lambda address=address: client.get(address))
            assert sample[2].status_code == 200, sample[2].status_code
            samples.append(sample)
        report(name, samples, width=32)


if __name__ == "__main__":
    main()

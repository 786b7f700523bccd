"""Benchmark the catalogue's read pages on a generated catalogue.

    export DATABASE_URL=sqlite:////tmp/palaset-bench.sqlite3   # or postgres://…/palaset_bench
    .venv/bin/python bench/catalogue.py --models 1000

Uses the database DATABASE_URL names (never the development database by default): it is
migrated, the demo vocabularies and page tree are loaded, and generated models are added
until the catalogue has --models of them. Prints p50/p95 latency and SQL queries per request
for the home page, the catalogue (first, middle and last page), a model page and the
governance page, through Django's test client (no network, no web server).
"""

import argparse
import io
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

WORDS = [
    "osallisuus",
    "asukkaat",
    "yhteiskehittäminen",
    "palvelu",
    "kokemusasiantuntija",
    "järjestö",
    "kunta",
    "hyvinvointialue",
    "nuoret",
    "ikääntyneet",
    "kumppanuus",
    "vaikuttavuus",
    "arviointi",
    "suunnittelu",
    "yhteistuotanto",
    "kohtaaminen",
    "lähiö",
    "liikunta",
    "kulttuuri",
    "työllisyys",
    "kotoutuminen",
    "hankinta",
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=int, default=1000, help="models in the catalogue")
    parser.add_argument("--requests", type=int, default=30, help="requests per page kind")
    parser.add_argument("--seed", type=int, default=1)
    return parser.parse_args()


def sentence(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def generate_models(catalogue, count, rng):
    from models_library import models as m

    pools = {
        relation: list(model.objects.filter(locale=catalogue.locale))
        for relation, model in {
            "principles": m.GovernancePrinciple,
            "service_phases": m.ServicePhase,
            "procurement_phases": m.ProcurementPhase,
            "target_groups": m.TargetGroup,
            "topics": m.Topic,
            "regions": m.Region,
            "funders": m.Funder,
        }.items()
    }
    stages = list(m.DevelopmentStage.objects.filter(locale=catalogue.locale))
    existing = catalogue.get_children().count()
    for number in range(existing, count):
        page = m.ParticipationModelPage(
            title=f"{sentence(rng, 3)[:-1]} {number}",
            slug=f"bench-{number}",
            lead=sentence(rng, 20),
            core_idea=f"<p>{sentence(rng, 60)}</p>",
            stage=rng.choice(stages),
        )
        for relation, pool in pools.items():
            setattr(page, relation, rng.sample(pool, k=min(len(pool), rng.randint(1, 3))))
        catalogue.add_child(instance=page)


def measure(client, url, repeats):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    timings, queries = [], 0
    for _ in range(repeats):
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        queries = len(captured.captured_queries)
    timings.sort()
    p95 = timings[min(len(timings) - 1, int(len(timings) * 0.95))]
    return statistics.median(timings), p95, queries


def main():
    args = parse_args()
    if "DATABASE_URL" not in os.environ:
        sys.exit("Set DATABASE_URL to a database the benchmark may fill (see the docstring).")
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from models_library.models import ModelLibraryIndexPage, ParticipationModelPage

    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=io.StringIO())
    catalogue = ModelLibraryIndexPage.objects.get(locale__language_code="fi")
    started = time.perf_counter()
    generate_models(catalogue, args.models, random.Random(args.seed))
    print(f"catalogue ready in {time.perf_counter() - started:.1f} s: {args.models} models")

    client = Client()
    model = ParticipationModelPage.objects.live().order_by("pk").first()
    last_page = -(-ParticipationModelPage.objects.live().count() // 20)
    pages = {
        "home": "/fi/",
        "catalogue p1": catalogue.url,
        "catalogue middle": f"{catalogue.url}?page={max(1, last_page // 2)}",
        "catalogue last": f"{catalogue.url}?page={last_page}",
        "model page": model.url,
        "governance": "/fi/hallintomalli/",
    }
    print(f"{'page':<18}{'p50 ms':>9}{'p95 ms':>9}{'queries':>9}")
    for name, url in pages.items():
        p50, p95, queries = measure(client, url, args.requests)
        print(f"{name:<18}{p50:>9.1f}{p95:>9.1f}{queries:>9}")


if __name__ == "__main__":
    main()

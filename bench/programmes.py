"""Benchmark the programme pages as a programme grows.

    export DATABASE_URL=sqlite:////tmp/palaset-bench-programmes.sqlite3   # or postgres://…
    .venv/bin/python bench/programmes.py --sizes 6 60 300 --repeat 20

The database is migrated and given the demo content (20 models, the demo organisation). For
each size a programme of that many items is built over the first live models
(bench/generate.py adds generated models when the demo's 20 are not enough). Each programme
page is then requested `--repeat` times through Django's test client as the demo owner.
Prints p50/p95 milliseconds and the SQL queries per request.
"""

import argparse
import io
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.stats import percentile  # noqa: E402  (after the path: run as a script)

PAGES = ["detail", "coverage", "follow-up", "print", "export.csv", "activity"]


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=io.StringIO())


def models_for(count):
    """`count` live model pages, generating extra ones with bench/generate.py if needed."""
    from models_library.models import ParticipationModelPage

    live = list(ParticipationModelPage.objects.live().order_by("pk")[:count])
    if len(live) < count:
        from bench.generate import generate_models
        from models_library.models import ModelLibraryIndexPage

        generate_models(ModelLibraryIndexPage.objects.first(), count, report=lambda *a: None)
        live = list(ParticipationModelPage.objects.live().order_by("pk")[:count])
    return live


def build_programme(size, owner):
    from programmes.items import add_model
    from programmes.models import Membership, Programme

    organisation = Membership.objects.filter(user=owner).first().organisation
    programme, created = Programme.objects.get_or_create(
        organisation=organisation,
        name=f"Bench {size}",
        defaults={"start_year": 2026, "end_year": 2029},
    )
    if created:
        for page in models_for(size):
            add_model(programme, page, owner)
    return programme


def measure(client, url, repeat):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    timings, queries = [], 0
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        queries = len(captured)
    return percentile(timings, 50), percentile(timings, 95), queries


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[6, 60, 300])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    setup_django()
    from django.contrib.auth import get_user_model
    from django.test import Client

    from programmes.demo.programme import OWNER

    owner = get_user_model().objects.get(username=OWNER["email"])
    client = Client()
    client.force_login(owner)
    print(f"{'items':>6} {'page':<11} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
    for size in args.sizes:
        programme = build_programme(size, owner)
        for name in PAGES:
            suffix = "" if name == "detail" else (name if "." in name else f"{name}/")
            url = f"/fi/programmes/{programme.pk}/{suffix}"
            p50, p95, queries = measure(client, url, args.repeat)
            print(f"{size:>6} {name:<11} {p50:>8.1f} {p95:>8.1f} {queries:>8}")


if __name__ == "__main__":
    main()

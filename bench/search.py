"""Benchmark the catalogue search page against Wagtail's stock search, in one run.

    export DATABASE_URL=sqlite:////tmp/palaset-bench.sqlite3        # or postgres://…/palaset_bench
    .venv/bin/python bench/search.py --sizes 20 200 1000 10000

The database DATABASE_URL names is migrated, given the demo vocabularies and enough
generated models (bench/generate.py; kept between runs), and the catalogue index is
rebuilt (timed). Then a fixed mix of requests goes through the real catalogue page
(Django's test client: routing, engine, templates; no network): text only, facets only,
text plus two facets, sorted listings and deep pages; then the suggestions endpoint;
then, as the baseline, Wagtail's stock search (Page.objects.live().search(q), paginated,
no facets) for the same texts; then model pages and the home page, and the time to build
the in-memory facet index. Prints p50/p95 latency and SQL queries per request, for each
catalogue size in turn (the generated models are topped up from one size to the next).
"""

import argparse
import io
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.stats import percentile, report, timed  # noqa: E402  (after the path: run as a script)

TEXTS = [
    "osallisuus",
    "asukkaat",
    "nuoret",
    "kokemusasiantuntijat",
    "palvelujen kehittäminen",
    "yhteiskehittäminen",
    "järjestöt",
    "liikunta",
    "hankinta",
    "kumppanuus",
    "vammaispalvelut",
    "ryhmä",
    "arviointi",
    "kunta",
    "hyvinvointialue",
]
FACET_SETS = [
    "principle=yhteistuotanto",
    "target_group=nuoret",
    "service_phase=suunnittelu&topic=osallisuus",
    "principle=4p-kumppanuus&principle=vaikuttavuus",
    "stage=kehitteilla&funder=esr",
]


def requests_mix(catalogue_url, rng, repeats):
    mix = {
        "text only": [f"q={t}" for t in TEXTS],
        "facets only": FACET_SETS,
        "text + two facets": [
            f"q={t}&principle=yhteistuotanto&target_group=asukkaat" for t in TEXTS
        ],
        # Canonical addresses only: a default order in the address is redirected.
        "sorted listing": ["sort=newest", "sort=updated", "q=osallisuus&sort=title"],
        "deep page": ["page=250", "q=osallisuus&page=100", "target_group=asukkaat&page=50"],
    }
    return {
        name: [f"{catalogue_url}?{rng.choice(queries)}" for _ in range(repeats)]
        for name, queries in mix.items()
    }


def report_analysis():
    """Query analysis alone, with the analyser loaded but no word in its cache."""
    from search.analysis import analyse_query, warm_up, word_terms

    warm_up()
    word_terms.cache_clear()
    times = []
    for text in TEXTS:
        start = time.perf_counter()
        analyse_query(text, "fi")
        times.append((time.perf_counter() - start) * 1000)
    print(
        f"query analysis, uncached words: p50 {percentile(times, 50):.2f} ms, "
        f"p95 {percentile(times, 95):.2f} ms"
    )


def stock_search(text):
    from django.core.paginator import Paginator
    from wagtail.models import Page

    results = Page.objects.live().search(text)
    return list(Paginator(results, 20).page(1))


def report_pages(client, catalogue, rng, repeats):
    """Model pages (random ones of the catalogue) and the home page."""
    from models_library.models import ParticipationModelPage

    ids = list(
        ParticipationModelPage.objects.live()
        .filter(locale=catalogue.locale_id)
        .values_list("pk", flat=True)
    )
    pages = ParticipationModelPage.objects.filter(pk__in=rng.sample(ids, min(len(ids), repeats)))
    urls = [page.url for page in pages]
    for url in urls[:3]:
        client.get(url)  # warm: the facet index, the analysers
    report("model page", [timed(lambda u=u: client.get(u)) for u in urls])
    report("home page", [timed(lambda: client.get("/fi/")) for _ in range(repeats)])


def report_server(client, catalogue_url, repeats):
    """The same catalogue requests with the text index on OpenSearch (same data, indexed
    there first): the server backend beside the database's."""
    from django.core.management import call_command
    from django.test import override_settings

    server = {
        "CATALOGUE_SEARCH_ENGINE": "opensearch",
        "CATALOGUE_SEARCH_URL": os.environ["OPENSEARCH_URL"],
        "CATALOGUE_SEARCH_INDEX": f"palaset-bench-{os.getpid()}",
    }
    with override_settings(**server):
        started = time.perf_counter()
        call_command("reindex_catalogue", stdout=io.StringIO())
        print(f"reindex_catalogue on OpenSearch: {time.perf_counter() - started:.1f} s")
        mix = requests_mix(catalogue_url, random.Random(7), repeats)
        times = []
        for name, urls in mix.items():
            if name in ("text only", "text + two facets"):
                times += report(
                    f"{name} (OpenSearch)", [timed(lambda u=u: client.get(u)) for u in urls]
                )
        print(
            f"{'text requests (OpenSearch)':<28}{len(times):>4}{percentile(times, 50):>10.1f}"
            f"{percentile(times, 95):>10.1f}"
        )


def report_facet_index_build():
    from search.facet_index import FacetIndex
    from search.models import IndexState

    times = []
    for _ in range(3):
        start = time.perf_counter()
        FacetIndex.build(IndexState.current())
        times.append((time.perf_counter() - start) * 1000)
    print(f"facet index build: {min(times):.0f} ms (best of 3)")


def run_size(catalogue, size, args):
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from bench.generate import generate_models

    started = time.perf_counter()
    generate_models(catalogue, size)
    print(f"\n=== catalogue: {size} models ({time.perf_counter() - started:.0f} s to generate)")
    started = time.perf_counter()
    # Rebuilds the index and ANALYZEs every table (search/indexing.py), so the timings
    # below are planned with statistics.
    call_command("reindex_catalogue", stdout=io.StringIO())
    print(f"reindex_catalogue: {time.perf_counter() - started:.1f} s  ({connection.vendor})")
    report_facet_index_build()
    report_analysis()
    client, rng = Client(), random.Random(7)
    url = catalogue.url
    client.get(url)  # warm caches (site root paths, the Finnish analyser)
    print(f"\n{'request kind':<28}{'n':>4}{'p50 ms':>10}{'p95 ms':>10}{'queries':>10}")
    ours = []
    for name, urls in requests_mix(url, rng, args.repeats).items():
        ours += report(name, [timed(lambda u=u: client.get(u)) for u in urls])
    print(
        f"{'all catalogue requests':<28}{len(ours):>4}{percentile(ours, 50):>10.1f}"
        f"{percentile(ours, 95):>10.1f}"
    )
    suggest = [f"/fi/search/suggestions/?q={t[:4]}" for t in TEXTS]
    report("suggestions", [timed(lambda u=u: client.get(u)) for u in suggest * 2])
    report_pages(client, catalogue, rng, args.repeats)
    if os.environ.get("OPENSEARCH_URL"):
        report_server(client, url, args.repeats)

    baseline, deadline = [], time.perf_counter() + args.baseline_budget
    for text in (TEXTS * 3)[: args.baseline]:
        if time.perf_counter() > deadline:
            break
        baseline.append(timed(lambda t=text: stock_search(t)))
    if baseline:
        stock = report("stock Wagtail search", baseline)
        ratio = percentile(ours, 95) / percentile(stock, 95)
        print(f"p95 ratio, catalogue / stock: {ratio:.3f}")
        if len(baseline) < args.baseline:
            print(f"(stock search stopped after {len(baseline)} requests: budget spent)")


def main():
    parser = argparse.ArgumentParser(description="Catalogue search benchmark.")
    parser.add_argument("--sizes", type=int, nargs="+", default=[20, 200, 1000, 10_000])
    parser.add_argument("--repeats", type=int, default=30, help="requests per kind")
    parser.add_argument("--baseline", type=int, default=30, help="stock search requests")
    parser.add_argument("--baseline-budget", type=float, default=600, help="seconds at most")
    args = parser.parse_args()
    if "DATABASE_URL" not in os.environ:
        sys.exit("Set DATABASE_URL to a database the benchmark may fill (see the docstring).")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()
    from django.core.management import call_command

    from models_library.models import ModelLibraryIndexPage

    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=io.StringIO())
    catalogue = ModelLibraryIndexPage.objects.get(locale__language_code="fi")
    for size in sorted(args.sizes):
        run_size(catalogue, size, args)


if __name__ == "__main__":
    main()

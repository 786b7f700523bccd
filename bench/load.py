"""Load test of the shipped production server, on loopback, bounded in requests and time.

    export DATABASE_URL=sqlite:////tmp/palaset-load.sqlite3        # or postgres://…/palaset_bench
    .venv/bin/python bench/load.py --models 200

The database DATABASE_URL names is prepared as bench/search.py does (migrated, the demo
content, generated models up to --models, the catalogue index rebuilt; kept between runs).
Static files are collected into a scratch directory, and the server is started exactly as
docs/operations.md says, `gunicorn -c config/gunicorn.py config.wsgi:application`, with
production settings, on a free port of 127.0.0.1 (it never listens elsewhere, and requests
go nowhere else). Redis database 14 (--redis-url) is emptied first: it is the server's cache.

Then, at each concurrency (1, 4 and 16 client threads by default), each kind of request is
sent --requests times, or for at most --time-limit seconds: the static stylesheet (the floor:
WhiteNoise, no database), the liveness probe, the home page, model pages, and catalogue
searches with varied texts, facets, sorts and pages. Prints requests per second, p50 and p95
milliseconds, and errors, per kind, the static floor beside them. Each kind is warmed up
first (every worker builds its own facet index on its first search). The whole run stops
after --budget seconds at most; the server is stopped at the end in every case.

The load generator runs on the same machine, so it takes CPU from the server: the figures
are what this machine does with both, a lower bound for a dedicated server.
"""

import argparse
import http.client
import io
import os
import platform
import random
import re
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote_plus

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.search import FACET_SETS, TEXTS  # noqa: E402

HOST = "127.0.0.1"  # loopback only, on purpose
COMMAND = [str(Path(sys.executable).parent / "gunicorn"), "-c", "config/gunicorn.py"]
COMMAND.append("config.wsgi:application")
KINDS = ["static file", "liveness probe", "home page", "model page", "search"]


def cpu_name():
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text()
    except OSError:
        return platform.machine()
    found = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.MULTILINE)
    return found.group(1).strip() if found else platform.machine()


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def prepare_database(models):
    """Migrate, load the demo, generate models up to `models`, rebuild the index."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, connections

    from bench.generate import generate_models
    from models_library.models import ModelLibraryIndexPage, ParticipationModelPage

    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=io.StringIO())
    catalogue = ModelLibraryIndexPage.objects.get(locale__language_code="fi")
    existing = catalogue.get_children().count()
    if existing > models:
        sys.exit(
            f"This database already has {existing} models, more than --models {models}; "
            "use another database for this size."
        )
    if existing < models:
        started = time.perf_counter()
        generate_models(catalogue, models)
        print(f"generated {models - existing} models in {time.perf_counter() - started:.0f} s")
        started = time.perf_counter()
        call_command("reindex_catalogue", stdout=io.StringIO())
        print(f"reindex_catalogue: {time.perf_counter() - started:.1f} s")
    live = ParticipationModelPage.objects.live().filter(locale=catalogue.locale)
    urls = {
        "catalogue": catalogue.url,
        "models": [page.url for page in live.order_by("?")[:200]],
        "count": live.count(),
        "vendor": connection.vendor,
    }
    connections.close_all()
    return urls


def request_paths(kind, urls, rng, stylesheet):
    """An endless supply of paths of one kind."""
    catalogue = urls["catalogue"]
    searches = (
        [f"q={quote_plus(text)}" for text in TEXTS]
        + FACET_SETS
        + [f"q={quote_plus(text)}&principle=yhteistuotanto&target_group=asukkaat" for text in TEXTS]
        + ["sort=newest", "sort=title", "q=osallisuus&sort=title", "page=3", "q=kunta&page=2"]
    )
    while True:
        if kind == "static file":
            yield stylesheet
        elif kind == "liveness probe":
            yield "/healthz"
        elif kind == "home page":
            yield "/fi/"
        elif kind == "model page":
            yield rng.choice(urls["models"])
        else:
            yield f"{catalogue}?{rng.choice(searches)}"


def fetch(port, path):
    connection = http.client.HTTPConnection(HOST, port, timeout=60)
    try:
        connection.request("GET", path, headers={"Host": HOST})
        response = connection.getresponse()
        body = response.read()
        return response.status, body
    finally:
        connection.close()


def run_phase(port, paths, concurrency, count, time_limit):
    """`count` requests from `concurrency` threads, or until `time_limit` seconds pass."""
    lock = threading.Lock()
    latencies, errors = [], []
    issued = [0]
    deadline = time.monotonic() + time_limit

    def client():
        while True:
            with lock:
                if issued[0] >= count or time.monotonic() > deadline:
                    return
                issued[0] += 1
                path = next(paths)
            started = time.perf_counter()
            try:
                status, _body = fetch(port, path)
            except OSError as error:
                status = type(error).__name__
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                if status == 200:
                    latencies.append(elapsed)
                else:
                    errors.append(f"{status} {path}")

    threads = [threading.Thread(target=client, daemon=True) for _ in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=time_limit + 70)
    wall = time.perf_counter() - started
    return latencies, errors, wall


class Server:
    def __init__(self, env, log_dir, workers):
        self.log_path = log_dir / "server.log"
        env = {**env, "GUNICORN_BIND": f"{HOST}:0"}
        if workers:
            env["WEB_CONCURRENCY"] = str(workers)
        with self.log_path.open("wb") as log, open(os.devnull, "wb") as access:
            # Our own fixed command: the one docs/operations.md gives.
            self.process = subprocess.Popen(  # noqa: S603
                COMMAND, cwd=ROOT, env=env, stdout=access, stderr=log, start_new_session=True
            )
        self.port = self.wait_for_port()

    def log(self):
        return self.log_path.read_text(errors="replace")

    def wait_for_port(self, timeout=120):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = re.search(r"Listening at: http://127\.0\.0\.1:(\d+)", self.log())
            if found:
                port = int(found.group(1))
                while time.monotonic() < deadline:
                    try:
                        if fetch(port, "/healthz")[0] == 200:
                            return port
                    except OSError:
                        time.sleep(0.1)
            if self.process.poll() is not None:
                break
            time.sleep(0.1)
        self.stop()
        sys.exit(f"The server did not start:\n{self.log()}")

    def wait_for_workers(self, timeout=30):
        """All workers forked: the count has stayed the same for a second (the master
        spawns them one by one, a fraction of a second apart)."""
        deadline, count, since = time.monotonic() + timeout, -1, time.monotonic()
        while time.monotonic() < deadline:
            now = len(self.workers())
            if now != count:
                count, since = now, time.monotonic()
            elif count and time.monotonic() - since >= 1:
                return count
            time.sleep(0.1)
        return count

    def workers(self):
        pids = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == self.process.pid:
                pids.append(int(stat.parent.name))
        return pids

    def memory(self):
        """Resident and proportional set sizes (MiB) of the master and its workers."""
        total_rss = total_pss = 0
        for pid in [self.process.pid, *self.workers()]:
            try:
                rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
            except OSError:
                continue
            fields = dict(re.findall(r"^(\w+):\s+(\d+) kB", rollup, re.MULTILINE))
            total_rss += int(fields.get("Rss", 0))
            total_pss += int(fields.get("Pss", 0))
        return total_rss / 1024, total_pss / 1024

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                # The process group is this run's server and nothing else.
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)


def server_environment(args, static_root):
    settings = {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": HOST,
        "PUBLIC_URL": f"http://{HOST}",
        "REDIS_URL": args.redis_url,
        "DATABASE_URL": os.environ["DATABASE_URL"],
        "STATIC_ROOT": str(static_root),
        "LOG_LEVEL": "ERROR",
    }
    unset = {"SEARCH_URL", "GUNICORN_CMD_ARGS", "GUNICORN_BIND", "WEB_CONCURRENCY"}
    return {
        **{key: value for key, value in os.environ.items() if key not in unset},
        **settings,
    }


def empty_redis(url):
    import redis

    redis.Redis.from_url(url).flushdb()


def main():
    parser = argparse.ArgumentParser(description="Load test of the production server.")
    parser.add_argument("--models", type=int, default=200, help="e.g. 20, 200, 1000, 10000")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--requests", type=int, default=300, help="per kind and concurrency")
    parser.add_argument("--time-limit", type=float, default=30, help="seconds per kind at most")
    parser.add_argument("--budget", type=float, default=1200, help="seconds for all phases")
    parser.add_argument("--workers", type=int, help="WEB_CONCURRENCY (default: the config's)")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/14")
    parser.add_argument(
        "--prepare-only", action="store_true", help="build the catalogue, start no server"
    )
    args = parser.parse_args()
    if "DATABASE_URL" not in os.environ:
        sys.exit("Set DATABASE_URL to a database the benchmark may fill (see the docstring).")

    urls = prepare_database(args.models)
    if args.prepare_only:
        print(f"{urls['count']} live Finnish models ({urls['vendor']}): ready")
        return
    empty_redis(args.redis_url)
    with tempfile.TemporaryDirectory(prefix="palaset-load-") as scratch:
        scratch = Path(scratch)
        env = server_environment(args, scratch / "static")
        # Our own fixed command.
        subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
            cwd=ROOT,
            env=env,
            check=True,
        )
        server = Server(env, scratch, args.workers)
        try:
            measure(server, urls, args)
        finally:
            server.stop()


def measure(server, urls, args):
    home = fetch(server.port, "/fi/")[1].decode()
    stylesheet = re.search(r'href="(/static/css/palaset\.[0-9a-f]+\.css)"', home).group(1)
    workers = server.wait_for_workers()
    print(
        f"\n{urls['count']} live Finnish models, {urls['vendor']}; gunicorn with {workers} "
        f"workers on {len(os.sched_getaffinity(0))} cores ({cpu_name()}), "
        f"Python {platform.python_version()}; load generator on the same machine"
    )
    print("load average before (1, 5, 15 min): " + ", ".join(f"{x:.1f}" for x in os.getloadavg()))
    rng = random.Random(12)
    for kind in KINDS:  # warm-up: every worker's caches, facet index and analyser words
        run_phase(
            server.port, request_paths(kind, urls, rng, stylesheet), workers * 2, 6 * workers, 120
        )

    print(
        f"\n{'kind':<16}{'clients':>8}{'n':>6}{'errors':>8}{'req/s':>9}{'p50 ms':>9}"
        f"{'p95 ms':>9}{'× floor p50':>13}"
    )
    ends = time.monotonic() + args.budget
    for concurrency in args.concurrency:
        floor = None
        for kind in KINDS:
            if time.monotonic() > ends:
                print("(budget spent: remaining phases skipped)")
                return
            paths = request_paths(kind, urls, rng, stylesheet)
            latencies, errors, wall = run_phase(
                server.port, paths, concurrency, args.requests, args.time_limit
            )
            if not latencies:
                print(f"{kind:<16}{concurrency:>8}{0:>6}{len(errors):>8}   (no answer)")
                continue
            p50 = statistics.median(latencies)
            floor = floor or p50
            print(
                f"{kind:<16}{concurrency:>8}{len(latencies):>6}{len(errors):>8}"
                f"{len(latencies) / wall:>9.1f}{p50:>9.1f}{percentile(latencies, 0.95):>9.1f}"
                f"{p50 / floor:>13.1f}"
            )
            for error in sorted(set(errors))[:3]:
                print(f"    error: {error}")
        print()
    print(
        "load average at the end (1, 5, 15 min): " + ", ".join(f"{x:.1f}" for x in os.getloadavg())
    )
    rss, pss = server.memory()
    print(
        f"server memory: {rss:.0f} MiB resident in all, "
        f"{pss:.0f} MiB proportional (shared pages counted once)"
    )


if __name__ == "__main__":
    main()

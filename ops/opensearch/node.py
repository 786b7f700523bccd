"""A local single-node OpenSearch for tests and development, built from Maven Central only.

    python3 ops/opensearch/node.py start   # background node; prints http://127.0.0.1:PORT last
    python3 ops/opensearch/node.py stop    # SIGTERM, then SIGKILL; fine if nothing runs
    python3 ops/opensearch/node.py run     # foreground node for a developer; Ctrl-C stops it
    python3 ops/opensearch/node.py status  # prints the URL, or exits 1 if no node answers

Why this shape:
- The only artifact hosts we may rely on are Maven Central and the usual package registries, so
  the node is OpenSearch's own `integ-test-zip` distribution (server + transport-netty4, no
  security plugin), plus the `analysis-common` and `mapper-extras` module jars, which that zip
  leaves out but the site needs (Wagtail's admin analyzers; the catalogue's rank_features field).
  Maven Central has the modules only as bare jars, so we write their plugin-descriptor.properties
  ourselves. analysis-common's Painless extension is left out (no lang-painless here); analyzers
  don't need it.
- Artifacts come through `mvn dependency:copy` when Maven is on PATH (honours ~/.m2 and its
  mirrors), otherwise straight from Maven Central with a SHA-1 check. Everything unpacked and all
  node state (config, data, logs, pid, URL) live under var/opensearch/, which git ignores.
- OpenSearch refuses to run as root; as root (containers, CI) the node runs as `nobody` and its
  state directory is handed to that user.
- OpenSearch 2.x needs the Java security manager, which Java 24+ removed: use Java 11-21
  (OPENSEARCH_JAVA_HOME or JAVA_HOME, else the `java` on PATH).

Only the standard library, so it runs before (and without) the project's virtualenv.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

VERSION = os.environ.get("OPENSEARCH_VERSION", "2.19.6")
DIST_ARTIFACT = f"org.opensearch.distribution.integ-test-zip:opensearch:{VERSION}:zip"
# Modules the zip leaves out, as bare jars on Maven Central: (module name, artifact, plugin
# class, description). analysis-common has the tokenizers and filters of Wagtail's admin
# index; mapper-extras the rank_features field that the catalogue's index scores with.
MODULES = [
    (
        "analysis-common",
        f"org.opensearch.plugin:analysis-common:{VERSION}:jar",
        "org.opensearch.analysis.common.CommonAnalysisPlugin",
        'Adds "built in" analyzers to OpenSearch.',
    ),
    (
        "mapper-extras",
        f"org.opensearch.plugin:mapper-extras-client:{VERSION}:jar",
        "org.opensearch.index.mapper.MapperExtrasPlugin",
        "Adds advanced field mappers (rank_feature, rank_features and others).",
    ),
]
MAVEN_CENTRAL = "https://repo1.maven.org/maven2"

ROOT = Path(__file__).resolve().parents[2]
VAR = ROOT / "var" / "opensearch"
DIST = VAR / f"opensearch-{VERSION}"
NODE = VAR / "node"  # config, data, logs, tmp of the one node
PID_FILE = VAR / "node.pid"
URL_FILE = VAR / "node.url"
CONSOLE_LOG = NODE / "logs" / "console.log"

HEAP = "-Xms256m -Xmx512m"  # enough for tests; OPENSEARCH_JAVA_OPTS, read later, overrides it
START_TIMEOUT = 180.0
STOP_TIMEOUT = 30.0
UNPRIVILEGED_USER = "nobody"


class NodeError(Exception):
    """A failure the CLI reports as one message and exit status 1."""


def log(message: str) -> None:
    # stdout carries only the URL, so scripts can take its last line.
    print(f"opensearch-node: {message}", file=sys.stderr, flush=True)


# --- obtaining the distribution -------------------------------------------------------------


def fetch_artifact(coordinates: str, dest_dir: Path) -> Path:
    """Put one Maven artifact ("group:artifact:version:type") into dest_dir; return its path."""
    group, artifact, version, kind = coordinates.split(":")
    target = dest_dir / f"{artifact}-{version}.{kind}"
    if target.exists():
        return target
    dest_dir.mkdir(parents=True, exist_ok=True)
    mvn = shutil.which("mvn")
    if mvn:
        log(f"fetching {coordinates} with Maven")
        command = [mvn, "-q", "-B", "dependency:copy", f"-Dartifact={coordinates}"]
        command.append(f"-DoutputDirectory={dest_dir}")
        result = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603 - fixed arguments
        if result.returncode != 0 or not target.exists():
            raise NodeError(f"mvn could not fetch {coordinates}:\n{result.stdout}{result.stderr}")
        return target
    url = f"{MAVEN_CENTRAL}/{group.replace('.', '/')}/{artifact}/{version}/{target.name}"
    log(f"downloading {url}")
    try:
        with urllib.request.urlopen(url + ".sha1", timeout=60) as response:  # noqa: S310 - https URL
            expected = response.read().decode().split()[0]
        partial = target.with_suffix(".part")
        digest = hashlib.sha1()  # noqa: S324 - Maven Central publishes SHA-1 checksums
        with urllib.request.urlopen(url, timeout=60) as response, partial.open("wb") as out:  # noqa: S310
            while chunk := response.read(1 << 20):
                digest.update(chunk)
                out.write(chunk)
    except urllib.error.URLError as error:
        raise NodeError(f"could not download {url}: {error}") from error
    if digest.hexdigest() != expected:
        partial.unlink()
        raise NodeError(f"checksum mismatch for {url}")
    partial.rename(target)
    return target


def ensure_distribution() -> Path:
    """Unpack the integ-test-zip and add the MODULES, once; later calls cost nothing."""
    if (DIST / ".complete").exists():
        return DIST
    downloads = VAR / "downloads"
    archive = fetch_artifact(DIST_ARTIFACT, downloads)
    jars = [fetch_artifact(artifact, downloads) for _name, artifact, _cls, _text in MODULES]
    log(f"unpacking {archive.name}")
    staging = VAR / f".unpack-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            path = Path(zf.extract(info, staging))
            mode = (info.external_attr >> 16) & 0o777
            if mode and not info.is_dir():
                path.chmod(mode)  # zipfile drops the executable bits of bin/*
    unpacked = staging / f"opensearch-{VERSION}"
    for (name, _artifact, classname, description), jar in zip(MODULES, jars, strict=True):
        module = unpacked / "modules" / name
        module.mkdir()
        shutil.copy2(jar, module / jar.name)
        descriptor = {
            "description": description,
            "version": VERSION,
            "name": name,
            "classname": classname,
            "java.version": "11",
            "opensearch.version": VERSION,
            "custom.foldername": "",
            "extended.plugins": "",  # upstream's analysis-common says lang-painless: not shipped
            "has.native.controller": "false",
        }
        lines = [f"{key}={value}" for key, value in descriptor.items()]
        (module / "plugin-descriptor.properties").write_text("\n".join(lines) + "\n")
    (unpacked / ".complete").touch()
    shutil.rmtree(DIST, ignore_errors=True)
    unpacked.rename(DIST)
    shutil.rmtree(staging)
    return DIST


# --- configuring and launching ----------------------------------------------------------------


def java_home() -> Path:
    for name in ("OPENSEARCH_JAVA_HOME", "JAVA_HOME"):
        if os.environ.get(name):
            return Path(os.environ[name])
    java = shutil.which("java")
    if not java:
        raise NodeError("no Java found: set OPENSEARCH_JAVA_HOME to a Java 11-21 JDK")
    return Path(java).resolve().parents[1]  # .../jvm/<jdk>/bin/java -> .../jvm/<jdk>


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_as() -> pwd.struct_passwd | None:
    """The account to drop to: OpenSearch will not start as root."""
    return pwd.getpwnam(UNPRIVILEGED_USER) if os.geteuid() == 0 else None


def prepare_node(dist: Path, http_port: int, user: pwd.struct_passwd | None) -> Path:
    """Write the node's config (fresh each start, as ports change); keep its data."""
    config = NODE / "config"
    shutil.rmtree(config, ignore_errors=True)
    shutil.copytree(dist / "config", config)
    for name in ("data", "logs", "tmp"):
        (NODE / name).mkdir(parents=True, exist_ok=True)
    # bin/opensearch runs from the distribution directory, so the stock relative paths
    # (logs/gc.log, HeapDumpPath=data) would point into it; make them the node's own.
    jvm_options = (config / "jvm.options").read_text()
    jvm_options = jvm_options.replace("file=logs/", f"file={NODE / 'logs'}/")
    jvm_options = jvm_options.replace("ErrorFile=logs/", f"ErrorFile={NODE / 'logs'}/")
    jvm_options = jvm_options.replace("HeapDumpPath=data", f"HeapDumpPath={NODE / 'data'}")
    (config / "jvm.options").write_text(jvm_options)
    # Options in jvm.options.d come after jvm.options, so these replace its 1 GB heap.
    # No pre-touch: the heap is paged in as used, which keeps a test node small.
    extra = [*HEAP.split(), "-XX:-AlwaysPreTouch"]
    (config / "jvm.options.d" / "local-node.options").write_text("\n".join(extra) + "\n")
    settings = {
        "cluster.name": "local-dev",
        "node.name": "local-dev",
        "discovery.type": "single-node",
        "network.host": "127.0.0.1",
        "http.port": http_port,
        "transport.port": free_port(),
        "path.data": str(NODE / "data"),
        "path.logs": str(NODE / "logs"),
        # A nearly full developer disk must not block shard allocation.
        "cluster.routing.allocation.disk.threshold_enabled": False,
    }
    lines = [f"{key}: {json.dumps(value)}" for key, value in settings.items()]
    (config / "opensearch.yml").write_text("\n".join(lines) + "\n")
    if user:
        for directory, _, files in os.walk(NODE):
            for path in [directory, *(os.path.join(directory, f) for f in files)]:
                os.chown(path, user.pw_uid, user.pw_gid)
    return config


def launch(*, background: bool) -> tuple[subprocess.Popen[bytes], str]:
    dist = ensure_distribution()
    user = run_as()
    port = free_port()
    config = prepare_node(dist, port, user)
    jdk = java_home()
    env = {
        **os.environ,
        "OPENSEARCH_JAVA_HOME": str(jdk),
        "JAVA_HOME": str(jdk),
        "OPENSEARCH_PATH_CONF": str(config),
        "OPENSEARCH_TMPDIR": str(NODE / "tmp"),
    }
    if user:
        env["HOME"] = str(NODE)
    console = CONSOLE_LOG.open("wb")
    process = subprocess.Popen(  # noqa: S603 - the distribution's own launcher, fixed arguments
        [str(dist / "bin" / "opensearch")],  # it execs java, so this pid is the node's
        cwd=NODE,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=console if background else sys.stderr,  # stdout is for our URL alone
        stderr=subprocess.STDOUT,
        start_new_session=background,  # outlive this script and the shell's Ctrl-C
        user=user.pw_uid if user else None,
        group=user.pw_gid if user else None,
        extra_groups=[] if user else None,
    )
    console.close()
    url = f"http://127.0.0.1:{port}"
    PID_FILE.write_text(f"{process.pid}\n")
    return process, url


def answers(url: str, path: str = "/", timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(url + path, timeout=timeout) as response:  # noqa: S310 - local
            return response.status == 200
    except (OSError, ValueError):
        return False


def log_tail(lines: int = 40) -> str:
    try:
        return "\n".join(CONSOLE_LOG.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def wait_ready(process: subprocess.Popen[bytes], url: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    health = "/_cluster/health?wait_for_status=yellow&timeout=1s"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise NodeError(
                f"node exited with status {process.returncode} before it was ready; "
                f"last lines of {CONSOLE_LOG}:\n{log_tail()}"
            )
        if answers(url, health):
            return
        time.sleep(0.25)
    stop()
    raise NodeError(
        f"node not ready within {START_TIMEOUT:.0f}s; last lines of {CONSOLE_LOG}:\n{log_tail()}"
    )


# --- the recorded node ------------------------------------------------------------------------


def alive(pid: int) -> bool:
    """Whether pid is a live OpenSearch process (not a zombie, not a recycled pid)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    proc = Path(f"/proc/{pid}")
    if not proc.exists():  # not Linux: trust kill(0)
        return True
    try:
        state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
        cmdline = (proc / "cmdline").read_bytes()
    except OSError:
        return False
    return state != "Z" and b"org.opensearch.bootstrap.OpenSearch" in cmdline


def recorded() -> tuple[int | None, str | None]:
    try:
        pid = int(PID_FILE.read_text())
    except (OSError, ValueError):
        pid = None
    try:
        url = URL_FILE.read_text().strip() or None
    except OSError:
        url = None
    return pid, url


def running_url() -> str | None:
    pid, url = recorded()
    if pid and url and alive(pid) and answers(url):
        return url
    return None


def forget() -> None:
    PID_FILE.unlink(missing_ok=True)
    URL_FILE.unlink(missing_ok=True)


# --- commands ---------------------------------------------------------------------------------


def start() -> str:
    url = running_url()
    if url:
        log("already running")
        return url
    stop()  # a recorded node that no longer answers
    VAR.mkdir(parents=True, exist_ok=True)
    began = time.monotonic()
    process, url = launch(background=True)
    try:
        wait_ready(process, url)
    except NodeError:
        forget()
        raise
    URL_FILE.write_text(url + "\n")
    log(f"ready at {url} (pid {process.pid}) in {time.monotonic() - began:.1f}s")
    return url


def stop() -> None:
    pid, _ = recorded()
    if pid and alive(pid):
        log(f"stopping pid {pid}")
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_TIMEOUT
        while alive(pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        if alive(pid):
            log(f"pid {pid} ignored SIGTERM for {STOP_TIMEOUT:.0f}s; sending SIGKILL")
            os.kill(pid, signal.SIGKILL)
            while alive(pid):
                time.sleep(0.1)
    forget()


def run() -> int:
    url = running_url()
    if url:
        raise NodeError(f"a node already runs at {url}; stop it first")
    stop()
    VAR.mkdir(parents=True, exist_ok=True)
    process, url = launch(background=False)
    try:
        wait_ready(process, url)
        URL_FILE.write_text(url + "\n")
        log(f"ready at {url}; Ctrl-C stops it")
        print(url, flush=True)
        return process.wait()
    except KeyboardInterrupt:  # the terminal's SIGINT reached the node too; let it finish
        try:
            return process.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            return process.wait()
    finally:
        forget()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("command", choices=["start", "stop", "run", "status"])
    command = parser.parse_args(argv).command
    try:
        if command == "start":
            print(start(), flush=True)
        elif command == "stop":
            stop()
        elif command == "run":
            return run()
        else:
            url = running_url()
            if not url:
                log("not running")
                return 1
            print(url)
    except NodeError as error:
        log(str(error))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

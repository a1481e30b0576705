"""Real servers for fault tests: a throwaway PostgreSQL and a gunicorn serving the site.

The PostgreSQL instance lives in its own temporary directory, on a free port, with its
unix socket in that directory: it never touches the machine's shared server on 5432.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def postgres_bin_dir() -> Path | None:
    """The newest PostgreSQL server binaries on the machine, if any."""
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3])
    )
    found = candidates[-1] if candidates else shutil.which("initdb")
    return Path(found).resolve().parent if found else None


@dataclass
class ThrowawayPostgres:
    bin_dir: Path
    port: int = field(default_factory=free_port)
    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="newsreader-pg-")))

    @property
    def data(self) -> str:
        return str(self.root / "data")

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> None:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if os.geteuid() == 0:  # the server refuses to run as root
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=60)

    def init(self) -> ThrowawayPostgres:
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres", "postgres")
        self._run(
            "initdb", "-D", self.data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"
        )
        return self

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c full_page_writes=off -c synchronous_commit=off"
        )
        log = str(self.root / "log")
        self._run("pg_ctl", "-D", self.data, "-l", log, "-o", options, "-w", "-t", "30", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")

    def destroy(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):  # already stopped
            self.stop()
        shutil.rmtree(self.root, ignore_errors=True)


def manage(*args: str, env: dict[str, str], stdin: str | None = None) -> str:
    """Run a management command in its own process; its output."""
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=False,
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
    )
    if done.returncode:
        raise AssertionError(f"manage.py {args[0]} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def production_env(**overrides: str) -> dict[str, str]:
    """The environment of a production deployment with every setting at its default (no
    `CACHE_URL`: local memory in each worker), serving plain HTTP on 127.0.0.1."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO", "CACHE_", "PAGE_CACHE", "DATABASE", "WEB_CONCURRENCY"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="newsreader.settings",
        DEBUG="0",
        SECRET_KEY="a-production-like-secret-key-for-tests-0123456789",
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="0",
        SITE_URL="https://news.example.org",
    )
    env.update(overrides)
    return env


@contextlib.contextmanager
def scratch_database(directory: Path):
    """The URL of an empty database of the kind the tests run on: a PostgreSQL database
    made for the occasion on the `DATABASE_URL` server, else an SQLite file."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        yield f"sqlite:///{directory / 'db.sqlite3'}"
        return
    import psycopg

    name = f"scratch_{os.getpid()}_{time.monotonic_ns()}"
    base = url.rsplit("/", 1)[0]
    maintenance = f"{base}/postgres"  # there on every server, whatever DATABASE_URL names
    with psycopg.connect(maintenance, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(maintenance, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def collected_static(directory: Path) -> Path:
    """Static files collected as production serves them (hashed names, compressed)."""
    env = production_env(STATIC_ROOT=str(directory))
    manage("collectstatic", "--noinput", env=env)
    return directory


@dataclass
class ThrowawayRedis:
    """A Redis server of the test's own, on a free port, keeping nothing on disk."""

    max_bytes: int = 0  # with a limit, writes past it are refused (noeviction)
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> ThrowawayRedis:
        command = [
            shutil.which("redis-server") or "redis-server",
            "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
        ]  # fmt: skip
        if self.max_bytes:
            command += ["--maxmemory", str(self.max_bytes), "--maxmemory-policy", "noeviction"]
        self.process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 10
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port)):
                return self
            if time.monotonic() > deadline:
                raise AssertionError("redis-server did not start")
            time.sleep(0.05)

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait(timeout=10)
            self.process = None


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: str
    seconds: float


def fetch(url: str, *, timeout: float = 10) -> Response:
    """GET `url`; an HTTP error status is a response like any other."""
    started = time.monotonic()
    try:
        with urllib.request.urlopen(quote(url, safe=":/?&=%#"), timeout=timeout) as reply:
            status, headers, body = reply.status, dict(reply.headers), reply.read()
    except urllib.error.HTTPError as error:
        status, headers, body = error.code, dict(error.headers), error.read()
    return Response(status, headers, body.decode("utf-8"), time.monotonic() - started)


class Gunicorn:
    """The site under gunicorn, as in production, in a subprocess."""

    def __init__(self, env: dict[str, str], *, workers: int = 1):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "--config",
                "gunicorn.conf.py",  # as production runs it
                "newsreader.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(workers),
                "--timeout",
                "30",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )

    def wait_until(self, path: str, status: int, *, within: float = 30) -> Response:
        deadline = time.monotonic() + within
        while True:
            try:
                response = fetch(self.base + path, timeout=5)
                if response.status == status:
                    return response
            except OSError:
                response = None  # not listening yet
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise AssertionError(f"{path} never answered {status} (last: {response})")
            time.sleep(0.2)

    def get(self, path: str) -> Response:
        return fetch(self.base + path)

    def stop(self) -> None:
        self.process.send_signal(signal.SIGINT)  # gunicorn's quick shutdown
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()

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


def manage(*args: str, env: dict[str, str]) -> None:
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )


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

"""`make serve`: gunicorn behind Varnish on 127.0.0.1, in the foreground; Ctrl-C stops both.

    python deploy/serve.py [--port 8000] [--backend-port 8001] [--purge-port 8002]

Varnish (`deploy/varnish/default.vcl`) answers readers on `--port`, and purges from the
application on `--purge-port` only; gunicorn (`gunicorn.conf.py`) listens on
`--backend-port`, told where to purge (`EDGE_PURGE_URL`) and that one proxy appends to
`X-Forwarded-For`. Both run with this process's CPU affinity (`taskset` pins them).
The tests and `bench/front.py` start the same pair through `Front`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VCL = ROOT / "deploy" / "varnish" / "default.vcl"
HOST = "127.0.0.1"


def varnish_config(backend_port: int) -> str:
    """The VCL with gunicorn's port in its backend."""
    text = VCL.read_text(encoding="utf-8")
    marker = '.port = "8000";'
    if marker not in text:
        raise SystemExit(f"{VCL} has no backend port to set ({marker})")
    return text.replace(marker, f'.port = "{backend_port}";', 1)


class Front:
    """Varnish in front of a backend on `backend_port`, in a scratch working directory."""

    def __init__(
        self,
        port: int,
        purge_port: int,
        backend_port: int,
        *,
        memory: str = "256m",
        quiet: bool = False,
        cores: str = "",
    ) -> None:
        if not shutil.which("varnishd"):
            raise SystemExit("varnishd is missing: make front-deps")
        self.port, self.purge_port = port, purge_port
        self.base = f"http://{HOST}:{port}"
        self.purge_url = f"http://{HOST}:{purge_port}/"
        self.workdir = Path(tempfile.mkdtemp(prefix="newsreader-varnish-"))
        self.workdir.chmod(0o755)  # run as root, varnishd reads the VCL as its own user
        vcl = self.workdir / "default.vcl"
        vcl.write_text(varnish_config(backend_port), encoding="utf-8")
        command = [
            "varnishd",
            "-F",  # foreground: this process owns it
            "-n", str(self.workdir / "state"),
            "-a", f"public={HOST}:{port},HTTP",
            "-a", f"purge={HOST}:{purge_port},HTTP",
            "-f", str(vcl),
            "-s", f"malloc,{memory}",
            "-T", "none",  # no management port: nothing else to secure
            # A reader's request headers must all arrive within 5 s (slowloris clients are
            # dropped); until they have, no request reaches gunicorn.
            "-p", "timeout_idle=5",
        ]  # fmt: skip
        if cores:
            command = ["taskset", "-c", cores, *command]
        self.process = subprocess.Popen(
            command,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL if quiet else None,
            start_new_session=True,
        )

    def wait(self, within: float = 30) -> None:
        """Until the front passes a request to the (running) backend: varnishd answers 503
        for a moment after it starts, before its first probe of the backend."""
        wait_for(self.base + "/healthz", self.process, within, "varnishd", healthy=True)

    def stop(self) -> None:
        stop(self.process)
        shutil.rmtree(self.workdir, ignore_errors=True)


def gunicorn(port: int, env: dict[str, str], *extra: str) -> subprocess.Popen:
    command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py"]
    command += ["--bind", f"{HOST}:{port}", *extra, "newsreader.wsgi:application"]
    return subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)


def backend_env(purge_url: str, base: dict[str, str] | None = None) -> dict[str, str]:
    """gunicorn's environment behind the front: where to purge, one proxy before it."""
    env = dict(os.environ if base is None else base)
    env["EDGE_PURGE_URL"] = purge_url
    env.setdefault("TRUSTED_PROXY_COUNT", "1")
    return env


def wait_for(
    url: str, process: subprocess.Popen, within: float, name: str = "", *, healthy: bool = False
) -> None:
    """Until `url` answers (with a success when `healthy`), or `process` exits."""
    deadline = time.monotonic() + within
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except urllib.error.HTTPError:
            if not healthy:
                return  # it answers
            if time.monotonic() > deadline:
                raise SystemExit(f"{name or url} answered with errors for {within} s") from None
            time.sleep(0.1)
        except OSError:
            if process.poll() is not None:
                raise SystemExit(f"{name or url} exited with {process.returncode}") from None
            if time.monotonic() > deadline:
                raise SystemExit(f"nothing answered at {url}") from None
            time.sleep(0.1)


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    port = int(os.environ.get("PORT", 8000))
    parser.add_argument("--port", type=int, default=port)
    parser.add_argument("--backend-port", type=int, default=port + 1)
    parser.add_argument("--purge-port", type=int, default=port + 2)
    args = parser.parse_args()
    front = Front(args.port, args.purge_port, args.backend_port)
    backend = gunicorn(args.backend_port, backend_env(front.purge_url))
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    try:
        wait_for(f"http://{HOST}:{args.backend_port}/healthz", backend, 60)
        front.wait()
        print(f"The site, through Varnish: {front.base}/  (gunicorn on {args.backend_port})")
        print("Ctrl-C stops both.", flush=True)
        while not stopping and backend.poll() is None and front.process.poll() is None:
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        stop(backend)
        front.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

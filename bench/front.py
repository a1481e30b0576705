"""The site through the front (Varnish, `deploy/`), against bare Django and nginx, in one run.

Run by `bench/run.sh` after `bench/load.py` (the database, static files and wrk ready), or
alone with the same environment. On one set of cores: the bare Django ceiling
(`bench/ceiling.py` under gunicorn), nginx serving a static 25 KB file (Debian's
`nginx-light`, installed if missing), and gunicorn behind Varnish as `make serve` runs
them; wrk on the other core. It prints:

- throughput and p50/p99 latency at CONNECTIONS (32) of the ceiling, nginx, and pages
  served from the front's cache (article, home, tag, entity, search), each as a multiple
  of the ceiling's throughput, rounds alternating so a neighbour's load touches all alike
  (pages asked for with `Accept-Encoding: gzip`, as browsers ask; the ceiling's and
  nginx's 25 KB uncompressed, as `bench/load.py` measures the ceiling);
- the time from an editor's unpublishing (the workflow, in another process) to the front
  answering 404 for the article;
- what 50 slow connections (headers sent a line a second, reconnecting when dropped) add
  to a normal reader's latency, for a page in the front's cache and for one it must fetch.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import load  # noqa: E402
from bench.ceiling import PAGE  # noqa: E402
from deploy.serve import Front, backend_env, stop  # noqa: E402

HOST = "127.0.0.1"
CEILING, NGINX = "ceiling", "nginx 25 KB"
PAGES = ("article", "home", "tag", "entity", "search 1 word")
SLOW_CLIENTS = 50
SAFE = "/?=&%"  # paths as targets.py gives them: Arabic slugs raw, queries already quoted

NGINX_CONF = """
worker_processes 1;
daemon off;
pid {root}/nginx.pid;
error_log stderr error;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {root}/tmp;
    proxy_temp_path {root}/tmp;
    fastcgi_temp_path {root}/tmp;
    uwsgi_temp_path {root}/tmp;
    scgi_temp_path {root}/tmp;
    keepalive_requests 100000;
    server {{
        listen {host}:{port};
        root {root}/www;
        default_type text/html;
    }}
}}
"""


def nginx_binary() -> str:
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else "")
    if not found:
        print("Installing nginx-light (Debian package) for the static-file reference")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        install = ["apt-get", "install", "-y", "-qq", "nginx-light"]
        if subprocess.run(install, env=env, capture_output=True).returncode:
            subprocess.run(["apt-get", "update", "-qq"], env=env, check=True)
            subprocess.run(install, env=env, check=True, capture_output=True)
        found = "/usr/sbin/nginx"
    return found


def start_nginx(port: int, cores: str) -> tuple[subprocess.Popen, Path]:
    root = Path(tempfile.mkdtemp(prefix="bench-nginx-"))
    root.chmod(0o755)
    (root / "www").mkdir(mode=0o755)
    (root / "tmp").mkdir()
    (root / "www" / "index.html").write_bytes(PAGE)  # the ceiling's 25 KB page
    (root / "nginx.conf").write_text(NGINX_CONF.format(root=root, host=HOST, port=port))
    command = ["taskset", "-c", cores, nginx_binary(), "-c", str(root / "nginx.conf")]
    process = subprocess.Popen(command, start_new_session=True)
    load_wait(f"http://{HOST}:{port}/", process)
    return process, root


def load_wait(url: str, process: subprocess.Popen, within: float = 60) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            if process.poll() is not None:
                raise SystemExit(f"{process.args} exited with {process.returncode}") from None
            time.sleep(0.2)
    raise SystemExit(f"nothing answered at {url}")


def fetch(url: str) -> tuple[int, dict[str, str]]:
    request = urllib.request.Request(url)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            response.read()
            return response.status, dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers)


def wrk(url: str, seconds: int, connections: int, core: str, *, gzip: bool) -> dict:
    """`load.wrk`, asking for gzip as browsers do when `gzip` (the front keeps pages
    compressed, and would otherwise decompress each one for wrk)."""
    if not gzip:
        return load.wrk(url, seconds, connections, core)
    command = ["taskset", "-c", core, "wrk", "-t1", f"-c{connections}", f"-d{seconds}s"]
    command += ["-H", "Accept-Encoding: gzip", "--latency", url]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    latency = {
        pct: float(value) * load.UNITS[unit]
        for pct, value, unit in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
    }
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    assert rps is not None, out
    return {
        "rps": float(rps.group(1)),
        "p50": latency.get("50", float("nan")),
        "p99": latency.get("99", float("nan")),
        "errors": int(errors.group(1)) if errors else 0,
    }


def size(url: str, *, gzip: bool) -> int:
    headers = {"Accept-Encoding": "gzip"} if gzip else {}
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=10) as r:
        return len(r.read())


def measure(urls: dict[str, str], args, wrk_core: str) -> dict[str, dict]:
    results: dict[str, list[dict]] = {name: [] for name in urls}
    names = [n for n in urls if n != CEILING]
    for round_number in range(args.rounds):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            for which in (CEILING, name):
                gzip = which not in (CEILING, NGINX)
                results[which].append(
                    wrk(urls[which], args.seconds, args.connections, wrk_core, gzip=gzip)
                )
        print(f"  round {round_number + 1}/{args.rounds} done", flush=True)
    rows = load.medians(results)
    print(f"\n== through the front, {args.connections} connections")
    print(
        f"{'page':<16}{'bytes':>8}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'worst p99':>11}"
        f"{'x ceiling':>11}{'x nginx':>9}"
    )
    # nginx's static file is what this machine's front can approach at best (and, on two
    # cores, often what one core of wrk can ask for): a page's share of it is the figure
    # that carries from one machine to another, where its share of the ceiling does not.
    for name, row in rows.items():
        body = size(urls[name], gzip=name not in (CEILING, NGINX))
        print(
            f"{name:<16}{body:>8}{row['rps']:>9.0f}{row['p50']:>9.2f}{row['p99']:>9.2f}"
            f"{row['p99_worst']:>11.2f}{row['ratio']:>11.2f}"
            f"{row['rps'] / rows[NGINX]['rps']:>9.2f}"
            + (f"   {row['errors']} non-2xx/3xx!" if row["errors"] else "")
        )
    return rows


def unpublish_to_404(front: Front, env: dict, article: tuple[int, str], times: int) -> list[float]:
    """Seconds from the editor's unpublishing (committed) to the front's first 404."""
    pk, path = article
    url = front.base + quote(path, safe=SAFE)
    delays = []
    for _ in range(times):
        fetch(url)
        status, headers = fetch(url)
        if status != 200 or headers.get("X-Cache") != "HIT":
            raise SystemExit(f"{path} is not served from the front ({status})")
        code = (
            "import time\nfrom articles import workflow\nfrom articles.models import Article\n"
            f"workflow.unpublish(Article.objects.filter(pk={pk}))\n"
            "print(time.time(), flush=True)\n"
        )
        editor = subprocess.Popen(
            [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        first_404 = None
        while first_404 is None:
            if fetch(url)[0] == 404:
                first_404 = time.time()
            elif editor.poll() is not None and editor.returncode:
                raise SystemExit("the editor's unpublishing failed")
            else:
                time.sleep(0.002)
        editor.wait()
        committed = float(editor.stdout.read().split()[-1])
        delays.append(first_404 - committed)
        code = (
            "from articles import workflow\nfrom articles.models import Article\n"
            f"workflow.publish(Article.objects.filter(pk={pk}))\n"
        )
        subprocess.run(
            [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
            cwd=ROOT,
            env=env,
            check=True,
        )
        time.sleep(1)  # both purge rounds of the republication are done
    return delays


class Slowloris:
    """`count` connections sending request headers one line a second, never finishing;
    each reconnects when the front drops it."""

    def __init__(self, port: int, count: int) -> None:
        self.port, self.count = port, count
        self.stopping = threading.Event()
        self.threads = [threading.Thread(target=self._run, daemon=True) for _ in range(count)]

    def _run(self) -> None:
        while not self.stopping.is_set():
            try:
                with socket.create_connection((HOST, self.port), timeout=5) as sock:
                    sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                    n = 0
                    while not self.stopping.wait(1.0):
                        sock.sendall(f"X-Slow-{n}: {'a' * 10}\r\n".encode())
                        n += 1
            except OSError:
                time.sleep(0.05)

    def __enter__(self) -> Slowloris:
        for thread in self.threads:
            thread.start()
        time.sleep(1.5)  # all connected and trickling
        return self

    def __exit__(self, *exc) -> None:
        self.stopping.set()


def reader_latency(url_of, count: int) -> list[float]:
    """A normal reader's sequential requests: milliseconds each."""
    latencies = []
    for n in range(count):
        started = time.perf_counter()
        status, _headers = fetch(url_of(n))
        latencies.append((time.perf_counter() - started) * 1000)
        if status != 200:
            raise SystemExit(f"the reader got {status}")
    return latencies


def slow_clients(front: Front, cached_path: str, search_path: str) -> dict[str, tuple]:
    cached = lambda n: front.base + quote(cached_path, safe=SAFE)  # noqa: E731
    fetched = lambda n: f"{front.base}{quote(search_path, safe=SAFE)}&n={time.time_ns()}"  # noqa: E731
    out = {}
    for name, url_of in (("cached article", cached), ("fetched search", fetched)):
        quiet = reader_latency(url_of, 60)
        with Slowloris(front.port, SLOW_CLIENTS):
            attacked = reader_latency(url_of, 60)
        out[name] = (
            statistics.median(quiet),
            max(quiet),
            statistics.median(attacked),
            max(attacked),
        )
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=int(os.environ.get("ROUNDS", 3)))
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("SECONDS_PER_RUN", 5)))
    parser.add_argument("--connections", type=int, default=int(os.environ.get("CONNECTIONS", 32)))
    parser.add_argument("--port", type=int, default=int(os.environ.get("FRONT_PORT", 8120)))
    args = parser.parse_args()
    server_cores, wrk_core = load.cpu_split()
    ports = {
        "ceiling": args.port + 1,
        "nginx": args.port + 2,
        "site": args.port + 3,
        "purge": args.port + 4,
    }
    env = dict(os.environ)
    targets = json.loads(
        subprocess.run(
            [sys.executable, "bench/targets.py"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )["pages"]
    print(
        f"servers (gunicorn, Varnish, nginx) on cores {server_cores}, wrk on core {wrk_core}; "
        f"{args.connections} connections, {args.rounds} rounds of {args.seconds} s"
    )
    ceiling = load.start("bench.ceiling:application", ports["ceiling"], env, server_cores)
    nginx, nginx_root = start_nginx(ports["nginx"], server_cores)
    front = Front(args.port, ports["purge"], ports["site"], quiet=True, cores=server_cores)
    site_env = backend_env(front.purge_url, env)
    site = load.start("newsreader.wsgi:application", ports["site"], site_env, server_cores)
    verdicts = []
    try:
        front.wait()
        urls = {
            CEILING: f"http://{HOST}:{ports['ceiling']}/",
            NGINX: f"http://{HOST}:{ports['nginx']}/",
        }
        for name in PAGES:
            url = front.base + quote(targets[name], safe=SAFE)
            fetch(url)
            status, headers = fetch(url)
            if status != 200 or headers.get("X-Cache") != "HIT":
                raise SystemExit(f"{name} is not served from the front's cache ({status})")
            print(f"  {name:<16}{targets[name]}")
            urls[name] = url
        rows = measure(urls, args, wrk_core)
        article = rows["article"]
        verdicts.append(
            (
                "cached article >= 20 x bare Django",
                article["ratio"] >= 20,
                f"{article['ratio']:.1f} x",
            )
        )
        verdicts.append(
            (
                f"cached article p99 < 10 ms at {args.connections} connections",
                article["p99"] < 10,
                f"{article['p99']:.2f} ms",
            )
        )

        ids = json.loads(
            subprocess.run(
                [sys.executable, "manage.py", "shell", "--no-imports", "-c",
                 "import json\nfrom articles.models import Article\n"
                 "a = Article.objects.for_listing()[5]\n"
                 "print(json.dumps([a.pk, a.get_absolute_url()]))"],
                cwd=ROOT, env=site_env, capture_output=True, text=True, check=True,
            ).stdout
        )  # fmt: skip
        delays = unpublish_to_404(front, site_env, tuple(ids), 3)
        print("\n== an editor's unpublishing to the front's 404 (s): " + ", ".join(
            f"{d:.3f}" for d in delays))  # fmt: skip
        verdicts.append(("unpublished article 404 at the front < 1 s", max(delays) < 1.0,
                         f"worst {max(delays):.3f} s"))  # fmt: skip

        search_path = targets["search 1 word"]
        slow = slow_clients(front, targets["article"], search_path)
        print(f"\n== a reader's latency (ms) without and with {SLOW_CLIENTS} slow connections")
        print(f"{'page':<16}{'median':>9}{'max':>9}{'median':>11}{'max':>9}{'added':>9}")
        for name, (q50, qmax, a50, amax) in slow.items():
            print(f"{name:<16}{q50:>9.1f}{qmax:>9.1f}{a50:>11.1f}{amax:>9.1f}{a50 - q50:>9.1f}")
            verdicts.append(
                (
                    f"{SLOW_CLIENTS} slow connections add <= 100 ms ({name}, median)",
                    a50 - q50 <= 100,
                    f"{a50 - q50:+.1f} ms (max {amax:.0f} ms)",
                )
            )
    finally:
        stop(site)
        front.stop()
        stop(nginx)
        shutil.rmtree(nginx_root, ignore_errors=True)
        stop(ceiling)
    print("\n== targets (front)")
    for text, ok, value in verdicts:
        print(f"  {'PASS' if ok else 'FAIL'}  {text}: {value}")
    return 0 if all(ok for _t, ok, _v in verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())

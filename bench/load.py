"""The load benchmark: the site under gunicorn, against bare Django, driven by wrk.

Run it through `bench/run.sh` (README, "Benchmark"), which prepares the database, the
static files and wrk. This script starts two gunicorns with the production configuration
(`gunicorn.conf.py`): the site, and `bench/ceiling.py`, a bare Django view returning a fixed
25 KB page, the fastest thing Django serves. Servers run on one set of cores and wrk on
another. For each cache mode (the page cache on in local memory, on in Redis, off), every
page is measured in rounds, in an order that rotates each round, alternating with the
ceiling, so that a neighbour's load on the machine touches them alike. It prints
throughput, p50/p99 latency, each page's throughput as a share of the ceiling's, the
targets, and the workers' memory.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
HOST = "127.0.0.1"
CEILING = "ceiling"
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}
# Uncached, every page type must answer with p99 under this (ms) at 2 connections.
P99_TARGET_MS = 50


def cpu_split(mode: str = "cached") -> tuple[str, str]:
    """(server cores, wrk cores) for a cache mode.

    Cached, the servers' throughput is compared, so wrk gets a core of its own (the last,
    when there are two or more) and cannot take the servers' time. Uncached, what is
    measured is how long a reader waits, at 2 connections: the server has every core, as
    production's gunicorn has, and wrk (a few % of a core at 2 connections) shares the last.
    """
    cores = sorted(os.sched_getaffinity(0))
    if len(cores) < 2:
        return str(cores[0]), str(cores[0])
    if mode == "off":
        return ",".join(map(str, cores)), str(cores[-1])
    return ",".join(map(str, cores[:-1])), str(cores[-1])


def start(app: str, port: int, env: dict, cores: str) -> subprocess.Popen:
    command = ["taskset", "-c", cores, PYTHON, "-m", "gunicorn", "-c", "gunicorn.conf.py"]
    command += ["--bind", f"{HOST}:{port}", app]
    process = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)
    for _ in range(150):
        try:
            urllib.request.urlopen(f"http://{HOST}:{port}/", timeout=2).read()
            return process
        except urllib.error.HTTPError:
            return process
        except OSError:
            if process.poll() is not None:
                raise SystemExit(f"gunicorn for {app} exited with {process.returncode}") from None
            time.sleep(0.2)
    stop(process)
    raise SystemExit(f"gunicorn for {app} did not answer on port {port}")


def stop(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()


def worker_rss_mb(master: subprocess.Popen) -> list[float]:
    out = subprocess.run(
        ["ps", "-o", "rss=", "--ppid", str(master.pid)], capture_output=True, text=True
    ).stdout
    return [int(kb) / 1024 for kb in out.split()]


def fetch(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            response.read()
            return response.status, dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers)


def warm(name: str, url: str, *, cached: bool) -> None:
    """Each worker renders the page (and with the cache on, stores it) before measuring."""
    hits = 0
    for _ in range(40):
        status, headers = fetch(url)
        if status != 200:
            raise SystemExit(f"{name} answered {status}")
        hits += headers.get("X-Page-Cache") == "hit"
    if cached and hits < 20:
        raise SystemExit(f"{name} is not served from the page cache ({hits}/40 hits)")


def wrk(url: str, seconds: int, connections: int, cores: str) -> dict:
    command = ["taskset", "-c", cores, "wrk", "-t1", f"-c{connections}", f"-d{seconds}s"]
    out = subprocess.run(
        [*command, "--latency", url], capture_output=True, text=True, check=True
    ).stdout
    latency = {
        pct: float(value) * UNITS[unit]
        for pct, value, unit in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
    }
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": latency.get("50", float("nan")),
        "p99": latency.get("99", float("nan")),
        "errors": int(errors.group(1)) if errors else 0,
    }


def measure(
    targets: dict[str, str], args, cores: tuple[str, str], label: str, *, alternate: bool
) -> dict[str, list[dict]]:
    """Each page in rounds; the ceiling beside each page (`alternate`), or once a round."""
    results: dict[str, list[dict]] = {name: [] for name in [CEILING, *targets]}
    names = list(targets)
    for round_number in range(args.rounds):
        shift = round_number % len(names)
        for position, name in enumerate(names[shift:] + names[:shift]):
            with_ceiling = alternate or position == 0
            for which in (CEILING, name) if with_ceiling else (name,):
                url = args.ceiling_url if which == CEILING else args.site_url + targets[which]
                results[which].append(wrk(url, args.seconds, args.connections, cores[1]))
        print(f"  {label}: round {round_number + 1}/{args.rounds} done", flush=True)
    return results


def medians(results: dict[str, list[dict]]) -> dict[str, dict]:
    """Each page's figures over its rounds: median throughput and latencies, the worst
    round's p99, throughput as a share of the ceiling's (`CEILING`'s runs), errors, spread."""
    ceiling = statistics.median(r["rps"] for r in results[CEILING])
    rows = {}
    for name, runs in results.items():
        rps = statistics.median(r["rps"] for r in runs)
        rows[name] = {
            "rps": rps,
            "p50": statistics.median(r["p50"] for r in runs),
            "p99": statistics.median(r["p99"] for r in runs),
            "p99_worst": max(r["p99"] for r in runs),
            "ratio": rps / ceiling,
            "errors": sum(r["errors"] for r in runs),
            "spread": (max(r["rps"] for r in runs) - min(r["rps"] for r in runs)) / rps,
        }
    return rows


def summarise(label: str, results: dict[str, list[dict]]) -> dict[str, dict]:
    rows = medians(results)
    print(f"\n== {label}")
    print(f"{'page':<16}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'worst p99':>11}{'x ceiling':>11}")
    for name, row in rows.items():
        print(
            f"{name:<16}{row['rps']:>9.0f}{row['p50']:>9.2f}{row['p99']:>9.2f}"
            f"{row['p99_worst']:>11.2f}{row['ratio']:>11.3f}"
            + (f"   {row['errors']} non-2xx/3xx!" if row["errors"] else "")
        )
    spread = max(row["spread"] for row in rows.values())
    print(f"(largest spread of throughput between rounds: {spread:.0%})")
    return rows


def check(summary: dict[str, dict[str, dict]]) -> bool:
    verdicts = []
    for mode, rows in summary.items():
        pages = {name: row for name, row in rows.items() if name != CEILING}
        if mode != "off":
            worst = min(pages.items(), key=lambda item: item[1]["ratio"])
            verdicts.append(
                (
                    f"cache {mode}: every page >= 0.9 x ceiling (lowest {worst[0]})",
                    worst[1]["ratio"] >= 0.9,
                    f"{worst[1]['ratio']:.3f}",
                )
            )
        else:
            article = pages["article"]["ratio"]
            verdicts.append(
                ("cache off: article page >= 0.1 x ceiling", article >= 0.1, f"{article:.3f}")
            )
            name, row = max(pages.items(), key=lambda item: item[1]["p99"])
            verdicts.append(
                (
                    f"cache off: p99 < {P99_TARGET_MS} ms for every page type (highest {name})",
                    row["p99"] < P99_TARGET_MS,
                    f"{row['p99']:.1f} ms",
                )
            )
            failing = [n for n, r in pages.items() if r["errors"]]
            verdicts.append(("cache off: no page answers 4xx/5xx", not failing, str(failing)))
    print("\n== targets")
    for text, ok, value in verdicts:
        print(f"  {'PASS' if ok else 'FAIL'}  {text}: {value}")
    return all(ok for _text, ok, _value in verdicts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=int(os.environ.get("ROUNDS", 3)))
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("SECONDS_PER_RUN", 5)))
    parser.add_argument("--connections", type=int, default=2)
    parser.add_argument("--site-port", type=int, default=int(os.environ.get("BENCH_PORT", 8117)))
    parser.add_argument(
        "--ceiling-port", type=int, default=int(os.environ.get("CEILING_PORT", 8118))
    )
    parser.add_argument(
        "--modes",
        default=os.environ.get("CACHE_MODES", "locmem redis off"),
        help="page cache modes to measure: locmem, redis, off",
    )
    args = parser.parse_args()
    args.site_url = f"http://{HOST}:{args.site_port}"
    args.ceiling_url = f"http://{HOST}:{args.ceiling_port}/"
    env = dict(os.environ)
    chosen = json.loads(
        subprocess.run(
            [PYTHON, "bench/targets.py"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    targets = chosen["pages"]
    print(f"{args.connections} connections, {args.rounds} rounds of {args.seconds} s per page")
    for name, path in targets.items():
        print(f"  {name:<16}{path}")
    caches = {
        "locmem": "locmemcache://",
        "redis": os.environ.get("BENCH_REDIS_URL", "rediscache://127.0.0.1:6379/7"),
        "off": "dummycache://",
    }
    summary, memory = {}, {}
    for mode in args.modes.split():
        cores = cpu_split(mode)
        print(f"\ncache {mode}: servers on cores {cores[0]}, wrk on core {cores[1]}")
        # The ceiling runs where the site runs, so that their ratio compares like with like.
        ceiling = start("bench.ceiling:application", args.ceiling_port, env, cores[0])
        site = start(
            "newsreader.wsgi:application",
            args.site_port,
            {**env, "CACHE_URL": caches[mode]},
            cores[0],
        )
        cached = mode != "off"
        pages = {n: p for n, p in targets.items() if not cached or n in chosen["cached"]}
        try:
            for name, path in pages.items():
                warm(name, args.site_url + path, cached=cached)
            results = measure(pages, args, cores, f"cache {mode}", alternate=cached)
            memory[mode] = worker_rss_mb(site)
        finally:
            stop(site)
            stop(ceiling)
        summary[mode] = summarise(f"page cache {mode}", results)
    print("\n== worker memory after the run (RSS, MB)")
    for mode, sizes in memory.items():
        print(
            f"  cache {mode}: " + ", ".join(f"{s:.0f}" for s in sizes) + f"  (max {max(sizes):.0f})"
        )
    ok = check(summary)
    worst = max(max(sizes) for sizes in memory.values())
    print(f"  {'PASS' if worst < 150 else 'FAIL'}  worker RSS < 150 MB: {worst:.0f} MB")
    return 0 if ok and worst < 150 else 1


if __name__ == "__main__":
    sys.exit(main())

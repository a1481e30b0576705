"""What hostile text costs the importers (a script, not a test).

    .venv/bin/python bench/bench_parsing.py [--sizes 50,100,200,400] [--repeat 3]

Reads every shape of tests/adversarial.py (runs of spaces, tabs, no-break spaces, line
breaks and punctuation, one long line, many lines shaped for the page reader's patterns) at
each size in KB, the way a paste into «استيراد من نص» or a `.txt` file is read
(`importing.read_page`: markup taken out, then the page parsed) and as the body of a JSON
Lines record (`json.loads` and `importing.article_data_from_json`). It prints the best of
`--repeat` times per size and how the largest compares with the smallest: linear reading
grows by the ratio of the sizes (8 from 50 to 400 KB), quadratic by its square (64).
No database is needed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsreader.settings")
os.environ.setdefault("DEBUG", "1")

import django  # noqa: E402

django.setup()

from articles.importing import article_data_from_json, read_page  # noqa: E402
from articles.importing.pagereader import lines as pagelines  # noqa: E402
from articles.importing.pagereader import text as pagetext  # noqa: E402
from tests.adversarial import SHAPES  # noqa: E402


def _best(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        # The page reader caches lines it has seen; every run starts cold, as a new paste does.
        pagelines.classify.cache_clear()
        pagetext.key.cache_clear()
        pagetext.fold_map.cache_clear()
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def _jsonl_line(text: str) -> str:
    return json.dumps({"title": "عنوان الخبر", "body": text}, ensure_ascii=False)


READERS: dict[str, Callable[[str], object]] = {
    "paste or .txt page (read_page)": read_page,
    "JSON Lines body (json.loads + article_data_from_json)": lambda line: article_data_from_json(
        json.loads(line)
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="50,100,200,400", help="sizes in KB")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    width = max(map(len, SHAPES)) + 2
    worst: dict[str, tuple[float, str]] = {}
    for reader_name, reader in READERS.items():
        print(f"\n{reader_name}: seconds per input, best of {args.repeat}")
        print(
            "shape".ljust(width)
            + "".join(f"{size:>7} KB" for size in sizes)
            + f"   {sizes[-1]}/{sizes[0]} KB"
        )
        for shape, make in SHAPES.items():
            row = []
            for size in sizes:
                text = make(size * 1000)
                if reader is not read_page:
                    text = _jsonl_line(text)
                row.append(_best(lambda text=text, reader=reader: reader(text), args.repeat))
                if size == 200:
                    worst[reader_name] = max(worst.get(reader_name, (0.0, "")), (row[-1], shape))
            growth = row[-1] / row[0] if row[0] else float("nan")
            print(shape.ljust(width) + "".join(f"{t:10.3f}" for t in row) + f"   x{growth:5.1f}")
    if worst:
        print("\nslowest at 200 KB:")
        for reader_name, (seconds, shape) in worst.items():
            print(f"  {reader_name}: {seconds:.3f} s ({shape})")


if __name__ == "__main__":
    main()

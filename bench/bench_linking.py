"""Linking cost versus gazetteer size (a script, not a test).

    .venv/bin/python bench/bench_linking.py [--repeat N]

Builds gazetteers of 100, 1,000 and 10,000 synthetic entities plus the 37 real dev-corpus ones
(with their descriptions; the synthetic ones get eight words of the article as theirs, and
editors' decisions on a tenth of them)
and times ``Gazetteer.find`` on a 1,000-word Arabic article (the dev-corpus bodies, repeated).
One synthetic name in ten starts with a word of the article («وزارة ...», «مدينة ...»), so the
walk goes past the trie root as it does with a real gazetteer. Sizes are timed in interleaved
rounds so that load on the machine affects them alike. The cost should stay flat: the ratio of
the largest to the smallest median is printed (target ≤ 1.5x).
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from articles.text.matching import KINDS, Gazetteer, GazetteerEntry, Learned
from articles.text.normalize import tokenize

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "dev-corpus"
SIZES = (100, 1_000, 10_000)
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def real_entries() -> list[GazetteerEntry]:
    entries = []
    for line in (CORPUS / "entities.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        entries.append(
            GazetteerEntry(
                row["name"], row["name"], tuple(row["aliases"]), row["kind"], row["description"]
            )
        )
    return entries


def article_of(words: int) -> str:
    bodies = [json.loads(line)["body"] for line in (CORPUS / "articles.jsonl").open()]
    text, count = [], 0
    while count < words:
        for body in bodies:
            for paragraph in body.split("\n\n"):
                text.append(paragraph)
                count += len(tokenize(paragraph))
                if count >= words:
                    return "\n\n".join(text)
    return "\n\n".join(text)


def synthetic_entries(n: int, vocabulary: list[str], rng: random.Random) -> list[GazetteerEntry]:
    def word() -> str:
        return "".join(rng.choice(LETTERS) for _ in range(rng.randint(4, 8)))

    entries = []
    for i in range(n):
        first = rng.choice(vocabulary) if rng.random() < 0.1 else word()
        name = " ".join([first] + [word() for _ in range(rng.randint(1, 3))])
        aliases = tuple(word() for _ in range(rng.randint(0, 2)))
        description = " ".join(rng.choice(vocabulary) for _ in range(8))
        entries.append(
            GazetteerEntry(f"synthetic-{i}", name, aliases, rng.choice(KINDS), description)
        )
    return entries


def main(repeat: int = 50) -> None:
    article = article_of(1_000)
    words = len(tokenize(article))
    vocabulary = sorted({t.text for t in tokenize(article)})
    rng = random.Random(20250101)
    print(f"article: {words} words, {len(article)} characters; median of {repeat} runs")
    gazetteers = {}
    learned = {}
    for size in SIZES:
        entries = real_entries() + synthetic_entries(size, vocabulary, rng)
        started = time.perf_counter()
        gazetteers[size] = Gazetteer.build(entries)
        # Editors' decisions on a tenth of the names, as a newsroom would have made them.
        learned[size] = Learned(
            doubted=frozenset((e.key, e.aliases[0]) for e in entries[::10] if e.aliases),
            refused=frozenset((e.key, e.name, "في") for e in entries[::10]),
        )
        build_ms = (time.perf_counter() - started) * 1000
        print(f"{len(entries):>6} entities: build {build_ms:8.1f} ms")
        gazetteers[size].find(article)  # warm the per-word caches, as a running server has them
    runs: dict[int, list[float]] = {size: [] for size in SIZES}
    for _ in range(repeat):
        for size, gazetteer in gazetteers.items():
            started = time.perf_counter()
            gazetteer.find(article, learned=learned[size])
            runs[size].append((time.perf_counter() - started) * 1000)
    medians = {size: statistics.median(times) for size, times in runs.items()}
    for size, gazetteer in gazetteers.items():
        found = len(gazetteer.find(article))
        print(f"{len(gazetteer):>6} entities: link {medians[size]:6.2f} ms/article ({found} found)")
    ratio = medians[SIZES[-1]] / medians[SIZES[0]]
    print(f"ratio largest/smallest: {ratio:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    main(int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 50)

"""Write articles/data/arabic_wordfreq.tsv from the wordfreq package's Arabic list.

    pip download --no-deps -d /tmp/wf wordfreq==3.1.1
    .venv/bin/python scripts/make_arabic_wordfreq.py /tmp/wf/wordfreq-3.1.1-py3-none-any.whl

wordfreq (Robyn Speer; code Apache-2.0, word lists CC BY-SA 4.0) stores each language as
"cBpack": a gzipped msgpack list whose first item is a header and whose item n is the words
with frequency 10^(-n/100). The site does not depend on wordfreq: this script reads the wheel
(a zip) with the standard library and msgpack (a dev requirement), folds every word with the
site's normaliser (أ/إ/آ → ا, ة → ه, tashkeel dropped...), adds up the frequencies of words that
fold together, and keeps the most frequent ``TOP`` as `normalised word<TAB>Zipf frequency`
(log10 of occurrences per billion words: 7 for «في», 3 for a word seen once per million).
"""

from __future__ import annotations

import gzip
import io
import math
import sys
import zipfile
from pathlib import Path

import msgpack

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from articles.text.normalize import normalize

TOP = 50_000
MEMBER = "wordfreq/data/large_ar.msgpack.gz"
OUTPUT = Path(__file__).resolve().parent.parent / "articles" / "data" / "arabic_wordfreq.tsv"


def read_cbpack(wheel: Path) -> list[list[str]]:
    with zipfile.ZipFile(wheel) as archive:
        raw = gzip.GzipFile(fileobj=io.BytesIO(archive.read(MEMBER))).read()
    data = msgpack.unpackb(raw, strict_map_key=False)
    header = data[0]
    if header.get("format") != "cB" or header.get("version") != 1:
        raise ValueError(f"unexpected header {header!r}")
    return data[1:]


def main(wheel: Path) -> None:
    totals: dict[str, float] = {}
    for centibels, words in enumerate(read_cbpack(wheel)):
        frequency = 10 ** (-centibels / 100)
        for word in words:
            key = normalize(word)
            if key and " " not in key:
                totals[key] = totals.get(key, 0.0) + frequency
    ranked = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP]
    with open(OUTPUT, "w", encoding="utf-8") as out:
        out.write("# Arabic word frequencies, top 50,000 after the site's normalisation.\n")
        out.write("# From wordfreq 3.1.1 (Robyn Speer et al.), word lists CC BY-SA 4.0;\n")
        out.write("# made by scripts/make_arabic_wordfreq.py. Columns: word, Zipf frequency.\n")
        for word, frequency in ranked:
            out.write(f"{word}\t{math.log10(frequency) + 9:.2f}\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

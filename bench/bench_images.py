"""What making a lead image's variants costs, and how large they are (a script, not a test).

    .venv/bin/python bench/bench_images.py [--repeat N]

Makes the variants (AVIF or WebP, and JPEG, at each width the original reaches) of a
synthetic photograph (`tests/pictures.photo`: sky, hills, grain) at three sizes an editor
uploads: a 1600 px web image, a 2400 px agency picture and a 6000×4000 camera original.
Prints the median time per upload (paid once, when the article is saved), and each
variant's bytes: the article page loads one AVIF (800 or 1200 wide), a listing 480s.
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsreader.settings")
os.environ.setdefault("DEBUG", "1")
os.environ["MEDIA_ROOT"] = tempfile.mkdtemp(prefix="bench-images-")
atexit.register(shutil.rmtree, os.environ["MEDIA_ROOT"], ignore_errors=True)

import django  # noqa: E402

django.setup()

from django.core.files.base import ContentFile  # noqa: E402
from django.core.files.storage import default_storage  # noqa: E402

from articles.images import variants  # noqa: E402
from tests.pictures import photo  # noqa: E402

SHAPES = {
    "web 1600×1067": (1600, 1067),
    "agency 2400×1600": (2400, 1600),
    "camera 6000×4000": (6000, 4000),
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat
    print(f"{variants.MODERN_FORMAT} + JPEG at {', '.join(map(str, variants.WIDTHS))} px")
    for label, (width, height) in SHAPES.items():
        data = photo(width, height)
        name = default_storage.save(f"bench/{width}.jpg", ContentFile(data))
        times, made = [], {}
        for _ in range(repeat):
            started = time.perf_counter()
            made = variants.make(name)
            times.append(time.perf_counter() - started)
            variants.delete(variants.files_of(made))
        made = variants.make(name)
        print(f"{label}: original {len(data) / 1024:,.0f} KB, {statistics.median(times):.2f} s")
        for size in made["sizes"]:
            kb = {k: default_storage.size(size[k]) / 1024 for k in ("modern", "jpeg")}
            print(
                f"  {size['width']:>5}×{size['height']:<5} {variants.MODERN_FORMAT.lower()}"
                f" {kb['modern']:6.1f} KB   jpeg {kb['jpeg']:6.1f} KB"
            )


if __name__ == "__main__":
    main()

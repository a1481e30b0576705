"""Share-card drawing cost and size (a script, not a test).

    .venv/bin/python bench/bench_cards.py [--repeat N]

Draws the card of four headlines, from a short one to one that must be shrunk and cut, and
prints for each the median time to draw it (a cache miss: every later request for the same
text is served from the cache), the PNG's size against the 300 KB that chat apps accept,
and the title size and line count the layout chose.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from articles.sharing.drawing import (
    MARGIN,
    MAX_BYTES,
    TITLE_BOTTOM,
    TITLE_TOP,
    WIDTH,
    CardText,
    draw_card,
    fit_title,
)

SEED = '"تحذير" موسكو و"توضيح" واشنطن.. مكالمة هاتفية تكسر الصمت بين أمريكا وروسيا'
LONG = (
    "شركة Apple تطلق نظارة Vision Pro في الأسواق العربية بسعر يتجاوز ثلاثة آلاف دولار "
    "وسط توقعات بإقبال محدود من المستهلكين في المنطقة خلال العام الأول من طرحها رغم "
    "الحملة الإعلانية الضخمة التي رافقت الإطلاق في دبي والرياض والقاهرة والدار البيضاء"
)
HEADLINES = {
    "short (15 chars)": "زلزال في المغرب",
    f"seed ({len(SEED)} chars)": SEED,
    f"long ({len(LONG)} chars)": LONG,
    "dense (300 words, cut)": " ".join(["مستشفى"] * 300),
}


def main(repeat: int) -> None:
    print(
        f"{'headline':<26} {'median ms':>9} {'PNG KB':>7} {'of limit':>8} {'size':>5} {'lines':>5}"
    )
    for label, title in HEADLINES.items():
        text = CardText(title, "القاهرة الإخبارية", "26 يونيو 2024", "قارئ الأخبار")
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            data = draw_card(text)
            times.append(time.perf_counter() - start)
        font, lines = fit_title(title, WIDTH - 2 * MARGIN, TITLE_BOTTOM - TITLE_TOP)
        print(
            f"{label:<26} {statistics.median(times) * 1000:>9.0f} {len(data) / 1024:>7.1f} "
            f"{len(data) / MAX_BYTES:>8.0%} {font.size:>5} {len(lines):>5}"
        )


if __name__ == "__main__":
    arguments = sys.argv[1:]
    main(int(arguments[1]) if arguments[:1] == ["--repeat"] else 10)

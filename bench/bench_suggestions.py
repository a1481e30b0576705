"""Precision of the entity suggestions (names the gazetteer lacks) on a corpus (a script,
not a test).

    .venv/bin/python bench/bench_suggestions.py [CORPUS_DIR]

Two figures, both over every article (title, summary and body):

* with the corpus gazetteer known, as the newsroom sees them: each suggestion is looked up
  in the hand judgements (bench/suggestion_judgements.json: one whole proper name, or
  not); precision = right / judged, and any suggestion not judged yet is listed;
* with an empty gazetteer: the share of suggestions that are exactly a gazetteer name or
  alias (an objective lower bound: a right name the gazetteer lacks counts as wrong).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from articles.text.normalize import normalize  # noqa: E402
from articles.text.suggestions import suggest_entities  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "dev-corpus"
JUDGEMENTS = Path(__file__).resolve().parent / "suggestion_judgements.json"


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    entities = [json.loads(line) for line in (corpus / "entities.jsonl").open(encoding="utf-8")]
    known = {normalize(n) for e in entities for n in [e["name"], *e.get("aliases", [])]}
    articles = [json.loads(line) for line in (corpus / "articles.jsonl").open(encoding="utf-8")]
    texts = ["\n\n".join([a["title"], a.get("summary", ""), a["body"]]) for a in articles]
    judged = json.loads(JUDGEMENTS.read_text(encoding="utf-8"))
    right, wrong = set(judged["right"]), set(judged["wrong"])

    shown = [
        s.name
        for text in texts
        for s in suggest_entities(text, lambda name: normalize(name) in known, limit=100)
    ]
    good = [name for name in shown if name in right]
    bad = [name for name in shown if name in wrong]
    unjudged = [name for name in shown if name not in right | wrong]
    for name in shown:
        mark = "+" if name in right else "-" if name in wrong else "?"
        print(f"  {mark} {name}")
    precision = len(good) / (len(good) + len(bad)) if good or bad else 0.0
    print(
        f"gazetteer known: {len(shown)} suggestions, {len(good)} right, {len(bad)} wrong, "
        f"{len(unjudged)} not judged; precision {precision:.0%}"
    )
    for name in unjudged:
        print(f"  not judged: {name}")

    blind = [
        s.name for text in texts for s in suggest_entities(text, lambda name: False, limit=100)
    ]
    exact = sum(normalize(name) in known for name in blind)
    share = exact / len(blind) if blind else 0.0
    print(
        f"empty gazetteer: {len(blind)} suggestions, {exact} exactly a gazetteer name ({share:.0%})"
    )


if __name__ == "__main__":
    main()

"""Evaluate the pure gazetteer matcher on the dev corpus (no database, no Django).

    .venv/bin/python scripts/eval_linking_pure.py [CORPUS_DIR] [--explain]

Runs ``Gazetteer.find`` over title + summary + body of every article, compares the linked
entities with ``gold_entities.json`` (canonical names) and prints micro precision, recall and
F1 over (article, entity) pairs, then every false positive and false negative with the
surface forms involved. ``--explain`` also prints every candidate with the rule that decided
it; ``--ablations`` switches each homograph rule off in turn and prints precision/recall on the
dev corpus and on the held-out sentences of ``tests/test_matching.py``.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from articles.text.matching import Gazetteer, GazetteerEntry, article_text

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "dev-corpus"


def load_gazetteer(corpus: Path) -> Gazetteer:
    entries = []
    with open(corpus / "entities.jsonl", encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                row = json.loads(line)
                entries.append(
                    GazetteerEntry(
                        row["name"],
                        row["name"],
                        tuple(row["aliases"]),
                        row["kind"],
                        row.get("description", ""),
                    )
                )
    return Gazetteer.build(entries)


def load_articles(corpus: Path) -> list[dict]:
    with open(corpus / "articles.jsonl", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def evaluate(corpus: Path = DEFAULT_CORPUS, *, explain: bool = False, out=sys.stdout) -> dict:
    """Print the report; return {"precision", "recall", "f1", "fp", "fn"}."""
    gazetteer = load_gazetteer(corpus)
    gold = json.loads((corpus / "gold_entities.json").read_text(encoding="utf-8"))
    tp, false_pos, false_neg = 0, [], []
    for article in load_articles(corpus):
        text, _ = article_text(article["title"], article.get("summary", ""), article["body"])
        found = gazetteer.find(text)
        expected = set(gold[article["title"]])
        tp += len(expected & found.keys())
        false_pos += [(article["title"], k, found[k].forms) for k in found.keys() - expected]
        missing = expected - found.keys()
        if missing:
            rows = gazetteer.explain(text)
            for name in missing:
                why = [(surface, reason) for surface, ent, _, reason in rows if ent == name]
                false_neg.append((article["title"], name, why))
        if explain:
            print(f"\n## {article['title']}", file=out)
            for surface, entity, ok, reason in gazetteer.explain(text):
                print(f"  {'+' if ok else '-'} «{surface}» → {entity}: {reason}", file=out)
    precision = tp / (tp + len(false_pos)) if tp + len(false_pos) else 1.0
    recall = tp / (tp + len(false_neg)) if tp + len(false_neg) else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        f"pairs: tp={tp} fp={len(false_pos)} fn={len(false_neg)}  "
        f"precision={precision:.3f} recall={recall:.3f} F1={f1:.3f}",
        file=out,
    )
    for title, key, forms in false_pos:
        print(f"FP  {key}  forms={list(forms)}  in «{title}»", file=out)
    for title, name, why in false_neg:
        print(f"FN  {name}  candidates={why or 'none'}  in «{title}»", file=out)
    return {"precision": precision, "recall": recall, "f1": f1, "fp": false_pos, "fn": false_neg}


def _held_out_scores() -> tuple[float, float]:
    """Micro precision/recall over the held-out sentences of tests/test_matching.py."""
    from tests.test_matching import HELD_OUT, HELD_OUT_GAZETTEER, gazetteer

    g = gazetteer(*HELD_OUT_GAZETTEER)
    tp = fp = fn = 0
    for text, expected in HELD_OUT:
        found = set(g.find(text))
        tp, fp, fn = (
            tp + len(found & expected),
            fp + len(found - expected),
            fn + len(expected - found),
        )
    return tp / ((tp + fp) or 1), tp / ((tp + fn) or 1)


def ablations(corpus: Path = DEFAULT_CORPUS) -> None:
    """Switch each homograph rule off in turn and print what it is worth."""
    from dataclasses import replace
    from unittest import mock

    from articles.text import lexicon, matching
    from articles.text import mention_rules as rules

    def drop(reason):
        original = rules._common_word_readings
        return mock.patch.object(
            rules, "_common_word_readings", lambda *a: [r for r in original(*a) if r != reason]
        )

    original_forms = matching._forms

    def no_short_forms(index, entry):
        return [(replace(f, short=False), w) for f, w in original_forms(index, entry)]

    def accept_all(candidates):
        return {f.entity for c in candidates for f in c.forms}

    switches = {
        "all rules (shipped)": [],
        "no rules at all": [
            mock.patch.object(rules, "linked_entities", accept_all),
            mock.patch.object(rules, "judge", lambda *a: None),
        ],
        "no short-form rule": [mock.patch.object(matching, "_forms", no_short_forms)],
        "no function-word rule": [mock.patch.object(matching.lx, "FUNCTION_WORDS", frozenset())],
        "no construct rule": [drop(rules.CONSTRUCT)],
        "no followed-by-definite rule": [drop(rules.HEAD)],
        "no adjective rule": [drop(rules.ADJECTIVE)],
        "no verb-shape exemption": [mock.patch.object(rules, "looks_verbal", lambda w: False)],
        "no context licences": [
            mock.patch.object(rules, "_LICENSORS", dict.fromkeys(rules._LICENSORS, frozenset()))
        ],
        "no two-forms confirmation": [
            mock.patch.object(rules, "confirmed_by_two_forms", lambda forms: set())
        ],
        "no nisba veto": [mock.patch.object(rules, "is_nisba", lambda w: False)],
        "no eponym/kinship veto": [
            mock.patch.object(lexicon, "FACILITY_WORDS", frozenset()),
            mock.patch.object(lexicon, "KINSHIP_WORDS", frozenset()),
        ],
    }
    print(f"{'':32} {'dev P':>6} {'dev R':>6} {'held P':>7} {'held R':>7}")
    for name, patches in switches.items():
        for p in patches:
            p.start()
        try:
            dev = evaluate(corpus, out=io.StringIO())
            held = _held_out_scores()
        finally:
            for p in reversed(patches):
                p.stop()
        print(
            f"{name:32} {dev['precision']:6.3f} {dev['recall']:6.3f} {held[0]:7.3f} {held[1]:7.3f}"
        )


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if "--ablations" in sys.argv:
        ablations(Path(args[0]) if args else DEFAULT_CORPUS)
    else:
        evaluate(Path(args[0]) if args else DEFAULT_CORPUS, explain="--explain" in sys.argv)

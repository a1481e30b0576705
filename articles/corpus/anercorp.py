"""ANERcorp (CAMeL Lab split) converted into the project's corpus format.

ANERcorp is Arabic newswire with one token a line and a BIO tag (``B-PERS``, ``I-LOC``...),
sentences separated by blank lines, clitics attached to their words as written
(«وبريطانيا»، «للأمم»). The converter makes a corpus `evaluate_corpus` reads:

* articles: consecutive sentences grouped into stories of about ``WORDS_PER_ARTICLE`` words,
  a new story also starting at a dateline («فرانكفورت (د ب أ)»); the text is the tokens
  joined as written, punctuation attached.
* the gazetteer: every gold PER/LOC/ORG name (MISC is not an entity kind here), one entity
  per name up to orthography and spacing, of the kind it is most often tagged with. A
  leading و ف ب ك ل (or لل for ال) is taken off a gold name only when the bare name is a
  gold name too (وبريطانيا → بريطانيا; لبنان and بلير keep their first letter), unless
  the name with the letter is tagged as another kind, and far more often (بكين, a place,
  is not ب + كين, a person).
* gold: for each story, the names tagged in it.

Only the train split may be converted (the test split is kept for measuring); the documents
are split into two halves by position, one to tune rules on and one to report.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..text.normalize import normalize, tokenize

WORDS_PER_ARTICLE = 200
KINDS = {"PERS": "person", "PER": "person", "LOC": "place", "ORG": "organization"}
_ATTACH_BEFORE = set(".,،؛;:!?؟)]»")
_ATTACH_AFTER = set("([«")
# Tagged this many times, a name with a clitic's letter is no chance spelling (`_own_name`).
OWN_NAME_TAGS = 3
_PROCLITICS = ("وبال", "وال", "بال", "فال", "كال", "ول", "فل", "وب", "فب", "و", "ف", "ب", "ك", "ل")


@dataclass
class Story:
    tokens: list[str] = field(default_factory=list)
    names: list[tuple[str, str]] = field(default_factory=list)  # (surface, tag type)

    @property
    def text(self) -> str:
        out: list[str] = []
        for token in self.tokens:
            if out and (token in _ATTACH_BEFORE or out[-1] in _ATTACH_AFTER):
                out[-1] += token
            else:
                out.append(token)
        return " ".join(out)


def read_sentences(lines: Iterable[str]) -> list[list[tuple[str, str]]]:
    sentences: list[list[tuple[str, str]]] = [[]]
    for line in lines:
        parts = line.split()
        if not parts:
            if sentences[-1]:
                sentences.append([])
            continue
        token, tag = parts[0], parts[-1] if len(parts) > 1 else "O"
        sentences[-1].append((token, tag))
    return [s for s in sentences if s]


def _starts_story(sentence: list[tuple[str, str]]) -> bool:
    # A dateline: a place, then the agency in brackets («فرانكفورت (د ب أ)»، «باريس ( الفرنسية )»).
    return len(sentence) > 2 and sentence[0][1].endswith("LOC") and sentence[1][0].startswith("(")


def group_stories(sentences: list[list[tuple[str, str]]]) -> list[Story]:
    stories: list[Story] = []
    story = Story()
    for sentence in sentences:
        if story.tokens and (len(story.tokens) >= WORDS_PER_ARTICLE or _starts_story(sentence)):
            stories.append(story)
            story = Story()
        current: list[str] = []
        current_type = ""
        for token, tag in [*sentence, ("", "O")]:
            kind = tag[2:] if tag[:2] in ("B-", "I-") else ""
            if current and (tag.startswith("B-") or kind != current_type):
                if current_type in KINDS:
                    story.names.append((" ".join(current), current_type))
                current = []
            if kind:
                current.append(token)
                current_type = kind
            if token:
                story.tokens.append(token)
    if story.tokens:
        stories.append(story)
    return stories


def name_key(name: str) -> str:
    """One entity per name up to orthography, spacing and dots (عبد الله = عبدالله,
    سي.أن.أن = سي أن أن), as the matcher itself tells names apart."""
    return "".join(t.norm for t in tokenize(name))


def canonical_names(stories: list[Story]) -> dict[str, str]:
    """Each gold surface → the name its entity is listed under: the clitic taken off when
    the bare name is a gold name too, unless the surface is a name of its own (`_own_name`)."""
    kinds: dict[str, Counter] = defaultdict(Counter)
    for story in stories:
        for surface, tag_type in story.names:
            kinds[surface][KINDS[tag_type]] += 1
    by_norm: dict[str, list[str]] = defaultdict(list)
    for surface in sorted(kinds):
        by_norm[normalize(surface)].append(surface)
    out = {}
    for surface in kinds:
        norm = normalize(surface)
        name = surface
        for clitic in _PROCLITICS:
            if not norm.startswith(clitic):
                continue
            rest = norm[len(clitic) :]
            bare = ("ال" + rest) if clitic.endswith("ال") else rest
            if clitic.endswith("ل") and norm.startswith(clitic + "ل"):
                bare = "ا" + rest  # للأمم → الأمم
            if len(bare) >= 3 and bare in by_norm and not _own_name(surface, by_norm[bare], kinds):
                name = by_norm[bare][-1]
                break
        out[surface] = name
    return out


def _own_name(surface: str, bare: list[str], kinds: dict[str, Counter]) -> bool:
    """Whether `surface`, which reads as a clitic and the gold name(s) `bare`, is a name of
    its own: tagged as another kind than the bare name ever is, and often enough to tell
    (`OWN_NAME_TAGS` times, twice as often as the bare name; a name is written bare more
    often than with a clitic: بكين, a place, is not ب + كين, a person)."""
    bare_kinds: Counter = sum((kinds[s] for s in bare), Counter())
    times = kinds[surface].total()
    return (
        not (kinds[surface].keys() & bare_kinds.keys())
        and times >= OWN_NAME_TAGS
        and times >= 2 * bare_kinds.total()
    )


def convert(lines: Iterable[str], out_dir: Path, *, halves: bool = True) -> dict[str, int]:
    """Write the corpus (two halves, ``a`` to tune and ``b`` to report, or one); counts."""
    stories = group_stories(read_sentences(lines))
    names = canonical_names(stories)
    parts = {"a": stories[: len(stories) // 2], "b": stories[len(stories) // 2 :]}
    if not halves:
        parts = {"": stories}
    counts = {}
    for part, chosen in parts.items():
        directory = out_dir / f"half-{part}" if part else out_dir
        directory.mkdir(parents=True, exist_ok=True)
        counts[part or "all"] = _write(chosen, names, directory, prefix=part)
    return counts


def _write(stories: list[Story], names: dict[str, str], directory: Path, *, prefix: str) -> int:
    kinds: dict[str, Counter] = defaultdict(Counter)
    for story in stories:
        for surface, tag_type in story.names:
            kinds[name_key(names[surface])][(names[surface], KINDS[tag_type])] += 1
    entities = []
    for counter in kinds.values():
        (name, _), _ = counter.most_common(1)[0]
        kind: Counter = Counter()
        for (_, k), n in counter.items():
            kind[k] += n
        entities.append({"name": name, "kind": kind.most_common(1)[0][0], "aliases": []})
    entities.sort(key=lambda e: normalize(e["name"]))
    listed = {name_key(e["name"]): e["name"] for e in entities}
    gold = {}
    with open(directory / "articles.jsonl", "w", encoding="utf-8") as articles:
        for number, story in enumerate(stories, 1):
            title = f"ANERcorp {prefix}{number:04d}"
            body = story.text
            articles.write(json.dumps({"title": title, "body": body}, ensure_ascii=False) + "\n")
            gold[title] = sorted({listed[name_key(names[s])] for s, _ in story.names})
    with open(directory / "entities.jsonl", "w", encoding="utf-8") as out:
        for entity in entities:
            out.write(json.dumps(entity, ensure_ascii=False) + "\n")
    (directory / "gold_entities.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=0), encoding="utf-8"
    )
    (directory / "search_queries.jsonl").write_text("", encoding="utf-8")
    return len(stories)

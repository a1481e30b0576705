"""Gazetteer matcher for entity linking (pure Python, no Django).

Every name and alias is tokenised and normalised (``articles.text.normalize``) and stored in a token
trie: nested dicts keyed by normalised words. A multi-word form is also stored with adjacent
words joined (كراود سترايك → كراودسترايك, عبد الله → عبدالله), and while walking the text two
adjacent words may be joined to match a one-word form, so spacing differences match both ways.

The text is walked once, left to right. At each word every proclitic reading of that word
(و ف ب ك ل ال لل and combinations, ``articles.text.clitics``) is looked up at the trie root; the
following words of a name must match exactly and be separated only by spaces. The longest
match wins (ties: the reading that strips least) and the walk resumes after it, so nested
names are consumed by the longer one («الاتحاد» inside «الاتحاد الأوروبي» is not the club).
The cost is proportional to the text length and independent of the gazetteer size.

Matching is by whole words: مصر never matches inside مصرف or المصارف, and the article ال must
agree (name روسيا does not match الروسية, name الكرملين does not match كرملين), so nisba
adjectives never match. Which of the found candidates are real mentions (homographs such as
«فتح باب», «جفاف العين», «لولا الأمطار», eponyms) is decided in ``articles.text.mention_rules``.

Typical use by the Django side::

    gazetteer = Gazetteer.build(GazetteerEntry(e.pk, e.name, tuple(e.aliases), e.kind) ...)
    text, body_offset = article_text(article.title, article.summary, article.body)
    mentions = gazetteer.find(text)                     # {key: Mention(count, first span, forms)}
    spans = gazetteer.first_mentions(text, start=body_offset, keys=linked_keys,
                                     assume_present=editor_keys)
    # body-relative span of entity k: (spans[k][0] - body_offset, spans[k][1] - body_offset)
"""

from __future__ import annotations

import re
from collections.abc import Collection, Hashable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from articles.text import lexicon as lx
from articles.text import mention_rules as rules
from articles.text.clitics import Analysis, analyses
from articles.text.normalize import Token, normalize, tokenize

KINDS = ("person", "place", "organization", "event", "other")
_END = ""  # trie key of a node's terminal forms; never a token
# Words of one name may be separated by spaces and invisible marks, never by a line break or
# punctuation; the context words the rules read must be adjacent in the same way.
_SAME_LINE_GAP = re.compile(
    "[ \t\u00a0\u00ad\u061c\u1680\u2000-\u200f\u202a-\u202f\u205f-\u2064\u2066-\u2069\u3000\ufeff]*"
)
_MAX_JOINED_WORDS = 6


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    key: Hashable
    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "other"


@dataclass(frozen=True, slots=True)
class Match:
    """An accepted mention: ``text[start:end] == surface``.

    The span leaves out a leading و ف ب ك ل (so «وموسكو» links «موسكو») but keeps the ل of لل
    («للكرملين» stays whole, since «لكرملين» alone is not a word).
    """

    key: Hashable
    start: int
    end: int
    surface: str
    form: str  # the gazetteer name or alias that matched, as written there
    strong: bool


@dataclass(frozen=True, slots=True)
class Mention:
    count: int
    first_start: int
    first_end: int
    forms: tuple[str, ...]  # distinct surfaces, in order of appearance


def article_text(title: str, summary: str, body: str) -> tuple[str, int]:
    """The text an article is linked on (title, summary, body with blank lines between) and
    the offset of ``body`` in it: a body span is ``(start - offset, end - offset)``."""
    head = f"{title}\n\n{summary}\n\n"
    return head + body, len(head)


class Gazetteer:
    """Names and aliases of entities compiled into a token trie (see the module docstring)."""

    def __init__(self, entries: list[GazetteerEntry], root: dict) -> None:
        self.entries = entries
        self._root = root
        self._kinds = [e.kind for e in entries]
        self._index = {e.key: i for i, e in enumerate(entries)}

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    def build(cls, entries: Iterable[GazetteerEntry]) -> Gazetteer:
        """Compile ``entries``; raises ValueError for an unknown kind."""
        entries = list(entries)
        root: dict = {}
        for index, entry in enumerate(entries):
            if entry.kind not in KINDS:
                raise ValueError(f"unknown entity kind {entry.kind!r} for {entry.name!r}")
            for form, words in _forms(index, entry):
                for path in _join_variants(words):
                    node = root
                    for word in path:
                        node = node.setdefault(word, {})
                    node.setdefault(_END, []).append(form)
        _prefer_canonical_owners(root)
        return cls(entries, root)

    # -- public API -------------------------------------------------------------------------

    def find_all(self, text: str, *, assume_present: Collection[Hashable] = ()) -> list[Match]:
        """Every accepted mention in ``text`` (one whole article), in text order.

        ``assume_present``: keys an editor linked to this article by hand; they count as
        linked, so their one-word forms need no further evidence (vetoes still apply).
        """
        tokens = tokenize(text)
        candidates = self._candidates(text, tokens)
        linked = rules.linked_entities(candidates)
        linked.update(self._index[k] for k in assume_present if k in self._index)
        return [
            self._match(text, tokens, cand, form)
            for cand in candidates
            for form in cand.forms
            if form.entity in linked and form.entity not in cand.veto
        ]

    def find_spans(
        self, text: str, *, assume_present: Collection[Hashable] = ()
    ) -> list[tuple[Hashable, int, int]]:
        """``(key, start, end)`` of every accepted mention, in text order."""
        return [(m.key, m.start, m.end) for m in self.find_all(text, assume_present=assume_present)]

    def find(
        self, text: str, *, assume_present: Collection[Hashable] = ()
    ) -> dict[Hashable, Mention]:
        """``{key: Mention}`` for every entity mentioned in ``text``: how often, where first."""
        grouped: dict[Hashable, list[Match]] = {}
        for match in self.find_all(text, assume_present=assume_present):
            grouped.setdefault(match.key, []).append(match)
        return {
            key: Mention(
                len(ms), ms[0].start, ms[0].end, tuple(dict.fromkeys(m.surface for m in ms))
            )
            for key, ms in grouped.items()
        }

    def first_mentions(
        self,
        text: str,
        *,
        start: int = 0,
        end: int | None = None,
        keys: Collection[Hashable] | None = None,
        assume_present: Collection[Hashable] = (),
    ) -> dict[Hashable, tuple[int, int]]:
        """``{key: (start, end)}`` of each entity's first mention inside ``text[start:end]``.

        Decisions use the whole ``text`` (pass the whole article, see ``article_text``) while
        only spans inside the window are returned, as offsets into ``text``. ``keys``
        restricts the result, e.g. to the article's current links.
        """
        stop = len(text) if end is None else end
        spans: dict[Hashable, tuple[int, int]] = {}
        for m in self.find_all(text, assume_present=assume_present):
            inside = start <= m.start and m.end <= stop
            if inside and m.key not in spans and (keys is None or m.key in keys):
                spans[m.key] = (m.start, m.end)
        return spans

    def explain(self, text: str) -> list[tuple[str, str, bool, str]]:
        """``(surface, entity name, accepted, why)`` for every candidate, for debugging."""
        tokens = tokenize(text)
        candidates = self._candidates(text, tokens)
        linked = rules.linked_entities(candidates)
        rows = []
        for cand in candidates:
            for form in cand.forms:
                accepted = form.entity in linked and form.entity not in cand.veto
                why = cand.veto.get(form.entity) or rules.label(cand, form)
                if not accepted and not cand.veto.get(form.entity):
                    why += " (no evidence in the article)"
                surface = self._match(text, tokens, cand, form).surface
                rows.append((surface, self.entries[form.entity].name, accepted, why))
        return rows

    # -- internals --------------------------------------------------------------------------

    def _candidates(self, text: str, tokens: list[Token]) -> list[rules.Candidate]:
        """Leftmost-longest trie matches over ``tokens``, each judged in its context."""
        n = len(tokens)
        adjacent = [False] + [
            _SAME_LINE_GAP.fullmatch(text, tokens[i - 1].end, tokens[i].start) is not None
            for i in range(1, n)
        ]
        found = []
        root_get = self._root.get
        i = 0
        while i < n:
            best: tuple[int, Analysis, list[rules.Form]] | None = None
            joinable = i + 1 < n and adjacent[i + 1] and len(tokens[i + 1].norm) >= 2
            for key, reading in _reading_keys(tokens[i].norm):
                for node, j in (
                    (root_get(key), i + 1),
                    (root_get(key + tokens[i + 1].norm) if joinable else None, i + 2),
                ):
                    hit = _descend(node, tokens, adjacent, j) if node is not None else None
                    if hit and (best is None or hit[0] > best[0]):
                        best = (hit[0], reading, hit[1])
            if best is None:
                i += 1
                continue
            cand = rules.Candidate(i, best[0], best[1], tuple(best[2]))
            before = tokens[i - 1].norm if i > 0 and adjacent[i] else None
            context = rules.Context(
                before=before,
                before2=tokens[i - 2].norm if before and i > 1 and adjacent[i - 1] else None,
                after=tokens[best[0]].norm if best[0] < n and adjacent[best[0]] else None,
            )
            rules.judge(cand, context, self._kinds)
            found.append(cand)
            i = best[0]
        return found

    def _match(
        self, text: str, tokens: list[Token], cand: rules.Candidate, form: rules.Form
    ) -> Match:
        first = tokens[cand.first]
        start = first.start + _proclitic_length(first.text, cand.reading)
        end = tokens[cand.last - 1].end
        key = self.entries[form.entity].key
        return Match(key, start, end, text[start:end], form.text, form.strong)


def _forms(index: int, entry: GazetteerEntry) -> list[tuple[rules.Form, list[str]]]:
    """The distinct forms (name first, then aliases) of an entry with their normalised words."""
    spelled: dict[tuple[str, ...], str] = {}
    for text in (entry.name, *entry.aliases):
        words = tuple(t.norm for t in tokenize(text))
        if words and words not in spelled:
            spelled[words] = text
    in_longer = {w for words in spelled if len(words) > 1 for w in words}
    forms = []
    for words, text in spelled.items():
        single = len(words) == 1
        form = rules.Form(
            entity=index,
            text=text,
            norm=" ".join(words),
            canonical=text == entry.name,
            strong=not single,
            short=single and text != entry.name and words[0] in in_longer,
            function_word=single and words[0] in lx.FUNCTION_WORDS,
            latin=any(c.isalpha() for c in words[0]) and not rules.ARABIC.search(words[0]),
            definite=words[0].startswith("ال"),
        )
        forms.append((form, list(words)))
    return forms


def _join_variants(words: list[str]) -> list[tuple[str, ...]]:
    """The word sequence with every choice of adjacent words joined (long names: all or none)."""
    if len(words) > _MAX_JOINED_WORDS:
        return [tuple(words), ("".join(words),)]
    variants = []
    for joins in product((False, True), repeat=len(words) - 1):
        out = [words[0]]
        for word, join in zip(words[1:], joins, strict=True):
            if join:
                out[-1] += word
            else:
                out.append(word)
        variants.append(tuple(out))
    return variants


def _descend(
    node: dict, tokens: list[Token], adjacent: list[bool], j: int
) -> tuple[int, list[rules.Form]] | None:
    """Longest terminal reachable from ``node`` by exact words of ``tokens[j:]``."""
    best = (j, node[_END]) if _END in node else None
    if len(node) == (best is not None) or j >= len(tokens) or not adjacent[j]:
        return best  # a leaf, or the name would continue across punctuation
    word = tokens[j].norm
    child = node.get(word)
    if child is not None:
        hit = _descend(child, tokens, adjacent, j + 1)
        if hit and (best is None or hit[0] > best[0]):
            best = hit
    if j + 1 < len(tokens) and adjacent[j + 1] and len(word) > 1 and len(tokens[j + 1].norm) > 1:
        child = node.get(word + tokens[j + 1].norm)
        if child is not None:
            hit = _descend(child, tokens, adjacent, j + 2)
            if hit and (best is None or hit[0] > best[0]):
                best = hit
    return best


@lru_cache(maxsize=1 << 16)
def _reading_keys(norm: str) -> tuple[tuple[str, Analysis], ...]:
    """Distinct trie keys of a word's proclitic readings (الكرملين is read twice)."""
    return tuple({a.key: a for a in reversed(analyses(norm))}.items())[::-1]


def _prefer_canonical_owners(root: dict) -> None:
    """Keep one form per entity per trie path; a path that spells some entity's canonical name
    belongs to that entity alone (an alias shared only by aliases stays shared)."""
    stack = [root]
    while stack:
        node = stack.pop()
        for key, value in node.items():
            if key != _END:
                stack.append(value)
                continue
            per_entity: dict[int, rules.Form] = {}
            for form in value:
                kept = per_entity.get(form.entity)
                if kept is None or (form.canonical, form.strong) > (kept.canonical, kept.strong):
                    per_entity[form.entity] = form
            forms = list(per_entity.values())
            if any(f.canonical for f in forms):
                forms = [f for f in forms if f.canonical]
            node[_END] = tuple(forms)


def _proclitic_length(surface: str, reading: Analysis) -> int:
    """How many characters of ``surface`` the proclitics left outside a link take."""
    letters = len(reading.proclitics) - (reading.article and reading.proclitics.endswith("ل"))
    pos = 0
    while letters > 0 and pos < len(surface):
        letters -= bool(normalize(surface[pos]))
        pos += 1
    while 0 < pos < len(surface) and not normalize(surface[pos]):
        pos += 1  # the proclitic's own tashkeel/tatweel: «وَموسكو», «بـموسكو»
    return pos

"""Names in an article that look like entities the gazetteer does not know yet.

Arabic has no capital letters; what announces a name is the word before it: a title or
role («الرئيس الفرنسي إيمانويل ماكرون»، «نظيره الروسي»), a kind noun («مدينة سيفاستوبول»،
«حركة حماس»، «قمة العشرين») or «المتحدث باسم» before an organization. The admin shows these
to the editor, who creates the entity in one step. Pure Python: the caller says which names
are already known.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from .lexicon import (
    EVENT_HEADS,
    FACILITY_WORDS,
    FUNCTION_WORDS,
    ORGANIZATION_HEADS,
    PARTICLES,
    PERSON_TITLES,
    PERSON_VERBS,
    PRONOUN_SUFFIXES,
    SPEECH_VERBS,
)
from .normalize import Token, normalize, tokenize

MAX_NAME_WORDS = 3  # a person's name: «عبد الفتاح السيسي»
MAX_BODY_NAME_WORDS = 5  # with its kind noun: «معرض الشارقة الدولي للكتاب»
MAX_SKIPPED_WORDS = 3  # «وزير الخارجية الأمريكي ...»: the role's complement and adjectives

# Role nouns that head a person's title without being one of the matcher's titles.
PERSON_CUES = PERSON_TITLES | frozenset(
    map(normalize, ("مساعد", "مستشار", "نائب", "وزير", "رئيسة", "مديرة", "مدير", "قائد", "محافظ"))
)
PLACE_CUES = frozenset(
    map(normalize, ("مدينة", "بلدة", "قرية", "محافظة", "ولاية", "إقليم", "جزيرة", "مخيم", "ضاحية"))
)
ORGANIZATION_CUES = ORGANIZATION_HEADS
EVENT_CUES = EVENT_HEADS
ON_BEHALF = normalize("باسم")  # «المتحدث باسم الكرملين»

_CUES = PERSON_CUES | PLACE_CUES | ORGANIZATION_CUES | EVENT_CUES | {ON_BEHALF}
_STOP_WORDS = FUNCTION_WORDS | PARTICLES | SPEECH_VERBS | PERSON_VERBS
_DEFINITE_PREFIXES = ("ال", "لل", "بال", "وال", "فال", "كال")
_CONJUNCTIONS = ("و", "ف")
_NISBA = ("يه", "ي")  # «الأوكرانية»، «الروسي» after folding ة → ه
_TANWEEN = ("\u064b", "\u064bا", "\u064c", "\u064d", "ًا")


@dataclass(frozen=True)
class Suggestion:
    name: str  # as first written in the text
    kind: str  # an EntityKind value: person, place, organization, event
    mentions: int
    cue: str  # the word that announced it, as written


def _bare(norm: str) -> str:
    """The word without a leading conjunction (و/ف), as the lexicon lists words."""
    if len(norm) > 3 and norm[0] in _CONJUNCTIONS:
        return norm[1:]
    return norm


def _definite(norm: str) -> bool:
    return norm.startswith(_DEFINITE_PREFIXES)


def _without_article(norm: str) -> str:
    return norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm


def _namelike(norm: str) -> bool:
    # Both readings: «فريق» is no «و/ف» + «ريق», but «وحماس» is «و» + «حماس».
    forms = {norm, _bare(norm)}
    cues = PERSON_CUES | PLACE_CUES | ORGANIZATION_CUES | EVENT_CUES
    return len(norm) >= 2 and not norm.isdigit() and not forms & _STOP_WORDS and not forms & cues


def _adjective(norm: str) -> bool:
    """An indefinite nisba adjective («صحفي»، «عالمي»، «افتراضية»): it describes the noun
    before it («مؤتمر صحفي»), where a name would be its genitive («مؤتمر الرياض»)."""
    if _definite(norm):
        return False
    return (len(norm) >= 4 and norm.endswith("ي")) or (len(norm) >= 5 and norm.endswith("يه"))


def _genitive_or_adjective(norm: str) -> bool:
    """After a name's first word, what still belongs to it: definite words, with «لل» or a
    conjunction («هيئة الشارقة للكتاب»، «وزارة التجارة والصناعة»); an indefinite word there
    is what the sentence says next (a verb, «تعقد»; a noun with a pronoun, «رصيده»)."""
    return norm.startswith(("ال", "لل", "وال", "ولل"))


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: list[Token] = tokenize(text)
        self.cue_spans: dict[int, list[int]] = {}  # cue position → the name's tokens
        # A token «joins» the one before it when only spaces separate them: punctuation,
        # a quote or a line break ends a name.
        self.joined = [False] + [
            text[a.end : b.start].strip(" \t") == ""
            for a, b in zip(self.tokens, self.tokens[1:], strict=False)
        ]

    def follows(self, i: int) -> bool:
        return i < len(self.tokens) and self.joined[i]

    def namelike(self, i: int) -> bool:
        # An adverb carries tanween («هاتفيًا»، «رسميًا»), a noun with a pronoun suffix is
        # not a name («موقفها»).
        norm = self.tokens[i].norm
        return (
            _namelike(norm)
            and not self.tokens[i].text.endswith(_TANWEEN)
            and not (len(norm) > 4 and norm.endswith(PRONOUN_SUFFIXES))
        )

    def ends_at(self, i: int) -> bool:
        """Whether a name may end with token i: a pause or a stop word comes next."""
        return not self.follows(i + 1) or not _namelike(self.tokens[i + 1].norm)

    def after_facility(self, i: int) -> bool:
        """«مدينة الملك عبدالله»: a place named after a person, not the person."""
        if i == 0 or not self.joined[i]:
            return False
        before = self.tokens[i - 1].norm
        return bool({before, _bare(before), _without_article(before)} & FACILITY_WORDS)

    def person(self, i: int) -> list[int]:
        if self.after_facility(i):
            return []
        j = i + 1
        skipped = 0
        # Only bare «ال» words belong to the title («الروسي»، «الخارجية»); «للسلام» ends it.
        while (
            self.follows(j) and self.tokens[j].norm.startswith("ال") and skipped < MAX_SKIPPED_WORDS
        ):
            j += 1
            skipped += 1
        if not self.follows(j) or _definite(self.tokens[j].norm):
            return []
        name: list[int] = []
        while self.follows(j) and len(name) < MAX_NAME_WORDS and self.namelike(j):
            norm = self.tokens[j].norm
            after_abd = name and self.tokens[name[-1]].norm in ("عبد", "ابو", "بن")
            # A later «ال» word is a family name (الأسد) only where the name stops there;
            # otherwise it is what the sentence says next («ماكرون الأسبوع الماضي»).
            if name and _definite(norm) and not (after_abd or self.ends_at(j)):
                break
            # A feminine nisba describes what comes before («مدينة ... الرياضية»).
            if name and _definite(norm) and norm.endswith("يه") and not after_abd:
                break
            name.append(j)
            j += 1
        if len(name) == MAX_NAME_WORDS and self.follows(j) and self.namelike(j):
            return []  # the name goes on: better no suggestion than a truncated one
        return name

    def place(self, i: int) -> list[int]:
        """One word («سيفاستوبول»، «الرقة»), or two when the second completes it
        («رام الله»، «دير الزور») rather than describing it («الأوكرانية»، «آمنة»)."""
        j = i + 1
        if not (self.follows(j) and self.namelike(j)):
            return []
        name = [j]
        second = j + 1
        if (
            not _definite(self.tokens[j].norm)
            and self.follows(second)
            and self.namelike(second)
            and self.tokens[second].norm.startswith("ال")
            and not self.tokens[second].norm.endswith(_NISBA)
            and self.ends_at(second)
        ):
            name.append(second)
        return name

    def organization(self, i: int, *, with_head: bool) -> list[int]:
        """A kind noun and its genitive chain: «حركة فتح»، «بنك الكويت المركزي»، «هيئة
        الشارقة للكتاب»; or, after «باسم», the name alone («الكرملين»)."""
        # «الفريق»، «القمة» with the article refer back to one already named.
        if with_head and _definite(_bare(self.tokens[i].norm)):
            return []
        j = i + 1
        start = [i] if with_head else []
        name = list(start)
        while self.follows(j) and len(name) < MAX_BODY_NAME_WORDS and self.namelike(j):
            norm = self.tokens[j].norm
            if not name and _without_article(norm) in _CUES:
                return []  # «باسم المجلس»: the council just named, not a name
            if len(name) == len(start):
                # A description or a purpose, not a name: «مؤتمر صحفي»، «تحالف لمكافحة
                # الجوع»، «المنظمة للاستثمار».
                if _adjective(norm) or norm.startswith("لل"):
                    return []
                if norm.startswith("ل") and not norm.startswith("ال") and self._genitive_next(j):
                    return []
            elif not _genitive_or_adjective(norm):
                break
            name.append(j)
            j += 1
        if (
            len(name) == MAX_BODY_NAME_WORDS
            and self.follows(j)
            and self.namelike(j)
            and _genitive_or_adjective(self.tokens[j].norm)
        ):
            return []  # longer than we read: no truncated name
        return name if len(name) > len(start) else []

    def _genitive_next(self, j: int) -> bool:
        return self.follows(j + 1) and _definite(self.tokens[j + 1].norm)

    def candidates(self):
        for i, token in enumerate(self.tokens):
            cue = token.norm if token.norm in _CUES else _bare(token.norm)
            if cue == ON_BEHALF:
                yield i, "organization", self.organization(i, with_head=False)
            elif cue in PERSON_CUES:
                yield i, "person", self.person(i)
            elif cue in PLACE_CUES:
                yield i, "place", self.place(i)
            elif cue in ORGANIZATION_CUES:
                yield i, "organization", self.organization(i, with_head=True)
            elif cue in EVENT_CUES:
                yield i, "event", self.organization(i, with_head=True)

    def surface(self, span: list[int]) -> str:
        first, last = self.tokens[span[0]], self.tokens[span[-1]]
        return " ".join(self.text[first.start : last.end].split())

    def occurrences(self, norms: tuple[str, ...]) -> int:
        size = len(norms)
        count = 0
        for i in range(len(self.tokens) - size + 1):
            window = [t.norm for t in self.tokens[i : i + size]]
            if window[0] != norms[0] and _bare(window[0]) != norms[0]:
                continue
            if window[1:] == list(norms[1:]) and all(self.follows(i + k) for k in range(1, size)):
                count += 1
        return count


def suggest_entities(
    text: str, is_known: Callable[[str], bool], *, limit: int = 12
) -> list[Suggestion]:
    """Names announced by a title or kind noun that `is_known` does not recognise.

    Most mentioned first; each name once, with the kind its cue implies.
    """
    reader = _Reader(text)
    found: dict[tuple[str, ...], tuple[int, Suggestion]] = {}
    for i, kind, span in reader.candidates():
        if not span:
            continue
        norms = tuple(reader.tokens[k].norm for k in span)
        name = reader.surface(span)
        if norms in found or is_known(name):
            continue
        mentions = max(1, reader.occurrences(norms))
        found[norms] = (i, Suggestion(name, kind, mentions, reader.tokens[i].text))
        reader.cue_spans[i] = span
    ranked = sorted(
        _merge_short_forms(found, reader).values(), key=lambda v: (-v[1].mentions, v[0])
    )
    return [suggestion for _, suggestion in ranked[:limit]]


def _merge_short_forms(found: dict, reader: _Reader) -> dict:
    """«ماكرون» is «إيمانويل ماكرون» mentioned again: one suggestion, the full name.

    The short form also shows where the full name ends: «إيمانويل ماكرون وصل» was read
    one word too far when «ماكرون» alone is the surname elsewhere.
    """
    merged = dict(found)
    for short, (_, short_suggestion) in found.items():
        for full, (position, full_suggestion) in found.items():
            if len(full) <= len(short) or short not in merged or full not in merged:
                continue
            at = next(
                (
                    k
                    for k in range(1, len(full) - len(short) + 1)
                    if full[k : k + len(short)] == short
                ),
                None,
            )
            if at is None:
                continue
            del merged[short], merged[full]
            name = reader.surface(reader.cue_spans[position][: at + len(short)])
            mentions = max(full_suggestion.mentions, short_suggestion.mentions)
            merged[full[: at + len(short)]] = (
                position,
                replace(full_suggestion, name=name, mentions=mentions),
            )
    return merged

"""Where the gazetteer's places are, as their entities' descriptions say (pure Python).

An editor's description of a place usually says what it is and where («مدينة فلسطينية في غور
الأردن»، «جامع كبير في دمشق القديمة»، «نهر ينبع من بحيرة تانا»). `Whereabouts` reads that
once, when the gazetteer is compiled, so that the matcher can tell a namesake by where the
article puts it or by the noun before it:

* a town or a building the article puts «في»/«بريف» another place than its description (or
  the descriptions of the places its description names) is another of the name («أريحا بريف
  إدلب»، «الجامع الأموي في مدينة حلب»); a country or a region acts elsewhere and is never
  judged so («الولايات المتحدة في الشرق الأوسط»);
* a town is no country («منتخب تونس» is not a village called Tunis), and a river or a
  mountain no province («ولاية النيل الأزرق»);
* an event is held in the places its description names («مهرجان جرش»: "held in Jerash").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from articles.text import lexicon as lx
from articles.text import wordfreq
from articles.text.clitics import analyses
from articles.text.normalize import Token, tokenize

# A word of a description this frequent at least, and a name in no reading, is a place's
# name even when the gazetteer does not list it (إدلب، دمشق).
_KNOWN_NAME_ZIPF = 3.0
# A country's name this frequent at least, and a name in no reading (تركيا، روسيا), is one
# a nisba may be of when the gazetteer does not list it; rarer words of that shape are
# adverbs («إرهابياً»، «إسلامياً»).
_KNOWN_COUNTRY_ZIPF = 4.0
# Nisbas of no country («الدولي»، «الإقليمي»، «الوطني»), whose adverbs look like a country's
# name («دولياً»، «عالمياً»)
_NO_COUNTRYS_ADJECTIVES = (
    lx.NAME_QUALIFIERS | lx.REGION_ADJECTIVES | lx.COMMON_ADJECTIVES | lx.GENERIC_NISBAS
)


class Described(Protocol):
    """A gazetteer entry as this module reads it."""

    @property
    def name(self) -> str: ...
    @property
    def aliases(self) -> tuple[str, ...]: ...
    @property
    def kind(self) -> str: ...
    @property
    def description(self) -> str: ...


def without_article(norm: str) -> str:
    return norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm


def _skeleton(stem: str) -> str:
    """A place stem without its long vowels after the first letter, so that two spellings
    of one nisba agree (الأمريكي، الأميركي)."""
    return stem[:1] + re.sub("[اوي]", "", stem[1:])


def place_stem(norm: str) -> str:
    """A place name as its nisba keeps it: اسبانيا → اسبان، امريكا → امريك، السعوديه → سعود;
    so does the nisba's plural (السعوديين، المصريون، الكويتيات)."""
    word = norm[2:] if norm.startswith("ال") else norm
    for ending in ("يين", "يون", "يات", "يه", "يا", "ي", "ا", "ه"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


class Whereabouts:
    """What the descriptions of ``entries`` say of where each entity is (by index)."""

    def __init__(self, entries: Sequence[Described]) -> None:
        self.place_stems = {
            place_stem(t.norm)
            for e in entries
            if e.kind == "place"
            for text in (e.name, *e.aliases)
            for t in tokenize(text)[:1]
        }
        openings = [[without_article(t.norm) for t in tokenize(e.description)[:1]] for e in entries]
        one_word = [
            (tokenize(text)[0].norm, any(w in lx.SETTLEMENT_NOUNS for w in opening))
            for e, opening in zip(entries, openings, strict=True)
            if e.kind == "place"
            for text in (e.name, *e.aliases)
            if len(tokenize(text)) == 1
        ]
        self._one_word_stems = {place_stem(n) for n, _ in one_word}
        # (a town named like a nisba, «الزبداني», is the town after a name: «يريد حزب الله
        # الزبداني»)
        self._town_names = {without_article(n) for n, town in one_word if town}
        # Only a town or a building stands in one place.
        self._settled = [
            e.kind == "place" and any(w in lx.SETTLEMENT_NOUNS for w in opening)
            for e, opening in zip(entries, openings, strict=True)
        ]
        self._natural = [
            e.kind == "place" and any(w in lx.NATURAL_PLACE_NOUNS for w in opening)
            for e, opening in zip(entries, openings, strict=True)
        ]
        self._country = [
            e.kind == "place" and any(w in lx.STATE_NOUNS for w in opening)
            for e, opening in zip(entries, openings, strict=True)
        ]
        # (not its first word, which says what the thing itself is: «الاتفاق الذي وقعته إيران
        # …» holds no club «الاتفاق»)
        self._description_words = [
            frozenset(
                w
                for t in tokenize(e.description)[1:]
                for a in analyses(t.norm)
                for w in (a.key, a.stem)
            )
            for e in entries
        ]
        self._described_stems = [
            frozenset(place_stem(without_article(t.norm)) for t in tokenize(e.description))
            for e in entries
        ]
        # The countries a body's or an event's description gives it by their nisba («حزب
        # سياسي مغربي»), or its own name does («جمعية الهلال الأحمر الكويتي»), which a
        # namesake's nisba contradicts («العدالة والتنمية التركي», «الهلال الأحمر القطري»).
        nationalities = [
            frozenset(
                place
                for text in (e.description, e.name, *e.aliases)
                for t in tokenize(text)
                if (place := self.country_of_nisba(t.norm)) is not None
            )
            if e.kind not in ("place", "person")
            else frozenset()
            for e in entries
        ]
        named = [self._places_named(e.description) for e in entries]
        by_stem: dict[str, set[str]] = {}
        for e, places in zip(entries, named, strict=True):
            if e.kind == "place":
                for text in (e.name, *e.aliases):
                    for t in tokenize(text)[:1]:
                        by_stem.setdefault(place_stem(t.norm), set()).update(places)
        self._places_of = {stem: frozenset(p) for stem, p in by_stem.items()}
        # The places each description names, and the places their own descriptions name
        # («دمشق» of the Umayyad mosque, and «سوريا» of Damascus's description).
        self._where = [
            places.union(*(self._places_of.get(stem, ()) for stem in places)) for places in named
        ]
        # (spelled either way: «الأمريكي», «الأميركي»; none when the description gives no
        # country by its nisba, which says nothing of a namesake then)
        self._countries_known = [
            frozenset(_skeleton(p) for p in own | where) if own else frozenset()
            for own, where in zip(nationalities, self._where, strict=True)
        ]

    def settled(self, entity: int) -> bool:
        """A town or a building: its description opens with مدينة، قرية، مسجد..."""
        return self._settled[entity]

    def natural(self, entity: int) -> bool:
        """A river, a lake, a mountain...: its description opens with نهر، بحيرة، جبل..."""
        return self._natural[entity]

    def country(self, entity: int) -> bool:
        """A country: its description opens with دولة، مملكة، جمهورية..."""
        return self._country[entity]

    def held_in(self, event: int, place_norm: str) -> bool:
        """Whether the event's description names the place (its words, clitics off)."""
        return set(place_norm.split()) <= self._description_words[event]

    def locative_after(self, tokens: list[Token], adjacent: list[bool], j: int) -> str | None:
        """The place a locative at ``tokens[j]`` puts the name before it in («في حلب»، «بريف
        إدلب»، «في مدينة حلب»), as a place stem, or None when none follows."""
        n = len(tokens)
        if j >= n or not adjacent[j]:
            return None
        word = tokens[j].norm
        # «بريف إدلب»: ب only with a region noun, since «يربط الزاوية بطرابلس» is no locative
        region = word.startswith("ب") and without_article(word[1:]) in lx.REGION_NOUNS
        if word != "في" and not region:
            return None
        j += 1
        while j < n and adjacent[j] and without_article(tokens[j].norm) in lx.REGION_NOUNS:
            region = True
            j += 1
        if j >= n or not adjacent[j]:
            return None
        place = without_article(tokens[j].norm)
        if any(wordfreq.is_homograph(w) for w in (place, tokens[j].norm)):
            return None  # «بوسط البلاد»، «في منطقة الحالات الخطرة»: no name
        stem = place_stem(place)
        # A word after a region noun is a place; otherwise only a place of the gazetteer
        # («نجاح الهند في إنزال» is no locative).
        return stem if region or stem in self.place_stems else None

    def located_elsewhere(self, entity: int, place: str) -> bool:
        """Whether a town or a building is put in ``place`` (a place stem), which is none of
        the places its description puts it in, nor one of theirs, nor one whose description
        names one of them: another of the name."""
        where = self._where[entity]
        if not where or not self._settled[entity] or place in self._described_stems[entity]:
            return False
        return where.isdisjoint({place} | self._places_of.get(place, frozenset()))

    def place_of_nisba(self, norm: str) -> str | None:
        """The place stem a nisba (الإسباني، اللبنانية → لبنان) is derived from, when that
        place is one of the gazetteer; None for any other word. (Not a name in no reading, as
        `_places_named` allows: «التنموية» would read as a place «تنمو».)"""
        word = without_article(norm)
        stem = place_stem(word)
        if stem == word or word in lx.GENERIC_NISBAS:
            return None
        return stem if stem in self.place_stems else None

    def country_of_nisba(self, norm: str) -> str | None:
        """The place stem of a nisba derived from a place of the gazetteer or from a country
        name that is a name in no reading (التركي → تركيا), else None."""
        word = without_article(norm)
        stem = place_stem(word)
        if (
            stem == word
            or not word.endswith(("ي", "يه"))
            or word in self._town_names
            or {norm, word} & _NO_COUNTRYS_ADJECTIVES
        ):
            return None
        if stem in self._one_word_stems:  # (not «إسلام» of «إسلام آباد»: «الإسلامية»)
            return stem
        named = any(
            wordfreq.zipf(w) >= _KNOWN_COUNTRY_ZIPF and wordfreq.is_word_in_no_reading(w)
            for w in (stem + "يا", stem + "ا", stem)
        )
        return stem if named else None

    def of_another_country(self, entity: int, nisba: str) -> bool:
        """Whether a nisba after a body's or an event's name gives it another country than
        its description does: a namesake abroad."""
        known = self._countries_known[entity]
        place = self.country_of_nisba(nisba) if known else None
        return place is not None and _skeleton(place) not in known

    def _places_named(self, description: str) -> frozenset[str]:
        """The place stems a description names: places of the gazetteer, their nisbas, or
        words that are names in no reading."""
        return frozenset(
            stem
            for t in tokenize(description)
            for word in (without_article(t.norm),)
            if len(word) >= 3
            and word not in lx.FUNCTION_WORDS
            and self._is_place((stem := place_stem(word)), word)
        )

    def _is_place(self, stem: str, word: str) -> bool:
        """Whether a word (or the place its nisba is of) is a place of the gazetteer or a
        known word that is a name in no reading (إدلب، دمشق، لبنانية)."""
        if stem in self.place_stems:
            return True
        nisba = word.endswith(("ي", "يه")) and stem != word
        return any(
            wordfreq.zipf(w) >= _KNOWN_NAME_ZIPF and wordfreq.is_word_in_no_reading(w)
            for w in ({stem, stem + "ا"} if nisba else {word})
        )

"""Whether a word as the text writes it can be a gazetteer form both fold alike to.

Normalisation (``articles.text.normalize``) folds hamza seats, ة/ه, madda and vowel marks so
that readers' and writers' spellings meet; but what a writer does write is evidence. Vowel
marks that disagree (عُمان, Oman; عمّان, Amman), a tanween («إسبانياً», an adverb), a hamza
written where the name has none («بفأس», an axe, is not «فاس»), a ة where the name has ه
(«فعالية» is no ف + «عاليه») each say the text means another word.
"""

from __future__ import annotations

from collections.abc import Sequence

from articles.text import mention_rules as rules
from articles.text import wordfreq
from articles.text.clitics import Analysis
from articles.text.letters import TASHKEEL
from articles.text.normalize import Token, normalize

_TANWEEN = frozenset("\u064b\u064c\u064d")
_VOWEL_MARKS = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")


def _marks(word: str) -> list[frozenset[str]]:
    """The vowel marks written on each letter of ``word`` (one set per letter)."""
    out: list[set[str]] = []
    for char in word:
        if char in _VOWEL_MARKS:
            if out:
                out[-1].add(char)
        elif char not in TASHKEEL and normalize(char):
            out.append(set())
    return [frozenset(m) for m in out]


def vocalised_apart(a: str, b: str) -> bool:
    """Whether two names whose letters fold alike are both written with vowel marks, and
    differently (عُمان, Oman, and عمّان, Amman): whoever wrote marks in both meant two names.
    A name without marks is no evidence either way."""
    left, right = _marks(a.replace(" ", "")), _marks(b.replace(" ", ""))
    return any(left) and any(right) and left != right


def written_alike(forms: list[rules.Form], tokens: list[Token]) -> tuple[rules.Form, ...]:
    """The forms whose written diacritics do not contradict the text's.

    Marks are compared letter by letter from the end of the name (proclitics sit at the
    start): where both the gazetteer form and the text mark a letter, the marks must agree
    (عُمان is not عَمّان); where the text's marks agree with one vocalised form, the other
    vocalised forms go. A final tanween in the text makes the word an adverb or adjective
    («إسبانياً»), never the bare name, unless the form itself is written with it.
    """
    written = "".join(t.text for t in tokens)
    if _VOWEL_MARKS.isdisjoint(written):
        return tuple(forms)
    text_marks = _marks(written)
    if not any(text_marks):
        return tuple(forms)
    # The tanween of the accusative sits on the final alef or on the letter before it.
    tail = text_marks[-2:] if written.rstrip(_TASHKEEL)[-1:] == "ا" else text_marks[-1:]
    tanween = any(m & _TANWEEN for m in tail)
    kept, agreeing = [], []
    for form in forms:
        form_marks = _marks(form.text.replace(" ", ""))
        if tanween and not any(m & _TANWEEN for m in form_marks[-2:]):
            continue
        pairs = list(zip(reversed(form_marks), reversed(text_marks), strict=False))
        if any(a and b and a != b for a, b in pairs):
            continue
        if _marked_apart(pairs):
            continue
        kept.append(form)
        if any(a and a == b for a, b in pairs):
            agreeing.append(form)
    # «في عُمان»: the entity whose form's marks the text repeats, not one whose form it merely
    # does not contradict (عمّان marks another letter) nor one spelled without marks (a
    # writer who marks «عمّان» means the city that is spelled so).
    if agreeing:
        chosen = {f.entity for f in agreeing}
        kept = [f for f in kept if f.entity in chosen]
    return tuple(kept)


def _marked_apart(pairs: list[tuple[frozenset[str], frozenset[str]]]) -> bool:
    """Whether a form and the text both carry marks, each on letters the other leaves bare
    (the text «عُمان» marks its ع, the form «عمّان» its م): whoever marks a name marks the
    letter that tells it from its homograph, so two such spellings are two names."""
    form_only = any(a and not b for a, b in pairs)
    text_only = any(b and not a for a, b in pairs)
    return form_only and text_only and not any(a and b for a, b in pairs)


_HAMZAS = frozenset("أإآؤئء")


def _contradicts(form: rules.Form, word: str) -> bool:
    """Whether the word as written (proclitics off) cannot be this one-word form, though both
    fold alike: a written hamza, a madda or a ه says another word."""
    if form.common and form.weak and _HAMZAS.isdisjoint(form.text):
        # «بأن» is the grammar word, not «بان» (Ban Ki-moon). Only common words: a name whose
        # gazetteer spelling merely leaves hamzas out («احمد») still matches «أحمد».
        return not _HAMZAS.isdisjoint(word)
    return (
        _pronoun_for_taa(form, word)
        or _taa_for_ha(form, word)
        or _madda_apart(form, word)
        or _hamza_inside(form, word)
        or _initial_hamza_apart(form, word)
    )


def _pronoun_for_taa(form: rules.Form, word: str) -> bool:
    """A name written with ة, the text with ه after a common word: a pronoun suffix («جده»
    "his grandfather", «وجده» "found it"), not «جدة»."""
    bare = word.rstrip(_TASHKEEL)
    return (
        form.text.rstrip(_TASHKEEL).endswith("ة")
        and bare.endswith("ه")
        and wordfreq.zipf(normalize(bare[:-1])) >= _PRONOUN_HOST_ZIPF
    )


_PREPOSITIONS = ("ب", "ك", "ل")


# A word read as ب/ك/ل + a name written without its hamza is a word of its own when it is
# nearly as frequent as that name (بابل 3.9 beside أبل/إبل 4.4; لإسرائيل is far rarer than
# إسرائيل): two readings stacked need the whole word to be rare.
_HAMZA_CLITIC_MARGIN = -0.7


def _hamza_left_off(form: rules.Form, word: str) -> bool:
    """The name starts with a hamza on its alef, the text (proclitics off) with a bare alef."""
    return form.text[:1] in _ALEF_HAMZAS and _letters(word)[:1] == "ا"


def _taa_for_ha(form: rules.Form, word: str) -> bool:
    """A name written with a final ه, the text with ة: a feminine word («فعالية» is no ف +
    «عاليه», Aley), since a writer who puts the dots on the ة means it."""
    return (
        " " not in form.text
        and form.text.rstrip(_TASHKEEL).endswith("ه")
        and word.rstrip(_TASHKEEL).endswith("ة")
    )


def _madda_apart(form: rules.Form, word: str) -> bool:
    """Both write the alef's hamza inside the word, one as a madda: «مآرب» (aims) is not
    «مأرب». At its start it is often misspelt (أسيا for آسيا)."""
    written = {c for c in word[1:] if c in _ALEF_HAMZAS}
    named = {c for c in form.text[1:] if c in _ALEF_HAMZAS}
    return bool(written and named) and ("آ" in written) != ("آ" in named)


def _hamza_inside(form: rules.Form, word: str) -> bool:
    """The text writes a hamza inside the word where the name has a bare letter: «بفأس» (an
    axe) is not «فاس», «الرأي» (opinion) not «الراي». Writers drop hamzas, they do not add
    them; at a word's start (after ال too) a gazetteer may spell «احمد» for «أحمد»."""
    written, named = _letters(word), _letters(form.text)
    if " " in named or len(written) != len(named):
        return False
    start = 3 if named.startswith("ال") else 1
    return any(
        w in _HAMZAS and n in "اوي" for w, n in zip(written[start:], named[start:], strict=True)
    )


def _initial_hamza_apart(form: rules.Form, word: str) -> bool:
    """Both write the initial alef's hamza, above and below, and the name is also a word:
    «في إطار» (within) is not «أطار» (Atar), «أمام» (before) not «إمام». A name no word
    spells so keeps its spellings («أفريقيا», «إفريقيا»)."""
    if not (form.homograph or form.common) or " " in form.text:
        return False
    named, written = _letters(form.text), _letters(word)
    named = named[2:] if named.startswith("ال") else named
    written = written[2:] if written.startswith("ال") else written
    # (A madda is written for either: «آبل» and «أبل» are one company.)
    return {named[:1], written[:1]} == {"أ", "إ"}


def _letters(word: str) -> str:
    return "".join(c for c in word if c not in TASHKEEL and c != "ـ")


_ALEF_HAMZAS = frozenset("أإآ")


_PRONOUN_HOST_ZIPF = 4.0


_TASHKEEL = "".join(TASHKEEL)


def fitting(
    forms: Sequence[rules.Form], word: str, reading: Analysis, norm: str
) -> tuple[rules.Form, ...]:
    """The one-word ``forms`` that ``word`` (as written, its proclitics off; ``norm`` is the
    whole token normalised, ``reading`` how its proclitics were read) may be."""
    kept = tuple(f for f in forms if not _contradicts(f, word))
    if reading.proclitics[:1] in _PREPOSITIONS and (
        wordfreq.zipf(norm) >= wordfreq.zipf(reading.key) + _HAMZA_CLITIC_MARGIN
    ):
        # «بابل»، «كابل» are names of their own, not ب/ك + «أبل» written bare
        # («والمانيا» is و + ألمانيا: a conjunction is written before any word)
        kept = tuple(f for f in kept if not _hamza_left_off(f, word))
    return kept

"""How common an Arabic word is, and how ambiguous a one-word name is (pure Python).

`articles/data/arabic_wordfreq.tsv` holds the 50,000 most frequent Arabic words after the
site's normalisation with their Zipf frequency (log10 of occurrences per billion words),
derived from the wordfreq package's lists (CC BY-SA 4.0) by `scripts/make_arabic_wordfreq.py`.

A name that is also a common word (صور "pictures" / Tyre, النيل "undermining" / the Nile,
الهلال "crescent" / the club) has to be told apart by evidence; a unique name (ماكرون،
ويندسور) does not. Frequency alone cannot say which: مصر is as frequent as صور. What tells a
common noun or adjective from a name is that it takes the article and loses it freely: الصور
is as frequent as صور, while «المصر» and «اللبنان» are not words. So a form is a common word
when its other state (with ال added or taken off) is frequent too. Grammar words (بين، بأن →
بان، أمام) are the lexicon's (`articles.text.lexicon`).
"""

from __future__ import annotations

from functools import lru_cache
from math import log10
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "arabic_wordfreq.tsv"
# The ambiguity score of a one-word form, in Zipf units (log10): how much more often its
# other state (±ال) is written than the form itself, when the other state is a word at all
# (at least COMMON_OTHER_STATE: once per two million words), plus FREQUENCY_WEIGHT per unit
# the form's own frequency is above 5, minus as much per unit below (a very frequent form is
# more often the word, a rare one more often the name; on ANERcorp-train's half a, counting
# only the units above 5 traded recall for precision: R 0.961 against 0.968).
# صور: +0.18 (الصور is as common); سنة "year" / the Sunna: +0.4; النيل: -0.71; الهند beside
# هند (a woman's name): -0.94; مصر: no score («المصر» is no word). At or above NEEDS_LICENCE
# a form needs a licence from its context (a kind noun, a title, a speech verb, a place
# preposition for an indefinite form, a coordinated name, its description's words); from
# HOMOGRAPH up, a context that does not read it as a common word is enough; below, it is a
# name wherever it stands. Tuned on ANERcorp-train's half a (the dev corpus kept at 1.000).
COMMON_OTHER_STATE = 3.3
FREQUENCY_WEIGHT = 1.0
NEEDS_LICENCE = 0.0
HOMOGRAPH = -1.0
NOT_A_WORD = float("-inf")
ARTICLE = "ال"


@lru_cache(maxsize=1)
def table() -> dict[str, float]:
    frequencies: dict[str, float] = {}
    with open(DATA, encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            word, _, zipf = line.rstrip("\n").partition("\t")
            frequencies[word] = float(zipf)
    return frequencies


def zipf(norm_word: str) -> float:
    """Zipf frequency of a normalised word; 0 when it is not among the listed words."""
    return table().get(norm_word, 0.0)


def other_state(norm_word: str) -> str:
    """The word with the article taken off, or put on (الهلال ↔ هلال)."""
    if norm_word.startswith(ARTICLE) and len(norm_word) > 3:
        return norm_word[2:]
    return ARTICLE + norm_word


def ambiguity(norm_word: str) -> float:
    """How much a one-word form is a common word (see the constants above); a common noun
    with a possessive pronoun («بيتك» "your house", «بيتك» the bank) is as ambiguous as
    the noun, since a pronoun's noun never takes the article."""
    if " " in norm_word:
        return NOT_A_WORD
    own_score = _ambiguity(norm_word)
    if own_score != NOT_A_WORD:
        return own_score
    if imperfect_verb(norm_word):
        return NEEDS_LICENCE
    for suffix in (*POSSESSIVE_SUFFIXES, *FEMININE_POSSESSIVE_SUFFIXES):
        stem = norm_word.removesuffix(suffix)
        if stem == norm_word or len(stem) < MIN_POSSESSED_STEM:
            continue
        # a feminine noun's ة is written ت before the pronoun: «صحتي» "my health" is «صحة»'s,
        # and only there may ي or ه be the pronoun
        feminine = stem[:-1] + "ه" if stem.endswith("ت") else None
        if suffix in FEMININE_POSSESSIVE_SUFFIXES and feminine is None:
            continue
        for noun in (stem, feminine):
            if noun and (score := _ambiguity(noun)) >= NEEDS_LICENCE:
                return score
    return NOT_A_WORD


# The possessive pronouns a noun takes, but not ه or ي, which names end in too (عبده،
# حمدي), nor a dual's ان (سلمان); those two only after a feminine noun's ت (see `ambiguity`).
POSSESSIVE_SUFFIXES = ("كما", "هما", "كم", "هم", "ها", "نا", "ك")
FEMININE_POSSESSIVE_SUFFIXES = ("ي", "ه")
MIN_POSSESSED_STEM = 3


# The prefixes of an imperfect verb's persons: أ (I), ن (we), ي (he), ت (you, she).
IMPERFECT_PREFIXES = "انيت"
IMPERFECT_SIBLING = 4.0


def imperfect_verb(norm_word: str) -> bool:
    """Whether a form is also a verb in the imperfect, as the other persons of its verb say:
    «نجد» ("we find") beside «أجد», «يجد», «تجد», all frequent; a name so spelled has no such
    persons («تبوك», «ينبع», «نجران»)."""
    return _frequent_other_persons(norm_word) >= 2


def may_be_imperfect_verb(norm_word: str) -> bool:
    """Whether a form may be a verb in the imperfect, as one other person of its verb says
    («أدري» beside «يدري»): enough where the words around ask for a verb (after «لا»)."""
    return _frequent_other_persons(norm_word) >= 1


# A verb's perfect has a frequent feminine in ت (سبق → سبقت، فتح → فتحت); a name has none
# (مصر، قطر), nor a noun in ة, whose construct form is not written so.
PERFECT_FEMININE = 3.5


def may_be_perfect_verb(norm_word: str) -> bool:
    """Whether a form may be a verb in the perfect, as its feminine's frequency says."""
    return " " not in norm_word and zipf(norm_word + "ت") >= PERFECT_FEMININE


def _frequent_other_persons(norm_word: str) -> int:
    """How many other persons of the imperfect a form would have are frequent words."""
    if len(norm_word) < 3 or norm_word[0] not in IMPERFECT_PREFIXES:
        return 0
    stem = norm_word[1:]
    persons = [p + stem for p in IMPERFECT_PREFIXES if p != norm_word[0]]
    return sum(zipf(p) >= IMPERFECT_SIBLING for p in persons)


def _ambiguity(norm_word: str) -> float:
    other = zipf(other_state(norm_word))
    if other < COMMON_OTHER_STATE:
        return NOT_A_WORD
    own = zipf(norm_word)
    return other - own + FREQUENCY_WEIGHT * (own - 5)


def is_common_word(norm_word: str) -> bool:
    """Whether a one-word name spelled like this needs a licence to be read as the name."""
    return ambiguity(norm_word) >= NEEDS_LICENCE


def is_homograph(norm_word: str) -> bool:
    """Whether a one-word name spelled like this may read as a common word in context."""
    return ambiguity(norm_word) >= HOMOGRAPH


# A form rarer than this that is no homograph is a unique name (ويندسور، الدليمي): nothing
# else is written so, not even after a noun («قصر ويندسور»). Frequent names (المغرب, «صلاة
# المغرب») keep the construct reading.
UNIQUE_MAX = 4.0
# A frequent form is a name all the same when nothing in the lists reads it as a word: its
# other state (±ال) is no word and it does not inflect. Words take suffixes (هاجر → هاجرت،
# هاجروا; شبه → شبهه; حماس → حماسه) while names do not (لبنان، فرنسا، بوتين have no such
# siblings): the inflection score is how frequent the suffixed forms are together beside the
# form itself (Zipf units); from INFLECTED up the form is also a word. Tuned on ANERcorp-train's
# half a: names score below -2, verbs and nouns above -1.5.
INFLECTION_SUFFIXES = ("ت", "وا", "ون", "ين", "ات", "ه", "ها", "هم", "ك", "تم", "نا", "ان")
INFLECTED = -1.8


def inflection(norm_word: str) -> float:
    """How much a one-word form inflects like a verb or a noun (see INFLECTED)."""
    own = zipf(norm_word)
    siblings = sum(10**z for s in INFLECTION_SUFFIXES if (z := zipf(norm_word + s)))
    if not own or not siblings:
        return NOT_A_WORD
    return log10(siblings) - own


def is_unique_name(norm_word: str) -> bool:
    """Whether a one-word form is rare and no homograph: a name even in construct after a
    noun («قصر ويندسور»)."""
    return zipf(norm_word) < UNIQUE_MAX and not is_homograph(norm_word)


def is_word_in_no_reading(norm_word: str) -> bool:
    """Whether nothing in the lists reads a one-word form as a word, however frequent it is
    (لبنان، فرنسا، بوتين; not المغرب, since مغرب is a word, nor هاجر, which inflects)."""
    return ambiguity(norm_word) == NOT_A_WORD and inflection(norm_word) < INFLECTED


# A word ending in ية is a nisba's feminine when its masculine is at least this frequent.
NISBA_MASCULINE_ZIPF = 3.0


def nisba_shaped(norm_word: str) -> bool:
    """A nisba or its feminine, which takes and loses the article as an adjective: its
    masculine is a word (سورية of سوري; not زاوية, whose masculine «زاوي» is none)."""
    if norm_word.endswith("يه"):
        return zipf(norm_word[:-1]) >= NISBA_MASCULINE_ZIPF
    return norm_word.endswith("ي")

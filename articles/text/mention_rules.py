"""Which gazetteer candidates are real mentions (pure Python, no Django).

``articles.text.matching`` finds every place where a name or alias occurs; this module decides,
as a careful reader would, whether it names the entity. The rules are general grammar and
discourse rules (none names a particular entity) and each was kept only if it helped on the
dev corpus and on the held-out sentences in ``tests/test_matching.py``.

A *strong* candidate (a form of two or more words, or one written joined) is accepted. A
*weak* candidate is a one-word Arabic or digit form (forms in Latin letters such as CrowdStrike,
G20 are never doubted, except an acronym in construct after a common noun: «ذاكرة RAM»). Only
the adjacent words count (same line, nothing but spaces between):

* **licensed** -- the context its kind expects: places after a preposition or a noun that
  takes a place (في، إلى، شمال، حكومة، سكان، وزير...) or with their own ب/ل/ك; persons after a
  title or a speech/meeting verb (الرئيس، قال، التقى...) or their own given name (the full
  name spelled another way: «مسعود بيزشكيان» of «مسعود بزشكيان»); organizations after a kind
  noun or a speech verb (حركة، نادي، أعلنت...); events after their kind noun; any kind after
  أن/إن. A nisba adjective after the definite noun it describes is skipped («النجم المصري
  صلاح»), and a second conjunct shares the first one's governor («إلى السعودية
  والإمارات»). Neither a preposition nor a subordinator licenses an ال-form that reads as a
  common noun («في المدينة»، «إن الأمل»).
* **suspicious** -- it reads as a common word: an ال-form right after another definite word
  (adjective: «الشاشة الزرقاء»); a form in construct after an indefinite noun («جفاف العين»;
  verb shapes and pronoun suffixes do not count: «جعلتها البرازيل»، «ترحب قطر»); a form
  followed by a definite word when no verb precedes it («حلب الأبقار», but «تستضيف مصر القمة»).
  A rarer name heading a common noun in an article that says nothing of its world (no
  related entity, no words of its description) is read as the word even when the frequency
  lists know no such word, nor does a preposition license it («من سوسة النخيل»:
  ``off_topic_heads``). Nor does a preposition or a neutral context license a form without
  the article that is also a common word in such an article («في مشهد يعكس» "in a scene that
  shows": ``off_topic_words``). A club's name after a place's preposition in an article with no
  word of sport is its town, there and wherever it stands alone (``clubs_towns``).

An entity is **linked** in an article when anywhere in it (title + summary + body) it has a
strong candidate; or a licensed weak one; or two different weak forms (حلب + الشهباء); or a
weak form that is neither suspicious nor a **short form** (a one-word alias that is a word of
a longer form of the same entity: فتح ⊂ حركة فتح, ماكرون ⊂ إيمانويل ماكرون). Short forms
need a licence or a longer form because «فتح باب» is "opening a door" while «قال ماكرون» is
Macron, and a licensed short form followed by a definite word starts an unknown longer name
(«أعلن الهلال الأحمر»). A form that is an Arabic function word (لولا = "had it not been for")
needs another form of the entity. A form shared by several entities goes to those with
other evidence in the article when there are any, else to the one whose description the article
follows most, else to none (``_choose``); a person's alias that is a word of another person's
full name in the article refers to that person (``family_names``). A rare name (ويندسور) is
a name even in construct or heading one; a frequent name that is no word in any reading
(لبنان، بوتين) is too, when the article names other entities (``among_other_names``).

A kind noun before a short form must be the entity's own or of its kind (``_other_kind_noun``):
«نادي النهضة» is not «حركة النهضة»; «الفريق المصري» (noun and adjective) is not «النادي المصري».
A family name after another given name, or before بن or another name, names someone the
gazetteer may not know, whom it then means in the whole article («إدوارد سعيد»، «خالد
الدوسري»: ``family_names``). Clubs beside a linked club are named by their short names
(``kin_of_linked``).

One sense per discourse: once linked, every candidate of the entity counts, except vetoed
ones -- a person's name after a facility word (eponym: «مدينة الملك عبدالله الرياضية»), a
kinship word («محمد بن سلمان») or an ordinary person's role («المزارع محمود درويش»), or a
person's short name before بن («الملك عبدالله بن عبدالعزيز»); a one-word name of another
kind before بن (a person's given name: «الخليل بن أحمد»); a weak ال-form or common word
followed by a nisba adjective, or any weak form followed by a region adjective (a longer
name: «الاتحاد الآسيوي»، «أمريكا اللاتينية»; other nisbas describe a name: «أجاكس
الهولندي»); unlicensed function-word and adjective readings; an ال-form that reads as a
common word after a demonstrative («هذه العقبة») or before من, after a preposition too (a
verbal noun: «للنيل من»); any weak form after قد/لم/لن or a relative pronoun (a verb); a
nisba after a definite noun or before a given name («العاصمة السعودية»، «والمصري محمد»: an
adjective) unless an editor made it the entity's alias; a common word governed by a
preposition or a noun before an indefinite adjective («على صور فوتوغرافية»); a common word
before a day (a time of day: «حتى فجر أمس»); a word after a number word or a quantifier
(«ألف نسمة»، «بإحدى الحمامات»); a bare nisba of a common word after a noun that takes no
name («التزام مالي»); a name opening with a nisba after a definite noun («الاقتصاد المصري
اليوم»); a word right before a place's name (`heading_a_place`: «بورصة إسطنبول»); a one-word
name of a newspaper or a club after a noun of places («منطقة الأهرام»), a place after an
outlet's or an institution's noun («صحيفة الرياض»، «بنك إنجلترا»); a person after a sports
role the description knows nothing of («المدرب داسيلفا»). A club's short name after one of
its players or fans is licensed («لاعب المحرق»), a work's after a work noun its description
gives («بأغنية الأماكن»); of entities sharing a form, the one whose description gives the
title before it is chosen («الفنان محمد عبده»).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from articles.text import lexicon as lx
from articles.text import wordfreq
from articles.text.clitics import Analysis, analyses
from articles.text.letters import TASHKEEL
from articles.text.normalize import normalize
from articles.text.whereabouts import place_stem, without_article

ARABIC = re.compile(r"[\u0600-\u06ff]")

ADJECTIVE = "adjective after a definite word"
ORDINARY_PERSON = "an ordinary person of that name"
CONSTRUCT = "in construct after a noun"
HEAD = "followed by a definite word"
PARTICIPLE = "followed by a masculine participle"
NAME_HEAD = "followed by a place's name"
OFF_TOPIC_HEAD = "heads a construct, in an article off its topic"
OFF_TOPIC_WORD = "a common word too, in an article off its topic"

_LICENSORS = {
    "place": lx.PLACE_CONTEXT | lx.SUBORDINATORS,
    "person": lx.PERSON_TITLES | lx.SPEECH_VERBS | lx.PERSON_VERBS | lx.SUBORDINATORS,
    "organization": lx.ORGANIZATION_HEADS | lx.SPEECH_VERBS | lx.SUBORDINATORS,
    "event": lx.EVENT_HEADS | lx.SUBORDINATORS,
    "other": lx.ORGANIZATION_HEADS | lx.SPEECH_VERBS | lx.SUBORDINATORS,
}
_ANY_LICENSOR = frozenset().union(*_LICENSORS.values())


def _bare(words: frozenset[str]) -> frozenset[str]:
    """The words without the article, as `Form.described` keys them."""
    return frozenset(w[2:] if w.startswith("ال") else w for w in words)


_WORK_STEMS = _bare(lx.WORK_NOUNS)


@dataclass(frozen=True, slots=True)
class Form:
    """One name or alias of an entity as compiled into the trie."""

    entity: int
    text: str
    norm: str
    canonical: bool
    strong: bool
    short: bool
    function_word: bool
    latin: bool
    definite: bool
    # Spelled like a common word (``articles.text.wordfreq``): needs evidence; a form that is
    # not is a name wherever it stands, even in construct («قصر ويندسور»، «حكومة فرنسا»).
    common: bool = False
    # Less common (``wordfreq.HOMOGRAPH``): a name unless the context reads it as a word.
    homograph: bool = False
    # Its other state (±ال) is a listed word: a common noun might be written so.
    word: bool = False
    # A rare word, if a word at all (ويندسور، الدليمي): a name even in construct.
    unique: bool = False
    # No word in any reading the frequency lists know, however frequent (لبنان، بوتين): a
    # name in construct too when the article names others of its kind.
    no_word: bool = False
    # A currency's name without its article («جنيه» of «الجنيه»): it only names the currency
    # counted after a number («١٠٠ ألف جنيه»).
    counted_only: bool = False
    # The article writes the form's other state (±ال) as a word («الصور» beside «صور», «الجدة»
    # beside «جدة»): the common noun is in use here, so the form is read as one unless its
    # kind noun, a longer form or the topic says otherwise (set per article).
    word_in_use: bool = False
    # What kind of thing the entity is (without ال): the noun a longer form adds to a short
    # one («نادي» of «نادي النهضة»، «مسبار» of «مسبار الأمل») or the kind noun its description
    # starts with; a kind noun before a short form is checked against them.
    heads: frozenset[str] = frozenset()
    # A person's given names: the other first words of its longer forms («ميشال» of «ميشال
    # عون»), told from another person's by their consonants (ميشيل is ميشال).
    given_names: frozenset[str] = frozenset()
    # The nisba a longer form of the entity adds to this one («مجلس الأمة» of «مجلس الأمة
    # الكويتي»): this form names every country's body of the kind unless the article says which.
    qualifier: str = ""
    # The place a longer name of common words adds to this one by «بـ»/«في» («الجامع الكبير»
    # of «الجامع الكبير بصنعاء»), as the stems of its words: every town has a great mosque,
    # and only an article naming that place says it is this one.
    seat: frozenset[str] = frozenset()
    # The nisba the entity's name adds to this form whatever the form's words («الإفتاء» of
    # «دار الإفتاء المصرية», a rare word): the form followed by another nisba is another's.
    name_nisba: str = ""
    # An alias that is the nisba of the entity's own name («المصري» of «مصر»): an editor asked
    # for the adjective to stand for the entity.
    own_nisba: bool = False
    # The words of the entity's description (without ال), when it has one.
    described: frozenset[str] = frozenset()
    # Where the first clause of the description, which says what and where the entity is,
    # puts it, as place stems («صحيفة يومية خاصة في مصر» → مصر; not «… وتشترك في اسمها مع
    # صحيفة جزائرية»): `matching._home`.
    home: frozenset[str] = frozenset()
    # What a namesake the entity's description rules out writes beside the form
    # (`matching._ruled_out`): «before:W» / «after:W».
    ruled_out: frozenset[str] = frozenset()
    # A short form in Latin capitals (RAM, WHO): an English word or another body's acronym
    # as often as the name, so the words around it are read as for a one-word Arabic form.
    acronym: bool = False
    # A work's title made of common words («ذاكرة الجسد», «كذب أبيض», «موطني»), a body's
    # short name of two such nouns («العدالة والتنمية») or of a noun and its adjective
    # («الصحة العالمية»): a phrase anyone may write, so it names the thing only with its
    # kind's noun before it or the article's words.
    phrase: bool = False
    # A day of a month in words, a town's name too («العاشر من رمضان»): the date unless a
    # town's noun stands before it or another form names the town.
    dated: bool = False
    # A one-word form without the article that is also a common word (`word_too`): it
    # needs the article to speak of its world (`off_topic_words`).
    word_too: bool = False
    # A one-word alias with the article that is no word of the entity's other forms: an
    # epithet («البرغوث» of Messi, «الشهباء» of Aleppo), a common noun outside its topic.
    epithet: bool = False
    # An epithet, or a nisba that is none of the entity's names' («السكري» of «نادي التعاون»,
    # «العالمي» of «نادي النصر»): a nickname, an adjective outside its world.
    nickname: bool = False
    # A town's quarter («حي في الرياض»): named far less often than a common word its name may
    # be, so only its own noun («حي الجامعة») or a longer form names it.
    district: bool = False

    @property
    def weak(self) -> bool:
        return not self.strong and not self.latin


@dataclass(slots=True)
class Candidate:
    """A trie match over tokens ``[first, last)`` with the context flags the rules set."""

    first: int
    last: int
    reading: Analysis  # how the first word's proclitics were read
    forms: tuple[Form, ...]
    suspicious: list[str] = field(default_factory=list)
    before_definite: bool = False
    licensed: set[int] = field(default_factory=set)
    veto: dict[int, str] = field(default_factory=dict)
    before: str | None = None  # the adjacent word before, for editors' decisions
    after: str | None = None  # the adjacent word after
    subject_of_verb: bool = False  # the adjacent word after looks like a verb
    before_demonym: bool = False  # the word before is a nisba of a place of the gazetteer
    # a lone «و» before the name's opening quote: «مستشفى الأمل و«المواساة»» goes on a list
    quoted_and: bool = False
    # A common word too, in an article that says nothing of its world (`off_topic_words`).
    off_topic: bool = False
    # The event whose name this place is a word of, held there («مهرجان جرش»): the place is
    # named whenever the event is.
    host_of: int | None = None
    # Listed after the plural of its kind's noun («قنوات بينها العربية والشرق»): the list says
    # what the name is, as its kind noun before it would (`article_rules.listed_as_its_kind`).
    kind_listed: bool = False


@dataclass(frozen=True, slots=True)
class Context:
    """Normalised adjacent words of a candidate (None: line start, punctuation, line break)."""

    before: str | None
    before2: str | None
    after: str | None
    # The nisba after the name is derived from a place of the gazetteer («فالنسيا الإسباني»):
    # it describes the name rather than continuing it («أمريكا اللاتينية»).
    after_describes: bool = False
    # The nisba after the name is a word of the entity's own description («السد القطري» of
    # "a Qatari club"): it describes this very entity, even a form that is a common word.
    after_in_description: bool = False
    # The adjacent word after as written: an elative is written with a hamza (أكبرها), a
    # derived verb (اتجهنا) and other words of its normalised shape (إبانها) are not.
    after_text: str | None = None
    # The word after that one, when adjacent too.
    after2: str | None = None


LONGER_BY_BEN = "a longer name (followed by بن)"


def reads_as(word: str | None, words: frozenset[str]) -> bool:
    """Whether some proclitic reading of ``word`` (وفي → في, بملعب → ملعب) is in ``words``."""
    return word is not None and any(a.key in words for a in analyses(word))


_PREPOSITION_CLITICS = ("ب", "ك", "ل")


def governed_by_preposition(reading: Analysis, before: str | None) -> bool:
    """Whether a preposition governs the word: its own ب/ك/ل, or a particle before it."""
    return reading.proclitics[-1:] in _PREPOSITION_CLITICS or reads_as(before, lx.PARTICLES)


def is_definite(word: str) -> bool:
    """A word with the article; «إلى» and «التي» normalise to ال-words but are particles."""
    return word not in lx.FUNCTION_WORDS and any(a.article for a in analyses(word))


def starts_definite(word: str | None) -> bool:
    return word is not None and word.startswith("ال") and word not in lx.FUNCTION_WORDS


def looks_verbal(word: str) -> bool:
    """A verb or a word with a pronoun suffix: neither is a construct head before a name.

    Recognised by shape only: a pronoun suffix (جعلتها), an imperfect prefix (يقول، سيزور،
    ترحب، تستضيف) or a perfect ending (قررت، أعلنوا). Words ending in ة (تجربة) never match.
    """
    bare = word[1:] if len(word) > 3 and word[0] in "وف" else word
    if bare.endswith(("ه", "ات")):
        return False
    return (
        bare.endswith(lx.PRONOUN_SUFFIXES)
        or bare.startswith(("ي", "سي", "لي", "تست", "تت", "ستت"))
        or (bare.startswith(("ت", "ست")) and len(bare) - bare.startswith("ست") == 4)
        or (bare.endswith("ت") and len(bare) >= 3)
        or bare.endswith("وا")
    )


def is_elative(word: str) -> bool:
    """A definite elative, أفعل with the article (الأكبر، الأبرز): a superlative picks one of
    a class, which only a common noun names («العقبة الأكبر», the biggest obstacle). Colours
    share the shape but make a longer name of a name («النيل الأزرق»)."""
    return (
        len(word) == 6
        and word.startswith("الا")
        and word[-1] not in "يهة"
        and word not in lx.COLOURS
    )


def is_superlative_of_them(word: str, written: str | None = None) -> bool:
    """An elative with a pronoun suffix (أكبرها، أقدمهم، أبرزنا), "the biggest of them": the
    form before it heads a construct («قطر أكبرها», the diameter of the biggest of them),
    which a name does not. Only as written with its hamza (``written``): «اتجهنا» (a verb)
    and «إبانها» normalise to the same shape."""
    if written is not None and not written.startswith("أ"):
        return False
    stem = next((word[: -len(s)] for s in lx.PRONOUN_SUFFIXES if word.endswith(s)), "")
    return len(stem) == 4 and stem[0] == "ا" and "ال" + stem not in lx.COLOURS


def is_indefinite_adjective(word: str | None) -> bool:
    """An adjective without the article: a feminine nisba (فوتوغرافية، تاريخية), a feminine
    participle (مكثفة، مختلفة) or one of the commonest adjectives (أخرى، نادرة، قديمة). What it
    describes is indefinite, which a name never is."""
    if word is None or word.startswith("ال") or not ARABIC.search(word):
        return False
    nisba = word.endswith("يه") and len(word) >= 5
    participle = word.startswith("م") and word.endswith("ه") and len(word) >= 5
    return nisba or participle or word in lx.COMMON_ADJECTIVES


def is_masculine_participle(word: str) -> bool:
    """A definite participle without a feminine ending (المخصص، المستخدم): it agrees with a
    masculine common noun before it («بالخرطوم المخصص», the hose set aside), while a city is
    feminine («الخرطوم المحاصرة»)."""
    return (
        word.startswith("الم")
        and len(word) >= 6
        and not word.endswith(("ه", "ي", "ات", "ين", "ون", "ان"))
    )


def _indefinite_nisba(word: str) -> bool:
    """A bare nisba of a common word (مالي of مال، أمنية of أمن، بشري of بشر; not نيروبي)."""
    for ending in ("يه", "ي"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and not is_definite(word):
            return wordfreq.zipf(stem) >= _NISBA_STEM_ZIPF
    return False


_NISBA_STEM_ZIPF = 3.0


def is_nisba(word: str) -> bool:
    return word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) >= 6


def _nisba_form(form: Form) -> bool:
    return form.weak and is_nisba(form.norm)


def _counted(licensor: str | None, form: Form) -> bool:
    """«7 مليارات دولار», «799 دولاراً»: a number counts a currency its description calls
    one."""
    return (
        licensor is not None
        and (reads_as(licensor, lx.NUMBER_WORDS) or licensor.isdigit())
        and not form.described.isdisjoint(lx.UNIT_NOUNS)
    )


def _another_currency(after: str | None, form: Form) -> bool:
    """Whether a nisba after a counted currency's bare name is another country's than the
    one its longer form names («جنيه إسترليني», «دينار كويتي»; not «جنيه مصري»)."""
    if after is None or not is_nisba(after if after.startswith("ال") else "ال" + after):
        return False
    return without_article(after) != without_article(form.qualifier)


def judge(cand: Candidate, context: Context, kinds: Sequence[str]) -> None:
    """Set the licence, suspicion and veto flags of ``cand`` from its adjacent words."""
    before, after = context.before, context.after
    proclitics = cand.reading.proclitics
    if any(f.weak or f.acronym for f in cand.forms):
        # (a noun that licenses another kind's name is as much a noun an adjective follows:
        # «الهيئة العليا» is a higher authority, not the district «العليا»)
        own_kinds = {kinds[f.entity] for f in cand.forms}
        cand.suspicious = _common_word_readings(cand, before, after, own_kinds)
        cand.subject_of_verb = (
            after is not None and after[:1] in "يت" and looks_verbal(after) and before is None
        )
        cand.before_definite = starts_definite(after)
    # A nisba adjective is transparent: «الرئيس الفرنسي ماكرون»، «العاصمة الإيطالية روما».
    # (Only after the definite noun it describes: «على الأراضي البيضاء» has a plural in ي.)
    skip_nisba = (
        before is not None
        and is_nisba(before)
        and context.before2 is not None
        and is_definite(context.before2)
    )
    # A second conjunct shares the first one's governor: «في السعودية والإمارات» (not one
    # with a preposition of its own: «وزارة العمل وبالتعاون مع»).
    conjunct = proclitics == "و" and before is not None and not skip_nisba
    for form in cand.forms:
        kind = kinds[form.entity]
        # ...unless the form is a nisba itself, the last of a chain of adjectives («البنك
        # المركزي المصري»، «النادي الأهلي المصري»).
        skipped = (skip_nisba and not _nisba_form(form)) or conjunct
        licensor = context.before2 if skipped else before
        if proclitics[-1:] in _PREPOSITION_CLITICS:
            licensor = None  # its own preposition governs it («الوزارة وبالتعاون مع»)
        by_particle = governed_by_preposition(cand.reading, licensor)
        if (
            _licensed(cand, form, kind, licensor, by_particle)
            or _own_given_name(before, form)
            or _own_head_word(cand, form)
        ):
            cand.licensed.add(form.entity)
        reason = _name_veto(cand, form, kind, context)
        if form.counted_only and not _counted(licensor, form):
            reason = "a currency's bare name, not counted"  # «جنيه» is the pound after a number
        elif form.counted_only and _another_currency(after, form):
            reason = "another country's currency of that name"  # «ألف جنيه إسترليني»
        if reason is None and form.weak:
            reason = _reading_veto(cand, form, kind, context, by_particle)
        if reason is not None:
            cand.veto[form.entity] = reason
            cand.licensed.discard(form.entity)


def _own_head_word(cand: Candidate, form: Form) -> bool:
    """Whether the word before a bare one-word form is the first word of the entity's own
    longer name, which the form is the rest of («إعصار مكونو» of «إعصار ميكونو», alias
    «مكونو»; «الإعصار تيج»): the full name, spelled another way, whether or not the lists
    know that word as a kind noun (a listed one is weighed by `_licensed`, which knows «معهد
    باستور» of «معهد باستور بتونس» may be any town's). Not a definite form after a definite
    word («القناة الأولى»: a noun and its adjective), nor a form the entity's name puts in a
    place (`Form.seat`)."""
    before = cand.before
    return (
        before is not None
        and not cand.reading.proclitics  # («الحزب بالدستور»: its own preposition)
        and not form.canonical
        and " " not in form.norm
        and not form.seat
        and not (form.definite and is_definite(before))
        and any(
            a.stem in form.heads and a.stem not in lx.KIND_NOUNS
            for a in analyses(before)
            if not a.proclitics
        )
    )


def _own_given_name(before: str | None, form: Form) -> bool:
    """Whether the word before a person's one-word form is the person's own given name
    («مسعود بيزشكيان» of «مسعود بزشكيان»; «جوريجوس» of «جورجيوس»): the full name, spelled
    another way. The consonants must all agree: a short given name begins many words («علي»,
    «علمه»)."""
    return before is not None and any(consonants(before) == consonants(g) for g in form.given_names)


def _licensed(
    cand: Candidate, form: Form, kind: str, licensor: str | None, by_particle: bool
) -> bool:
    """Whether the word before (``licensor``) is the context the form's kind expects."""
    proclitics = cand.reading.proclitics
    # «بأغنية الأماكن»: a work noun names a work its description calls one
    work = (
        kind == "other"
        and reads_as(licensor, lx.WORK_NOUNS)
        and not form.described.isdisjoint(_WORK_STEMS)
    )
    team = reads_as(licensor, lx.TEAM_ROLES) and not form.heads.isdisjoint(lx.TEAM_NOUNS)
    if form.dated:  # «إلى العاشر من رمضان» is a day as often as the town
        return reads_as(licensor, lx.TOWN_NOUNS | lx.PROVINCE_NOUNS)
    if _counted(licensor, form):
        return True
    if (
        kind == "person"
        and not proclitics
        and cand.before_demonym
        and _described_by(licensor, form)
    ):
        return True  # «ودعت التونسية جابر البطولة» of "a Tunisian tennis player"
    if (
        kind == "place"
        and reads_as(licensor, lx.RIVER_PARTS)
        and not form.described.isdisjoint(lx.RIVER_WORDS)
    ):
        return True  # «ضفاف النيل» of a river: not «ضفتي الوادي», a valley
    if form.district and form.common:
        # («مدير الجامعة» is the university's, «في الجامعة» at one: not the district)
        return reads_as(licensor, lx.QUARTER_NOUNS)
    if not (
        (kind == "place" and proclitics[-1:] in _PREPOSITION_CLITICS)
        or reads_as(licensor, _LICENSORS[kind])
        or work
        or team
    ):
        return False
    # «في المدينة», «من الشرق»: a preposition is no evidence for a common noun with the
    # article, which it governs far more often than the name. Nor for a bare form whose
    # ال-form the article uses as a word («بصور» beside «الصور»); a preposition still
    # licenses an ال-form («في الرياض» beside «رياض الأطفال»), which then needs that licence.
    common_noun = (form.common and form.definite) or (form.word_in_use and not form.definite)
    # «بالخرطوم المخصص»: a preposition is no evidence either for a definite form that a
    # masculine participle describes (a city is feminine).
    described = form.definite and PARTICIPLE in cand.suspicious
    # «إن الأمل كبير»، «أن الاستقلال حق»: a subordinator introduces a subject noun, with the
    # article far more often a common noun than a name that reads as one («إن سورية
    # مستعدة»: an indefinite common noun rarely stands there).
    # «إن مشهد الغروب»: nor for a word that heads a construct, which a name does not.
    by_subordinator = reads_as(licensor, lx.SUBORDINATORS) and (
        (form.definite and (form.common or form.homograph))
        or (
            cand.before_definite
            and not is_nisba(cand.after or "")  # «أن ميلان الإيطالي»: a name's adjective
            and (form.common or form.homograph or form.word)
        )
    )
    return not ((common_noun or described) and by_particle) and not by_subordinator


def _namesake_ruled_out(form: Form, before: str | None, after: str | None) -> bool:
    """Whether the words beside the form are those of a namesake the description rules out:
    the word before or after it in that namesake's name, or, clitics off, a word of that name
    after it («هيئة كبار العلماء بالأزهر»; «كأس الملك الإسبانية», nisba and country alike)."""
    if before is not None and "before:" + before in form.ruled_out:
        return True
    return after is not None and any(
        "after:" + key in form.ruled_out
        for a in analyses(after)
        for key in (a.key, place_stem(a.key))
    )


def _perfect_verb_before_that(form: Form, proclitics: str, context: Context) -> bool:
    """Whether a one-word form that is also a verb in the perfect (its feminine is a frequent
    word: «سبق» beside «سبقت») stands as one: right before «أن» («سبق أن»), or before «لـ»
    and a word and then «أن» («سبق لأوباما أن»), with no verb or speech verb before it that
    would make the name the subject of a clause («وأكدت فتح أن»)."""
    before, after = context.before, context.after
    if form.definite or " " in form.norm or proclitics not in ("", "و", "ف") or after is None:
        return False
    that = after in _THAT_OR_AND_THAT or (
        after.startswith("ل") and len(after) > 2 and context.after2 in _THAT_OR_AND_THAT
    )
    # («أنهم سبق أن»: a particle with its pronoun, the verb's subject, is no verb)
    verbal = before is not None and looks_verbal(before) and before not in lx.THAT_WITH_PRONOUNS
    subject = verbal or reads_as(before, lx.SPEECH_VERBS)
    return that and not subject and wordfreq.may_be_perfect_verb(form.norm)


_THAT_OR_AND_THAT = frozenset({"ان", "وان"})


def _described_by(word: str | None, form: Form) -> bool:
    """Whether ``word`` is a definite nisba the entity's description gives it, of either
    gender («التونسية» of "لاعبة تنس تونسية", «المصري» of "ممثل مصري")."""
    if word is None or not word.startswith("ال") or not is_nisba(word):
        return False
    stem = word[2:].removesuffix("ه")
    return stem in form.described or f"{stem}ه" in form.described


# Kinship words that open towns' names as they open persons': «بنت جبيل», «أم قصر»
_PLACE_KIN = lx.KINSHIP_WORDS | {"بني"}


def _spelled_acronym(norm: str) -> bool:
    """Whether a form is an acronym's letters spelled out («بي بي», «إس تي سي»)."""
    return all(word in lx.SPELLED_LETTERS for word in norm.split())


_THAT = frozenset({"ان", "بان"})  # أن، إن، بأن as normalised


def _dual_of_a_noun(norm: str) -> bool:
    """A one-word form shaped as a common noun's dual in the oblique case («البحرين» of
    «البحر»), not a name that ends so by chance."""
    return (
        " " not in norm and norm.endswith("ين") and wordfreq.zipf(norm[:-2]) >= _DUAL_SINGULAR_ZIPF
    )


_DUAL_SINGULAR_ZIPF = 4.0
_YEAR = re.compile(r"(?:19|20|١٩|٢٠)\d\d")  # «قطر 2022» is no quantity (\d reads ٠-٩ too)


def _name_veto(cand: Candidate, form: Form, kind: str, context: Context) -> str | None:
    """Why the form is part of another name here, whatever its shape: a person's name in an
    eponym or a patronymic, a form qualified by another nisba than its name's."""
    before, after = context.before, context.after
    if form.ruled_out and _namesake_ruled_out(form, before, after):
        # «بلدية عرابة البطوف» for the «عرابة» described «… وليست عرابة البطوف في الجليل»
        return "the namesake its description rules out"
    if kind == "place" and not cand.reading.proclitics and reads_as(before, _PLACE_KIN):
        return "part of another place's name"  # «بنت جبيل», «أم قصر», «بني وليد»
    if (
        kind == "organization"
        and " " not in form.norm
        and not cand.reading.proclitics
        and reads_as(before, _PLACE_NOUNS)
    ):
        return "a place after its kind noun"  # «ابن محافظة قنا» is no news agency (QNA)
    if (
        kind == "organization"
        and not cand.reading.proclitics
        and not form.heads.isdisjoint(lx.TEAM_NOUNS)
        and reads_as(before, lx.ESTABLISHMENT_NOUNS)
    ):
        return "an establishment named after the club's town"  # «جامعة ليفربول»
    if kind != "person" and form.weak and before is not None and _a_relative(before):
        # «وابنتهما تشيلسي» (but «على شقيقه نادي الريان», a club's sister club)
        return "a person's given name after a relative"
    if (
        kind == "person"
        and not cand.reading.proclitics
        and form.norm.split()[0] in lx.PRESIDENT_TITLES
        and reads_as(before, lx.DEPUTY_NOUNS)
    ):
        # «نائب الرئيس اليمني»: the vice-president's office, not the president his title
        # names («مستشار الرئيس اليمني» is the president's adviser: the president is named)
        return "a deputy's title"
    if (
        before is None
        and after in _THAT
        and cand.reading.proclitics in ("", "و", "ف")
        and len(form.norm.split()) == 1
    ):
        # «، نجد أن هذه الأخيرة …» "we find that": a clause opening with a word and «أن» opens
        # with a verb; a name there has a verb before it («أكدت السعودية أن»)
        return "a verb before its complement"
    if (
        after in lx.COLOURS
        and kind == "organization"
        and form.definite
        and " " not in form.norm
        and without_article(after) not in form.described
    ):
        # «والهلال الأحمر»: a colour after a body's name makes another body's name of it
        # (the Red Crescent, not the club «الهلال»), unless the body is known by that colour
        # (a river's colour names a part of it: «النيل الأزرق» is the Nile's)
        return "a longer name (its colour after it)"
    if after in lx.COLOURS and _dual_of_a_noun(form.norm):
        # «بين البحرين الأحمر والمتوسط»: the two seas, their colour after them (the dual
        # agrees with one adjective per sea), not the country «البحرين»
        return "a dual noun before its adjective"
    if (
        kind != "person"
        and not cand.reading.proclitics
        and " " not in form.norm
        and before in lx.HONORIFIC_TITLES
    ):
        # «السفير بدر عبد العاطي», «المهندس بدر باسلمة»: a definite title heads no genitive,
        # so the name after it is the person's (not a ruler's or a player's, who may be the
        # subject before a place: «زار الرئيس مصر», «يصل اللاعب جدة»)
        return "a person's given name after a title"
    if (
        form.definite
        and after in lx.NOUNS_ONLY_ADJECTIVES
        and " " not in form.norm
        and wordfreq.zipf(form.norm) < wordfreq.UNIQUE_MAX
    ):
        # «النعامة الواحدة تضع …»; a frequent name may take one («للعراق الواحد الموحد»),
        # and a longer name's adjective may be its head noun's («مبعوث الأمم المتحدة الخاص»)
        return "a common noun before its adjective"
    if form.norm in lx.LETTER_NAMES and (
        reads_as(after, lx.LETTER_NAMES) or reads_as(before, lx.LETTER_NAMES)
    ):
        return "a letter's name beside another"  # «إلى الكاف والنون»
    if (
        without_article(form.norm) in lx.MEASURE_NOUNS
        and after is not None
        and (
            (after[:1].isdigit() and not _YEAR.fullmatch(after))
            or after in lx.AMOUNT_VERBS
            or after in lx.CARDINALS
        )
    ):
        return "a measure before its quantity"  # «بقطر ٤٦ ملم», «بقطر يصل إلى عشرين متراً»
    if _spelled_acronym(form.norm) and (
        after in lx.SPELLED_LETTERS
        or (before in lx.SPELLED_LETTERS and not cand.reading.proclitics)
    ):
        return "part of a longer acronym"  # «بي بي» in «بي بي سي» is not BP
    if kind == "person" and not cand.reading.proclitics:
        compound = before in lx.COMPOUND_PREPOSITION_HEADS and reads_as(
            context.before2, lx.COMPOUND_PREPOSITION_HEADS[before]
        )
        if (reads_as(before, lx.FACILITY_WORDS) and not compound) or (
            reads_as(before, lx.PERSON_TITLES) and reads_as(context.before2, lx.FACILITY_WORDS)
        ):
            return "named after the person (eponym)"
        if reads_as(before, lx.KINSHIP_WORDS):
            return "part of another person's name"
        # (the role maybe with the person's age after it: «الصياد الستيني أبو علي»)
        role_word = context.before2 if before in lx.AGE_ADJECTIVES else before
        role = next(
            (a.key[2:] for a in analyses(role_word or "") if a.key in lx.COMMONER_ROLES), None
        )
        if role is not None and form.described and role not in form.described:
            # «المزارع محمود درويش» of a poet: a role the entity's description does not give
            return ORDINARY_PERSON
        if (
            reads_as(before, lx.SPORTS_ROLES)
            and form.described
            and form.described.isdisjoint(lx.SPORTS_WORDS)
        ):
            return ORDINARY_PERSON  # «المدرب خورخي داسيلفا» is not Brazil's president
        if (
            reads_as(before, lx.RELIGIOUS_TITLES)
            and form.described
            and form.described.isdisjoint(lx.RELIGIOUS_WORDS)
        ):
            return ORDINARY_PERSON  # «الإمام محمد عبده» is not the singer
    if (
        form.norm in lx.PRAYER_TIMES
        and not cand.reading.proclitics
        and reads_as(before, lx.TIME_BEFORE_A_PRAYER)
    ):
        return "a prayer's time of day"  # «انتظرت حتى ما قبل المغرب»
    if (
        kind in ("organization", "person")
        and form.weak  # («لاعب خط وسط إنتر ميلان»: a full name stands after a midfield)
        and not cand.reading.proclitics
        and reads_as(before, lx.DIRECTIONS)
    ):
        return "a region after a point of the compass"  # «شمال غرب الأناضول»: no agency
    if (
        before in lx.VERB_CONJUNCTIONS
        and " " not in form.norm
        and not form.definite
        and not cand.reading.proclitics
    ):
        return "a verb after a conjunction of time"  # «بعدما لوى كاحله» is no «لوى»
    if _the_person_named(cand, form, kind, context):
        return "the person a facility is named after"
    if (
        kind in ("organization", "other")
        and not cand.reading.proclitics
        and reads_as(before, lx.STREET_NOUNS)
    ):
        return "a street named after it"  # «شارع الأزهر», «شارع جامعة الدول العربية»
    if (
        form.norm in lx.RANKS
        and not form.canonical
        and after is not None
        and not after.startswith("و")
        and not reads_as(after, lx.PARTICLES)
        and (after in _GIVEN_NAMES or not looks_verbal(after))  # «يوسف» is no verb
        and not reads_as(before, lx.TEAM_NOUNS | lx.TEAM_ROLES)
    ):
        return "a rank before an officer's name"  # «وقال العميد يوسف الغتم»: a brigadier
    if (
        kind == "organization"
        and not cand.reading.proclitics
        and reads_as(before, lx.COMPETITION_HEADS)
        and form.heads.isdisjoint(lx.TEAM_NOUNS)
    ):
        return "a sponsor in a competition's name"  # «دوري أدنوك للمحترفين» is no company
    opening = form.norm.split()[0]
    if (
        form.strong
        and not cand.reading.proclitics
        and is_nisba(opening)
        and _kind_noun(opening) is None
        and before is not None
    ):
        head = _kind_noun(before)
        if head is None and is_definite(before) and not reads_as(before, _ANY_LICENSOR):
            # «الاقتصاد المصري اليوم»: the noun's adjective and "today", not the newspaper
            return "a nisba adjective after a definite noun"
        if head is not None and _of_another_kind(head, form):
            # «البنك الأهلي السعودي» for «الأهلي السعودي», a club: the bank's adjective;
            # «نادي الأهلي السعودي» for the bank: the club's name
            return f"an adjective of another {head}"
    nisba = form.qualifier or form.name_nisba
    if nisba and after is not None and is_nisba(after) and after != nisba:
        return "a longer name, qualified otherwise"  # «صندوق النقد العربي», «دار الإفتاء الأردنية»
    if (
        kind == "event"
        and not form.canonical
        and after is not None
        and after.startswith("لل")
        and after[2:] not in lx.TIMES_OF_A_SERIES
    ):
        # «كأس العالم للأندية», «كأس العالم للكريكيت»: another competition of the series
        # («للمرة الثانية» is when)
        return "another event of that name (qualified by لل…)"
    if kind == "person" and _family_name_after_the_chain(form, after):
        # «الدكتور عبدالله بن عبدالعزيز الربيعة»: a family name after a chain of fathers
        # makes the chain another person's (King Abdullah's is «… آل سعود»)
        return "another person's name (a family name after the chain)"
    if kind == "person" and after == "بن" and len(form.norm.split()) <= 2:
        # «الشاب خالد بن عمر»، «الملك عبدالله بن عبدالعزيز»: a short name that goes on with
        # بن is another person's longer name («الملك عبدالله الثاني بن الحسين» is whole; «ابن
        # عمه» is "his cousin").
        return LONGER_BY_BEN
    if (
        kind == "person"
        and not form.canonical
        and form.norm.split()[0] in _FAMILY_OPENERS
        and not cand.reading.proclitics
        and (before in _GIVEN_NAMES or context.before2 == "عبد")
    ):
        # «الأمير عبد العزيز بن سلمان»: «بن سلمان» after a given name is that person's
        # father's name, not the alias of his brother; «تركي آل الشيخ»: «آل الشيخ» names the
        # house, the given name before it another of its members
        return "another person's patronymic"
    return None


def _the_person_named(cand: Candidate, form: Form, kind: str, context: Context) -> bool:
    """Whether a facility's short form, the name it takes from a person («فرحات حشاد» of
    «مستشفى فرحات حشاد»), follows what that person is called («الزعيم النقابي فرحات حشاد»,
    «الشيخ …»): the person, not the facility. So with a place's name of several words after
    such a title («الشيخ مبارك الكبير», not the Kuwaiti governorate): a place takes no title.
    """
    if kind not in ("organization", "place") or cand.reading.proclitics or " " not in form.norm:
        return False
    if kind == "organization" and (form.canonical or form.heads.isdisjoint(lx.FACILITY_WORDS)):
        return False
    # (the title maybe with its adjective after it: «الزعيم النقابي»)
    title = context.before2 if is_nisba(context.before or "") else context.before
    return title in lx.EPONYMS_TITLES


def _reading_veto(
    cand: Candidate, form: Form, kind: str, context: Context, by_particle: bool
) -> str | None:
    """Why the adjacent words read a one-word form as a common word or part of a phrase."""
    before, after = context.before, context.after
    proclitics = cand.reading.proclitics
    licensed = form.entity in cand.licensed
    if (
        kind != "person"  # «المزارع ياسر»: a title and a given name
        and not proclitics
        and not form.definite
        and form.norm[:1] in ("ي", "ت")
        and len(form.norm) <= 4
        and before is not None
        and (is_definite(before) or _with_pronoun(before))
        and not reads_as(before, _ANY_LICENSOR)
        and not _own_head_word(cand, form)  # «الإعصار تيج» of «إعصار تيج»
    ):
        # «الأمم تعز معلميها»، «التحسن ينبع من»، «موقف بلاده ينبع من»: a bare word of the
        # imperfect's shape right after a definite noun (or one its pronoun makes definite)
        # that licenses nothing is its verb (SVO); a name there would need a preposition or
        # a kind noun.
        return "a verb after its subject"
    if (
        not form.definite
        and (not licensed or by_particle)
        and not proclitics.startswith("و")
        and _noun_with_pronoun(after, context.after_text)
        and not _after_a_verb(before)
        and not form.unique  # «الحكومة في مقديشو رفضها»: a rare name heads nothing
    ):
        # «إلى مسقط رأسه»: a name heads no construct (a preposition governs the whole); after
        # a verb the noun is its object («ويختتم كورت حديثه»), and after a conjunct too
        # («أكدت قطر ومصر دعمها»); «عن رمضان قوله» quotes him.
        return "heads a construct with a noun and its pronoun"
    if (
        kind != "person"
        and not proclitics
        and _indefinite_nisba(form.norm)
        and before is not None
        and ARABIC.search(before)
        and not reads_as(before, lx.PARTICLES | _ANY_LICENSOR | lx.NUMBER_WORDS | lx.WORK_NOUNS)
        and not _after_a_verb(before)
    ):
        # «التزام مالي»، «تدخل بشري»، «مصادر طبية وأمنية»: a nisba of a common word after a
        # noun that takes no name is its adjective («حكومة مالي» is the country's)
        return "an adjective after its noun"
    if kind != "person" and form.definite and not proclitics and reads_as(before, lx.QUANTIFIERS):
        return "after a quantifier (one of a plural)"  # «بإحدى الحمامات الخاصة»
    if (
        kind != "person"
        and not proclitics
        and reads_as(before, lx.NUMBER_WORDS)
        and form.described.isdisjoint(lx.UNIT_NOUNS)  # «7 مليارات دولار» counts dollars
    ):
        return "counted after a number (a common noun)"  # «120 ألف نسمة»
    if (
        before is not None
        and not proclitics
        and any((a.key, form.norm) in lx.PREPOSITIONAL_IDIOMS for a in analyses(before))
    ):
        return "the noun of a prepositional idiom"  # «على مدى أيام», «على أنغام موسيقى»
    if after is not None and any(
        f"{form.norm} {word}" in lx.COLLOCATIONS for word in (after, _without_possessive(after))
    ):
        return "the first word of a fixed phrase"  # «مسقط رأس والده», «مسقط رأسه»
    if kind != "person" and not licensed and len(form.norm.split()) == 1:
        # «الزعيم ياسر عرفات»: a place's or a company's name after a given name is that
        # person's family name; «الفنانة منى زكي»: a given name before another is a person's
        # («ومنى زكي» too: a conjunction joins people as well as places).
        # (after «بن عيسى» a chain of fathers' names has ended: «… وبن عيسى الدوحة - قنا»)
        given_before = before in _GIVEN_NAMES and not reads_as(context.before2, lx.KINSHIP_WORDS)
        if not proclitics and given_before:
            return AFTER_A_GIVEN_NAME
        if proclitics in ("", "و", "ف") and form.norm in _GIVEN_NAMES and after in _GIVEN_NAMES:
            return "a person's given name (before another name)"
    if (
        kind == "person"
        and form.short
        and form.definite
        and " " not in form.norm
        and after in _GIVEN_NAMES
    ):
        # «ويقول النجار سالم»: a definite family name before a given name is a noun (a
        # trade, a title) in apposition to that other person, not the family name
        return "a noun before another person's given name"
    if reads_as(before, lx.VERB_PARTICLES):
        return "after a particle of the verb (a verb)"
    if (
        not proclitics
        and before in lx.NEGATIONS_OF_BOTH
        and " " not in form.norm
        and wordfreq.may_be_imperfect_verb(form.norm)
    ):
        return "after a negation, a verb in the imperfect"  # «لا أدري» (Adré)
    if (
        form.definite
        and form.norm in lx.SPEAKING_NOUNS
        and reads_as(before, lx.SPEECH_VERBS | lx.REPORTING_VERBS)
    ):
        return "a noun that says things, after a speech verb"  # «ويذكر الخبر أن …»
    if not form.definite and reads_as(before, lx.RELATIVE_PRONOUNS):
        return "after a relative pronoun (a verb)"
    if not form.definite and not proclitics and before in lx.MA_BEFORE_A_VERB:
        return "after ما (a verb)"  # «كما سبق», «مما سبق ذكره»: no paper «سبق»
    if _perfect_verb_before_that(form, proclitics, context):
        return "a verb in the perfect before أن"  # «وسبق أن زار», «سبق لأوباما أن»
    if (
        kind != "person"
        and _nisba_form(form)
        and not form.own_nisba
        and form.definite
        and (
            (not proclitics and is_definite(before or "") and _kind_noun(before) is None)
            or reads_as(after, _GIVEN_NAMES)
        )
    ):
        # «العاصمة السعودية»، «المدافع المصري»: a nisba after a definite noun is its
        # adjective, whatever the noun licenses (a person's family name is no adjective; a
        # kind noun and a nisba often make a name, «النادي الأهلي»: `_other_kind_noun`);
        # before a given name it names the person by origin («والمصري محمد عبد الشافي»).
        return "a nisba adjective after a definite noun"
    if (
        kind == "person"  # «ضيفه الأهلي» is the club
        and _nisba_form(form)
        and not proclitics
        and before is not None
        and any(before == n + p for n in lx.PEER_NOUNS for p in _POSSESSIVES)
    ):
        # «على نظيره السوداني»، «ضيفه المصري»: a counterpart's or a rival's origin, even
        # when a person's family name is spelled like it
        return "a nisba adjective of a counterpart"
    if (reason := _other_kind_noun(before, form)) is not None:
        return reason
    if kind == "place" and not proclitics and reads_as(before, lx.OUTLET_NOUNS):
        return "the name of an outlet named after the place"  # «صحيفة الرياض»
    if kind == "place" and not proclitics and reads_as(before, lx.INSTITUTION_NOUNS):
        return "the name of an institution named after the place"  # «بنك إنجلترا»
    if (
        kind == "place"
        and not proclitics
        and reads_as(before, lx.VENUE_NOUNS)
        and after is not None
        and (after in lx.NAME_QUALIFIERS or after.startswith("لل"))
    ):
        # «ستاد عمّان الدولي», «مركز مصر للمعارض الدولية»: a venue named after the place
        return "the name of a venue named after the place"
    if kind == "place" and not (form.canonical or form.short) and reads_as(before, lx.LANDS_NOUNS):
        return "a region's name, not the place of that alias"  # «بلاد الشام»
    if kind not in ("place", "person") and not proclitics and reads_as(before, lx.PLACE_NOUNS):
        return "a place of that name (after a noun of places)"  # «منطقة الأهرام»
    if after in lx.PATRONYMIC_WORDS and kind != "person":
        return "a person's given name (followed by بن)"
    if after is not None and is_nisba(after):
        # «أجاكس الهولندي»: the nisba describes a name; it continues a longer one after a
        # common word or an ال-form («الاتحاد الآسيوي») or when it names a region («أمريكا
        # اللاتينية»), unless it is derived from a place of the gazetteer («فالنسيا
        # الإسباني») or the entity's own description uses it («السد القطري»).
        describes = context.after_describes or after not in lx.REGION_ADJECTIVES
        # («الرأي الكويتية» of "a daily in Kuwait": the nisba of a place its description
        # names says whose namesake this is)
        own = (
            context.after_in_description or _named_with_its_nisba(cand, form)
        ) and after not in lx.REGION_ADJECTIVES
        if not own and (form.common or form.definite or not describes):
            return "followed by a nisba adjective (a longer name)"
        # (…and then what it is for: «الهيئة السعودية للمواصفات» is another body, whatever
        # the nisba says of this one, which the gazetteer would have matched whole)
        body = kind not in ("place", "person")  # («بسيدني الأسترالية للعام الحالي»)
        if body and form.weak and (context.after2 or "").startswith("لل"):
            return "followed by a nisba and what it is for (a longer name)"
        return None
    if after is not None and (
        (form.definite and is_elative(after)) or is_superlative_of_them(after, context.after_text)
    ):
        return "followed by a superlative (a common noun phrase)"
    common = form.homograph or form.common
    if (
        form.definite
        and common
        and starts_definite(after)
        and _common_adjective(without_article(after or ""))
        and after not in lx.STANDINGS_WORDS  # «النصر الثالث»: a club's place in the table
    ):
        # «هدف من الزاوية الضيقة» "from the narrow angle": a name that reads as a word takes
        # such an adjective as the word; the name with one is another place («القاهرة الجديدة»)
        return "followed by a common adjective (a common noun phrase)"
    if (
        not form.definite
        and common
        and is_indefinite_adjective(after)
        and (not licensed or by_particle)
        and before is not None
        and not reads_as(before, lx.SUBORDINATORS)
    ):
        # «على صور فوتوغرافية»: a name is definite, and so is its adjective. A subject takes
        # an indefinite predicate («إن سورية مستعدة»).
        return "followed by an indefinite adjective (a common noun)"
    if form.definite and common and reads_as(before, lx.DEMONSTRATIVES):
        return "after a demonstrative (a common noun)"  # «هذه العقبة»; a name needs none
    if form.homograph and form.definite and after == "من" and (not licensed or by_particle):
        # «تستهدف النيل من ثقة المواطنين»، «للنيل من أمن الوطن»: a definite word that takes
        # من is a verbal noun with its preposition (النيل من، الحد من), not a name; a speech
        # verb still makes it a subject («قال الهلال من جهته»).
        return "verbal noun before its preposition من"
    if licensed:
        return None
    if form.function_word:
        return "function word"
    if common and after in lx.DAYS and kind != "place":
        # «أحبطت فجر الأربعاء»، «حتى فجر أمس»: a word in construct before a day is a time of
        # day, even after a verb, where a name would be its subject; a place takes the day as
        # an adverb («زار صيدا وصور أمس»).
        return "in construct before a day (a time of day)"
    if ADJECTIVE in cand.suspicious:
        return ADJECTIVE
    return None


def _kind_noun(word: str | None) -> str | None:
    """The kind noun (without ال) a word reads as, if any: «ونادي» → «نادي»."""
    for a in analyses(word) if word is not None else ():
        if a.stem in lx.KIND_NOUNS:
            return a.stem
    return None


def _of_another_kind(head: str, form: Form) -> bool:
    """Whether a kind noun names another kind of thing than the entity's own longer forms
    or its description do («ناد رياضي»), and none of a kind beside it («نادي» beside
    «فريق»)."""
    own = form.heads | {
        noun
        for noun in lx.KIND_NOUNS
        if noun in form.described or (noun.endswith("ي") and noun[:-1] in form.described)
    }
    return bool(own) and not _same_kind(head, own)


def _same_kind(head: str, nouns: Collection[str]) -> bool:
    """Whether a kind noun is one of ``nouns`` or of a kind beside one («فريق» beside
    «نادي»)."""
    return head in nouns or any(
        head in group and not group.isdisjoint(nouns) for group in lx.KIND_NOUN_GROUPS
    )


def _own_kind_noun(before: str | None, form: Form) -> bool:
    """Whether a kind noun before a form is the entity's own or of its kind («فريق» for
    «نادي أحد»)."""
    head = _kind_noun(before)
    return head is not None and _same_kind(head, form.heads)


def _other_kind_noun(before: str | None, form: Form) -> str | None:
    """Why a kind noun before a short form says it is not the entity: it names another kind
    of thing than the entity's own longer forms do («نادي النهضة» for «حركة النهضة»، «تحالف
    الأمل» for «مسبار الأمل»), or, definite before a definite form, it is a noun with its
    adjective («الفريق المصري»، «التلفزيون المصري» for «النادي المصري»). None when the kind
    noun is the entity's own or of its kind, or there is none."""
    head = _kind_noun(before)
    if head is None or not form.heads or not form.short or head in form.heads:
        return None
    if starts_definite(before) and form.definite:
        return f"an adjective of another {head}"
    return f"the name of another {head} (a namesake)" if _of_another_kind(head, form) else None


def _agrees(noun: str, adjective: str) -> bool:
    """Whether a definite adjective may agree with the noun before it in gender: a feminine
    noun ends in ة, a feminine adjective in ة or ا («الهيئة العليا»); one in ي may be either
    («المؤتمر العالمي», «الكبرى»)."""
    if adjective.endswith("ي"):
        return True
    return noun.endswith("ه") == adjective.endswith(("ه", "ا"))


def _common_word_readings(
    cand: Candidate, before: str | None, after: str | None, kinds: Collection[str]
) -> list[str]:
    """Why the adjacent words make a one-word form read as a common noun or adjective
    (``kinds``: the kinds of the forms' entities, whose licensors license them)."""
    reasons = []
    if before is not None and not cand.reading.proclitics:
        if is_definite(before):
            # (an editor's nisba alias, «المصري» of Egypt, is an adjective by nature)
            adjective = [f for f in cand.forms if f.definite and not f.own_nisba]
            # (after a noun that licenses another kind's names, only an adjective that agrees
            # with it: «زار الوزير القاهرة» is a verb's subject and object)
            if (
                adjective
                and not any(reads_as(before, _LICENSORS[k]) for k in kinds)
                and (not reads_as(before, _ANY_LICENSOR) or _agrees(before, adjective[0].norm))
            ):
                reasons.append(ADJECTIVE)
        elif (
            ARABIC.search(before)
            and not reads_as(before, lx.PARTICLES | _ANY_LICENSOR)
            and not looks_verbal(before)
        ):
            reasons.append(CONSTRUCT)
    # «حلب الأبقار»: a name cannot head a construct; «تستضيف مصر القمة» is verb-subject-object.
    subject = before is not None and (looks_verbal(before) or reads_as(before, lx.SPEECH_VERBS))
    # (a common word after a verb is as often its object heading a construct: «تمثل عصب
    # التجارة»)
    as_words = all(f.common or f.homograph for f in cand.forms)
    if starts_definite(after) and not (subject and not as_words):
        reasons.append(HEAD)
    if (
        after is not None
        and is_masculine_participle(after)
        and any(f.definite for f in cand.forms)
        and governed_by_preposition(cand.reading, before)
    ):
        # After a preposition only, which governs a common noun with the article far more
        # often than the name: «استاد الدوحة الملعب» is an apposition.
        reasons.append(PARTICIPLE)
    return reasons


# A name heading a construct may be a common word that no list knows as one («حماة الحدود»
# "the border's guards", «جرش الشعير» "grinding barley", «سوسة النخيل» "the palm weevil"):
# its other states and inflections are rare, so `Form.unique` and `Form.no_word` call it a
# name. Such a word is read as the name there only in an article about its world. A name
# at least this frequent (Zipf) is the name wherever it stands («مصر», «القدس»); tuned on
# SaudiNewsNet, where rarer names (إثيوبيا, حمص) still head adjectives and titles.
_OFF_TOPIC_HEAD_MAX_ZIPF = 4.5


def _common_adjective(bare: str) -> bool:
    """A common adjective without the article, either gender («الجديد», «الجديدة»)."""
    return bare in lx.COMMON_ADJECTIVES or bare + "ه" in lx.COMMON_ADJECTIVES


def _heads_a_noun(cand: Candidate) -> bool:
    """Whether a one-word candidate heads a construct with a common noun: a definite word
    after it that is no adjective (nisba, region adjective, common adjective, participle),
    no person's title starting a name, no time word."""
    after = cand.after
    if HEAD not in cand.suspicious or after is None:
        return False
    bare = without_article(after)
    if (
        is_nisba(after)
        or after in lx.REGION_ADJECTIVES
        or _common_adjective(bare)
        or (after.startswith("الم") and len(after) >= 7)  # a participle: «المجاورة»
        or reads_as(after, lx.PERSON_TITLES)
        or after in lx.DAYS
        or after in lx.TIME_NOUNS
    ):
        return False
    return all(wordfreq.zipf(f.norm) < _OFF_TOPIC_HEAD_MAX_ZIPF for f in cand.forms if f.weak)


def off_topic_heads(candidates: Sequence[Candidate], on_topic: Callable[[int], bool]) -> None:
    """Mark the candidates heading a construct (`_heads_a_noun`) whose entities the article
    says nothing about (``on_topic``: its related entities, its description's words), unless
    the word after is its description's own («أثيوبيا الحبيسة» of "a landlocked country")."""
    for cand in candidates:
        if cand.after is None or not _heads_a_noun(cand):
            continue
        after = without_article(cand.after)
        if all(not f.weak or not (on_topic(f.entity) or after in f.described) for f in cand.forms):
            cand.suspicious.append(OFF_TOPIC_HEAD)


# How much of a common word (`wordfreq.ambiguity`) a form must be for `off_topic_words`:
# a name the lists also know with the article, as a name («الفيسبوك» -0.88, «الآبل»
# -0.99), stays below; tuned on SaudiNewsNet, where «مشهد» (-0.37) and «فجر» (-0.41) are
# mostly the words.
_OFF_TOPIC_WORD_AMBIGUITY = -0.8


def word_too(norm: str) -> bool:
    """Whether a one-word form without the article is also a common word («مشهد» "a
    scene", «صور» "pictures"), not by being a nisba («مالي», «سورية» beside «السورية»);
    read once, when the form is compiled (`Form.word_too`)."""
    return (
        not norm.startswith("ال")
        and wordfreq.ambiguity(norm) >= _OFF_TOPIC_WORD_AMBIGUITY
        and not wordfreq.nisba_shaped(norm)
    )


def off_topic_words(candidates: Sequence[Candidate], on_topic: Callable[[int], bool]) -> None:
    """Mark the candidates of a form that is also a common word (`Form.word_too`) whose
    entities the article says nothing about: a preposition is no licence for them («في مشهد
    يعكس», «بعد ظهر اليوم»), which it governs as often as the name, nor a context that
    merely does not read them as the word («ويتكرر مشهد الإغلاق»)."""
    for cand in candidates:
        weak = [f for f in cand.forms if f.weak]
        if weak and all(f.word_too and not on_topic(f.entity) for f in weak):
            cand.off_topic = True


def clubs_towns(candidates: Sequence[Candidate], sport: Callable[[], bool]) -> None:
    """«توقفت القطارات في برشلونة», «معبر جابر القريب من الرمثا»: a club's one-word name
    after a place's preposition, in an article with no word of sport (``sport()``, asked
    only when such a name is there), is the town the club is named after, which the
    gazetteer may not know. A club's nickname there («العميد», «الزعيم») is a rank or a
    title."""
    towns: set[int] = set()
    for cand in candidates:
        if not (reads_as(cand.before, lx.TOWN_PREPOSITIONS) or cand.reading.proclitics[-1:] == "ب"):
            continue
        for form in cand.forms:
            if form.weak and not form.heads.isdisjoint(lx.TEAM_NOUNS):
                towns.add(form.entity)
    # A club's nickname or common-word name off sport, but after its kind's noun or one of
    # its players («وقال العميد المتحدث باسم اللجنة» is a brigadier): a word of another world.
    nicknames = {
        form.entity
        for cand in candidates
        if not reads_as(cand.before, lx.TEAM_NOUNS | lx.TEAM_ROLES)
        for form in cand.forms
        if form.weak and form.nickname and not form.heads.isdisjoint(lx.TEAM_NOUNS)
    }
    if nicknames and not sport():
        for cand in candidates:
            for form in cand.forms:
                if form.entity in nicknames and form.nickname:
                    cand.veto.setdefault(form.entity, "a club's nickname, off sport")
    if not towns or sport():
        return
    # One sense per discourse: the town wherever the name stands alone («ليفربول - طالب»).
    for cand in candidates:
        for form in cand.forms:
            if form.weak and form.entity in towns and form.entity not in cand.licensed:
                cand.veto.setdefault(form.entity, "a club's town, in an article not on sport")


def _a_relative(word: str) -> bool:
    """Whether a word is a relative with the pronoun of whose («وابنتهما», «شقيقه»)."""
    return any(
        (bare := _without_possessive(a.stem)) != a.stem and bare in lx.RELATIVES
        for a in analyses(word)
    )


def _without_possessive(word: str) -> str:
    """A noun without its possessive pronoun («رأسه» → «رأس»); the word as it is otherwise."""
    for suffix in _POSSESSIVES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _POSSESSED_STEM:
            return word[: -len(suffix)]
    return word


_POSSESSED_STEM = 3


def _with_pronoun(word: str) -> bool:
    """A noun with a possessive pronoun by its ending (بلاده، موقفها; not a verb's)."""
    return (
        len(word) >= 5
        and word.endswith(("ه", "ها", "هم", "هما"))
        and not word.startswith(("ي", "ت", "ن", "و", "ف"))
        and not looks_verbal(word)
    )


def _after_a_verb(word: str | None) -> bool:
    return word is not None and (looks_verbal(word) or reads_as(word, lx.SPEECH_VERBS))


def _noun_with_pronoun(word: str | None, written: str | None) -> bool:
    """A noun with a possessive pronoun («رأسه»، «حديثه»), by shape: written with ه (not the
    ة of a feminine noun, which normalises alike), not coordinated, not a verb's prefix nor a
    preposition («عليه»، «بكامله»), not a reporting noun («قوله»)."""
    if word is None or written is None or word[:1] in ("و", "ف") or word in lx.SAYING:
        return False
    if not written.rstrip(_MARKS).endswith(_POSSESSIVES):
        return False
    for suffix in _POSSESSIVES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3 and not stem.startswith(("ي", "ن", "ت", "ا")):
            if stem[0] in "بلك" or stem in lx.PARTICLES:
                continue  # a preposition and its pronoun («عليه»، «بكامله»)
            if not stem.endswith(("ت", "وا")) and wordfreq.zipf(stem) >= 3:
                return True
    return False


_POSSESSIVES = ("ه", "ها", "هم", "هما", "هن")
_MARKS = "".join(TASHKEEL)


def _is_evidence(cand: Candidate, form: Form) -> bool:
    """Whether this one candidate is enough to link its entity."""
    if form.phrase or form.epithet:
        return form.entity in cand.licensed
    if not form.weak:
        # «ذاكرة RAM»: an acronym in construct after a common noun is that noun's (memory)
        return not (form.acronym and CONSTRUCT in cand.suspicious)
    if form.function_word:
        # «للقاء فريق أحد»: after its own kind's noun, the quantifier's spelling is the name
        return _own_kind_noun(cand.before, form)
    if CONSTRUCT in cand.suspicious and _feature_named_for(cand.before, form):
        return False  # «خليج سرت», «حوض غدامس»: the gulf, the basin, named for the town
    if _named_with_its_nisba(cand, form):
        return True
    if form.entity in cand.licensed:
        # «من سوسة النخيل»: a preposition is no licence for a word heading a construct off
        # the article's topic (a kind noun still is: «بمدينة طنطا»).
        if (OFF_TOPIC_HEAD in cand.suspicious or cand.off_topic) and (
            reads_as(cand.before, lx.PARTICLES)
            or cand.reading.proclitics[-1:] in _PREPOSITION_CLITICS
        ):
            return False
        if not cand.reading.proclitics and cand.before_demonym and _described_by(cand.before, form):
            return True  # «التونسية جابر البطولة»: the object after a described name
        # (listed, unless another place's nisba follows: «صحف مثل الشروق الجزائرية»)
        after = cand.after or ""
        listed = cand.kind_listed and (not is_nisba(after) or _nisba_of_its_place(after, form))
        if listed or (
            _own_kind_noun(cand.before, form) and (not cand.before_definite or is_nisba(after))
        ):
            # «صحيفة «الصباح» الرسمية», «فريق ميلان الإيطالي»: the name spelled out (not the
            # start of a longer one: «البنك الأهلي المتحد»)
            return True
        heads = cand.before_definite or NAME_HEAD in cand.suspicious
        # «أحياء المدينة», «زيارة المدينة»: a short form that is a common noun with the
        # article is that noun in any place's context; its longer form or its topic must
        # be in the article («المدينة المنورة»)
        return not ((form.short or form.common) and heads) and not (
            form.short and form.common and form.definite
        )
    if form.common or form.word_in_use:
        # Part of speech: a verb right after it makes it the verb's subject («الهند تنجح»),
        # which a name is far more often than a common noun in news.
        return cand.subject_of_verb and not cand.suspicious and not form.short
    # A name that is no common word is not in construct with the noun before it
    # («قصر ويندسور»، «حراس الدليمي»), nor does it head a construct («ميناء طنجة المتوسط»):
    # only a common word reads so.
    suspicious = [
        r
        for r in cand.suspicious
        if (r not in (CONSTRUCT, HEAD) or not form.unique) and (r != PARTICIPLE or form.definite)
    ]
    return not form.short and not suspicious and not cand.off_topic


def _feature_named_for(before: str | None, form: Form) -> bool:
    """Whether the noun before a town's name is a water body's or a landform's (`lexicon.
    LANDFORM_WORDS`): the feature named for the town, not the town. A river's basin is the
    river's («حوض النيل»): only an entity its description calls a town, and no water, is
    read so."""
    return (
        before is not None
        and reads_as(before, lx.LANDFORM_WORDS)
        and not form.described.isdisjoint(lx.TOWN_NOUNS)
        and form.described.isdisjoint(lx.WATER_NOUNS)
    )


@dataclass(frozen=True, slots=True)
class Related:
    """What the descriptions of the entities an article names say of other entities."""

    either: Mapping[int, int] = field(default_factory=dict)  # how many relate to each
    named: frozenset[int] = frozenset()  # the entities their descriptions name


def linked_entities(
    candidates: Sequence[Candidate],
    evidenced: Collection[int] = (),
    topic: Mapping[int, int] | None = None,
    related: Callable[[Collection[int]], Related] | None = None,
    kinds: Sequence[str] = (),
    cued: Collection[int] = (),
    homed: Collection[int] = (),
) -> set[int]:
    """Entities with enough evidence in the article (see the module docstring).

    ``evidenced``: entities the article's other words speak for (their description's words,
    an editor's link); their common-word forms need no licence of their own. ``topic``: how
    many of each entity's description words the article uses, which chooses between the
    entities of a shared form (see `_choose`). ``related``: what the descriptions of the
    entities linked say of others (``kinds``: each entity's kind). ``cued``: entities of a
    shared form whose kind noun the article uses («قناة»), which breaks a tie between them;
    ``homed``: those whose home the article names (`Form.home`), which counts for them.
    """
    linked: set[int] = set()
    weak_forms: dict[int, set[str]] = {}
    ambiguous = []
    for cand in candidates:
        forms = [f for f in cand.forms if f.entity not in cand.veto]
        if len({f.entity for f in forms}) > 1:
            ambiguous.append((cand, forms))
            continue
        for form in forms:
            if form.weak and not form.function_word:
                weak_forms.setdefault(form.entity, set()).add(form.norm)
            if _is_evidence(cand, form) or (
                form.entity in evidenced
                and (form.common or form.phrase or form.epithet)
                and not form.function_word  # «حيث كان»: a grammar word needs another form
                and not cand.suspicious
            ):
                linked.add(form.entity)
    linked.update(confirmed_by_two_forms(weak_forms))
    relations = related(linked) if related is not None else Related()
    for cand in candidates:
        # «مأرب» … «في تاريخ اليمن»: a name in construct after a noun, when the description
        # of an entity the article names names it too; a place's short form so too
        # («محافظات الدلتا» beside «المنصورة», "a city in the Nile Delta").
        # (Not after a facility's or an institution's noun: «سد الموصل», «قسم العمارة» name
        # a dam and a department.)
        if cand.suspicious == [CONSTRUCT] and not reads_as(cand.before, _NAMED_AFTER):
            for form in cand.forms:
                if (
                    form.weak
                    and form.entity in relations.named
                    and form.entity not in cand.veto
                    and not _feature_named_for(cand.before, form)
                    and not ((form.short and kinds[form.entity] != "place") or form.function_word)
                    and len(cand.forms) == 1
                ):
                    linked.add(form.entity)
    # The entities named otherwise speak for those their descriptions relate them to, between
    # namesakes of one kind (Oman and Amman): a city's description names its country, a
    # club's its city, which says nothing of whether «ميلان» is the club or the city.
    score = dict(topic or {})
    # The home the article names counts as much («الرأي» in an article on Jordan: the
    # Jordanian paper, whatever the Kuwaiti one's description says of a namesake there).
    for e in homed:
        score[e] = score.get(e, 0) + _RELATED_WEIGHT
    for _, forms in ambiguous:
        if kinds and len({kinds[f.entity] for f in forms}) == 1:
            for e in {f.entity for f in forms}:
                score[e] = score.get(e, 0) + _RELATED_WEIGHT * relations.either.get(e, 0)
    for cand, forms in ambiguous:
        known = [f for f in forms if f.entity in linked]
        # ...unless the article's words speak for another of them more (a derby «ميلان» in
        # an article that also names the city «ميلانو»).
        if known and max(score.get(f.entity, 0) for f in forms) > max(
            score.get(f.entity, 0) for f in known
        ):
            known = []
        if known:
            # The shared alias goes to the entities the article already names otherwise.
            for f in forms:
                if f.entity not in linked:
                    cand.veto[f.entity] = "shared alias of an entity named otherwise here"
        else:
            # The context chooses among all the entities; the chosen one still needs this
            # candidate to be evidence for it. A title its description gives comes first
            # («الفنان محمد عبده», the singer, not the mufti).
            titled = {f.entity for f in forms if _titled(cand.before, f)}
            # So does the nisba of a place its description names, after the form, and it is
            # evidence enough: it says whose namesake this is («الخليج الإماراتية», the paper,
            # not the club; «طرابلس اللبنانية»).
            placed = {f.entity for f in forms if _named_with_its_nisba(cand, f)}
            if len(titled) != 1 and len(placed) == 1:
                chosen = placed
                linked.update(placed)
            else:
                chosen = titled if len(titled) == 1 else _choose(forms, score, cued)
            linked.update(f.entity for f in forms if f.entity in chosen and _is_evidence(cand, f))
            for f in forms:
                if f.entity not in chosen:
                    cand.veto[f.entity] = CONTEXT_SPEAKS_LESS
    return linked


_NAMED_AFTER = lx.FACILITY_WORDS | lx.INSTITUTION_NOUNS | lx.DEPARTMENT_NOUNS
# The veto of the entities sharing a form that the context did not choose (`_choose`).
CONTEXT_SPEAKS_LESS = "shared form of an entity the context speaks for less"


# An entity the article names that a description relates to one of the entities sharing a
# form counts as this many of that description's words.
_RELATED_WEIGHT = 2


def is_work(described: frozenset[str]) -> bool:
    """Whether a description calls its entity a work (a novel, a film, a song...)."""
    return not described.isdisjoint(_WORK_STEMS)


def _titled(before: str | None, form: Form) -> bool:
    """Whether the word before the form is a title or role its entity's description gives."""
    return before is not None and any(
        a.stem in form.described for a in analyses(before) if a.stem in _TITLES
    )


_TITLES = _bare(lx.PERSON_TITLES | lx.COMMONER_ROLES)


def _named_with_its_nisba(cand: Candidate, form: Form) -> bool:
    """Whether the form is followed by the nisba of a place its description names: the
    namesake of that place («الرأي الكويتية», «طرابلس اللبنانية»), unless a place's name is
    a common word there («المدينة السعودية» is any Saudi city)."""
    if not _nisba_of_its_place(cand.after, form):
        return False
    # A common noun takes a nisba as its adjective («الوطن السعودي», «الحياة اليومية»),
    # agreeing with it; one that disagrees agrees with the name's kind noun left out
    # («الرأي الكويتية»: «صحيفة»).
    feminine = (cand.after or "").endswith("ه")
    agrees = feminine == form.norm.endswith("ه")
    a_place = not form.described.isdisjoint(lx.TOWN_NOUNS | lx.PROVINCE_NOUNS)
    return not ((form.common or form.homograph) and (agrees or a_place))


def _nisba_of_its_place(word: str | None, form: Form) -> bool:
    """Whether ``word`` is a definite nisba of a place the entity's description puts it in
    («الكويتية» of "a daily in Kuwait", «الأردني» of "a Jordanian club"; `Form.home`)."""
    if word is None or not word.startswith("ال") or not is_nisba(word):
        return False
    stem = place_stem(word)
    return len(stem) >= 3 and stem in form.home


def _choose(
    forms: Sequence[Form], topic: Mapping[int, int], cued: Collection[int] = ()
) -> set[int]:
    """Which of the entities sharing a form the article means, when it names none of them
    otherwise: the one whose description's words the article uses most («طرابلس» with
    «ليبيا» or with «لبنان»); with no difference, the entity whose name the form is (an alias
    shared with a name yields to it), then the one whose kind noun the article uses
    («الجزيرة» in an article on «قناتي الميادين والجزيرة»); otherwise none, rather than a
    wrong one."""
    if len(forms) < 2:
        return {f.entity for f in forms}
    best = max(topic.get(f.entity, 0) for f in forms)
    top = [f for f in forms if topic.get(f.entity, 0) == best]
    if len(top) > 1:
        top = [f for f in top if f.canonical] or top
    if len(top) > 1:
        top = [f for f in top if f.entity in cued]
    return {top[0].entity} if len({f.entity for f in top}) == 1 else set()


# Given names that are spelled like a grammar word or a licensor once normalised (علي as
# «على»، باسم "in the name of") say nothing.
_GIVEN_NAMES = lx.GIVEN_NAMES - lx.PARTICLES - _ANY_LICENSOR
_SOMEONE_ELSE = -1  # a person the gazetteer does not know, named in full in the article


# The veto of a place's or an organisation's one-word name written after a given name: a
# person's family name, which the name alone then refers to in the article too.
AFTER_A_GIVEN_NAME = "a person's family name (after a given name)"


def family_names(candidates: Sequence[Candidate], kinds: Sequence[str]) -> None:
    """One sense per discourse for a family name: a one-word form of a person that is also a
    word of another person's full name written in this article («عون» after «ميشال عون»,
    «الدوسري» after «ناصر الدوسري») refers to that person, not to the namesake whose alias
    it is (vetoed). The other person may be one the gazetteer does not know, named by a
    given name before the family name («إدوارد سعيد»، «خالد الدوسري»), بن after it («سعيد بن
    المسيب») or a name after it («سعيد صواف»); a club's or a party's short form written so
    («نبيل العربي») is that person's name too. When the namesake's own full name is here
    too, nothing is decided."""
    in_full: dict[str, set[int]] = {}
    for cand in candidates:
        for form in cand.forms:
            person = kinds[form.entity] == "person"
            if cand.veto.get(form.entity) == AFTER_A_GIVEN_NAME:
                in_full.setdefault(form.norm, set()).add(_SOMEONE_ELSE)  # «نبيل العربي»
                continue
            if form.entity in cand.veto or not (person or form.short):
                continue
            if form.strong and person:
                for word in form.norm.split():
                    in_full.setdefault(word, set()).add(form.entity)
            elif form.weak and form.short and _another_persons_name(cand, form, person):
                in_full.setdefault(form.norm, set()).add(_SOMEONE_ELSE)
    if not in_full:
        return
    for cand in candidates:
        for form in cand.forms:
            if not form.weak or form.canonical:
                continue
            if kinds[form.entity] != "person" and not form.short:
                continue
            owners = in_full.get(form.norm, set())
            if owners and form.entity not in owners:
                cand.veto[form.entity] = "family name of another person named in full here"


def _another_persons_name(cand: Candidate, form: Form, person: bool) -> bool:
    """Whether a one-word short form is here a word of someone else's full name: after a
    given name that is not the person's own («خالد الدوسري»; for a person, also a word no
    list knows: «خورخي داسيلفا»), or, for a person's family name,
    before بن or before another name (a given name or a word no list knows: «سعيد صواف»)."""
    if cand.before is not None:
        given = next((a.key for a in analyses(cand.before) if a.key in _GIVEN_NAMES), None)
        if given is None and person and _a_name(cand.before):
            given = cand.before  # «خورخي داسيلفا»: a foreign given name no list knows
        if given is not None and not any(same_name(given, g) for g in form.given_names):
            return True
    if not person or cand.after is None:
        return False
    if form.norm in form.given_names:
        # a given name before another family's name opened by «أبو» («الصحفية شيرين أبو
        # عاقلة» beside the singer known as «شيرين»)
        return cand.after in _KUNYA_OPENERS
    return cand.after in lx.PATRONYMIC_WORDS or _a_name(cand.after)


_KUNYA_OPENERS = frozenset(normalize(w) for w in ("أبو", "أبي", "أبا"))


# «بن سلمان»: a father's name; «آل الشيخ» ("the house of"): a family's, which every member
# of the house bears
_FAMILY_OPENERS = lx.PATRONYMIC_WORDS | {normalize("آل")}
# A province's or a town's noun: the name after it is the place's
_PLACE_NOUNS = lx.PROVINCE_NOUNS | lx.TOWN_NOUNS


def _family_name_after_the_chain(form: Form, after: str | None) -> bool:
    """Whether the word after a person's name ending «… بن Y» is a family name: a definite word
    the frequency lists know as a whole word only rarely (الربيعة, العساف; not العديدة, النظر)
    that is no title or role. (An apposition's head comes before the name: «الأمير محمد بن نايف
    ولي العهد»; a nisba is an adjective as often as a name; a word no list knows may be a verb
    or a noun as well: «أسامة بن لادن اندسوا», «سهيل بن عمرو مفاوض قريش».)"""
    words = form.norm.split()
    if after is None or len(words) < 3 or words[-2] != "بن" or after in words:
        return False
    return (
        after.startswith("ال")
        and len(after) > 4
        and wordfreq.zipf(after) < _RARE_AS_A_WORD_ZIPF
        and not reads_as(after, _NOT_A_FAMILY_NAME)
        and not is_nisba(after)
    )


_RARE_AS_A_WORD_ZIPF = 3.0


_NOT_A_FAMILY_NAME = (
    lx.PARTICLES
    | lx.PERSON_TITLES
    | lx.HONORIFIC_TITLES
    | lx.RANKS
    | lx.RELIGIOUS_TITLES
    | lx.COMMONER_ROLES
    | lx.SPORTS_ROLES
)


def _a_name(word: str) -> bool:
    """A given name, or an Arabic word the frequency lists know in no reading, with or
    without a pronoun suffix (صواف، معتوق; not جاهزيته): after a family name, the next word
    of a name."""
    if word in _GIVEN_NAMES:
        return True
    if len(word) < 3 or ARABIC.search(word) is None:
        return False
    readings = {a.key for a in analyses(word)}
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: -len(suffix)]
            # the ة of a noun is written ت before a suffix (جاهزيته ← جاهزية)
            readings |= {stem, stem[:-1] + "ه" if stem.endswith("ت") else stem}
    return not any(wordfreq.zipf(r) for r in readings)


_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "نا", "ي")


def same_name(a: str, b: str) -> bool:
    """Whether two spellings may be one given name: the consonants of one begin the other's
    (ميشال/ميشيل، نارندا/ناريندرا)."""
    x, y = sorted((consonants(a), consonants(b)), key=len)
    return len(x) >= 2 and y.startswith(x)


def consonants(word: str) -> str:
    """A name without its long vowels and hamza seats, which transliterations spell in many
    ways (ميشال، ميشيل؛ جوزيف، جوزف)."""
    return "".join(c for c in word if c not in "اويىءآأإؤئ")


def heading_a_place(candidates: Sequence[Candidate], kinds: Sequence[str]) -> None:
    """A common word right before a place's name heads a construct with it («بورصة
    إسطنبول», the Istanbul stock exchange, not Bursa): a name takes no genitive. Only words
    (`Form.common`, `Form.homograph`, `Form.word`): two names may stand side by side («تواجه
    مصر تونس»)."""
    for left, right in pairwise(candidates):
        if left.last != right.first or left.after is None or right.reading.proclitics:
            continue  # not adjacent («الأردن، السعودية»), or a conjunct
        if any(
            kinds[f.entity] == "place" and f.entity not in right.veto for f in right.forms
        ) and any(f.weak and (f.common or f.homograph or f.word) for f in left.forms):
            left.suspicious.append(NAME_HEAD)


def coordinated(
    candidates: Sequence[Candidate], linked: set[int], kinds: Sequence[str]
) -> set[int]:
    """Common-word forms coordinated with a linked name of the same kind («الهند وباكستان»,
    «روسيا والصين والهند»): co-mentioned entities are evidence for each other."""
    found: set[int] = set()
    for left, right in pairwise(candidates):
        if not goes_on_by_and(right, left.last):
            continue
        for a, b in ((left, right), (right, left)):
            known = {kinds[f.entity] for f in b.forms if f.entity in linked}
            found.update(
                f.entity
                for f in a.forms
                if f.entity not in linked
                and f.entity not in a.veto
                and not f.function_word
                and kinds[f.entity] in known
            )
            # («في الرياض وجدة»: of namesakes of different kinds, the city and the newspaper,
            # the one of the kind it is listed with, though the article's words chose none)
            if not _undecided(a, linked):
                continue
            # (the kind of what the other conjunct names here, not elsewhere: «تقوده
            # السعودية ودول الخليج» names no club «الخليج»)
            named = {
                kinds[f.entity] for f in b.forms if f.entity in linked and f.entity not in b.veto
            }
            alike = {f.entity for f in a.forms if kinds[f.entity] in named and not f.function_word}
            if len(alike) == 1:
                chosen = alike.pop()
                for f in a.forms:
                    a.veto[f.entity] = CONTEXT_SPEAKS_LESS
                del a.veto[chosen]
                found.add(chosen)
    return found


def goes_on_by_and(cand: Candidate, end: int) -> bool:
    """Whether `cand` goes on a list by «و» right after the name ending at token `end`:
    «وباكستان», or «و«المواساة»» with the quotes around the name."""
    if cand.first == end:
        return cand.reading.proclitics.startswith("و")
    return cand.quoted_and and cand.first == end + 1


def _undecided(cand: Candidate, linked: set[int]) -> bool:
    """Whether the candidate is a form shared by entities the article's words chose none of:
    each vetoed for it or unlinked."""
    vetoes = [cand.veto.get(f.entity) for f in cand.forms]
    return (
        len({f.entity for f in cand.forms}) > 1
        and CONTEXT_SPEAKS_LESS in vetoes
        and all(v in (None, CONTEXT_SPEAKS_LESS) for v in vetoes)
        and not any(f.entity in linked and f.entity not in cand.veto for f in cand.forms)
    )


def kin_of_linked(candidates: Sequence[Candidate], linked: set[int]) -> set[int]:
    """Short forms of entities of the kind a linked entity's name says it is («الاتفاق»
    beside «نادي التعاون»: another club) where no word around reads them as common words: an
    article about clubs names clubs."""
    kinds = {h for c in candidates for f in c.forms if f.entity in linked for h in f.heads}
    found: set[int] = set()
    if kinds.isdisjoint(lx.TEAM_NOUNS):
        return found
    for cand in candidates:
        if cand.suspicious:
            continue
        # «توصل الطرفان إلى الاتفاق»: a preposition governs the common noun far more often.
        governed = governed_by_preposition(cand.reading, cand.before)
        for form in cand.forms:
            if (
                form.weak
                and form.short
                and not form.common
                and not (governed and form.definite and form.homograph)
                and not form.function_word
                and form.entity not in linked
                and form.entity not in cand.veto
                and not lx.TEAM_NOUNS.isdisjoint(form.heads)
            ):
                found.add(form.entity)
    return found


def among_other_names(candidates: Sequence[Candidate], linked: set[int]) -> set[int]:
    """Frequent names that are no word in any reading (``Form.no_word``: لبنان، بوتين) read
    in construct after a noun or heading one («غزو لبنان»، «مفتي مصر الراحل») when the
    article names other entities: a text about named things, where a name that is no word
    is the name, while «صحن حمص» alone in a recipe names nothing else. (Requiring another
    entity of the same kind lost recall on ANERcorp-train's half a and kept no false link.)"""
    found: set[int] = set()
    if not linked:
        return found
    for cand in candidates:
        if not set(cand.suspicious) <= {CONSTRUCT, HEAD}:
            continue
        for form in cand.forms:
            entity = form.entity
            if (
                form.no_word
                and form.weak
                and not (form.short or form.common or form.function_word or form.phrase)
                and entity not in linked
                and entity not in cand.veto
                and not _feature_named_for(cand.before, form)
            ):
                found.add(entity)
    return found


def confirmed_by_two_forms(weak_forms: dict[int, set[str]]) -> set[int]:
    """Entities named by two different one-word forms (حلب + الشهباء): homographs of two
    different names rarely meet by chance in one article."""
    return {entity for entity, norms in weak_forms.items() if len(norms) >= 2}


def label(cand: Candidate, form: Form) -> str:
    """A short explanation of how the rules read this candidate, for ``explain``."""
    if not form.weak:
        return "strong form" if form.strong else "latin form"
    reasons = ["licensed by context"] if form.entity in cand.licensed else []
    reasons += cand.suspicious + (["short form"] if form.short else [])
    reasons += [OFF_TOPIC_WORD] if cand.off_topic else []
    reasons += ["common word"] if form.common else []
    return ", ".join(reasons) or "neutral context"

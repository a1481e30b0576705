"""Rules that read the whole article, not only a candidate's adjacent words.

``articles.text.mention_rules`` judges each candidate from the words beside it; these passes
look further: the title in guillemets a name is a word of, the date a month stands beside,
the common nouns a word is listed with, and what one mention tells of all the others (a
namesake the article puts elsewhere, an ordinary person, a body whose country is not named).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from articles.text import lexicon as lx
from articles.text import mention_rules as rules
from articles.text import wordfreq
from articles.text.clitics import analyses
from articles.text.normalize import Token
from articles.text.whereabouts import place_stem, without_article

ELSEWHERE = "a namesake located elsewhere"


def inside_a_title(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """Whether tokens ``[first, last)`` are part, not the whole, of a title in guillemets
    after a work noun («رواية «بين القصرين»»، «بعنوان «علي بابا والأربعون حرامي»»): the
    title names the work, not the place or person in it."""
    line_start = text.rfind("\n", 0, tokens[first].start) + 1
    opening = text.rfind("«", line_start, tokens[first].start)
    if opening < 0 or "»" in text[opening : tokens[first].start]:
        return False
    closing = text.find("»", tokens[last - 1].end)
    if closing < 0 or "\n" in text[opening:closing] or "«" in text[tokens[last - 1].end : closing]:
        return False
    # the title's first and last words, walked to from the candidate's
    start, end = first, last
    while start > 0 and tokens[start - 1].start > opening:
        start -= 1
    while end < len(tokens) and tokens[end].end <= closing:
        end += 1
    if end - start == last - first or end - start > _TITLE_MAX_WORDS:
        return False
    before = range(max(0, start - 3), start)
    return any(tokens[k].start >= line_start and _reads_as_work(tokens[k].norm) for k in before)


def a_works_title(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """Whether tokens ``[first, last)`` are the whole of a title in guillemets a work's
    noun announces a few words before («روايات مترجمة مثل «عناقيد الغضب» لجون شتاينبك»):
    the novel, not the operation it shares its name with."""
    start, end = tokens[first].start, tokens[last - 1].end
    if not (text[:start].rstrip().endswith("«") and text[end:].lstrip().startswith("»")):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = range(max(0, first - _WORK_NOUN_BEFORE), first)
    return any(
        tokens[k].start >= line_start
        and any(a.stem in lx.WORK_NOUNS - _NOT_ONLY_WORKS for a in analyses(tokens[k].norm))
        for k in before
    )


_WORK_NOUN_BEFORE = 3
# Nouns of works that name other things as often: a loyalty programme, a part of a plan.
_NOT_ONLY_WORKS = frozenset({"برنامج", "الجزء", "قراءه"})


def in_guillemets(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """Whether tokens ``[first, last)`` are the whole of a «…» span, or of a “…” or "…"
    span after a work's noun (نشيد "موطني"; such quotes also mark a saying: "كذب أبيض")."""
    start, end = tokens[first].start, tokens[last - 1].end
    before = text[max(0, start - 2) : start].rstrip()
    after = text[end : end + 2].lstrip()
    if before.endswith("«") and after.startswith("»"):
        return True
    quoted = any(before.endswith(o) and after.startswith(c) for o, c in _QUOTES)
    return quoted and first > 0 and _reads_as_work(tokens[first - 1].norm)


_QUOTES = (("“", "”"), ('"', '"'))


def named_by_a_kind_noun(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """Whether tokens ``[first, last)`` are the whole of a quoted name right after a kind
    noun, «صحيفة «الصباح»», «قناة “الشرق”»: the noun says what the name is, as it does
    unquoted («صحيفة الصباح»), so it stands as the word before it."""
    if first == 0 or not any(a.stem in lx.KIND_NOUNS for a in analyses(tokens[first - 1].norm)):
        return False
    return _quoted_after_the_word_before(text, tokens, first, last)


def _quoted_after_the_word_before(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """Whether tokens ``[first, last)`` are the whole of a «…», “…” or "…" span that opens
    right after the word before them."""
    gap = text[tokens[first - 1].end : tokens[first].start].strip(" \u00a0")
    after = text[tokens[last - 1].end : tokens[last - 1].end + 1]
    return any(gap == o and after == c for o, c in (("«", "»"), *_QUOTES))


def _reads_as_work(word: str) -> bool:
    return any(a.stem in lx.WORK_NOUNS for a in analyses(word))


_TITLE_MAX_WORDS = 6


def beside_common_nouns(
    tokens: list[Token], adjacent: list[bool], candidates: list[rules.Candidate], kinds: list[str]
) -> None:
    """A form that is also a word, coordinated with a common noun as definite as itself that
    names nothing here, is one of a list of common nouns («في الشوارع والميادين»، «بنين
    وبنات»، «باليمن والبركات»): names are listed with names."""
    named = {i for c in candidates for i in range(c.first, c.last)}
    n = len(tokens)
    for cand in candidates:
        conjuncts = []
        if cand.reading.proclitics == "و" and cand.first > 0 and adjacent[cand.first]:
            conjuncts.append(cand.first - 1)
        k = cand.last
        if k < n and adjacent[k] and tokens[k].norm.startswith("و"):
            # a bare noun, not one a definite word or a clause goes on with: «الرياض والمدينة
            # المنورة»، «الهند والدول المجاورة»، «الموصل والمناطق التي»
            follows = tokens[k + 1].norm if k + 1 < n and adjacent[k + 1] else None
            if follows is None or not (
                rules.starts_definite(follows) or follows in lx.RELATIVE_PRONOUNS
            ):
                conjuncts.append(k)
        words = [
            tokens[i].norm[1:] if i == cand.last else tokens[i].norm
            for i in conjuncts
            if i not in named
        ]
        for form in cand.forms:
            # (a place listed with a region or the world: not a place's common noun itself,
            # «أهالي المدينة والمحافظة»)
            place = kinds[form.entity] == "place" and (
                without_article(form.norm) not in lx.PLACES_AT_LARGE | lx.PLACE_NOUNS
            )
            if (
                form.weak
                and (form.word or form.homograph)
                and kinds[form.entity] != "person"
                and any(
                    not (place and without_article(w) in lx.PLACES_AT_LARGE)
                    and rules.is_definite(w) == form.definite
                    and (wordfreq.is_common_word(w) or (wordfreq.is_homograph(w) and _a_noun(w)))
                    for w in words
                )
            ):
                cand.veto.setdefault(form.entity, "coordinated with a common noun")


def _a_noun(word: str) -> bool:
    """Not a pronoun, a relative or a verb («وهي», «والتي», «وتعرض»): a clause goes on there,
    no list. (A word common enough is a noun of the list however it looks: «وإنترنت».)"""
    return (
        word not in lx.PARTICLES
        and word not in lx.RELATIVE_PRONOUNS
        and word not in lx.PERSONAL_PRONOUNS
        and not rules.looks_verbal(word)
    )


def one_place_per_article(candidates: list[rules.Candidate]) -> None:
    """A place the article locates elsewhere than its description (`ELSEWHERE`) is that
    namesake wherever the article names it, as a reader takes it; so is a person an ordinary
    role or a sport's introduces (`rules.ORDINARY_PERSON`), wherever the article names them by
    one word («المدرب داسيلفا» … «داسيلفا يطمئن»)."""
    elsewhere = {e for c in candidates for e, why in c.veto.items() if why.startswith(ELSEWHERE)}
    someone = {e for c in candidates for e, why in c.veto.items() if why == rules.ORDINARY_PERSON}
    for cand in candidates:
        for form in cand.forms:
            if form.entity in cand.veto:
                continue
            if form.entity in elsewhere:
                cand.veto[form.entity] = ELSEWHERE + " in this article"
            elif form.entity in someone and form.weak:
                cand.veto[form.entity] = rules.ORDINARY_PERSON + " in this article"


def listed_as_its_kind(tokens: list[Token], candidates: list[rules.Candidate]) -> None:
    """License a form listed after the plural of its kind's noun («أحزاب مدنية كالدستور
    والكرامة», «قنوات أخرى مثل الجزيرة»): the plural says what the names are, as the kind
    noun before one name would («حزب الدستور»)."""
    kinds: frozenset[str] = frozenset()
    last = -1  # where the list's last item ends
    for cand in candidates:
        like = "ك" in cand.reading.proclitics  # «كالدستور»
        opened = cand.first > 0 and tokens[cand.first - 1].norm in lx.LIST_OPENERS
        if like or opened:
            end = cand.first if like else cand.first - 1
            singulars = {
                lx.KIND_PLURALS[a.stem]
                for token in tokens[max(0, end - _PLURAL_BEFORE) : end]
                for a in analyses(token.norm)
                if a.stem in lx.KIND_PLURALS
            }
            kinds = frozenset().union(*(g for g in lx.KIND_NOUN_GROUPS if g & singulars))
        elif not _and_after(cand, last):
            kinds = frozenset()  # (the list goes on by «و», item after item)
        listed = False
        for form in cand.forms:
            if form.entity not in cand.veto and not form.heads.isdisjoint(kinds):
                cand.licensed.add(form.entity)
                listed = True
        cand.kind_listed = listed
        last = cand.last if listed else -1


_PLURAL_BEFORE = 3  # «قنوات أخرى مثل», «أحزاب مدنية ك»: the plural and an adjective


def listed_together(candidates: list[rules.Candidate]) -> None:
    """License the forms of a list of three names or more joined by «و», each of an entity
    of one kind of thing («الرأي والغد والدستور تبحث …»: three papers): names are listed
    with names, and three words of a kind's names in a row are no chance."""
    chains: list[list[rules.Candidate]] = []
    for cand in candidates:
        if chains and _and_after(cand, chains[-1][-1].last):
            chains[-1].append(cand)
        else:
            chains.append([cand])
    for chain in chains:
        if len(chain) < _LISTED:
            continue
        for group in lx.KIND_NOUN_GROUPS:
            of_group = [
                [f for f in c.forms if f.entity not in c.veto and not f.heads.isdisjoint(group)]
                for c in chain
            ]
            if all(of_group):
                for cand, forms in zip(chain, of_group, strict=True):
                    cand.licensed.update(f.entity for f in forms)
                    # (of namesakes, the one of the list's kind: «الاتحاد» among papers)
                    for f in cand.forms:
                        if f not in forms and f.entity not in cand.veto:
                            cand.veto[f.entity] = "a namesake of another kind than its list's"


_LISTED = 3


def _and_after(cand: rules.Candidate, end: int) -> bool:
    """Whether `cand` goes on a list by «و» alone right after the name ending at token `end`
    («والغد», «و«الجريدة»»)."""
    return rules.goes_on_by_and(cand, end) and cand.reading.proclitics in ("و", "")


def unqualified(
    tokens: list[Token],
    candidates: list[rules.Candidate],
    kinds: Sequence[str],
    named: Callable[[], frozenset[str]],
    place_stems: Collection[str],
    place_of_nisba: Callable[[str], str | None],
) -> None:
    """Veto a form without the nisba of its longer form («مجلس الأمة» of «مجلس الأمة
    الكويتي») in an article that names no place of that nisba (الكويت، الكويتية): every
    country has a body of the kind, and nothing here says it is this one's. So with the place
    a longer name adds by «بـ»/«في» («الجامع الكبير» of «الجامع الكبير بصنعاء»). ``named``: the
    place stems of the article's words.

    A place the article names whose description names the nisba's place, one of the
    gazetteer's, says it too («جدة», "a city … in Saudi Arabia", for «مجلس الوزراء» of the
    Saudi one), unless the article gives another such place by its nisba («نائب الرئيس
    اليمني رئيس مجلس الوزراء», in Riyadh)."""
    places: frozenset[str] | None = None
    around: set[str] = set()
    others: set[str] = set()
    for cand in candidates:
        for form in cand.forms:
            # A region adjective makes the name itself («الضفة الغربية»), not a country's.
            qualified = form.qualifier not in ("", *lx.REGION_ADJECTIVES, *lx.GENERIC_NISBAS)
            if not (qualified or form.seat) or form.entity in cand.veto:
                continue
            if places is None:
                places = named()
                around = {p for p in _places_around(candidates, kinds) if p in place_stems}
                others = {
                    stem
                    for t in tokens
                    if rules.is_nisba(t.norm)
                    and ((stem := place_stem(t.norm)) in around or place_of_nisba(t.norm))
                }
            country = place_stem(form.qualifier)
            said = country in places or (country in around and others <= {country})
            if (qualified and not said) or not form.seat <= places:
                cand.veto[form.entity] = "its longer form's place is not named here"


def _places_around(candidates: list[rules.Candidate], kinds: Sequence[str]) -> set[str]:
    """The stems of the words of the descriptions of the article's places (not of those
    whose name is a common word), which may be places."""
    return {
        place_stem(word)
        for cand in candidates
        for form in cand.forms
        if kinds[form.entity] == "place" and form.entity not in cand.veto and not form.common
        for word in form.described
    }


def elsewhere_than_its_brackets(
    tokens: list[Token],
    candidates: list[rules.Candidate],
    bracketed: dict[int, tuple[int, frozenset[str]]],
    describes: Callable[[int, int], bool],
) -> None:
    """Veto the forms of an entity the gazetteer names with a place in brackets («الكاف
    (تونس)», «الحماية المدنية (الجزائر)»; ``bracketed`` gives that place and the stems of
    its words) in an article that names neither that place (nor by its nisba) nor another
    entity whose description ``describes`` as of it: the editor's brackets say namesakes
    share the rest of the name, and nothing here says it is this one («حزب العدالة والتنمية
    الحاكم في أنقرة» is not Morocco's)."""
    places: set[str] | None = None
    present: set[int] | None = None
    for cand in candidates:
        for form in cand.forms:
            if form.entity not in bracketed or form.entity in cand.veto:
                continue
            where, stems = bracketed[form.entity]
            if places is None or present is None:
                places = {place_stem(a.key) for t in tokens for a in analyses(t.norm)}
                present = {f.entity for c in candidates for f in c.forms if f.entity not in c.veto}
            if stems <= places or where in present:
                continue
            if any(e != form.entity and describes(e, where) for e in present):
                continue
            cand.veto[form.entity] = "a namesake of another place than its brackets'"


def acronyms_of_other_names(
    text: str, tokens: list[Token], candidates: list[rules.Candidate], arabic_named: Collection[int]
) -> None:
    """Veto a Latin acronym in brackets right after an Arabic name that is not the entity's,
    when the gazetteer knows the entity's Arabic name (``arabic_named``): «صندوق الاستثمارات
    العامة (PIF)» is no Pacific Islands Forum. The acronym spells the name before it; of an
    entity known by its acronym alone, that name is its own («معهد … (ICSS)»)."""
    ends: dict[int, set[int]] = {}
    for cand in candidates:
        ends.setdefault(cand.last, set()).update(f.entity for f in cand.forms)
    for cand in candidates:
        i, j = cand.first, cand.last
        if i == 0 or not all(f.latin and f.text.isupper() for f in cand.forms):
            continue
        opened = _OPENING.fullmatch(text, tokens[i - 1].end, tokens[i].start)
        closed = text[tokens[j - 1].end : tokens[j - 1].end + 2].lstrip().startswith(")")
        if not (opened and closed and rules.ARABIC.search(tokens[i - 1].norm)):
            continue
        for form in cand.forms:
            if form.entity in arabic_named and form.entity not in ends.get(i, ()):
                cand.veto.setdefault(form.entity, "the acronym of another name before it")


_OPENING = re.compile(r"\s*\(\s*")
_DATE_GAP = re.compile(r"[\s()\[\]/\-–،,]*")


def beside_a_date(text: str, tokens: list[Token], i: int) -> bool:
    """Whether the word at ``i`` stands beside another month or a number, with at most
    brackets, a slash or a dash between: «أبريل (نيسان)»، «3 نيسان 2015» are dates, whatever
    company or name the month is spelled like."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens):
            a, b = (tokens[j], tokens[i]) if j < i else (tokens[i], tokens[j])
            neighbour = tokens[j].norm
            if _DATE_GAP.fullmatch(text, a.end, b.start) and (
                neighbour.isdigit() or neighbour in lx.MONTHS
            ):
                return True
    return False


# «الرياض – فاز نادي الشباب …»: a line opening with a name, a dash and a sentence
_DATELINE_DASH = re.compile(r"[ \t]*[-–—][ \t]+")
_DATELINE_SENTENCE_WORDS = 6
_CREDIT_WORDS = 3


def opens_a_dateline(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """Whether tokens ``[first, last)`` open a line as its dateline, before a dash and a
    sentence: where the story was filed, a town, whatever club or paper is named so (a
    results line, «الهلال – النصر 2-1», has no sentence after its dash; an outlet's credit
    names the town after it, before a colon: «واس- الرياض: …», «سبق- متابعة: …»)."""
    start = tokens[first].start
    if start and text[text.rfind("\n", 0, start) + 1 : start].strip():
        return False
    if last >= len(tokens) or not _DATELINE_DASH.fullmatch(
        text, tokens[last - 1].end, tokens[last].start
    ):
        return False
    line_end = text.find("\n", tokens[last].start)
    rest = text[tokens[last].start : None if line_end < 0 else line_end]
    words = rest.split()
    credit = any(w.endswith((":", "：")) for w in words[:_CREDIT_WORDS])
    return len(words) >= _DATELINE_SENTENCE_WORDS and not credit


_SAID_BEFORE = 8  # «قال مصدر بارز في المعارضة السورية لـ«…»»: the verb, its subject, its words


def quoted_whole(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """Whether tokens ``[first, last)`` are the whole of a «…», “…” or "…" span («كشفت
    «الشرق الأوسط» أمس», «علمت "الرياض"»): how a paper's, a channel's or a work's name is
    set off, never a place's."""
    return first > 0 and _quoted_after_the_word_before(text, tokens, first, last)


def told_to_a_quoted_outlet(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """Whether tokens ``[first, last)`` are the whole of a quoted name right after «لـ»
    and a word of speech before it, what someone said it to («قال لـ«الشرق الأوسط»»،
    «في تصريح لـ"الرياض"»): a paper or a channel, however a place is named so (not where
    someone goes: «أوصل الناس ل"الدرعية"»)."""
    if first == 0 or tokens[first - 1].norm != "ل":
        return False
    said = tokens[max(0, first - 1 - _SAID_BEFORE) : first - 1]
    # (or what was said right after it, however long the speaker's name and post before:
    # «وقال … القائم بأعمال الوزير، لـ«الشرق الأوسط» إن «…»»)
    told = last < len(tokens) and tokens[last].norm in _THAT_SAID
    if not told and not any(
        rules.reads_as(t.norm, lx.SPEECH_VERBS | lx.SPEECH_NOUNS) for t in said
    ):
        return False
    return _quoted_after_the_word_before(text, tokens, first, last)


# «إنّ»/«أنّ», «بأن»: what comes after them is what was said
_THAT_SAID = frozenset({"ان", "بان"})

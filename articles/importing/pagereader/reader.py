"""Turn the text of a scraped or pasted Arabic news page into article fields.

Used by the admin's paste import and by `import_articles` for `.txt` files. The page is
read line by line (`lines` says what each line is); this module decides from the
lines' order where the headline, the header (caption, standfirst, byline, date) and the
body are. Whatever is not on the page stays empty and is named in `missing`: nothing is
guessed. Pure Python, no Django.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from itertools import pairwise
from typing import cast

from ...text import wordfreq
from ...text.dates import calendar_day, has_hijri_date, parse_arabic_datetime, without_hijri
from ...text.lexicon import FUNCTION_WORDS as GRAMMAR_WORDS
from ...text.lexicon import VENUE_NOUNS
from ...text.normalize import document_terms, normalize
from .archived import without_archive_bar
from .datelines import opening_agency, opening_reporter
from .digests import first_story
from .forwarded import unbold, unwrap
from .lines import (
    ABOUT_THE_WRITER,
    ASIDE,
    CHANNEL,
    CONTENTS,
    EMOJI,
    GLOSSARY,
    HOLDS,
    INFOGRAPHIC_LABELS,
    KEY_POINTS,
    SIGN_OFF,
    TRANSCRIPT,
    Byline,
    Fact,
    Kind,
    crumbs,
    dates_the_story,
    is_menu,
    photo_credit,
    photo_label_text,
    republished,
    split_tags,
)
from .lines import classify as classify_line
from .text import (
    INSTITUTION,
    OUTLET_KINDS,
    bare_key,
    describes_an_outlet,
    ends_sentence,
    family_name_last,
    fathers_name_last,
    first_sentence,
    foreign_name,
    is_agency,
    is_city,
    is_team,
    key,
    keyset,
    looks_like_outlet,
    looks_like_site,
    name_ok,
    name_shaped,
    names_a_post,
    own_staff,
    page_lines,
    paragraph_like,
    person_like,
    quoted,
    quoted_outlet,
    reporter_like,
    section_like,
    split_names,
    unquote,
    wordlist,
    words,
)

__all__ = ["MISSING_LABELS", "ParsedPage", "first_sentence", "parse_page"]

# What the admin tells the editor for each entry of `ParsedPage.missing`.
MISSING_LABELS = {
    "title": "لم يُعثر على العنوان",
    "summary": "لم يُعثر على الملخص",
    "source": "لم يُعثر على المصدر",
    "author": "لم يُعثر على اسم الكاتب",
    "published_at": "لم يُعثر على التاريخ",
    "caption": "لم يُعثر على تعليق الصورة",
    "body": "لم يُعثر على نص الخبر",
    "tags": "لم يُعثر على الوسوم",
}


@dataclass
class ParsedPage:
    title: str = ""
    summary: str = ""
    source: str | None = None
    author: str | None = None  # the first of `authors`; None for agency copy
    authors: list[str] = field(default_factory=list)
    published_at: datetime | date | None = None
    caption: str | None = None
    body: str = ""  # paragraphs as printed, separated by one blank line
    tags: list[str] = field(default_factory=list)
    site_name: str | None = None
    section: str | None = None
    missing: list[str] = field(default_factory=list)  # keys of MISSING_LABELS
    warnings: list[str] = field(default_factory=list)  # for the editor, in Arabic


@dataclass
class _Line:
    text: str
    key: str
    facts: tuple[Fact, ...]

    @property
    def kind(self) -> Kind:
        # A line holding «byline | date» counts as its most telling item.
        kinds = [f.kind for f in self.facts]
        for kind in (Kind.BYLINE, Kind.DATE, Kind.SOURCE, Kind.TAGS):
            if kind in kinds:
                return kind
        return kinds[0]


# Lines that belong to the article's header: between them, short lines are caption,
# standfirst or a name, not body.
_HEADER_MARKERS = frozenset(
    {
        Kind.BYLINE,
        Kind.PAIR,
        Kind.DATE,
        Kind.TIME,
        Kind.RELATIVE,
        Kind.SHARE,
        Kind.MARKER,
        Kind.CAPTION,
        Kind.AGENCY,
    }
)
_BYLINE_KINDS = frozenset({Kind.BYLINE, Kind.PAIR, Kind.DATE, Kind.TIME, Kind.AGENCY})
_CREDIT_KINDS = frozenset({Kind.BYLINE, Kind.PAIR, Kind.AGENCY})
# A writer's role under the byline's date is short («أستاذة النقد المسرحي والدرامي»); a
# longer line there is the photo's caption («الفنانة الراحلة … في أحد أدوارها التلفزيونية»).
_ROLE_UNDER_THE_DATE_WORDS = 5
_COMMENT_KINDS = _BYLINE_KINDS | {Kind.CAPTION, Kind.SUMMARY, Kind.RELATIVE}
_ENDS_THE_STORY = frozenset({Kind.COPYRIGHT, Kind.COMMENTS, Kind.BACK_MATTER})
_WORDED = frozenset({Kind.TEXT, Kind.PAIR})
_BOXED = frozenset({Kind.TEXT, Kind.PAIR, Kind.DROP})  # what a box of facts may hold
# Over the byline, a box of facts holds no «A - B» line: that is the byline («الدوحة - NAME»).
_BOXED_IN_HEADER = frozenset({Kind.TEXT, Kind.DROP})
_TAB_TITLE = re.compile(r"\s[|\-–—]\s")
_FIELDS = ("title", "summary", "source", "author", "published_at", "caption", "body", "tags")


# --- Bylines -----------------------------------------------------------------------------


def _names(text: str) -> tuple[str, ...]:
    names = split_names(text)
    return tuple(names) if names and all(name_ok(n) for n in names) else ()


def _pair_byline(left: str, right: str, site_key: str, *, town: bool = False) -> Byline | None:
    """Read «SOURCE - AUTHOR», «CITY - AGENCY», «CITY (AGENCY)» and their mirror images;
    «بيروت - خاص» (the site's own staff) and «الرياض - المركز الإعلامي» (a desk) credit
    no one, an institution's desk its institution («مجلس النواب – خدمة الإعلام»). `town`:
    the page names `left` as a place, whatever the lists of cities say."""
    left, right = _unbracket(left), _unbracket(right)  # «لندن - (رويترز)»
    # «مجلس النواب – خدمة الإعلام», «المركز الإعلامي – جامعة السهول الشمالية»: an
    # institution's desk, either side
    for institution, desk in ((left, right), (right, left)):
        if is_team(desk) and INSTITUTION.match(bare_key(institution)):
            return Byline(source=institution)
    for name, described in ((left, right), (right, left)):
        # «خافيير مورينو – صحيفة «الباييس» الإسبانية»: a foreign paper's writer, translated
        if (paper := quoted_outlet(described)) and name_shaped(name) and not is_city(name):
            return Byline(source=paper, authors=_names(name))
    # (not a town the site is named after: «تهاني الزهراني - جدة» on «صحة جدة» filed from it)
    site_named = _site_itself(right, site_key) and not is_city(right)
    if site_named and name_shaped(left) and not (is_city(left) or is_team(left)):
        # «خوسيه ماريا أرياس - نوفا برس» on «نوفا برس بالعربية»: its reporter, named
        return Byline(source=right, authors=_names(left))
    # «خاص – ريتا أبو جودة»: the site's own staff, this one by name (not a town after the
    # word, where they filed from, «خاص – بيروت», nor the site's name, «خاص – سامراء نيوز»)
    if (
        own_staff(left)
        and name_shaped(right)
        and not (is_city(right) or looks_like_outlet(right, site_key))
        and not (bare_key(right) == site_key or _site_itself(right, site_key))
    ):
        return Byline(authors=_names(right))
    # («سبها – مراسلنا عبد السلام الحضيري»: our correspondent, by name)
    for side in (right, left):
        if named := _our_reporter_named(side):
            return Byline(authors=(named,))
    if own_staff(right) or own_staff(left) or is_team(right) or site_named:
        return Byline()
    if is_team(left) and (bare_key(right) == site_key or _site_itself(right, site_key)):
        return Byline()  # «وحدة الأخبار الاقتصادية – نبض البورصة»: the site's desk
    if is_team(left) and not (is_team(right) or is_city(right) or person_like(right)):
        return Byline(source=right)  # «فريق التغطية - نافذة مكة»: an outlet's desk, by name
    site_left = bare_key(left) == site_key or _site_itself(left, site_key)
    if site_left and not is_city(left) and is_city(right) and not is_agency(right):
        return Byline(source=left)  # «أصداء الحجاز - جدة»: the site itself, where it filed from
    if person_like(left) and _bio_line(right):
        return Byline(authors=(left,))  # «سعيد أوبلا – مراسل أكادير»: the correspondent
    name, comma, role = left.partition("،")
    if comma and name_shaped(name.strip()) and _bio_line(role) and is_city(right):
        # «ديما حداد، مراسلة شؤون اللاجئين - عمّان»: the writer, her beat, where she filed
        return Byline(authors=(name.strip(),))
    # «أم الفحم – من سهى محاميد»: where it was filed, and by whom
    filer = _FROM_A_NAME.fullmatch(right.strip())
    if filer and person_like(filer[1]) and words(left) <= _PLACE_WORDS and not person_like(left):
        return Byline(authors=(filer[1],))
    # («من سالم باعباد – المكلا»: the other way round)
    filer = _FROM_A_NAME.fullmatch(left.strip())
    if filer and person_like(filer[1]) and is_city(right):
        return Byline(authors=(filer[1],))
    if bare_key(left).startswith("من ") and name_shaped(right):
        # «من أيام قرطاج السينمائية – سلمى الرياحي»: where the reporter filed from, no source
        return Byline(authors=_names(right))
    if names_a_post(left) and name_shaped(right):
        return Byline(authors=(right,))  # «مراسلة الموقع بورزازات - إيمان أوحمو»
    # «المنستير - مراسل المضرب العربي»: an outlet's correspondent files for it, unnamed
    if (outlet := _CORRESPONDENT_OF.match(right)) and not is_city(outlet["outlet"]):
        # («لي وي - مراسل الجسر الآسيوي في بكين»: the correspondent by name, where he is)
        # (nor a town the story names as one: «أم الفحم – مراسل الموقع»)
        authors = _names(left) if name_shaped(left) and not (is_city(left) or town) else ()
        if _THE_OUTLET.match(bare_key(outlet["outlet"])):
            return Byline(authors=authors)  # «مراسلة الإذاعة بتوزر»: the site's own
        return Byline(source=_IN_A_CITY.sub("", outlet["outlet"]), authors=authors)
    if quoted(right) or is_agency(right):
        # The city or desk before an agency or a quoted outlet is never the source; a
        # reporter's name is its author («عمر فاروق - الأناضول»).
        authors = _names(left) if reporter_like(left) else ()
        return Byline(source=unquote(right), authors=authors)
    if quoted(left) and reporter_like(right):
        return Byline(source=unquote(left), authors=_names(right))  # «الجنوب نيوز» – علي شعيتو
    if is_city(left) or town:
        return _filed_from_a_city(right, site_key)
    if _bio_line(right) and name_shaped(left):
        return Byline(authors=(left,))  # «سارة ناصر - محررة السفر»: the writer and her role
    if is_agency(left):
        return Byline(source=left, authors=_names(right))
    if is_city(right) and _a_venue(left):
        return None  # «الصالة المغطاة – القاهرة»: where the match was played, in a box
    if is_city(right):
        # «عنب بلدي - دمشق» is an outlet filing from a city, «محمود حسن - القاهرة» a reporter;
        # so is a given name no list knows before a father's that one does («ريبوار كريم»)
        # («حسناء الإدريسي - الرباط»: a family name that is no word, the language's lists say)
        reporter = person_like(left) or (
            name_shaped(left)
            and (fathers_name_last(left) or family_name_last(left) or foreign_name(left))
        )
        return Byline(authors=_names(left)) if reporter else Byline(source=left)
    return _outlet_and_author(left, right, site_key)


_PLACE_WORDS = 3


def _our_reporter_named(text: str) -> str | None:
    """The name after «مراسلنا» or «مندوبنا» («مراسلنا عبد السلام الحضيري»), or None."""
    first, _, rest = text.strip().partition(" ")
    rest = rest.strip()
    if bare_key(first) not in _OUR_REPORTER or not name_shaped(rest) or is_city(rest):
        return None
    return rest


_OUR_REPORTER = keyset("مراسلنا", "مراسلتنا", "مندوبنا", "مندوبتنا", "موفدنا", "موفدتنا")


def _a_venue(text: str) -> bool:
    """«الصالة المغطاة», «ملعب الأمير فيصل»: a stadium, a hall, a theatre, by its noun."""
    first = bare_key(text).split()[:1]
    return bool(first) and first[0].removeprefix("ال") in VENUE_NOUNS


# («بنغازي - من مراسلنا NAME»: by our correspondent, named)
_FROM_A_NAME = re.compile(
    r"من\s+(?:(?:مراسلنا|مراسلتنا|موفدنا|موفدتنا|مندوبنا|مندوبتنا)\s+)?(\S+(?:\s\S+){1,3})"
)
# «الإذاعة», «الموقع»: the outlet by its kind alone, as it calls itself
_THE_OUTLET = re.compile(rf"^ال(?:{'|'.join(OUTLET_KINDS)})(?:\s|$)")
# («موفد المضمار العربي إلى الرالي»: where the envoy was sent)
_IN_A_CITY = re.compile(r"\s+(?:في|إلى|الى)\s+[^\W\d_]+(?:\s[^\W\d_]+)?$")
_CORRESPONDENT_OF = re.compile(
    r"^\s*(?:مراسل|مراسلة|مندوب|مندوبة|موفد|موفدة)\s+(?P<outlet>[^\d:|]{2,40}?)\s*$"
)


def _site_itself(text: str, site_key: str) -> bool:
    """«بيروت - السنديان» on «قناة السنديان»: the site's name without its cue, its own staff
    (the source is the site, named in full)."""
    short = bare_key(text)
    return bool(site_key and short) and (
        site_key.endswith(" " + short) or site_key.startswith(short + " ")
    )


def _unbracket(text: str) -> str:
    text = text.strip()
    return text[1:-1].strip() if text[:1] == "(" and text[-1:] == ")" else text


def _filed_from_a_city(right: str, site_key: str) -> Byline | None:
    """What follows a city: «عمّان - رؤيا», one word, is an outlet; bylines name people in
    full («القاهرة - محمد علي»)."""
    if looks_like_outlet(right, site_key) or words(right) == 1:
        return Byline(source=right)
    authors = _names(right)
    return Byline(authors=authors) if authors else None


def _outlet_and_author(left: str, right: str, site_key: str) -> Byline | None:
    """«SOURCE - AUTHOR», or «AUTHOR - SOURCE» when only the right looks like an outlet."""
    # (a word alone beside an outlet is where it was filed: «أصداء الشمال - تطوان»)
    if looks_like_outlet(right, site_key) and not looks_like_outlet(left, site_key):
        # (a caption credited to the outlet is no name: «قاعة المطالعة الكبرى بالمكتبة
        # المركزية - صوت الجامعة»)
        authors = _names(left) if words(left) > 1 and person_like(left) else ()
        return Byline(source=right, authors=authors) if authors or words(left) == 1 else None
    # (a byline names a writer in full: one word beside a name that is no outlet is a label
    # or a ticker, «المؤشر العام (تاسي)»)
    authors = _names(right) if words(right) > 1 else ()
    if not authors and words(right) == 1 and person_like(left) and (names := _names(left)):
        return Byline(authors=names)  # «ريما ضاهر – عكار»: the reporter, where she filed
    if not authors and not looks_like_outlet(left, site_key):
        return None
    if authors and words(left) == 1 and not looks_like_outlet(left, site_key):
        # «حلبجة - شيلان عمر»: a word no outlet's before a reporter's name is where the
        # story was filed (outlets credit themselves with their cue: «… نيوز», «صحيفة …»)
        return Byline(authors=authors)
    if person_like(left) and not person_like(right) and (names := _names(left)):
        return Byline(source=right, authors=names)  # «ليلى عبد الرحيم - القلم الجديد»
    if foreign_name(left) and not foreign_name(right) and (names := _names(left)):
        return Byline(source=right, authors=names)  # «يوهانس برانت – دير شبيغل»
    return Byline(source=left, authors=authors)


# --- The page ----------------------------------------------------------------------------


def _pair(fact: Fact) -> tuple[str, str]:
    """(left, right) of a PAIR fact («القاهرة الإخبارية - أحمد أنور»)."""
    return cast(tuple[str, str], fact.value)


def _site_hints(lines: list[_Line]) -> set[str]:
    """Keys of names the page itself shows as its publisher (copyright line, bylines), or
    names after an outlet's kind («نشرة الملاعب الأسبوعية | العدد 130»: «الملاعب»)."""
    hints = set()
    for line in lines:
        for named in _OUTLET_NAMED.finditer(bare_key(line.text)):
            hints.update({named["one"], named[0].split(maxsplit=1)[1]})
        for fact in line.facts:
            if fact.kind in (Kind.COPYRIGHT, Kind.SOURCE) and fact.value:
                hints.add(bare_key(str(fact.value)))
            elif fact.kind is Kind.PAIR:
                hints.add(bare_key(_pair(fact)[0]))
    return hints


# An outlet's kind and its name of one word or two: «نشرة الملاعب الأسبوعية», «موقع الرصيف».
_OUTLET_NAMED = re.compile(
    rf"(?<!\S)(?:{'|'.join(OUTLET_KINDS)}|نشره) (?P<one>ال[^\W\d_]+)(?: ال[^\W\d_]+)?(?!\S)"
)

_NAV_SEPARATOR = re.compile(r"\s[|•·]\s")


def _nav_parts(text: str) -> list[str]:
    """The items of a navigation line such as «أخبار عربية | اقتصاد» (short labels between
    bars, no sentence), or [] when the line is not one."""
    parts = [p.strip() for p in _NAV_SEPARATOR.split(text)]
    if len(parts) < 2 or ends_sentence(text) or any(not p or words(p) > 3 for p in parts):
        return []
    return parts


def _section_labels(lines: list[_Line]) -> set[str]:
    """Keys of the sections the page's navigation names: a breadcrumb's items after the
    first (the home page or the site), a menu's items («سياسة | اقتصاد | رياضة»)."""
    labels: set[str] = set()
    for line in lines:
        if line.kind is Kind.BREADCRUMB:
            labels.update(bare_key(item) for item in crumbs(line.text)[1:])
        elif line.kind is Kind.DROP and line.text.count("|") >= 2:
            labels.update(bare_key(item) for item in line.text.split("|"))
    return labels - {""}


def _is_section(text: str, labels: set[str]) -> bool:
    """A section's label: section words («عربي ودولي»), or named by the page's navigation."""
    return section_like(text) or bare_key(text) in labels


def _find_title(
    lines: list[_Line], site_line: str | None
) -> tuple[int | None, int | None, int | None]:
    """(title, site-name line, section line) indexes among the lines before the body.

    The headline is the first text line above the first body paragraph, once set aside
    the browser-tab title copied above the page, the site's name over the headline and a
    section's name over it.
    """
    has_site_line = site_line is not None
    candidates = _title_candidates(lines)
    if site_line:
        # the name a «الموقع الرسمي» line or a logo gives is the masthead's
        candidates = [i for i in candidates if lines[i].key != key(site_line)]
    hints = _site_hints(lines)
    labels = _section_labels(lines)
    publisher = _publisher(lines)
    if tab_title := _tab_title(lines, candidates):
        at, names = tab_title
        candidates.remove(at)
        hints.update(names)
    if not candidates:
        return None, None, None
    # Many lines over the headline (a menu, a ticker, a breaking-news strip, the issue's
    # number): the headline is the one that shares the body's words; what comes before it
    # is the site's name and the section's.
    site = section = None
    # «المملكة العربية السعودية» over «وزارة …»: a government portal's masthead, the body
    # its site (its name shares the story's words, yet it is no headline)
    if len(candidates) > 2 and (
        _state_over_its_body(lines, candidates[0], candidates[1])
        or _parent_over_its_body(lines, candidates[0], candidates[1])
    ):
        site, candidates = candidates[1], candidates[2:]
    if _tagline_over_the_menu(lines, candidates):
        candidates.pop(1)
    headline = _headline(lines, candidates)
    if headline is not None:
        candidates = [i for i in candidates if i <= headline]
    if (
        site is None
        and not has_site_line
        and (
            _names_the_site(lines, candidates, hints, labels, publisher)
            or (headline is not None and _masthead_over(lines, candidates, labels))
        )
    ):
        site = candidates.pop(0)
    # With the site named elsewhere, a short line over the headline is a label, like one
    # under the site's name.
    after_site = site is not None or has_site_line or bool(publisher)
    if after_site:
        # what the outlet says it is, under its name, is neither headline nor section
        candidates = [
            i
            for i in candidates
            if not _outlet_says_what_it_is(lines[i]) and not _motto_under(lines, site, i)
        ]
    if headline is not None:
        if len(candidates) > 1 and _section_over(lines[candidates[-2]].text, labels):
            section = candidates[-2]
        return headline, site, section
    if _names_a_section(lines, candidates, labels, after_site=after_site):
        section = candidates.pop(0)
    # (nor a section's trail over the headline, short labels between bars: «تحقيقات | صحة»)
    title = next(
        (
            i
            for i in candidates
            if not _strip_item(lines, i) and not (i != candidates[-1] and _nav_parts(lines[i].text))
        ),
        None,
    )
    if title is None and candidates and _STRIP_ITEM.match(lines[candidates[-1]].key):
        # («عاجل: اندلاع حريق غابي …» over the story's date, no other line: the breaking
        # story's own headline, its label printed in it)
        title = candidates[-1]
    return title, site, section


def _motto_under(lines: list[_Line], site: int | None, at: int) -> bool:
    """Whether line `at`, right under the masthead's short line, names the outlet's kind
    and its field: its motto («شاشة» over «مجلة السينما العربية», «ملفات يمنية» over «منصة
    للصحافة المعمقة»). Alone, such a line may be an outlet's name («مجلة الوطن العربي»)."""
    if site is None or at != site + 1 or words(lines[site].text) > _MASTHEAD_NAME_WORDS:
        return False
    return bool(_KIND_AND_FIELD.match(bare_key(lines[at].text)))


def _tagline_over_the_menu(lines: list[_Line], candidates: list[int]) -> bool:
    """Whether the second candidate is the site's tagline: between its name and its menu,
    the headline under the menu («مدونة ظلال المدينة» / «ملاحظات عن بيروت وأحيائها
    وناسها» / «الرئيسية   عن المدونة   أرشيف   تواصل» / the headline)."""
    if len(candidates) < 3:
        return False
    name, tagline = candidates[0], candidates[1]
    return (
        tagline == name + 1
        and words(lines[name].text) <= _MASTHEAD_WORDS
        and "|" not in lines[name].text
        and words(lines[tagline].text) >= _TAGLINE_MIN_WORDS
        and tagline + 1 < candidates[2]
        and lines[tagline + 1].kind is Kind.DROP
        and is_menu(lines[tagline + 1].text)
        and not ends_sentence(lines[tagline].text)
    )


_TAGLINE_MIN_WORDS = 4  # a phrase, not a name («Voix de Montréal», «جامعة الساحل الشرقي»)


# An outlet's kind and its field: «مجلة القصص الإنسانية», «منصة للصحافة المعمقة»
_KIND_AND_FIELD = re.compile(
    r"(?:مجله|صحيفه|جريده|موقع|منصه|نشره|بوابه|شبكه) (?:ل)?ال[^\W\d_]+(?: و?ال[^\W\d_]+){0,2}$"
)
_MASTHEAD_NAME_WORDS = 3


def _with_its_description(text: str) -> bool:
    """A masthead of the outlet's name and what it is, between a bar («ملاعب الدوحة | صحيفة
    رياضية يومية»)."""
    return bool(_masthead_and_motto(text))


def _state_over_its_body(lines: list[_Line], state: int, under: int) -> bool:
    """Whether a government portal's masthead names the state over the body whose site it
    is («سلطنة عُمان» over «وزارة العمل»): the body is the site."""
    return bool(
        under == state + 1
        and _STATE.fullmatch(bare_key(lines[state].text))
        and INSTITUTION.match(bare_key(lines[under].text))
        and words(lines[under].text) <= _MASTHEAD_BODY_WORDS
        and not ends_sentence(lines[under].text)
    )


def _parent_over_its_body(lines: list[_Line], parent: int, under: int) -> bool:
    """Whether an organisation's name is printed over the name of its office that the site
    is («الأمم المتحدة» over «مكتب الأمم المتحدة الإقليمي للأمن المائي»)."""
    top, body = bare_key(lines[parent].text), bare_key(lines[under].text)
    return bool(
        under == parent + 1
        and words(top) <= _MASTHEAD_WORDS
        and f" {top} " in f" {body} "
        and body != top
        and INSTITUTION.match(body)
        and words(body) <= _MASTHEAD_BODY_WORDS
        and not ends_sentence(lines[under].text)
    )


# A state's name as its portals print it over a ministry's or an authority's.
_STATE = re.compile(
    r"(?:ال)?(?:مملكه|سلطنه|دوله|جمهوريه|اماره|حكومه) [^\d]{2,40}|الامارات العربيه المتحده"
)
_MASTHEAD_BODY_WORDS = 8


def _masthead_over(lines: list[_Line], candidates: list[int], labels: set[str]) -> bool:
    """Whether the first of several lines over a headline found by the lead's words is the
    site's name: a short line, no section's label, no sentence («مصر الآن 24»)."""
    # («مِجهر | منصة عربية مستقلة …»: the masthead with its motto)
    first = lines[candidates[0]].text
    first = (_masthead_and_motto(first) or [first])[0]
    # (an institution's portal prints its full name: «القنصلية العامة لجمهورية مصر العربية في
    # جدة»)
    institution = INSTITUTION.match(bare_key(first)) and words(first) <= _MASTHEAD_BODY_WORDS
    return (
        len(candidates) >= 3
        and (words(first) <= 5 or bool(institution))
        and not ends_sentence(first)
        and not _is_section(first, labels)
    )


def _headline(lines: list[_Line], candidates: list[int]) -> int | None:
    """The candidate that shares the most of its words with the body's first paragraphs,
    when the first candidates do not (see `_find_title`): a headline says what the lead
    says, a menu or a ticker does not. None when the first two candidates do as well."""
    first_paragraph = candidates[-1] + 1
    body: set[str] = set()
    for line in lines[first_paragraph : first_paragraph + 12]:
        if line.kind is Kind.TEXT and _body_like(line.text):
            body.update(_content_words(line.text))
    # A list's item («• قادة دول يلقون كلماتهم») and a news strip's are no headline; nor is
    # a table of contents' item that repeats it («1. شركة ناشئة أردنية تطور …» over it).
    keys = {bare_key(lines[i].text) for i in candidates}
    shared = {
        i: 0
        if lines[i].text.lstrip()[:1] in _BULLETS
        or _strip_item(lines, i)
        or _outlet_says_what_it_is(lines[i])
        or _contents_item(lines[i].text, keys)
        else len(_content_words(lines[i].text) & body)
        for i in candidates
    }
    most = max(shared.values())
    # Over the site's menu are its masthead and its tickers and alerts («جدول الكهرباء
    # اليوم: …», «تنبيه أحمر: ضباب كثيف …»), not the story, however much of the lead they
    # repeat: a line under the menu that says the lead is the headline.
    menus = [i for i in range(candidates[0], candidates[-1]) if lines[i].kind is Kind.BREADCRUMB]
    under_menu = [i for i in candidates if menus and i > menus[-1]]
    strip_over_menu = bool(menus) and any(
        i < menus[-1] and shared[i] >= _HEADLINE_SHARED for i in candidates[:2]
    )
    if most < _HEADLINE_SHARED or (
        not strip_over_menu and any(shared[i] >= most for i in candidates[:2])
    ):
        return None
    if any(shared[i] >= _HEADLINE_SHARED for i in under_menu):
        candidates = under_menu
    # (of two sharing as many words, a section's two-word label is no headline: «صحة نفسية»
    # over «قلة النوم ترهق المرأة العاملة: …»)
    best = max(candidates, key=lambda i: (shared[i], words(lines[i].text) > _LABEL_WORDS, -i))
    # The headline sits over the byline and the date; a line under them that says more of
    # the lead is the photo's caption or a standfirst.
    # (a name alone, as a reader view prints its byline under the headline, is one too)
    credits = [
        i
        for i in range(candidates[0], best)
        if lines[i].kind in _BYLINE_KINDS or (i in candidates and person_like(lines[i].text))
    ]
    # (unless a byline or a date is right under the best: a date over it is the site's day,
    # under the masthead: «صدى المنامة» over «الأحد 27 أكتوبر 2024»)
    if best + 1 < len(lines) and lines[best + 1].kind in _BYLINE_KINDS:
        credits = []
    # (the header's day or a sidebar of writers may come first: then the headline is a
    # line of a headline's length over the story's own byline or date further down, not a
    # programme's name over its presenter)
    for n, credited in enumerate(credits):
        above = [i for i in candidates if i < credited][-1:]
        if not above:
            continue
        if (
            n == 0 or words(lines[above[0]].text) >= _HEADLINE_MIN_WORDS
        ) and _credits_the_line_over(lines, candidates, credited, above[0], best, shared, most):
            return above[0]
    # A standfirst under the headline may say more of the lead than the headline does.
    at = candidates.index(best)
    over = candidates[at - 1] if at > 0 else None
    if (
        over is not None
        and words(lines[over].text) >= _HEADLINE_MIN_WORDS
        and "|" not in lines[over].text  # «استاد القاهرة الدولي | الجولة 7»: labels
        and not _LIST_ITEM.match(lines[over].text)  # «3. أداة مجانية …»: a list's item
        # («لوحة الرحلات – مطار …» over «SV 3122 | جاكرتا | 12:30 | …»: a table's heading)
        and _table_cells(lines[over + 1].text) < _TABLE_MIN_CELLS
        # (a question is a headline's, no standfirst's: «الحلقة 47: هل تنجو المتاجر …؟»
        # under a show's tagline)
        and not lines[best].text.rstrip(" \t\"'»”").endswith(("؟", "?"))
        and (
            shared[over] >= max(_HEADLINE_SHARED, most / 2)
            or (
                shared[over] >= _HEADLINE_SHARED
                and _standfirst_under(lines[over].text, lines[best].text)
            )
        )
    ):
        return over
    return best


def _credits_the_line_over(
    lines: list[_Line],
    candidates: list[int],
    credited: int,
    over: int,
    best: int,
    shared: dict[int, int],
    most: int,
) -> bool:
    """Whether the byline, date or name at `credited` sits under the headline: the candidate
    right over it, `over`, says enough of the lead (see `_headline`)."""
    # (not a date over the site's menu: the day the header prints under the masthead)
    if lines[credited].kind in (Kind.DATE, Kind.TIME):
        kept = set(candidates)
        if any(j not in kept and _nav_parts(lines[j].text) for j in range(credited + 1, best)):
            return False
    # (not the masthead over the site's day: «صحيفة الجنوب الإلكترونية»; nor a blog's motto
    # over its date that shares a name and little else with the lead; a writer's byline
    # under a line is surer than a date: a feature's headline may share a word or two)
    signed = lines[credited].kind in (Kind.BYLINE, Kind.TEXT)
    return shared[over] >= (1 if signed else max(_HEADLINE_SHARED, most / 3)) and not (
        over == candidates[0] and looks_like_site(lines[over].text)
    )


def _contents_item(text: str, keys: set[str]) -> bool:
    """Whether `text` is a numbered item of a list that another line prints unnumbered."""
    item = _LIST_ITEM.match(text)
    return item is not None and bare_key(text[item.end() - 1 :]) in keys


def _standfirst_under(over: str, under: str) -> bool:
    """Whether `under` is a standfirst under the line `over`: sentences under a line that
    ends none («آبار بلا ترخيص: كيف يُستنزف الخزان الجوفي …؟» over «على مدى ستة أشهر
    تتبّعنا …. »)."""
    return (
        ends_sentence(under)
        and words(under) >= _STANDFIRST_WORDS
        and not over.rstrip(" \t\"'»”").endswith(".")  # a headline may ask: «…؟»
        and words(over) < words(under)
    )


_STANDFIRST_WORDS = 15
_DESCRIBED_WORDS = 4  # a photo's description, at least
_LABEL_WORDS = 3
# How many of its words a headline shares with the body's first paragraphs, at least.
_HEADLINE_SHARED = 2
_BULLETS = frozenset("•·●▪◦*-–—")
_HEADLINE_MIN_WORDS = 5  # a venue («استاد القاهرة الدولي») or a score over it is no headline


def _content_words(text: str) -> set[str]:
    """The words of a line that carry its content, each read as the search index reads it
    with its proclitics off (`articles.text.normalize.document_terms`), grammar words and
    numbers left out, and without a plural's, a feminine's or a nisba's ending («متطوعون»
    and «المتطوعين», «شتلة» and «شتلات» are one word to a headline and its lead)."""
    return {
        _without_ending(terms[-1])
        for terms in document_terms(text)
        if len(terms[-1]) >= 3 and terms[0] not in GRAMMAR_WORDS and not terms[-1].isdigit()
    }


def _without_ending(word: str) -> str:
    ending = _WORD_ENDING.search(word)
    return word[: ending.start()] if ending and ending.start() >= _STEM_LETTERS else word


_WORD_ENDING = re.compile(r"(?:يون|يين|ون|ين|ات|يه|ه|ي)$")
_STEM_LETTERS = 3


def _section_over(text: str, labels: set[str]) -> bool:
    """A short line right over the headline: the section's name («محليات», «أخبار وطنية»,
    «أخبار عربية | اقتصاد»)."""
    return (
        _is_section(text, labels)
        or bool(_nav_parts(text))
        or (words(text) <= 3 and not ends_sentence(text))
    )


def _title_candidates(lines: list[_Line]) -> list[int]:
    """The text lines above the first line that reads as a body paragraph, but for boxes of
    facts (a match's goals and line-ups over its report)."""
    first = _first_paragraph(lines)
    menu = _vertical_menu(lines, first)
    candidates = [
        i
        for i in range(first)
        if lines[i].kind is Kind.TEXT
        and i not in menu
        and not _cut_short_copy(lines, i, first)
        and not _SITE_NOTICE.match(lines[i].key)
        and not _among_labelled(lines, i)
        and not _bare_label(lines[i].text)
        and not _under_key_points(lines, i)
        # who the columnist is, under the byline over the headline («صحفي لبناني …»)
        and not (i > 0 and lines[i - 1].kind is Kind.BYLINE and _bio_line(lines[i].text))
    ]
    # «الحرفيون خلال أشغال الترميم» over «تصوير: NAME», the headline right under the credit:
    # the photo and its caption were printed over the headline
    kept = set(candidates)
    return [i for i in candidates if not (i + 2 in kept and _over_a_photo_credit(lines, i))]


def _over_a_photo_credit(lines: list[_Line], at: int) -> bool:
    """Whether line `at` stands right over a photo's credit («تصوير: NAME»)."""
    return at + 1 < len(lines) and photo_credit(lines[at + 1].key)


def _outlet_says_what_it_is(line: _Line) -> bool:
    return describes_an_outlet(line.text)


def _strip_item(lines: list[_Line], at: int) -> bool:
    """Whether line `at` is a news strip's item: after its label on the line («عاجل | …») or
    on the line over it («عاجل» alone)."""
    if _STRIP_ITEM.match(lines[at].key):
        return True
    # (one label over a line may be a section's kicker over the headline: a strip repeats it)
    if at == 0 or bare_key(lines[at - 1].text) not in _STRIP_LABELS:
        return False
    near = lines[max(0, at - _STRIP_REACH) : at + _STRIP_REACH]
    return sum(bare_key(line.text) in _STRIP_LABELS for line in near) >= 2


_STRIP_REACH = 6
# A news strip's labels, the bare key of each; its item under one («آخر الأخبار: فتح الطريق …»,
# «عاجل | …»): the strip runs over every page of the site, no headline.
_STRIP_LABELS = frozenset(
    {"عاجل", "خبر عاجل", "اخبار عاجله", "الاخبار العاجله", "اخر الاخبار", "اخر الانباء"}
    | {"شريط الاخبار"}
)
_STRIP_ITEM = re.compile(rf"^(?:{'|'.join(sorted(_STRIP_LABELS))})\s*[:：|\-–]\s*\S")


# A site's notice over its masthead («تنبيه: القنصلية لا تتعامل مع أي وسطاء …»)
_SITE_NOTICE = re.compile(r"^\W*(?:تنبيه|تنويه|ملاحظه|اعلان هام|تحذير)\s*[:：](?:\s+\S+){6}")


def _cut_short_copy(lines: list[_Line], at: int, stop: int) -> bool:
    """Whether line `at` is a line under it (up to `stop`) cut short («تطوير ترام الرمل
    بالإسكندرية.. غلق جزئي للمحطات…»): a sticky bar's copy of the headline, no headline."""
    stem = lines[at].text.rstrip()
    if not stem.endswith(("…", "...")):
        return False
    stem = stem.rstrip(".… ")
    return len(stem) >= _CUT_SHORT_CHARS and any(
        lines[j].text.startswith(stem) and len(lines[j].text) > len(stem) + 1
        for j in range(at + 1, stop)
    )


_CUT_SHORT_CHARS = 12


def _vertical_menu(lines: list[_Line], stop: int) -> set[int]:
    """The lines of a menu copied one item per line over the headline («أخبار», «العالم
    العربي», «اقتصاد», …): a run of at least `_MENU_ITEMS` short text lines, the furniture
    between them («الرئيسية», «فيديو») aside. The page's first text line is the masthead
    over it, not an item («بوابة الميدان» over «أخبار مصر», «عربي ودولي», …)."""
    menu: set[int] = set()
    run: list[int] = []
    masthead = next((i for i in range(stop) if lines[i].kind is Kind.TEXT), stop)
    for i in range(masthead + 1, stop + 1):
        line = lines[i] if i < stop else None
        if line is not None and line.kind is not Kind.TEXT and line.kind not in _MENU_FURNITURE:
            line = None  # a byline, a date or a heading ends the run
        if line is not None and line.kind is not Kind.TEXT:
            continue
        if (
            line is not None
            and words(line.text) <= _MENU_ITEM_WORDS
            and not ends_sentence(line.text)
        ):
            run.append(i)
            continue
        if len(run) >= _MENU_ITEMS:
            menu.update(run)
        run = []
    return menu


_MENU_ITEMS = 5
_MENU_ITEM_WORDS = 3
_MENU_FURNITURE = frozenset({Kind.DROP, Kind.MARKER, Kind.BREADCRUMB})


def _among_labelled(lines: list[_Line], i: int) -> bool:
    """Whether line `i` is a «label: value» line beside another («الهدف الأول: …» over
    «الهدف الثاني: …»): a box of facts, where a headline quoting someone stands alone."""
    label = _LABELLED.match(lines[i].text)
    if label is None:
        return False
    value = lines[i].text[label.end() :]
    if words(value) > _FACT_WORDS and value.count("،") + value.count(",") < 2:
        return False  # «وهران: ربط 1200 مسكن جديد…» over «وهران: كريمة بن عودة»: a headline
    beside = (lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines))
    return any(line.kind is Kind.TEXT and _LABELLED.match(line.text) for line in beside)


# A fact's value is short, or a list («السد: مشعل برشم، بوعلام خوخي، …»).
_FACT_WORDS = 6


def _under_key_points(lines: list[_Line], i: int) -> bool:
    """Whether line `i` is the text of a key-points box over the story («باختصار:» and the
    sentence under it, «محتويات المقال» and the short items under it): neither headline
    nor first paragraph (`_CONTENTS`)."""
    if i > 0 and KEY_POINTS.match(lines[i - 1].key) is not None:
        return True
    # (the heading first, which few pages have; then the items between it and this line)
    heading = next(
        (
            j
            for j in range(i - 1, max(-1, i - _KEY_POINT_ITEMS - 1), -1)
            if any(fact.value == CONTENTS for fact in lines[j].facts)
        ),
        None,
    )
    return heading is not None and all(
        words(lines[j].text) <= _KEY_POINT_WORDS for j in range(heading + 1, i + 1)
    )


# A table of contents: up to this many items of up to this many words.
_KEY_POINT_ITEMS = 10
_KEY_POINT_WORDS = 14


def _bare_label(text: str) -> bool:
    """A label over what follows it («باختصار:», «أبرز النقاط:»): no headline."""
    stripped = text.strip()
    return stripped.endswith((":", "：")) and words(stripped) <= 3


def _first_paragraph(lines: list[_Line]) -> int:
    """The first line that reads as a body paragraph and has another under it soon, or is
    the page's last: a lone sentence over menus and a headline is a notice (a cookie
    banner), not the story."""
    paragraphs = [
        i
        for i, line in enumerate(lines)
        if line.kind is Kind.TEXT and _body_like(line.text) and not _under_key_points(lines, i)
    ]
    # A sentence announcing a list («متاحة بعدة أحجام:») is the story going on, whatever
    # number of items follows it.
    going_on = sorted(
        {i for i, line in enumerate(lines) if line.kind is Kind.TEXT and _announces(line.text)}
        | set(paragraphs)
    )
    for i in paragraphs:
        following = next((j for j in going_on if j > i), None)
        # (a box of labelled facts between them is one item: «الإغلاق: …», «التغير: …»)
        texts_between = sum(
            lines[j].kind is Kind.TEXT and not _among_labelled(lines, j)
            for j in range(i + 1, following or len(lines))
        )
        if following is None or texts_between <= _LINES_BETWEEN_PARAGRAPHS:
            return i
    return len(lines)


# Text lines a story may print between two paragraphs (a crosshead, a link, a caption).
_LINES_BETWEEN_PARAGRAPHS = 4


def _tab_title(lines: list[_Line], candidates: list[int]) -> tuple[int, list[str]] | None:
    """«الخبر كاملًا | اسم الموقع»: the browser-tab title copied above the page repeats the
    headline; it is not the headline line itself. Its index among the first two candidates,
    and the keys of its other part (the site's name), or None."""
    keys = {lines[i].key for i in candidates}
    for i in candidates[:2]:
        parts = _TAB_TITLE.split(lines[i].text)
        if len(parts) == 2 and any(key(p) in keys for p in parts):
            return i, [bare_key(p) for p in parts if key(p) not in keys]
    return None


def _publisher(lines: list[_Line]) -> set[str]:
    """The words of the name the copyright notice gives the site («بوابة الوادي»), if any."""
    for line in lines:
        for fact in line.facts:
            if fact.kind is Kind.COPYRIGHT and fact.value:
                if person_like(str(fact.value)):
                    return set()  # a newsletter's writer, whose publication has its own name
                return {w for w in bare_key(str(fact.value)).split() if len(w) > 2}
    return set()


def _names_the_site(
    lines: list[_Line],
    candidates: list[int],
    hints: set[str],
    labels: set[str],
    publisher: set[str],
) -> bool:
    """Whether the first candidate is the site's name over the headline: it reads as one
    («بوابة الوادي»), the page credits it elsewhere or its copyright notice names it, or it is
    a short line over a longer one that is not a section's label («سياسة») nor, when the
    copyright notice names the site, a line that shares no word with that name (a rubric:
    «أزمة الطاقة»)."""
    first = lines[candidates[0]].text
    if bare_key(first) in hints:
        return True
    if _with_its_description(first):
        return True  # «ملاعب الدوحة | صحيفة رياضية يومية»: the name and what it is
    if not ends_sentence(first) and _the_one_part_in(_NAV_SEPARATOR.split(first), hints):
        return True  # «نوافذ | مقالات مترجمة من الصحافة العالمية»: the name and its motto
    if any(map(looks_like_site, _nav_parts(first))):
        return True  # «الملحق الثقافي | جريدة الضفة»: a supplement and its paper
    named = {w for w in bare_key(first).split() if len(w) > 2}
    if publisher and named and named <= publisher and not ends_sentence(first):
        return True  # «مال وبورصة», all of section words, is what the copyright names
    if _over_the_menu(lines, candidates, labels):
        return True  # «ملاعب الكويت», of section words, over the menu
    if ends_sentence(first) or _is_section(first, labels):
        return False
    if publisher and not publisher & set(bare_key(first).split()) and not looks_like_site(first):
        return False
    n = words(first)
    following = words(lines[candidates[1]].text) if len(candidates) > 1 else 0
    return (looks_like_site(first) and n <= 6) or bool(
        following and n <= 5 and (n <= 2 or following > n)
    )


def _over_the_menu(lines: list[_Line], candidates: list[int], labels: set[str]) -> bool:
    """Whether the first candidate, no item of the menu, opens the page right over its
    chrome (a menu, a breadcrumb, a language switch): the masthead («ملاعب الكويت» over
    «الرئيسية | الدوري الممتاز | …»; «الهيئة الاتحادية لخدمات المياه …» over «English |
    عربي» and «الرئيسية > المركز الإعلامي > …»), whatever comes under it."""
    first = candidates[0]
    menus = (
        [i for i in range(first + 1, candidates[1]) if lines[i].key] if len(candidates) > 1 else []
    )
    return (
        bool(menus)
        and all(lines[i].kind in (Kind.DROP, Kind.BREADCRUMB) for i in menus)
        and any(lines[i].kind is Kind.BREADCRUMB or "|" in lines[i].text for i in menus)
        and not any(lines[i].key for i in range(first))
        and bare_key(lines[first].text) not in labels
    )


def _names_a_section(
    lines: list[_Line], candidates: list[int], labels: set[str], *, after_site: bool
) -> bool:
    """Whether the first candidate is a section's name («سياسة», «أخبار عربية | اقتصاد»)
    over a longer headline, after the site's name, by its own wording or named by the
    page's navigation."""
    if len(candidates) < 2:
        return False
    at = candidates[0]
    text = lines[at].text
    if not (after_site or _is_section(text, labels)):
        return False
    if at + 1 < len(lines) and lines[at + 1].kind is Kind.BYLINE and not _is_section(text, labels):
        return False  # «ساعي البريد الأخير» over «قصة: ياسمين العلي»: a story's title
    n = words(text)
    return bool(n <= 3 or _nav_parts(text)) and words(lines[candidates[1]].text) > n


def _scan_header(lines: list[_Line], start: int) -> tuple[list[int], int]:
    """Short text lines held between header items (byline, date, share widget, caption)
    after the headline, and the index where the body starts."""
    header, last_marker = _held_between_markers(lines, start)
    if last_marker < start and (run := _unmarked_header(lines, start)):
        return run, run[-1] + 1
    under = _line_under_header(lines, start, last_marker)
    if under is not None:
        header.append(under)
        # A caption under the byline may have the standfirst under it in turn.
        lead = None if ends_sentence(lines[under].text) else _lead_under(lines, under)
        if lead is not None:
            header.append(lead)
    return header, max([last_marker, *header]) + 1


def _unmarked_header(lines: list[_Line], start: int) -> list[int]:
    """With no byline or date line under the headline: two or three short lines over a
    long paragraph (a standfirst sentence, a name, a caption), or []."""
    run: list[int] = []
    for i in range(start, min(len(lines), start + 8)):
        if lines[i].kind is not Kind.TEXT:
            continue
        text = lines[i].text
        if words(text) >= 25 and ends_sentence(text):
            sentences = sum(ends_sentence(lines[j].text) for j in run)
            return run if len(run) >= 2 and sentences <= 1 else []
        if len(run) == 3 or not (_short_label(text) or _one_short_sentence(text)):
            return []
        run.append(i)
    return []


def _short_label(text: str) -> bool:
    return words(text) <= 15 and not ends_sentence(text)


def _one_short_sentence(text: str) -> bool:
    return 8 <= words(text) <= 20 and first_sentence(text) == text.strip()


def _lead_under(lines: list[_Line], at: int) -> int | None:
    """The standfirst (`_lead_sentence`) among the next lines under line `at` (a caption,
    maybe printed twice), or None."""
    following = [
        i
        for i in range(at + 1, min(len(lines), at + 6))
        if lines[i].kind is Kind.TEXT and lines[i].key != lines[at].key
    ]
    if len(following) < 2 or not _lead_sentence(lines[following[0]].text, lines[following[1]].text):
        return None
    return following[0]


def _held_between_markers(lines: list[_Line], start: int) -> tuple[list[int], int]:
    """The text lines held between header items in the 15 lines from `start`, and the last
    item's index (`start - 1` when there is none). Up to two text lines may come before an
    item; a third in a row, or lines that are the body, end the header."""
    header: list[int] = []
    held: list[int] = []
    last_marker = start - 1
    byline_seen = False
    end = min(len(lines), start + 15)
    # A match's result box or a product's specifications under the headline: no text held.
    boxed = {start + at for at in _fact_boxes(lines[start:end], _BOXED_IN_HEADER, dated_items=True)}
    for i in range(start, end):
        if i in boxed:
            continue
        kinds = {fact.kind for fact in lines[i].facts}
        if kinds & _HEADER_MARKERS:
            # (a standfirst and the photo's caption over the first date: «تعوّل ألمانيا …»,
            # «ممرضة تتابع حالة مريض …», «١٤ مارس ٢٠٢٥»)
            # (or a standfirst alone over the first date, the photo's caption under it:
            # «تسعى الحكومة الألمانية …», «03.06.2025», «عاملة في قسم تمريض …»)
            standfirst_held = (
                Kind.DATE in kinds
                and not byline_seen
                and (_captioned(lines, held) or _standfirst_over(lines, held, i))
            ) or (
                # (a standfirst right under the headline, over the photo's caption and its
                # credit: «ممرضة تتابع حالة مريض …» over «صورة من: …»)
                Kind.CAPTION in kinds
                and not byline_seen
                and held == [start]
                and _over_a_photo_credit(lines, i)
                and paragraph_like(lines[start].text)
            )
            if held and not standfirst_held and _body_before_marker(lines, held, byline_seen):
                break
            header += held
            held = []
            last_marker = i
            byline_seen = byline_seen or bool(kinds & _BYLINE_KINDS)
        elif lines[i].kind is Kind.TEXT:
            held.append(i)
            if len(held) > 2:
                break

    # A box right under the last item (a match's card, a festival's details, key dates)
    # belongs to the header: neither caption nor body. (Its items and its heading over
    # them; a caption beside it is no item.)
    def item(i: int) -> bool:
        return i in boxed and (
            lines[i].kind is not Kind.TEXT or bool(_BOX_ITEM.match(lines[i].text))
        )

    while item(last_marker + 1) or (last_marker + 1 in boxed and item(last_marker + 2)):
        last_marker += 1
    # …and a key-points heading's numbered or bulleted items («جدول أعمال الجلسة:» over
    # «1- التصديق على مضبطة الجلسة السابقة»)
    if last_marker >= start and KEY_POINTS.match(lines[last_marker].key):
        while last_marker + 1 in boxed and _LIST_ITEM.match(lines[last_marker + 1].text):
            last_marker += 1
    return header, last_marker


_LIST_ITEM = re.compile(r"^\s*(?:[•·●▪◦*\-–]|\d{1,2}\s?[-.)،]|[٠-٩]{1,2}\s?[-.)،])\s*\S")


def _standfirst_over(lines: list[_Line], held: list[int], date_at: int) -> bool:
    """Whether the one text line held is a standfirst: a paragraph over the date line, the
    photo's caption under that."""
    return (
        len(held) == 1
        and paragraph_like(lines[held[0]].text)
        and date_at + 1 < len(lines)
        and lines[date_at + 1].kind is Kind.CAPTION
    )


def _captioned(lines: list[_Line], held: list[int]) -> bool:
    """Whether the text lines held are a paragraph and the photo's caption under it."""
    if len(held) != 2 or not paragraph_like(lines[held[0]].text):
        return False
    caption = lines[held[1]].text
    return not ends_sentence(caption) and _describes(caption) and words(caption) <= 20


def _body_before_marker(lines: list[_Line], held: list[int], byline_seen: bool) -> bool:
    """Whether the text lines held before a header item are the body, and the item a widget
    inside it: a long line, or sentences after the byline or twice in a row (a standfirst
    may end with a full stop)."""
    texts = [lines[i].text for i in held]
    paragraphs = [text for text in texts if paragraph_like(text)]
    return any(map(_long, texts)) or bool(paragraphs and (byline_seen or len(paragraphs) > 1))


def _line_under_header(lines: list[_Line], start: int, last_marker: int) -> int | None:
    """The first of the two text lines after the header when it is not a sentence: a
    caption or name right under the byline, or a standfirst or caption straight under the
    headline when a paragraph follows it; or when it is one short sentence over a paragraph
    far longer: the standfirst (`_lead_sentence`)."""
    following = [i for i in range(last_marker + 1, len(lines)) if lines[i].kind is Kind.TEXT][:2]
    if len(following) < 2:
        return None
    first, second = lines[following[0]].text, lines[following[1]].text
    if KEY_POINTS.match(lines[following[0]].key) or _under_key_points(lines, following[0]):
        # «أبرز النقاط» heads a box of the story's points, «محتويات المقال» its contents:
        # the body's to drop
        return None
    if any(_announces_links(lines[i]) for i in range(last_marker + 1, following[0])):
        return None  # a link under «اقرأ أيضًا», the body's to drop with it
    if ends_sentence(first):
        return following[0] if _lead_sentence(first, second) else None
    if _announces(first) and following[1] == following[0] + 1:
        # «صدر عن قيادة الجيش البيان رقم 11 الآتي:» over the statement: the story going on
        # (over a table's rows, «أسعار الصرف اليوم (للدينار الواحد):» heads a box)
        return None
    if last_marker >= start:
        return following[0] if words(first) <= 15 else None
    return following[0] if words(first) <= 30 and paragraph_like(second) else None


def _announces_links(line: _Line) -> bool:
    """A bare «اقرأ أيضًا» or a related links' heading: the lines under it are links."""
    return any(f.kind is Kind.RELATED or (f.kind is Kind.READ_ALSO and f.bare) for f in line.facts)


def _lead_sentence(first: str, second: str) -> bool:
    """Whether `first`, a sentence, is a standfirst over the body rather than its opening:
    one sentence of 8 to 20 words over a paragraph of 25 words or more, half as long again
    (a news story's first paragraph is seldom so much shorter than its second)."""
    following = words(second)
    if following < max(25, 1.5 * words(first)) or not ends_sentence(second):
        return False
    return _one_short_sentence(first)


_BYLINE_MAX_CHARS = 120  # a byline is short; longer lines are not tried (nor paid for)
# «الكويت: إيلي حداد», «بغداد/ حيدر الموسوي»
_COMMA = re.compile("[،,]")
_CITY_COLON = re.compile(r"(?P<city>[^:/\d]{2,30}?)\s*[:/]\s*(?P<who>[^:/]{2,60})")
# «هسبريس من الرباط», «محمد بنعلي من الدار البيضاء».
_TOWN_MAX_ZIPF = 3.5  # a word rarer than this, alone before a colon, may be a town
_NAMED_TOWN_MAX_ZIPF = 4.0  # after a name, a word rarer than this that is no common word


# «ما هي الحصبة؟», «ما هو التنبيه الأحمر؟»: a definition's question, a few words
_WHAT_IS = re.compile(r"^ما (?:هو|هي|هما) [^\W\d_]+(?: [^\W\d_]+){0,3}\s*[؟?]$")
_DEFINED_AFTER = 2  # paragraphs of a story at least, before a box defining its subject


def _numbered_on(heading: str, before: list[str]) -> bool:
    """Whether a numbered heading («6. الخضروات الورقية») goes on from a numbered line of
    the story before it («5. المكسرات والبذور»)."""
    mark = _NUMBERED_ITEM.match(key(heading))
    if mark is None or (number := int(mark[1])) < 2:
        return False
    # (the mark may follow a slide's counter the paragraph was joined to: «الشريحة 5 من 6 5.
    # المكسرات …»)
    return any(int(m[1]) == number - 1 for p in before for m in _NUMBERED_ITEM.finditer(key(p)))


# An item's number, opening a line or inside one: «5. المكسرات …»
_NUMBERED_ITEM = re.compile(r"(?:^|\s)(\d{1,2})\s?[-.)،]\s*[^\W\d_]")


def _a_town(text: str) -> bool:
    """Whether `text`, beside a writer's name, is the town it was filed from: a city of the
    lists, or one word no common word is («تورونتو», not «سياسة»)."""
    return is_city(text) or (
        _rare_word(text, _NAMED_TOWN_MAX_ZIPF) and not wordfreq.is_homograph(normalize(text))
    )


def _rare_word(text: str, max_zipf: float) -> bool:
    """Whether `text` is one word rarer than `max_zipf`: maybe a town no list knows."""
    return words(text) == 1 and wordfreq.zipf(normalize(text)) < max_zipf


_OUR_ENVOY = re.compile(r"^\s*(?:مراسلنا|مراسلتنا|مندوبنا|مندوبتنا|موفدنا|موفدتنا|مبعوثنا)\s+")
_FILED_FROM = re.compile(r"(?P<who>[^\d:|]{2,60}?)\s+من\s+(?P<city>[^\W\d_]+(?:\s[^\W\d_]+)?)")


def _body_like(text: str) -> bool:
    """A body paragraph, not a headline: headlines may end with ؟ or ! but seldom with «.»,
    and a headline's question is short."""
    n = words(text)
    stripped = text.rstrip(" \t\"'»”“)]}*")
    return (
        n >= 30
        or (n >= 6 and stripped.endswith(".") and not stripped.endswith(".."))
        or (n >= _QUESTION_PARAGRAPH_WORDS and stripped.endswith(("؟", "?", "!")))
    )


# A question this long opens a paragraph (a podcast's notes: «تبدأ الحلقة من سؤال …: لماذا يظل
# الهواء ساخناً …؟»); headlines stay under 20 words.
_QUESTION_PARAGRAPH_WORDS = 24


def _long(text: str) -> bool:
    return words(text) >= 45 or (ends_sentence(text) and words(text) >= 25)


def parse_page(text: str) -> ParsedPage:
    """Article fields found in the text of a news page (see ParsedPage); never raises on text."""
    page = ParsedPage()
    text = (
        "\n".join(unwrap(without_archive_bar(text.splitlines()))) if isinstance(text, str) else ""
    )
    lines = [_Line(line, key(line), classify_line(line)) for line in page_lines(text)]
    lines = _credited_to_the_masthead(_first_story(_without_another_language(lines)))
    title_at, site_at, section_at = _read_top(page, lines)
    start = next((i + 1 for i in (title_at, section_at, site_at) if i is not None), 0)
    lines = _captions_over_credits(_without_ad_copy(lines, start), start)
    header, body_from = _scan_header(lines, start)
    _Reader(page, lines, header, body_from, title_at).read()
    return page


def _captions_over_credits(lines: list[_Line], start: int) -> list[_Line]:
    """The short lines over a photo's credit under the headline marked as captions
    («ممرضة تتابع حالة مريض …» over «صورة من: Lena Hartwig/dpa»): what the photo shows,
    neither standfirst nor paragraph."""
    return [
        replace(line, facts=(Fact(Kind.CAPTION, line.text),))
        if start <= i < start + _CREDITED_PHOTO_WITHIN
        and line.kind is Kind.TEXT
        and _over_a_photo_credit(lines, i)
        and words(line.text) <= _CAPTION_WORDS
        and not ends_sentence(line.text)
        and _describes(line.text)
        else line
        for i, line in enumerate(lines)
    ]


_CREDITED_PHOTO_WITHIN = 8  # lines under the headline


def _credited_to_the_masthead(lines: list[_Line]) -> list[_Line]:
    """The lines crediting a photo to the site itself marked as captions: a description,
    then a dash or brackets and the name the masthead prints, whole or its distinctive part
    («مشتركون في أحد مراكز خدمة الزبائن ببغداد – المرسال» on «المرسال الرقمي», «… في سهل
    البقاع (مداد)» on «مداد للصحافة الاستقصائية»). Such a line is neither the headline nor a
    paragraph, wherever the page prints it; a description the page prints again elsewhere
    (a browser's «headline - site» line over the headline) is no caption."""
    mastheads = _masthead_keys(lines)
    if not mastheads:
        return lines
    seen = Counter(line.key for line in lines)
    marked = []
    for line in lines:
        short = line.kind is Kind.TEXT and words(line.text) <= _CAPTION_WORDS
        credit = _SITE_CREDIT.search(line.text) if short else None
        what = line.text[: credit.start()].strip() if credit else ""
        if (
            credit
            and any(_is_the_masthead(_credit(credit), site) for site in mastheads)
            and words(what) >= _DESCRIBED_WORDS
            and _describes(what)
            and not ends_sentence(what)
            and not ends_sentence(line.text)
            and not (name_shaped(what) or is_city(what))
            and seen[key(what)] == 0
        ):
            line = replace(line, facts=(Fact(Kind.CAPTION, line.text),))
        marked.append(line)
    return marked


# «وصف الصورة – الموقع», «وصف الصورة (الموقع)»: whose photo it is, after its description
_SITE_CREDIT = re.compile(
    r"(?:\s[-–—]\s*(?P<dashed>[^-–—()]{2,40})|\((?P<bracketed>[^()]{2,40})\))\s*$"
)
_CAPTION_WORDS = 35  # a photo's caption, at most


def _masthead_keys(lines: list[_Line]) -> set[str]:
    """Keys of the names the page's first lines print alone, as a masthead does: a short
    line, or a part of a short «name | motto» line."""
    keys: set[str] = set()
    for line in lines[:_MASTHEAD_LINES]:
        if line.kind not in (Kind.TEXT, Kind.SITE, Kind.DROP):
            continue
        for part in _NAV_SEPARATOR.split(line.text)[:2]:
            if 1 <= words(part) <= 4 and not _latin(part) and _ARABIC_LETTER.search(part):
                keys.add(bare_key(part))
    return keys - {""}


_MASTHEAD_LINES = 3
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")


def _credit(match: re.Match[str]) -> str:
    return (match["dashed"] or match["bracketed"]).strip()


def _is_the_masthead(credit: str, site: str) -> bool:
    """Whether a photo's credit is the masthead's name, whole or without its cue word."""
    return bare_key(credit) == site or _site_itself(credit, site)


def _without_another_language(lines: list[_Line]) -> list[_Line]:
    """An Arabic page without the text it prints in Latin letters too: a bilingual page's
    English headline, paragraphs and caption («Minister Inaugurates …»), never the
    Arabic story's. Short lines (a site's name, «Gulf Ledger») and lines the rules read
    (dates, bylines) stay; so does every line of a page with no Arabic story."""
    arabic = sum(
        line.kind is Kind.TEXT and paragraph_like(line.text) and not _latin(line.text)
        for line in lines
    )
    if arabic < _ARABIC_PARAGRAPHS:
        return lines
    dropped = (Fact(Kind.DROP),)
    kept = []
    first = _first_worded(lines)
    for at, line in enumerate(lines):
        # (the masthead's foreign half may be the shorter: «هەولێر نیوز | أربيل نيوز»)
        masthead = at == first
        foreign = _latin(line.text) or (
            masthead and _arabic_of_two(line.text, masthead=True) is not None
        )
        if line.kind in _WORDED and words(line.text) >= _FOREIGN_WORDS and foreign:
            half = _arabic_of_two(line.text, masthead=masthead)
            if half and at == first and words(half) <= _MASTHEAD_WORDS:
                # «Le Courrier du Saïss | بريد سايس» over the page: the masthead, in Arabic
                line = _Line(half, key(half), (Fact(Kind.TEXT, _IN_TWO_SCRIPTS),))
            elif half:
                line = _Line(half, key(half), classify_line(half))
            else:
                line = _Line(line.text, line.key, dropped)
        kept.append(line)
    return kept


# The value of the TEXT fact of a page's first line when it printed its name in two scripts:
# no section's name, whatever the title's reading makes of it.
_IN_TWO_SCRIPTS = "in two scripts"


def _masthead_with_its_city(lines: list[_Line], at: int) -> bool:
    """Whether line `at` is the page's first, the outlet's name and its city («نسناس نيوز –
    حيفا»)."""
    if at < 0 or at != _first_worded(lines) or lines[at].kind is not Kind.PAIR:
        return False
    name, place = _pair(lines[at].facts[0])
    # (a town no list knows, one word that names no section: «حيفا»)
    a_place = is_city(place) or (words(place) == 1 and not section_like(place))
    return a_place and words(name) <= _MASTHEAD_WORDS and not person_like(name)


def _first_worded(lines: list[_Line]) -> int | None:
    return next((i for i, line in enumerate(lines) if line.kind in _WORDED), None)


def _arabic_of_two(text: str, *, masthead: bool = False) -> str | None:
    """The Arabic half of a name printed in both scripts between a bar («الميدان الرياضي |
    Al Midane Sportif»), or a dash on the page's first line (`masthead`: «Грозный Сегодня —
    غروزني اليوم»; lower, a tagline in two languages: «جريدة إلكترونية جهوية – Journal
    électronique régional»): the page's; None for any other line."""
    separator = _TWO_SCRIPTS_SEPARATOR if masthead else _NAV_SEPARATOR
    halves = [p.strip() for p in separator.split(text)]
    if len(halves) != 2:
        return None
    # (Persian is written in Arabic letters, and a few of its own: «پرتو | برتو العربي»)
    foreign = [_latin(h) or not _PERSIAN_LETTERS.isdisjoint(h) for h in halves]
    if sum(foreign) != 1:
        return None
    if any(map(_CLOCK_FIRST.match, halves)):
        return None  # «… | 15h40 – الأرصاد تتوقع …»: a ticker's items, stamped
    arabic = halves[foreign.index(False)]
    return None if masthead and describes_an_outlet(arabic) else arabic


_CLOCK_FIRST = re.compile(r"\W*\d{1,2}\s*[h:.]\s*\d{2}\b")
# (or a dash, on the first line: «مرفأ نواذيبو – Port de Nouadhibou Info»)
_TWO_SCRIPTS_SEPARATOR = re.compile(r"\s[|•·—–-]\s")


def _without_ad_copy(lines: list[_Line], start: int) -> list[_Line]:
    """The lines under the headline without an advertisement's copy: the short line under
    an ad's label that no closing mark ends («Sponsored» over «Haddad Law Group – استشارات
    الهجرة …»), never a sentence, over the story's first paragraph (among the paragraphs
    an empty ad's label may stand over a crosshead). An ad between two marks is
    `_sponsored`'s."""
    dropped = (Fact(Kind.DROP),)
    lines = list(lines)
    for at in range(start, min(len(lines) - 1, start + _first_paragraph(lines[start:]))):
        if not _AD_START.match(lines[at].key):
            continue
        following = lines[at + 1 : at + _AD_LINES]
        if any(_AD_END.match(line.key) for line in following):
            continue
        copy = lines[at + 1]
        short = words(copy.text) <= _AD_COPY_WORDS and not ends_sentence(copy.text)
        if copy.kind in _WORDED and short:
            lines[at + 1] = _Line(copy.text, copy.key, dropped)
    return lines


_AD_COPY_WORDS = 15


def _latin(text: str) -> bool:
    """Whether a line is written in another script than Arabic more than in Arabic: Latin
    letters, Tifinagh («ⴰⴱⵔⵉⴷ ⵏ ⴰⵔⵉⴼ» over «طريق الريف») and the like, or Kurdish and
    Persian letters («دەنگی چیا» over «صوت الجبل»)."""
    if not _KURDISH_ONLY.isdisjoint(text):
        return True  # («هەولێر نیوز»: a letter no Arabic word is written with)
    latin = sum(
        ch.isalpha() and (not "\u0600" <= ch <= "\u06ff" or ch in _KURDISH_LETTERS) for ch in text
    )
    return latin > sum("\u0600" <= ch <= "\u06ff" and ch not in _KURDISH_LETTERS for ch in text)


_KURDISH_ONLY = frozenset("ەێۆڕڵ")


_ARABIC_PARAGRAPHS = 2
# What a page prints under its story: a signature over one of these is the story's last line
_FURNITURE = frozenset(
    {Kind.SHARE, Kind.RELATED, Kind.READ_ALSO, Kind.FOOTER, Kind.COPYRIGHT, Kind.TAGS}
    | {Kind.COMMENTS, Kind.DROP}
)
# Letters of Kurdish and Persian that Arabic does not write (ه ی‌ with their own shapes,
# چ پ گ ژ, ڕ ڵ ێ ۆ ڤ)
_KURDISH_LETTERS = frozenset("ەێۆڕڵیچپگژڤ")
_PERSIAN_LETTERS = _KURDISH_LETTERS | {"ک"}
_FOREIGN_WORDS = 4


def _first_story(lines: list[_Line]) -> list[_Line]:
    """A digest's masthead and its first story (see `digests`); any other page whole."""
    story = first_story([line.text for line in lines], [line.kind in _WORDED for line in lines])
    if story is None:
        return lines
    headline = _Line(story.headline, key(story.headline), classify_line(story.headline))
    return [headline if i == story.headline_at else lines[i] for i in story.keep]


_ORNAMENTS = " .:：*|-–—•·~="


def _read_top(page: ParsedPage, lines: list[_Line]) -> tuple[int | None, int | None, int | None]:
    """The headline, and the site's and the section's names above it, into `page`; their
    lines' indexes (see `_find_title`)."""
    site_line = next(
        (
            _masthead_over_its_label(lines, at) or cast(str, f.value)
            for at, line in enumerate(lines)
            for f in line.facts
            if f.kind is Kind.SITE and f.value and not _under_a_sponsors_label(lines, at)
        ),
        None,
    )
    title_at, site_at, section_at = _find_title(lines, site_line)
    if (
        site_at is None
        and section_at is not None
        and any(f.value == _IN_TWO_SCRIPTS for f in lines[section_at].facts)
    ):
        site_at, section_at = section_at, None
    if site_at is not None and _masthead_with_its_city(lines, site_at - 1):
        site_at = site_at - 1  # «نسناس نيوز – حيفا» over its motto: the motto is no site
    if title_at is not None and _caption_over_headline(lines, title_at):
        title_at += 1  # «الوزير خلال لقائه المعلمين» over «الوزارة تطلق برنامجاً …»
    site, page.section = _site_over_title(lines, site_at, title_at)
    # «.:: شبكة الفجر الإخبارية ::.»: an old portal's masthead between its ornaments
    # («☰  شط العرب  🔔»: a mobile page's masthead between its buttons)
    page.site_name = _without_icons((site_line or site or "").strip(_ORNAMENTS)) or None
    if page.site_name is None and lines:
        page.site_name = _paper_over_its_edition(lines[0])
    if site_line is None and site_at is not None and page.site_name and _latin(page.site_name):
        page.site_name = _arabic_masthead_under(lines, site_at, title_at) or page.site_name
    if section_at is not None:
        section_text = lines[section_at].text
        page.section = (_nav_parts(section_text) or [section_text])[-1]
    if title_at is not None:
        # «الموضوع: نشرة إنذارية: …»: a forum thread's subject under its label
        title = _SUBJECT_LABEL.sub("", lines[title_at].text, count=1)
        page.title = unbold(title)  # «*الصحة تطلق حملة …*»: a messaging channel's bold
    return title_at, site_at, section_at


# A line all in quotes, as a pull quote is printed: someone's words, not a photo's description.
_PULL_QUOTE = re.compile(r"[«\"“][^«»\"“”]+[»\"”]")


def _under_a_sponsors_label(lines: list[_Line], at: int) -> bool:
    """Whether line `at` is right under a sponsorship's label («محتوى برعاية» over «شعار
    نخلة للمدفوعات»): the sponsor's logo, not the site's."""
    return at > 0 and _SPONSORS_LABEL.fullmatch(bare_key(lines[at - 1].text)) is not None


_SPONSORS_LABEL = re.compile(
    r"(?:محتوي )?(?:برعايه|بدعم من|مقدم من|ممول من)|محتوي (?:مدعوم|ممول|مدفوع|اعلاني)"
    r"|sponsored(?: by| content)?|presented by|in partnership with"
)


def _masthead_over_its_label(lines: list[_Line], at: int) -> str | None:
    """The masthead right over an «official site» line that names whom the site is for
    («ستاد الصقور» over «الموقع الرسمي لجماهير الصقور»): the page's first words, a short
    name; None when the label is the first line, or under furniture («EN | عربي» over
    «الموقع الرسمي لنادي النخيل الرياضي»: the label names the site)."""
    first = _first_worded(lines)
    if first is None or at != first + 1 or not _OFFICIAL_SITE_FOR.match(lines[at].key):
        return None
    over = lines[first]
    if over.kind is not Kind.TEXT or words(over.text) > _MASTHEAD_WORDS or ends_sentence(over.text):
        return None
    return over.text.strip()


_OFFICIAL_SITE_FOR = re.compile(r"(?:ال)?(?:موقع|بوابه) (?:ال)?رسمي(?:ه)? ل\S")


def _paper_over_its_edition(line: _Line) -> str | None:
    """The paper's name a print page's running head gives before the edition's date
    («جريدة الدانة | السبت 1 مارس 2025 م | العدد 6128»), or None."""
    if line.kind is not Kind.DATE or "|" not in line.text:
        return None
    name = line.text.split("|", 1)[0].strip()
    return name if looks_like_site(name) and words(name) <= _MASTHEAD_WORDS else None


def _caption_over_headline(lines: list[_Line], at: int) -> bool:
    """Whether line `at` is a photo's caption printed over the headline: a person at an
    event («الدكتور سامح عبد الغني خلال لقائه ببرنامج …»), a headline-like line under it."""
    if at + 1 >= len(lines) or lines[at + 1].kind is not Kind.TEXT:
        return False
    under = lines[at + 1].text
    return (
        _AT_AN_EVENT.search(lines[at].key) is not None
        and not ends_sentence(lines[at].text)
        and _AT_AN_EVENT.search(lines[at + 1].key) is None
        and _headline_like(under)
        and not paragraph_like(under)
    )


def _at_an_event(text: str) -> bool:
    """Whether a line puts someone at an event, as a photo's caption does (`_AT_AN_EVENT`)."""
    return _AT_AN_EVENT.search(bare_key(text)) is not None


# A person at an event, as a photo's caption says it: «… خلال لقائه …», «… أثناء زيارتها …».
_AT_AN_EVENT = re.compile(
    r"^\S+(?: \S+){0,6} (?:خلال|اثناء) (?:لقائه|لقائها|لقائهم|زيارته|زيارتها|حديثه|حديثها|القاء"
    r"|مشاركته|مشاركتها|كلمته|كلمتها|استقباله|استقبالها|ترؤسه|ترؤسها|تفقده|تفقدها|افتتاح|توقيع"
    r"|الاجتماع|اجتماع|المؤتمر|مؤتمر|الحفل|حفل|الجلسه|جلسه"
    # (or in the days of a campaign, a visit, a show: «… خلال اليوم الأول من الحملة»)
    r"|اليوم|الايام|الحمله|حمله|فعاليات|الاحتفال|احتفال|الزياره|زياره|المعرض|معرض|الورشه|ورشه"
    r"|الندوه|ندوه|المباراه|مباراه)(?:\s|$)"
)


def _without_icons(text: str) -> str:
    """``text`` without the icons and spaces around it («☰  شط العرب  🔔»)."""
    start, end = 0, len(text)
    while start < end and (text[start].isspace() or unicodedata.category(text[start])[0] == "S"):
        start += 1
    while end > start and (
        text[end - 1].isspace() or unicodedata.category(text[end - 1])[0] == "S"
    ):
        end -= 1
    return text[start:end]


def _arabic_masthead_under(lines: list[_Line], site_at: int, title_at: int | None) -> str | None:
    """The site's Arabic name printed under its Latin one («Arab Michigan Voice» over «صوت
    ميشيغان العربي»): an Arabic page's site, in Arabic."""
    under = site_at + 1
    if under >= min(len(lines), len(lines) if title_at is None else title_at):
        return None
    text = lines[under].text.strip(_ORNAMENTS)
    if lines[under].kind not in _WORDED or _latin(text) or ends_sentence(text):
        return None
    plain = words(text) <= _MASTHEAD_WORDS and not any(ch.isdigit() for ch in text)
    if plain and not _nav_parts(text) and lines[under].kind is Kind.TEXT:
        return text
    # «موروني إنفو – أخبار جزر القمر» under «Moroni Infos», «جوبا بوست | Kismaayo» under
    # «JUBBA POST»: of the name and its motto or town, the part that spells the Latin name,
    # word for word
    spelled = [
        part
        for part in _MASTHEAD_PARTS.split(text)
        if words(part) == words(lines[site_at].text)
        and not _latin(part)
        and not describes_an_outlet(part)  # («راينفيله عربي – القسم العربي»)
    ]
    return (
        spelled[0].strip() if len(spelled) == 1 and words(spelled[0]) <= _MASTHEAD_WORDS else None
    )


_MASTHEAD_PARTS = re.compile(r"\s[|•·\-–—]\s")


_MASTHEAD_WORDS = 4
_SUBJECT_LABEL = re.compile(r"^\s*(?:الموضوع|عنوان الموضوع|عنوان المشاركة)\s*[:：]\s*(?=\S)")


def _masthead_and_motto(text: str) -> list[str]:
    """The outlet's name and what it is, between a bar, in either order («مِجهر | منصة
    عربية مستقلة للتحقق من الأخبار», «صحيفة رياضية يومية | ملاعب الدوحة»): [name, motto];
    [] for any other line."""
    parts = [p.strip() for p in _NAV_SEPARATOR.split(text)]
    if len(parts) != 2 or ends_sentence(text):
        return []
    described = [describes_an_outlet(p) for p in parts]
    if described == [False, True]:
        return parts
    return parts[::-1] if described == [True, False] else []


def _the_part_the_rights_name(parts: list[str], lines: list[_Line]) -> str | None:
    """The one part of a masthead line («عقار مصر | بوابة العقارات الأولى») the page's
    copyright notice names as its holder («جميع الحقوق محفوظة لعقار مصر»): the site's
    name, whatever the other part says; None when it names none or both."""
    holders = {
        bare_key(holder)
        for line in lines
        for fact in line.facts
        if fact.kind is Kind.COPYRIGHT and (holder := str(fact.value or ""))
    }
    # (the rights reserved «لعقار مصر»: to the outlet, with the preposition on its name)
    holders |= {h[1:] for h in holders if h.startswith("ل") and not h.startswith("ال")}
    named = _the_one_part_in(parts, holders)
    if named is None or _latin(named) or _A_PAPERS_PART.match(bare_key(named)):
        # (a bilingual masthead's Latin half is no Arabic page's name; «الملحق الثقافي ©
        # جريدة الضفة»: a supplement is its paper's)
        return None
    return named


def _the_one_part_in(parts: list[str], names: set[str]) -> str | None:
    """Of a masthead's two parts, the one whose key is among `names` (the page's copyright
    holders, its `_site_hints`); None when neither or both are."""
    named = [p.strip() for p in parts if bare_key(p) in names] if len(parts) == 2 else []
    return named[0] if len(named) == 1 else None


_A_PAPERS_PART = re.compile(r"^(?:ال)?(?:ملحق|ركن|باب|زاويه)\b")


def _site_over_title(
    lines: list[_Line], site_at: int | None, title_at: int | None
) -> tuple[str | None, str | None]:
    """The site's name printed over the headline, and the section printed with it: the
    line `_find_title` set aside («بوابة الوادي», «الشام اليوم | سياسة»), or «A - B» as the
    first line above the headline, furniture aside: «المصري اليوم - أخبار مصر والعالم» (a
    site and its motto), «سياسة - الشام اليوم» (a section and the site)."""
    if site_at is not None and _masthead_with_its_city(lines, site_at):
        return _pair(lines[site_at].facts[0])[0], None
    if site_at is not None:
        text = lines[site_at].text
        parts = _nav_parts(text) or _masthead_and_motto(text) or [text]
        halves = _NAV_SEPARATOR.split(text)
        if parts == [text] and (named := _the_one_part_in(halves, _site_hints(lines))):
            return named, None  # «نوافذ | مقالات مترجمة من الصحافة العالمية»: name, motto
        if owned := _the_part_the_rights_name(parts, lines):
            others = [p for p in parts if p != owned and section_like(p)]
            return owned, (others[0] if others else None)
        return _site_and_section(parts)
    # The first line above the headline that is not furniture («عاجل», a share widget).
    first = next((i for i in range(title_at or 0) if lines[i].kind in _WORDED), None)
    if first is not None and lines[first].kind is Kind.PAIR:
        return _site_and_section(list(_pair(lines[first].facts[0])))
    return None, None


def _without_a_box_over_the_lead(paragraphs: list[str]) -> list[str]:
    """The body without the short lines of a box printed over its lead (a cast's names, a
    film's credits, «نجوم في الخبر» cards): no sentence among them, and the lead, a
    paragraph, right under them."""
    lead = next(
        (i for i, p in enumerate(paragraphs[: _BOX_OVER_LEAD + 1]) if paragraph_like(p)), None
    )
    box = paragraphs[:lead]
    if not lead or any(
        ends_sentence(p) or _announces(p) or words(p) > _BOX_LINE_WORDS for p in box
    ):
        return paragraphs
    return paragraphs[lead:]


_BOX_OVER_LEAD = 6  # the lines such a box holds, at most
_BOX_LINE_WORDS = 12


def _under_the_introduction(paragraphs: list[str]) -> tuple[str, list[str]]:
    """A study's front matter over its introduction's heading («ملخص الورقة» and its text,
    a summary's points, then «أولاً: مقدمة»): the body opens under that heading, and the
    abstract, when it has one, is the summary. ("", paragraphs) for any other body."""
    intro = next(
        (
            i
            for i, p in enumerate(paragraphs[:_FRONT_MATTER_LINES])
            if _INTRODUCTION.match(bare_key(p))
        ),
        None,
    )
    if not intro or intro + 1 >= len(paragraphs):
        return "", paragraphs
    front = paragraphs[:intro]
    if _ABSTRACT_HEADING.match(bare_key(front[0])):
        front = front[1:]  # (the abstract's heading, when the header left it among them)
    # (not a summary's points: «• تمتلك دول الخليج مزايا تنافسية …»)
    abstract = " ".join(front) if front and all(map(paragraph_like, front)) else ""
    return abstract, paragraphs[intro + 1 :]


_FRONT_MATTER_LINES = 8
# «أولاً: مقدمة», «1. مقدمة», «مقدمة»
_INTRODUCTION = re.compile(r"^(?:(?:اولا|[1١])\W*)?(?:ال)?(?:مقدمه|تمهيد)$")
# «ملخص الورقة», «الملخص التنفيذي», «ملخص الدراسة»
_ABSTRACT_HEADING = re.compile(r"^(?:ال)?ملخص(?: (?:ال)?(?:ورقه|دراسه|تنفيذي|بحث|تقرير))?$")


def _dateline_date(paragraph: str) -> date | None:
    """The date a press release's dateline gives its first paragraph, when the page prints
    no other («الرياض، 3 ديسمبر 2024 – أعلنت …»)."""
    opening = _DATED_DATELINE.match(paragraph)
    found = parse_arabic_datetime(opening["date"]) if opening else None
    return found.date() if isinstance(found, datetime) else found


_DATED_DATELINE = re.compile(
    r"^\s*[^\W\d_]+(?: [^\W\d_]+){0,2}\s*[،,]\s*"
    r"(?:[^\W\d_]+(?: [^\W\d_]+){0,2}\s*[،,]\s*)?"  # its country: «الرياض، السعودية،»
    # (a month in two calendars' names: «14 نيسان/أبريل 2025»)
    r"(?P<date>\d{1,2} [^\W\d_]+(?: ?/ ?[^\W\d_]+)? \d{4})\s*[–—-]"
)


def _dateline_agency(paragraphs: list[str]) -> str | None:
    """The agency the dateline opening the first paragraph credits («القاهرة - أ ش أ -»),
    "" for the site's own staff («بيروت - خاص -»), None when there is none. The dateline
    stays in the paragraph, as the page prints it: it says where the story was filed."""
    if not paragraphs:
        return None
    opening = opening_agency(paragraphs[0])
    return _closing_agency(paragraphs[-1]) if opening is None else opening


# «… خلال الأسابيع المقبلة. (ومع)»: the wire credited where its copy ends
_CLOSING_CREDIT = re.compile(r"[.!؟?»\"]\s*\(([^()]{1,30})\)\s*$")


def _closing_credit(paragraph: str) -> re.Match[str] | None:
    credit = _CLOSING_CREDIT.search(paragraph)
    return credit if credit and is_agency(credit[1]) else None


def _closing_agency(paragraph: str) -> str | None:
    credit = _closing_credit(paragraph)
    return credit[1].strip() if credit else None


def _uncredited(paragraph: str) -> str:
    """The paragraph without the agency credited where it ends: a sentence's, not a
    headline's, end."""
    credit = _closing_credit(paragraph)
    return paragraph[: credit.start(1) - 1].rstrip() if credit else paragraph


def _credits_someone(text: str) -> bool:
    """An agency, a quoted outlet, the site's own staff («خاص») or a person's name, also
    one whose given name no list knows («سنية الجلاصي», «سنية بن عمر»)."""
    return (
        is_agency(text)
        or quoted(text)
        or own_staff(text)
        or reporter_like(text)
        or fathers_name_last(text)
    )


def _site_and_section(parts: list[str]) -> tuple[str, str | None]:
    """(site, section) of a masthead line's parts: the section is the part made of section
    words, the site the first other part; when no part or every part reads as a section,
    the first part is the site («site | section» is the commoner order). A part saying
    what the outlet is («صحيفة رياضية يومية») is neither."""
    parts = [p for p in parts if not describes_an_outlet(p)] or parts
    # («🔴 عاجل | نبأ عُمان»: a channel's breaking-news label beside its name)
    parts = [p for p in parts if bare_key(_without_icons(p)) not in _BREAKING_LABELS] or parts
    if len(parts) == 1:
        return parts[0], None
    # «Ministry of Education - وزارة التربية والتعليم»: an Arabic page's site, in Arabic
    arabic = [p for p in parts if not _latin(p)]
    if arabic and len(arabic) < len(parts):
        parts = arabic
        if len(parts) == 1:
            return parts[0], None
    # «الملحق الثقافي | جريدة الضفة»: the part an outlet's noun opens is the site
    outlets = [p for p in parts if looks_like_site(p)]
    if len(outlets) == 1 and len(parts) == 2:
        return outlets[0], next(p for p in parts if p != outlets[0])
    sections = [p for p in parts if section_like(p)]
    others = [p for p in parts if not section_like(p)]
    if not others or not sections:
        return parts[0], None
    return others[0], sections[0]


_PHOTO_LABELS = keyset("صورة تعبيرية", "صورة أرشيفية", "صورة من الأرشيف")
_BREAKING_LABELS = keyset("عاجل", "خبر عاجل", "عاجل جدا", "breaking", "breaking news", "urgent")


def _furniture_or_heading(line: _Line) -> bool:
    """The page's furniture, or a box's short heading («بطاقة الفيلم»)."""
    return line.kind in _FURNITURE or (line.kind is Kind.TEXT and _box_heading(line.text))


def _box_title_over(line: _Line) -> bool:
    """Whether `line` is the title of a box of back matter alone («عن الكتاب», «عن الكاتبة»),
    no list of the story's labels («التصنيفات: …») or note («تم تحديث هذا الخبر 3 مرات»)."""
    text = line.text.strip()
    return (
        line.kind is Kind.BACK_MATTER
        and words(text) <= _BOX_TITLE_WORDS
        and not any(ch.isdigit() or ch in ":：|" for ch in text)
    )


_BOX_TITLE_WORDS = 3


def _box_heading(text: str) -> bool:
    return words(text) <= _BOX_HEADING_WORDS and not ends_sentence(text)


class _Reader:
    """Collects the facts of every line into the page, in reading order."""

    def __init__(
        self,
        page: ParsedPage,
        lines: list[_Line],
        header: list[int],
        body_from: int,
        title_at: int | None,
    ) -> None:
        self.page, self.lines, self.header, self.body_from = page, lines, header, body_from
        self.title_at = title_at
        self.bylines: list[Byline] = []
        self.over_the_title: list[Byline] = []  # the bylines printed over the headline
        self.loose_header: list[int] = []  # «A - B» header lines that are not a byline
        self.captions: list[tuple[int, str]] = []  # labelled captions, where they are
        self.back_matter: list[int] = []  # where the story's back matter begins, each time
        self.dates: list[tuple[int, datetime | date, bool]] = []
        self.published_lines: set[int] = set()  # dates labelled as the publication's
        self.times: dict[int, time] = {}
        self.relative: list[int] = []  # the lines of relative times («قبل 5 ساعات»)
        self.source_lines: list[tuple[int, str]] = []  # «المصدر: …» lines, where they are
        self.body_span = (0, 0)  # the lines of the body's first and last paragraphs
        self.credit: str | None = None
        self.holder: str | None = None
        self.standfirst: str | None = None
        self.labelled_summary = ""  # «ملخص: ...»: the page says which line it is
        self.tag_keys: set[str] = set()
        self.site_key = bare_key(page.site_name or "")  # the site's name above the headline

    def read(self) -> None:
        """Fill in the page: every line's facts, the header, the body, then the fields."""
        page = self.page
        comments = related = False
        for i, line in enumerate(self.lines):
            # Under the comments' heading, readers' names and dates are not the article's;
            # under a list of related stories, their outlets are theirs («بوابة الدلتا · منذ
            # 6 ساعات» under an aggregator's «التغطية الكاملة»).
            comments = comments or (i >= self.body_from and line.kind is Kind.COMMENTS)
            related = related or (i >= self.body_from and line.kind is Kind.RELATED)
            for fact in line.facts:
                listed = (
                    related and fact.kind is Kind.BYLINE and not cast(Byline, fact.value).authors
                )
                if not (comments and fact.kind in _COMMENT_KINDS) and not listed:
                    self._take(i, line, fact)
        if page.site_name is None and self.holder:
            page.site_name = (
                self._arabic_name_of(self.holder) or self._masthead_in(self.holder) or self.holder
            )
        self._read_header()
        self._columnist_over_headline()
        abstract, paragraphs = _under_the_introduction(_without_a_box_over_the_lead(self._body()))
        self.labelled_summary = self.labelled_summary or abstract
        dateline_agency = _dateline_agency(paragraphs)
        self._authors(opening_reporter(paragraphs[0]) if paragraphs else [])
        if not page.authors and paragraphs and (writer := _signed_bio(paragraphs[-1])):
            page.authors, page.author = [writer], writer  # «سليم القاسمي: ناقد وأكاديمي …»
        if not page.authors and (writer := self._signed_off() or self._signed_under(paragraphs)):
            page.authors, page.author = [writer], writer  # «مع خالص التحية،» over a name
        named = bool(paragraphs) and self._writer_named_over(self.body_span[1], page.authors)
        # (an interview closes with a note on its guest, whom the headline names)
        people = page.authors + _named_in(page.title or "", paragraphs[-1:])
        page.body = "\n\n".join(_without_writers_bio(paragraphs, people, named))
        self._source(dateline_agency)
        page.published_at = self._published(_dateline_date(paragraphs[0]) if paragraphs else None)
        # The standfirst the page prints, or nothing: the body's opening, copied, would be
        # read twice on the article's page and weigh twice in search and linking.
        page.summary = self.labelled_summary or self.standfirst or ""
        page.missing = [name for name in _FIELDS if not getattr(page, name)]

    def _signed_off(self) -> str | None:
        """The name under a letter's closing formula after the body («مع خالص التحية،» /
        «كريم عبد الله»), or None."""
        for i in self.back_matter:
            if (
                i >= self.body_from
                and i + 1 < len(self.lines)
                and SIGN_OFF.match(bare_key(self.lines[i].text))
            ):
                name = self.lines[i + 1].text.strip()
                return name if person_like(name) else None
        return None

    def _signed_under(self, paragraphs: list[str]) -> str | None:
        """A name alone on the line under the story's last paragraph, over the page's
        furniture (a share bar, related links, the copyright) or its end: the writer's
        signature, where Maghrebi dailies print it («أمينة بن عيسى»); or None."""
        at = self.body_span[1] + 1
        if not paragraphs or at >= len(self.lines):
            return None
        line, after = self.lines[at], self.lines[at + 1 : at + 2]
        name = line.text.strip()
        if line.kind is Kind.PAIR:
            # «د. الطاهر عبد الباقي - القاهرة»: the writer and the town the piece was sent from
            signer, town = _pair(next(f for f in line.facts if f.kind is Kind.PAIR))
            # (or a region no list knows, after someone's first name: «ريما الحاج – عكار»)
            place = is_city(town) or (words(town) == 1 and person_like(signer))
            signed = reporter_like(signer) and place and not looks_like_outlet(town)
            # (over the furniture, over a box's heading, «بطاقة الفيلم», over its stamp, or
            # over the next story's headline, as an e-paper's page goes on)
            signed = signed and all(
                a.kind in (Kind.DATE, Kind.TIME)
                or _furniture_or_heading(a)
                or (a.kind is Kind.TEXT and _headline_like(a.text, max_words=15))
                for a in after
            )
            return signer if signed else None
        if line.kind is not Kind.TEXT:
            return None
        if person_like(name) and all(a.kind in _FURNITURE for a in after):
            return name
        # (a note on the writer, starred: «* خالد الحارثي: صحفي متخصص في الشؤون البيئية»)
        if writer := _signed_bio(name.lstrip("*✱ ")):
            return writer
        # (an author's box: the name over who they are, «صحافية مستقلة مقيمة في طرابلس …»)
        if name_shaped(name) and after and _author_box_bio(after[0]):
            return name
        return None

    def _masthead_in(self, holder: str) -> str | None:
        """The site's name as a short line over the headline prints it, inside the copyright
        holder's longer one («نابلس الآن» in «شبكة نابلس الآن الإخبارية»), or after the ل
        the rights are reserved to («محفوظة لنبض الفرات نيوز»)."""
        wanted = f" {bare_key(holder)} "
        if holder.startswith("ل") and not holder.startswith("ال"):
            wanted += f" {bare_key(holder[1:])} "
        for line in self.lines[: self.title_at or 0]:
            short = bare_key(line.text)
            if line.kind is Kind.TEXT and 2 <= words(short) <= 4 and f" {short} " in wanted:
                return line.text.strip()
        return None

    def _arabic_name_of(self, holder: str) -> str | None:
        """The Arabic name a bilingual masthead prints beside the Latin one the copyright
        notice gives («الخليج المالي | Gulf Finance Daily» with «© 2025 Gulf Finance Daily»):
        an Arabic page's site, in Arabic."""
        if not _latin(holder):
            return None
        if half := _arabic_of_two(holder):
            return half  # «© The Arab Traveller | المسافر …»
        wanted = bare_key(holder)
        for line in self.lines[: self.title_at or 0]:
            parts = [p.strip() for p in _NAV_SEPARATOR.split(line.text)]
            if len(parts) == 2 and any(bare_key(p) == wanted for p in parts):
                return next((p for p in parts if not _latin(p)), None)
        return None

    def _take(self, i: int, line: _Line, fact: Fact) -> None:
        """Keep what the `i`th line's `fact` says about the page (`_TAKERS`, by kind)."""
        taker = _TAKERS.get(fact.kind)
        if taker is not None:
            taker(self, i, line, fact)

    def _take_byline(self, i: int, line: _Line, fact: Fact) -> None:
        if i >= self.body_from and any(f.value == HOLDS for f in line.facts):
            return  # an embedded post's account among the paragraphs, not the writer
        byline = cast(Byline, fact.value)
        if byline.stands_in and i >= self.body_from:
            # «[ تحرير: … ]» under a wire's copy: the desk's editor, never its writer
            byline = replace(byline, stands_in=False)
        self.bylines.append(byline)
        if self.title_at is not None and i < self.title_at:
            self.over_the_title.append(byline)

    def _take_pair(self, i: int, line: _Line, fact: Fact) -> None:
        """«A - B» in the header under the headline: a byline, the site and its section
        («سياسة - هسبريس»), else a loose header line."""
        if i >= self.body_from or (self.title_at is not None and i <= self.title_at):
            if self._dated_byline_over_the_title(i, fact):
                byline = _pair_byline(*_pair(fact), self.site_key)
                if byline and byline.authors:
                    self.bylines.append(byline)
                    self.over_the_title.append(byline)
            return
        if self._took_masthead(list(_pair(fact))):
            return
        if _bio_line(_pair(fact)[0]) and self._after_a_name(i):
            return  # «مراسلة الشؤون الصحية - راديو الجسر»: who the name over it is
        box, where = _pair(fact)
        if (
            self.bylines
            and is_city(where)
            and words(box) <= _BOX_HEADING_WORDS
            and self._heads_a_box(i)
        ):
            return  # «مؤشر جودة الهواء – القاهرة» over its readings, under the byline: a box
        if self._credited_to_the_site(line.text, *_pair(fact)):
            self.captions.append((i, line.text))  # «النحات نبيل حداد في مشغله (الرواق)»
            return
        left, right = _pair(fact)
        # («حيدر آباد – سلمان أحمد الندوي»: a town no list knows, which the story names as
        # one, «في مدينة حيدر آباد»)
        town = not is_city(left) and self._names_as_a_place(left)
        byline = _pair_byline(left, right, self.site_key, town=town)
        if byline:
            self.bylines.append(byline)
        else:
            self.loose_header.append(i)

    def _names_as_a_place(self, text: str) -> bool:
        """Whether the story names `text` as a place: after «في», «إلى» or a place's noun
        («مدينة», «ولاية»)."""
        name = bare_key(text)
        if not name or words(name) > _PLACE_WORDS:
            return False
        place = re.compile(
            rf"(?:^|\s)(?:في|الي|مدينه|ولايه|محافظه|منطقه|اقليم) {re.escape(name)}(?!\w)"
        )
        return any(
            line.kind is Kind.TEXT and place.search(line.key)
            for line in self.lines[self.body_from :]
        )

    def _dated_byline_over_the_title(self, i: int, fact: Fact) -> bool:
        """Whether «CITY - NAME» over the headline, beside the stamp, is the byline (an
        aviation site's «دبي – لمى الحداد» over «03-02-2025 | 10:10 ص», the kicker and the
        headline)."""
        if self.title_at is None or i >= self.title_at:
            return False
        left, right = _pair(fact)
        if is_city(left) == is_city(right):
            return False
        name = right if is_city(left) else left  # «محمد سالم الكبيسي (الدوحة)» too
        if not reporter_like(name):
            return False
        # (right over the headline, the stamp under it)
        under = i + 2 if i + 1 == self.title_at else i + 1
        beside = self.lines[max(i - 1, 0) : i] + self.lines[under : under + 1]
        return any(line.kind in (Kind.DATE, Kind.TIME) for line in beside)

    def _credited_to_the_site(self, text: str, left: str, right: str) -> bool:
        """Whether «LEFT (RIGHT)» is a photo's description credited to the site in brackets:
        four words or more that no name or dateline has («في مشغله»), then the site's name."""
        return (
            text.rstrip().endswith(")")
            and bool(self.site_key)
            and _is_the_masthead(right, self.site_key)
            and words(left) >= _DESCRIBED_WORDS
            and _describes(left)
            and not (name_shaped(left) or is_city(left))
        )

    def _took_masthead(self, parts: list[str]) -> bool:
        """Whether `parts` («هسبريس | سياسة») name the site and a section, noted if so; a
        country's dateline («مصر - أ ش أ», «لبنان - خاص») or a name is no masthead."""
        if not any(map(section_like, parts)) or any(map(_credits_someone, parts)):
            return False
        site, section = _site_and_section(parts)
        self.page.site_name = self.page.site_name or site
        self.site_key = self.site_key or bare_key(site)
        self.page.section = self.page.section or section
        return True

    def _take_agency(self, i: int, line: _Line, fact: Fact) -> None:
        """An agency alone: the byline's source in the header, a credit after the body."""
        agency = cast(str, fact.value)
        if i < self.body_from:
            self.bylines.append(Byline(source=agency))
        else:
            self.credit = self.credit or agency

    def _take_date(self, i: int, line: _Line, fact: Fact) -> None:
        self.dates.append((i, cast(datetime | date, fact.value), fact.is_update))
        if fact.published and not self._in_a_box(i):
            self.published_lines.add(i)

    def _take_stamp_like_a_posts(self, i: int, line: _Line, fact: Fact) -> None:
        """A stamp shaped like a social post's («12:05 · 2 جوان 2025»), under the headline and
        over the body: a mobile page's own stamp, the story's date."""
        if fact.value != HOLDS or self.title_at is None or not self.title_at < i <= self.body_from:
            return
        value = parse_arabic_datetime(line.text)
        if value is not None:
            self.dates.append((i, value, False))

    def _in_a_box(self, i: int) -> bool:
        """Whether line `i` is an item of a box under a key-points heading («الدراسة في
        سطور» over «تاريخ النشر: 2 مايو 2025», the study's date, not the page's)."""
        for j in range(i - 1, max(-1, i - _KEY_POINT_ITEMS - 1), -1):
            if KEY_POINTS.match(self.lines[j].key):
                return True
            if self.lines[j].kind in _BYLINE_KINDS and self.lines[j].kind is not Kind.DATE:
                return False
        return False

    def _take_time(self, i: int, line: _Line, fact: Fact) -> None:
        self.times[i] = cast(time, fact.value)

    def _take_source(self, i: int, line: _Line, fact: Fact) -> None:
        self.source_lines.append((i, cast(str, fact.value)))

    def _take_tags(self, i: int, line: _Line, fact: Fact) -> None:
        self._add_tags(cast(tuple[str, ...], fact.value))

    def _take_back_matter(self, i: int, line: _Line, fact: Fact) -> None:
        self.back_matter.append(i)

    def _take_caption(self, i: int, line: _Line, fact: Fact) -> None:
        self.captions.append((i, cast(str, fact.value) or line.text))

    def _take_breadcrumb(self, i: int, line: _Line, fact: Fact) -> None:
        if self.page.section is None and fact.value:
            self.page.section = cast(str, fact.value)

    def _take_copyright(self, i: int, line: _Line, fact: Fact) -> None:
        self.holder = self.holder or cast(str | None, fact.value)

    def _take_summary(self, i: int, line: _Line, fact: Fact) -> None:
        self.labelled_summary = self.labelled_summary or cast(str, fact.value)

    def _take_relative(self, i: int, line: _Line, fact: Fact) -> None:
        if not fact.is_update:  # («آخر تحديث منذ 5 ساعات» says nothing of the publication)
            self.relative.append(i)
        self.page.warnings.append(f"تاريخ نسبي لم يُستخدم: «{line.text}»")

    def _add_tags(self, tags: Iterable[str]) -> None:
        for tag in tags:
            if key(tag) not in self.tag_keys:
                self.tag_keys.add(key(tag))
                self.page.tags.append(tag)

    def _read_header(self) -> None:
        """Caption, standfirst or name among the short lines held in the header."""
        has_authors = any(b.authors for b in self.bylines)
        # A gallery's captions under the story come after the header's photo («جانب من الحضور»).
        over_body = [text for i, text in self.captions if i < self.body_from]
        # (a chart's title among the paragraphs, «إنفوجرافيك: …», is no photo of the story)
        under_body = [
            text
            for i, text in self.captions
            if i >= self.body_from and not _INFOGRAPHIC.match(key(text))
        ]
        # (of a photo's line in another language and its Arabic one, the Arabic)
        caption = next((t for t in over_body if not _latin(t)), over_body[0]) if over_body else None
        # «ناقلة غاز مسال قرب المنصة العائمة» over «الصورة: أرشيف الشركة المشغلة»: the label
        # credits the photo, the line over it says what it shows
        credited = [i for i, text in self.captions if i < self.body_from and _credit_only(text)]
        if credited and credited[0] - 1 in self.header and self._captionish(credited[0] - 1):
            caption = self.lines[credited[0] - 1].text
        loose = sorted(self.header + self.loose_header)
        for position, i in enumerate(loose):
            text = self.lines[i].text
            if (parts := _nav_parts(text)) and self._took_masthead(parts):
                continue
            # (not someone at an event: «المخرج كريم بن علي خلال الندوة الصحفية», a photo's)
            bio = _bio_line(text) and not _at_an_event(text)
            if bio and (self._after_a_name(i) or self._writers_bio(i)):
                continue  # «كاتب صحفي» under a columnist's name: who they are, no caption
            if i + 1 < len(self.lines) and any(f.value == CHANNEL for f in self.lines[i + 1].facts):
                continue  # «قناة أمانة المنطقة الشرقية» over «قناة · 212 ألف متابع»: its name
            later_short = any(self._captionish(j) for j in loose[position + 1 :])
            # A name beside another caption-like line is the byline, that line the caption.
            with_caption = caption is not None or later_short
            if byline := self._header_byline(i, has_authors, with_caption):
                self.bylines.append(byline)
                has_authors = has_authors or bool(byline.authors)
                continue
            if (
                self._captionish(i)
                and caption is None
                and not (self.standfirst is None and later_short)
            ):
                caption = text
            elif self.standfirst is None:
                self.standfirst = text
            else:
                self.page.warnings.append(f"سطر في رأس الخبر لم يُستخدم: «{text}»")
        over_headline = self._caption_over_headline()
        caption = (
            caption
            or over_headline
            or (under_body[0] if under_body else None)
            or self._photos_label_alone()
        )
        # (the headline again, as an app's share preview prints it over the pasted story, is
        # no photo's description)
        self.page.caption = None if caption and key(caption) == key(self.page.title) else caption

    def _photos_label_alone(self) -> str | None:
        """«صورة تعبيرية» alone under the headline, all the page says of its photo: the
        caption, when nothing else describes it."""
        start = 0 if self.title_at is None else self.title_at + 1
        for line in self.lines[start : self.body_from + 1]:
            if line.kind is Kind.MARKER and bare_key(line.text.strip("()[] ")) in _PHOTO_LABELS:
                return line.text.strip()
        return None

    def _caption_over_headline(self) -> str | None:
        """The photo's caption printed right over the headline (see `_read_top`)."""
        at = self.title_at
        if not at:
            return None
        if _caption_over_headline(self.lines, at - 1):
            return self.lines[at - 1].text
        # (or over its credit, a kicker between them and the headline: «الحرفيون خلال …» over
        # «تصوير: NAME» over «تراث»)
        over = range(max(at - 3, 0), at)
        return next((self.lines[i].text for i in over if _over_a_photo_credit(self.lines, i)), None)

    def _writers_bio(self, i: int) -> bool:
        """Whether line `i`, a role, says who the byline over it is («بقلم: د. هيفاء
        المومني» over «أستاذة اللسانيات في إحدى الجامعات»): three words or more, where a
        photo's caption naming someone's post is a title alone («وزير التعليم»)."""
        before = self._line_over(i)
        text = self.lines[i].text
        # (however long, a line that says it is the writer's: «الكاتب أستاذ الأدب العربي …»)
        short = words(text) <= _ROLE_UNDER_THE_DATE_WORDS or _the_writer_is(text)
        if before is not None and self.lines[before].kind is Kind.DATE and short:
            before = self._line_over(before)  # «بقلم: …» / «27/3/2025 - 8:50 مساءً» / the role
        return (
            before is not None
            and self.lines[before].kind is Kind.BYLINE
            and words(self.lines[i].text) >= 3
        )

    def _writer_named_over(self, i: int, authors: list[str]) -> bool:
        """Whether the line over line `i` (what is dropped aside) is an author's name."""
        before = self._line_over(i)
        name = bare_key(self.lines[before].text) if before is not None else ""
        return any(name == bare_key(author) for author in authors)

    def _line_over(self, i: int) -> int | None:
        """The nearest line over line `i` that is not dropped furniture."""
        return next((j for j in range(i - 1, -1, -1) if self.lines[j].kind is not Kind.DROP), None)

    def _after_a_name(self, i: int) -> bool:
        """Whether the text line before line `i` may be a person's name."""
        before = next((j for j in range(i - 1, -1, -1) if self.lines[j].kind is Kind.TEXT), None)
        text = self.lines[before].text if before is not None else ""
        return 2 <= words(text) <= 4 and name_ok(text)

    def _columnist_over_headline(self) -> None:
        """A columnist's name and who they are printed over the headline («سامر العبيدي» /
        «كاتب صحفي»), when no byline named the author."""
        if self.title_at is None or any(b.authors for b in self.bylines):
            return
        above = [
            j
            for j in range(max(0, self.title_at - 6), self.title_at)
            if self.lines[j].kind is Kind.TEXT
        ]
        for name, bio in pairwise(above):
            text = self.lines[name].text
            # The role under it says it is a name, whatever the lists know of first names.
            if 2 <= words(text) <= 4 and name_ok(text) and _bio_line(self.lines[bio].text):
                self.bylines.append(Byline(authors=tuple(split_names(self.lines[name].text))))
                return
        # An opinion page's label, the columnist's name, then the headline («رأي» /
        # «عبدالعزيز المهيري» / «الاقتصاد الأخضر ليس ترفاً»), under the other columnists'
        # teasers
        if len(above) >= 2 and above[-1] == self.title_at - 1:
            label, columnist = (self.lines[j].text for j in above[-2:])
            named = 2 <= words(columnist) <= 4 and person_like(columnist)
            if bare_key(label) in _OPINION_LABELS and named:
                self.bylines.append(Byline(authors=tuple(split_names(columnist))))

    def _header_byline(self, i: int, has_authors: bool, with_caption: bool) -> Byline | None:
        """A header line that is a byline without a label: «هسبريس من الرباط» (filed from a
        city), «الكويت: إيلي حداد» (a city and a name), or a name when no author is known
        yet."""
        text = self.lines[i].text
        if len(text) > _BYLINE_MAX_CHARS:
            return None
        if self._sites_own_voice(text) or names_a_post(text):
            # «رأي الميزان» on «الميزان»: an unsigned editorial's desk; «محرر الشؤون
            # البرلمانية»: a post, unnamed
            return Byline()
        filed = _FILED_FROM.fullmatch(text)
        if filed and is_city(filed["city"]) and words(filed["who"]) <= 4:
            return _pair_byline(filed["who"], filed["city"], self.site_key)
        dateline = _CITY_COLON.fullmatch(text)
        if dateline:
            # («البصرة/ مراسلنا علي جبار الموسوي»: the envoy's word before the name)
            who, city = _OUR_ENVOY.sub("", dateline["who"]).strip(), dateline["city"]
            # (a town the lists do not know, before a person's name: «انجمينا: يوسف محمد عبكر»;
            # a common word there is a credit's label, «تأليف: هالة الخطيب»)
            town = _rare_word(city, _TOWN_MAX_ZIPF)
            # («كسلا: الطاهر أوشيك»: a given name with the article, which no shape allows)
            a_person = person_like(who)
            if (is_city(city) and (a_person or name_shaped(who))) or (town and a_person):
                return Byline(authors=(who,))
            # («مرآة سوس: حميد أوبلا»: the site's own name, then its reporter's)
            on_site = bare_key(city) == self.site_key or _site_itself(city, self.site_key)
            if on_site and name_shaped(who) and not is_city(who):
                return Byline(authors=(who,))
        parts = [p.strip() for p in text.split(" | ")]
        if len(parts) == 2 and (named := self._name_beside_site(parts)):
            return Byline(authors=(named,))  # «نورة العنزي | بوابة الشمال»
        if len(parts) == 2 and person_like(parts[0]) and _a_town(parts[1]):
            return Byline(authors=(parts[0],))  # «سلمى الحايك | تورونتو»: where she filed from
        name_and_role = [p.strip() for p in _COMMA.split(text, maxsplit=1)]
        if (
            len(name_and_role) == 2
            and name_shaped(name_and_role[0])
            and _bio_line(name_and_role[1])
        ):
            return Byline(authors=(name_and_role[0],))  # «خالد النعيمي، محرر شؤون الفضاء»
        if not has_authors and self._names_someone(i, with_caption):
            return Byline(authors=tuple(split_names(text)))
        return None

    def _sites_own_voice(self, text: str) -> bool:
        """One or two words before the site's own name: its desk or its editorial's voice
        («رأي الميزان», «أسرة تحرير الميزان»), no person."""
        short = bare_key(text)
        if not self.site_key or ends_sentence(text) or "|" in short:
            return False  # («سلمى الحايك | تورونتو»: a name, and a town named like the site)
        if short.endswith(" " + self.site_key):
            return 1 <= words(short) - words(self.site_key) <= 2
        # («رأي المرسى» on «صحيفة المرسى»: the name without its cue word)
        head = short.split()
        return any(_site_itself(" ".join(head[n:]), self.site_key) for n in (1, 2) if n < len(head))

    def _name_beside_site(self, parts: list[str]) -> str | None:
        """The name of «name | site» or «site | name», the site the page's own."""
        for name, site in (parts, parts[::-1]):
            if bare_key(site) == self.site_key and name_shaped(name) and not is_team(name):
                return name
        return None

    def _names_someone(self, i: int, with_caption: bool) -> bool:
        """An unlabelled name in the header: «د. محمد علي» by its first name, or any name
        right over the date line, where sites print the byline («إيلي حداد»), or beside
        a caption."""
        text = self.lines[i].text
        if person_like(text):
            return True
        over_date = i + 1 < len(self.lines) and self.lines[i + 1].kind in (Kind.DATE, Kind.TIME)
        return (
            over_date or with_caption or self._over_a_role(i) or self._over_its_translator(i)
        ) and name_shaped(text)

    def _over_its_translator(self, i: int) -> bool:
        """Whether the line under line `i` credits only who translated the piece («ترجمة
        خاصة لـ«آفاق الشرق»: رنا عيسى») or is the writer's box («عن الكاتب: …»): a
        translated column's writer is named over them."""
        if i + 1 >= len(self.lines):
            return False
        under = self.lines[i + 1]
        return ABOUT_THE_WRITER.match(bare_key(under.text)) is not None or any(
            f.kind is Kind.BYLINE
            and cast(Byline, f.value).translators
            and not cast(Byline, f.value).authors
            for f in under.facts
        )

    def _over_a_role(self, i: int) -> bool:
        """Whether the line under line `i` says who someone is («محرر الأجهزة القابلة
        للارتداء», «طالبة صحافة - السنة الثالثة»), as under a byline's name."""
        if i + 1 >= len(self.lines) or self.lines[i + 1].kind not in _WORDED:
            return False
        under = self.lines[i + 1]
        pair = next((f.value for f in under.facts if f.kind is Kind.PAIR), None)
        return _bio_line(cast(tuple[str, str], pair)[0] if pair else under.text)

    def _heads_a_box(self, i: int) -> bool:
        """Whether a row of labelled fields or a box's item comes right under line `i`."""
        return any(
            _fields_row(line.text)
            or (line.kind not in _BYLINE_KINDS and _BOX_ITEM.match(line.text))
            for line in self.lines[i + 1 : i + 3]
        )

    def _captionish(self, i: int) -> bool:
        """Short and without a full stop; a longer such line straight under the headline
        (`_UNDER_HEADLINE_CAPTION_WORDS` or more) is more likely the standfirst («الحكومة
        تعتزم تقديم حوافز ...»)."""
        # (a caption printed in two languages, the Arabic half the one to read: «Rafael
        # Costa signs his contract | رافاييل كوستا يوقع عقده»)
        text = _arabic_of_two(self.lines[i].text) or self.lines[i].text
        if ends_sentence(text) or not _describes(text) or _PULL_QUOTE.fullmatch(text.strip()):
            return False  # («كل قطعة أصممها تبدأ من غرزة …»: a pull quote, the guest's words)
        if text.rstrip().endswith(_CUT_OFF):
            # «في خان الصابون بطرابلس القديمة،», «أسعار الصرف اليوم (للدينار الواحد):»: a
            # sentence cut at the end of its line, or a list's heading; no photo's line
            return False
        if (
            _latin(text)
            and self.title_at is not None
            and not _latin(self.lines[self.title_at].text)
        ):
            return False  # «Mercato d'hiver» under an Arabic headline: a French kicker
        if words(text) <= _BOX_HEADING_WORDS and self._heads_a_box(i):
            # «نتيجة التصويت» over «الموافقون: 73 | المعارضون: 38», «بطاقة القضية» over «الطعن
            # رقم …» and «المحكمة: …»: a box's heading
            return False
        if i > 0 and _box_title_over(self.lines[i - 1]):
            return False  # «عن الكتاب» over «بيت على حافة الوادي»: the box's first line
        if _under_a_table(self.lines, i):
            return False  # «(حسب الحساب الفلكي …)» under an imsakiya's rows: the table's note
        under_headline = self.title_at is not None and i == self.title_at + 1
        # (a person at an event, «… خلال إلقاء كلمته في افتتاح المؤتمر», or a line that says
        # it is a photo, «صورة رمزية لدرس في …»: a photo's line)
        photos = _at_an_event(text) or _A_PHOTO_OF.match(key(text)) is not None
        return words(text) <= (
            _UNDER_HEADLINE_CAPTION_WORDS if under_headline and not photos else 15
        )

    def _body(self) -> list[str]:
        """The body's paragraphs, without the title, the site's name or the caption again."""
        page = self.page
        repeated = {key(page.title), bare_key(page.site_name or ""), key(page.caption or "")}
        # (a video's page: its player over the body, whose transcript is the story)
        video = any(_PLAYER.match(line.key) for line in self.lines[: self.body_from])
        body = _Body(repeated - {""}, self._add_tags, video=video)
        paragraphs = body.read(self.lines[self.body_from :])
        if body.positions:
            self.body_span = (
                self.body_from + body.positions[0],
                self.body_from + body.positions[-1],
            )
        return paragraphs

    def _authors(self, reporters: list[str]) -> None:
        """The first byline's authors, else the `reporters` the body's dateline names, else
        the translator's name, else the editor's the header names (`Byline.stands_in`);
        other editors' and photographers' credits are named in a warning, never taken for
        authors."""
        page = self.page
        # (a byline over the headline, as a column box's «حديث المدينة | بقلم: …» over
        # another story, yields to one in the header under it, «كسلا – محمد الأمين إدريس»)
        under = [b for b in self.bylines if b.authors and b not in self.over_the_title]
        for byline in self.bylines:
            if byline.authors and not page.authors and (byline in under or not under):
                page.authors = list(byline.authors)
            for editor in byline.editors:
                page.warnings.append(f"اسم محرر أو مصور لم يُعتبر كاتبًا: «{editor}»")
        page.authors = page.authors or reporters
        translators = [name for byline in self.bylines for name in byline.translators]
        if not page.authors:
            page.authors = translators[:1]  # a translation without its writer's name
        elif translators:
            page.warnings.append(f"اسم مترجم لم يُعتبر كاتبًا: «{translators[0]}»")
        # (a reviewer beside a desk's writing credit reviewed it: «كتابة: فريق التحرير
        # الطبي» over «مراجعة: د. رنا الخطيب»)
        desk_wrote = any(not b.editors and not b.translators for b in self.bylines)
        if not page.authors and not desk_wrote:
            desk = next((b.editors for b in self.bylines if b.stands_in and b.editors), ())
            page.authors = list(desk)
        page.authors = page.authors[:1] + _co_authors(page.authors[1:])
        page.author = page.authors[0] if page.authors else None

    def _source(self, dateline_agency: str | None) -> None:
        """A byline's source, else the «المصدر:» line, the dateline's agency, an agency
        credited after the body; else, with a warning, the site's name."""
        page = self.page
        # (a blog's meta line names the post's category, the section over the headline:
        # «نشر بواسطة … | 14 ديسمبر، 2024 | أخبار الرابطة», no source)
        section = bare_key(page.section or "")
        byline_source = next(
            (b.source for b in self.bylines if b.source and bare_key(b.source) != section), None
        )
        # «المصدر:» between two paragraphs credits a chart's or a quote's data, not the story
        first, last = self.body_span
        # (nor one under a box's row of figures: «النفط: 477 | الغاز: 102» over «المصدر:
        # بيانات شركات الخدمات النفطية», the box's data)
        # (the first, unless it is in Latin letters and another names the source in Arabic:
        # «Source : ATPE» over «المصدر: الوكالة التشادية للصحافة والنشر»)
        source_line = min(
            (
                text
                for i, text in self.source_lines
                if not first < i < last and not (i > 0 and self._figures_row(i - 1))
            ),
            key=_latin,
            default=None,
        )
        if source_line and dateline_agency and bare_key(source_line) == self.site_key:
            source_line = None  # «المصدر: نافذة المشرق» on its own page: the wire's copy
        page.source = byline_source or source_line or dateline_agency or self.credit
        if page.source is None and page.site_name:
            # (a newsletter's masthead names its outlet: «نشرة «المرصد» الأسبوعية», or the
            # outlet that sends it: «نشرة «قهوة الصباح» من المنارة»)
            sender = _NEWSLETTER_FROM.match(page.site_name)
            page.source = (
                (sender and sender["outlet"]) or quoted_outlet(page.site_name) or page.site_name
            )
            page.warnings.append("المصدر مأخوذ من اسم الموقع")

    def _figures_row(self, i: int) -> bool:
        """Whether line `i` is a box's row of labelled figures («النفط: 477 (−5) | الغاز: 102
        (+1)»), not a stamp's times between bars."""
        line = self.lines[i]
        return (
            line.kind in (Kind.TEXT, Kind.DROP)
            and _fields_row(_CLOCK.sub("", line.text))
            and any(ch.isdigit() for ch in line.text)
        )

    def _published(self, dated_lead: date | None) -> datetime | date | None:
        """The publication's date: the page's stamp; else the date the lead's dateline
        gives («القاهرة، 14 نيسان/أبريل 2025 – …»), which a later «آخر تحديث:» does not
        replace; else the last update's."""
        dates = [d for d in self.dates if not d[2]]
        if not dates and dated_lead is not None:
            return dated_lead
        dates = dates or self.dates
        if not dates:
            return None
        # A stamp over the body labelled as the publication's wins over the page's other
        # dates (a match's kick-off, a broadcast's time) printed before it.
        # So does one printed right under the story, with its signature, when the page
        # prints no other over it: «نُشر في 14 تشرين الثاني 2024» under the last paragraph,
        # the day the page was copied over the headline.
        labelled = [
            d
            for d in dates
            if d[0] in self.published_lines
            and (d[0] <= self.body_from or self._signing_the_story(d[0]))
        ]
        # («أُعيد نشره: 20 أغسطس 2025» over «نُشر لأول مرة: 20 أغسطس 2024»: the first
        # publication's, when the page prints it; else the reprint's is the page's own)
        first = [d for d in labelled if not republished(self.lines[d[0]].text)]
        if first and len(first) < len(labelled):
            dates = [d for d in dates if d[0] >= first[0][0]]
        elif labelled and dates[0][0] not in self.published_lines:
            dates = [d for d in dates if d[0] >= labelled[0][0]]
        index, value, is_update = dates[0]
        if self._date_bar(index, dates):
            return None
        if len(dates) > 1 and dates[1][0] == index + 1 and _hijri_only(self.lines[index].text):
            # «14 رمضان 1447 هـ» over «الموافق 4 مارس 2026 م»: the Gregorian day printed
            # under it is the page's own reading of it
            index, value, is_update = dates[1]
        if not isinstance(value, datetime):
            # An edition's date over the masthead, the story's date and time under the
            # headline: the same day, with its time.
            timed = (d for d in dates[1:] if isinstance(d[1], datetime) and d[1].date() == value)
            index, value, is_update = next(timed, (index, value, is_update))
        if self._edition_date(index, value, dates) and (story := self._story_date(index, dates)):
            index, value, is_update = story
        if is_update:
            self.page.warnings.append("لا تاريخ نشر في الصفحة؛ استُخدم تاريخ آخر تحديث")
        if not isinstance(value, datetime):
            # (or the clock of the line a blog names its poster on: «نشر بواسطة … في 9:47 م»)
            posted = (
                clock
                for i, clock in self.times.items()
                if any(f.kind is Kind.BYLINE for f in self.lines[i].facts)
            )
            clock = self.times.get(index + 1) or self.times.get(index - 1) or next(posted, None)
            if clock is not None:
                value = datetime.combine(value, clock)
        return value

    def _signing_the_story(self, index: int) -> bool:
        """Whether line `index` comes right under the body's last paragraph, among the
        lines that sign the story off (its writer, its stamp), before any other text."""
        last = self.body_span[1]
        # (maybe under the box's heading: «بيانات المقال» over «الكاتب: …», «تاريخ النشر: …»)
        return last < index <= last + _SIGNATURE_LINES and not any(
            self.lines[i].kind is Kind.TEXT and not _box_heading(self.lines[i].text)
            for i in range(last + 1, index)
        )

    def _date_bar(self, index: int, dates: list[tuple[int, datetime | date, bool]]) -> bool:
        """Whether the only date, over the headline, is the site's date bar (the day the
        page was copied) while the story under the headline gives a relative time alone
        («قبل 5 ساعات»): the story's date is unknown, not that day."""
        title_at = self.title_at
        return (
            title_at is not None
            and index < title_at
            and all(d[0] < title_at for d in dates)
            and any(title_at < r < self.body_from for r in self.relative)
        )

    def _edition_date(
        self, index: int, value: datetime | date, dates: list[tuple[int, datetime | date, bool]]
    ) -> bool:
        """Whether the date on line `index` is the edition's: printed beside its Hijri day
        over the headline («الاثنين 9 جمادى الأولى 1446هـ - الموافق 11 نوفمبر 2024م»), or a
        day alone over the headline when the header under it dates the story («الخميس 24
        أبريل 2025» under the masthead, «الثلاثاء، 22 أبريل 2025 02:15 م» or «الأحد 12
        يناير 2025» under the headline)."""
        if self.title_at is None or index >= self.title_at:
            return False
        if has_hijri_date(self.lines[index].text):
            return True
        # (or a day and time over the headline, another day than the header's: a fixture's
        # kick-off in a match card, «الجمعة 28 فيفري 2025 - 16:00», over «… | 25/02/2025»)
        return any(
            self.title_at < d[0] < self.body_from
            and (not isinstance(value, datetime) or calendar_day(d[1]) != value.date())
            for d in dates
        )

    def _story_date(
        self, index: int, dates: list[tuple[int, datetime | date, bool]]
    ) -> tuple[int, datetime | date, bool] | None:
        """The first date after the edition's on line `index`, in the header: the story's."""
        return next((d for d in dates if index < d[0] < self.body_from and not d[2]), None)


_SIGNATURE_LINES = 4  # lines under the story that sign it: the writer, the town, the stamp


# What each kind of fact gives the page, as `_Reader` reads the lines in order.
_TAKERS = {
    Kind.BYLINE: _Reader._take_byline,
    Kind.CREDIT: _Reader._take_byline,  # editors' names, for a warning
    Kind.PAIR: _Reader._take_pair,
    Kind.AGENCY: _Reader._take_agency,
    Kind.DATE: _Reader._take_date,
    Kind.TIME: _Reader._take_time,
    Kind.SOURCE: _Reader._take_source,
    Kind.TAGS: _Reader._take_tags,
    Kind.CAPTION: _Reader._take_caption,
    Kind.BREADCRUMB: _Reader._take_breadcrumb,
    Kind.COPYRIGHT: _Reader._take_copyright,
    Kind.RELATIVE: _Reader._take_relative,
    Kind.SUMMARY: _Reader._take_summary,
    Kind.BACK_MATTER: _Reader._take_back_matter,
    Kind.DROP: _Reader._take_stamp_like_a_posts,
}


def _over_its_views(lines: list[_Line], at: int) -> bool:
    """Whether line `at` is an embedded channel post's text, over the post's views and time
    («👁 58.2K   20:14»): the post the story quotes, not one of the story's paragraphs."""
    return at + 1 < len(lines) and _POST_VIEWS.match(lines[at + 1].text) is not None


_POST_VIEWS = re.compile(r"^\W*(?:👁|👀)\W*[\d٠-٩.,٫]+\s*[KkMm]?\s+[\d٠-٩]{1,2}:[\d٠-٩]{2}\W*$")


class _Body:
    """The body's paragraphs, read from the lines after the header.

    A furniture line announces what the text lines after it are: the link under a bare
    «اقرأ أيضًا:», links under «أخبار ذات صلة», tags under a bare «الوسوم». Once the article
    has ended (tags, a «المصدر:» or follow-us line; related links or a share line after
    some text), short lines are links, not text; a copyright notice after text ends it all.
    Boxes among the paragraphs are skipped: boxes of facts, advertisements between their
    marks, and what a social post's frame, a verdict or a poll holds up to the next paragraph.
    """

    def __init__(
        self, repeated: set[str], add_tags: Callable[[Iterable[str]], None], *, video: bool = False
    ) -> None:
        self.repeated = repeated  # keys of lines printed again in the body: not paragraphs
        self.add_tags = add_tags
        self.video = video  # a video's page, its player over the body
        self.paragraphs: list[str] = []
        self.announced: Kind | None = None  # READ_ALSO, RELATED or TAGS
        self.ended = False  # past the article's end
        # inside a box among the paragraphs: its head's value (`_held_by_a_box`)
        self.box: str | None = None
        self.box_held = 0  # the text lines the box holds so far
        self.positions: list[int] = []  # where each paragraph's line is among the lines read
        self.lines: list[_Line] = []

    def read(self, lines: Iterable[_Line]) -> list[str]:
        lines = self.lines = list(lines)
        boxed = _fact_boxes(lines) | _sponsored(lines)
        for at, line in enumerate(lines):
            if at in boxed:
                continue
            if _END_MARK.match(line.key):
                break  # «-انتهى-»: what follows is about the sender, not the story
            if self.paragraphs and _about_its_issuer(lines, at):
                break  # a release's note on who issued it, under a heading naming them
            if self._held_by_a_box(line):
                continue
            if self.ended and (headline := self._next_story_over(at)) is not None:
                # the next story, loaded under this one: its headline over its byline
                kept = sum(p < headline for p in self.positions)
                del self.paragraphs[kept:]
                del self.positions[kept:]
                break
            if line.kind in (Kind.TEXT, Kind.PAIR):
                if _over_its_views(lines, at):
                    continue  # an embedded channel post's text, over its views and time
                if self._text(line):
                    self.positions.append(at)
            elif self._furniture(line):
                break
        self._drop_trailing_table()
        self._drop_trailing_labels()
        self._drop_trailing_widgets()
        self._drop_trailing_definition()
        return self.paragraphs

    def _drop_trailing_table(self) -> None:
        """A table after the story's last paragraph, with its heading over its rows and its
        note under them («إمساكية شهر رمضان – القاهرة» / «اليوم | التاريخ | الإمساك …» / «*
        المواعيد بتوقيت القاهرة المحلي …»): the site's box, not the story's end. A table
        between paragraphs stays in the story."""
        rows = {
            at for at, line in enumerate(self.lines) if _table_cells(line.text) >= _TABLE_MIN_CELLS
        }
        cut = len(self.paragraphs)
        while cut > 0 and self._of_the_table(cut - 1, rows):
            cut -= 1
        if cut == len(self.paragraphs) or cut == 0 or not ends_sentence(self.paragraphs[cut - 1]):
            return
        last = self.positions[cut - 1]
        if sum(at > last for at in rows) < _TABLE_MIN_ROWS:
            return
        del self.paragraphs[cut:]
        del self.positions[cut:]

    def _of_the_table(self, at: int, rows: set[int]) -> bool:
        """Whether paragraph `at` is a table's: a row, its heading right over a row (not the
        story's own words announcing it, «وهذه مواعيد الأيام الأولى:»), or its marked note
        right under one («* المواعيد بتوقيت القاهرة …»)."""
        where, text = self.positions[at], self.paragraphs[at]
        if where in rows:
            return True
        heading = (
            where + 1 in rows
            and words(text) <= _TABLE_HEADING_WORDS
            and not ends_sentence(text)
            and not text.rstrip().endswith((":", "："))
        )
        note = where - 1 in rows and words(text) <= _WIDGET_LINE_WORDS
        return heading or (note and _TABLE_NOTE.match(text) is not None)

    def _drop_trailing_definition(self) -> None:
        """«ما هي الحصبة؟» over one paragraph, closing a story that asks no other question
        of its own: a box defining what the story is about, not its last paragraphs."""
        if len(self.paragraphs) < _DEFINED_AFTER + 2:
            return
        if not _WHAT_IS.match(key(self.paragraphs[-2])):
            return
        story = self.paragraphs[:-2]
        if any(words(p) <= _WIDGET_LINE_WORDS and p.rstrip().endswith(("؟", "?")) for p in story):
            return  # an explainer's questions, this one the last of them
        del self.paragraphs[-2:]
        del self.positions[-2:]

    def _next_story_over(self, at: int) -> int | None:
        """Where the headline of another story is, when line `at` is its byline or date:
        a headline a line or two over it, a paragraph a line or two under it, as a page
        scrolled on prints the next story after the share bar; None otherwise."""
        lines = self.lines
        if lines[at].kind not in (Kind.BYLINE, Kind.DATE):
            return None
        # (over its writer's name alone: «رامي عودة» over «الخميس 19 حزيران 2025 - 08:15»)
        over = next(
            (
                i
                for i in range(at - 1, max(-1, at - _STORY_HEAD_LINES), -1)
                if lines[i].kind is Kind.TEXT and not person_like(lines[i].text)
            ),
            None,
        )
        if over is None or not _headline_like(lines[over].text) or words(lines[over].text) < 4:
            return None
        under = lines[at + 1 : at + 1 + _STORY_HEAD_LINES]
        opens = any(line.kind is Kind.TEXT and _story_paragraph(line.text) for line in under)
        return over if opens else None

    def _held_by_a_box(self, line: _Line) -> bool:
        """Whether `line` is a box's head among the paragraphs or what the box holds:
        a social post's frame (its account, its platform's labels, its stamp), a verdict or
        a rating, with what follows up to the story's next paragraph (the post's words, the
        verdict's gloss); a glossary's heading with its «term: definition» lines («العبور:
        مرور الكوكب أمام قرص نجمه…»); a table of contents' heading with its short items."""
        if head := next((f.value for f in line.facts if f.value in _BOX_HEADS), None):
            self.box, self.box_held = head, 0
            return True
        text = line.kind is Kind.TEXT
        if self.box == ASIDE:
            goes_on = text and self.box_held == 0
        elif self.box == HOLDS:
            goes_on = not (text and _story_paragraph(line.text))
        elif self.box == GLOSSARY:
            goes_on = text and _BOX_ITEM.match(line.text) is not None
        else:  # a table of contents' items (questions, no statements)
            goes_on = text and words(line.text) <= _KEY_POINT_WORDS
            stated = line.text.rstrip().endswith(".")
            goes_on = goes_on and not (self.box == CONTENTS and stated)
        if self.box is not None and not goes_on:
            self.box = None
        self.box_held += text and self.box is not None
        return self.box is not None

    def _drop_trailing_labels(self) -> None:
        """Short lines after the last paragraph, where nothing follows them, are no
        crossheads: the site's unlabelled tags («البرلمان», «وزارة العدل»), or links."""
        cut = len(self.paragraphs)
        last = max(1, cut - _MAX_TRAILING_LABELS)
        while (
            cut > last
            and (
                _headline_like(_uncredited(self.paragraphs[cut - 1]), max_words=_TRAILING_WORDS)
                or words(self.paragraphs[cut - 1]) <= _WIDGET_WORDS  # «التعليقات مغلقة.»
            )
            and bare_key(self.paragraphs[cut - 1]) not in _CLOSINGS
            and not _CONTINUED.match(self.paragraphs[cut - 1])
            and not self._post_goes_on(cut - 1)
        ):
            cut -= 1
        tail = self.paragraphs[cut:]
        if not tail or not paragraph_like(self.paragraphs[cut - 1]):
            return  # no paragraph before them: they may be the article
        del self.paragraphs[cut:]
        del self.positions[cut:]
        if all(words(label) <= 3 for label in tail):
            self.add_tags(tail)

    def _post_goes_on(self, at: int) -> bool:
        """Whether paragraph `at`, a post's sentence closed by an emoji, goes on right
        under the paragraph before it: the post is the story (an embed under the story has
        its frame between them: its account, a line of marks)."""
        return (
            at > 0
            and _ends_with_an_emoji(self.paragraphs[at])
            and self.positions[at] == self.positions[at - 1] + 1
        )

    def _drop_trailing_widgets(self) -> None:
        """Short lines after the story's last full paragraph, under a heading of their own
        («استطلاع» over its question, «حديث اليوم» over a saying, «الأسئلة الأكثر شيوعاً»
        over a question and its answer): the site's widgets under the story, whatever their
        lines end with. A story's own crosshead is followed by a paragraph."""
        last = next(
            (
                i
                for i in range(len(self.paragraphs) - 1, -1, -1)
                if words(self.paragraphs[i]) > _WIDGET_LINE_WORDS
            ),
            None,
        )
        if last is None or not ends_sentence(self.paragraphs[last]):
            return
        tail = self.paragraphs[last + 1 :]
        # (not a list the story announces, «متاحة بعدة أحجام:», nor its sentences going on
        # after it, «وأضاف أن …»)
        if not tail or any(line.rstrip().endswith((":", "：")) for line in tail):
            return
        if any(_GOES_ON.match(line) and ends_sentence(line) for line in tail):
            return
        headed = len(tail) >= 2 and words(tail[0]) <= _WIDGET_HEADING_WORDS
        # (a question is the story's own crosshead: «٥. متى يبدأ تطبيق الحوافز؟»)
        headed = headed and not ends_sentence(tail[0]) and "؟" not in tail[0]
        # (nor the next of the story's numbered crossheads: «6. الخضروات الورقية» after «5. …»)
        headed = headed and not _numbered_on(tail[0], self.paragraphs[: last + 1])
        # («استطلاع» dropped over its question: furniture between the story and the tail)
        start, end = self.positions[last], self.positions[last + 1]
        # (or lines left out as links or a box: text lines between two paragraphs; not the
        # story's own questions, «٥. متى يبدأ تطبيق الحوافز؟» over its answer)
        between = self.lines[start + 1 : end]
        apart = any(line.kind in _STORY_OVER | _WORDED for line in between) and not any(
            line.kind in _WORDED and "؟" in line.text for line in between
        )
        if headed or apart:
            del self.paragraphs[last + 1 :]
            del self.positions[last + 1 :]

    def _text(self, line: _Line) -> bool:
        """Add a text line as a paragraph, unless it is a repeat or a link; whether it was."""
        text = line.text
        if line.key in self.repeated or bare_key(text) in self.repeated:
            return False
        if self._announced_item(text):
            return False
        self.announced = None
        if self.ended and _headline_like(text, max_words=15):
            return False  # a link under the article
        if self.ended and self.paragraphs and _QUESTION_OR_ANSWER.match(line.key):
            return False  # «س: …» / «ج: …» under the share bar: a FAQ box, not the story
        if words(text) <= _CALL_WORDS and not ends_sentence(text) and _CALL_TO_ACT.match(line.key):
            return False  # «وقّع العريضة», «اطلب عرض سعر من الوكيل»: a widget's button
        self.paragraphs.append(text)
        return True

    def _announced_item(self, text: str) -> bool:
        """Whether `text` is what the last furniture line announced: tags, the one link of
        «اقرأ أيضًا:», or one of the links under «أخبار ذات صلة»."""
        if self.announced is Kind.TAGS and (words(text) <= 6 or "،" in text or "," in text):
            self.add_tags(split_tags(text))
            return True
        # The links under «اقرأ أيضًا» or «أخبار ذات صلة»: every title-like line up to the
        # next paragraph («شاهد أيضًا» heads a list as often as one link).
        return self.announced in (Kind.READ_ALSO, Kind.RELATED) and _link_title(text)

    def _furniture(self, line: _Line) -> bool:
        """Note what a furniture line announces; True when it ends the article."""
        facts = {fact.kind: fact for fact in line.facts}
        for kind in (Kind.READ_ALSO, Kind.RELATED, Kind.TAGS):
            if kind in facts:
                self._announce(facts[kind])
                return False
        if self._transcript_of_a_description(facts):
            return False  # the report's words under the video's description: its story
        if facts.keys() & _ENDS_THE_STORY and self.paragraphs:
            # «— name» under a pull quote attributes it; under the story, signs it off
            quoted = Kind.BYLINE in facts and _QUOTED_LINE.match(self.paragraphs[-1]) is not None
            return not quoted  # nothing after the copyright, the comments or the notes
        if facts.keys() & {Kind.FOOTER, Kind.SOURCE} or (Kind.SHARE in facts and self.paragraphs):
            self.ended = True
        return False

    def _transcript_of_a_description(self, facts: dict[Kind, Fact]) -> bool:
        """Whether a transcript's heading comes under a video's description: one paragraph
        only, or any on a video's own page (its player over them). The transcript is the
        story then, not what follows it."""
        back_matter = facts.get(Kind.BACK_MATTER)
        return (
            back_matter is not None
            and back_matter.value == TRANSCRIPT
            and (len(self.paragraphs) == 1 or self.video)
        )

    def _announce(self, fact: Fact) -> None:
        """What follows a bare «اقرأ أيضًا:» (one link) or a bare «الوسوم» (tags), and
        «أخبار ذات صلة» (links); related links after text and tags end the article."""
        if fact.kind is Kind.RELATED:
            self.announced = Kind.RELATED
            self.ended = self.ended or bool(self.paragraphs)
            return
        # After «اقرأ أيضًا: ...» with its link on the line, a list may go on below it.
        self.announced = fact.kind if fact.bare or fact.kind is Kind.READ_ALSO else None
        if fact.kind is Kind.TAGS:
            self.ended = True


_BOX_HEADING_WORDS = 4
# A photo's line straight under the headline is as long as its description needs («المبنى
# التاريخي بعد تحويله إلى مكتبة عامة»); a standfirst there runs longer (over all the page
# sets, seven to nine words read the same).
_UNDER_HEADLINE_CAPTION_WORDS = 8
# A line that opens saying what kind of photo it is («صورة أرشيفية لـ…», «صورة جوية تظهر …»)
_A_PHOTO_OF = re.compile(r"(?:ال)?صوره (?:رمزيه|تعبيريه|ارشيفيه|توضيحيه|جويه|من الارشيف) ")
_STORY_HEAD_LINES = 3  # a story's headline, byline, date and photo's caption over its lead
_BOX_LINES = 3
# A video player's length over the body: «مدة المقطع 04:12», «▶ 00:00 / 12:30»
_PLAYER = re.compile(
    r"^\W*(?:مده (?:ال)?(?:مقطع|فيديو|حلقه|تقرير)\s*[:：]?\s*\d{1,2}:\d{2}"
    r"|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2})"
)
_QUOTED_LINE = re.compile(r"^\s*[«\"“]")
# Among the paragraphs, a short line that bids the reader act is a widget's, not the story's
# (over the body a headline may open so: «اعرف موعد مباراة …»).
_CALL_TO_ACT = re.compile(
    r"^\W*(?:اطلب|اطلبي|وقع|وقعي|اضف|سجل|سجلي|حمل|احجز|احجزي|تبرع|تبرعي|ادعم|ادعمي|اعرف|اكتشف"
    r"|جرب|تصفح|اختر|ابحث|انضم|انضمي|ارسل|قيم|صوت)\s"
)
_CALL_WORDS = 6
# «رسم بياني: نسبة الخريجين …»: a figure's title, however long, over its bars
_FIGURE_LABEL = re.compile(
    r"^\W*(?:رسم بياني|مخطط|انفوغرافيك|انفوجرافيك|انفوجراف)\s*[:：]"
    r"|^\W*جدول\s"  # «جدول أسعار الذهب اليوم السبت 19 أكتوبر 2024»: a table's title
)
_SCORE_LINE = re.compile(r"^\D+\s\d{1,3}\s*[-–:×x]\s*\d{1,3}\s\D+$")


# A heading that names what the note under it is about: «حول الصحراء للاتصالات», «عن طيران
# اللؤلؤة» (the story's crossheads name no one this way: «عن قرب», «حول العالم» head text
# that does not open on their words).
_ABOUT_HEADING = re.compile(r"^(?:نبذه )?(?:عن|حول) (?P<name>[^\d:：.،,؟?!«»\"]{3,40})$")
_ABOUT_HEADING_WORDS = 6
_NAMED_WITHIN = 4  # words into the note's first sentence where the issuer is named


def _about_its_issuer(lines: list[_Line], at: int) -> bool:
    """Whether line `at` heads a press release's note on its issuer: «عن NAME» over a
    paragraph that names NAME in its first words («تأسست طيران اللؤلؤة في عام 2011 …»,
    «الصحراء للاتصالات شركة مساهمة …»). What follows is boilerplate, not the story."""
    line = lines[at]
    found = _ABOUT_HEADING.match(bare_key(line.text))
    if line.kind is not Kind.TEXT or not found or words(line.text) > _ABOUT_HEADING_WORDS:
        return False
    under = next((other for other in lines[at + 1 : at + 3] if other.kind is Kind.TEXT), None)
    if under is None or not _story_paragraph(under.text):
        return False
    named = _content_words(found["name"])
    opening = " ".join(under.text.split()[: len(found["name"].split()) + _NAMED_WITHIN])
    return bool(named) and named <= _content_words(opening)


# The values of the facts of a box's head (see `_Body._held_by_a_box`).
_BOX_HEADS = (HOLDS, GLOSSARY, CONTENTS, ASIDE)


def _story_paragraph(text: str) -> bool:
    """A paragraph of the story, not a post's words: Arabic sentences, no emoji."""
    return paragraph_like(text) and not _latin(text) and not EMOJI.search(text)


_END_MARK = re.compile(
    r"^[\s\-–—*#]*(?:انتهي|انتهى|النهايه|end)[\s\-–—*#]*$"
    # a print page's jump line, «(التتمة ص 14)», «التفاصيل ص 7»: the rest is on another page
    r"|^\W*(?:التتمه|تتمه|البقيه|بقيه|التفاصيل|تابع|يتبع)(?: [^\W\d_]+)? (?:في )?(?:ص|صفحه|الصفحه)"
    r"\.? ?\d{1,3}\W*$"
)


def _fact_boxes(
    lines: list[_Line], held: frozenset[Kind] = _BOXED, *, dated_items: bool = False
) -> set[int]:
    """The lines of boxes of facts among the paragraphs: two or more short «label: value»
    lines (or scores) in a row («الهدف الأول: …», «عيار 24: 335.50», «العربي 3 - 2 أم
    صلال») and the short unpunctuated lines they hold («البطاقة الحمراء»), or a key-points
    label over short lines («ملخص:»). A list the story itself announces («… على النحو
    التالي:») is the story's. `held`: the kinds of lines a box may hold."""
    boxed: set[int] = set()
    run: list[int] = []
    facts = 0
    for at, line in enumerate([*lines, None]):
        text = line.text if line is not None else ""
        short = (
            line is not None
            and words(text) <= 14
            and (not ends_sentence(text) or _key_point_item(lines, run, text))
            # (a key-points heading with its colon is the box's, not the story announcing)
            and (not _announces(text) or KEY_POINTS.match(line.key) is not None)
        )
        if (
            short
            and line is not None
            and (line.kind in held or (dated_items and _dated_item(line)))
        ):
            run.append(at)
            label = _BOX_ITEM.match(text)
            facts += bool(label and text[label.end() :].strip())  # a value after the label
            facts += _SCORE_LINE.match(line.key) is not None
            continue
        before = lines[run[0] - 1].text if run and run[0] > 0 else ""
        # The box's label is its first line with words (a counter may sit over it).
        label_at = next(
            (i for i in run if lines[i].kind is not Kind.DROP or KEY_POINTS.match(lines[i].key)),
            None,
        )
        headed = (
            label_at is not None
            and label_at < run[-1]
            and KEY_POINTS.match(lines[label_at].key) is not None
        )
        # «معلومات سريعة» over items the rules dropped (a pictograph's): a box's heading
        emptied = (
            len(run) >= 3
            and (
                words(lines[run[0]].text) <= _BOX_HEADING_WORDS
                or _FIGURE_LABEL.match(lines[run[0]].key) is not None
            )
            and all(lines[i].kind is Kind.DROP for i in run[1:])
        )
        # Three short lines or more, no sentence among them, between two paragraphs: a
        # box the page sets among them (an agenda, a card), which the story would announce
        between = (
            len(run) >= _BOX_LINES
            and sum(lines[i].kind is Kind.TEXT for i in run) >= 2
            and not any(_QUOTED_LINE.match(lines[i].text) for i in run)  # verses quoted
            and paragraph_like(before)
            and line is not None
            and line.kind is Kind.TEXT
            and paragraph_like(text)
        )
        if (facts >= 2 or headed or emptied or between) and not _announces(before):
            boxed.update(run)
        run, facts = [], 0
    return boxed


def _key_point_item(lines: list[_Line], run: list[int], text: str) -> bool:
    """Whether `text`, a sentence, is a bulleted or numbered item of the box `run` heads
    under a key-points heading («• المحكمة اعتدت بالمحادثات النصية دليلاً على القرض.», «1.
    ما المقصود بالآلية؟»)."""
    return _LIST_ITEM.match(text) is not None and any(
        KEY_POINTS.match(lines[i].key) for i in run[:2]
    )


_ARCHIVE = re.compile(r"^(?:من )?(?:ال)?ارشيف")


def _credit_only(text: str) -> bool:
    """«الصورة: أرشيف الشركة المشغلة», «صورة: رويترز»: a photo's label over whose it is."""
    credit = photo_label_text(text)
    return credit is not None and (_ARCHIVE.match(credit) is not None or is_agency(credit))


_NEWSLETTER_FROM = re.compile(
    r"^\s*(?:النشرة|نشرة)\s+«[^»]+»\s+من\s+(?P<outlet>[^\W\d_].{1,40}?)\s*$"
)
# What a line cut mid-sentence, or a list's heading, ends with: no caption does.
_CUT_OFF = ("،", ",", ":", "：", "؛", ";")

_OPINION_LABELS = frozenset({"راي", "الراي", "اراء", "مقالات", "مقال", "اعمده", "وجهه نظر"})


def _hijri_only(text: str) -> bool:
    """Whether the date `text` prints is a Hijri one alone (read through Umm al-Qura)."""
    return has_hijri_date(text) and parse_arabic_datetime(without_hijri(text)) is None


def _dated_item(line: _Line) -> bool:
    """A box's item giving a date under its label («التاريخ: السبت 12 تموز 2025»)."""
    return (
        line.kind is Kind.DATE
        and _BOX_ITEM.match(line.text) is not None
        and not dates_the_story(line.text)
    )


def _sponsored(lines: list[_Line]) -> set[int]:
    """The lines of an advertisement or a box set among the paragraphs between its marks
    («— محتوى إعلاني —» … «— نهاية المحتوى الإعلاني —»; «تخطى قصص مقترحة وواصل القراءة» …
    «نهاية قصص مقترحة»), the marks with them."""
    inside: set[int] = set()
    for at, line in enumerate(lines):
        if _AD_START.match(line.key):
            closes = _AD_END.match
        elif skip := _SKIP_BOX.match(bare_key(line.text)):
            closes = re.compile(rf"^\W*(?:نهايه|end of) {re.escape(skip['box'])}\W*$").match
        else:
            continue
        end = next(
            (j for j in range(at + 1, min(len(lines), at + _AD_LINES)) if closes(lines[j].key)),
            None,
        )
        if end is not None:
            inside.update(range(at, end + 1))
    return inside


_AD_LABEL = (
    r"(?:محتوي اعلاني|محتوي مدعوم|محتوي ممول|اعلان ممول|اعلان|مساحه اعلانيه|برعايه|sponsored"
    r"|advertisement"
    # the label in the languages diaspora sites print it in
    r"|anzeige|werbung|annons|publicidade|publicidad|publicit[eé]|pubblicit[aà]|reklam)"
)
# (in two languages too: «Sponsored | برعاية»)
_AD_START = re.compile(rf"^\W*{_AD_LABEL}(?:\s*[|/·]\s*{_AD_LABEL})?\W*$")
_AD_END = re.compile(
    r"^\W*(?:نهايه (?:المحتوي الاعلاني|الاعلان)|انتهي الاعلان|end of (?:ad|sponsored))\W*$"
)
# «تخطى قصص مقترحة وواصل القراءة»: a link over a box to the story's next paragraph
_SKIP_BOX = re.compile(
    r"^(?:تخطي|تجاوز|skip) (?P<box>.{2,40}?) (?:و ?)?(?:واصل|تابع|continue)"
    r" (?:ال)?(?:قراءه|reading)$"
)
_AD_LINES = 12  # an advertisement's or a box's lines between its marks, at most


def _announces(text: str) -> bool:
    """A sentence that announces a list under it: «وجاءت المواصفات على النحو التالي:»."""
    return text.rstrip().endswith((":", "：")) and words(text) > _ANNOUNCING_WORDS


_ANNOUNCING_WORDS = 4  # «وجاءت المواصفات على النحو التالي:» is a sentence; «ملخص:» a label


# The formulas a fatwa, a sermon or a letter ends with: the text's, however short.
_CLOSINGS = keyset(
    "والله أعلم", "والله تعالى أعلم", "والله أعلى وأعلم", "والله الموفق", "وبالله التوفيق",
    "والله ولي التوفيق", "والسلام عليكم ورحمة الله وبركاته", "والسلام عليكم",
)  # fmt: skip
# «والقرار قابل للتمييز.»: a short sentence that goes on with «و» is the story's last word
_CONTINUED = re.compile(r"^\s*و[^\W\d_]+(?:\s+[^\W\d_]+){1,5}\s*\.\s*$")
_WIDGET_LINE_WORDS = 15  # a widget's line under the story, at most
_WIDGET_HEADING_WORDS = 5
# Furniture that closes a story: what follows it is the site's (not a live blog's «تحديث»)
_STORY_OVER = frozenset({Kind.RELATED, Kind.READ_ALSO, Kind.SHARE, Kind.TAGS})
_GOES_ON = re.compile(r"^\s*و[^\W\d_]{2,}")
_MAX_TRAILING_LABELS = 12  # more short lines than this at the end are the article's own
_TRAILING_WORDS = 20
_WIDGET_WORDS = 3  # a line this short is a widget's, punctuated or not, never a paragraph


# What a columnist is, on the line under their name.
_ROLE_WORDS = keyset(
    *wordlist(
        "كاتب كاتبة صحفي صحفية صحافي صحافية محلل محللة باحث باحثة أستاذ أستاذة خبير خبيرة أكاديمي "
        "أكاديمية مستشار مستشارة دكتور دكتورة روائي روائية شاعر شاعرة إعلامي إعلامية سفير سفيرة "
        "وزير اختصاصي اختصاصية أخصائي أخصائية استشاري استشارية طبيب طبيبة مهندس مهندسة محامي محام "
        "محامية شيف طاه طاهية مدرب مدربة مصمم مصممة مصور مصورة مراسل مراسلة محرر محررة طالب طالبة "
        "منسق منسقة ناقد ناقدة قاص قاصة مترجم مترجمة أديب أديبة مؤرخ مؤرخة ناشط ناشطة فنان فنانة "
        "مدقق مدققة "
        "رسام رسامة نحات نحاتة ممثل ممثلة مخرج مخرجة ملحن ملحنة موسيقي موسيقية"
    )
)


def _author_box_bio(line: _Line) -> bool:
    """Who the writer is, under their name in the box closing the story: a role first and
    a sentence or two («صحافية مستقلة مقيمة في طرابلس، تكتب عن الثقافة …»)."""
    first = bare_key(line.text).split()[:1]
    return (
        line.kind is Kind.TEXT
        and bool(first)
        and first[0] in _ROLE_WORDS
        and words(line.text) <= _AUTHOR_BOX_WORDS
    )


_AUTHOR_BOX_WORDS = 40


def _signed_bio(text: str) -> str | None:
    """The writer a note under the story names, its name then a colon and a role («ياسمين
    العلي: كاتبة قصة، صدرت لها …»), when no byline named one; else None."""
    note = _NAME_THEN_ROLE.match(text)
    if note is None or not person_like(note["name"]):
        return None
    role = bare_key(note["role"]).split()[:1]
    return note["name"].strip() if role and role[0] in _ROLE_WORDS else None


_NAME_THEN_ROLE = re.compile(r"^\s*(?P<name>[^:：،,.؟!«»]{4,40}?)\s*[:：]\s*(?P<role>[^\W\d_]+)")


def _without_writers_bio(paragraphs: list[str], authors: list[str], named: bool) -> list[str]:
    """The paragraphs without the note on the writer closing them, which opens with their
    name and a role («سلوى الأيوبي أستاذة جامعية وباحثة…», «يوسف الكندي: خبير في…», «د.
    ريم الخطيب هي ممثلة …»), or with the role alone under their name, when the page prints
    the name on the line over it (`named`: «أ. يوسف الدباغ» over «كاتب ومحلل سياسي، …»)."""
    names = {bare_key(a) for a in authors}
    if len(paragraphs) > 2 and bare_key(paragraphs[-2]) in names:
        # the name again over the note, as a paragraph of its own
        kept = _without_writers_bio(paragraphs[:-2] + paragraphs[-1:], authors, named=True)
        return paragraphs if len(kept) == len(paragraphs) - 1 else kept
    if len(paragraphs) < 2 or not authors or words(paragraphs[-1]) > _BIO_WORDS:
        return paragraphs
    last = bare_key(paragraphs[-1])
    # (what follows the name, whether a copula may open it)
    openings = [(last, False)] if named else []
    openings += [(last[len(bare_key(a)) :], True) for a in authors if last.startswith(bare_key(a))]
    for rest, after_name in openings:
        role = rest.lstrip(" :،,-–—").split()[:1]
        if role and (role[0] in _ROLE_WORDS or (after_name and role[0] in _COPULAS)):
            return paragraphs[:-1]
    return paragraphs


_BIO_WORDS = 40


def _named_in(title: str, paragraphs: list[str]) -> list[str]:
    """The name opening the last of `paragraphs` that the headline prints too («يوسف الكرمي»
    of «الروائي يوسف الكرمي: المدينة …»), as a list of none or one."""
    if not paragraphs:
        return []
    opening = paragraphs[-1].split()
    headline = " {} ".format(" ".join(re.findall(r"\w+", bare_key(title))))
    for size in (3, 2):
        name = " ".join(opening[:size])
        if f" {bare_key(name)} " in headline and person_like(name):
            return [name]
    return []


_COPULAS = frozenset({"هو", "هي"})


def _co_authors(names: list[str]) -> list[str]:
    """The names after a byline's first that are people: not where it was filed
    («رزان النعيمات – عمّان»), nor who the writer is («طالبة بالسنة الثالثة»); a name with
    the و that joined it («ومروة جمال») without it."""
    people = []
    for name in names:
        if name.startswith("و") and person_like(name[1:]) and not person_like(name):
            name = name[1:]
        if is_city(name) or _bio_line(name) or not name_shaped(name):
            continue
        people.append(name)
    return people


def _bio_line(text: str) -> bool:
    """Who a columnist is: a short line opening with a role («كاتب صحفي ومحلل سياسي»)."""
    first = bare_key(text).split()[:1]
    # (the role with its article too, a post's name: «المنسق الإعلامي»)
    role = first[0].removeprefix("ال") if first else ""
    return words(text) <= 8 and not ends_sentence(text) and role in _ROLE_WORDS


def _the_writer_is(text: str) -> bool:
    """Whether a line says who the writer is, a role after «الكاتب» («الكاتب أستاذ الأدب
    العربي في إحدى الجامعات»)."""
    first = bare_key(text).split()[:2]
    return len(first) == 2 and first[0] in _THE_WRITER and first[1] in _ROLE_WORDS


_THE_WRITER = keyset("الكاتب", "الكاتبة")
_LABELLED = re.compile(r"^\s*[^\s:：]+(?:\s+[^\s:：]+)?\s*[:：]")
# A box's item: a label of up to four words, opening with a letter («إعلان نتائج القبول
# المبدئي: …», «عيار 24: …»; not a clock's «18:40»).
_BOX_ITEM = re.compile(r"^\s*[^\W\d_][^\s:：]*(?:\s+[^\s:：]+){0,3}\s*[:：]")


def _describes(text: str) -> bool:
    """Whether a short line can describe a photo: two words or more («وزير التعليم»), no
    «label: value» («قراءة: 4 دقائق», «أجرت الحوار: …»), no bars, not letters alone («A A
    A»), no emoji (a social post's, «قائدنا باقٍ ✍️🔴»), no clock time (a schedule)."""
    tokens = text.split()
    return (
        len(tokens) >= 2
        and text.lstrip()[:1] not in _BULLETS  # «- المكتبة تضم …»: a key point
        and "|" not in text
        and not _LABELLED.match(text)
        and sum(len(t) for t in tokens) >= 2.5 * len(tokens)
        and not EMOJI.search(text)
        and not _CLOCK.search(text)  # «انعقاد الجلسة الافتتاحية: 10:00 ص»: a schedule
        and not _A_FIGURE_LABELLED.search(text)  # «مؤشر اكتمال الصفقة: 70%»: a widget
        and not _A_LINKS_CALL.search(bare_key(text))  # «للاستعلام عن النتيجة … من هنا»
        and not _a_button(text)
    )


def _a_button(text: str) -> bool:
    """A link's or a button's label: an arrow after it («احجز تجربة قيادة ›», «تحديث مباشر
    ⟳») or a short call to act («اعرف النتيجة»; see `_Body`'s)."""
    if text.rstrip()[-1:] in _BUTTON_GLYPHS:
        return True
    return words(text) <= _CALL_WORDS and _CALL_TO_ACT.match(key(text)) is not None


_BUTTON_GLYPHS = frozenset("›‹→←⟶⟵↻⟳↺➜➔▸◂⇠⇢")


_CLOCK = re.compile(r"\d{1,2}:\d{2}")
_INFOGRAPHIC = re.compile(rf"^\W*(?:{INFOGRAPHIC_LABELS})\s*[:：]")
_A_FIGURE_LABELLED = re.compile(r"[:：]\s*[\d٠-٩]+(?:[.,٫][\d٠-٩]+)?\s*[%٪]?\s*$")
_A_LINKS_CALL = re.compile(r"(?:^|\s)(?:من|اضغط|انقر) هنا\W*$")


def _table_cells(text: str) -> int:
    """How many cells a table's row holds between bars or tabs (1 for any other line)."""
    return max(text.count("|"), text.strip().count("\t")) + 1


def _under_a_table(lines: list[_Line], at: int) -> bool:
    """Whether line `at` sits right under a table: two rows or more of as many cells, three
    or more each («السبت 1 مارس | 1 رمضان | 5:13 | …»)."""
    if at < _TABLE_MIN_ROWS:
        return False
    rows = [_table_cells(line.text) for line in lines[at - _TABLE_MIN_ROWS : at]]
    return rows[0] >= _TABLE_MIN_CELLS and len(set(rows)) == 1


_TABLE_MIN_ROWS = 2
_TABLE_MIN_CELLS = 3
_TABLE_HEADING_WORDS = 12
_TABLE_NOTE = re.compile(r"\s*(?:[*※†(]|ملاحظ[ةه]|تنويه|المصدر|مصدر البيانات)")


def _fields_row(text: str) -> bool:
    """A box's row of labelled fields between bars («تأليف: … | إخراج: …»)."""
    return "|" in text and text.count(":") + text.count("：") >= 2


def _link_title(text: str) -> bool:
    """A linked article's title in a list: short, and not ending with a full stop (titles
    may ask or exclaim: «ما الذي ينتظر الأسواق؟»)."""
    return words(text) <= 20 and not text.rstrip(" \t\"'»”“)]}*").endswith((".", "…"))


_QUESTION_OR_ANSWER = re.compile(r"(?:س|ج|سؤال|جواب|السؤال|الجواب)\s*[:：]")


def _ends_with_an_emoji(text: str) -> bool:
    """A post's sentence, ten words or more closed by an emoji where a full stop would be
    («… في منطقة الأعمال، شاكرين تعاونكم 🌴»): no link's title, no label."""
    tail = text.rstrip()
    return words(text) >= _POST_SENTENCE_WORDS and bool(tail) and bool(EMOJI.match(tail[-1]))


_POST_SENTENCE_WORDS = 10


def _headline_like(text: str, max_words: int = 20) -> bool:
    """A short line that does not end like a sentence: a link's title, not a paragraph."""
    return not ends_sentence(text) and words(text) <= max_words

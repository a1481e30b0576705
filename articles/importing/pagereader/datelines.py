"""Datelines: where a story was filed and whose copy it is («القاهرة - أ ش أ -», «الدقم في
12 نوفمبر /العمانية/», «الكويت - 22 - 1 (كونا) --»), opening its first paragraph or alone on
a line."""

from __future__ import annotations

import re

from ...text.dates import names_a_month
from .text import (
    after_match,
    fold_map,
    is_agency,
    is_city,
    name_shaped,
    own_staff,
    person_like,
    quoted,
    reporter_like,
    split_names,
    unquote,
    words,
)

# (and its country after a comma, as press-release wires print it: «الرياض، المملكة العربية
# السعودية-(بزنس واير)-», or in brackets, as AFP does: «العُلا (السعودية) (أ ف ب) -»)
_CITY = (
    r"(?P<city>[^\W\d_]+(?:\s+[^\W\d_]+){0,2}(?:\s*[،,]\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2})?)"
    r"(?:\s*\([^\W\d_]+(?:\s+[^\W\d_]+){0,2}\)(?=\s*\())?"
)
# The date a wire prints after the city: «في 12 نوفمبر», «22 - 1», «5-11-2024», «5 كانون
# الأول».
_DATE = (
    r"(?:\s+في)?\s*(?:[-–—،,]\s*)?\d{1,2}(?:\s*[-–—/.]\s*\d{1,4}){0,2}"
    r"(?:\s+[^\W\d_]+){0,2}(?:\s+\d{4})?"  # a month of one or two words, a year
)
# The spaces before the agency are all taken at once (`\s*+`): handing them back one by one
# to the agency's lazy match cost quadratic time on a paragraph opening with «(» and spaces.
_DATELINES = (
    re.compile(rf"^\s*+{_CITY}\s*\(\s*+(?P<agency>[^()]{{1,40}}?)\s*\)\s*(?:[-–—:]\s*)?"),
    re.compile(rf"^\s*+{_CITY}\s*[-–—]\s*+(?P<agency>[^\-–—:()]{{1,40}}?)\s*[-–—:]\s*"),
    re.compile(r"^\s*+\(\s*+(?P<agency>[^()]{1,40}?)\s*\)\s*[-–—:]\s*"),
    # A date between, or the agency's own marks: «الدقم في 12 نوفمبر /العمانية/», «المنامة
    # في 3 مارس / بنا /», «الكويت - 22 - 1 (كونا) --», «برلين - (د ب أ) -», «رام الله
    # 5-11-2024 وفا-».
    re.compile(
        rf"^\s*+{_CITY}(?P<date>{_DATE})?\s*/\s*+(?P<agency>[^/]{{1,40}}?)\s*/\s*(?:[-–—:]+\s*)?"
    ),
    re.compile(
        rf"^\s*+{_CITY}(?P<date>{_DATE})?\s*(?:[-–—]\s*)?\(\s*+(?P<agency>[^()]{{1,40}}?)\s*\)"
        r"\s*(?:[-–—:]+\s*)?"
    ),
    re.compile(rf"^\s*+{_CITY}{_DATE}\s+(?P<agency>[^\W\d_]+(?:\s[^\W\d_]+){{0,2}})\s*[-–—:]+\s*"),
    # A line of its own with both calendars' dates: «الرياض 23 شعبان 1446 هـ الموافق 22
    # فبراير 2025 م واس».
    re.compile(
        rf"^\s*+{_CITY}\s+\d{{1,2}}(?:\s+[^\W\d_]+){{1,2}}\s+\d{{4}}\s*(?:ه[-ـ]?)?\s+الموافق"
        r"(?P<date>\s+\d{1,2}\s+[^\W\d_]+\s+\d{4})\s*م?\s+(?P<agency>[^\W\d_]+(?:\s[^\W\d_]+){0,2})\s*$"
    ),
    # … or glued to the story's first words: «… 07 مايو 2025 م واس اعتمدت الجهات …»
    re.compile(
        rf"^\s*+{_CITY}\s+\d{{1,2}}(?:\s+[^\W\d_]+){{1,2}}\s+\d{{4}}\s*(?:ه[-ـ]?)?\s+الموافق\s+"
        r"\d{1,2}\s+[^\W\d_]+\s+\d{4}\s*م?\s+(?P<agency>[^\W\d_]+)\s+"
    ),
    # Written tight: «دمشق-سانا أطلقت وزارة الصحة…».
    re.compile(r"^\s*+(?P<city>[^\W\d_]+)-(?P<agency>[^\W\d_]+)\s+"),
    # A wire's city, reporter and agency between slashes: «غازي عنتاب/ مراد يلدز/ الأناضول».
    re.compile(
        rf"^\s*+{_CITY}\s*/\s*(?P<reporter>[^\W\d_]+(?:\s[^\W\d_]+){{1,3}})\s*/\s*"
        # (two words alone to the line's end, «مرمرة العربية»; else as few as go on with it)
        r"(?P<agency>[^\W\d_]+(?:\s[^\W\d_]+)?(?=\s*$)|[^\W\d_]+(?:\s[^\W\d_]+)??)"
        r"(?:\s*$|\s*[/\-–—:]\s*|\s+)"
    ),
)


# A wire's name in Arabic letters, one word or two,
# or its initials («أ ن د»)
_ARABIC_WIRE = re.compile(
    r"[\u0621-\u064a]+(?: [\u0621-\u064a]+)?|(?:[\u0621-\u064a] ){1,3}[\u0621-\u064a]"
)


def dateline(text: str) -> tuple[str, int] | None:
    """The credit of a dateline opening ``text`` and where the dateline ends in it: the
    agency («القاهرة - أ ش أ -»), a quoted outlet («لندن- «القدس العربي»:»), or "" for the
    site's own staff («بيروت - خاص -»); None when ``text`` opens with no dateline."""
    head = text[:300]
    folded, where = fold_map(head)
    for pattern in _DATELINES:
        match = pattern.match(folded)
        if not match:
            continue
        agency = head[where[match.start("agency")] : where[match.end("agency") - 1] + 1].strip()
        city = match.groupdict().get("city")
        staff = own_staff(agency)
        # (an agency the lists do not know is one after its reporter's name between slashes)
        # (alone on its line: «غازي عنتاب/ مراد يلدز/ مرمرة»)
        reporter = match.groupdict().get("reporter")
        alone = not folded[match.end() :].strip()
        credited = reporter is not None and alone and person_like(reporter)
        # (a wire the lists do not know, in brackets or between slashes after the city and
        # the day, or after both calendars' dates on a line of its own, is still the wire:
        # «سيول، 5 سبتمبر (هانبيت) --», «الدوحة في 07 نوفمبر /لنا/», «القاهرة في 3 فبراير /
        # أ ن د /»)
        day = match.groupdict().get("date")
        wire = (
            bool(day and names_a_month(day))
            and _ARABIC_WIRE.fullmatch(agency) is not None
            and len(agency) > 1  # «… 11 فبراير 2025 م»: the era's letter, no wire
        )
        if not (staff or is_agency(agency) or quoted(agency) or credited or wire):
            continue
        town = re.split("[،,]", city)[0] if city else None
        if town and words(town) > 2 and not is_city(town):
            continue
        end = len(head) - len(after_match(head, where, match.end()))
        return ("" if staff else unquote(agency)), end
    return None


def opening_agency(paragraph: str) -> str | None:
    """The agency a paragraph opening with a dateline credits, "" for the site's own staff;
    None when it opens with no dateline, or is one and nothing more."""
    found = dateline(paragraph)
    if found is None:
        return None
    agency, end = found
    if words(paragraph[end:]) < 3:
        return None  # the whole paragraph, no dateline over a story
    return agency


def slashed_reporter(text: str) -> str | None:
    """The reporter of a wire's dateline between slashes alone on its line («أرضروم/ محمد
    أوزتورك/ الأناضول»), or None."""
    match = _DATELINES[-1].match(text[:300])
    if match is None or text[match.end() :].strip():
        return None
    reporter = match["reporter"].strip()
    # (between a city and an agency the lists know, a name of two or three words the lists
    # do not: «مرسين/ أيهان كورت/ الأناضول»)
    known = is_agency(match["agency"]) and name_shaped(reporter) and not is_city(reporter)
    return reporter if person_like(reporter) or reporter_like(reporter) or known else None


# «بيروت - جاد نصر الله: أعلنت الوزارة …»: the city, then the reporter, then the story.
_REPORTER = re.compile(
    rf"^\s*+{_CITY}\s*[-–—]\s*(?P<who>[^\W\d_][^:：\-–—«»()\d]{{2,60}}?)\s*[:：]"
)

# «قسنطينة – من مراسلنا نسيم بوشلاغم – قررت …»: the city, our correspondent by name, the story.
_OUR_CORRESPONDENT = re.compile(
    rf"^\s*+{_CITY}\s*[-–—]\s*من\s+(?:مراسل|موفد|مندوب)(?:نا|تنا)\s+"
    r"(?P<who>[^\W\d_]+(?:\s[^\W\d_]+){1,3})\s*[-–—]\s"
)


def opening_reporter(paragraph: str) -> list[str]:
    """The reporters a paragraph opening with «CITY - NAME:» names («الدوحة - ياسر عبد الرحمن
    وسالم الهاجري: تأهل …»); [] for any other opening."""
    ours = _OUR_CORRESPONDENT.match(paragraph[:200])
    if ours and words(paragraph[ours.end() :]) >= 3 and name_shaped(ours["who"]):
        return [ours["who"]]  # (the label says a person filed it: the town need not be known)
    found = _REPORTER.match(paragraph[:200])
    if not found or words(paragraph[found.end() :]) < 3 or not is_city(found["city"]):
        return _reporter_after_the_agency(paragraph)
    who = found["who"].strip()
    return split_names(who) if reporter_like(who) else []


def _reporter_after_the_agency(paragraph: str) -> list[str]:
    """«عمان 15 كانون الثاني (بترا)- سائد الحوراني- رفعت …»: the agency's reporter after its
    dateline, between dashes (or «- من رنا العمري-»)."""
    opening = dateline(paragraph)
    if opening is None or not opening[0]:
        return []
    found = _NAME_THEN_DASH.match(paragraph, opening[1])
    return [found["who"]] if found and reporter_like(found["who"]) else []


# («(بترا)- من رنا العمري-»: «from» the reporter, as Petra writes it)
_NAME_THEN_DASH = re.compile(r"\s*(?:من\s+)?(?P<who>[^\W\d_]+(?:\s[^\W\d_]+){1,3})\s*[-–—]\s")

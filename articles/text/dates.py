"""Dates as Arabic news pages print them: parsing a date line, formatting a date.

Pure Python (no Django), so the page parser, the importer and the templates share it.
Arab sites use three families of Gregorian month names (Egyptian/Gulf, Levantine/Iraqi,
Maghrebi), Arabic-Indic digits, and 12-hour times marked ص/م; all of them are read here.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from hijridate import Hijri

from .letters import ARABIC_INDIC_DIGITS, DIGIT_FOLDS, IGNORABLE, char_class, letter_folds, replacer

__all__ = [
    "EGYPTIAN_MONTHS",
    "LEVANTINE_MONTHS",
    "MAGHREBI_MONTHS",
    "SORANI_MONTHS",
    "format_arabic_date",
    "has_hijri_date",
    "names_a_month",
    "parse_arabic_datetime",
    "parse_arabic_time",
    "without_hijri",
]

EGYPTIAN_MONTHS = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
)
LEVANTINE_MONTHS = (
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
)
MAGHREBI_MONTHS = (
    "جانفي",
    "فيفري",
    "مارس",
    "أفريل",
    "ماي",
    "جوان",
    "جويلية",
    "أوت",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
)
_MONTH_TABLES = {
    "egyptian": EGYPTIAN_MONTHS,
    "gulf": EGYPTIAN_MONTHS,
    "levantine": LEVANTINE_MONTHS,
    "iraqi": LEVANTINE_MONTHS,
    "maghrebi": MAGHREBI_MONTHS,
}

# Spellings seen in print besides the tables above; matched after folding, so hamza/alef
# and ة/ه variants need no entry of their own.
# The months of Libya's calendar of 1986-2011 («17 الحرث 2024»), which some Libyan sites
# still print, and the French ones of Maghrebi sites' French pages («3 août 2024»).
# («دجمبر»: December as Mauritanian sites spell it)
_EXTRA_SPELLINGS = {
    1: ("كانون ثاني", "january", "jan", "اي النار", "janvier", "janv"),
    2: ("february", "feb", "النوار", "fevrier", "février", "fevr", "févr"),
    3: ("march", "mar", "الربيع", "mars"),
    4: ("ابريل", "april", "apr", "الطير", "avril", "avr"),
    5: ("may", "الماء", "mai"),
    6: ("يونيه", "june", "jun", "الصيف", "juin"),
    7: ("يوليه", "يوليوز", "july", "jul", "ناصر", "juillet", "juil"),
    8: ("اغشت", "غشت", "august", "aug", "هانيبال", "aout", "août"),
    9: ("شتنبر", "september", "sept", "sep", "الفاتح", "septembre"),
    10: ("تشرين اول", "october", "oct", "التمور", "octobre"),
    11: ("تشرين ثاني", "نونبر", "november", "nov", "الحرث", "novembre"),
    12: (
        "كانون اول",
        "دجنبر",
        "دجمبر",
        "december",
        "dec",
        "الكانون",
        "decembre",
        "décembre",
        "déc",
    ),
}
# The months of Iraqi Kurdistan's Sorani pages, the Syriac ones as Kurdish spells them
# («١٤ی کانوونی دووەم ٢٠٢٥»); written before a year they take the izafe «ی» («ئایاری ٢٠٢٥»),
# and so does the day before them.
SORANI_MONTHS = (
    "کانوونی دووەم", "شوبات", "ئازار", "نیسان", "ئایار", "حوزەیران", "تەممووز", "ئاب", "ئەیلوول",
    "تشرینی یەکەم", "تشرینی دووەم", "کانوونی یەکەم",
)  # fmt: skip
_SORANI_SPELLINGS = {7: "تەمموز", 9: "ئەیلول"}

# The months of the languages diaspora and foreign outlets' Arabic pages print their stamps
# in (German, Spanish, Portuguese, Italian, Swedish, Dutch, Turkish; Swahili, Indonesian and
# Malay; Somali; Urdu and Persian; Russian, Azerbaijani and Uzbek, Kazakh and Tatar), where they
# differ from the above.
_FOREIGN_MONTHS = (
    "januar enero janeiro gennaio januari ocak janaayo جنوری ژانویه января январь yanvar "
    "қаңтар гыйнвар",
    "februar febrero fevereiro febbraio februari şubat subat febraayo فروری فوریه февраля "
    "февраль fevral ақпан",
    "märz marz marzo março marco maart mart machi maret mac maarso مارچ марта март наурыз",
    "abril aprile nisan aprili abriil اپریل آوریل апреля апрель aprel сәуір",
    "mayo maio maggio maj mei mayıs mayis maajo مئی мая май мамыр",
    "juni junio junho giugno haziran juun ژوئن июня июнь iyun маусым",
    "juli julio julho luglio temmuz julai luulyo جولائی ژوئیه июля июль iyul шілде",
    "agosto augusti augustus ağustos agustos agustus agosti ogos ogost اگست августа август avqust "
    "avgust тамыз",
    "septiembre setembro settembre eylül eylul septemba sebtembar ستمبر سپتامبر сентября сентябрь "
    "sentyabr sentabr қыркүйек",
    "oktober octubre outubro ottobre ekim oktoba oktoobar اکتوبر اکتبر октября октябрь oktyabr "
    "oktabr қазан",
    "noviembre novembro kasım kasim novemba nofembar نومبر نوامبر ноября ноябрь noyabr қараша",
    "dezember diciembre dezembro dicembre aralık aralik desemba desember disember desembar "
    "دسمبر دسامبر декабря декабрь dekabr желтоқсан",
)

# The site's letter and digit folds (`letters`), as the page reader folds the lines it reads
# dates on: hamza seats aside (no month or time word is spelled with ؤ or ئ).
_fold_letters = replacer(letter_folds(hamza_seats=False) | DIGIT_FOLDS)
# Tashkeel, tatweel and the invisible direction marks copied along with RTL text.
_IGNORABLE = re.compile(f"[{char_class(IGNORABLE)}]")


def _fold(text: str) -> str:
    """A matching form: Western digits, one alef, ه for ة, no tashkeel, lower-case Latin."""
    return _IGNORABLE.sub("", _fold_letters(text)).lower()


def _month_lookup() -> dict[str, int]:
    lookup: dict[str, int] = {}
    for table in (EGYPTIAN_MONTHS, LEVANTINE_MONTHS, MAGHREBI_MONTHS):
        for number, name in enumerate(table, start=1):
            lookup[_fold(name)] = number
    for number, names in _EXTRA_SPELLINGS.items():
        for name in names:
            lookup[_fold(name)] = number
    for number, foreign in enumerate(_FOREIGN_MONTHS, start=1):
        for name in foreign.split():
            lookup.setdefault(_fold(name), number)
    sorani = [*enumerate(SORANI_MONTHS, start=1), *_SORANI_SPELLINGS.items()]
    for number, name in sorani:
        lookup.setdefault(_fold(name), number)
        lookup.setdefault(_fold(name + "ی"), number)
    return lookup


FOREIGN_MONTH_WORDS = frozenset(" ".join(_FOREIGN_MONTHS).split())


_MONTHS = _month_lookup()


def names_a_month(text: str) -> bool:
    """Whether a word of `text` is a Gregorian month's name, in any family or language
    («5 سبتمبر», «22 أيلول»; never a score: «2 - 0 أبناء السهل»)."""
    return any(word in _MONTHS for word in _fold(text).split())


# A word (two for كانون/تشرين and Sorani's كانوونی/تشرینی), looked up in _MONTHS afterwards:
# an alternation of every spelling would be tried name by name at each digit of the page.
_WORD = r"[^\W\d_]+"
_MONTH = rf"(?:(?:كانون|تشرين|اي|كانووني|تشريني)\s+{_WORD}|{_WORD})"
_SEP = r"\s*[,،]?\s*"

# «26 يونيو 2024», «26 من يونيو/حزيران 2024», «26 حزيران (يونيو) 2024», «12. März 2025»,
# «22 de agosto de 2024», «١٥ی ئایاری ٢٠٢٥» (the day's Sorani izafe).
_DAY_MONTH_YEAR = re.compile(
    rf"(?<!\d)(?P<day>\d{{1,2}})(?:\.|ي(?=\s))?\s*(?:(?:من|de)\s+)?(?:شهر\s+)?(?P<month>{_MONTH})"
    rf"(?:\s*[/(]\s*{_MONTH}\s*\)?)?(?:\s+de)?{_SEP}(?P<year>\d{{4}})(?!\d)"
)
# «June 26, 2024» / «يونيو 26، 2024»: the comma is required so «يونيو 2024» stays month-only.
_MONTH_DAY_YEAR = re.compile(
    rf"(?<![^\W\d_])(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})\s*[,،]\s*(?P<year>\d{{4}})(?!\d)"
)
# Slashed/dashed dates are day first, the Arab convention: 26/06/2024, 26-6-2024, 26.06.2024.
_NUMERIC_DMY = re.compile(
    r"(?<![\d/.\-])(?P<day>\d{1,2})\s?(?P<sep>[/.\-])\s?(?P<month>\d{1,2})\s?(?P=sep)\s?"
    r"(?P<year>\d{4})(?![\d/\-]|\.\d)"
)
_NUMERIC_YMD = re.compile(
    r"(?<![\d/.\-])(?P<year>\d{4})(?P<sep>[/.\-])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
    r"(?![\d/\-]|\.\d)"
)
# «10/نوفمبر/2024», «10-نوفمبر-2024»: a month's name between slashes or dashes.
_DAY_NAMED_MONTH_YEAR = re.compile(
    rf"(?<![\d/\-])(?P<day>\d{{1,2}})\s*(?P<sep>[/\-])\s*(?P<month>{_WORD})\s*(?P=sep)\s*"
    r"(?P<year>\d{4})(?!\d)"
)
_DATE_PATTERNS = (
    _DAY_MONTH_YEAR,
    _MONTH_DAY_YEAR,
    _NUMERIC_DMY,
    _NUMERIC_YMD,
    _DAY_NAMED_MONTH_YEAR,
)

# Hijri dates, printed beside the Gregorian one on Gulf and Egyptian pages («الأحد 17 شعبان
# 1446 هـ - 16 فبراير 2025 م») or alone: «17 شعبان 1446», «1446/08/17 هـ». Their spans are
# taken out before the Gregorian patterns read the text, so a Hijri day, month or year never
# joins a Gregorian match; the Gregorian date printed beside one is the date.
_HIJRI_MONTH = (
    r"(?:محرم|صفر|ربيع\s+(?:الاول|الاخر|الثاني|اول|ثاني|ثان)|جمادي\s+(?:الاولي|الاخره|الثانيه|"
    r"الاول|الاخر|الثاني)|رجب|شعبان|رمضان|شوال|(?:ذو|ذي)\s+(?:القعده|الحجه))"
)
_HIJRI_SUFFIX = r"\s*(?:ه(?![^\W\d_])|هجريه|هجري)"
_HIJRI = re.compile(
    rf"(?<!\d)\d{{1,2}}\s*(?:من\s+)?{_HIJRI_MONTH}(?:{_SEP}\d{{4}}(?!\d))?(?:{_HIJRI_SUFFIX})?"
    rf"|(?<![\d/.\-])\d{{1,4}}[/.\-]\d{{1,2}}[/.\-]\d{{1,4}}{_HIJRI_SUFFIX}"
)

# («ق.ظ» and «ب.ظ», before and after noon, as Lebanese sites abbreviate them; «پ.ن» and
# «د.ن» as Sorani pages do)
_AM = frozenset({"ص", "صباحا", "صباح", "فجرا", "قبل الظهر", "ق.ظ", "پ.ن", "am", "a.m."})
_NOON = frozenset({"م", "مساء", "مساءا", "ظهرا", "عصرا", "بعد الظهر", "ب.ظ", "د.ن", "pm", "p.m."})
_NIGHT = frozenset({"ليلا"})
_MERIDIEM = (
    r"(?P<meridiem>صباحا|صباح|فجرا|قبل الظهر|بعد الظهر|ق\.ظ|ب\.ظ|پ\.ن|د\.ن|ص|مساءا|مساء|ظهرا"
    r"|عصرا|ليلا|م|a\.m\.|p\.m\.|am|pm)"
)
# «10:30», and «10h30» (or «10 h 30») as Maghrebi and Québec sites print it after the French
# («17س20د»: hours, minutes in Arabic letters, as Tunisian sites print it).
_TIME = re.compile(
    rf"(?<![\d:])(?P<hour>\d{{1,2}})(?::|h(?=\d)| h (?=\d\d)|س(?=\d\dد))(?P<minute>\d{{2}})"
    rf"(?:(?<=س\d\d)د)?"
    rf"(?::(?P<second>\d{{2}}))?"
    rf"(?![\d:])(?:\s*{_MERIDIEM}(?![^\W\d_]))?"
)
# «الساعة 10 صباحًا» has no minutes; only trusted after the word for "hour".
_HOUR_ONLY = re.compile(rf"الساعه\s+(?P<hour>\d{{1,2}})(?![\d:])\s*{_MERIDIEM}(?![^\W\d_])")

# «2024-11-05 | 09.30»: a time with a dot, as Nordic and German sites print it, is read only
# right after the date and a separator (elsewhere «10.25» may be a figure: «10.25 مليار»).
_DOTTED_TIME = re.compile(
    rf"\s*[|،,\-–]\s*(?P<hour>\d{{1,2}})\.(?P<minute>\d{{2}})(?![\d.])(?:\s*{_MERIDIEM}(?![^\W\d_]))?"
)

_MIN_YEAR, _MAX_YEAR = 1900, 2100


# A Hijri date printed alone, as some Gulf pages stamp their stories («الخميس 2 رجب 1446هـ -
# 10:45 ص»), is the Gregorian day the Umm al-Qura calendar gives it.
_HIJRI_MONTH_NUMBERS = [
    ("محرم",), ("صفر",), ("ربيع الاول",), ("ربيع الاخر", "ربيع الثاني", "ربيع ثاني", "ربيع ثان"),
    ("جمادي الاولي", "جمادي الاول"),
    ("جمادي الاخره", "جمادي الثانيه", "جمادي الاخر", "جمادي الثاني"),
    ("رجب",), ("شعبان",), ("رمضان",), ("شوال",), ("ذو القعده", "ذي القعده"),
    ("ذو الحجه", "ذي الحجه"),
]  # fmt: skip
_HIJRI_MONTHS = {
    name: number for number, names in enumerate(_HIJRI_MONTH_NUMBERS, start=1) for name in names
}
_FULL_HIJRI = re.compile(
    rf"(?<!\d)(?P<day>\d{{1,2}})\s*(?:من\s+)?(?P<month>{_HIJRI_MONTH}){_SEP}(?P<year>1[34]\d\d)(?!\d)"
)


_NUMERIC_HIJRI = re.compile(
    rf"(?<![\d/.\-])(?P<a>\d{{1,4}})[/.\-](?P<month>\d{{1,2}})[/.\-](?P<b>\d{{1,4}}){_HIJRI_SUFFIX}"
)


def _hijri_dates_in(folded: str) -> list[tuple[int, int, date]]:
    found = []
    for match in _FULL_HIJRI.finditer(folded):
        month = _HIJRI_MONTHS.get(" ".join(match["month"].split()), 0)
        found.append((match.start(), match.end(), (int(match["year"]), month, int(match["day"]))))
    for match in _NUMERIC_HIJRI.finditer(folded):
        a, b = int(match["a"]), int(match["b"])
        year, day = (a, b) if a > b else (b, a)  # «1446/08/17 هـ» or «17/08/1446 هـ»
        found.append((match.start(), match.end(), (year, int(match["month"]), day)))
    dates = []
    for start, end, (year, month, day) in found:
        try:
            value = Hijri(year, month, day).to_gregorian()
        except (ValueError, OverflowError):  # a day the calendar has not, a year beyond its table
            continue
        dates.append((start, end, date(value.year, value.month, value.day)))
    return dates


def _without_hijri(folded: str) -> str:
    """`folded` with every Hijri date blanked out (spaces keep the other dates' offsets)."""
    return _HIJRI.sub(lambda match: " " * len(match[0]), folded)


def calendar_day(value: date | datetime) -> date:
    """The day of a date, or of a date with its time."""
    return value.date() if isinstance(value, datetime) else value


def without_hijri(text: str) -> str:
    """`text` folded, its Hijri dates blanked out: what it prints of other calendars."""
    return _without_hijri(_fold(text))


def has_hijri_date(text: str) -> bool:
    """Whether `text` prints a Hijri date («17 شعبان 1446 هـ», «1446/08/17 هـ»)."""
    return _HIJRI.search(_fold(text)) is not None


# The Solar Hijri calendar of Iranian and Afghan sites («۱۷ اردیبهشت ۱۴۰۴»): its months
# are not the Levantine ones (آذر is not آذار), and its dates are read as the Gregorian day.
SOLAR_HIJRI_MONTHS = (
    "فروردين", "ارديبهشت", "خرداد", "تير", "مرداد", "شهريور", "مهر", "آبان", "آذر", "دي",
    "بهمن", "اسفند",
)  # fmt: skip
_SOLAR_MONTHS = {_fold(name): number for number, name in enumerate(SOLAR_HIJRI_MONTHS, start=1)}
_SOLAR_MONTHS[_fold("امرداد")] = 5
_SOLAR_DATE = re.compile(
    rf"(?<!\d)(?P<day>\d{{1,2}})\s+(?P<month>{_WORD}){_SEP}(?P<year>1[34]\d\d)(?!\d)"
)


# «۱۴۰۴/۰۲/۱۵»: a year in digits alone is a Solar Hijri one from 1300 to 1420, which are
# 1921–2041 (the lunar years of these numbers ended in 2000, before news went online).
_SOLAR_NUMERIC_YEARS = range(1300, 1421)


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian day of a Solar Hijri date (1 Farvardin 1404 → 21 March 2025), by the
    calendar's 33-year arithmetic; ValueError for a day the month does not have."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        raise ValueError(f"no day {day} in month {month}")
    ordinal = _solar_ordinal(year, month, day)
    if month == 12 and day == 30 and ordinal == _solar_ordinal(year + 1, 1, 1):
        raise ValueError(f"{year} is no leap year")  # Esfand has 30 days in leap years only
    return date.fromordinal(ordinal)


def _solar_ordinal(year: int, month: int, day: int) -> int:
    y = year + 1595
    return (
        -355668
        + 365 * y
        + (y // 33) * 8
        + ((y % 33) + 3) // 4
        + day
        + (31 * (month - 1) if month < 7 else 30 * (month - 7) + 186)
        - 365
    )


def _solar_dates_in(folded: str) -> list[tuple[int, int, date]]:
    found = []
    numeric = (m for m in _NUMERIC_YMD.finditer(folded) if int(m["year"]) in _SOLAR_NUMERIC_YEARS)
    for match in (*_SOLAR_DATE.finditer(folded), *numeric):
        named = match["month"]
        month = int(named) if named.isdigit() else _SOLAR_MONTHS.get(named, 0)
        try:
            value = solar_hijri_to_gregorian(int(match["year"]), month, int(match["day"]))
        except ValueError:
            continue
        found.append((match.start(), match.end(), value))
    return found


def _dates_in(folded: str) -> list[tuple[int, int, date]]:
    """Every valid Gregorian date in `folded` as (start, end, date), in reading order; a
    Solar Hijri date counts as its Gregorian day, and so does a (lunar) Hijri date printed
    without a Gregorian one."""
    folded_with_hijri, folded = folded, _without_hijri(folded)
    found: list[tuple[int, int, date]] = _solar_dates_in(folded)
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(folded):
            year, day = int(match["year"]), int(match["day"])
            month_text = " ".join(match["month"].split())
            month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text, 0)
            if not _MIN_YEAR <= year <= _MAX_YEAR:
                continue
            if pattern is _NUMERIC_DMY and month > 12 >= day:
                day, month = month, day  # «3/14/2025»: an American site's month first
            try:
                value = date(year, month, day)
            except ValueError:  # 31/02, month 13: an impossible date is no date
                continue
            found.append((match.start(), match.end(), value))
    if not found:
        found = _hijri_dates_in(folded_with_hijri)
    found.sort(key=lambda item: item[0])
    # Drop matches nested in an earlier one (a pattern may re-read part of another's match).
    kept: list[tuple[int, int, date]] = []
    for item in found:
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    return kept


def _time_from(match: re.Match[str]) -> time | None:
    hour = int(match["hour"])
    minute = int(match.groupdict().get("minute") or 0)
    second = int(match.groupdict().get("second") or 0)
    meridiem = match["meridiem"]
    if meridiem in _AM:
        if hour == 12:  # 12 ص is just after midnight
            hour = 0
    elif meridiem in _NOON:
        if 1 <= hour < 12:  # 12 م is noon itself
            hour += 12
    elif meridiem in _NIGHT:
        if hour == 12:
            hour = 0
        elif 6 <= hour < 12:  # «2 ليلًا» is 02:00, «10 ليلًا» is 22:00
            hour += 12
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second)


def _first_time(folded: str) -> time | None:
    for pattern in (_TIME, _HOUR_ONLY):
        for match in pattern.finditer(folded):
            value = _time_from(match)
            if value is not None:
                return value
    return None


def _last_time(folded: str) -> time | None:
    """The clock time nearest the end of `folded`: of «آخر تحديث: 21:58 | نُشر: 19:30 – 8
    مارس 2025» the one printed with the date, before it."""
    found = [
        (match.start(), value)
        for pattern in (_TIME, _HOUR_ONLY)
        for match in pattern.finditer(folded)
        if (value := _time_from(match)) is not None
    ]
    return max(found, key=lambda item: item[0])[1] if found else None


def parse_arabic_time(text: str) -> time | None:
    """The first clock time in `text` («10:30 ص», «22:15», «الساعة 9 مساءً»), or None."""
    return _first_time(_fold(text))


# Between a date and the same day in another calendar: brackets, a slash, «الموافق».
_SAME_DAY_BETWEEN = re.compile(r"[\s()\[\]/\-–—،,]*(?:الموافق)?[\s()\[\]/\-–—،,]*$")


def parse_arabic_datetime(text: str) -> datetime | date | None:
    """The first date printed in `text`, with its time when one is shown.

    Returns a naive datetime (the wall-clock time printed; any UTC offset is ignored)
    when a time goes with the date, a date when only a date is shown, and None when no
    complete, possible date is there: a month without a day, «31/02/2024» or a bare time
    are not dates, and nothing is guessed.
    """
    folded = _fold(text)
    dates = _dates_in(folded)
    if not dates:
        return None
    start, end, value = dates[0]
    # The time belongs to this date when it sits between it and the next date
    # («نشر: ... 10:30 ص - تحديث: ...»); sites that put the time first are read too.
    # The same day in another calendar is no next date: «الأربعاء ۱۶ آبان ۱۴۰۳ (6 نوفمبر
    # 2024) - ۱۰:۲۰».
    later = [
        d for d in dates[1:] if not (d[2] == value and _SAME_DAY_BETWEEN.match(folded, end, d[0]))
    ]
    window_end = later[0][0] if later else len(folded)
    clock = _first_time(folded[end:window_end]) or _last_time(folded[:start])
    if clock is None and (dotted := _DOTTED_TIME.match(folded, end, window_end)):
        clock = _time_from(dotted)
    if clock is None:
        return value
    return datetime.combine(value, clock)


def format_arabic_date(
    value: date | datetime, *, months: str = "egyptian", digits: str = "western"
) -> str:
    """«26 يونيو 2024»; months="levantine" gives «26 حزيران 2024», "maghrebi" «26 جوان 2024»;
    digits="arabic" writes Arabic-Indic digits («٢٦ يونيو ٢٠٢٤»)."""
    try:
        names = _MONTH_TABLES[months]
    except KeyError:
        choices = sorted(_MONTH_TABLES)
        raise ValueError(f"unknown month names {months!r}; use one of {choices}") from None
    if digits not in ("western", "arabic"):
        raise ValueError(f"unknown digits {digits!r}; use 'western' or 'arabic'")
    text = f"{value.day} {names[value.month - 1]} {value.year}"
    if digits == "arabic":
        text = text.translate(ARABIC_INDIC_DIGITS)
    return text

"""Synthetic scraped pages in eight layouts Arabic news sites use, with the fields a reader
expects from each: a Maghrebi site, a Gulf site, a Levantine site, an Egyptian site, a
wire agency's page, a sports page, a live blog and an opinion page.

`pages(articles, seed)` renders each article (a dict in the dev corpus's `articles.jsonl`
form) once in every layout, picking the furniture of each page (site, section, byline
form, date form, widgets) at random from what such sites print, so a rule that holds for
one spelling of one site does not pass by luck. Shared by tests/test_page_layouts.py and
bench/page_reader_quality.py. The expected fields follow the dev corpus's README: the
source is the byline's outlet or agency, else the «المصدر:» line, else the site's name;
the summary is the standfirst printed between the headline and the body, or nothing.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from articles.importing.pagereader.text import wordlist

MAGHREBI = wordlist("يناير فبراير مارس أبريل ماي يونيو يوليوز غشت شتنبر أكتوبر نونبر دجنبر")
ALGERIAN = wordlist("جانفي فيفري مارس أفريل ماي جوان جويلية أوت سبتمبر أكتوبر نوفمبر ديسمبر")
EGYPTIAN = wordlist("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر")
LEVANTINE = [
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
    "تشرين الأول", "تشرين الثاني", "كانون الأول",
]  # fmt: skip
HIJRI = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب",
         "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]  # fmt: skip
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]

AUTHORS = [
    "محمد بنعلي", "نزار الفراوي", "سعيد الإدريسي", "خديجة العلمي", "يوسف بلحاج", "هشام رضوان",
    "سارة المنصوري", "عبد الرحيم السباعي", "ليلى الزهراني", "فيصل العتيبي", "ريم الحربي",
    "جورج شاهين", "رنا خليل", "إيلي حداد", "منى عادل", "أحمد سمير", "محمود حسن", "هبة الله أمين",
    "كريم عبد العزيز", "طارق الشناوي", "عمرو سعيد", "وليد المصري",
]  # fmt: skip
CAPTIONS = [
    "جانب من الاجتماع", "وزير المالية - صورة أرشيفية", "من موقع الحدث - أرشيفية",
    "مشهد عام للمدينة",
    "جانب من اللقاء (صورة أرشيفية)", "صورة: جانب من الفعالية", "المسؤولون خلال المؤتمر - رويترز",
]  # fmt: skip
READ_LINKS = [
    "الحكومة تعلن موعد صرف المنح الجديدة", "ارتفاع أسعار الذهب في السوق المحلية",
    "تفاصيل خطة تطوير النقل العام في العاصمة", "وزير الصحة يتفقد مستشفيات المحافظة",
    "أمطار غزيرة متوقعة نهاية الأسبوع", "انطلاق الموسم السياحي وسط توقعات بإقبال كبير",
    "البنك المركزي يبقي أسعار الفائدة دون تغيير",
]  # fmt: skip
TEAMS = ["الوداد", "الرجاء", "الأهلي", "الزمالك", "الهلال", "النصر", "الترجي", "الفيصلي"]


@dataclass
class Expected:
    title: str
    summary: str
    authors: list[str]
    source: str | None
    published_at: str | None
    caption: str | None
    tags: list[str]
    paragraphs: list[str]


@dataclass
class Page:
    layout: str
    text: str
    expected: Expected
    lines: list[str] = field(default_factory=list)


@dataclass
class _Story:
    """One article, and what the page around it prints."""

    title: str
    summary: str
    paragraphs: list[str]
    tags: list[str]
    when: datetime
    author: str
    caption: str


def _story(article: dict, rng: random.Random) -> _Story:
    when = datetime(
        rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
        rng.choice([0, 5, 15, 30, 45]),
    )  # fmt: skip
    return _Story(
        title=article["title"],
        summary=article.get("summary", ""),
        paragraphs=article["body"].split("\n\n"),
        tags=list(article.get("tags", []))[:4],
        when=when,
        author=rng.choice(AUTHORS),
        caption=rng.choice(CAPTIONS),
    )


def _clock12(when: datetime) -> str:
    hour = when.hour % 12 or 12
    return f"{hour:02d}:{when.minute:02d} {'ص' if when.hour < 12 else 'م'}"


def _day(when: datetime, months: list[str], weekday: bool = True) -> str:
    text = f"{when.day} {months[when.month - 1]} {when.year}"
    return f"{WEEKDAYS[when.weekday()]} {text}" if weekday else text


def _hijri(rng: random.Random) -> str:
    return f"{rng.randint(1, 29)} {rng.choice(HIJRI)} {rng.randint(1444, 1447)} هـ"


def _iso(when: datetime, with_time: bool = True) -> str:
    return when.isoformat() if with_time else when.date().isoformat()


def _bullets(rng: random.Random, n: int) -> list[str]:
    mark = rng.choice(["• ", "- ", "▪ ", "◄ ", ""])
    return [mark + link for link in rng.sample(READ_LINKS, n)]


def _tag_line(rng: random.Random, tags: list[str]) -> str:
    if rng.random() < 0.3:
        return " ".join("#" + t.replace(" ", "_") for t in tags)
    label = rng.choice(["الكلمات المفتاحية:", "الوسوم:", "كلمات دالة:", "وسوم:"])
    return f"{label} {'، '.join(tags)}"


def _counter(rng: random.Random) -> str:
    n = rng.randint(120, 98000)
    return rng.choice(
        [f"{n:,} مشاهدة", f"عدد القراءات: {n}", f"المشاهدات: {n:,}", f"{n} قراءة", f"👁 {n:,}"]
    )


def _body_with(rng: random.Random, paragraphs: list[str], furniture: list[str]) -> list[str]:
    """The paragraphs with a block of furniture lines after the first or second one."""
    at = rng.randint(1, max(1, len(paragraphs) - 1))
    return paragraphs[:at] + furniture + paragraphs[at:]


# --- The layouts --------------------------------------------------------------------------


def maghrebi(s: _Story, rng: random.Random) -> tuple[list[str], Expected]:
    site = rng.choice(["مرايا بريس", "الأطلس 24", "صوت المغرب", "أخبار الشمال"])
    section = rng.choice(["سياسة", "مجتمع", "اقتصاد", "جهات", "ثقافة وفن"])
    months = rng.choice([MAGHREBI, ALGERIAN])
    label = rng.choice(["اقرأ أيضاً:", "شاهد أيضاً", "اقرأ أيضا", "اقرأ أيضا: " + READ_LINKS[0]])
    read_also = [label, *_bullets(rng, rng.randint(1, 3))]
    byline = rng.choice([s.author, f"{site} - {s.author}", f"كتب: {s.author}"])
    dated = rng.choice(
        [
            f"{_day(s.when, months)} - {s.when:%H:%M}",
            f"{_day(s.when, months, False)} - {s.when:%H:%M}",
            f"{_day(s.when, months)} على الساعة {s.when:%H:%M}",
            f"{s.when:%d/%m/%Y} على الساعة {s.when.hour}h{s.when:%M}",
        ]
    )
    date_first = rng.random() < 0.3  # some print the date over the headline
    standfirst = s.summary if rng.random() < 0.3 else ""
    # Some pages show the site's name only in the footer: the section's label is the first line.
    masthead = rng.choice([[site], [], [site, f"الرئيسية / {section}"], [f"{site} | {section}"]])
    lines = [
        *masthead,
        section,
        *([dated] if date_first else []),
        s.title,
        *([standfirst] if standfirst else []),
        byline,
        *([] if date_first else [dated]),
        s.caption,
        *_body_with(rng, s.paragraphs, read_also),
        _tag_line(rng, s.tags),
        _counter(rng),
        "تابعونا على فيسبوك وإنستغرام",
        f"© {s.when.year} {site}. جميع الحقوق محفوظة",
    ]
    return lines, Expected(
        s.title, standfirst, [s.author], site, _iso(s.when), s.caption, s.tags, s.paragraphs
    )


def gulf(s: _Story, rng: random.Random) -> tuple[list[str], Expected]:
    site = rng.choice(["صحيفة الوطن الخليجية", "جريدة الساحل", "صدى الرياض", "البيان اليوم"])
    section = rng.choice(["اقتصاد", "محليات", "دولي", "أسواق"])
    city = rng.choice(["الرياض", "دبي", "الدوحة", "الكويت", "مسقط"])
    agency = rng.choice(["واس", "وام", "قنا", "كونا"])
    byline = rng.choice([f"{city} - {agency}", f"{city}: {s.author}", f"كتب: {s.author}"])
    authors = [] if agency in byline else [s.author]
    source = agency if agency in byline else site
    hijri = _hijri(rng)
    dated = rng.choice(
        [
            [f"نشر في: {_day(s.when, EGYPTIAN)} | {_clock12(s.when)}"],
            [f"{WEEKDAYS[s.when.weekday()]} {hijri} - {_day(s.when, EGYPTIAN, False)} م"],
            [hijri, f"الموافق {_day(s.when, EGYPTIAN, False)} م"],
        ]
    )
    lines = [
        site,
        f"الرئيسية > {section} > أخبار",
        s.title,
        s.summary,
        byline,
        *dated,
        s.caption,
        *s.paragraphs,
        rng.choice(["مواضيع ذات صلة", "أخبار ذات صلة"]),
        *rng.sample(READ_LINKS, 3),
        _tag_line(rng, s.tags),
        _counter(rng),
        f"جميع الحقوق محفوظة © {site} {s.when.year}",
    ]
    with_time = "نشر في" in dated[0]
    return lines, Expected(
        s.title, s.summary, authors, source, _iso(s.when, with_time), s.caption, s.tags,
        s.paragraphs,
    )  # fmt: skip


def levantine(s: _Story, rng: random.Random) -> tuple[list[str], Expected]:
    site = rng.choice(["شبكة المشرق", "النهار الجديد", "المدى نت", "الشام اليوم"])
    section = rng.choice(["سياسة", "لبنان", "عربي ودولي", "اقتصاد", "محليات"])
    city = rng.choice(["بيروت", "دمشق", "عمّان", "بغداد"])
    exclusive = rng.random() < 0.5
    dash = rng.choice(["-", "–", "ـ"])
    byline = rng.choice([f"{city} {dash} خاص", f"{city} {dash} «{site}»", f"خاص - {city}"])
    byline = byline if exclusive else rng.choice([f"كتب {s.author}", f"{city} - {s.author}"])
    read_also = ["اقرأ أيضاً", *_bullets(rng, rng.randint(2, 3))]
    lines = [
        rng.choice([f"{site} | {section}", f"{section} - {site}"]),
        s.title,
        byline,
        f"{_day(s.when, LEVANTINE)} - {s.when:%H:%M}",
        *_body_with(rng, s.paragraphs, read_also),
        _tag_line(rng, s.tags),
        "تابعونا على تلغرام",
    ]
    authors = [] if exclusive else [s.author]
    return lines, Expected(s.title, "", authors, site, _iso(s.when), None, s.tags, s.paragraphs)


def egyptian(s: _Story, rng: random.Random) -> tuple[list[str], Expected]:
    site = rng.choice(["بوابة النيل", "الوادي نيوز", "المحروسة اليوم", "صوت القاهرة"])
    section = rng.choice(["أخبار مصر", "سياسة", "حوادث", "اقتصاد وبنوك", "رياضة"])
    watch = [rng.choice(["شاهد أيضاً", "اقرأ أيضًا:", "مواضيع ذات صلة"]), *_bullets(rng, 2)]
    captions = [s.caption] * rng.choice([1, 2])  # youm7 prints it over and under the image
    standfirst = s.summary if rng.random() < 0.4 else ""  # the lead, under the byline
    lines = [
        site,
        "الرئيسية",
        section,
        s.title,
        *rng.choice([[], ["منذ 3 ساعات"]]),
        f"{_day(s.when, EGYPTIAN)}، {_clock12(s.when)}",
        rng.choice([f"كتب {s.author}", f"كتب - {s.author}", f"كتبت: {s.author}"]),
        *captions,
        *([standfirst] if standfirst else []),
        *_body_with(rng, s.paragraphs, watch),
        _tag_line(rng, s.tags),
        _counter(rng),
    ]
    return lines, Expected(
        s.title, standfirst, [s.author], site, _iso(s.when), s.caption, s.tags, s.paragraphs
    )


def wire(s: _Story, rng: random.Random) -> tuple[list[str], Expected]:
    site = rng.choice(["نبض العالم", "الخبر الدولي", "عرب ووردز"])
    agency = rng.choice(["رويترز", "أ ف ب", "الأناضول", "د ب أ"])
    city = rng.choice(["القاهرة", "لندن", "بيروت", "باريس", "جنيف"])
    dateline = rng.choice([f"{city} ({agency}) - ", f"({agency}) - ", f"{city} - {agency} - "])
    first = dateline + s.paragraphs[0]
    editor = rng.choice(AUTHORS)
    section = rng.choice(["عالمي", "دولي", "اقتصاد"])
    lines = [
        site,
        f"{section} | {site}",
        s.title,
        f"{s.when.day:02d}/{s.when.month:02d}/{s.when.year} {s.when:%H:%M}",
        first,
        *s.paragraphs[1:],
        f"(إعداد {editor} للنشرة العربية - تحرير {rng.choice(AUTHORS)})",
        "مواضيع ذات صلة",
        *rng.sample(READ_LINKS, 2),
    ]
    paragraphs = [first, *s.paragraphs[1:]]  # the dateline as printed
    return lines, Expected(s.title, "", [], agency, _iso(s.when), None, [], paragraphs)


def sports(s: _Story, rng: random.Random) -> tuple[list[str], Expected]:
    site = rng.choice(["كووورة العرب", "ملاعب 24", "الهدف الرياضي"])
    section = rng.choice(["رياضة", "كرة القدم", "الدوري المحلي"])
    home, away = rng.sample(TEAMS, 2)
    widget = [
        rng.choice(["المباراة القادمة", "المباراة السابقة", "نتائج المباريات"]),
        rng.choice([f"{home} × {away}", f"{home} 2 - 1 {away}", f"{home} ضد {away}"]),
        f"{_day(s.when.replace(day=min(s.when.day + 3, 28)), EGYPTIAN)} - 20:00",
    ]
    lines = [
        site,
        section,
        s.title,
        f"كتب: {s.author}",
        f"{_day(s.when, EGYPTIAN)} | {s.when:%H:%M}",
        s.caption,
        *s.paragraphs,
        *widget,
        _tag_line(rng, s.tags),
        rng.choice(["مواضيع ذات صلة", "الأكثر قراءة"]),
        *rng.sample(READ_LINKS, 2),
    ]
    return lines, Expected(
        s.title, "", [s.author], site, _iso(s.when), s.caption, s.tags, s.paragraphs
    )


def live_blog(s: _Story, rng: random.Random) -> tuple[list[str], Expected]:
    site = rng.choice(["العربي اليوم", "شبكة الخليج", "المشهد نيوز"])
    section = rng.choice(["سياسة", "عالم", "تغطية خاصة"])
    entries: list[str] = []
    for number, paragraph in enumerate(s.paragraphs):
        minute = s.when.minute + number * 7
        entries += [f"{(s.when.hour + minute // 60) % 24:02d}:{minute % 60:02d}", paragraph]
    lines = [
        site,
        section,
        s.title,
        s.summary,
        f"آخر تحديث: {_day(s.when, EGYPTIAN)} - {s.when:%H:%M}",
        "تحديثات مباشرة",
        *entries,
        "شارك",
        "فيسبوك",
        "واتساب",
    ]
    return lines, Expected(s.title, s.summary, [], site, _iso(s.when), None, [], s.paragraphs)


def opinion(s: _Story, rng: random.Random) -> tuple[list[str], Expected]:
    site = rng.choice(["الرأي الحر", "منبر العرب", "مدار"])
    section = rng.choice(["مقالات", "آراء", "الرأي", "أعمدة"])
    lines = [
        site,
        section,
        s.title,
        rng.choice([f"بقلم: {s.author}", f"بقلم {s.author}", s.author]),
        f"{_day(s.when, EGYPTIAN, weekday=rng.random() < 0.5)}",
        *s.paragraphs,
        "* الآراء الواردة في المقال تعبر عن رأي كاتبها",
        "مقالات أخرى للكاتب",
        *rng.sample(READ_LINKS, 2),
    ]
    return lines, Expected(
        s.title, "", [s.author], site, _iso(s.when, False), None, [], s.paragraphs
    )


LAYOUTS: dict[str, Callable[[_Story, random.Random], tuple[list[str], Expected]]] = {
    "maghrebi": maghrebi,
    "gulf": gulf,
    "levantine": levantine,
    "egyptian": egyptian,
    "wire": wire,
    "sports": sports,
    "live_blog": live_blog,
    "opinion": opinion,
}


def pages(articles: list[dict], seed: int = 16) -> list[Page]:
    """Every article in every layout; blank lines between the page's lines now and then."""
    rng = random.Random(seed)
    found: list[Page] = []
    for article in articles:
        for name, layout in LAYOUTS.items():
            lines, expected = layout(_story(article, rng), rng)
            glue = "\n\n" if rng.random() < 0.5 else "\n"
            found.append(Page(name, glue.join(lines), expected, lines))
    return found


def load_articles(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


# --- Fields right ---------------------------------------------------------------------------

FIELDS = ("title", "summary", "authors", "source", "published_at", "caption", "tags", "body")


def fields_right(parsed: object, expected: Expected) -> dict[str, bool]:
    """Which of the eight fields the page reader got exactly right (a `ParsedPage`)."""
    published = getattr(parsed, "published_at", None)
    body = getattr(parsed, "body", "")
    found = {
        "title": getattr(parsed, "title", ""),
        "summary": getattr(parsed, "summary", ""),
        "authors": list(getattr(parsed, "authors", [])),
        "source": getattr(parsed, "source", None),
        "published_at": published.isoformat() if published else None,
        "caption": getattr(parsed, "caption", None),
        "tags": list(getattr(parsed, "tags", [])),
        "body": body.split("\n\n") if body else [],
    }
    wanted = {
        "title": expected.title,
        "summary": expected.summary,
        "authors": expected.authors,
        "source": expected.source,
        "published_at": expected.published_at,
        "caption": expected.caption,
        "tags": expected.tags,
        "body": expected.paragraphs,
    }
    return {name: found[name] == wanted[name] for name in FIELDS}

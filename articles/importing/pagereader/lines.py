"""What one line of a scraped Arabic news page is: furniture, byline, date, tags, text...

The page parser (`pageparse`) decides from context; this module looks at one line at a
time and knows the furniture Arabic news sites print around an article. Pure Python.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from ...text.dates import parse_arabic_datetime, parse_arabic_time
from .text import (
    EDGE_JUNK,
    SPACES_BEFORE,
    after_match,
    bare_key,
    ends_sentence,
    fold_map,
    is_agency,
    is_city,
    key,
    keyset,
    looks_like_outlet,
    name_ok,
    person_like,
    quoted,
    split_names,
    strip_symbols,
    unquote,
    wordlist,
    words,
)

# Lines longer than this are always article text; it also keeps the per-line work bounded.
MAX_META_CHARS = 400

_AUTHOR_ROLES = (
    r"كتبت|كتب|بقلم|حوار|تقرير|اعداد|متابعه|رصد|تغطيه|الكاتبه|الكاتب|بواسطه"
    r"|written by|reporting by|by"
)
_EDITOR_ROLES = r"تحرير|المحرره|المحرر|مراجعه|تدقيق|اشراف|ترجمه|تصوير|انفوجراف|جرافيك"
_BYLINE_RE = re.compile(
    rf"(?P<label>{_AUTHOR_ROLES}|{_EDITOR_ROLES})(?P<sep>\s*[:：\-–—/|]+\s*|\s+)"
)
# Without a colon or dash only these labels start a byline; «تقرير أممي يحذر...» is a headline.
_BARE_LABELS = frozenset({"كتب", "كتبت", "بقلم", "بواسطه", "by", "written by", "reporting by"})

_SHARE_PHRASES = re.compile(
    r"شارك(?:ها)? (?:هذا |هذه )?(?:المقال|الخبر|الموضوع|المقاله|الصفحه|القصه)|share (?:this|on|via)"
    r"|copy link|نسخ الرابط|الرابط المختصر|واتس ?اب|فيس ?بوك|لينكد ?ان|تيك ?توك|سناب ?شات"
    r"|البريد الالكتروني|بريد الكتروني|جوجل نيوز|google news"
)
_SHARE_TOKENS = frozenset(
    wordlist(
        "مشاركه المشاركه شارك شاركها شاركوا فيسبوك تويتر اكس x واتساب تلجرام تليجرام تيليجرام "
        "تلغرام انستجرام انستغرام انستقرام لينكدان يوتيوب ماسنجر طباعه ايميل share shares tweet "
        "facebook twitter whatsapp telegram email print linkedin pinterest messenger reddit "
        "threads ثريدز"
    )
)
_SHARE_FILLER = frozenset(wordlist("على عبر علي via on this article هذا المقال الخبر"))

_STRAY = keyset(
    "post-title", "post-content", "post-body", "entry-content", "advertisement", "ads", "ad",
    "إعلان", "اعلان", "sponsored", "محتوى مدعوم", "المزيد", "اقرأ المزيد", "read more", "more",
    "اضغط هنا", "click here", "اضغط هنا للمزيد", "تحميل المزيد", "جاري التحميل", "loading",
    "home", "menu", "القائمة", "بحث", "search", "skip to content", "الرئيسية",
    "الصفحة الرئيسية", "عاجل", "تصغير", "تكبير", "close", "إغلاق", "×", "من نحن", "اتصل بنا",
    "سياسة الخصوصية", "شروط الاستخدام", "أعلن معنا", "خريطة الموقع", "rss", "تسجيل الدخول",
    "login", "حجم الخط", "تكبير الخط", "تصغير الخط", "a a a", "a+ a-", "a- a+", "a a", "طباعة",
    "التعليقات", "أضف تعليق", "أضف تعليقك", "اترك تعليقا", "لا توجد تعليقات",
    "كن أول من يعلق", "comments", "leave a comment", "الرابط المختصر", "نسخ", "تم النسخ",
)  # fmt: skip
# Chrome that sits around the lead image; it marks the header, unlike an ad inside the body.
_IMAGE_MARKERS = keyset(
    "post-title", "post-content", "صورة", "الصورة", "صور", "image", "photo", "فيديو", "video",
    "صورة أرشيفية", "أرشيفية", "صورة تعبيرية", "تعبيرية", "أرشيف",
)  # fmt: skip
_RELATED = keyset(
    "مواضيع ذات صلة", "موضوعات ذات صلة", "أخبار ذات صلة", "مقالات ذات صلة", "ذات صلة",
    "موضوعات متعلقة", "أخبار متعلقة", "مواضيع متعلقة", "الأكثر قراءة", "الأكثر مشاهدة",
    "الأكثر تداولا", "الأكثر شعبية", "اخترنا لك", "قد يعجبك أيضا", "قد يعجبك", "آخر الأخبار",
    "أحدث الأخبار", "المزيد من الأخبار", "مقالات مشابهة", "أخبار مشابهة", "related",
    "related articles", "more stories", "you may also like", "trending", "most read",
    "الأخبار المتعلقة", "مواضيع قد تهمك", "قد يهمك أيضا",
)  # fmt: skip
_READ_ALSO = re.compile(
    r"(?:(?:اقرا|اقراوا|طالع|شاهد|تابع)\s*(?:ايضا|كذلك|ايضاً)|قد يهمك|يهمك ايضا"
    r"|اقرا المزيد|للمزيد(?=\s*[:：])|اقرا ايضا|read also|see also|related)(?=$|[\s:：\-–—|»>.(])"
)
_FOLLOW = re.compile(
    r"^(?:تابعونا|تابعوا|تابعنا|لمتابعه|انضموا|انضم|اشترك في قناه|اشتركوا في|follow us|join us)"
)
_SUBSCRIBE = re.compile(
    r"^(?:اشترك|اشتركوا|subscribe|sign up)|النشره البريديه|newsletter|بريدك الالكتروني"
)
_SOCIAL = re.compile(
    r"فيسبوك|فيس بوك|تويتر|انستجرام|انستغرام|يوتيوب|تيك توك|تلجرام|تليجرام|واتساب|x|اكس|جوجل"
    r"|google|facebook|twitter|instagram|youtube|telegram|whatsapp|منصه|تطبيق|قناه|صفح|حساب"
)
_COPYRIGHT = re.compile(r"الحقوق محفوظه|©|\(c\)|all rights reserved")
# «حقوق النشر» alone is also a topic («قانون حقوق النشر»); only with a year is it a footer.
_COPYRIGHT_WEAK = re.compile(r"حقوق النشر|حقوق الطبع|copyright")
_COUNTERS = re.compile(
    r"^(?:\d+\s*)?(?:تعليق|تعليقات|التعليقات|comments?)(?:\s*[:(]?\s*\d+\)?)?$"
    r"|^(?:عدد\s+)?(?:المشاهدات|مشاهدات|القراءات|التعليقات|views)\s*[:：]?\s*\d+$"
    r"|^\d+\s*(?:مشاهده|مشاهدات|قراءه|views?)$"
    r"|دقيقه قراءه|دقائق قراءه|دقيقه للقراءه|دقائق للقراءه|وقت القراءه|مده القراءه"
    r"|min read|minute read|^قراءه\s*\d+\s*(?:دقيقه|دقائق)$"
)
# An e-mail address: no space, an «@» after the first character, a «.» after the next one
# and one more character (what «\S+@\S+\.\S+» says, without its cubic backtracking).
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$|^(?=\S+$).[^@]*+@.+\..\S*")
_HOME = re.compile(r"^(?:الرئيسيه|الصفحه الرئيسيه|الرئيسه|home)\s*(?:[>›»<‹/\\|]|-\s)")
# «\s/\s» needs no alternative of its own: «/» takes the spaces around it all the same.
_CRUMB_SPLIT = re.compile(rf"{SPACES_BEFORE}[>›<‹\\|/]\s*|(?<!\s)\s++[»\-]\s+")
_SITE_LABEL = re.compile(r"الموقع الرسمي(?:\s+ل(?:-|\s)?)?|البوابه الرسميه|الموقع الالكتروني")
_TAG_LABEL = re.compile(
    r"(?:الكلمات المفتاحيه|كلمات مفتاحيه|الكلمات الداله|كلمات داله|الوسوم|وسوم"
    r"|الاوسمه|اوسمه|التاجات|تاجات|العلامات|هاشتاج|هاشتاغ|tags|keywords)(?=$|[\s:：\-–—|])\s*[:：\-–—|]?\s*"
)
_TAG_SPLIT = re.compile(rf"{SPACES_BEFORE}[،,؛;|•]\s*|(?<!\s)\s++[-–—]\s+|{SPACES_BEFORE}(?=#)")
_SOURCE_LABEL = re.compile(
    r"\(?\s*(?:المصدر|مصدر الخبر|المصادر|source)\s*[:：\-–—]\s*|\(?\s*(?:نقلا عن|نقلاعن)\s+"
)
_RELATIVE = re.compile(
    r"^(?:نشر\s*:?\s*|تم النشر\s*:?\s*)?(?:منذ|قبل)\s+(?:\d+\s+)?(?:ثانيه|ثوان|ثواني|دقيقه|دقيقتين"
    r"|دقائق|ساعه|ساعتين|ساعات|يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر)$"
)
_UPDATE_LABEL = re.compile(r"تحديث|محدث|تعديل|updated|modified")
_DATE_WORDS = frozenset(
    key(w)
    for w in wordlist(
        "يناير فبراير مارس أبريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس سبتمبر أكتوبر نوفمبر "
        "ديسمبر كانون الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين الأول ثاني أول "
        "جانفي فيفري أفريل ماي جوان جويلية أوت يوليوز غشت شتنبر نونبر دجنبر الأحد الاثنين "
        "الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت أحد اثنين ثلاثاء أربعاء خميس جمعة سبت "
        "يوم اليوم نشر نشرت نشره ينشر تم النشر بتاريخ تاريخ في آخر اخر تحديث التحديث محدث "
        "تعديل الساعة ساعة الموافق بتوقيت توقيت ص م صباحا صباح مساء مساءا ظهرا عصرا فجرا ليلا "
        "ه هـ هجري هجرية ميلادي ميلادية gmt utc am pm published updated posted on at last من "
        "شهر محرم صفر ربيع الآخر جمادى الأولى الآخرة رجب شعبان رمضان شوال ذو ذي القعدة الحجة "
        "january february march april may june july august september october november "
        "december jan feb mar apr jun jul aug sep sept oct nov dec"
    )
)
_LETTER_WORDS = re.compile(r"[^\W\d_]+")


# --- Line kinds ---------------------------------------------------------------------------


class Kind(StrEnum):
    TEXT = "text"
    DROP = "drop"  # furniture with nothing to keep
    MARKER = "marker"  # chrome around the lead image (post-title, «صورة»)
    SHARE = "share"
    READ_ALSO = "read_also"
    RELATED = "related"
    FOOTER = "footer"  # follow-us, newsletter
    COPYRIGHT = "copyright"
    BREADCRUMB = "breadcrumb"
    SITE = "site"
    TAGS = "tags"
    SOURCE = "source"
    RELATIVE = "relative"
    DATE = "date"
    TIME = "time"
    BYLINE = "byline"
    AGENCY = "agency"
    CAPTION = "caption"
    PAIR = "pair"  # «A - B»: a byline or dateline when it sits in the header


@dataclass(frozen=True)
class Byline:
    authors: tuple[str, ...] = ()
    source: str | None = None
    editors: tuple[str, ...] = ()  # تحرير / ترجمة / تصوير credits


@dataclass(frozen=True)  # shared between identical lines through classify's cache
class Fact:
    kind: Kind
    value: object = None  # per kind: names, a date, a Byline, (left, right) of a pair...
    is_update: bool = False  # a date labelled «آخر تحديث»
    bare: bool = False  # a label with nothing after it («اقرأ أيضًا:», «الوسوم»)


# --- Detectors ----------------------------------------------------------------------------


_ARCHIVE_CUE = re.compile(
    r"[-–—(|:،]\s*(?:صوره\s+)?(?:ارشيفيه|ارشيف|تعبيريه|من الارشيف|صوره|الصوره|getty images)\s*\)?$"
    r"|\s(?:صوره ارشيفيه|صوره تعبيريه)\s*\)?$"
)
_PHOTO_LABEL = re.compile(r"^\(?(?:صوره|الصوره|تصوير|مصدر الصوره|photo|image|credit)\s*[:：]")
_DASH = re.compile(rf"{SPACES_BEFORE}[-–—]\s*")
_SITE_SEPARATOR = re.compile(rf"{SPACES_BEFORE}[|:：\-–—]\s*")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\d{4}")
_CRUMB_CHARS = re.compile(r"[>›»<‹/\\|-]")
_PAIR_CHARS = re.compile(r"[-–—(ـ:]")
_CRUMB_SEPARATOR = re.compile(r"\s[>›]\s|\s»\s")
_ITEM_SEPARATOR = re.compile(r"\s[|•·]\s")
_HAS_WORD = re.compile(r"[^\W_]")
_SHARE_SPLIT = re.compile(r"[\s|•·:：\-–—/,،()\[\]0-9]+")


def caption_cue(text: str) -> bool:
    """A photo caption by its wording: «... - أرشيفية», «(صورة أرشيفية)», «صورة: ...»."""
    if words(text) > 35:
        return False
    k = bare_key(text)
    full = key(text)
    if _ARCHIVE_CUE.search(full):
        return words(k) >= 3
    if _PHOTO_LABEL.match(full):
        return words(k) >= 2
    # «الرئيس خلال الاجتماع - رويترز»: a photo credit after a description, not a dateline.
    pair = _pair_parts(text)
    if pair and is_agency(pair[1]) and words(pair[0]) >= 3 and not is_city(pair[0]):
        return not looks_like_outlet(pair[0])
    return False


def _pair_parts(text: str) -> tuple[str, str] | None:
    """(left, right) of «القاهرة الإخبارية - أحمد أنور», «بيروت - رويترز», «عمان (بترا)»."""
    if words(text) > 11 or not _PAIR_CHARS.search(text):
        return None
    folded, where = fold_map(text)
    dashes = list(_DASH.finditer(folded))
    spans: list[tuple[int, int]] = []
    if bracketed := _bracketed(folded):
        spans = list(bracketed)
    elif len(dashes) == 1:
        spans = [(0, dashes[0].start()), (dashes[0].end(), len(folded))]
    elif len(dashes) == 2 and is_city(folded[dashes[1].end() :]):
        # «القاهرة الإخبارية - أحمد أنور - القاهرة»: the trailing city is where it was filed.
        spans = [(0, dashes[0].start()), (dashes[0].end(), dashes[1].start())]
    elif not dashes and folded.count(":") == 1:
        # «القاهرة: «الشرق الأوسط»», «القاهرة: محمد نبيل»; «غزة: مقتل 20» is a headline.
        colon = folded.index(":")
        after = text[where[colon] + 1 :].strip()
        if is_city(folded[:colon]) and (quoted(after) or person_like(after)):
            spans = [(0, colon), (colon + 1, len(folded))]
    sides = [text[where[a] : where[b - 1] + 1].strip() if b > a else "" for a, b in spans]
    if len(sides) != 2:
        return None
    for side in sides:
        n = words(side)
        if not 1 <= n <= 5 or any(ch.isdigit() for ch in side) or ends_sentence(side):
            return None
        # A quoted side is an outlet's name («الشرق الأوسط»); quotes elsewhere are prose.
        if any(ch in unquote(side) for ch in '«»"“”|:()'):
            return None
    return sides[0], sides[1]


def _bracketed(folded: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Spans of NAME and AGENCY in «NAME (AGENCY)», maybe with a dash or colon after.

    By hand: the regular expression this replaced tried every way of sharing runs of spaces
    between its parts, so one line of 330 characters took 28 s. The spans are the ones it
    gave: without the spaces around each part.
    """
    opening = folded.find("(")
    closing = folded.find(")", opening + 1)
    if opening < 1 or closing < 0:
        return None
    head, inner, tail = folded[:opening], folded[opening + 1 : closing], folded[closing + 1 :]
    if any(ch in head for ch in "-–—|:)") or "(" in inner or not inner:
        return None
    if tail.strip() not in ("", "-", "–", "—", ":"):
        return None
    return _spaced_span(head, 0), _spaced_span(inner, opening + 1)


def _spaced_span(part: str, offset: int) -> tuple[int, int]:
    """Where `part` (not empty) is without the spaces around it; all spaces: its last one."""
    trimmed = part.strip()
    if not trimmed:
        return offset + len(part) - 1, offset + len(part)
    start = len(part) - len(part.lstrip())
    return offset + start, offset + start + len(trimmed)


def _lead(folded: str) -> int:
    """Where the words start, past bullets and emoji («✍️ كتب:», «• المصدر:»)."""
    start = 0
    while start < len(folded) and not folded[start].isalnum():
        start += 1
    return start


def _byline(text: str) -> Byline | None:
    folded, where = fold_map(text)
    source_text = text
    match = _BYLINE_RE.match(folded, _lead(folded))
    if not match:
        return None
    label = match["label"]
    bare_sep = not match["sep"].strip()
    if bare_sep and label not in _BARE_LABELS:
        return None
    rest = after_match(source_text, where, match.end()).strip()
    if not rest:
        return None
    if is_agency(rest):
        return Byline(source=rest.strip("()[] "))
    names = split_names(rest)
    min_words = 2 if bare_sep else 1
    if not names or not all(name_ok(n, min_words=min_words) for n in names):
        return None
    if re.fullmatch(_EDITOR_ROLES, label):
        return Byline(editors=tuple(names))
    return Byline(authors=tuple(names))


def _breadcrumb_section(text: str) -> str | bool | None:
    """The section of a breadcrumb line («الرئيسية > سياسة» → سياسة); False if not one."""
    k = bare_key(text)
    folded = fold_map(text)[0]
    home = _HOME.match(k)
    if home or (_CRUMB_SEPARATOR.search(folded) and "«" not in folded):
        parts = [p.strip() for p in _CRUMB_SPLIT.split(text) if p.strip(EDGE_JUNK)]
        if len(parts) < 2 and not home:
            return False
        if not home and any(words(p) > 4 for p in parts[:-1]):
            return False
        generic_first = bare_key(parts[0]) in {"اخبار", "الاخبار", "news"} and len(parts) > 1
        if home or generic_first:
            parts = parts[1:]
        return parts[0] if parts and words(parts[0]) <= 4 else None
    return False


def _site_name(text: str) -> str | None:
    """«الموقع الرسمي | القاهرة الاخبارية» → القاهرة الاخبارية."""
    folded, where = fold_map(text)
    label = _SITE_LABEL.search(folded)
    if not label:
        return None
    parts = [p.strip() for p in _SITE_SEPARATOR.split(text) if p.strip(EDGE_JUNK)]
    if len(parts) > 1:
        others = [p for p in parts if not _SITE_LABEL.fullmatch(bare_key(p))]
        return others[0] if others else None
    return after_match(text, where, label.end()).strip(EDGE_JUNK) or None


_COPYRIGHT_WORDS = re.compile(
    r"(?:جميع\s+)?ال?حقوق\s+(?:النشر\s+|الطبع\s+)?(?:محفوظة|محفوظه)|حقوق\s+النشر|©|\([cC]\)"
    r"|all rights reserved|copyright|\b\d{4}\b|[٠-٩]{4}",
    re.IGNORECASE,
)


def copyright_holder(text: str) -> str | None:
    """«جميع الحقوق محفوظة © بوابة الوادي 2024» → بوابة الوادي (a piece of the line as
    printed, never words glued together from both sides of the ©)."""
    for piece in _COPYRIGHT_WORDS.split(text):
        name = piece.strip(EDGE_JUNK + " \t")
        if name.startswith(("لـ", "ل ")):
            name = name[2:].strip()
        elif re.match(r"ل(?:موقع|صحيفة|جريدة|بوابة|مؤسسة|شركة|قناة|مجلة)\s", name):
            name = name[1:]
        if name and any(ch.isalpha() for ch in name) and words(name) <= 6:
            return name
    return None


def _tags(text: str) -> Fact | None:
    folded, where = fold_map(text)
    label = _TAG_LABEL.match(folded, _lead(folded))
    if label:
        rest = after_match(text, where, label.end())
        if rest.strip(EDGE_JUNK) and not re.search(r"[:：\-–—|]\s*$", folded[: label.end()]):
            return None  # «العلامات التجارية ...» is a sentence; a tag list has a colon
        tags = split_tags(rest)
        if tags or not rest.strip(EDGE_JUNK):
            return Fact(Kind.TAGS, tuple(tags), bare=not tags)
        return None
    tokens = text.split()
    if tokens and all(t.startswith("#") and len(t) > 1 for t in tokens):
        return Fact(Kind.TAGS, tuple(split_tags(text)))
    return None


def split_tags(text: str) -> list[str]:
    tags: list[str] = []
    seen: set[str] = set()
    for part in _TAG_SPLIT.split(text):
        tag = part.strip(EDGE_JUNK + " \t")
        if part.strip().startswith("#"):
            tag = tag.replace("_", " ")  # hashtags write spaces as underscores
        k = key(tag)
        if tag and k not in seen and words(tag) <= 6 and len(tag) <= 60:
            seen.add(k)
            tags.append(tag)
    return tags


def _source(text: str) -> str | None:
    folded, where = fold_map(text)
    match = _SOURCE_LABEL.match(folded, _lead(folded))
    if not match:
        return None
    rest = after_match(text, where, match.end()).strip(EDGE_JUNK)
    if not rest or words(rest) > 8 or any(ch.isdigit() for ch in rest):
        return None
    return rest


def _date(text: str, k: str) -> Fact | None:
    first_digit = _DIGIT.search(k)
    if not first_digit:
        return None
    residue = [w for w in _LETTER_WORDS.findall(k) if w not in _DATE_WORDS]
    # «نشر بتاريخ: ...» and «بتوقيت القاهرة» are fine; a sentence that mentions a date is not.
    if len(residue) > 2:
        return None
    value = parse_arabic_datetime(text)
    if value is None:
        if not residue and parse_arabic_time(text) is not None:
            return Fact(Kind.TIME, parse_arabic_time(text))
        return None
    update = _UPDATE_LABEL.search(k)
    return Fact(Kind.DATE, value, is_update=bool(update and update.start() < first_digit.start()))


@lru_cache(maxsize=1024)  # furniture repeats; a line's kind does not depend on its place
def classify(text: str) -> tuple[Fact, ...]:
    """What the line says about the article; [Fact(TEXT)] when it is plain text.

    A line holding several items separated by «|» or «•» («كتب: سارة حسن | الأحد 16
    فبراير 2025») gives one fact per item when none of them is plain text.
    """
    if len(text) > MAX_META_CHARS:
        return (Fact(Kind.TEXT),)
    fact = _classify_one(text)
    if fact.kind in (Kind.TEXT, Kind.PAIR) and _ITEM_SEPARATOR.search(text):
        facts = [_classify_one(part.strip()) for part in _ITEM_SEPARATOR.split(text)]
        if all(f.kind not in (Kind.TEXT, Kind.PAIR) for f in facts):
            return tuple(facts)
    return (fact,)


def _classify_one(text: str) -> Fact:
    k = key(text)
    b = strip_symbols(k)
    if not b or _URL_ONLY.match(b) or not _HAS_WORD.search(b):
        return Fact(Kind.DROP)
    if b in _IMAGE_MARKERS:
        return Fact(Kind.MARKER)
    if b in _STRAY or (_COUNTERS.search(b) and words(b) <= 8):
        return Fact(Kind.DROP)
    n = words(b)
    if n <= 12 and _is_share(b):
        return Fact(Kind.SHARE)
    if b in _RELATED:
        return Fact(Kind.RELATED)
    read_also = _READ_ALSO.match(b)
    if read_also and n <= 30:
        return Fact(Kind.READ_ALSO, bare=not b[read_also.end() :].strip(EDGE_JUNK))
    if n <= 25 and (_COPYRIGHT.search(k) or (_COPYRIGHT_WEAK.search(k) and _YEAR.search(k))):
        return Fact(Kind.COPYRIGHT, copyright_holder(text))
    # «تابعوا التطورات...» in a sentence is text; a short call to follow the site is not.
    footer_like = not ends_sentence(text) or _SOCIAL.search(b)
    if n <= 20 and footer_like and (_FOLLOW.match(b) or _SUBSCRIBE.search(b)):
        return Fact(Kind.FOOTER)
    tags = _tags(text) if _TAG_LABEL.match(b) or text.startswith("#") else None
    if tags:
        return tags
    section = _breadcrumb_section(text) if n <= 40 and _CRUMB_CHARS.search(text) else False
    if section is not False:
        return Fact(Kind.BREADCRUMB, section)
    site = _site_name(text) if n <= 8 and ("الموقع" in b or "البوابه" in b) else None
    if site:
        return Fact(Kind.SITE, site)
    source = _source(text) if n <= 12 else None
    if source:
        return Fact(Kind.SOURCE, source)
    if n <= 8 and _RELATIVE.match(b):
        return Fact(Kind.RELATIVE)
    if len(text) <= 160:
        found = _date(text, k)
        if found:
            return found
    byline = _byline(text) if n <= 12 else None
    if byline:
        return Fact(Kind.BYLINE, byline)
    if n <= 5 and is_agency(text):
        return Fact(Kind.AGENCY, text.strip(" ()[]-–—:"))
    if caption_cue(text):
        return Fact(Kind.CAPTION, text)
    pair = _pair_parts(text)
    if pair:
        return Fact(Kind.PAIR, pair)
    if text.count("|") >= 2 and all(words(p) <= 3 for p in text.split("|")):
        return Fact(Kind.DROP)  # a navigation menu: «سياسة | اقتصاد | رياضة»
    return Fact(Kind.TEXT)


def _is_share(b: str) -> bool:
    rest = _SHARE_PHRASES.sub(" share ", b)
    tokens = [t for t in _SHARE_SPLIT.split(rest) if t]
    return (
        bool(tokens)
        and all(t in _SHARE_TOKENS or t in _SHARE_FILLER for t in tokens)
        and any(t in _SHARE_TOKENS for t in tokens)
    )

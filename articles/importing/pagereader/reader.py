"""Turn the text of a scraped or pasted Arabic news page into article fields.

Used by the admin's paste import and by `import_articles` for `.txt` files. The page is
read line by line (`pagelines` says what each line is); this module decides from the
lines' order where the headline, the header (caption, standfirst, byline, date) and the
body are. Whatever is not on the page stays empty and is named in `missing`: nothing is
guessed. Pure Python, no Django.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time

from .lines import Byline, Fact, Kind, split_tags
from .lines import classify as classify_line
from .text import (
    after_match,
    bare_key,
    ends_sentence,
    first_sentence,
    fold_map,
    is_agency,
    is_city,
    key,
    looks_like_outlet,
    looks_like_site,
    name_ok,
    page_lines,
    paragraph_like,
    person_like,
    quoted,
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
SUMMARY_MAX_CHARS = 300


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
_SECTIONS = frozenset(
    key(w)
    for w in wordlist(
        "سياسة اقتصاد رياضة فن فنون ثقافة تكنولوجيا صحة محليات عربي دولي حوادث منوعات علوم "
        "تعليم أخبار مقالات آراء الرأي العالم عالمي سياحة بيئة مجتمع"
    )
)
_TAB_TITLE = re.compile(r"\s[|\-–—]\s")
_FIELDS = ("title", "summary", "source", "author", "published_at", "caption", "body", "tags")


# --- Datelines: «القاهرة - أ ش أ - أعلنت ...» ----------------------------------------------

_CITY = r"(?P<city>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})"
# The spaces before the agency are all taken at once (`\s*+`): handing them back one by one
# to the agency's lazy match cost quadratic time on a paragraph opening with «(» and spaces.
_DATELINES = (
    re.compile(rf"^\s*+{_CITY}\s*\(\s*+(?P<agency>[^()]{{1,40}}?)\s*\)\s*(?:[-–—:]\s*)?"),
    re.compile(rf"^\s*+{_CITY}\s*[-–—]\s*+(?P<agency>[^\-–—:()]{{1,40}}?)\s*[-–—:]\s*"),
    re.compile(r"^\s*+\(\s*+(?P<agency>[^()]{1,40}?)\s*\)\s*[-–—:]\s*"),
)


def _split_dateline(paragraph: str) -> tuple[str, str, str] | None:
    """(dateline, agency, rest) when the paragraph opens with «CITY - AGENCY -»."""
    head = paragraph[:300]
    folded, where = fold_map(head)
    for pattern in _DATELINES:
        match = pattern.match(folded)
        if not match:
            continue
        agency = head[where[match.start("agency")] : where[match.end("agency") - 1] + 1].strip()
        city = match.groupdict().get("city")
        # «لندن- «القدس العربي»:» credits a quoted outlet the way «القاهرة - أ ش أ» does.
        if not (is_agency(agency) or quoted(agency)):
            continue
        if city and words(city) > 2 and not is_city(city):
            continue
        rest = after_match(head, where, match.end()) + paragraph[300:]
        if words(rest) < 3:
            continue
        dateline = head[: len(head) - len(after_match(head, where, match.end()))].strip()
        return dateline.rstrip(" -–—:"), unquote(agency), rest.strip()
    return None


# --- Bylines -----------------------------------------------------------------------------


def _names(text: str) -> tuple[str, ...]:
    names = split_names(text)
    return tuple(names) if names and all(name_ok(n) for n in names) else ()


def _pair_byline(left: str, right: str, site_key: str) -> Byline | None:
    """Read «SOURCE - AUTHOR», «CITY - AGENCY», «CITY (AGENCY)» and their mirror images."""
    if quoted(right) or is_agency(right):
        # The city or desk before an agency or a quoted outlet is never the source.
        return Byline(source=unquote(right))
    if is_city(left):
        # «عمّان - رؤيا»: one word after a city is an outlet; bylines name people in full.
        if looks_like_outlet(right, site_key) or words(right) == 1:
            return Byline(source=right)
        return Byline(authors=_names(right)) if _names(right) else None
    if is_agency(left):
        return Byline(source=left, authors=_names(right))
    if is_city(right):
        # «عنب بلدي - دمشق» is an outlet filing from a city, «محمود حسن - القاهرة» a reporter.
        return Byline(authors=_names(left)) if person_like(left) else Byline(source=left)
    if looks_like_outlet(right, site_key) and not looks_like_outlet(left, site_key):
        return Byline(source=right, authors=_names(left)) if _names(left) else None
    authors = _names(right)
    if not authors and not looks_like_outlet(left, site_key):
        return None
    return Byline(source=left, authors=authors)


# --- The page ----------------------------------------------------------------------------


def _site_hints(lines: list[_Line]) -> set[str]:
    """Keys of names the page itself shows as its publisher (copyright line, bylines)."""
    hints = set()
    for line in lines:
        for fact in line.facts:
            if fact.kind in (Kind.COPYRIGHT, Kind.SOURCE) and fact.value:
                hints.add(bare_key(str(fact.value)))
            elif fact.kind is Kind.PAIR:
                hints.add(bare_key(fact.value[0]))
    return hints


_NAV_SEPARATOR = re.compile(r"\s[|•·]\s")


def _nav_parts(text: str) -> list[str]:
    """The items of a navigation line such as «أخبار عربية | اقتصاد» (short labels between
    bars, no sentence), or [] when the line is not one."""
    parts = [p.strip() for p in _NAV_SEPARATOR.split(text)]
    if len(parts) < 2 or ends_sentence(text) or any(not p or words(p) > 3 for p in parts):
        return []
    return parts


def _find_title(
    lines: list[_Line], has_site_line: bool
) -> tuple[int | None, int | None, int | None]:
    """(title, site-name line, section line) indexes among the lines before the body."""
    first_paragraph = next(
        (i for i, ln in enumerate(lines) if ln.kind is Kind.TEXT and _body_like(ln.text)),
        len(lines),
    )
    candidates = [i for i in range(first_paragraph) if lines[i].kind is Kind.TEXT]
    hints = _site_hints(lines)
    # «الخبر كاملًا | اسم الموقع»: the browser-tab title copied above the page repeats the
    # headline; it is not the headline line itself.
    keys = {lines[i].key for i in candidates}
    for i in candidates[:2]:
        parts = _TAB_TITLE.split(lines[i].text)
        if len(parts) == 2 and any(key(p) in keys for p in parts):
            candidates.remove(i)
            hints.update(bare_key(p) for p in parts if key(p) not in keys)
            break
    if not candidates:
        return None, None, None
    site = section = None
    first = lines[candidates[0]]
    n = words(first.text)
    following = words(lines[candidates[1]].text) if len(candidates) > 1 else 0
    may_be_site = (
        not has_site_line
        and not ends_sentence(first.text)
        and bare_key(first.text) not in _SECTIONS
    )
    if may_be_site and (
        (looks_like_site(first.text) and n <= 6)
        or bare_key(first.text) in hints
        # a short line above a longer one: «بوابة الوادي» over the headline
        or (following and n <= 5 and (n <= 2 or following > n))
    ):
        site = candidates.pop(0)
    after_site = site is not None or has_site_line
    if len(candidates) > 1 and (after_site or bare_key(lines[candidates[0]].text) in _SECTIONS):
        text = lines[candidates[0]].text
        n = words(text)
        if (n <= 3 or _nav_parts(text)) and words(lines[candidates[1]].text) > n:
            section = candidates.pop(0)
    return (candidates[0] if candidates else None), site, section


def _scan_header(lines: list[_Line], start: int) -> tuple[list[int], int]:
    """Short text lines held between header items (byline, date, share widget, caption)
    after the headline, and the index where the body starts."""
    header: list[int] = []
    pending: list[int] = []
    last_marker = start - 1
    byline_seen = False
    for i in range(start, min(len(lines), start + 15)):
        line = lines[i]
        kinds = {f.kind for f in line.facts}
        if kinds & _HEADER_MARKERS:
            if pending:
                texts = [lines[p].text for p in pending]
                paragraphs = [t for t in texts if paragraph_like(t)]
                # A standfirst may end with a full stop, but after the byline, or twice in
                # a row, sentences are the body and this widget sits inside it.
                if any(map(_long, texts)) or (paragraphs and (byline_seen or len(paragraphs) > 1)):
                    break
                header += pending
                pending = []
            last_marker = i
            byline_seen = byline_seen or bool(kinds & _BYLINE_KINDS)
        elif line.kind is Kind.TEXT:
            pending.append(i)
            if len(pending) > 2:
                break
    texts = [i for i in range(last_marker + 1, len(lines)) if lines[i].kind is Kind.TEXT][:2]
    if len(texts) == 2 and not ends_sentence(lines[texts[0]].text):
        first, second = lines[texts[0]].text, lines[texts[1]].text
        if last_marker >= start and words(first) <= 15:
            header.append(texts[0])  # a caption or name right under the byline
        elif last_marker < start and words(first) <= 30 and paragraph_like(second):
            header.append(texts[0])  # a standfirst or caption straight under the headline
    body_from = max([last_marker, *header]) + 1
    return header, body_from


def _body_like(text: str) -> bool:
    """A body paragraph, not a headline: headlines may end with ؟ or ! but seldom with «.»."""
    n = words(text)
    stripped = text.rstrip(" \t\"'»”“)]}*")
    return n >= 30 or (n >= 6 and stripped.endswith(".") and not stripped.endswith(".."))


def _long(text: str) -> bool:
    return words(text) >= 45 or (ends_sentence(text) and words(text) >= 25)


def parse_page(text: str) -> ParsedPage:
    """Article fields found in the text of a news page (see ParsedPage); never raises on text."""
    page = ParsedPage()
    lines = [
        _Line(line, key(line), classify_line(line))
        for line in page_lines(text if isinstance(text, str) else "")
    ]
    site_line = next(
        (f.value for ln in lines for f in ln.facts if f.kind is Kind.SITE and f.value), None
    )
    title_at, site_at, section_at = _find_title(lines, site_line is not None)
    page.site_name = site_line or (lines[site_at].text if site_at is not None else None)
    if page.site_name is None and title_at and lines[0].kind is Kind.PAIR:
        # «المصري اليوم - أخبار مصر والعالم» above the headline: a site name and its motto.
        page.site_name = lines[0].facts[0].value[0]
    if section_at is not None:
        section_text = lines[section_at].text
        page.section = (_nav_parts(section_text) or [section_text])[-1]
    if title_at is not None:
        page.title = lines[title_at].text
    start = next((i + 1 for i in (title_at, section_at, site_at) if i is not None), 0)
    header, body_from = _scan_header(lines, start)
    _Reader(page, lines, header, body_from, title_at).read()
    return page


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
        self.loose_header: list[int] = []  # «A - B» header lines that are not a byline
        self.captions: list[str] = []
        self.dates: list[tuple[int, datetime | date, bool]] = []
        self.times: dict[int, time] = {}
        self.source_line: str | None = None
        self.credit: str | None = None
        self.holder: str | None = None
        self.standfirst: str | None = None
        self.tag_keys: set[str] = set()

    def read(self) -> None:
        page = self.page
        site_key = bare_key(page.site_name or "")
        for i, line in enumerate(self.lines):
            for fact in line.facts:
                self._take(i, line, fact, site_key)
        if page.site_name is None and self.holder:
            page.site_name = self.holder
        self._read_header()
        paragraphs = self._body()
        dateline_agency = None
        if paragraphs and (split := _split_dateline(paragraphs[0])):
            dateline, dateline_agency, paragraphs[0] = split
            page.warnings.append(f"حُذف سطر المكان والوكالة «{dateline}» من بداية الفقرة الأولى")
        page.body = "\n\n".join(paragraphs)
        self._attribution(dateline_agency)
        page.published_at = self._published()
        lead = first_sentence(paragraphs[0], SUMMARY_MAX_CHARS) if paragraphs else ""
        page.summary = self.standfirst or lead
        page.missing = [name for name in _FIELDS if not getattr(page, name)]

    def _take(self, i: int, line: _Line, fact: Fact, site_key: str) -> None:
        page, kind, value = self.page, fact.kind, fact.value
        in_header = i < self.body_from
        if kind is Kind.BYLINE:
            self.bylines.append(value)
        elif kind is Kind.PAIR and in_header and (self.title_at is None or i > self.title_at):
            byline = _pair_byline(*value, site_key)
            if byline:
                self.bylines.append(byline)
            else:
                self.loose_header.append(i)
        elif kind is Kind.AGENCY:
            if in_header:
                self.bylines.append(Byline(source=value))
            else:
                self.credit = self.credit or value
        elif kind is Kind.DATE:
            self.dates.append((i, value, fact.is_update))
        elif kind is Kind.TIME:
            self.times[i] = value
        elif kind is Kind.SOURCE:
            self.source_line = self.source_line or value
        elif kind is Kind.TAGS:
            self._add_tags(value)
        elif kind is Kind.CAPTION:
            self.captions.append(line.text)
        elif kind is Kind.BREADCRUMB and page.section is None and value:
            page.section = value
        elif kind is Kind.COPYRIGHT:
            self.holder = self.holder or value
        elif kind is Kind.RELATIVE:
            page.warnings.append(f"تاريخ نسبي لم يُستخدم: «{line.text}»")

    def _add_tags(self, tags: Iterable[str]) -> None:
        for tag in tags:
            if key(tag) not in self.tag_keys:
                self.tag_keys.add(key(tag))
                self.page.tags.append(tag)

    def _read_header(self) -> None:
        """Caption, standfirst or name among the short lines held in the header."""
        has_authors = any(b.authors for b in self.bylines)
        caption = self.captions[0] if self.captions else None
        loose = sorted(self.header + self.loose_header)
        for position, i in enumerate(loose):
            text = self.lines[i].text
            if not has_authors and person_like(text):
                self.bylines.append(Byline(authors=tuple(split_names(text))))
                has_authors = True
                continue
            later_short = any(self._captionish(j) for j in loose[position + 1 :])
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
        self.page.caption = caption

    def _captionish(self, i: int) -> bool:
        """Short and without a full stop; a longer such line straight under the headline is
        more likely the standfirst («الحكومة تعتزم تقديم حوافز ...»)."""
        text = self.lines[i].text
        if ends_sentence(text):
            return False
        under_headline = self.title_at is not None and i == self.title_at + 1
        return words(text) <= (10 if under_headline else 15)

    def _body(self) -> list[str]:
        page, lines = self.page, self.lines
        skip = {key(page.title), bare_key(page.site_name or ""), key(page.caption or "")} - {""}
        paragraphs: list[str] = []
        mode = None  # what the previous furniture line announced
        footer = False  # past the article's end: short lines are links, not text
        for i in range(self.body_from, len(lines)):
            line = lines[i]
            kind = line.kind
            if kind in (Kind.TEXT, Kind.PAIR):
                text = line.text
                if line.key in skip or bare_key(text) in skip:
                    continue
                headline_like = not ends_sentence(text) and words(text) <= 20
                if mode == "tags" and (words(text) <= 6 or "،" in text or "," in text):
                    self._add_tags(split_tags(text))
                    continue
                if mode in ("read_also", "related") and headline_like:
                    mode = None if mode == "read_also" else mode
                    continue
                mode = None
                if footer and headline_like and words(text) <= 15:
                    continue
                paragraphs.append(text)
                continue
            facts = {f.kind: f for f in line.facts}
            if Kind.READ_ALSO in facts:
                mode = "read_also" if facts[Kind.READ_ALSO].bare else None
            elif Kind.RELATED in facts:
                mode, footer = "related", footer or bool(paragraphs)
            elif Kind.TAGS in facts:
                mode, footer = ("tags" if facts[Kind.TAGS].bare else None), True
            elif Kind.COPYRIGHT in facts and paragraphs:
                break  # nothing after the copyright notice is the article
            elif facts.keys() & {Kind.FOOTER, Kind.SOURCE} or (Kind.SHARE in facts and paragraphs):
                footer = True
        return paragraphs

    def _attribution(self, dateline_agency: str | None) -> None:
        page = self.page
        for byline in self.bylines:
            if byline.authors and not page.authors:
                page.authors = list(byline.authors)
            for editor in byline.editors:
                page.warnings.append(f"اسم محرر أو مترجم أو مصور لم يُعتبر كاتبًا: «{editor}»")
        page.author = page.authors[0] if page.authors else None
        byline_source = next((b.source for b in self.bylines if b.source), None)
        page.source = byline_source or self.source_line or dateline_agency or self.credit
        if page.source is None and page.site_name:
            page.source = page.site_name
            page.warnings.append("المصدر مأخوذ من اسم الموقع")

    def _published(self) -> datetime | date | None:
        dates = [d for d in self.dates if not d[2]] or self.dates
        if not dates:
            return None
        index, value, is_update = dates[0]
        if is_update:
            self.page.warnings.append("لا تاريخ نشر في الصفحة؛ استُخدم تاريخ آخر تحديث")
        if not isinstance(value, datetime):
            clock = self.times.get(index + 1) or self.times.get(index - 1)
            if clock is not None:
                value = datetime.combine(value, clock)
        return value

"""Digests: a page holding several stories one after another (a newsletter's mail, a
morning briefing), each a headline over its own paragraphs, set apart by rules («━━━━»),
labels («— القصة الأولى —») or the same mark before each headline («1) …», «■ …»). The
article such a page gives is its first story; the greeting over it and the stories after it
are not the article's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .lines import IN_THIS_ISSUE
from .text import bare_key, ends_sentence, key, paragraph_like, words

# A rule between stories: a run of one symbol, or a label between dashes.
_RULE = re.compile(r"^\s*([━─═—–\-=_*•·~.＊])(?:\s*\1){4,}\s*$")
_LABEL_RULE = re.compile(r"^\s*[—–\-=*━]+\s*[^\W\d_][^—–\-=*━\d]{0,30}?\s*[—–\-=*━]+\s*$")
# The mark before each headline: «1) », «2. », «■ », «▪ ».
_MARK = re.compile(r"^\s*(?P<mark>\d{1,2}\s*[).\-–]|[■□▪◼●◆♦►])\s*(?=[^\W\d_])")
_HEADLINE_WORDS = 20
# The parts of one study or paper, which no story of a digest is headed by
_A_DOCUMENTS_PART = re.compile(
    r"^\s*(?:ال)?(?:مقدمة|مقدّمة|تمهيد|خاتمة|الخلاصة|خلاصة|استنتاجات|الاستنتاجات|التوصيات|توصيات"
    r"|المراجع|مراجع|المنهجية|منهجية الدراسة|النتائج|الهوامش)\s*[:.]?\s*$"
)
_LEAD_WITHIN = 4  # a story's first paragraph is at most this many lines under its headline
# The items of a newsletter's contents: «الحافلات الكهربائية • طقس دافئ • …» after its label,
# or one to a line under the label alone («1. …», «• …»).
_ITEM_SEPARATOR = re.compile(r"\s[•·|؛;]\s")
_ITEM_MARK = re.compile(r"^\s*(?:\d{1,2}\s*[).\-–]|[•·●▪■◦*\-–])\s*(?=[^\W\d_])")
_ITEM_WORDS = 2  # fewer words name no story: «السياسة • الاقتصاد» are sections


@dataclass(frozen=True)
class Story:
    """The lines the page's first story is read from, and its headline without its mark."""

    keep: list[int]
    headline_at: int
    headline: str


def first_story(texts: Sequence[str], worded: Sequence[bool]) -> Story | None:
    """The first story of a digest, or None when the page is no digest. `worded[i]`: line
    `i` is text (not a date, byline or other furniture the page's reader knows).

    A digest has two stories or more, and no paragraph of a story before the first: a
    page whose story opens before its crossheads («■ …») is one article."""
    starts = _story_starts(texts, worded)
    if len(starts) < 2 or any(_story_text(texts[i]) for i in range(starts[0][0])):
        return None
    if any(_A_DOCUMENTS_PART.match(_MARK.sub("", texts[at], count=1)) for _, at in starts):
        return None  # «1. مقدمة» … «4. خاتمة»: one paper's numbered sections, no stories
    (first, headline_at), (second, _) = starts[0], starts[1]
    masthead = next((i for i in range(first) if worded[i]), None)
    head = [i for i in range(first) if not worded[i] or i == masthead]
    headline = _MARK.sub("", texts[headline_at], count=1).strip()
    return Story([*head, *range(headline_at, second)], headline_at, headline)


def _story_starts(texts: Sequence[str], worded: Sequence[bool]) -> list[tuple[int, int]]:
    """(where the story starts, its headline's line) of each story: the rule over it or its
    marked headline; marks count when two headlines or more share them."""
    ruled = [
        (i, i + 1)
        for i, text in enumerate(texts)
        if (_RULE.match(text) or _LABEL_RULE.match(text)) and i + 1 < len(texts)
    ]
    marks: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        if worded[i] and (found := _MARK.match(text)):
            marks.setdefault(_mark_family(found["mark"]), []).append(i)
    marked = [(i, i) for family in marks.values() if len(family) >= 2 for i in family]
    listed = [(i, i) for i in _listed_headlines(texts, worded)]
    starts = sorted(set(ruled) | set(marked) | set(listed))
    return [
        (start, at)
        for n, (start, at) in enumerate(starts)
        if _headline_over_text(
            texts, worded, at, starts[n + 1][0] if n + 1 < len(starts) else len(texts)
        )
    ]


def _listed_headlines(texts: Sequence[str], worded: Sequence[bool]) -> list[int]:
    """The lines a newsletter's contents names as its stories: a headline holding an item's
    words in their order («طقس دافئ نسبياً» of the item «طقس دافئ»), the lead story's
    («أمانة عمّان تبدأ تجربة الحافلات الكهربائية …» of «الحافلات الكهربائية») too."""
    items: list[list[str]] = []
    listing: set[int] = set()
    for i, text in enumerate(texts):
        if not IN_THIS_ISSUE.match(key(text)):
            continue
        listing.add(i)
        inline = text.split(":", 1)[1] if ":" in text else ""
        parts = _ITEM_SEPARATOR.split(inline) if inline.strip() else []
        if not parts:  # the label alone, its items under it
            for j in range(i + 1, len(texts)):
                if not _ITEM_MARK.match(texts[j]):
                    break
                listing.add(j)
                parts.append(_ITEM_MARK.sub("", texts[j], count=1))
        items += [item for part in parts if len(item := bare_key(part).split()) >= _ITEM_WORDS]
    if not items:
        return []
    return [
        i
        for i, text in enumerate(texts)
        if worded[i]
        and i not in listing
        and any(
            _holds_in_order(bare_key(_MARK.sub("", text, count=1)).split(), item) for item in items
        )
    ]


def _holds_in_order(line: list[str], item: list[str]) -> bool:
    """Whether the words of `item` are a run of the words of `line`."""
    return any(line[at : at + len(item)] == item for at in range(len(line) - len(item) + 1))


def _mark_family(mark: str) -> str:
    """«1)» and «2)» are one family of marks, «■» another."""
    return re.sub(r"\d+", "#", mark.replace(" ", ""))


def _headline_over_text(texts: Sequence[str], worded: Sequence[bool], at: int, end: int) -> bool:
    """Whether line `at` is a headline with a paragraph under it before line `end`."""
    if at >= end or not worded[at]:
        return False
    headline = _MARK.sub("", texts[at], count=1)
    if words(headline) > _HEADLINE_WORDS or ends_sentence(headline):
        return False
    return any(paragraph_like(texts[i]) for i in range(at + 1, min(end, at + 1 + _LEAD_WITHIN)))


def _story_text(text: str) -> bool:
    """A paragraph of a story, not a greeting or a mail's one-line introduction."""
    return words(text) >= 25

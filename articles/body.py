"""Turn an article's plain-text body into safe HTML paragraphs with entity links."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

# A blank line (possibly holding spaces) ends a paragraph.
_PARAGRAPH_BREAK = re.compile(r"\r?\n[ \t\r\f\v]*\r?\n\s*")
_WHITESPACE = re.compile(r"\s+")
# Left-to-right runs inside Arabic text: Latin words (n-tv, ATACMS, Lloyd Austin) and numbers
# written with separators (10:30, 2024/06/26, 20-20-20, 8.5). Isolated in <bdi> so the
# bidi algorithm cannot reorder them with the Arabic and punctuation around them.
_LTR_RUN = re.compile(
    r"(?:[A-Za-z][\w.&'’-]*|\d+(?:[:/.\-]\d+)+)(?:[ \-](?:[A-Za-z][\w.&'’-]*|\d+))*"
    r"(?<![.'’-])",
    re.ASCII,
)


def isolate_ltr(text: str) -> SafeString:
    """Escape `text`, wrapping its left-to-right runs in <bdi>."""
    parts: list[str] = []
    cursor = 0
    for match in _LTR_RUN.finditer(text):
        parts.append(escape(text[cursor : match.start()]))
        parts.append(f"<bdi>{escape(match.group())}</bdi>")
        cursor = match.end()
    parts.append(escape(text[cursor:]))
    return mark_safe("".join(parts))  # every piece is escaped


class BodyLink(Protocol):
    first_start: int | None
    first_end: int | None

    @property
    def entity(self): ...


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph in `body`, blank-line separated, trimmed."""
    spans = []
    start = 0
    for brk in [*_PARAGRAPH_BREAK.finditer(body), None]:
        end = brk.start() if brk else len(body)
        chunk = body[start:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk) - len(chunk.rstrip())
            spans.append((start + lead, end - trail))
        if brk:
            start = brk.end()
    return spans


def _text(fragment: str) -> str:
    return isolate_ltr(_WHITESPACE.sub(" ", fragment))


def render_body(body: str, links: Iterable[BodyLink]) -> list[SafeString]:
    """Escaped paragraphs; the first mention of each linked entity becomes a link to it.

    Mention offsets are computed at link time and stored, so rendering runs no matcher
    and no query. Offsets that no longer fit the body (it was edited since) are ignored.
    """
    anchors = sorted(
        (link.first_start, link.first_end, link.entity)
        for link in links
        if link.first_start is not None
        and link.first_end is not None
        and 0 <= link.first_start < link.first_end <= len(body)
    )
    paragraphs = []
    pending = iter(anchors)
    anchor = next(pending, None)
    for p_start, p_end in paragraph_spans(body):
        parts = []
        cursor = p_start
        while anchor and anchor[0] < p_end:
            start, end, entity = anchor
            anchor = next(pending, None)
            if start < cursor or end > p_end:
                continue  # overlaps a previous link or crosses a paragraph break
            parts.append(_text(body[cursor:start]))
            parts.append(
                format_html(
                    '<a class="entity-link" href="{}">{}</a>',
                    entity.get_absolute_url(),
                    _WHITESPACE.sub(" ", body[start:end]),
                )
            )
            cursor = end
        parts.append(_text(body[cursor:p_end]))
        paragraphs.append(mark_safe("".join(parts)))  # every part above is escaped
    return paragraphs

"""Imported text is plain text: markup that a scraper or an export left in it is taken out.

Article bodies, titles and names are stored and shown as plain text (templates escape
them), so a stray `<b>` or `&nbsp;` from a source's HTML would reach readers as those very
characters. Importers pass every text field through `strip_markup`, which keeps the words,
turns paragraph and line breaks into the blank-line paragraphs the body format uses, drops
the content of scripts and styles, and decodes entities. Parsing is nh3's (an HTML5 parser),
not a regular expression's.

Text without a tag or an entity is returned as it is, so «أ < ب» is never touched.
"""

from __future__ import annotations

import html
import re

import nh3

_MARKUP = re.compile(
    r"<(?:/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|!--)"
    r"|&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);"
)
_LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_BLOCK_END = re.compile(
    r"</(?:p|div|h[1-6]|li|ul|ol|blockquote|pre|table|tr|section|article|header|footer"
    r"|figure|figcaption|aside)\s*>",
    re.IGNORECASE,
)
_SPACES_AT_LINE_END = re.compile(r"[ \t\u00a0]+\n")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


def strip_markup(text: str) -> str:
    """`text` without tags, comments, script/style content or entities."""
    if not text or not _MARKUP.search(text):
        return text
    text = _LINE_BREAK.sub("\n", text)
    text = _BLOCK_END.sub("\n\n", text)
    # No tag is allowed, so none survives; nh3 escapes what is left as HTML text.
    text = html.unescape(nh3.clean(text, tags=set(), strip_comments=True))
    text = _SPACES_AT_LINE_END.sub("\n", text)
    return _MANY_BLANK_LINES.sub("\n\n", text).strip()

"""Imported text is plain text: markup that a scraper or an export left in it is taken out.

Article bodies, titles and names are stored and shown as plain text (templates escape
them), so a stray `<b>` or `&nbsp;` from a source's HTML would reach readers as those very
characters. Importers pass every text field through `strip_markup`, which keeps the words,
turns paragraph and line breaks into the blank-line paragraphs the body format uses, drops
the content of scripts and styles, and decodes entities. Parsing is nh3's (an HTML5 parser),
not a regular expression's.

nh3 (html5ever) takes time quadratic in the number of «&» and of U+0080-U+00BF characters
(«, », the no-break space...) in one run of text: 400,000 «» took 2.2 s, 800,000 9.3 s. So
it never sees them: character references are decoded first (as HTML5 decodes them in text),
and the characters they stand for, and every character of that range, reach nh3 as
private-use stand-ins that are put back afterwards. To the HTML parser a stand-in is a
letter, so the markup parses as it did, and a decoded «<» or «"» never becomes markup. The
one difference: inside <xmp>, <iframe>, <noembed>, <noframes>, <noscript>, <plaintext> and
CDATA sections, where HTML does not decode references, they are decoded now.

Text without a tag or an entity is returned as it is, so «أ < ب» is never touched.
"""

from __future__ import annotations

import html
import re
from html.entities import html5 as _NAMED

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
# Tried from the start of a run of spaces only: tried at every space of a run that no line
# break ends, «[ \t\u00a0]+\n» was quadratic (80,000 spaces took 5.7 s).
_SPACES_AT_LINE_END = re.compile(r"(?<![ \t\u00a0])[ \t\u00a0]++\n")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


# What html.unescape reads as a character reference (it decodes the way HTML5 does in text).
_REFERENCE = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")
_SHIELDED = 0xC0  # U+0000-U+00BF: ASCII when a reference decodes to it, and the slow range
_SLOW_RANGE = re.compile("[\u0080-\u00bf]")
_STAND_IN_BLOCKS = range(0xF0000, 0xFFF00, 0x100)  # Supplementary Private Use Area-A
# Numeric references to C1 controls mean the Windows-1252 characters (the HTML standard).
_WINDOWS_1252 = {
    code: char
    for code in range(0x80, 0xA0)
    if (char := bytes([code]).decode("cp1252", errors="ignore"))
}


def strip_markup(text: str) -> str:
    """`text` without tags, comments, script/style content or entities."""
    if not text or not _MARKUP.search(text):
        return text
    text = _LINE_BREAK.sub("\n", text)
    text = _BLOCK_END.sub("\n\n", text)
    text = _clean(text)
    text = _SPACES_AT_LINE_END.sub("\n", text)
    return _MANY_BLANK_LINES.sub("\n\n", text).strip()


def _clean(text: str) -> str:
    """nh3's cleaning (no tag allowed, so none survives), in linear time (see above)."""
    base = next((b for b in _STAND_IN_BLOCKS if not _uses_block(text, b)), None)
    if base is None:  # every block of stand-ins is in the text: let nh3 read it as it is
        return html.unescape(nh3.clean(text, tags=set(), strip_comments=True))
    stand_in = {code: chr(base + code) for code in range(_SHIELDED)}

    def decode(match: re.Match[str]) -> str:
        value, rest = _decode_reference(match[1])
        return ("&" if value is None else value).translate(stand_in) + rest

    text = _REFERENCE.sub(decode, text).replace("&", stand_in[ord("&")])
    text = _SLOW_RANGE.sub(lambda match: stand_in[ord(match[0])], text)
    # What nh3 escapes in the text it keeps: «&» and U+00A0 never reach it, so only these.
    cleaned = nh3.clean(text, tags=set(), strip_comments=True)
    cleaned = cleaned.replace("&lt;", "<").replace("&gt;", ">")
    return cleaned.translate({base + code: code for code in range(_SHIELDED)})


def _uses_block(text: str, base: int) -> bool:
    return re.search(f"[{chr(base)}-{chr(base + _SHIELDED - 1)}]", text) is not None


def _decode_reference(name: str) -> tuple[str | None, str]:
    """What «&name» stands for (None: it is no reference) and the characters after it that
    are not part of it, as the HTML standard reads a reference in text (html.unescape's
    reading, which fails on a numeric reference of more than 4,300 digits)."""
    if name[0] == "#":
        hexadecimal = name[1] in "xX"
        digits = name[2 if hexadecimal else 1 :].rstrip(";").lstrip("0") or "0"
        code = int(digits, 16 if hexadecimal else 10) if len(digits) <= 8 else 0x110000
        if code in _WINDOWS_1252:
            return _WINDOWS_1252[code], ""
        if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return "\ufffd", ""
        return chr(code), ""
    if name in _NAMED:
        return _NAMED[name], ""
    # The longest name it starts with: «&notit;» is «¬it;», as browsers show it.
    for end in range(len(name) - 1, 1, -1):
        if name[:end] in _NAMED:
            return _NAMED[name[:end]], name[end:]
    return None, name

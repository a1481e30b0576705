"""Forwarded copies: an article a reader got by e-mail or in a messaging app, copied with its
envelope. The envelope is the forwarder's note over it, the mail's headers («From:»,
«الموضوع:»), a chat's stamps («[10:42 م، 2024/12/03] أبو خالد:») and the app's label
(«مُعاد توجيهها من: …»); under the article, the replies, the signature, the device's line
(«Sent from my iPhone») and the confidentiality notice. The article is what it holds."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lines import EMOJI

_SEPARATOR = re.compile(
    r"^\s*-{2,}\s*(?:forwarded message|original message|الرسالة الأصلية|رسالة مُ?عاد توجيهها"
    r"|رسالة محولة)\s*-{2,}\s*$|^\s*begin forwarded message\s*:?\s*$",
    re.IGNORECASE,
)
# A mail's header: its key, a colon, a value.
_HEADER = re.compile(
    r"^\s*(?P<key>from|sent|date|to|cc|subject|من|إلى|الى|نسخة|نسخة إلى|التاريخ|تاريخ الإرسال"
    r"|أُرسلت|أرسلت|المرسل|المرسل إليه|الموضوع)\s*[:：]\s*(?P<value>\S.*)",
    re.IGNORECASE,
)
_SENDER_KEYS = frozenset({"from", "من", "المرسل"})
_DATE_KEYS = frozenset({"date", "sent", "التاريخ", "تاريخ الإرسال", "أُرسلت", "أرسلت"})
_OTHER_KEYS = frozenset({"to", "subject", "إلى", "الى", "الموضوع", "المرسل إليه"})
# A chat's stamp before each message: «[10:42 م، 2024/12/03] أبو خالد: …».
_CHAT_STAMP = re.compile(r"^\s*\[\s*\d{1,2}:\d{2}[^\]\n]{0,30}\]\s*[^:\n]{1,40}:\s*")
# An app's label over what it forwards.
_FORWARD_LABEL = re.compile(
    # («↪️ تمت إعادة توجيهها كثيراً»: after the app's arrow)
    r"^\s*\u200f?(?:[^\w\s]{1,3}\s*)?(?:مُ?عاد توجيهها من|مُ?عاد توجيهه من"
    r"|تمت? إعادة توجيهه?ا?(?: كثيرًا| كثيرا)?|forwarded from|forwarded(?: many times)?)\b",
    re.IGNORECASE,
)
_FORWARDED_FROM = re.compile(
    r"^\s*\u200f?(?:[^\w\s]{1,3}\s*)?(?:مُ?عاد توجيهها من|مُ?عاد توجيهه من|forwarded from)"
    r"\s*[:：]?\s*(?P<channel>\S.*)",
    re.IGNORECASE,
)
_DEVICE = re.compile(
    r"^\s*(?:sent from my \w+|get outlook for \w+|أُ?رسلت من (?:جهازي|هاتفي|جوالي|\S+ الخاص بي))",
    re.IGNORECASE,
)
_CONFIDENTIAL = re.compile(
    r"هذه الرسالة .{0,60}سرية|this (?:e-?mail|message) .{0,80}confidential", re.IGNORECASE
)
_SIGNATURE = re.compile(r"^\s*--\s*$")
_SALUTATION = re.compile(
    r"^\s*(?:الزملاء الأعزاء|الزميلات والزملاء|الزملاء الكرام|عزيزي|عزيزتي|أعزائي|السلام عليكم"
    r"|مرحبا|مرحباً|dear|hi|hello)\b",
    re.IGNORECASE,
)
_LEADING_MARKS = re.compile(rf"^\s*(?:(?:{EMOJI.pattern})[\ufe0f\u200d]*\s*)+")
# A note ending in a hand or an arrow pointing down, at what it forwards.
_POINTS_DOWN = re.compile(r"(?:👇|⬇️?|🔽)[\U0001F3FB-\U0001F3FF\ufe0f\s👇⬇🔽]*$")
# «*أمانة جدة تبدأ …*»: a chat app's bold.
_BOLD = re.compile(r"^\s*\*(?P<text>[^*\n]+)\*\s*$")


def unwrap(lines: Sequence[str]) -> list[str]:
    """The lines of the article a forwarded copy holds; any other page's lines as they are."""
    lines = list(lines)
    opening = _opening(lines)
    if opening is None:
        return lines
    # An app's post leads its lines with pictographs (🔴 the headline, 🗓 the date): its
    # bullets, not the promos they mark on a site.
    app = any(_CHAT_STAMP.match(line) or _FORWARD_LABEL.match(line) for line in lines)
    kept: list[str] = []
    for line in lines[opening:]:
        if _SIGNATURE.match(line) or _CONFIDENTIAL.search(line):
            break  # the signature, the notice: the message is over
        if _CHAT_STAMP.match(line):
            if kept and any(k.strip() for k in kept):
                break  # the replies under the article
            line = _CHAT_STAMP.sub("", line)
        if _FORWARD_LABEL.match(line):
            # «Forwarded from نبض العاصمة | Capital Pulse»: the channel it came from, its
            # masthead
            channel = _FORWARDED_FROM.match(line)
            if channel and not kept:
                kept.append(channel["channel"].strip())
            continue
        if _DEVICE.match(line):
            continue
        if app and not any(k.strip() for k in kept[1:]) and _POINTS_DOWN.search(line):
            continue  # «يا جماعة ترى آخر يوم للبصمة قرّب … 👇👇»: the forwarder's note over it
        line = _LEADING_MARKS.sub("", line) if app else line
        line = unbold(line)
        kept.append(_LEADING_MARKS.sub("", line) if app else line)  # «*🔴 عاجل | …*»
    # The mail's date, last: the story's when it prints none of its own («التاريخ: Tue, 24
    # Jun 2025 07:31» over a breaking-news alert).
    sent = [h["value"] for line in lines[:opening] if (h := _HEADER.match(line)) and _dated(h)]
    return [*kept, "", sent[-1]] if sent else kept


def unbold(text: str) -> str:
    """A line without a chat app's bold around it («*أمانة جدة تبدأ …*»)."""
    bold = _BOLD.match(text)
    return bold["text"] if bold else text


def _dated(header: re.Match[str]) -> bool:
    return header["key"].lower() in _DATE_KEYS


def _opening(lines: list[str]) -> int | None:
    """Where the forwarded article opens, past the envelope over it; None for no envelope."""
    for i, line in enumerate(lines):
        if _SEPARATOR.match(line):
            return _past_headers(lines, i + 1)
    headers = _header_block(lines)
    if headers is not None:
        return _past_note(lines, headers)
    if any(_CHAT_STAMP.match(line) or _FORWARD_LABEL.match(line) for line in lines[:_TOP]):
        return 0
    return None


_TOP = 6  # an app's label or a chat's first stamp stands within the copy's first lines


def _header_block(lines: list[str]) -> int | None:
    """The end of a mail's headers at the top of the page (a sender and a recipient or a
    subject, one under another), or None."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None
    keys: set[str] = set()
    end = first
    while end < len(lines) and (match := _HEADER.match(lines[end])):
        keys.add(match["key"].lower())
        end += 1
    if keys & _SENDER_KEYS and keys & _OTHER_KEYS:
        return end
    return None


def _past_headers(lines: list[str], start: int) -> int:
    end = start
    while end < len(lines) and (_HEADER.match(lines[end]) or not lines[end].strip()):
        end += 1
    return end


def _past_note(lines: list[str], start: int) -> int:
    """Past the forwarder's note under the headers: a block opening with a salutation."""
    i = start
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i < len(lines) and _SALUTATION.match(lines[i]):
        while i < len(lines) and lines[i].strip():
            i += 1
    return i

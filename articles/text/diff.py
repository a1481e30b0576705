"""Word-level differences between two versions of a text, for editors reading a revision.

Words are compared whole (an editor thinks «غيّر كلمة», not «غيّر حرفًا»), spaces and line
breaks are kept so paragraphs still read as paragraphs, and long unchanged stretches are
shortened to a few words of context around each change. Pure Python.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

Op = Literal["equal", "insert", "delete"]
_TOKENS = re.compile(r"\s+|[^\s]+")
ELLIPSIS = "…"


@dataclass(frozen=True)
class Segment:
    op: Op
    text: str


def word_diff(old: str, new: str) -> list[Segment]:
    """The segments that turn `old` into `new`: equal, deleted and inserted runs of words."""
    a, b = _TOKENS.findall(old or ""), _TOKENS.findall(new or "")
    segments: list[Segment] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            _append(segments, "equal", "".join(a[i1:i2]))
            continue
        if tag in ("delete", "replace"):
            _append(segments, "delete", "".join(a[i1:i2]))
        if tag in ("insert", "replace"):
            _append(segments, "insert", "".join(b[j1:j2]))
    return segments


def _append(segments: list[Segment], op: Op, text: str) -> None:
    if not text:
        return
    if segments and segments[-1].op == op:
        segments[-1] = Segment(op, segments[-1].text + text)
    else:
        segments.append(Segment(op, text))


def changed(segments: list[Segment]) -> bool:
    return any(segment.op != "equal" for segment in segments)


def with_context(segments: list[Segment], words: int = 15) -> list[Segment]:
    """Unchanged runs longer than twice `words` keep `words` on each side of a change."""
    result: list[Segment] = []
    last = len(segments) - 1
    for index, segment in enumerate(segments):
        if segment.op != "equal":
            result.append(segment)
            continue
        tokens = _TOKENS.findall(segment.text)
        keep = words * 2  # a word and the space after it are two tokens
        head = tokens[:keep] if index > 0 else []
        tail = tokens[-keep:] if index < last else []
        if len(tokens) <= len(head) + len(tail) + 2:
            result.append(segment)
            continue
        text = "".join(head) + (" " if head else "") + ELLIPSIS + (" " if tail else "")
        result.append(Segment("equal", text + "".join(tail)))
    return result

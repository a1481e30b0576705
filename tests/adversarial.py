"""Pasted pages built to make a backtracking parser slow: long runs of spaces, tabs, no-break
spaces, line breaks and punctuation, one very long line, and many distinct lines each shaped
for one of the page reader's line patterns. Shared by tests/test_adversarial_pages.py and
bench/bench_parsing.py.
"""

from __future__ import annotations

from collections.abc import Callable

HEADLINE = "ارتفاع أسعار الذهب في الأسواق المحلية"
PARAGRAPH = "أعلنت الوزارة فتح باب التقدم لمنح الدراسات العليا في الخارج اليوم."


def _run(unit: str, size: int, before: str = "", after: str = "x") -> str:
    """`before`, then `unit` repeated to about `size` bytes of UTF-8, then `after`."""
    return before + unit * -(-size // len(unit.encode())) + after


def _lines(make: Callable[[int], str], size: int) -> str:
    """Distinct lines (so no cache answers for them) up to about `size` bytes."""
    lines: list[str] = []
    total = 0
    while total < size:
        line = make(len(lines))
        lines.append(line)
        total += len(line.encode()) + 1
    return "\n".join(lines)


def _gap(n: int) -> str:
    return " " * n


SHAPES: dict[str, Callable[[int], str]] = {
    "spaces": lambda size: _run(" ", size, HEADLINE + "\n"),
    "tabs": lambda size: _run("\t", size, HEADLINE + "\n"),
    "no-break spaces": lambda size: _run("\u00a0", size, HEADLINE + "\n"),
    "line breaks": lambda size: _run("\n", size, HEADLINE),
    "mixed spaces and breaks": lambda size: _run(" \t\u00a0\n \r\n", size, HEADLINE),
    "markup, then spaces": lambda size: _run(" ", size, f"<p>{HEADLINE}</p>"),
    "markup, then tabs": lambda size: _run("\t", size, f"<b>{HEADLINE}</b>"),
    "no-break space entities": lambda size: _run("&nbsp;", size, "<b>x</b>"),
    "markup, then «» quotes": lambda size: _run("«»", size, "<b>x</b>"),
    "markup, then ampersands": lambda size: _run("& ", size, "<b>x</b>"),
    "an opening bracket and spaces": lambda size: _run(" ", size, "(", "رويترز"),
    "question marks": lambda size: _run("؟", size, HEADLINE + "\n" + PARAGRAPH + "\n"),
    "dashes": lambda size: _run("-", size, HEADLINE + "\n"),
    "dots and spaces": lambda size: _run(". ", size, HEADLINE + "\n"),
    "bars and spaces": lambda size: _run(" | ", size, HEADLINE + "\n"),
    "one line of words": lambda size: _run("كلمة ", size),
    "a name line of spaces under the headline": lambda size: _run(
        " ", size, f"{HEADLINE}\nمحمد", f"علي\n{PARAGRAPH}"
    ),
    "many short lines": lambda size: _lines(lambda i: f"سطر قصير {i}", size),
    "agency lines in brackets": lambda size: _lines(
        lambda i: f"أ{i}{_gap(95)}({_gap(95)}ب{_gap(95)}){_gap(95)}ج", size
    ),
    "e-mail-like lines": lambda size: _lines(lambda i: "a@." * 130 + f"{i} x", size),
    "tag lines": lambda size: _lines(lambda i: f"الوسوم: أ{i}{_gap(370)}ب", size),
    "breadcrumb lines": lambda size: _lines(lambda i: f"الرئيسية > أ{i}{_gap(370)}ب", size),
    "byline lines": lambda size: _lines(lambda i: f"كتب: محمد{i}{_gap(370)}علي", size),
    "site name lines": lambda size: _lines(lambda i: f"الموقع الرسمي{i}{_gap(370)}ب", size),
    "a filed-from line of spaces under the headline": lambda size: _run(
        " ", size, f"{HEADLINE}\nهسبريس", f"من الرباط\n{PARAGRAPH}"
    ),
    "name and date lines": lambda size: _lines(
        lambda i: f"محمد{i}{_gap(150)}علي - {_gap(150)}5 يوليوز 2024", size
    ),
    "short lines after a paragraph": lambda size: (
        PARAGRAPH + "\n" + _lines(lambda i: f"وسم قصير {i}", size)
    ),
}


def adversarial_pages(size: int) -> dict[str, str]:
    """Every shape at about `size` bytes."""
    return {name: make(size) for name, make in SHAPES.items()}

"""Share cards: a 1200x630 PNG with the headline set in Arabic (pure Pillow, no Django).

Arabic needs a real layout engine: Pillow's basic layout draws letters unjoined and in
storage order, so every card is drawn with raqm (HarfBuzz shaping, FriBiDi ordering) and
refuses to draw without it. Lines are broken between words in reading order and each
line is laid out as one right-to-left paragraph, so Latin words keep their order.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import astuple, dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, features

WIDTH, HEIGHT = 1200, 630
MAX_BYTES = 300 * 1024  # chat apps drop previews larger than this
FONTS = Path(__file__).resolve().parents[2] / "static" / "fonts"
TITLE_FONT = FONTS / "NotoNaskhArabic-Bold.ttf"
TEXT_FONT = FONTS / "NotoNaskhArabic-Regular.ttf"
# Bump when the drawing changes, so cached cards are redrawn.
LAYOUT_VERSION = "1"

PAPER = (253, 252, 249)
INK = (27, 29, 33)
INK_SOFT = (85, 91, 102)
ACCENT = (155, 28, 28)
RULE = (225, 221, 211)

MARGIN = 72
TITLE_TOP, TITLE_BOTTOM = 150, 505
TITLE_SIZES = (68, 62, 56, 50, 46, 42)
LINE_HEIGHT = 1.55  # Naskh's marks sit well above and below the letters
ELLIPSIS = "…"


class RaqmUnavailable(RuntimeError):
    """Pillow was built or installed without raqm, so Arabic cannot be shaped."""


@dataclass(frozen=True)
class CardText:
    """Everything drawn on a card; equal texts give identical images."""

    title: str
    source: str = ""
    date: str = ""
    site_name: str = ""

    def key(self) -> str:
        """A digest of what is drawn (and how), for cache keys, ETags and image URLs."""
        payload = "\x1f".join((LAYOUT_VERSION, *astuple(self)))
        return hashlib.sha256(payload.encode()).hexdigest()[:24]


def raqm_available() -> bool:
    return bool(features.check("raqm"))


@lru_cache(maxsize=32)
def _font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    if not raqm_available():
        raise RaqmUnavailable(
            "Pillow has no raqm layout engine, so Arabic share cards cannot be shaped: "
            "install FriBiDi (Debian: apt-get install libfribidi0, or `make text-deps`)."
        )
    return ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.RAQM)


@lru_cache(maxsize=8192)
def _width(text: str, font: ImageFont.FreeTypeFont) -> float:
    return font.getlength(text, direction="rtl", language="ar")


def _split_word(word: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Pieces of a word too wide for a line (a long URL or a run without spaces)."""
    pieces, current = [], ""
    for char in word:
        if current and _width(current + char, font) > width:
            pieces.append(current)
            current = ""
        current += char
    return [*pieces, current] if current else pieces


def wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Lines of `text` in reading order, each at most `width` pixels wide.

    Each word is measured once: letters never join across a space, so a line is as wide as
    its words and spaces together (`fits` checks the drawn lines all the same).
    """
    space = _width(" ", font)
    lines: list[list[str]] = [[]]
    used = 0.0
    for word in text.split():
        pieces = [word] if _width(word, font) <= width else _split_word(word, font, width)
        for piece in pieces:
            needed = _width(piece, font)
            if lines[-1] and used + space + needed > width:
                lines.append([])
            if lines[-1]:
                used += space + needed
            else:
                used = needed
            lines[-1].append(piece)
    return [" ".join(words) for words in lines if words]


def fits(lines: list[str], font: ImageFont.FreeTypeFont, width: int) -> bool:
    return all(_width(line, font) <= width for line in lines)


def balance(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Wrapped lines of even length: the narrowest width that needs no more lines.

    Greedy wrapping can leave a lone last word under a full line; a headline reads
    better with its words spread over the same number of lines.
    """
    lines = wrap(text, font, width)
    if len(lines) < 2:
        return lines
    low, high = width // 2, width
    while high - low > 8:
        middle = (low + high) // 2
        if len(wrap(text, font, middle)) <= len(lines):
            high = middle
        else:
            low = middle
    return wrap(text, font, high)


def _with_ellipsis(line: str, font: ImageFont.FreeTypeFont, width: int) -> str:
    words = line.split()
    while len(words) > 1 and _width(" ".join(words) + ELLIPSIS, font) > width:
        words.pop()
    text = " ".join(words).rstrip("،,.:؛ ")
    while text and _width(text + ELLIPSIS, font) > width:
        text = text[:-1]
    return text + ELLIPSIS


def fit_title(title: str, width: int, height: int) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest title size whose lines fit the box; at the smallest, cut with an ellipsis."""
    for size in TITLE_SIZES:
        font = _font(TITLE_FONT, size)
        lines = wrap(title, font, width)
        if len(lines) * size * LINE_HEIGHT <= height:
            balanced = balance(title, font, width)
            if fits(balanced, font, width):
                return font, balanced
    lines = lines[: max(1, int(height // (size * LINE_HEIGHT)))]
    lines[-1] = _with_ellipsis(lines[-1], font, width)
    return font, lines


def _draw_rtl(draw: ImageDraw.ImageDraw, xy, text: str, font, fill, anchor: str) -> None:
    draw.text(xy, text, font=font, fill=fill, anchor=anchor, direction="rtl", language="ar")


def draw_card(text: CardText) -> bytes:
    """The card as PNG bytes: site name, headline, then source and date."""
    image = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    right, inner_width = WIDTH - MARGIN, WIDTH - 2 * MARGIN

    draw.rectangle((0, 0, WIDTH, 12), fill=ACCENT)
    if text.site_name:
        _draw_rtl(draw, (right, 84), text.site_name, _font(TITLE_FONT, 36), ACCENT, "rs")
    draw.line((MARGIN, 116, right, 116), fill=RULE, width=2)

    font, lines = fit_title(" ".join(text.title.split()), inner_width, TITLE_BOTTOM - TITLE_TOP)
    line_height = font.size * LINE_HEIGHT
    # Centre the block in its box; the first baseline sits one ascent below its top.
    top = TITLE_TOP + (TITLE_BOTTOM - TITLE_TOP - len(lines) * line_height) / 2
    ascent = font.getmetrics()[0]
    for index, line in enumerate(lines):
        baseline = top + (line_height - font.size) / 2 + ascent + index * line_height
        _draw_rtl(draw, (right, baseline), line, font, INK, "rs")

    draw.line((MARGIN, 530, right, 530), fill=RULE, width=2)
    footer = "  ·  ".join(part for part in (text.source, text.date) if part)
    if footer:
        small = _font(TEXT_FONT, 30)
        if _width(footer, small) > inner_width:
            footer = _with_ellipsis(footer, small, inner_width)
        _draw_rtl(draw, (right, 585), footer, small, INK_SOFT, "rs")

    buffer = io.BytesIO()
    # zlib's default level: `optimize` would save 4% of the bytes at 2.5 times the time.
    image.save(buffer, "PNG")
    return buffer.getvalue()

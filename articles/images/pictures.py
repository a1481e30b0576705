"""The pictures readers are served from an article's image variants, for each place one shows.

A role says where the picture stands, which sets the `sizes` the browser chooses a width by
(from the page's CSS, static/css/site.css) and whether it loads at once:

- "article": the lead image of an article page, the column's width (42rem at most);
- "lead": a front page's lead story, wider;
- "card": a listing's thumbnail, 7rem on a phone and 12rem from 40rem up, loaded lazily.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.core.files.storage import default_storage

from .variants import SHARE_WIDTH

SIZES = {
    "article": "(min-width: 44rem) 42rem, calc(100vw - 2rem)",
    "lead": "(min-width: 60rem) 44rem, calc(100vw - 2rem)",
    "card": "(min-width: 40rem) 12rem, 7rem",
}
# The pictures above the fold: loaded at once, first (Largest Contentful Paint).
EAGER = frozenset({"article", "lead"})
# The `src` of browsers that read no srcset: a width that suits the role.
FALLBACK_WIDTH = {"article": 800, "lead": 800, "card": 480}


@dataclass(frozen=True)
class Picture:
    role: str
    src: str
    width: int
    height: int
    alt: str
    sizes: str
    srcset: str = ""
    modern_srcset: str = ""
    modern_type: str = ""

    @property
    def eager(self) -> bool:
        return self.role in EAGER


def alt_text(article) -> str:
    """What a screen reader says for the image: the editor's description (older articles
    without one: the caption)."""
    return article.image_alt or article.image_caption


def picture(article, role: str) -> Picture | None:
    """The article's image as `role` shows it, or None when it has none."""
    if role not in SIZES:
        raise ValueError(f"unknown picture role {role!r}")
    if not article.image:
        return None
    sizes = _sizes(article)
    if not sizes:
        return _original(article, role)
    fallback = _closest(sizes, FALLBACK_WIDTH[role])
    largest = sizes[-1]
    return Picture(
        role=role,
        src=_url(fallback["jpeg"]),
        # The intrinsic size's ratio is what the browser reserves room by.
        width=largest["width"],
        height=largest["height"],
        alt=alt_text(article),
        sizes=SIZES[role],
        srcset=_srcset(sizes, "jpeg"),
        modern_srcset=_srcset(sizes, "modern"),
        modern_type=article.image_variants.get("type", ""),
    )


def share_image(article) -> tuple[str, int, int] | None:
    """(URL, width, height) of the JPEG that link previews show: 1200 wide, or the widest
    there is when the original is narrower. None without variants."""
    sizes = _sizes(article) if article.image else []
    if not sizes:
        return None
    chosen = _closest(sizes, SHARE_WIDTH)
    return _url(chosen["jpeg"]), chosen["width"], chosen["height"]


def _sizes(article) -> list[dict[str, Any]]:
    variants = article.image_variants or {}
    if variants.get("source") != article.image.name:
        return []  # made from another image (not saved through the ORM since it changed)
    return sorted(variants.get("sizes", []), key=lambda size: size["width"])


def _closest(sizes: list[dict[str, Any]], width: int) -> dict[str, Any]:
    """The widest variant not wider than `width`, or the narrowest there is."""
    fitting = [size for size in sizes if size["width"] <= width]
    return fitting[-1] if fitting else sizes[0]


def _srcset(sizes: list[dict[str, Any]], kind: str) -> str:
    return ", ".join(f"{_url(size[kind])} {size['width']}w" for size in sizes)


def _url(name: str) -> str:
    return default_storage.url(name)


def _original(article, role: str) -> Picture | None:
    """An image saved before variants existed (or unreadable): the original, as it is."""
    try:
        width, height = article.image.width, article.image.height
    except (OSError, ValueError):
        return None  # its file is gone: no broken picture
    if not width or not height:
        return None
    return Picture(role, article.image.url, width, height, alt_text(article), SIZES[role])

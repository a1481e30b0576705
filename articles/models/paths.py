"""Paths of the site's pages for a model's rows, as `reverse()` gives them, cheaply.

Listings, feeds and sitemaps build hundreds of paths a page, and `reverse()` costs about
40 µs each. Here a route is reversed once, with marks in place of its arguments, and a
path is that template with the marks replaced by the values, quoted as `reverse()` quotes
them (`tests/test_models.py` holds the two equal on arbitrary values).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from urllib.parse import quote

from django.urls import get_script_prefix, reverse

# What reverse() leaves unquoted in a path (django.urls.resolvers).
_SAFE_IN_PATH = "!$&'()*+,;=/~:@"
_INT_MARK = 918273640  # plus the argument's position: digits no real id shares with it
_TEXT_MARK = "argmark{}x"


@functools.cache
def _template(
    route: str, names: tuple[tuple[str, bool], ...], prefix: str
) -> tuple[list[str], list[int]]:
    """The route's path cut at its arguments: (the text around them, which argument goes in
    each cut), reversed once per route, set of argument names and script prefix."""
    marks = {
        name: _INT_MARK + i if is_int else _TEXT_MARK.format(i)
        for i, (name, is_int) in enumerate(names)
    }
    by_text = {str(mark): i for i, mark in enumerate(marks.values())}
    pieces = re.split("(" + "|".join(map(re.escape, by_text)) + ")", reverse(route, kwargs=marks))
    return pieces[0::2], [by_text[mark] for mark in pieces[1::2]]


def path(route: str, **kwargs: int | str) -> str:
    """`reverse(route, kwargs=kwargs)`."""
    if any(isinstance(v, str) and (not v or "." in v or "/" in v) for v in kwargs.values()):
        return reverse(route, kwargs=kwargs)  # reverse() escapes dot segments itself
    names = tuple((name, isinstance(value, int)) for name, value in kwargs.items())
    texts, order = _template(route, names, get_script_prefix())
    values = [
        str(value) if isinstance(value, int) else quote(value, safe=_SAFE_IN_PATH)
        for value in kwargs.values()
    ]
    parts = [texts[0]]
    for argument, text in zip(order, texts[1:], strict=True):
        parts += [values[argument], text]
    return "".join(parts)


def maker(route: str, **kinds: type[int] | type[str]) -> Callable[..., str]:
    """`path` for many rows of one route, for a sitemap's hundreds: the route's template and
    the script prefix are looked up once, and each call takes the arguments positionally,
    in the order of `kinds` (`maker("articles:detail", pk=int, slug=str)(7, "x")`)."""
    names = tuple((name, kind is int) for name, kind in kinds.items())
    texts, order = _template(route, names, get_script_prefix())
    as_text = [
        str if is_int else functools.partial(quote, safe=_SAFE_IN_PATH) for _name, is_int in names
    ]

    def make(*values: int | str) -> str:
        if any(isinstance(v, str) and (not v or "." in v or "/" in v) for v in values):
            return path(route, **dict(zip(kinds, values, strict=True)))
        parts = [texts[0]]
        for argument, text in zip(order, texts[1:], strict=True):
            parts += [as_text[argument](values[argument]), text]
        return "".join(parts)

    return make

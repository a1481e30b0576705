"""Archived copies: a page copied from a web archive, its toolbar over the archived page
(«ذاكرة الويب | WebMemory Archive», the archived address, the number of captures, the
capture's calendar and stamp). The toolbar is the archive's, not the article's: its stamp
is the day of the capture, its name no source."""

from __future__ import annotations

import re
from collections.abc import Sequence

# An archive's address for a capture: a stamp of the capture, then the page's own address
# («…/web/20240915083012/https://…»).
_CAPTURE_ADDRESS = re.compile(r"/\d{8,14}(?:[a-z]{2}_)?/https?://")
_TOOLBAR_SEARCH_LINES = 8
_TOOLBAR_MAX_LINES = 12


def without_archive_bar(lines: Sequence[str]) -> list[str]:
    """The lines of an archived copy without the archive's toolbar over it: the block of
    lines holding a capture's address, up to the first blank line under it; any other
    page's lines as they are."""
    lines = list(lines)
    address = next(
        (
            i
            for i, line in enumerate(lines[:_TOOLBAR_SEARCH_LINES])
            if _CAPTURE_ADDRESS.search(line)
        ),
        None,
    )
    if address is None:
        return lines
    end = next(
        (
            j
            for j in range(address + 1, min(len(lines), address + _TOOLBAR_MAX_LINES))
            if not lines[j].strip()
        ),
        address + 1,
    )
    return lines[end:]

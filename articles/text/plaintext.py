"""Text as the site stores it, whichever way it came in (pure Python, no Django).

A browser submits a textarea with CRLF line ends (the HTML standard says so), an importer
reads LF or whatever the file had. Unless both are brought to one form, the first save of an
imported article in the admin changes every line end of its body: a «النص» change in the
revisions that nobody made. The importer, the admin form and the model all use this.
"""

from __future__ import annotations

import re

_LINE_END = re.compile("\r\n?")


def stored_text(text: str) -> str:
    """`text` with LF line ends, no NUL (PostgreSQL refuses it) and no space at either end."""
    return _LINE_END.sub("\n", text.replace("\x00", "")).strip()

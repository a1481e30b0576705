"""Small charts drawn as inline SVG on the server: no script, readable without CSS."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from . import display
from .text.dates import EGYPTIAN_MONTHS, LEVANTINE_MONTHS

WIDTH, HEIGHT, AXIS = 640, 160, 2


def _month_label(month: date) -> str:
    names = LEVANTINE_MONTHS if settings.DATE_MONTHS == "levantine" else EGYPTIAN_MONTHS
    return f"{names[month.month - 1]} {display.digits(month.year)}"


def monthly_bars(series: list[tuple[date, int]], *, label: str) -> SafeString:
    """Bars of a monthly count, the oldest month on the right as Arabic reads.

    Each bar carries a <title> («يونيو 2024: 3 مقالات») for pointer users; the SVG's
    aria-label summarises the whole series for screen readers.
    """
    if not series:
        return SafeString("")
    peak = max(n for _, n in series) or 1
    slot = WIDTH / len(series)
    bar = min(48.0, max(2.0, slot * 0.7))
    bars = []
    for i, (month, n) in enumerate(series):
        height = (HEIGHT - AXIS - 4) * n / peak
        x = WIDTH - (i + 1) * slot + (slot - bar) / 2
        bars.append(
            (
                f"{x:.1f}",
                f"{HEIGHT - AXIS - height:.1f}",
                f"{bar:.1f}",
                f"{height:.1f}",
                f"{_month_label(month)}: {display.count(n, 'article')}",
            )
        )
    rects = format_html_join(
        "",
        '<rect class="bar" x="{}" y="{}" width="{}" height="{}"><title>{}</title></rect>',
        bars,
    )
    first, last = series[0][0], series[-1][0]
    total = sum(n for _, n in series)
    span = f"{_month_label(first)} – {_month_label(last)}"
    summary = f"{label}: {display.count(total, 'article')}، {span}"
    # The month labels are HTML under the drawing so they keep a readable size on phones.
    return format_html(
        '<figure class="chart"><svg viewBox="0 0 {} {}" role="img" aria-label="{}" '
        'xmlns="http://www.w3.org/2000/svg">{}'
        '<line class="baseline" x1="0" x2="{}" y1="{}" y2="{}"/></svg>'
        '<figcaption class="chart-axis" aria-hidden="true"><span>{}</span><span>{}</span>'
        "</figcaption></figure>",
        WIDTH,
        HEIGHT - AXIS,
        summary,
        rects,
        WIDTH,
        HEIGHT - AXIS,
        HEIGHT - AXIS,
        _month_label(first),
        _month_label(last),
    )

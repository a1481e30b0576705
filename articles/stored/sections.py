"""The header's sections, stored: every page draws them, so no page computes them.

The sections are the front page's (`frontpage.chosen_sections`): those editors chose, else
the tags of the most recent public articles, a query over the listing index that costs
more than the rest of an article page. They are
computed once and kept in one row with the header's navigation already rendered, and
computed again when readers could see them change: after any change to content
(`pagecache.content_changed` calls `forget`), when a scheduled article's time comes
(`valid_until`), or when the code that renders them changes (`renderer.fingerprint`).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Min
from django.template.loader import render_to_string
from django.utils import timezone

from ..frontpage import chosen_sections
from ..models import Article, SiteSections
from . import freshness as renderer


@dataclass(frozen=True)
class Section:
    pk: int
    name: str
    url: str

    def get_absolute_url(self) -> str:
        return self.url


ROW = 1


def _stored() -> SiteSections | None:
    found = renderer.read_valid(SiteSections, ["sections", "html"], timezone.now(), id=ROW)
    return SiteSections(pk=ROW, sections=found[0], html=found[1]) if found else None


def _next_publication():
    return (
        Article.objects.live()
        .filter(status=Article.Status.PUBLISHED, published_at__gt=timezone.now())
        .aggregate(due=Min("published_at"))["due"]
    )


def _build() -> SiteSections:
    read_at = renderer.epoch()
    valid_until = _next_publication()  # read first: a publication due meanwhile is not missed
    tags = [section.tag for section in chosen_sections()]
    found = [Section(tag.pk, tag.name, tag.get_absolute_url()) for tag in tags]
    row = SiteSections(
        pk=ROW,
        sections=[vars(section) for section in found],
        html=render_to_string("includes/sections_nav.html", {"sections": found}),
        renderer=renderer.fingerprint(),
        valid_until=valid_until,
    )
    with renderer.storing(read_at) as current:
        if current:
            renderer.upsert([row], unique_fields=["id"])
    return row


def _row() -> SiteSections:
    return _stored() or _build()


def sections() -> list[Section]:
    """The header's sections, for pages that mark the current one."""
    return [Section(**item) for item in _row().sections]


def nav_html() -> str:
    """The header's navigation, rendered, for pages where no section is current."""
    return _row().html


def forget() -> None:
    renderer.forgotten()
    SiteSections.objects.filter(pk=ROW).delete()

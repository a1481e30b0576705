"""What the front page shows: a lead story, the next top stories, and each section's latest
stories, no story twice.

- The lead is the article a chief editor pinned (`LeadStory`, while its pin is in force and
  the article public), else the newest of the latest few public articles that has a
  picture, else the latest.
- The top stories are the latest public articles after it.
- The sections are those editors chose (`FrontPageSection`, in their order, each with its
  number of stories), else the tags of the most recent articles (`exploring.sections`, as
  the header showed before editors chose). Each shows its tag's latest public articles
  from the listing index, leaving out what the page already shows above it.

A fixed number of queries, each an index range however large the archive: the pin, the
latest articles (the article table's public index), the sections, one statement for every
section's stories (one index range per section, `UNION ALL`), then the articles shown with
their bylines and tags. Readers get the page stored (`articles.stored.front`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.db import connections, router
from django.db.models import Min, Prefetch
from django.utils import timezone

from . import exploring
from .models import Article, FrontPageSection, LeadStory, ListingEntry, Tag

TOP_STORIES = 4
# A lead with a picture is preferred, but only among the latest few: news before pictures.
LEAD_FROM = 5
DEFAULT_SECTIONS = 6
DEFAULT_STORIES = 4


@dataclass
class Section:
    tag: Tag
    stories: int  # how many it shows at most
    articles: list[Article] = field(default_factory=list)


@dataclass
class FrontPage:
    lead: Article | None
    pinned: bool  # the lead is an editor's choice
    top: list[Article]
    sections: list[Section]
    valid_until: datetime | None  # when what it shows changes by the clock alone


def chosen_sections() -> list[Section]:
    """The front page's sections, in order: the editors' choice, else the tags of the most
    recent articles. The header's sections are these too (`articles.stored.sections`)."""
    chosen = [
        Section(row.tag, row.stories)
        for row in FrontPageSection.objects.shown()
        if row.tag.listed_articles  # a tag with nothing published has no page yet
    ]
    if chosen:
        return chosen
    return [Section(tag, DEFAULT_STORIES) for tag in exploring.sections(DEFAULT_SECTIONS)]


def compose(now: datetime | None = None) -> FrontPage:
    now = now or timezone.now()
    pinned = LeadStory.objects.current(now).values_list("article_id", flat=True).first()
    latest = list(
        Article.objects.published()
        .newest_first()
        .values_list("pk", "image")[: LEAD_FROM + TOP_STORIES + 1]
    )
    lead_id = pinned or _default_lead(latest)
    top_ids = [pk for pk, _image in latest if pk != lead_id][:TOP_STORIES]
    shown = [pk for pk in (lead_id, *top_ids) if pk is not None]
    sections = chosen_sections()
    picked = _section_stories(sections, shown, now)
    articles = _articles([*shown, *(pk for ids in picked for pk in ids)])
    for section, ids in zip(sections, picked, strict=True):
        section.articles = [articles[pk] for pk in ids if pk in articles]
    for article in articles.values():
        article.kicker = kicker(article, sections)  # type: ignore[attr-defined]
    return FrontPage(
        lead=articles.get(lead_id) if lead_id is not None else None,
        pinned=pinned is not None and pinned in articles,
        top=[articles[pk] for pk in top_ids if pk in articles],
        sections=[section for section in sections if section.articles],
        valid_until=next_change(now),
    )


def _default_lead(latest: list[tuple[int, str]]) -> int | None:
    with_picture = [pk for pk, image in latest[:LEAD_FROM] if image]
    if with_picture:
        return with_picture[0]
    return latest[0][0] if latest else None


def _section_stories(sections: list[Section], shown: list[int], now: datetime) -> list[list[int]]:
    """Each section's latest public article ids, none already `shown` or in an earlier
    section: one statement, a limited index range of the listing index per section."""
    if not sections:
        return []
    branches: list[str] = []
    params: list = []
    earlier = 0  # an earlier section may take this many of a later one's articles
    for n, section in enumerate(sections):
        rows = ListingEntry.objects.filter(
            kind=ListingEntry.Kind.TAG, subject_id=section.tag.pk, published_at__lte=now
        )
        if shown:
            rows = rows.exclude(article_id__in=shown)
        newest = rows.order_by("-published_at", "-article_id").values_list(
            "subject_id", "article_id", "published_at"
        )[: section.stories + earlier]
        sql, values = newest.query.sql_with_params()
        branches.append(f"SELECT * FROM ({sql}) s{n}")
        params.extend(values)
        earlier += section.stories
    connection = connections[router.db_for_read(ListingEntry)]  # a replica, if there is one
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(branches), params)
        found = cursor.fetchall()
    by_tag: dict[int, list[tuple]] = {}
    for subject_id, article_id, published_at in found:
        by_tag.setdefault(subject_id, []).append((published_at, article_id))
    taken = set(shown)
    picked = []
    for section in sections:
        latest = sorted(by_tag.get(section.tag.pk, []), reverse=True)
        ids = [pk for _at, pk in latest if pk not in taken][: section.stories]
        taken.update(ids)
        picked.append(ids)
    return picked


def _articles(ids: list[int]) -> dict[int, Article]:
    """The public articles `ids`, with what their stories show (no body)."""
    if not ids:
        return {}
    found = (
        Article.objects.published()
        .with_bylines()
        .prefetch_related(Prefetch("tags", queryset=Tag.objects.order_by("sort_key")))
        .defer("body")
        .filter(pk__in=ids)
    )
    return {article.pk: article for article in found}


def next_change(now: datetime) -> datetime | None:
    """When the front page changes by the clock alone: the next scheduled article's time,
    or a lead pin's start or end."""
    due = [
        Article.objects.scheduled().aggregate(due=Min("published_at"))["due"],
        LeadStory.objects.next_change(now),
    ]
    return min((when for when in due if when is not None), default=None)


def kicker(article: Article, sections: list[Section]) -> Tag | None:
    """The section an article is filed under, for the label above its title: the first of
    its tags that is a front page section."""
    section_ids = {section.tag.pk for section in sections}
    return next((tag for tag in article.tags.all() if tag.pk in section_ids), None)

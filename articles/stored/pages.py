"""Article pages stored as readers get them, beside the article, like its search index row.

An article page is the costliest page to build (the article with its byline, tags, entity
links and corrections, the text engine's rendering of the body, share metadata, related
reading) and the most read. The first reader of a public article gets it rendered and
stored; every later reader gets the stored HTML from one indexed read, with the header's
sections (`articles.stored.sections`) put in where the page leaves room for them.

A stored page is served only while it is current:
- its article has not been saved since (`article_updated_at`, moved by every save and by
  corrections) and is public now (checked on every read, so unpublishing, trashing and
  scheduling act at once);
- the code that rendered it is the running code (`renderer.fingerprint`);
- nothing it shows has changed: the signals below drop the pages of the articles of a tag,
  entity, author or source that changes, of an article whose links or byline change, and
  every page that lists a changed article under «اقرأ أيضًا». Services that change links
  in bulk (linking, restores, the corpus generator) call `forget` themselves.

This is not the page cache: it holds one rendering per article, never expires, is dropped
by the change itself and is on whatever `CACHE_URL` says.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import connections, models, router
from django.db.models import Q
from django.utils import timezone

from ..models import Article, SiteSections, StoredCard, StoredPage
from . import freshness as renderer
from .sections import ROW

# Where a stored page leaves room for the header's sections.
NAV_SLOT = "<!--sections-->"


def public(pk: int) -> tuple[str, str, str, str | None] | None:
    """(slug, head, tail, the stored header sections or None) of the article's current stored
    page, while the article is public.

    The one query of most article requests, written out in SQL: building it with the ORM
    costs several times what running it does. `test_storedpages` holds it to every rule above.
    """
    if not 0 < pk < 2**63:
        return None  # no such article; the ORM's path answers 404 without asking the database
    connection = connections[router.db_for_read(StoredPage)]  # a replica, if there is one
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    fingerprint = renderer.fingerprint()
    with connection.cursor() as cursor:
        cursor.execute(
            _PUBLIC_SQL.format(
                page=StoredPage._meta.db_table,
                article=Article._meta.db_table,
                sections=SiteSections._meta.db_table,
            ),
            [ROW, fingerprint, now, pk, fingerprint, Article.Status.PUBLISHED, now],
        )
        return cursor.fetchone()


_PUBLIC_SQL = """
SELECT a.slug, p.head, p.tail, s.html
FROM {page} p
JOIN {article} a ON a.id = p.article_id
LEFT JOIN {sections} s
  ON s.id = %s AND s.renderer = %s AND (s.valid_until IS NULL OR s.valid_until > %s)
WHERE p.article_id = %s AND p.renderer = %s AND p.article_updated_at = a.updated_at
  AND a.status = %s AND a.published_at <= %s AND a.deleted_at IS NULL
"""


def store(article, html: str, related: Iterable[int], read_at: int) -> None:
    """Keep the rendered page `html` (with its `NAV_SLOT`) of `article`, rendered from data
    read after epoch `read_at`, unless something changed since."""
    head, tail = html.split(NAV_SLOT)
    page = StoredPage(
        article=article,
        article_updated_at=article.updated_at,
        renderer=renderer.fingerprint(),
        head=head,
        tail=tail,
    )
    links = StoredPage.related.through
    with renderer.storing(read_at) as current:
        if current:
            links.objects.filter(storedpage_id=article.pk).delete()
            renderer.upsert([page], unique_fields=["article"])
            links.objects.bulk_create(
                [links(storedpage_id=article.pk, article_id=pk) for pk in related],
                ignore_conflicts=True,  # another reader storing the same page at once
            )


def forget(article_ids: Iterable[int]) -> None:
    """Drop the pages of these articles and every page listing one of them as related."""
    ids = list(article_ids)
    if ids:
        renderer.forgotten()
        _drop(StoredPage.objects.filter(Q(article_id__in=ids) | Q(related__in=ids)))
        StoredCard.objects.filter(article_id__in=ids).delete()


def forget_articles_of(**lookup) -> None:
    """Drop the pages of the articles matching `lookup` (as in `Article.objects.filter`)."""
    renderer.forgotten()
    lookup = {f"article__{k}": v for k, v in lookup.items()}
    _drop(StoredPage.objects.filter(**lookup))
    StoredCard.objects.filter(**lookup).delete()


def forget_all() -> None:
    renderer.forgotten()
    _drop(StoredPage.objects.all())
    StoredCard.objects.all().delete()


def _drop(pages: models.QuerySet) -> None:
    pages.only("pk").delete()  # never fetch the HTML of what is thrown away

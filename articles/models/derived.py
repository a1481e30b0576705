"""Derived data: rows made from the articles for readers' pages, never edited by hand.

The listing and search indexes, the render epoch, and stored renderings (article pages,
cards, a subject's panels, the header's sections). Only their tables live here; the code
that writes and reads them is in `articles.listing`, `articles.search` and the stored
renderings' modules.
"""

from __future__ import annotations

from django.db import models

from .articles import Article


class TsVectorField(models.Field):
    """PostgreSQL's tsvector; `field__matches=tsquery_text` is `field @@ tsquery_text`."""

    def db_type(self, connection) -> str:
        return "tsvector"


@TsVectorField.register_lookup
class TsMatches(models.Lookup):
    lookup_name = "matches"

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} @@ ({rhs})::tsquery", (*lhs_params, *rhs_params)

    def get_db_prep_lookup(self, value, connection):
        return ("%s", [value])


class ListingEntry(models.Model):
    """One published article (public or scheduled) on one tag's, entity's, author's or
    source's page, with its date.

    Derived data, like the search index (`articles.listing` writes it): it lets a subject's
    page, deep pages included, be read from one index instead of joining every article
    of the subject and sorting them, and its count (`listed_articles`) be kept without
    counting articles. Pages still fetch their articles through
    `Article.objects.published()`, so a stale row can never show what readers may not see.
    """

    class Kind(models.TextChoices):
        TAG = "t"
        ENTITY = "e"
        AUTHOR = "a"
        SOURCE = "s"

    kind = models.CharField(max_length=1, choices=Kind.choices)
    subject_id = models.BigIntegerField()
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")
    published_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "subject_id", "article"], name="listing_unique_article"
            ),
        ]
        indexes = [
            models.Index(
                fields=["kind", "subject_id", "-published_at", "-article"],
                name="listing_latest",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind}{self.subject_id}: {self.article_id}"


class SearchEntry(models.Model):
    """An article's row in PostgreSQL's search index (`articles.search` writes it).

    Not managed by Django (migration 0002 creates the table, with its GIN index). The
    large `document` is kept out of line, so a row is narrow: counting and ranking a
    query's matches reads many rows, and the index has told everything but `public_at`.
    """

    article = models.OneToOneField(
        Article,
        primary_key=True,
        on_delete=models.DO_NOTHING,
        related_name="search_entry",
        db_column="article_id",
    )
    document = TsVectorField()
    # The article's publication time while it is public, else NULL (kept by a trigger,
    # migration 0010): searches rank and count from this table alone.
    public_at = models.DateTimeField(null=True)

    class Meta:
        managed = False
        db_table = "articles_search"

    def __str__(self) -> str:
        return f"search entry of article {self.article_id}"


class RenderEpoch(models.Model):
    """One row counting the changes that made stored renderings stale (`forgotten`): it
    only grows, and takes the time (ns) when that is larger.

    A rendering is stored only if no change came between reading its data and storing it:
    otherwise a page read before an editor's change could be stored after it, and outlive it.
    """

    value = models.BigIntegerField(default=0)

    class Meta:
        app_label = "articles"
        default_permissions = ()

    def __str__(self) -> str:
        return str(self.value)


class ArticleRendering(models.Model):
    """A rendering of one article, current while the article is unsaved since
    (`article_updated_at`) and the running code rendered it (`renderer`)."""

    article = models.OneToOneField(
        "articles.Article", primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    article_updated_at = models.DateTimeField()
    renderer = models.CharField(max_length=16)

    class Meta:
        abstract = True
        app_label = "articles"
        default_permissions = ()


class StoredPage(ArticleRendering):
    head = models.TextField()  # the page up to the header's sections
    tail = models.TextField()  # the page after them
    # The articles the page lists under «اقرأ أيضًا»: when one changes, the page is dropped.
    related = models.ManyToManyField("articles.Article", related_name="+", blank=True)

    class Meta(ArticleRendering.Meta):
        pass

    def __str__(self) -> str:
        return f"stored page of article {self.article_id}"


class StoredCard(ArticleRendering):
    before = models.TextField()  # the card up to its summary
    summary = models.TextField()  # the summary paragraph, or nothing
    middle = models.TextField()  # from the summary to the time since publication
    after = models.TextField()  # the rest

    class Meta(ArticleRendering.Meta):
        pass

    def __str__(self) -> str:
        return f"stored card of article {self.article_id}"


class StoredPanels(models.Model):
    kind = models.CharField(max_length=1)  # ListingEntry.Kind
    subject_id = models.BigIntegerField()
    renderer = models.CharField(max_length=16)
    html = models.TextField()
    count = models.PositiveIntegerField()  # the subject's public articles...
    estimated = models.BooleanField()  # ... counted, or estimated (pagination.bounded_count)
    pinned = models.JSONField(default=list)  # ids of the articles pinned first, in order
    valid_until = models.DateTimeField(null=True)

    class Meta:
        app_label = "articles"
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(fields=["kind", "subject_id"], name="panels_unique_subject")
        ]

    def __str__(self) -> str:
        return f"panels of {self.kind}:{self.subject_id}"


class SiteSections(models.Model):
    """The one row of stored sections (primary key 1)."""

    sections = models.JSONField(default=list)  # [{"pk", "name", "url"}], in the header's order
    html = models.TextField()  # the header's <nav>, as on pages where no section is current
    renderer = models.CharField(max_length=16)
    valid_until = models.DateTimeField(null=True)

    class Meta:
        app_label = "articles"
        default_permissions = ()

    def __str__(self) -> str:
        return ", ".join(item["name"] for item in self.sections)


class StoredFrontPage(models.Model):
    """The one row of the stored front page (primary key 1): the whole page as readers get
    it, but for the times since publication, left as marks (`articles.stored.front`).

    Current while nothing readers could see has changed since it was rendered (`epoch`, the
    render epoch it was rendered in), the running code rendered it, and until the next
    scheduled article or the lead pin's end (`valid_until`).
    """

    html = models.TextField()
    epoch = models.BigIntegerField()
    renderer = models.CharField(max_length=16)
    valid_until = models.DateTimeField(null=True)

    class Meta:
        app_label = "articles"
        default_permissions = ()

    def __str__(self) -> str:
        return f"stored front page of epoch {self.epoch}"

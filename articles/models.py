"""The newsroom's data: publishers, people, tags, entities and the articles that tie them."""

from __future__ import annotations

import simple_history
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .arabic import normalize
from .arabic import sort_key as alphabetical_key
from .slugs import unique_slug


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


class NamedQuerySet(models.QuerySet):
    def by_name(self, name: str):
        """Rows whose name is `name` up to orthography (hamza, taa marbuta, tashkeel...)."""
        return self.filter(name_key=normalize(name))

    def listed(self):
        """Those with a published article, public or scheduled (`listed_articles`): the only
        ones whose names readers may be shown (`articles.listing.public_counts` tells the
        public ones from the scheduled)."""
        return self.filter(listed_articles__gt=0)


class NamedModel(models.Model):
    """A thing with a display name, an orthography-folded key and a stable Arabic slug.

    `name_key` is what makes «الاخبارية» and «الإخبارية» one source, and «الحرب
    الروسية الأوكرانية» typed with or without hamza one tag.
    """

    name = models.CharField(_("الاسم"), max_length=200)
    name_key = models.CharField(max_length=200, unique=True, editable=False)
    # Arabic alphabetical order: orthography folded and a leading ال ignored (الأردن under ا).
    sort_key = models.CharField(max_length=200, editable=False, db_index=True, default="")
    slug = models.SlugField(
        _("المعرّف في الرابط"), max_length=200, unique=True, allow_unicode=True, blank=True
    )
    # Derived, like the keys: how many published articles (public or scheduled) the listing
    # index holds for this subject, kept by `articles.listing`, so that index pages, sitemaps
    # and filters never count articles per request.
    listed_articles = models.PositiveIntegerField(default=0, editable=False)

    objects = NamedQuerySet.as_manager()

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.name = self.name.strip()
        self.name_key = normalize(self.name)
        self.sort_key = alphabetical_key(self.name)
        if not self.slug:
            # Generated once: a slug that changed with every rename would break shared links.
            self.slug = unique_slug(type(self), self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        key = normalize(self.name)
        if not key:
            raise ValidationError({"name": _("الاسم لا يمكن أن يكون فارغًا.")})
        twin = type(self).objects.filter(name_key=key).exclude(pk=self.pk).first()
        if twin:
            # «الاخبارية» and «الإخبارية» are one source: point the editor to the existing row.
            raise ValidationError(
                {"name": _("«%(name)s» موجود بالفعل بهذا الاسم أو بإملاء آخر له.") % {"name": twin}}
            )


class Source(NamedModel):
    url = models.URLField(_("الموقع"), blank=True)

    class Meta:
        verbose_name = _("مصدر")
        verbose_name_plural = _("المصادر")
        ordering = ["sort_key", "name_key"]

    def get_absolute_url(self) -> str:
        return reverse("articles:source", kwargs={"slug": self.slug})


class Author(NamedModel):
    source = models.ForeignKey(
        Source,
        verbose_name=_("المصدر"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="authors",
    )

    class Meta:
        verbose_name = _("كاتب")
        verbose_name_plural = _("الكتّاب")
        ordering = ["sort_key", "name_key"]

    def get_absolute_url(self) -> str:
        return reverse("articles:author", kwargs={"slug": self.slug})


class Tag(NamedModel):
    description = models.TextField(_("الوصف"), blank=True)

    class Meta:
        verbose_name = _("وسم")
        verbose_name_plural = _("الوسوم")
        ordering = ["sort_key", "name_key"]
        indexes = [
            # The tag index: listed tags in alphabetical order, any page of them.
            models.Index(
                fields=["sort_key", "name_key"],
                name="tag_listed_order",
                condition=models.Q(listed_articles__gt=0),
            ),
        ]

    def get_absolute_url(self) -> str:
        return reverse("articles:tag", kwargs={"slug": self.slug})


class EntityKind(models.TextChoices):
    PERSON = "person", _("شخص")
    PLACE = "place", _("مكان")
    ORGANIZATION = "organization", _("منظمة")
    EVENT = "event", _("حدث")
    OTHER = "other", _("أخرى")


class Entity(NamedModel):
    kind = models.CharField(
        _("النوع"), max_length=20, choices=EntityKind.choices, default=EntityKind.OTHER
    )
    aliases = models.JSONField(
        _("أسماء أخرى"),
        default=list,
        blank=True,
        help_text=_("صيغ أخرى للاسم يُعثر بها على الكيان في النصوص، مثل اسم العائلة وحده."),
    )
    description = models.TextField(_("الوصف"), blank=True)
    wikidata = models.CharField(
        _("معرّف ويكي بيانات"),
        max_length=20,
        blank=True,
        validators=[RegexValidator(r"^Q[1-9]\d*$", _("معرّف ويكي بيانات يبدأ بـ Q ثم أرقام."))],
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("كيان")
        verbose_name_plural = _("الكيانات")
        ordering = ["sort_key", "name_key"]
        indexes = [
            models.Index(fields=["kind", "name_key"], name="entity_kind_name"),
            # The entity index, of every kind or of one: listed entities in alphabetical order.
            models.Index(
                fields=["sort_key", "name_key"],
                name="entity_listed_order",
                condition=models.Q(listed_articles__gt=0),
            ),
            models.Index(
                fields=["kind", "sort_key", "name_key"],
                name="entity_listed_kind_order",
                condition=models.Q(listed_articles__gt=0),
            ),
        ]

    def save(self, *args, **kwargs) -> None:
        self.aliases = clean_aliases(self.aliases, exclude=self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("articles:entity", kwargs={"slug": self.slug})

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]


def clean_aliases(aliases, *, exclude: str = "") -> list[str]:
    """Stripped, non-empty aliases, one per orthographic variant, never the name itself."""
    seen = {normalize(exclude)} if exclude else set()
    result = []
    for alias in aliases or []:
        alias = str(alias).strip()
        key = normalize(alias)
        if key and key not in seen:
            seen.add(key)
            result.append(alias)
    return result


# Reading on the site an article readers cannot see (a preview) follows the newsroom's roles,
# by the permissions migration 0005 gives them, never by `is_staff` alone: drafts and
# scheduled articles need the right to change articles («محرر» and up); the trash needs the
# right the trash itself asks for (restore and purge: «رئيس تحرير»).
PREVIEW_PERMISSION = "articles.change_article"
TRASH_PERMISSION = "articles.delete_article"


def preview_rights(user) -> tuple[bool, bool]:
    """(may `user` preview drafts and scheduled articles, may they preview the trash).

    The one rule behind every preview: the article page, its share card, the admin's links.
    """
    return user.has_perm(PREVIEW_PERMISSION), user.has_perm(TRASH_PERMISSION)


def _public() -> models.Q:
    return models.Q(
        status=Article.Status.PUBLISHED, published_at__lte=timezone.now(), deleted_at__isnull=True
    )


class ArticleQuerySet(models.QuerySet):
    def previewable_by(self, user) -> ArticleQuerySet:
        """What `user` may read on the site: public articles, and those `preview_rights`
        lets them preview (a superuser: all; a reader or staff in no role: the public ones)."""
        drafts, trash = preview_rights(user)
        if drafts and trash:
            return self.all()
        if drafts:
            return self.live()
        if trash:
            return self.filter(_public() | models.Q(deleted_at__isnull=False))
        return self.published()

    def published(self) -> ArticleQuerySet:
        """What readers may see: published, its publication time has come, not in the trash."""
        return self.filter(_public())

    def live(self) -> ArticleQuerySet:
        """Every article that is not in the trash, whatever its status."""
        return self.filter(deleted_at__isnull=True)

    def trashed(self) -> ArticleQuerySet:
        return self.filter(deleted_at__isnull=False)

    def scheduled(self) -> ArticleQuerySet:
        """Published with a time still to come: public by themselves when it comes."""
        return self.live().filter(status=Article.Status.PUBLISHED, published_at__gt=timezone.now())

    def with_bylines(self) -> ArticleQuerySet:
        return self.select_related("source").prefetch_related(
            models.Prefetch(
                "bylines",
                queryset=ArticleAuthor.objects.select_related("author").order_by("position"),
            )
        )

    def newest_first(self) -> ArticleQuerySet:
        return self.order_by("-published_at", "-pk")

    def for_listing(self) -> ArticleQuerySet:
        return self.published().with_bylines().newest_first()

    def for_cards(self) -> ArticleQuerySet:
        """A listing page's rows: a card never shows the body, the bulk of each row."""
        return self.for_listing().defer("body")

    def for_detail(self) -> ArticleQuerySet:
        return self.with_bylines().prefetch_related(
            models.Prefetch("tags", queryset=Tag.objects.order_by("sort_key")),
            models.Prefetch(
                "entity_links",
                queryset=ArticleEntity.objects.visible()
                .select_related("entity")
                .order_by("-is_about", "-mentions", "entity__name_key"),
            ),
            models.Prefetch("corrections", queryset=Correction.objects.order_by("published_at")),
        )


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("مسودة")
        PUBLISHED = "published", _("منشور")

    title = models.CharField(_("العنوان"), max_length=300)
    title_key = models.CharField(max_length=300, editable=False, db_index=True)
    slug = models.SlugField(
        _("المعرّف في الرابط"), max_length=255, unique=True, allow_unicode=True, blank=True
    )
    summary = models.TextField(_("الملخص"), blank=True)
    body = models.TextField(_("النص"), help_text=_("فقرات يفصل بينها سطر فارغ."))
    authors = models.ManyToManyField(
        Author, through="articles.ArticleAuthor", verbose_name=_("الكتّاب"), related_name="articles"
    )
    source = models.ForeignKey(
        Source,
        verbose_name=_("المصدر"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="articles",
    )
    source_url = models.URLField(_("رابط المصدر"), max_length=500, blank=True)
    published_at = models.DateTimeField(_("تاريخ النشر"), null=True, blank=True)
    created_at = models.DateTimeField(_("تاريخ الإنشاء"), auto_now_add=True)
    updated_at = models.DateTimeField(_("آخر تعديل"), auto_now=True)
    status = models.CharField(
        _("الحالة"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    image = models.ImageField(_("الصورة الرئيسية"), upload_to="articles/%Y/%m/", blank=True)
    image_caption = models.CharField(_("تعليق الصورة"), max_length=300, blank=True)
    # Optimistic locking: bumped on every save; a form carries the value it was loaded with.
    version = models.PositiveIntegerField(_("رقم النسخة"), default=0, editable=False)
    deleted_at = models.DateTimeField(_("نُقل إلى سلة المحذوفات في"), null=True, blank=True)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("نقله إلى سلة المحذوفات"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    tags = models.ManyToManyField(
        Tag, verbose_name=_("الوسوم"), blank=True, related_name="articles"
    )
    entities = models.ManyToManyField(
        Entity,
        through="articles.ArticleEntity",
        verbose_name=_("الكيانات"),
        related_name="articles",
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = _("مقال")
        verbose_name_plural = _("المقالات")
        ordering = ["-published_at", "-pk"]
        permissions = [("publish_article", _("يمكنه نشر المقالات وإلغاء نشرها"))]
        indexes = [
            # The home page and every feed: newest public articles first. Out of the trash
            # too, as `published()` asks, so that a deep page reads the index alone.
            models.Index(
                fields=["-published_at", "-id"],
                name="article_public_latest",
                condition=models.Q(status="published", deleted_at__isnull=True),
            ),
            models.Index(
                fields=["source", "-published_at", "-id"],
                name="article_source_latest",
                condition=models.Q(status="published", deleted_at__isnull=True),
            ),
            # The article sitemap: public articles in the order they were added, any page.
            models.Index(
                fields=["id", "published_at"],
                name="article_public_ids",
                condition=models.Q(status="published", deleted_at__isnull=True),
            ),
            models.Index(fields=["status", "-published_at"], name="article_status_date"),
            models.Index(fields=["source_url"], name="article_source_url"),
            # The newsroom's article list: every status, newest first, without the trash.
            models.Index(
                fields=["-published_at", "-id"],
                name="article_admin_latest",
                condition=models.Q(deleted_at__isnull=True),
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["source_url"],
                condition=~models.Q(source_url=""),
                name="article_unique_source_url",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        self.title = self.title.strip()
        self.title_key = normalize(self.title)
        if not self.slug:
            self.slug = unique_slug(Article, self.title, exclude_pk=self.pk, max_length=120)
        self.version += 1
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "version"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("articles:detail", kwargs={"pk": self.pk, "slug": self.slug})

    def get_short_url(self) -> str:
        return reverse("articles:short", kwargs={"pk": self.pk})

    @property
    def is_public(self) -> bool:
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
            and self.deleted_at is None
        )

    def is_previewable_by(self, user) -> bool:
        """Whether `user` may read this article on the site (`previewable_by`, for one row)."""
        if self.is_public:
            return True
        drafts, trash = preview_rights(user)
        return trash if self.deleted_at is not None else drafts

    @property
    def is_scheduled(self) -> bool:
        """Published, with a publication time still to come: it goes public by itself."""
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at > timezone.now()
        )

    @property
    def byline(self) -> list[Author]:
        """Authors in byline order (prefetched by `with_bylines`)."""
        return [line.author for line in self.bylines.all()]

    @property
    def paragraphs(self) -> list[str]:
        return split_paragraphs(self.body)

    @property
    def standfirst(self) -> str:
        """The summary to show above the body, unless it merely repeats the body's opening."""
        summary = " ".join(self.summary.split())
        if not summary or " ".join(self.body[: len(self.summary) * 2].split()).startswith(summary):
            return ""
        return self.summary


class TrashedArticle(Article):
    """The trash as its own page in the newsroom, for chief editors (the same table)."""

    class Meta:
        proxy = True
        verbose_name = _("مقال محذوف")
        verbose_name_plural = _("سلة المحذوفات")
        default_permissions = ()  # access follows the permission to delete articles


def split_paragraphs(body: str) -> list[str]:
    """Paragraphs are separated by a blank line; single newlines inside one are soft."""
    text = body.replace("\r\n", "\n").replace("\r", "\n")
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


class ArticleAuthor(models.Model):
    article = models.ForeignKey(
        Article, verbose_name=_("المقال"), on_delete=models.CASCADE, related_name="bylines"
    )
    author = models.ForeignKey(
        Author, verbose_name=_("الكاتب"), on_delete=models.PROTECT, related_name="bylines"
    )
    position = models.PositiveSmallIntegerField(_("الترتيب"), default=0)

    class Meta:
        verbose_name = _("كاتب المقال")
        verbose_name_plural = _("كتّاب المقال")
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["article", "author"], name="byline_unique_author"),
        ]
        indexes = [models.Index(fields=["author", "article"], name="byline_author_article")]

    def __str__(self) -> str:
        return str(self.author)


class ArticleEntityQuerySet(models.QuerySet):
    def visible(self) -> ArticleEntityQuerySet:
        return self.filter(removed=False)


class ArticleEntity(models.Model):
    """An entity mentioned in an article, and who decided it.

    Automatic links follow the text on every re-link; an editor's link (`origin` =
    editor) or removal (`removed`) is kept whatever the matcher finds later.
    """

    class Origin(models.TextChoices):
        AUTO = "auto", _("تلقائي")
        EDITOR = "editor", _("المحرر")

    article = models.ForeignKey(
        Article, verbose_name=_("المقال"), on_delete=models.CASCADE, related_name="entity_links"
    )
    entity = models.ForeignKey(
        Entity, verbose_name=_("الكيان"), on_delete=models.CASCADE, related_name="article_links"
    )
    origin = models.CharField(
        _("المصدر"), max_length=10, choices=Origin.choices, default=Origin.AUTO
    )
    removed = models.BooleanField(
        _("أزاله المحرر"),
        default=False,
        help_text=_("لا يظهر الكيان مع المقال مهما وجده الربط التلقائي في النص."),
    )
    mentions = models.PositiveIntegerField(_("مرات الذكر"), default=0)
    is_about = models.BooleanField(
        _("موضوع المقال"),
        default=False,
        help_text=_("المقال عن هذا الكيان، لا مجرد ذكر له: يظهر أولًا في صفحة الكيان."),
    )
    # Where the first mention sits in the body, so the article page can link it
    # without running the matcher per request. Null when the body never names it.
    first_start = models.PositiveIntegerField(null=True, blank=True, editable=False)
    first_end = models.PositiveIntegerField(null=True, blank=True, editable=False)

    objects = ArticleEntityQuerySet.as_manager()

    class Meta:
        verbose_name = _("كيان في المقال")
        verbose_name_plural = _("الكيانات في المقال")
        constraints = [
            models.UniqueConstraint(fields=["article", "entity"], name="link_unique_entity"),
        ]
        indexes = [
            models.Index(
                fields=["entity", "article"],
                name="link_entity_visible",
                condition=models.Q(removed=False),
            ),
            # The few articles an editor pinned as being about an entity, listed first.
            models.Index(
                fields=["entity", "article"],
                name="link_entity_about",
                condition=models.Q(is_about=True, removed=False),
            ),
        ]

    def __str__(self) -> str:
        return str(self.entity)


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


class ArticleHistory(HistoricalRecords):
    """The recorder of article revisions, kept so that one editorial save (fields,
    bylines, tags and entity decisions) is recorded once, after all of it is written."""

    recorder: HistoricalRecords | None = None

    def finalize(self, sender, **kwargs) -> None:
        ArticleHistory.recorder = self
        super().finalize(sender, **kwargs)


# Registered here rather than in the class body: the revisions keep the byline and entity
# rows too, and simple-history needs those through models defined first.
simple_history.register(
    Article,
    records_class=ArticleHistory,
    verbose_name=_("نسخة من مقال"),
    verbose_name_plural=_("نسخ المقالات"),
    excluded_fields=["title_key"],
    m2m_fields=["tags", "authors", "entities"],
    cascade_delete_history=True,
    user_related_name="+",
)

# Models of this app kept in their own modules, beside the code that uses them.
from .corrections import Correction  # noqa: E402
from .navigation import SiteSections  # noqa: E402, F401
from .renderer import RenderEpoch  # noqa: E402, F401
from .storedcards import StoredCard  # noqa: E402, F401
from .storedpages import StoredPage  # noqa: E402, F401
from .storedpanels import StoredPanels  # noqa: E402, F401

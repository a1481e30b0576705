"""Articles, their bylines and entity links, corrections, and the revisions kept of them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, ClassVar

import simple_history
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from ..text.normalize import normalize
from ..text.plaintext import stored_text
from . import paths
from .names import Author, Entity, Source, Tag
from .slugs import unique_slug

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


class ArticleQuerySet(models.QuerySet["Article"]):
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
    # When readers last saw the article's words change after it was public (its title,
    # summary or body, or a correction): shown as «حُدِّث في». Never set by publishing,
    # unpublishing or a change of metadata (tags, date, source).
    revised_at = models.DateTimeField(_("حُدِّث في"), null=True, blank=True, editable=False)
    status = models.CharField(
        _("الحالة"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    image = models.ImageField(_("الصورة الرئيسية"), upload_to="articles/%Y/%m/", blank=True)
    image_caption = models.CharField(_("تعليق الصورة"), max_length=300, blank=True)
    image_alt = models.CharField(
        _("وصف الصورة لمن لا يراها"),
        max_length=300,
        blank=True,
        help_text=_(
            "مطلوب مع كل صورة: ما في الصورة بجملة قصيرة، لقارئ الشاشة ولمن لا تظهر له الصورة."
        ),
    )
    image_credit = models.CharField(
        _("مصدر الصورة"),
        max_length=200,
        blank=True,
        help_text=_("المصوّر أو الوكالة، مثل: رويترز."),
    )
    # Derived from `image` when it is saved (articles/images/variants.py, through
    # articles/changes.py): the sizes and formats readers are served, as storage names.
    image_variants = models.JSONField(default=dict, blank=True, editable=False)
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

    # Set by django-simple-history (register() below) and by `revisions`, which records a
    # revision by hand once a save and its relations are all written.
    history: ClassVar[Any]
    skip_history_when_saving: bool
    _history_user: Any
    _history_date: datetime
    _change_reason: str
    # The fields `revises_public_text` compares with, as last loaded or saved.
    _as_loaded: dict[str, Any]

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
        # One form for stored text, whether it came from a browser (CRLF) or a file.
        self.body = stored_text(self.body)
        self.summary = stored_text(self.summary)
        self.image_caption = stored_text(self.image_caption)
        self.image_alt = " ".join(self.image_alt.split())
        self.image_credit = " ".join(self.image_credit.split())
        self.title_key = normalize(self.title)
        if not self.slug:
            self.slug = unique_slug(Article, self.title, exclude_pk=self.pk, max_length=120)
        extra = {"version"}
        update_fields = kwargs.get("update_fields")
        if self.revises_public_text(None if update_fields is None else set(update_fields)):
            self.revised_at = timezone.now()
            extra.add("revised_at")
        if self.dates_itself_on_publishing():
            # Published with no date would be a page nobody can read (public means
            # `published_at <= now`): every way of publishing dates it now.
            self.published_at = timezone.now()
            extra.add("published_at")
        self.version += 1
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], *extra}
        super().save(*args, **kwargs)
        self._as_loaded = self._visible_state()  # the next save compares with this one

    def get_absolute_url(self) -> str:
        return paths.path("articles:detail", pk=self.pk, slug=self.slug)

    @classmethod
    def from_db(cls, db, field_names, values, *args, **kwargs):
        article = super().from_db(db, field_names, values, *args, **kwargs)
        article._as_loaded = article._visible_state()
        return article

    def _visible_state(self) -> dict[str, Any]:
        """What decides whether a save revises the text readers saw (the loaded fields)."""
        loaded = self.__dict__
        return {name: loaded[name] for name in (*REVISED_FIELDS, *PUBLIC_FIELDS) if name in loaded}

    def revises_public_text(self, update_fields: set[str] | None = None) -> bool:
        """Whether saving now changes the words of an article that readers could already
        read (loaded public, and its title, summary or body differ from what was loaded).
        The first publication, and saves of the state or metadata alone, revise nothing."""
        loaded: dict[str, Any] = getattr(self, "_as_loaded", {})
        if not all(name in loaded for name in PUBLIC_FIELDS):
            return False  # a new article, or one read without its state
        was_public = (
            loaded["status"] == self.Status.PUBLISHED
            and loaded["published_at"] is not None
            and loaded["published_at"] <= timezone.now()
            and loaded["deleted_at"] is None
        )
        fields = REVISED_FIELDS if update_fields is None else set(REVISED_FIELDS) & update_fields
        return was_public and any(
            name in loaded and loaded[name] != getattr(self, name) for name in fields
        )

    def dates_itself_on_publishing(self) -> bool:
        """Whether the next save publishes this article without a date (it is dated now)."""
        return self.status == self.Status.PUBLISHED and self.published_at is None

    def get_short_url(self) -> str:
        return paths.path("articles:short", pk=self.pk)

    def set_byline(self, authors: Iterable[Author]) -> None:
        """The article's authors, in byline order (each once)."""
        unique = list(dict.fromkeys(authors))
        self.bylines.exclude(author__in=unique).delete()
        for position, author in enumerate(unique):
            ArticleAuthor.objects.update_or_create(
                article=self, author=author, defaults={"position": position}
            )

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


# The words a reader reads: a change to one of them after publication is a revision.
REVISED_FIELDS = ("title", "summary", "body")
# Whether readers could read the article when it was loaded.
PUBLIC_FIELDS = ("status", "published_at", "deleted_at")


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


class ArticleEntityQuerySet(models.QuerySet["ArticleEntity"]):
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


class LinkDecision(models.Model):
    """An editor's decision about an automatic link, kept as evidence for later articles.

    One row per form of the entity the matcher read in the article and the word before it
    («صور» after «عرض»): removing the link there says that form reads as a common word in
    that context; confirming it says it names the entity (`linking.learned`).
    """

    class Decision(models.TextChoices):
        REMOVED = "removed", _("أزيل")
        CONFIRMED = "confirmed", _("أُكّد")

    entity = models.ForeignKey(
        Entity, verbose_name=_("الكيان"), on_delete=models.CASCADE, related_name="decisions"
    )
    article = models.ForeignKey(
        Article,
        verbose_name=_("المقال"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    form = models.CharField(_("الصيغة"), max_length=200)  # normalised, as the matcher keys it
    before = models.CharField(_("الكلمة السابقة"), max_length=200, blank=True)
    decision = models.CharField(_("القرار"), max_length=10, choices=Decision.choices)
    decided_at = models.DateTimeField(_("التاريخ"), default=timezone.now)

    class Meta:
        verbose_name = _("قرار ربط")
        verbose_name_plural = _("قرارات الربط")
        ordering = ["-decided_at"]

    def __str__(self) -> str:
        return f"{self.form} → {self.entity_id}: {self.decision}"


class Correction(models.Model):
    article = models.ForeignKey(
        "articles.Article",
        verbose_name=_("المقال"),
        on_delete=models.CASCADE,
        related_name="corrections",
    )
    note = models.TextField(
        _("نص التصحيح"),
        help_text=_("يظهر للقراء أسفل المقال مع تاريخه، مثل: «صُحّح اسم المتحدث في الفقرة الثالثة»."),
    )
    published_at = models.DateTimeField(_("تاريخ التصحيح"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("كتبه"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

    class Meta:
        verbose_name = _("تصحيح")
        verbose_name_plural = _("التصحيحات")
        ordering = ["published_at", "pk"]
        indexes = [models.Index(fields=["article", "published_at"], name="correction_article_date")]

    def __str__(self) -> str:
        return self.note[:80]

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)
        # A correction changes what the article says: its modified date moves with it
        # (without a new version: nobody's open form of the article is made stale), and a
        # public article reads «حُدِّث» from now on.
        now = timezone.now()
        public = models.Q(
            status=Article.Status.PUBLISHED, published_at__lte=now, deleted_at__isnull=True
        )
        Article.objects.filter(pk=self.article_id).update(
            updated_at=now,
            revised_at=models.Case(
                models.When(public, then=models.Value(now)), default=models.F("revised_at")
            ),
        )


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
    excluded_fields=["title_key", "image_variants"],
    m2m_fields=["tags", "authors", "entities"],
    cascade_delete_history=True,
    user_related_name="+",
)

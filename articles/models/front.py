"""The front page's editorial choices: its sections, in order, and a pinned lead story.

Both are optional. With no section chosen, the front page (and the header) shows the tags
of the most recent articles (`articles.frontpage`); with no pin current, the lead story is
the latest article. Only these choices are stored here: the front page built from them is
derived data (`articles.stored.front`).
"""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .articles import Article
from .names import Tag

MAX_STORIES = 12  # per section: a section block is a glance, the tag's page has the rest


class FrontPageSectionQuerySet(models.QuerySet["FrontPageSection"]):
    def shown(self) -> FrontPageSectionQuerySet:
        """The active sections, in the editors' order, with their tags."""
        return self.filter(active=True).select_related("tag").order_by("order", "pk")


class FrontPageSection(models.Model):
    tag = models.OneToOneField(
        Tag,
        verbose_name=_("الوسم"),
        on_delete=models.CASCADE,
        related_name="front_page_section",
        help_text=_("تظهر آخر أخبار هذا الوسم في قسم باسمه، وفي شريط الأقسام أعلى كل صفحة."),
    )
    order = models.PositiveSmallIntegerField(
        _("الترتيب"), default=0, help_text=_("الأصغر يظهر أولًا.")
    )
    stories = models.PositiveSmallIntegerField(
        _("عدد الأخبار"),
        default=4,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_STORIES)],
    )
    active = models.BooleanField(_("ظاهر"), default=True)

    objects = FrontPageSectionQuerySet.as_manager()

    class Meta:
        verbose_name = _("قسم في الصفحة الرئيسية")
        verbose_name_plural = _("أقسام الصفحة الرئيسية")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.tag.name


class LeadStoryQuerySet(models.QuerySet["LeadStory"]):
    def current(self, now=None) -> LeadStoryQuerySet:
        """Pins in force at `now` whose article readers can see: the latest pin wins."""
        now = now or timezone.now()
        return (
            self.filter(
                models.Q(expires_at__isnull=True) | models.Q(expires_at__gt=now),
                pinned_at__lte=now,
                article__status=Article.Status.PUBLISHED,
                article__published_at__lte=now,
                article__deleted_at__isnull=True,
            )
            .select_related("article")
            .order_by("-pinned_at", "-pk")
        )

    def next_change(self, now) -> datetime | None:
        """The next time a pin starts or ends after `now`: the lead may change then."""
        found = self.filter(models.Q(pinned_at__gt=now) | models.Q(expires_at__gt=now)).aggregate(
            start=models.Min("pinned_at", filter=models.Q(pinned_at__gt=now)),
            end=models.Min("expires_at", filter=models.Q(expires_at__gt=now)),
        )
        return min((when for when in found.values() if when is not None), default=None)


class LeadStory(models.Model):
    """A chief editor's choice of the front page's lead story, until it expires."""

    article = models.ForeignKey(
        Article,
        verbose_name=_("المقال"),
        on_delete=models.CASCADE,
        related_name="lead_pins",
    )
    pinned_at = models.DateTimeField(_("يبدأ في"), default=timezone.now)
    expires_at = models.DateTimeField(
        _("ينتهي في"),
        null=True,
        blank=True,
        help_text=_("بعده يعود الخبر الرئيسي إلى أحدث خبر. اتركه فارغًا ليبقى حتى تغيّره."),
    )
    pinned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("اختاره"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

    objects = LeadStoryQuerySet.as_manager()

    class Meta:
        verbose_name = _("خبر رئيسي مثبّت")
        verbose_name_plural = _("الخبر الرئيسي")
        ordering = ["-pinned_at", "-pk"]
        indexes = [models.Index(fields=["-pinned_at", "-id"], name="lead_latest")]

    def __str__(self) -> str:
        return str(self.article)

    def clean(self) -> None:
        super().clean()
        if self.expires_at is not None and self.expires_at <= self.pinned_at:
            raise ValidationError({"expires_at": _("وقت الانتهاء يجب أن يأتي بعد وقت البدء.")})
        article = Article.objects.filter(pk=self.article_id).first() if self.article_id else None
        if article is not None and (
            article.status != Article.Status.PUBLISHED or article.deleted_at is not None
        ):
            raise ValidationError({"article": _("اختر مقالًا منشورًا: المسودة لا يراها القراء.")})

"""Corrections: dated public notes an editor attaches to a published article.

A model of the `articles` app, kept in its own module (imported by models.py).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


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
        # (without a new version: nobody's open form of the article is made stale).
        self._meta.get_field("article").related_model.objects.filter(pk=self.article_id).update(
            updated_at=timezone.now()
        )

"""The article form's lists: entities to review, entities to add, public corrections."""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.db import models
from django.db.models import F
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from ..models import ArticleEntity, Correction
from .forms import EntityAddForm, EntityReviewForm


class EntityReviewInline(admin.TabularInline):
    """The entities found in the text, most mentioned first, for the editor to review."""

    model = ArticleEntity
    form = EntityReviewForm
    extra = 0
    can_delete = False  # removing is a decision kept against re-linking: the «أُزيل» box
    fields = ("entity_name", "kind", "mentions", "origin_label", "is_about", "confirmed", "removed")
    readonly_fields = ("entity_name", "kind", "mentions", "origin_label")
    verbose_name = _("كيان")
    verbose_name_plural = _("الكيانات في المقال: راجعها")

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("entity")
            .order_by("removed", F("is_about").desc(), "-mentions", "entity__name_key")
        )

    def has_add_permission(self, request, obj=None) -> bool:
        return False  # new entities come through the «أضف كيانًا» list below

    @admin.display(description=_("الكيان"))
    def entity_name(self, link: ArticleEntity) -> str:
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>',
            link.entity.get_absolute_url(),
            link.entity.name,
        )

    @admin.display(description=_("النوع"))
    def kind(self, link: ArticleEntity) -> str:
        return link.entity.get_kind_display()

    @admin.display(description=_("وجده"))
    def origin_label(self, link: ArticleEntity) -> str:
        return link.get_origin_display()


class EntityAddInline(admin.TabularInline):
    """Entities the matcher did not find, added by the editor through autocomplete."""

    model = ArticleEntity
    form = EntityAddForm
    extra = 1
    can_delete = False
    fields = ("entity", "is_about")
    autocomplete_fields = ("entity",)
    verbose_name = _("كيان يضيفه المحرر")
    verbose_name_plural = _("أضف كيانًا لم يُعثر عليه")

    def get_queryset(self, request):
        return super().get_queryset(request).none()


class CorrectionInline(admin.StackedInline):
    """Dated public notes shown under a published article."""

    model = Correction
    extra = 0
    fields = ("note", "published_at")
    formfield_overrides = {
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 3, "dir": "auto"})}
    }
    verbose_name = _("تصحيح منشور")
    verbose_name_plural = _("التصحيحات المنشورة للقراء")

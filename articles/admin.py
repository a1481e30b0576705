"""The newsroom: editors add and correct articles here, in Arabic, right-to-left."""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from . import derived, linking
from .arabic import normalize
from .models import Article, ArticleAuthor, ArticleEntity, Author, Entity, Source, Tag
from .pagecache import InvalidatesPages


class NormalizedSearchMixin:
    """Admin search that ignores hamza, taa marbuta, alef maqsura, tashkeel and tatweel.

    The term is normalised like the stored `*_key` columns, so «احمد» finds «أحمد».
    """

    normalized_search_fields: tuple[str, ...] = ("name_key",)

    def get_search_results(self, request, queryset, search_term):
        term = normalize(search_term)
        if not term:
            return queryset, False
        condition = Q()
        for word in term.split():
            word_condition = Q()
            for field in self.normalized_search_fields:
                word_condition |= Q(**{f"{field}__contains": word})
            condition &= word_condition
        return queryset.filter(condition), False


class DirAutoMixin:
    """Text inputs get `dir="auto"` so Arabic and Latin each read in their own direction."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None and isinstance(field.widget, (forms.TextInput, forms.Textarea)):
            field.widget.attrs.setdefault("dir", "auto")
        return field


class NamedAdmin(InvalidatesPages, DirAutoMixin, NormalizedSearchMixin, admin.ModelAdmin):
    search_fields = ("name",)  # enables the search box; the lookup is normalised above
    ordering = ("name_key",)

    def get_queryset(self, request):
        return (
            super().get_queryset(request).annotate(article_total=Count("articles", distinct=True))
        )

    @admin.display(description=_("عدد المقالات"), ordering="article_total")
    def article_count(self, obj) -> int:
        return obj.article_total


@admin.register(Source)
class SourceAdmin(NamedAdmin):
    list_display = ("name", "slug", "url", "article_count")


@admin.register(Author)
class AuthorAdmin(NamedAdmin):
    list_display = ("name", "source", "article_count")
    list_filter = ("source",)
    list_select_related = ("source",)
    autocomplete_fields = ("source",)

    def get_queryset(self, request):
        return (
            admin.ModelAdmin.get_queryset(self, request)
            .select_related("source")
            .annotate(article_total=Count("bylines", distinct=True))
        )


@admin.register(Tag)
class TagAdmin(NamedAdmin):
    list_display = ("name", "slug", "article_count")


class AliasesField(forms.CharField):
    """Aliases edited one per line rather than as raw JSON."""

    widget = forms.Textarea(attrs={"rows": 4, "dir": "auto"})

    def prepare_value(self, value):
        if isinstance(value, list):
            return "\n".join(value)
        return value

    def to_python(self, value):
        text = super().to_python(value) or ""
        return [line.strip() for line in text.splitlines() if line.strip()]


class EntityForm(forms.ModelForm):
    aliases = AliasesField(
        label=_("أسماء أخرى"),
        required=False,
        help_text=_("اسم في كل سطر: اسم العائلة وحده، أو صيغة إملائية أخرى، أو الاسم اللاتيني."),
    )

    class Meta:
        model = Entity
        fields = ("name", "kind", "aliases", "description", "wikidata", "slug")


@admin.register(Entity)
class EntityAdmin(NamedAdmin):
    form = EntityForm
    list_display = ("name", "kind", "alias_list", "wikidata", "article_count")
    list_filter = ("kind",)

    def get_queryset(self, request):
        return admin.ModelAdmin.get_queryset(self, request).annotate(
            article_total=Count("article_links", filter=Q(article_links__removed=False))
        )

    @admin.display(description=_("أسماء أخرى"))
    def alias_list(self, obj: Entity) -> str:
        return "، ".join(obj.aliases)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if not change or {"name", "aliases"} & set(form.changed_data):
            linking.relink_for_entities([obj.pk])


class BylineInline(admin.TabularInline):
    model = ArticleAuthor
    extra = 1
    autocomplete_fields = ("author",)
    verbose_name = _("كاتب")
    verbose_name_plural = _("الكتّاب (بترتيب التوقيع)")


class EntityLinkInline(admin.TabularInline):
    model = ArticleEntity
    extra = 1
    autocomplete_fields = ("entity",)
    fields = ("entity", "origin", "removed", "mentions")
    readonly_fields = ("mentions",)
    verbose_name = _("كيان")
    verbose_name_plural = _("الكيانات المذكورة")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("entity")


@admin.register(Article)
class ArticleAdmin(InvalidatesPages, DirAutoMixin, NormalizedSearchMixin, admin.ModelAdmin):
    normalized_search_fields = ("title_key",)
    search_fields = ("title",)
    list_display = ("title", "status", "source", "published_at", "updated_at")
    list_filter = ("status", "source", "tags", "published_at")
    list_select_related = ("source",)
    date_hierarchy = "published_at"
    autocomplete_fields = ("source", "tags")
    inlines = (BylineInline, EntityLinkInline)
    readonly_fields = ("created_at", "updated_at")
    fieldsets = (
        (None, {"fields": ("title", "summary", "body")}),
        (_("النشر"), {"fields": ("status", "published_at", "source", "source_url", "slug")}),
        (_("الصورة"), {"fields": ("image", "image_caption")}),
        (_("التصنيف"), {"fields": ("tags",)}),
        (_("السجل"), {"fields": ("created_at", "updated_at"), "classes": ("collapse",)}),
    )

    def save_formset(self, request, form, formset, change):
        if formset.model is not ArticleEntity:
            return super().save_formset(request, form, formset, change)
        # Whatever an editor touches in this list is the editor's decision, and a deleted
        # row becomes a removal that the next automatic re-link respects.
        for link in formset.save(commit=False):
            link.origin = ArticleEntity.Origin.EDITOR
            link.save()
        for link in formset.deleted_objects:
            link.origin = ArticleEntity.Origin.EDITOR
            link.removed = True
            link.save()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        derived.refresh_derived(form.instance)

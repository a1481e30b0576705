"""The newsroom: editors add and correct articles here, in Arabic, right-to-left."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.db.models import Count, Q
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from . import changes, linking
from .display import long_datetime
from .images.pictures import picture
from .models import Article, ArticleAuthor, ArticleEntity, Author, Correction, Entity, Source, Tag
from .newsroom import decisions, front, trash  # noqa: F401  (register their admin pages)
from .newsroom.actions import WorkflowMixin
from .newsroom.bases import BaseModelAdminMixin, ModelAdminMixin
from .newsroom.forms import ArticleAdminForm
from .newsroom.history import RevisionsMixin
from .newsroom.inlines import CorrectionInline, EntityAddInline, EntityReviewInline
from .newsroom.notes import change_form_notes
from .newsroom.paste import PasteImportMixin
from .text.normalize import normalize


class NormalizedSearchMixin(ModelAdminMixin):
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


DIR_AUTO_WIDGETS = (forms.TextInput, forms.Textarea, forms.URLInput, forms.EmailInput)


class DirAutoMixin(BaseModelAdminMixin):
    """Text inputs get `dir="auto"` so Arabic and Latin each read in their own direction."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None and isinstance(field.widget, DIR_AUTO_WIDGETS):
            field.widget.attrs.setdefault("dir", "auto")
        return field


class InvalidatesPages(ModelAdminMixin):
    """For ModelAdmins: every save or delete an editor makes reaches readers at once."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        changes.content_changed()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        changes.content_changed()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        changes.content_changed()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        changes.content_changed()


class NamedAdmin(InvalidatesPages, DirAutoMixin, NormalizedSearchMixin, admin.ModelAdmin):
    search_fields = ("name",)  # enables the search box; the lookup is normalised above
    ordering = ("sort_key", "name_key")

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
            changes.entities_changed([obj.pk])

    def response_add(self, request, obj, post_url_continue=None):
        # Created from a suggestion on an article's form: link it there and go back.
        article_id = request.GET.get("article")
        article = Article.objects.filter(pk=article_id).first() if article_id else None
        if article is None or "_popup" in request.POST:
            return super().response_add(request, obj, post_url_continue)
        changes.article_saved(article)
        found = article.entity_links.filter(entity=obj, removed=False).exists()
        message = (
            gettext("أُنشئ الكيان «%(name)s» ورُبط بالمقال.")
            if found
            else gettext("أُنشئ الكيان «%(name)s»، لكن الربط التلقائي لم يجده في نص المقال.")
        )
        self.message_user(
            request,
            message % {"name": obj.name},
            messages.SUCCESS if found else messages.WARNING,
        )
        return HttpResponseRedirect(reverse("admin:articles_article_change", args=[article.pk]))


class BylineInline(DirAutoMixin, admin.TabularInline):
    model = ArticleAuthor
    extra = 1
    autocomplete_fields = ("author",)
    verbose_name = _("كاتب")
    verbose_name_plural = _("الكتّاب (بترتيب التوقيع)")


@admin.register(Article)
class ArticleAdmin(
    InvalidatesPages,
    RevisionsMixin,
    PasteImportMixin,
    WorkflowMixin,
    DirAutoMixin,
    NormalizedSearchMixin,
    admin.ModelAdmin,
):
    form = ArticleAdminForm
    normalized_search_fields = ("title_key",)
    search_fields = ("title",)
    # Then «على الموقع», a link that depends on the user (WorkflowMixin.get_list_display).
    # Few columns that wrap, so the table fits beside the filters at 1280 px.
    list_display = ("title", "state", "source_name", "published")
    list_filter = ("status", "source", "tags", "published_at")
    list_select_related = ("source",)
    date_hierarchy = "published_at"
    autocomplete_fields = ("source", "tags")
    inlines = (BylineInline, EntityReviewInline, EntityAddInline, CorrectionInline)
    actions = ("publish_selected", "unpublish_selected", "trash_selected")
    readonly_fields = ("created_at", "updated_at", "image_preview")
    fieldsets = (
        (None, {"fields": ("title", "summary", "body", "loaded_version")}),
        (_("النشر"), {"fields": ("status", "published_at", "source", "source_url", "slug")}),
        (
            _("الصورة الرئيسية"),
            {"fields": ("image", "image_preview", "image_alt", "image_caption", "image_credit")},
        ),
        (_("التصنيف"), {"fields": ("tags",)}),
        (_("السجل"), {"fields": ("created_at", "updated_at"), "classes": ("collapse",)}),
    )

    class Media:
        css = {"all": ("css/newsroom.css",)}

    @admin.display(description=_("كما يراها القراء"))
    def image_preview(self, article: Article) -> str:
        # The variant a listing shows: what the description (alt text) must describe.
        # Not an upload the form refused: it was never stored.
        stored = article.pk and article.image and getattr(article.image, "_committed", False)
        shown = picture(article, "card") if stored else None
        if shown is None:
            return "-"
        return format_html(
            '<img src="{}" width="{}" height="{}" alt="" class="image-preview">',
            shown.src,
            240,
            round(240 * shown.height / shown.width),
        )

    @admin.display(description=_("المصدر"), ordering="source__sort_key")
    def source_name(self, article: Article) -> str:
        # A method column wraps; Django keeps a foreign key's column on one line ("nowrap").
        return article.source.name if article.source else "-"

    @admin.display(description=_("تاريخ النشر"), ordering="published_at")
    def published(self, article: Article) -> str:
        if article.published_at is None:
            return "-"
        return format_html(
            '<time class="list-date" datetime="{}">{}</time>',
            article.published_at.isoformat(),
            long_datetime(article.published_at),
        )

    def get_inline_instances(self, request, obj=None):
        # Corrections are public notes on a published article; a draft is simply edited.
        return [
            inline
            for inline in super().get_inline_instances(request, obj)
            if not isinstance(inline, CorrectionInline)
            or (obj is not None and obj.status == Article.Status.PUBLISHED)
        ]

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context.update(change_form_notes(obj, request.user))
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_formset(self, request, form, formset, change):
        if formset.model is Correction:
            for correction in formset.save(commit=False):
                if correction.created_by_id is None:
                    correction.created_by = request.user
                correction.save()
            return None
        if formset.model is not ArticleEntity:
            return super().save_formset(request, form, formset, change)
        # The review rows set their own origin (see EntityReviewForm); a deleted row,
        # should one be posted, becomes a removal that the next re-link respects.
        removed, confirmed = _decisions(formset)
        formset.save()
        for link in formset.deleted_objects:
            link.origin = ArticleEntity.Origin.EDITOR
            link.removed = True
            link.save()
            removed.add(link.entity_id)
        # Kept as evidence for linking later articles (`linking.learned`).
        linking.record_decisions(form.instance, removed=removed, confirmed=confirmed - removed)
        return None


def _decisions(formset) -> tuple[set[int], set[int]]:
    """Entities whose link the editor removed, and those confirmed or added, in this post."""
    removed: set[int] = set()
    confirmed: set[int] = set()
    for row in formset.forms:
        data = getattr(row, "cleaned_data", None) or {}
        if not row.has_changed() or not data:
            continue
        entity_id = data["entity"].pk if "entity" in data else row.instance.entity_id
        if entity_id is None:
            continue
        if data.get("removed") and "removed" in row.changed_data:
            removed.add(entity_id)
        elif "entity" in row.changed_data or (
            data.get("confirmed") and "confirmed" in row.changed_data
        ):
            confirmed.add(entity_id)
    return removed, confirmed

"""The front page in the newsroom: the sections editors arrange, the lead a chief editor pins.

Every save and delete goes through `changes.front_page_changed`, so readers' front page and
header follow at once. Who may do what is the roles' permissions (migration 0014): both
roles arrange the sections; only chief editors pin the lead story.
"""

from __future__ import annotations

from django.contrib import admin
from django.db.models import Subquery
from django.utils.translation import gettext_lazy as _

from .. import changes
from ..models import FrontPageSection, LeadStory
from .bases import ModelAdminMixin


class ChangesTheFrontPage(ModelAdminMixin):
    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        changes.front_page_changed()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        changes.front_page_changed()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        changes.front_page_changed()


@admin.register(FrontPageSection)
class FrontPageSectionAdmin(ChangesTheFrontPage, admin.ModelAdmin):
    list_display = ("tag", "order", "stories", "active")
    list_display_links = ("tag",)
    # Arranged from the list itself: the order, how many stories and whether it shows.
    list_editable = ("order", "stories", "active")
    list_select_related = ("tag",)
    autocomplete_fields = ("tag",)
    ordering = ("order", "pk")

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "subtitle": _(
                "تظهر الأقسام الظاهرة بهذا الترتيب في الصفحة الرئيسية وفي شريط الأقسام. "
                "إن لم يكن بينها قسم ظاهر، تعرض الصفحة الوسوم الأكثر ورودًا في آخر الأخبار."
            ),
        }
        return super().changelist_view(request, extra_context)


@admin.register(LeadStory)
class LeadStoryAdmin(ChangesTheFrontPage, admin.ModelAdmin):
    list_display = ("article", "pinned_at", "expires_at", "pinned_by", "in_force")
    list_select_related = ("article", "pinned_by")
    autocomplete_fields = ("article",)
    fields = ("article", "pinned_at", "expires_at")

    def get_queryset(self, request):
        current = LeadStory.objects.current().values("pk")[:1]
        return super().get_queryset(request).annotate(current_pk=Subquery(current))

    @admin.display(description=_("الخبر الرئيسي الآن"), boolean=True)
    def in_force(self, pin: LeadStory) -> bool:
        return pin.pk == getattr(pin, "current_pk", None)

    def save_model(self, request, obj, form, change):
        if obj.pinned_by_id is None:
            obj.pinned_by = request.user
        super().save_model(request, obj, form, change)

"""The trash: deleted articles, for chief editors to restore or purge for good."""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.options import ActionLocation
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .. import workflow
from ..models import TrashedArticle
from .actions import report

DELETE_PERMISSION = "articles.delete_article"


@admin.register(TrashedArticle)
class TrashedArticleAdmin(admin.ModelAdmin):
    list_display = ("title", "source", "status", "deleted_at", "deleted_by")
    list_select_related = ("source", "deleted_by")
    ordering = ("-deleted_at",)
    actions = ("restore_selected", "purge_selected")
    show_full_result_count = False
    search_fields = ("title",)

    def get_queryset(self, request):
        # The default manager's ArticleQuerySet (django-stubs says a plain QuerySet).
        return super().get_queryset(request).trashed()  # type: ignore[attr-defined]

    # Whoever may delete articles may see, restore and purge what was deleted.
    def has_view_permission(self, request, obj=None) -> bool:
        return request.user.has_perm(DELETE_PERMISSION)

    def has_delete_permission(self, request, obj=None) -> bool:
        return request.user.has_perm(DELETE_PERMISSION)

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def get_actions(self, request, action_location=ActionLocation.CHANGE_LIST):
        actions = super().get_actions(request, action_location=action_location)
        actions.pop("delete_selected", None)  # «purge» says what it does
        return actions

    @admin.action(description=gettext_lazy("استعادة المقالات المحددة"), permissions=["delete"])
    def restore_selected(self, request, queryset):
        done = workflow.restore_from_trash(queryset, request.user)
        report(self, request, done, _("استُعيدت من سلة المحذوفات"))

    @admin.action(
        description=gettext_lazy("حذف المقالات المحددة نهائيًا (لا يمكن التراجع)"),
        permissions=["delete"],
    )
    def purge_selected(self, request, queryset):
        if request.POST.get("confirmed") != "yes":
            # Irreversible: ask first, listing what would go.
            context = {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "title": _("حذف نهائي"),
                "articles": queryset,
                "action_checkbox_name": ACTION_CHECKBOX_NAME,
            }
            return TemplateResponse(
                request, "admin/articles/trashedarticle/purge_confirmation.html", context
            )
        done = workflow.purge(queryset)
        report(self, request, done, _("حُذفت نهائيًا مع سجل نسخها"), messages.WARNING)

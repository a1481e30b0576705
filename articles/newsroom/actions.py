"""The article list and form as a desk uses them: states, publishing rights, the trash."""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin.options import ActionLocation
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .. import workflow
from ..display import long_datetime
from ..models import Article
from .bases import ModelAdminMixin
from .paging import paginator_for

PUBLISH_PERMISSION = "articles.publish_article"


def report(model_admin, request, count: int, what: str, level=messages.SUCCESS) -> None:
    """«عدد المقالات التي نُشرت: 3.» after a bulk action."""
    model_admin.message_user(
        request, _("عدد المقالات التي %(what)s: %(count)d.") % {"what": what, "count": count}, level
    )


def site_link_column(user):
    """The list's «على الموقع» column for `user`: the public page, or a preview when their
    role allows one (`Article.is_previewable_by`); nothing that would only answer 404."""

    @admin.display(description=gettext_lazy("على الموقع"))
    def site_link(article: Article) -> str | None:
        if not article.is_previewable_by(user):
            return None
        label = _("عرض") if article.is_public else _("معاينة")
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>', article.get_absolute_url(), label
        )

    return site_link


class WorkflowMixin(ModelAdminMixin):
    """For ArticleAdmin: draft/scheduled/published, who may publish, delete to the trash."""

    show_full_result_count = False  # no second COUNT(*) over the whole table per page

    def get_paginator(self, request, queryset, per_page, orphans=0, allow_empty_first_page=True):
        return paginator_for(
            request,
            queryset,
            per_page,
            orphans=orphans,
            allow_empty_first_page=allow_empty_first_page,
        )

    def get_queryset(self, request):
        # The trash has its own page (TrashedArticleAdmin); nothing else lists it.
        # The default manager's ArticleQuerySet (django-stubs says a plain QuerySet).
        return super().get_queryset(request).live()  # type: ignore[attr-defined]

    # --- Publishing rights ------------------------------------------------------------

    def has_publish_permission(self, request) -> bool:
        return request.user.has_perm(PUBLISH_PERMISSION)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not self.has_publish_permission(request):
            # An editor writes; publishing (or moving a live article's date) is the chief's.
            fields.append("status")
            if obj is not None and obj.status == Article.Status.PUBLISHED:
                fields.append("published_at")
        return fields

    def save_model(self, request, obj, form, change):
        undated = obj.dates_itself_on_publishing()
        super().save_model(request, obj, form, change)
        if undated:
            # The model dated it (Article.save); the editor should know which date it got.
            self.message_user(
                request,
                _(
                    "لم يكن للمقال تاريخ نشر، فأُرِّخ بوقت النشر: %(when)s. "
                    "غيّر التاريخ من حقل «تاريخ النشر» إن أردت غيره."
                )
                % {"when": long_datetime(obj.published_at)},
                messages.INFO,
            )

    # --- Columns ----------------------------------------------------------------------

    @admin.display(description=gettext_lazy("الحالة"), ordering="status")
    def state(self, article: Article) -> str:
        if article.status == Article.Status.DRAFT:
            return _("مسودة")
        if article.is_scheduled:
            return _("مجدول")
        return _("منشور")

    def get_list_display(self, request):
        # The last column links the article on the site: it depends on who is looking.
        return [*super().get_list_display(request), site_link_column(request.user)]

    # --- Actions ----------------------------------------------------------------------

    def get_actions(self, request, action_location=ActionLocation.CHANGE_LIST):
        actions = super().get_actions(request, action_location=action_location)
        # Deleting goes to the trash, which can be undone: no confirmation page needed.
        actions.pop("delete_selected", None)
        return actions

    @admin.action(description=gettext_lazy("نشر المقالات المحددة"), permissions=["publish"])
    def publish_selected(self, request, queryset):
        report(self, request, workflow.publish(queryset, request.user), _("نُشرت"))

    @admin.action(description=gettext_lazy("إلغاء نشر المقالات المحددة"), permissions=["publish"])
    def unpublish_selected(self, request, queryset):
        report(self, request, workflow.unpublish(queryset, request.user), _("أُلغي نشرها"))

    @admin.action(
        description=gettext_lazy("نقل المقالات المحددة إلى سلة المحذوفات"), permissions=["delete"]
    )
    def trash_selected(self, request, queryset):
        done = workflow.move_to_trash(queryset, request.user)
        report(self, request, done, _("نُقلت إلى سلة المحذوفات"))

    # --- Deleting is trashing ---------------------------------------------------------

    def delete_model(self, request, obj):
        workflow.move_to_trash([obj], request.user)

    def delete_queryset(self, request, queryset):
        workflow.move_to_trash(queryset, request.user)

    def get_deleted_objects(self, objs, request):
        # Nothing is deleted: the article goes to the trash whole, with all it holds.
        articles = [format_html("«{}»", obj.title) for obj in objs]
        return articles, {}, set(), []

    def response_delete(self, request, obj_display, obj_id):
        self.message_user(
            request,
            _("نُقل «%(title)s» إلى سلة المحذوفات؛ يستطيع رئيس التحرير استعادته منها.")
            % {"title": obj_display},
            messages.SUCCESS,
        )
        return HttpResponseRedirect(reverse("admin:articles_article_changelist"))

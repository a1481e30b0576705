"""Revisions in the admin: the list of an article's revisions, one revision's diff, restore.

Every editorial save is one revision (see revisions.py): the admin begins it when the
article row is saved and records it once bylines, tags and entity links are written.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _

from .. import changes, revisions
from ..models import Article
from .bases import ModelAdminMixin

REVISIONS_PER_PAGE = 50


class RevisionsMixin(ModelAdminMixin):
    """For ArticleAdmin: one revision per save, and the pages to read and restore them."""

    def get_urls(self):
        return [
            path(
                "<path:object_id>/history/<int:history_id>/",
                self.admin_site.admin_view(self.revision_view),
                name="articles_article_revision",
            ),
            *super().get_urls(),
        ]

    # --- One revision per save --------------------------------------------------------

    def save_model(self, request, obj, form, change):
        revisions.begin(obj)
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        changes.article_saved(form.instance)
        revisions.finish(form.instance, user=request.user, created=not change)

    # --- Pages ------------------------------------------------------------------------

    def _article_or_404(self, request, object_id) -> Article:
        article = self.get_object(request, unquote(object_id))
        if article is None:
            raise Http404(_("لا يوجد مقال بهذا الرقم."))
        if not self.has_view_or_change_permission(request, article):
            raise PermissionDenied
        return article

    def history_view(self, request, object_id, extra_context=None):
        article = self._article_or_404(request, object_id)
        page = Paginator(revisions.revisions_of(article.pk), REVISIONS_PER_PAGE).get_page(
            request.GET.get("p")
        )
        # One extra revision: the page's oldest one is compared with the one before it.
        items = list(page.object_list)
        older = (
            revisions.revisions_of(article.pk)
            .filter(history_date__lte=items[-1].history_date)
            .exclude(history_id__in=[r.history_id for r in items])[:1]
            if items
            else []
        )
        states = revisions.snapshots([*items, *older])
        names = revisions.Names.for_snapshots(states.values())
        chain = [*items, *older]
        rows = []
        for index, revision in enumerate(items):
            previous = chain[index + 1] if index + 1 < len(chain) else None
            changes = revisions.describe_changes(
                states[previous.history_id] if previous else None,
                states[revision.history_id],
                names,
                context=None,
            )
            rows.append(
                {
                    "revision": revision,
                    "kind": revisions.KIND_LABELS.get(revision.history_type, ""),
                    "changed": [change.label for change in changes],
                    "url": reverse(
                        "admin:articles_article_revision", args=[article.pk, revision.history_id]
                    ),
                    "is_current": page.number == 1 and index == 0,
                }
            )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": article,
            "title": _("سجل نسخ: %(title)s") % {"title": article.title},
            "rows": rows,
            "page_obj": page,
            **(extra_context or {}),
        }
        return TemplateResponse(request, "admin/articles/article/revisions.html", context)

    def revision_view(self, request, object_id, history_id):
        article = self._article_or_404(request, object_id)
        revision = get_object_or_404(revisions.revisions_of(article.pk), history_id=history_id)
        can_restore = self.has_change_permission(request, article)
        if request.method == "POST":
            if not can_restore:
                raise PermissionDenied
            revisions.restore(article, revision, user=request.user)
            self.message_user(
                request,
                _("استُعيدت النسخة. النسخة التي كانت قبلها محفوظة في السجل ويمكن استعادتها."),
                messages.SUCCESS,
            )
            return HttpResponseRedirect(reverse("admin:articles_article_change", args=[article.pk]))
        against_current = request.GET.get("against") == "current"
        latest = revisions.revisions_of(article.pk).first()
        if against_current:
            # What restoring would change: from the article as it is now to this revision.
            base = latest
        else:
            base = (
                revisions.revisions_of(article.pk)
                .filter(history_date__lte=revision.history_date)
                .exclude(history_id=revision.history_id)
                .first()
            )
        states = revisions.snapshots([r for r in (revision, base) if r is not None])
        names = revisions.Names.for_snapshots(states.values())
        changes = revisions.describe_changes(
            states[base.history_id] if base else None, states[revision.history_id], names
        )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": article,
            "revision": revision,
            "base": base,
            "kind": revisions.KIND_LABELS.get(revision.history_type, ""),
            "changes": changes,
            "against_current": against_current,
            "is_latest": latest is not None and latest.history_id == revision.history_id,
            "can_restore": can_restore,
            "history_url": reverse("admin:articles_article_history", args=[article.pk]),
            "title": _("نسخة من: %(title)s") % {"title": article.title},
        }
        return TemplateResponse(request, "admin/articles/article/revision.html", context)

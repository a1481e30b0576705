"""Paste import: the text of a news page in, a draft article to review out.

The same parser and the same saving service as `import_articles FILE.txt`; the admin adds
what an editor needs to hear: what the parser could not find, what it dropped, and
whether the article looks like one already in the newsroom.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DatabaseError
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from ..importing import ImportRejected, article_data_from_parsed_page, read_page, save_article
from ..importing.pagereader.reader import MISSING_LABELS
from ..models import Article
from ..workflow import duplicates
from .bases import ModelAdminMixin
from .forms import PasteImportForm


def duplicate_links(articles) -> str:
    """«article title» links to the change pages of `articles`, for a warning."""
    return format_html_join(
        "، ",
        '<a href="{}">«{}»</a>',
        (
            (reverse("admin:articles_article_change", args=[a.pk]), a.title)
            for a in articles
            if a.deleted_at is None
        ),
    ) or format_html(_("مقال في سلة المحذوفات"))


class PasteImportMixin(ModelAdminMixin):
    """For ArticleAdmin: the «استيراد من نص» page."""

    def get_urls(self):
        return [
            path(
                "import/",
                self.admin_site.admin_view(self.paste_import_view),
                name="articles_article_paste_import",
            ),
            *super().get_urls(),
        ]

    def paste_import_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = PasteImportForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            article = self._import_draft(request, form)
            if article is not None:
                return HttpResponseRedirect(
                    reverse("admin:articles_article_change", args=[article.pk])
                )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "form": form,
            "title": _("استيراد مقال من نص صفحة"),
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/articles/article/paste_import.html", context)

    def _import_draft(self, request, form: PasteImportForm) -> Article | None:
        page = read_page(form.cleaned_data["text"])
        source_url = form.cleaned_data["source_url"]
        try:
            data = article_data_from_parsed_page(page)
        except ImportRejected:
            missing = [MISSING_LABELS[k] for k in ("title", "body") if k in page.missing]
            form.add_error("text", "، ".join(missing) or _("لم يُعثر في النص على خبر."))
            return None
        same_url = Article.objects.filter(source_url=source_url) if source_url else None
        if same_url:
            form.add_error(
                "source_url",
                format_html(_("هذا الرابط مستورد من قبل: {}"), duplicate_links(same_url)),
            )
            return None
        data.source_url = source_url
        try:
            article, _created = save_article(data, draft=True, merge=False, user=request.user)
        except (ValidationError, DatabaseError) as exc:
            form.add_error(None, _("تعذّر حفظ المسودة: %(error)s") % {"error": exc})
            return None
        self._report(request, article, page)
        return article

    def _report(self, request, article: Article, page) -> None:
        messages.success(
            request,
            _("أُنشئت مسودة من النص الملصق. راجعها ثم انشرها."),
        )
        if page.missing:
            messages.warning(
                request,
                _("ما لم يجده المحلل بقي فارغًا لتملأه: %(fields)s.")
                % {"fields": "؛ ".join(MISSING_LABELS[k] for k in page.missing)},
            )
        for warning in page.warnings:
            messages.info(request, warning)
        look_alikes = duplicates(
            title=article.title,
            source=article.source_id,
            source_url=article.source_url,
            exclude_pk=article.pk,
        )[:5]
        if look_alikes:
            messages.warning(
                request,
                format_html(
                    _("يبدو أن هذا الخبر موجود من قبل: {}. احذف هذه المسودة إن كان هو نفسه."),
                    duplicate_links(look_alikes),
                ),
            )

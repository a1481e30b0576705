"""Reader-facing pages. Query logic lives in the models' querysets; views only pick one."""

from __future__ import annotations

from functools import partial

from django.conf import settings
from django.core.paginator import InvalidPage
from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.functional import Promise, cached_property
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.generic import ListView

from . import charts, display, exploring, frontpage, listing, pagination
from .body import render_body
from .forms import SearchForm
from .models import (
    Article,
    ArticleEntity,
    Author,
    Entity,
    EntityKind,
    ListingEntry,
    NamedModel,
    Source,
    Tag,
    paths,
    preview_rights,
)
from .pagecache import store as pagecache
from .pagination import ArchivePaginator, RankedPaginator
from .search import Highlighter, parse_query, ranked_ids
from .sharing.previews import article_share
from .stored import cards as storedcards
from .stored import freshness as renderer
from .stored import front as storedfront
from .stored import pages as storedpages
from .stored import panels as storedpanels
from .stored import sections as navigation


def get_article_for(request: HttpRequest, pk: int, articles=None) -> Article:
    """The article if this user may read it: public, or a preview their role allows."""
    if articles is None:
        articles = Article.objects.for_detail()
    return get_object_or_404(articles.previewable_by(request.user), pk=pk)


def article_detail(request: HttpRequest, pk: int, slug: str | None = None) -> HttpResponse:
    if not any(preview_rights(request.user)):
        stored = storedpages.public(pk)
        if stored is not None:
            stored_slug, head, tail, nav = stored
            if slug != stored_slug:
                canonical = Article(pk=pk, slug=stored_slug).get_absolute_url()
                return HttpResponsePermanentRedirect(canonical)
            return HttpResponse(head + (nav or navigation.nav_html()) + tail)
    read_at = renderer.epoch()  # before the article: a change after it keeps this unstored
    article = get_article_for(request, pk)
    if slug != article.slug:
        return HttpResponsePermanentRedirect(article.get_absolute_url())
    links = list(article.entity_links.all())
    related = exploring.related_articles(article)
    context = {
        "article": article,
        "body_paragraphs": render_body(article.body, links),
        "entity_links": links,
        "entity_groups": group_by_kind(links),
        "related": related,
        "is_preview": not article.is_public,
        "share": article_share(article, links),
    }
    if not article.is_public:
        response = render(request, "articles/article_detail.html", context)
        # A preview must never be stored by a shared cache or indexed.
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
        return response
    html = render_to_string(
        "articles/article_detail.html",
        context | {"nav_slot": mark_safe(storedpages.NAV_SLOT)},
        request,
    )
    storedpages.store(article, html, [item.pk for item in related], read_at)
    return HttpResponse(html.replace(storedpages.NAV_SLOT, navigation.nav_html(), 1))


def group_by_kind(
    links: list[ArticleEntity],
) -> list[tuple[str, str | Promise, list[ArticleEntity]]]:
    """(kind, its Arabic plural label, links) for each kind present, people first."""
    labels: dict[str, str | Promise] = dict(KIND_PLURALS)
    groups: dict[str, list[ArticleEntity]] = {kind: [] for kind, _ in KIND_PLURALS}
    for link in links:
        groups[link.entity.kind].append(link)
    return [(kind, labels[kind], items) for kind, items in groups.items() if items]


KIND_PLURALS = [
    (EntityKind.PERSON, _lazy("أشخاص")),
    (EntityKind.PLACE, _lazy("أماكن")),
    (EntityKind.ORGANIZATION, _lazy("منظمات")),
    (EntityKind.EVENT, _lazy("أحداث")),
    (EntityKind.OTHER, _lazy("أخرى")),
]


def short_link(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article.objects.published().only("pk", "slug"), pk=pk)
    return HttpResponsePermanentRedirect(article.get_absolute_url())


class ArticleListView(ListView):
    """A paginated list of public articles; subclasses narrow it to one tag, entity..."""

    template_name = "articles/article_list.html"
    context_object_name = "articles"
    paginate_by = settings.ARTICLES_PER_PAGE
    paginator_class = ArchivePaginator

    def get_queryset(self):
        # Only the ids are read from it (the cards are stored): see ArchivePaginator.
        return Article.objects.published().newest_first()

    def get_paginator(
        self, queryset, per_page, orphans: int = 0, allow_empty_first_page: bool = True, **kwargs
    ):
        kwargs.update(orphans=orphans, allow_empty_first_page=allow_empty_first_page)
        # A page holds its articles' cards, stored rendered (storedcards.cards).
        return super().get_paginator(queryset, per_page, rows=storedcards.cards, **kwargs)

    @property
    def page_title(self) -> str:
        return ""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["page_title"] = self.page_title
        return context


def home(request: HttpRequest) -> HttpResponse:
    """The front page, stored (`articles.stored.front`); the list of every article, newest
    first, is «آخر الأخبار» (`LatestView`), where the front page's former pages lead."""
    number = request.GET.get("page")
    if number:
        return _former_list_page(number)
    stored = storedfront.current()
    if stored is None:
        read_at = renderer.epoch()  # before the data: a change after it keeps this unstored
        front = frontpage.compose()
        rendered = render_to_string("articles/home.html", {"front": front}, request)
        storedfront.store(rendered, read_at, front.valid_until)
        stored = rendered, front.valid_until
    html, until = stored
    # The page cache keeps it no longer than the lead pin (or a scheduled article) allows.
    return pagecache.valid_until(HttpResponse(storedfront.shown(html)), until)


def _former_list_page(number: str) -> HttpResponse:
    """`/?page=N` listed every article before the front page had its own: links to it
    still lead there (`/latest/?page=N`); a page number no list has is not found."""
    url = reverse("articles:latest")
    if number == "last":
        return HttpResponsePermanentRedirect(f"{url}?page=last")
    try:
        page = int(number)
    except ValueError:
        page = 0
    if page < 1:
        raise Http404(_("لا توجد صفحة بهذا الرقم."))
    return HttpResponsePermanentRedirect(url if page == 1 else f"{url}?page={page}")


class LatestView(ArticleListView):
    """Every public article, newest first, a page at a time («آخر الأخبار»)."""

    template_name = "articles/latest.html"

    @property
    def page_title(self) -> str:
        return _("آخر الأخبار")


# A name only drafts or scheduled articles carry is not the readers' yet.
NOTHING_PUBLIC = _lazy("لا توجد مقالات منشورة هنا.")


class SubjectArticleListView(ArticleListView):
    """Articles about one tag, entity, author or source, looked up by its slug."""

    subject_model: type[NamedModel]
    subject_name = "subject"
    # Read the page's ids from the listing index (else from `get_queryset`).
    listing_kind: str | None = None

    def get_paginator(
        self, queryset, per_page, orphans: int = 0, allow_empty_first_page: bool = True, **kwargs
    ):
        kwargs.update(orphans=orphans, allow_empty_first_page=allow_empty_first_page)
        if self.listing_kind:
            kwargs["ids"] = listing.article_ids(self.listing_kind, self.subject.pk)
        return super().get_paginator(queryset, per_page, **kwargs)

    def get_subject(self):
        return get_object_or_404(self.subject_model, slug=self.kwargs["slug"])

    def get(self, request, *args, **kwargs):
        self.subject = self.get_subject()
        if not self.subject.listed_articles:
            raise Http404(NOTHING_PUBLIC)
        return super().get(request, *args, **kwargs)

    def public_total(self, context: dict) -> int:
        return context["paginator"].count

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not self.public_total(context):
            raise Http404(NOTHING_PUBLIC)  # listed, but for articles still scheduled
        context[self.subject_name] = self.subject
        context["subject"] = self.subject
        context["page_title"] = self.subject.name
        return context


class SummarisedSubjectListView(SubjectArticleListView):
    """A tag or entity page: its panels, count and pinned articles are stored per subject
    (storedpanels) and made here when they are not."""

    panels_template = ""
    listing_kind: str  # each such page reads the listing index

    @cached_property
    def summary(self) -> storedpanels.Summary:
        return storedpanels.summary(self.listing_kind, self.subject.pk, self.summarise)

    def summarise(self) -> storedpanels.Summary:
        pinned = self.pinned_ids()
        ids = listing.article_ids(self.listing_kind, self.subject.pk)
        if pinned:
            ids = ids.exclude(article_id__in=pinned)
        html = render_to_string(self.panels_template, self.panels())
        return storedpanels.Summary(html, *pagination.bounded_count(ids), pinned=pinned)

    def panels(self) -> dict:
        return {}

    def pinned_ids(self) -> list[int]:
        return []

    def get_paginator(
        self, queryset, per_page, orphans: int = 0, allow_empty_first_page: bool = True, **kwargs
    ):
        kwargs.update(orphans=orphans, allow_empty_first_page=allow_empty_first_page)
        summary = self.summary
        paginator = super().get_paginator(
            queryset, per_page, counted=(summary.count, summary.estimated), **kwargs
        )
        if summary.pinned:
            # The chronological list goes on after them, without repeating them.
            paginator.ids = paginator.ids.exclude(article_id__in=summary.pinned)
        return paginator

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["panels"] = self.summary.html
        return context


class TagView(SummarisedSubjectListView):
    subject_model = Tag
    subject_name = "tag"
    listing_kind = ListingEntry.Kind.TAG
    template_name = "articles/tag_detail.html"
    panels_template = "includes/tag_panels.html"

    def panels(self) -> dict:
        return {"top_entities": exploring.entities_of_tag(self.subject)}


class EntityView(SummarisedSubjectListView):
    subject_model = Entity
    subject_name = "entity"
    listing_kind = ListingEntry.Kind.ENTITY
    template_name = "articles/entity_detail.html"
    panels_template = "includes/entity_panels.html"

    def pinned_ids(self) -> list[int]:
        """Articles an editor pinned as being *about* the entity: listed first, newest first."""
        about = ArticleEntity.objects.filter(entity=self.subject, is_about=True, removed=False)
        return list(
            Article.objects.published()
            .filter(pk__in=about.values("article_id"))
            .order_by("-published_at", "-pk")
            .values_list("pk", flat=True)[: self.paginate_by]
        )

    def panels(self) -> dict:
        entity = self.subject
        label = _("مقالات تذكر %(name)s") % {"name": entity}
        return {
            "timeline": charts.monthly_bars(exploring.mentions_by_month(entity), label=label),
            "co_mentioned": exploring.co_mentioned(entity),
            "entity_tags": exploring.tags_of_entity(entity),
        }

    def public_total(self, context: dict) -> int:
        return context["paginator"].count + len(self.summary.pinned)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        pinned = self.summary.pinned
        context["article_total"] = self.public_total(context)
        if context["page_obj"].number == 1 and pinned:
            context["articles"] = [*storedcards.cards(pinned), *context["articles"]]
        return context


class AuthorView(SubjectArticleListView):
    subject_model = Author
    subject_name = "author"
    listing_kind = ListingEntry.Kind.AUTHOR
    template_name = "articles/author_detail.html"

    def get_subject(self):
        return get_object_or_404(Author.objects.select_related("source"), slug=self.kwargs["slug"])


class SourceView(SubjectArticleListView):
    subject_model = Source
    subject_name = "source"
    listing_kind = ListingEntry.Kind.SOURCE
    template_name = "articles/source_detail.html"


class SubjectIndexView(ListView):
    """Every tag or entity with a public article, alphabetically, with how many it has.

    A page is read from a partial index of the listed subjects, their counts from the
    subjects' own rows (`listed_articles`, kept by `articles.listing`): no page counts
    articles, whatever the archive's size.
    """

    paginate_by = 100
    model: type[NamedModel]

    def paginate_queryset(self, queryset, page_size):
        paginator, page, rows, more = super().paginate_queryset(
            queryset.only("pk", "name", "slug", "listed_articles"), page_size
        )
        return paginator, page, listing.public_counts(list(rows)), more

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        subjects = context["object_list"]
        link = paths.maker(self.model.route, slug=str)
        context["index_items"] = display.index_items(
            (link(subject.slug), subject.name, subject.article_count) for subject in subjects
        )
        return context


class TagIndexView(SubjectIndexView):
    model = Tag
    template_name = "articles/tag_index.html"
    context_object_name = "tags"

    def get_queryset(self):
        return Tag.objects.listed().order_by("sort_key", "name_key")


class EntityIndexView(SubjectIndexView):
    model = Entity
    template_name = "articles/entity_index.html"
    context_object_name = "entities"

    def get_kind(self) -> str | None:
        kind = self.request.GET.get("kind")
        if kind and kind not in EntityKind.values:
            raise Http404(_("لا يوجد نوع كيانات بهذا الاسم."))
        return kind or None

    def get_queryset(self):
        entities = Entity.objects.listed().order_by("sort_key", "name_key")
        self.kind = self.get_kind()
        if self.kind:
            entities = entities.filter(kind=self.kind)
        return entities

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["kind"] = self.kind
        context["kinds"] = EntityKind.choices
        return context


def result_cards(highlighter: Highlighter, ids: list[int]) -> list:
    """Search results: the articles' cards, each with the words around its match."""
    return storedcards.cards(
        ids,
        snippet=lambda text: format_html(
            '<p class="card-summary">{}</p>', highlighter.snippet(text)
        ),
    )


def search_view(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET)
    chosen = form.filters()
    query = parse_query(chosen.get("q", ""))
    articles = Article.objects.published()
    tag = entity = None
    if "tag" in chosen:
        tag = get_object_or_404(Tag, slug=chosen["tag"])
        articles = articles.filter(tags=tag)
    if "entity" in chosen:
        entity = get_object_or_404(Entity, slug=chosen["entity"])
        articles = articles.filter(entity_links__entity=entity, entity_links__removed=False)
    if "source" in chosen:
        articles = articles.filter(source=chosen["source"])
    if "date_from" in chosen:
        articles = articles.filter(published_at__date__gte=chosen["date_from"])
    if "date_to" in chosen:
        articles = articles.filter(published_at__date__lte=chosen["date_to"])
    newest = chosen.get("sort") == "newest"
    filtered = chosen.keys() - {"q", "sort"}
    ids = ranked_ids(query, within=articles if filtered else None, newest=newest)
    rows = partial(result_cards, Highlighter(query))
    paginator = RankedPaginator(articles, settings.ARTICLES_PER_PAGE, ids=ids, rows=rows)
    try:
        page = paginator.page(request.GET.get("page") or 1)
    except InvalidPage:
        raise Http404(_("لا توجد صفحة نتائج بهذا الرقم.")) from None
    return render(
        request,
        "articles/search.html",
        {
            "form": form,
            "query": chosen.get("q", ""),
            "has_query": bool(query),
            "page_obj": page,
            "results": page.object_list,
            "tag": tag,
            "entity": entity,
            "source": chosen.get("source"),
            "sources": form.sources.values_list("slug", "name"),
            "newest": newest,
        },
    )

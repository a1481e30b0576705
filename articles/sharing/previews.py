"""What a shared link shows: OpenGraph and X card tags, built from the article itself.

WhatsApp, Telegram and Facebook read OpenGraph; X reads its `twitter:` tags and falls back
to OpenGraph. Texts are cut at a word boundary, only when longer than those previews
display; the tashkeel the text had is kept (it can tell two readings apart).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

from django.conf import settings
from django.utils.translation import gettext as _

from ..images.pictures import alt_text, share_image
from ..models import Article, ArticleEntity
from ..models.articles import split_paragraphs
from ..text.normalize import visible
from ..urlbuilding import absolute_url
from .cards import HEIGHT, WIDTH, article_card_url, site_card_url
from .jsonld import JsonLd, iso_datetime, news_article

# Previews wrap a title on two or three lines and cut it themselves where they must; a
# headline is cut here only beyond what Google shows of a structured-data headline.
HEADLINE_LIMIT = 110
TITLE_LIMIT = HEADLINE_LIMIT
DESCRIPTION_LIMIT = 200
# How much of a body's opening a description reads: room for the first paragraph's first
# DESCRIPTION_LIMIT characters after any blank lines an import left before it.
DESCRIPTION_OPENING = 4000
ELLIPSIS = "…"


def share_text(text: str, limit: int) -> str:
    """`text` on one line, cut at a word boundary to at most `limit` (tashkeel kept)."""
    text = " ".join(visible(text).split())
    if len(text) <= limit:
        return text
    # Look one character past the room left for the ellipsis: a space there means the
    # word before it is whole. One very long word is cut inside rather than dropped.
    cut = text[: limit - len(ELLIPSIS) + 1]
    cut = cut[: cut.rindex(" ")] if " " in cut else cut[:-1]
    return cut.rstrip(" ،,.:؛-–—") + ELLIPSIS


@dataclass(frozen=True)
class ShareImage:
    url: str
    width: int
    height: int
    alt: str
    type: str = "image/png"


@dataclass
class ShareMeta:
    """One page's preview: rendered by includes/share_meta.html in every page's head."""

    title: str
    description: str
    url: str
    image: ShareImage
    type: str = "website"
    # article:* properties, in order; a property may repeat (one per author or tag).
    article_properties: list[tuple[str, str]] = field(default_factory=list)
    structured_data: JsonLd | None = None

    def opengraph(self) -> list[tuple[str, str]]:
        return [
            ("og:type", self.type),
            ("og:site_name", settings.SITE_NAME),
            ("og:locale", "ar_AR"),
            ("og:title", self.title),
            ("og:description", self.description),
            ("og:url", self.url),
            ("og:image", self.image.url),
            ("og:image:type", self.image.type),
            ("og:image:width", str(self.image.width)),
            ("og:image:height", str(self.image.height)),
            ("og:image:alt", self.image.alt),
            *self.article_properties,
        ]

    def twitter(self) -> list[tuple[str, str]]:
        return [
            ("twitter:card", "summary_large_image"),
            ("twitter:title", self.title),
            ("twitter:description", self.description),
            ("twitter:image", self.image.url),
            ("twitter:image:alt", self.image.alt),
        ]


def article_description(article: Article) -> str:
    return describe(article.summary, article.body)


def describe(summary: str, body: str) -> str:
    """An article's description for previews and feeds: its summary, else its first
    paragraph, cut to DESCRIPTION_LIMIT. `body` may be only the body's opening (the first
    DESCRIPTION_OPENING characters are enough)."""
    if summary:
        return share_text(summary, DESCRIPTION_LIMIT)
    paragraphs = split_paragraphs(body[:DESCRIPTION_OPENING])
    return share_text(paragraphs[0] if paragraphs else "", DESCRIPTION_LIMIT)


def article_image(article: Article) -> ShareImage:
    """The lead image's JPEG 1200 pixels wide (images.pictures) when there is one, else the
    article's drawn share card."""
    lead = share_image(article)
    if lead is not None:
        url, width, height = lead
        return ShareImage(
            url=absolute_url(url),
            width=width,
            height=height,
            alt=share_text(alt_text(article) or article.title, DESCRIPTION_LIMIT),
            type="image/jpeg",
        )
    return ShareImage(article_card_url(article), WIDTH, HEIGHT, share_text(article.title, 420))


def about_and_mentions(links: list[ArticleEntity]) -> tuple[list, list]:
    """The entities an article is about, and those it only mentions.

    An editor marks a link as the article's subject with `is_about` (the newsroom admin
    adds the flag); until a link carries it, every linked entity counts as a mention.
    """
    about = [link.entity for link in links if getattr(link, "is_about", False)]
    mentions = [link.entity for link in links if not getattr(link, "is_about", False)]
    return about, mentions


def article_share(article: Article, links: list[ArticleEntity]) -> ShareMeta:
    """The preview of an article page (its bylines, tags and source already fetched)."""
    url = absolute_url(article.get_absolute_url())
    image = article_image(article)
    properties = []
    if article.published_at:
        properties.append(("article:published_time", iso_datetime(article.published_at)))
    properties.append(("article:modified_time", iso_datetime(article.updated_at)))
    properties += [("article:author", absolute_url(a.get_absolute_url())) for a in article.byline]
    tags = list(article.tags.all())
    if tags:
        properties.append(("article:section", tags[0].name))
    properties += [("article:tag", tag.name) for tag in tags]
    about, mentions = about_and_mentions(links)
    description = article_description(article)
    return ShareMeta(
        type="article",
        title=share_text(article.title, TITLE_LIMIT),
        description=description,
        url=url,
        image=image,
        article_properties=properties,
        structured_data=news_article(
            article,
            url=url,
            headline=share_text(article.title, HEADLINE_LIMIT),
            description=description,
            image=image.url,
            tags=tags,
            about=about,
            mentions=mentions,
        ),
    )


def website_share(title: str, description: str, url: str) -> ShareMeta:
    """The preview of any other page: the site's card with the page's own title."""
    return ShareMeta(
        title=share_text(title, TITLE_LIMIT),
        description=share_text(description, DESCRIPTION_LIMIT),
        url=url,
        image=ShareImage(site_card_url(), WIDTH, HEIGHT, settings.SITE_NAME),
    )


def share_links(title: str, url: str) -> list[tuple[str, str, str]]:
    """(network, label, link) for sharing `url` through each app's own share page.

    Plain links: they work without JavaScript and load nothing from those services.
    """

    def query(**params: str) -> str:
        return urlencode(params, quote_via=quote)

    return [
        ("whatsapp", _("واتساب"), "https://wa.me/?" + query(text=f"{title}\n{url}")),
        ("telegram", _("تيليغرام"), "https://t.me/share/url?" + query(url=url, text=title)),
        ("x", _("إكس"), "https://x.com/intent/post?" + query(text=title, url=url)),
        ("facebook", _("فيسبوك"), "https://www.facebook.com/sharer/sharer.php?" + query(u=url)),
    ]


def subject_description(subject) -> str:
    """What a tag, entity, author or source page is about, for previews and feeds."""
    return getattr(subject, "description", "") or _("آخر ما نُشر عن «%(name)s» على %(site)s.") % {
        "name": subject.name,
        "site": settings.SITE_NAME,
    }


def site_description() -> str:
    return _("أخبار عربية تُقرأ كما ينبغي: مقالات ووسوم وكيانات وبحث بالعربية.")

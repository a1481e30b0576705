"""Template tags for what crawlers and share previews read in every page's head."""

from __future__ import annotations

from django import template
from django.conf import settings

from ..feeds import SubjectFeed, feed_path, feed_title, feed_url
from ..models import Article
from ..sharing.jsonld import iso_datetime
from ..sharing.previews import (
    ShareMeta,
    share_links,
    site_description,
    subject_description,
    website_share,
)
from ..text.normalize import clean
from ..urlbuilding import absolute_url
from ..urlbuilding import canonical_url as build_canonical_url

register = template.Library()


def _canonical(context) -> str:
    request = context.get("request")
    if request is None:
        return settings.SITE_URL + "/"
    page = context.get("page_obj")
    return build_canonical_url(request, page.number if page else None)


register.filter("iso_datetime", iso_datetime)


@register.filter
def absolute(path: str) -> str:
    """`path` as an absolute URL on the public site (SITE_URL)."""
    return absolute_url(path)


@register.simple_tag(takes_context=True)
def canonical_url(context) -> str:
    """This page's canonical absolute URL (listings keep their page number)."""
    return _canonical(context)


@register.inclusion_tag("includes/share_meta.html", takes_context=True)
def share_meta(context, title: str = "", description: str = "") -> dict:
    """OpenGraph, X card and JSON-LD tags: the view's `share`, or the page as a website."""
    meta: ShareMeta | None = context.get("share")
    if meta is None:
        subject = context.get("subject")
        meta = website_share(
            title=title or context.get("page_title") or settings.SITE_NAME,
            description=description
            or (subject_description(subject) if subject is not None else site_description()),
            url=_canonical(context),
        )
    return {"meta": meta}


@register.inclusion_tag("includes/feed_links.html", takes_context=True)
def feed_links(context) -> dict:
    """`<link rel="alternate">` for the page's own feed (if it has one), then the site's."""
    subject = context.get("subject")
    feeds = [(feed_title(), feed_url())]
    if type(subject) in SubjectFeed.url_names:
        feeds.insert(0, (feed_title(subject), feed_url(subject)))
    return {"feeds": feeds}


@register.inclusion_tag("includes/feed_link.html", takes_context=True)
def feed_link(context) -> dict:
    """A visible link to the page's own feed (a tag's, an entity's...), or the site's."""
    subject = context.get("subject")
    if type(subject) not in SubjectFeed.url_names:
        subject = None
    return {"subject": subject, "url": feed_path(subject)}


@register.inclusion_tag("includes/share_buttons.html")
def share_buttons(article: Article, share: ShareMeta) -> dict:
    """Links to share the article in chat and social apps, and its short link to copy."""
    title = " ".join(clean(article.title).split())
    return {
        "links": share_links(title, share.url),
        "title": title,
        "url": share.url,
        "short_url": absolute_url(article.get_short_url()),
    }

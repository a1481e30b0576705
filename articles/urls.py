from django.urls import path, register_converter

from . import feeds, sitemaps, views
from .converters import AnySegmentConverter, UnicodeSlugConverter
from .sharing import views as share_views

register_converter(UnicodeSlugConverter, "uslug")
register_converter(AnySegmentConverter, "segment")

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("latest/", views.LatestView.as_view(), name="latest"),
    path("articles/<int:pk>/<segment:slug>/", views.article_detail, name="detail"),
    path("articles/<int:pk>/", views.article_detail, name="detail-without-slug"),
    path("a/<int:pk>", views.short_link, name="short"),
    path("tags/", views.TagIndexView.as_view(), name="tags"),
    path("tags/<uslug:slug>/", views.TagView.as_view(), name="tag"),
    path("entities/", views.EntityIndexView.as_view(), name="entities"),
    path("entities/<uslug:slug>/", views.EntityView.as_view(), name="entity"),
    path("authors/<uslug:slug>/", views.AuthorView.as_view(), name="author"),
    path("sources/<uslug:slug>/", views.SourceView.as_view(), name="source"),
    path("search/", views.search_view, name="search"),
    # Sharing and discovery: cards, feeds, sitemaps.
    path("articles/<int:pk>/card.png", share_views.article_card, name="card"),
    path("card.png", share_views.site_card, name="site-card"),
    path("feed/", feeds.LatestArticlesFeed(), name="feed"),
    path("tags/<uslug:slug>/feed/", feeds.TagFeed(), name="tag-feed"),
    path("entities/<uslug:slug>/feed/", feeds.EntityFeed(), name="entity-feed"),
    path("authors/<uslug:slug>/feed/", feeds.AuthorFeed(), name="author-feed"),
    path("sources/<uslug:slug>/feed/", feeds.SourceFeed(), name="source-feed"),
    path("sitemap.xml", sitemaps.index, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemaps.section, name="sitemap-section"),
    path("news-sitemap.xml", sitemaps.news, name="news-sitemap"),
    path("robots.txt", sitemaps.robots_txt, name="robots"),
]

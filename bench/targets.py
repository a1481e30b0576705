"""Print the benchmark's page paths, as JSON, for the archive in DATABASE_URL."""

import json
import os
import sys
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsreader.settings")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.db.models import Count  # noqa: E402

from articles.models import Article, Entity, Tag  # noqa: E402

tag = Tag.objects.annotate(n=Count("articles")).order_by("-n").first()
entity = Entity.objects.annotate(n=Count("article_links")).order_by("-n").first()
article = Article.objects.for_listing().first()
deep = min(500, max(1, tag.n // settings.ARTICLES_PER_PAGE))
print(
    json.dumps(
        {
            "home": "/",
            "tag": tag.get_absolute_url(),
            f"tag p{deep}": f"{tag.get_absolute_url()}?page={deep}",
            "entity": entity.get_absolute_url(),
            "article": article.get_absolute_url(),
            "search 1 word": "/search/?q=" + quote("التضخم"),
            "search 2 words": "/search/?q=" + quote("أسعار النفط"),
        },
        ensure_ascii=False,
    )
)

"""Time the admin's article list on the archive in DATABASE_URL, as an editor sees it."""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsreader.settings")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.test import Client  # noqa: E402

from articles.models import Article  # noqa: E402

editor, _ = get_user_model().objects.get_or_create(
    username="bench-editor", defaults={"is_staff": True, "is_superuser": True}
)
client = Client(HTTP_HOST="127.0.0.1")
client.force_login(editor)
base = "/" + settings.ADMIN_URL + "articles/article/"
pages = {
    "article list": base,
    "page 200": base + "?p=200",
    "status filter": base + "?status__exact=published",
    "search": base + "?q=" + "النفط",
}
print(f"admin article list with {Article.objects.count():,} articles (median of 5, ms)")
worst = 0.0
for label, url in pages.items():
    client.get(url)
    times = []
    for _ in range(5):
        started = time.perf_counter()
        status = client.get(url).status_code
        times.append((time.perf_counter() - started) * 1000)
    median = statistics.median(times)
    worst = max(worst, median)
    print(f"  {label:<14}{median:8.0f}   (status {status})")
print(f"  {'PASS' if worst < 300 else 'FAIL'}  admin article list < 300 ms: {worst:.0f} ms")

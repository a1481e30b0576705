#!/usr/bin/env bash
# Lighthouse 12 (npm) on the seed article as production serves it: gunicorn, DEBUG off,
# whitenoise's compressed hashed static files, a fresh SQLite database with the demo content.
# Prints the four category scores, the bytes transferred and any request to another host.
#   bench/lighthouse.sh [path]      (default: the seed article)
#   LEAD_IMAGE=photo.jpg bench/lighthouse.sh   the seed article with that lead image, its
#                                   variants made as an editor's upload makes them
# Needs: make browser-deps (chromium + node_modules), the venv (make test or make run).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8190}
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

export DEBUG=0 SECRET_KEY="lighthouse-$(date +%s%N)-not-a-secret-but-long-enough"
export SECURE_SSL_REDIRECT=0 ALLOWED_HOSTS=127.0.0.1 SITE_URL="http://127.0.0.1:$PORT"
export DATABASE_URL="sqlite:///$work/db.sqlite3" MEDIA_ROOT="$work/media"
PY=${PY:-.venv/bin/python}
[ -f node_modules/lighthouse/cli/index.js ] || npm ci --ignore-scripts --loglevel=error
$PY manage.py collectstatic --noinput -v0
$PY manage.py migrate -v0
$PY manage.py load_demo >/dev/null
if [ -n "${LEAD_IMAGE:-}" ]; then
  LEAD_IMAGE=$(realpath "$LEAD_IMAGE") $PY manage.py shell -v 0 -c "
import os
from django.core.files import File
from articles import changes
from articles.models import Article
article = Article.objects.get()
with open(os.environ['LEAD_IMAGE'], 'rb') as f:
    article.image = File(f, name=os.path.basename(f.name))
    article.image_alt = 'صورة الخبر الرئيسية'
    article.image_credit = 'وكالة الأنباء'
    article.save()
changes.article_saved(article)
print(len(article.image_variants['sizes']), 'variants')"
fi
$PY -m gunicorn newsreader.wsgi -b "127.0.0.1:$PORT" -w 2 --log-level warning &
server=$!
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$PORT/" >/dev/null && break; sleep 0.2; done

path=${1:-$($PY manage.py shell -v 0 -c \
  "from articles.models import Article; print(Article.objects.get().get_absolute_url())")}
CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium} node node_modules/lighthouse/cli/index.js \
  "http://127.0.0.1:$PORT$path" --quiet --output=json --output-path="$work/report.json" \
  --only-categories=performance,accessibility,best-practices,seo \
  --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update" \
  >/dev/null 2>&1 || true
$PY - "$work/report.json" "$PORT" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
for key, category in report["categories"].items():
    print(f"{category['title']:>15}: {round(category['score'] * 100)}")
weight = report["audits"]["total-byte-weight"]
print(f"{'transferred':>15}: {weight['numericValue'] / 1024:.1f} KB")
for item in weight["details"]["items"]:
    print(f"{'':>17}{item['totalBytes'] / 1024:6.1f} KB  {item['url']}")
origin = f"http://127.0.0.1:{sys.argv[2]}"
requests = report["audits"]["network-requests"]["details"]["items"]
others = [r["url"] for r in requests if not r["url"].startswith(origin)]
print(f"{'other hosts':>15}: {len(others)} {others if others else ''}")
for key, category in report["categories"].items():
    for ref in category["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if ref.get("weight") and audit.get("score") is not None and audit["score"] < 1:
            print(f"  {key}: {audit['id']} ({audit['score']}): {audit['title']}")
PY

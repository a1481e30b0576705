"""Prepare the load test: a PostgreSQL database holding an archive, and the paths to request.

Run by bench/load.sh (see there). Creates the database named by DATABASE_URL if missing,
migrates it, fills it — with `manage.py generate_corpus` when the project has it, otherwise
(FALLBACK) by importing the dev corpus again and again under new titles — and writes
the paths wrk will request, a mix of every kind of public page, as a Lua table.
"""

from __future__ import annotations

import json
import os
import random
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsreader.settings")
DEV_CORPUS = ROOT / "tests" / "data" / "dev-corpus"


def ensure_database(url: str) -> None:
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')
            print(f"created database {name}")


def fill(articles: int) -> None:
    from django.core.management import call_command, get_commands

    from articles.models import Article

    have = Article.objects.count()
    if have >= articles:
        print(f"{have} articles already there")
        return
    if "generate_corpus" in get_commands():
        print(f"generate_corpus --articles {articles - have}")
        call_command("generate_corpus", articles=articles - have)
        return
    print("FALLBACK (no generate_corpus here): the dev corpus imported under new titles")
    call_command("import_entities", str(DEV_CORPUS / "entities.jsonl"))
    records = [json.loads(line) for line in (DEV_CORPUS / "articles.jsonl").open(encoding="utf-8")]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "copies.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for n in range(have, articles):
                record = dict(records[n % len(records)])
                record["title"] = f"{record['title']} ({n // len(records) + 1})"
                record["source_url"] = f"https://example.org/load/{n}"
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        call_command("import_articles", str(path))


def paths(count: int) -> list[str]:
    """A reader's mix: the front page, the latest articles and their pages, articles,
    topics, people and search."""
    from articles.models import Article, Author, Entity, Source, Tag

    rng = random.Random(8)
    public = Article.objects.published()
    ids = list(public.values_list("pk", "slug")[:5000])
    picks = ["/", "/latest/", "/latest/?page=2", "/tags/", "/entities/", "/entities/?kind=person"]
    picks += [
        f"/articles/{pk}/{quote(slug)}/" for pk, slug in rng.sample(ids, min(count, len(ids)))
    ]
    picks += [f"/a/{pk}" for pk, _ in rng.sample(ids, min(20, len(ids)))]
    for model in (Tag, Entity, Author, Source):
        for obj in model.objects.order_by("?")[:40]:
            picks.append(obj.get_absolute_url())
    queries = [json.loads(line)["query"] for line in (DEV_CORPUS / "search_queries.jsonl").open()]
    picks += [f"/search/?q={quote(q)}" for q in queries[:40]]
    return picks


def main() -> None:
    articles = int(sys.argv[1])
    out = Path(sys.argv[2])
    ensure_database(os.environ["DATABASE_URL"])
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    fill(articles)
    chosen = paths(300)
    out.write_text(
        "paths = {\n" + "".join(f"  {json.dumps(p)},\n" for p in chosen) + "}\n", encoding="utf-8"
    )
    print(f"{len(chosen)} paths to request")


if __name__ == "__main__":
    main()

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from articles import changes
from articles.importing import (
    get_or_create_named,
    import_article_file,
    import_entity_file,
    parse_datetime,
)
from articles.models import Tag

DEMO = Path(__file__).resolve().parents[2] / "demo"


class Command(BaseCommand):
    help = (
        "Load the demo content idempotently: the seed article (through the page importer), "
        "its gazetteer and the date and tags an editor gave it."
    )

    def handle(self, *args, **options):
        for result in (
            import_entity_file(DEMO / "entities.jsonl"),
            import_article_file(DEMO / "000_200f321cd9c4ca40.txt"),
        ):
            if result.problems:
                raise CommandError("; ".join(result.problems))
        article = result.articles[0]
        edits = json.loads((DEMO / "editorial.json").read_text(encoding="utf-8"))
        with transaction.atomic():
            # The page prints no date; the editor's date and tags complete it.
            article.published_at = parse_datetime(edits["published_at"])
            article.save(update_fields=["published_at", "updated_at"])
            article.tags.set([get_or_create_named(Tag, name) for name in edits["tags"]])
            changes.article_saved(article)
        self.stdout.write(f"Demo article: {article.get_absolute_url()}")

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from articles.corpus.evaluation import evaluate

DEV_CORPUS = Path(settings.BASE_DIR) / "tests" / "data" / "dev-corpus"


class Command(BaseCommand):
    help = (
        "Import a corpus (dev-corpus format) into a fresh, throwaway database and print entity "
        "linking precision/recall and search recall@10 per query kind. Uses the database "
        "DATABASE_URL points to (a test database is created beside it and dropped after)."
    )

    def add_arguments(self, parser):
        parser.add_argument("corpus", nargs="?", type=Path, default=DEV_CORPUS)

    def handle(self, *args, corpus: Path, **options):
        if not (corpus / "articles.jsonl").exists():
            raise CommandError(f"{corpus} has no articles.jsonl")
        old_name = connection.settings_dict["NAME"]
        connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
        try:
            figures = evaluate(corpus)
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
        self.stdout.write(figures.report())

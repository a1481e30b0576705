from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from articles.corpus.evaluation import evaluate

DEV_CORPUS = Path(settings.BASE_DIR) / "tests" / "data" / "dev-corpus"


class Command(BaseCommand):
    help = (
        "Import each corpus (dev-corpus format) into a fresh, throwaway database and print entity "
        "linking precision/recall and search recall@10 per query kind. Uses the database "
        "DATABASE_URL points to (a test database is created beside it and dropped after)."
    )

    def add_arguments(self, parser):
        parser.add_argument("corpus", nargs="*", type=Path, default=[DEV_CORPUS])

    def handle(self, *args, corpus: list[Path], **options):
        for directory in corpus:
            if not (directory / "articles.jsonl").exists():
                raise CommandError(f"{directory} has no articles.jsonl")
        for number, directory in enumerate(corpus):
            # Each corpus in a database of its own: their gazetteers must not mix.
            old_name = connection.settings_dict["NAME"]
            connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
            try:
                figures = evaluate(directory)
            finally:
                connection.creation.destroy_test_db(old_name, verbosity=0)
            self.stdout.write(("\n" if number else "") + figures.report())

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.importing import import_article_file


class Command(BaseCommand):
    help = (
        "Import articles from .jsonl files (one article per line) or .txt files (the text "
        "of a scraped news page). Re-importing updates instead of duplicating."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path)
        parser.add_argument("--draft", action="store_true", help="import as drafts")

    def handle(self, *args, files: list[Path], draft: bool, **options):
        created = updated = problems = 0
        for path in files:
            result = import_article_file(path, draft=draft)
            created += result.created
            updated += result.updated
            problems += len(result.problems)
            for warning in result.warnings:
                self.stderr.write(self.style.WARNING(warning))
            for problem in result.problems:
                self.stderr.write(self.style.ERROR(f"skipped {problem}"))
        self.stdout.write(f"{created} created, {updated} updated, {problems} skipped")
        if problems:
            raise CommandError(f"{problems} article(s) or file(s) skipped", returncode=1)

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Load an export written by `backup` into this database, which must be migrated and "
        "hold no articles or users yet; then rebuild the search index and check every count."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, *args, file: Path, **options):
        try:
            counts = restore_backup(file)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"{sum(counts.values())} rows of {len(counts)} models restored")

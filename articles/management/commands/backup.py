from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from articles.backup import BackupError, write_backup


class Command(BaseCommand):
    help = (
        "Write a complete, versioned export of the site's data (articles with their "
        "revisions, entities, tags, authors, sources, users and their groups) to a JSON file; "
        "gzip-compressed when the name ends in .gz. `restore` loads it into an empty database."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            type=Path,
            help="file to write (default: backups/newsreader-<date>-<time>.json.gz)",
        )

    def handle(self, *args, output: Path | None, **options):
        if output is None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            output = Path(settings.BASE_DIR) / "backups" / f"newsreader-{stamp}.json.gz"
        try:
            counts = write_backup(output)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        except DatabaseError as exc:
            raise CommandError(f"the database cannot be read ({exc}); is it migrated?") from None
        self.stdout.write(f"{sum(counts.values())} rows of {len(counts)} models written")
        for label, count in counts.items():
            if count:
                self.stdout.write(f"  {label}: {count}")
        self.stdout.write(str(output))

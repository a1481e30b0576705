from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.backup import MAX_BACKUP_BYTES, BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Load an export written by `backup` into this database, which must be migrated and "
        "hold no articles or users yet: the file is checked whole before anything is written, "
        "then loaded in one transaction, the search index rebuilt and every count checked."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--max-bytes",
            type=int,
            default=MAX_BACKUP_BYTES,
            help=(
                "refuse a backup of more bytes than this once decompressed "
                f"(default {MAX_BACKUP_BYTES:,})"
            ),
        )

    def handle(self, *args, file: Path, max_bytes: int, **options):
        try:
            counts = restore_backup(file, max_bytes=max_bytes)
        except BackupError as exc:
            # One line, whatever the cause: a database's message may run over several.
            raise CommandError(" ".join(str(exc).split())) from None
        self.stdout.write(f"{sum(counts.values())} rows of {len(counts)} models restored")

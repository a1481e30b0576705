from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.importing import import_entity_file


class Command(BaseCommand):
    help = (
        "Import entities from JSON Lines (name, kind, aliases, description, wikidata) and "
        "re-link existing articles."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path)

    def handle(self, *args, files: list[Path], **options):
        created = updated = problems = 0
        for path in files:
            result = import_entity_file(path)
            created += result.created
            updated += result.updated
            problems += len(result.problems)
            for problem in result.problems:
                self.stderr.write(self.style.ERROR(f"skipped {problem}"))
        self.stdout.write(f"{created} created, {updated} updated, {problems} skipped")
        if problems:
            raise CommandError(f"{problems} entity line(s) or file(s) skipped", returncode=1)

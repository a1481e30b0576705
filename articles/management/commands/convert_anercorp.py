from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.corpus.anercorp import convert


class Command(BaseCommand):
    help = (
        "Convert ANERcorp's train split (CAMeL Lab's ANERCorp_CamelLab_train.txt) into two "
        "corpora in the dev-corpus format (half-a to tune on, half-b to report on)."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", type=Path)
        parser.add_argument("output", type=Path)

    def handle(self, *args, source: Path, output: Path, **options):
        if "test" in source.name.lower():
            raise CommandError("the test split is kept apart for measuring: convert train only")
        with open(source, encoding="utf-8") as lines:
            counts = convert(lines, output)
        for part, n in counts.items():
            self.stdout.write(f"half-{part}: {n} articles")

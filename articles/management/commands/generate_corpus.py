import time

from django.core.management.base import BaseCommand, CommandError

from articles.corpus.generate import CorpusSpec, generate_corpus


class Command(BaseCommand):
    help = (
        "Generate a synthetic Arabic news archive (articles with bylines, tags, entity links "
        "and search index) for measuring the site at scale. Adds to what is there."
    )

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=1000)
        parser.add_argument("--entities", type=int, default=500)
        parser.add_argument("--tags", type=int, default=200)
        parser.add_argument("--years", type=int, default=6, help="spread of publication dates")
        parser.add_argument("--seed", type=int, default=7)

    def handle(self, *args, **options):
        for name in ("articles", "entities", "tags", "years"):
            if options[name] < (0 if name != "years" else 1):
                raise CommandError(f"--{name} must be a positive number")
        spec = CorpusSpec(
            articles=options["articles"],
            entities=options["entities"],
            tags=options["tags"],
            years=options["years"],
            seed=options["seed"],
        )
        started = time.perf_counter()

        def progress(done: int, total: int) -> None:
            if options["verbosity"] > 1 or done == total or done % 20000 == 0:
                rate = done / max(time.perf_counter() - started, 1e-9)
                self.stdout.write(f"  {done:,}/{total:,} articles ({rate:,.0f}/s)")

        summary = generate_corpus(spec, progress=progress)
        elapsed = time.perf_counter() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"Generated {summary.articles:,} articles with {summary.links:,} entity links "
                f"in {elapsed:.1f} s."
            )
        )
        for slug, count in summary.tags.items():
            self.stdout.write(f"  tag {slug}: {count:,} articles")

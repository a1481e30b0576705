from django.core.management.base import BaseCommand
from django.db import transaction

from articles import changes
from articles.models import Article


class Command(BaseCommand):
    help = (
        "Make the responsive variants of lead images that have none (images uploaded before "
        "variants existed, or restored from a backup without them). An editor's upload makes "
        "them by itself."
    )

    def handle(self, *args, **options):
        made = 0
        for article in Article.objects.exclude(image="").iterator(chunk_size=100):
            if (article.image_variants or {}).get("source") == article.image.name:
                continue
            with transaction.atomic():
                article.image_variants = {}  # made again from the image (articles.changes)
                article.skip_history_when_saving = True  # no editor changed anything
                article.save()
                changes.article_saved(article)
            made += bool(article.image_variants)
            if not article.image_variants:
                self.stderr.write(f"{article.pk}: {article.image.name} could not be read")
        self.stdout.write(f"Variants made for {made} article(s).")

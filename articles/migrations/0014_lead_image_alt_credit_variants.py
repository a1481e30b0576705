"""A lead image's alt text and credit, and the variants readers are served (derived from the
image when it is saved; revisions keep the image, never its variants)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0013_listed_articles"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="image_alt",
            field=models.CharField(
                blank=True,
                help_text="مطلوب مع كل صورة: ما في الصورة بجملة قصيرة، لقارئ الشاشة ولمن لا تظهر له الصورة.",
                max_length=300,
                verbose_name="وصف الصورة لمن لا يراها",
            ),
        ),
        migrations.AddField(
            model_name="article",
            name="image_credit",
            field=models.CharField(
                blank=True,
                help_text="المصوّر أو الوكالة، مثل: رويترز.",
                max_length=200,
                verbose_name="مصدر الصورة",
            ),
        ),
        migrations.AddField(
            model_name="article",
            name="image_variants",
            field=models.JSONField(blank=True, default=dict, editable=False),
        ),
        migrations.AddField(
            model_name="historicalarticle",
            name="image_alt",
            field=models.CharField(
                blank=True,
                help_text="مطلوب مع كل صورة: ما في الصورة بجملة قصيرة، لقارئ الشاشة ولمن لا تظهر له الصورة.",
                max_length=300,
                verbose_name="وصف الصورة لمن لا يراها",
            ),
        ),
        migrations.AddField(
            model_name="historicalarticle",
            name="image_credit",
            field=models.CharField(
                blank=True,
                help_text="المصوّر أو الوكالة، مثل: رويترز.",
                max_length=200,
                verbose_name="مصدر الصورة",
            ),
        ),
    ]

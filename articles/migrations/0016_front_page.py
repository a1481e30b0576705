"""The front page: the sections editors choose, a chief editor's lead story, when an
article was revised after publication, and the stored front page.

Both roles arrange the sections; only chief editors pin the lead story (editors see it).
"""

import django.core.validators
import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

EDITOR = "محرر"
CHIEF_EDITOR = "رئيس تحرير"
SECTIONS = [f"{action}_frontpagesection" for action in ("view", "add", "change", "delete")]
ROLES = {
    EDITOR: [*SECTIONS, "view_leadstory"],
    CHIEF_EDITOR: [*SECTIONS, *(f"{a}_leadstory" for a in ("view", "add", "change", "delete"))],
}


def give_roles_the_front_page(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; the groups need them now.
    config = apps.get_app_config("articles")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0, using=schema_editor.connection.alias)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in ROLES.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label="articles", codename__in=codenames
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0015_link_decisions"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="StoredFrontPage",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("html", models.TextField()),
                ("epoch", models.BigIntegerField()),
                ("renderer", models.CharField(max_length=16)),
                ("valid_until", models.DateTimeField(null=True)),
            ],
            options={
                "default_permissions": (),
            },
        ),
        migrations.AddField(
            model_name="article",
            name="revised_at",
            field=models.DateTimeField(
                blank=True, editable=False, null=True, verbose_name="حُدِّث في"
            ),
        ),
        migrations.AddField(
            model_name="historicalarticle",
            name="revised_at",
            field=models.DateTimeField(
                blank=True, editable=False, null=True, verbose_name="حُدِّث في"
            ),
        ),
        migrations.CreateModel(
            name="FrontPageSection",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "order",
                    models.PositiveSmallIntegerField(
                        default=0, help_text="الأصغر يظهر أولًا.", verbose_name="الترتيب"
                    ),
                ),
                (
                    "stories",
                    models.PositiveSmallIntegerField(
                        default=4,
                        validators=[
                            django.core.validators.MinValueValidator(1),
                            django.core.validators.MaxValueValidator(12),
                        ],
                        verbose_name="عدد الأخبار",
                    ),
                ),
                ("active", models.BooleanField(default=True, verbose_name="ظاهر")),
                (
                    "tag",
                    models.OneToOneField(
                        help_text="تظهر آخر أخبار هذا الوسم في قسم باسمه، وفي شريط الأقسام أعلى كل صفحة.",
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="front_page_section",
                        to="articles.tag",
                        verbose_name="الوسم",
                    ),
                ),
            ],
            options={
                "verbose_name": "قسم في الصفحة الرئيسية",
                "verbose_name_plural": "أقسام الصفحة الرئيسية",
                "ordering": ["order", "pk"],
            },
        ),
        migrations.CreateModel(
            name="LeadStory",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "pinned_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="يبدأ في"),
                ),
                (
                    "expires_at",
                    models.DateTimeField(
                        blank=True,
                        help_text="بعده يعود الخبر الرئيسي إلى أحدث خبر. اتركه فارغًا ليبقى حتى تغيّره.",
                        null=True,
                        verbose_name="ينتهي في",
                    ),
                ),
                (
                    "article",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="lead_pins",
                        to="articles.article",
                        verbose_name="المقال",
                    ),
                ),
                (
                    "pinned_by",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="اختاره",
                    ),
                ),
            ],
            options={
                "verbose_name": "خبر رئيسي مثبّت",
                "verbose_name_plural": "الخبر الرئيسي",
                "ordering": ["-pinned_at", "-pk"],
                "indexes": [models.Index(fields=["-pinned_at", "-id"], name="lead_latest")],
            },
        ),
        migrations.RunPython(give_roles_the_front_page, migrations.RunPython.noop),
    ]

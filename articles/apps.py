from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("الأخبار")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.contrib import admin
        from django.db.models.signals import post_migrate

        from . import (
            changes,
            checks,  # noqa: F401 (registers the system checks)
        )
        from .newsroom.changelists import guard_every_change_list
        from .search import keep_fts_in_step

        # The admin (first in INSTALLED_APPS) has registered every app's ModelAdmins by now.
        guard_every_change_list(admin.site)

        # SQLite drops a table's triggers whenever a migration rebuilds the table (every
        # ALTER beyond the simplest), so the index's delete trigger is re-made after each
        # migrate rather than only by the migration that first created it.
        post_migrate.connect(keep_fts_in_step, sender=self)
        changes.connect()

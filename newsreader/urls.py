from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from articles.newsroom.viewonsite import view_on_site

from . import health, media

admin.site.site_header = _("غرفة الأخبار")
admin.site.site_title = _("إدارة قارئ الأخبار")
admin.site.index_title = _("إدارة المحتوى")

handler500 = "newsreader.errors.server_error"

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    *media.urlpatterns(),
    # Before the admin's own: its «عرض على الموقع» redirect, for what the user may see.
    path(
        f"{settings.ADMIN_URL}r/<path:content_type_id>/<path:object_id>/",
        admin.site.admin_view(view_on_site),
    ),
    path(settings.ADMIN_URL, admin.site.urls),
    path("", include("articles.urls")),
]

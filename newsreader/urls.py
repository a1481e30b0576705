from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from . import health

admin.site.site_header = _("غرفة الأخبار")
admin.site.site_title = _("إدارة قارئ الأخبار")
admin.site.index_title = _("إدارة المحتوى")

handler500 = "newsreader.errors.server_error"

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path(settings.ADMIN_URL, admin.site.urls),
    path("", include("articles.urls")),
]

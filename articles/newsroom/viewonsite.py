"""«عرض على الموقع» (`admin:view_on_site`) only for what the user may see there.

Django's redirect answers any member of staff with the address of any object that has a
page, and an article's address holds its title (the slug): a staff account in no role would
read the titles of drafts and of the trash. Here the redirect is given only when the object's
admin lets the user view it and, for an article, when they may read it on the site
(`Article.is_previewable_by`, the rule of previews); anything else is a 404, as for an
object that does not exist.
"""

from __future__ import annotations

from django.contrib import admin
from django.contrib.admin.exceptions import NotRegistered
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from ..models import Article


def view_on_site(request: HttpRequest, content_type_id: str, object_id: str) -> HttpResponse:
    try:
        content_type = ContentType.objects.get(pk=content_type_id)
        obj = content_type.get_object_for_this_type(pk=object_id)
    except (ObjectDoesNotExist, ValueError, ValidationError, AttributeError):
        obj = None  # AttributeError: a content type whose model is gone
    if obj is None or not _may_see(request, obj):
        raise Http404(_("لا توجد صفحة لهذا العنصر على الموقع."))
    return shortcut(request, content_type_id, object_id)


def _may_see(request: HttpRequest, obj) -> bool:
    try:
        model_admin = admin.site.get_model_admin(type(obj))
    except NotRegistered:
        return False
    if not model_admin.has_view_or_change_permission(request, obj):
        return False
    return not isinstance(obj, Article) or obj.is_previewable_by(request.user)

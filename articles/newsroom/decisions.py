"""Editors' linking decisions: a read-only list of what the matcher learns from.

Each removal or confirmation of an automatic link is kept as a `LinkDecision` per form and
preceding word (`linking.record_decisions`) and read back as evidence for later articles
(`linking.learned`). The list shows them, filtered by decision, entity kind and date and
searched by form or entity name, so an editor can see why a form now needs a licence. It
is written only through the article form: nothing here adds, edits or deletes.
"""

from __future__ import annotations

from django.contrib import admin
from django.db.models import Q

from ..models import LinkDecision
from ..text.normalize import normalize

# Whoever may edit articles (and so make these decisions) may see them.
VIEW_PERMISSION = "articles.change_article"


@admin.register(LinkDecision)
class LinkDecisionAdmin(admin.ModelAdmin):
    list_display = ("entity", "form", "before", "decision", "article", "decided_at")
    list_filter = ("decision", "entity__kind", "decided_at")
    list_select_related = ("entity", "article")
    search_fields = ("form",)  # enables the search box; the lookup is normalised below
    date_hierarchy = "decided_at"
    ordering = ("-decided_at", "-pk")
    show_full_result_count = False

    def get_search_results(self, request, queryset, search_term):
        # Forms are stored normalised, like entities' name keys: «صُوَر» finds «صور».
        term = normalize(search_term)
        if not term:
            return queryset, False
        return queryset.filter(Q(form__contains=term) | Q(entity__name_key__contains=term)), False

    def has_view_permission(self, request, obj=None) -> bool:
        return request.user.has_perm(VIEW_PERMISSION)

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

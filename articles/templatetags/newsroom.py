from typing import Any

from django import template

from ..newsroom.datehierarchy import probing_date_hierarchy

register = template.Library()


@register.inclusion_tag("admin/date_hierarchy.html")
def newsroom_date_hierarchy(changelist) -> dict[str, Any] | None:
    """`{% date_hierarchy cl %}` for a list too long to read whole (see datehierarchy.py)."""
    return probing_date_hierarchy(changelist)

"""What a tag or entity page shows about its subject, stored: its panels (what it is found
with, its timeline), how many articles it has, and the articles pinned to it.

Each panel is an aggregate over the subject's recent articles in the listing index
(`articles.exploring`); the entity timeline counts every mention of two years. With the
count and the pins they are the costliest part of those pages and change only when the
subject's articles do, so they are kept, one row per subject, and rebuilt by the first
reader after:
- `listing.refresh` rewrites the listing rows of articles: the panels of every subject
  those articles had or have are dropped (`forget_subjects`);
- a tag or entity is renamed, added or deleted (their names are in other subjects'
  panels): every panel is dropped (signals in `storedpages.connect`);
- a scheduled article of the subject becomes public (`valid_until`);
- the code that renders them changes (`renderer.fingerprint`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db.models import Min, Q
from django.utils import timezone
from django.utils.safestring import mark_safe

from ..models import ListingEntry, StoredPanels
from . import freshness as renderer


@dataclass
class Summary:
    """What the page shows about its subject (see the module doc)."""

    html: str
    count: int
    estimated: bool
    pinned: list[int] = field(default_factory=list)


def summary(kind: str, subject_id: int, build: Callable[[], Summary]) -> Summary:
    """The subject's summary: stored, or made by `build()` and stored."""
    now = timezone.now()
    stored = renderer.read_valid(
        StoredPanels,
        ["html", "count", "estimated", "pinned"],
        now,
        kind=kind,
        subject_id=subject_id,
    )
    if stored is not None:
        return Summary(mark_safe(stored[0]), *stored[1:])
    read_at = renderer.epoch()
    valid_until = _next_publication(kind, subject_id, now)
    made = build()
    row = StoredPanels(
        kind=kind,
        subject_id=subject_id,
        renderer=renderer.fingerprint(),
        html=made.html,
        count=made.count,
        estimated=made.estimated,
        pinned=made.pinned,
        valid_until=valid_until,
    )
    with renderer.storing(read_at) as current:
        if current:
            renderer.upsert([row], unique_fields=["kind", "subject_id"])
    made.html = mark_safe(made.html)
    return made


def _next_publication(kind: str, subject_id: int, now):
    return ListingEntry.objects.filter(
        kind=kind, subject_id=subject_id, published_at__gt=now
    ).aggregate(due=Min("published_at"))["due"]


def forget_subjects(subjects: Iterable[tuple[str, int]]) -> None:
    """Drop the panels of these (kind, subject id) pairs."""
    by_kind: dict[str, set[int]] = {}
    for kind, subject_id in subjects:
        by_kind.setdefault(kind, set()).add(subject_id)
    if not by_kind:
        return
    renderer.forgotten()
    condition = Q()
    for kind, ids in by_kind.items():
        condition |= Q(kind=kind, subject_id__in=ids)
    StoredPanels.objects.filter(condition).delete()


def forget_all() -> None:
    renderer.forgotten()
    StoredPanels.objects.all().delete()

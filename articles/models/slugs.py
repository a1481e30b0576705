"""Readable, unique, Arabic-preserving slugs."""

from django.db import models
from django.utils.text import slugify

from ..text.normalize import clean


def unique_slug(
    model: type[models.Model], text: str, *, exclude_pk=None, max_length: int = 100
) -> str:
    """`slugify` keeping Arabic letters (tashkeel and tatweel dropped), made unique in `model`.

    A clash gets `-2`, `-3`... The unique constraint on the column still guards
    against two concurrent saves picking the same suffix.
    """
    base = slugify(clean(text), allow_unicode=True)[:max_length].strip("-") or "item"
    others = model._default_manager.exclude(pk=exclude_pk) if exclude_pk else model._default_manager
    taken = set(others.filter(slug__startswith=base).values_list("slug", flat=True))
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"

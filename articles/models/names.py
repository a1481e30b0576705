"""Names the newsroom files articles under: publishers, people, tags and entities."""

from __future__ import annotations

from typing import ClassVar

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..text.normalize import normalize
from ..text.normalize import sort_key as alphabetical_key
from ..text.spelling import vocalised_apart
from . import paths
from .slugs import unique_slug

# Between an entity's folded name and the vowel marks that tell it from a namesake.
MARKED_KEY_SEPARATOR = " ~"


class NamedQuerySet(models.QuerySet):
    def by_name(self, name: str):
        """Rows whose name is `name` up to orthography (hamza, taa marbuta, tashkeel...)."""
        return self.filter(name_key=normalize(name))

    def listed(self):
        """Those with a published article, public or scheduled (`listed_articles`): the only
        ones whose names readers may be shown (`articles.listing.public_counts` tells the
        public ones from the scheduled)."""
        return self.filter(listed_articles__gt=0)


class NamedModel(models.Model):
    """A thing with a display name, an orthography-folded key and a stable Arabic slug.

    `name_key` is what makes «الاخبارية» and «الإخبارية» one source, and «الحرب
    الروسية الأوكرانية» typed with or without hamza one tag.
    """

    name = models.CharField(_("الاسم"), max_length=200)
    name_key = models.CharField(max_length=200, unique=True, editable=False)
    # Arabic alphabetical order: orthography folded and a leading ال ignored (الأردن under ا).
    sort_key = models.CharField(max_length=200, editable=False, db_index=True, default="")
    slug = models.SlugField(
        _("المعرّف في الرابط"), max_length=200, unique=True, allow_unicode=True, blank=True
    )
    # Derived, like the keys: how many published articles (public or scheduled) the listing
    # index holds for this subject, kept by `articles.listing`, so that index pages, sitemaps
    # and filters never count articles per request.
    listed_articles = models.PositiveIntegerField(default=0, editable=False)

    objects = NamedQuerySet.as_manager()
    # The URL name of its page, which takes the slug.
    route: ClassVar[str]

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.name = self.name.strip()
        self.name_key = self.key_for_name()
        self.sort_key = alphabetical_key(self.name)
        if not self.slug:
            # Generated once: a slug that changed with every rename would break shared links.
            self.slug = unique_slug(type(self), self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return paths.path(self.route, slug=self.slug)

    def clean(self) -> None:
        super().clean()
        if not normalize(self.name):
            raise ValidationError({"name": _("الاسم لا يمكن أن يكون فارغًا.")})
        twin = self.twin()
        if twin:
            # «الاخبارية» and «الإخبارية» are one source: point the editor to the existing row.
            raise ValidationError(
                {"name": _("«%(name)s» موجود بالفعل بهذا الاسم أو بإملاء آخر له.") % {"name": twin}}
            )

    def key_for_name(self) -> str:
        return normalize(self.name)

    def twin(self) -> NamedModel | None:
        """Another row with this name up to orthography."""
        return type(self).objects.filter(name_key=normalize(self.name)).exclude(pk=self.pk).first()


class Source(NamedModel):
    route = "articles:source"
    url = models.URLField(_("الموقع"), blank=True)

    class Meta:
        verbose_name = _("مصدر")
        verbose_name_plural = _("المصادر")
        ordering = ["sort_key", "name_key"]


class Author(NamedModel):
    route = "articles:author"
    source = models.ForeignKey(
        Source,
        verbose_name=_("المصدر"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="authors",
    )

    class Meta:
        verbose_name = _("كاتب")
        verbose_name_plural = _("الكتّاب")
        ordering = ["sort_key", "name_key"]


class Tag(NamedModel):
    route = "articles:tag"
    description = models.TextField(_("الوصف"), blank=True)

    class Meta:
        verbose_name = _("وسم")
        verbose_name_plural = _("الوسوم")
        ordering = ["sort_key", "name_key"]
        indexes = [
            # The tag index: listed tags in alphabetical order, any page of them.
            models.Index(
                fields=["sort_key", "name_key"],
                name="tag_listed_order",
                condition=models.Q(listed_articles__gt=0),
            ),
        ]


class EntityKind(models.TextChoices):
    PERSON = "person", _("شخص")
    PLACE = "place", _("مكان")
    ORGANIZATION = "organization", _("منظمة")
    EVENT = "event", _("حدث")
    OTHER = "other", _("أخرى")


class Entity(NamedModel):
    route = "articles:entity"
    kind = models.CharField(
        _("النوع"), max_length=20, choices=EntityKind.choices, default=EntityKind.OTHER
    )
    aliases = models.JSONField(
        _("أسماء أخرى"),
        default=list,
        blank=True,
        help_text=_("صيغ أخرى للاسم يُعثر بها على الكيان في النصوص، مثل اسم العائلة وحده."),
    )
    description = models.TextField(_("الوصف"), blank=True)
    wikidata = models.CharField(
        _("معرّف ويكي بيانات"),
        max_length=20,
        blank=True,
        validators=[RegexValidator(r"^Q[1-9]\d*$", _("معرّف ويكي بيانات يبدأ بـ Q ثم أرقام."))],
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("كيان")
        verbose_name_plural = _("الكيانات")
        ordering = ["sort_key", "name_key"]
        indexes = [
            models.Index(fields=["kind", "name_key"], name="entity_kind_name"),
            # The entity index, of every kind or of one: listed entities in alphabetical order.
            models.Index(
                fields=["sort_key", "name_key"],
                name="entity_listed_order",
                condition=models.Q(listed_articles__gt=0),
            ),
            models.Index(
                fields=["kind", "sort_key", "name_key"],
                name="entity_listed_kind_order",
                condition=models.Q(listed_articles__gt=0),
            ),
        ]

    def save(self, *args, **kwargs) -> None:
        self.aliases = clean_aliases(self.aliases, exclude=self.name)
        super().save(*args, **kwargs)

    def _namesakes(self) -> list[Entity]:
        """Other entities whose names fold to this one's (with a key of their own or not)."""
        base = normalize(self.name)
        rows = Entity.objects.filter(
            models.Q(name_key=base) | models.Q(name_key__startswith=base + MARKED_KEY_SEPARATOR)
        )
        return list(rows.exclude(pk=self.pk).only("pk", "name", "name_key"))

    def key_for_name(self) -> str:
        """The folded name; with its vowel marks added when an entity whose name folds alike
        is written with marks that disagree (عُمان, Oman, beside عمّان, Amman): both are
        kept, as the matcher keeps them apart."""
        base = normalize(self.name)
        if any(vocalised_apart(self.name, other.name) for other in self._namesakes()):
            marks = "".join(c for c in self.name if "\u064b" <= c <= "\u0652")
            return (base + MARKED_KEY_SEPARATOR + marks)[:200]
        return base

    def twin(self) -> Entity | None:
        """Another entity with this name up to orthography, unless written diacritics tell
        them apart."""
        return next((e for e in self._namesakes() if not vocalised_apart(self.name, e.name)), None)

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]


def clean_aliases(aliases, *, exclude: str = "") -> list[str]:
    """Stripped, non-empty aliases, one per orthographic variant, never the name itself."""
    seen = {normalize(exclude)} if exclude else set()
    result = []
    for alias in aliases or []:
        alias = str(alias).strip()
        key = normalize(alias)
        if key and key not in seen:
            seen.add(key)
            result.append(alias)
    return result

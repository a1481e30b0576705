"""Every list in the newsroom turns away filter values it cannot use, instead of failing.

Django's change list hands the query string's values to the database, and some of them
fail there or before it, as a 500: a NUL byte (PostgreSQL refuses it in text), a date that
the time zone moves out of the calendar when it is stored as UTC (year 1, year 9999), a
date-hierarchy year or month that Python's datetime cannot hold (Django catches only part of
these: ticket #37357), and a lookup on any field of the model that no filter offers
(`?title__regex=(` is a database error on both databases).

Here a change list takes only the parameters its own list filters and date hierarchy read,
with values they can use. A bad value is Django's `IncorrectLookupParameters` (the list
reloads with `?e=1`, as for any value Django itself rejects); a parameter that no filter
reads is a 400, as Django answers a lookup it does not allow.

`guard_every_change_list` puts every ModelAdmin registered on the site behind this, those of
Django and django-axes included (from `ArticlesConfig.ready`, after the admin's
autodiscovery has registered them all).
"""

from __future__ import annotations

from datetime import MAXYEAR, MINYEAR, datetime
from functools import cache

from django.contrib.admin import AdminSite, widgets
from django.contrib.admin.exceptions import DisallowedModelAdminLookup
from django.contrib.admin.filters import FieldListFilter
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import ValidationError
from django.db import DatabaseError, models, transaction

from .bases import ChangeListMixin, ModelAdminMixin

# Dates are stored in UTC: a time-zone shift of up to a day either way must keep a date of
# these years inside the calendar, and so must the end of a date-hierarchy year (next year).
EARLIEST_YEAR = MINYEAR + 1
LATEST_YEAR = MAXYEAR - 1
# Parameters that say whether there is a value, not what it is.
_PRESENCE_LOOKUPS = ("__isnull", "__isempty")


class CheckedChangeListMixin(ChangeListMixin):
    """For a ChangeList class: refuse what the database or datetime cannot take."""

    def get_filters(self, request):
        params = self.get_filters_params()
        _refuse_nul(params)
        hierarchy = _date_hierarchy_bounds(self.date_hierarchy, params)
        specs, has_filters, remaining, duplicates, active = super().get_filters(request)
        for spec in specs:
            _check_dates(spec)
        # Left over: what no list filter took. The date hierarchy's own bounds are
        # expected, and the lookups a raw-id popup sends (limit_choices_to).
        unread = set(remaining) - hierarchy - _popup_lookups(self.model)
        if unread:
            raise DisallowedModelAdminLookup(f"No filter of this list reads {sorted(unread)}")
        return specs, has_filters, remaining, duplicates, active


def _refuse_nul(params: dict[str, list[str]]) -> None:
    for name, values in params.items():
        if "\x00" in name or any("\x00" in value for value in values):
            raise IncorrectLookupParameters("a NUL byte in a filter")


def _date_hierarchy_bounds(field: str | None, params: dict[str, list[str]]) -> set[str]:
    """The lookups the date hierarchy will add, after checking its year, month and day as
    Django reads them (the last value of each; month and day default to 1)."""
    if not field or f"{field}__year" not in params:
        return set()
    parts = [params.get(f"{field}__{part}") for part in ("year", "month", "day")]
    try:
        year, month, day = (int(values[-1]) if values is not None else 1 for values in parts)
        if not EARLIEST_YEAR <= year <= LATEST_YEAR:
            raise ValueError(f"year {year} is outside {EARLIEST_YEAR}..{LATEST_YEAR}")
        datetime(year, month, day)
    except (ValueError, OverflowError, IndexError) as exc:
        raise IncorrectLookupParameters(exc) from exc
    return {f"{field}__gte", f"{field}__lt"}


def _check_dates(spec) -> None:
    """A list filter on a date field: each value a date, in years that can be stored."""
    field = getattr(spec, "field", None)
    if not isinstance(spec, FieldListFilter) or not isinstance(field, models.DateField):
        return
    for name, values in spec.used_parameters.items():
        if name.endswith(_PRESENCE_LOOKUPS):
            continue
        for value in values if isinstance(values, list) else [values]:
            try:
                parsed = field.to_python(value)
            except ValidationError as exc:
                raise IncorrectLookupParameters(exc) from exc
            if parsed is not None and not EARLIEST_YEAR <= parsed.year <= LATEST_YEAR:
                raise IncorrectLookupParameters(f"{name}: year {parsed.year} cannot be stored")


def _popup_lookups(model) -> set[str]:
    """The parameters Django's raw-id popups send to this model's list (limit_choices_to)."""
    names: set[str] = set()
    for lookup in model._meta.related_fkey_lookups:
        names.update(widgets.url_params_from_lookup_dict(lookup() if callable(lookup) else lookup))
    return names


@cache
def checked(changelist_class: type) -> type:
    """`changelist_class` with the checks above (the same class for the same base)."""
    if issubclass(changelist_class, CheckedChangeListMixin):
        return changelist_class
    return type(
        f"Checked{changelist_class.__name__}", (CheckedChangeListMixin, changelist_class), {}
    )


class CheckedChangeLists(ModelAdminMixin):
    """For a ModelAdmin: its change list, whatever class it uses, goes through the checks,
    and an add form is prefilled (`?source=3&tags=1,2`) only with values its fields accept.

    Django hands the query string's values to the form as initial data unchecked, and an
    autocomplete widget looks them up in the database to show them: `?source=abc` was a 500.
    """

    def get_changelist(self, request, **kwargs):
        # A class is hashable (mypy checks ChangeList's __hash__, its instances').
        return checked(super().get_changelist(request, **kwargs))  # type: ignore[arg-type]

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        fields = self.get_form(request).base_fields
        usable = {}
        for name, value in initial.items():
            field = fields.get(name)
            if field is None:
                continue
            try:
                with transaction.atomic():  # a value the database refuses spoils nothing
                    field.clean(value)
            except (ValidationError, ValueError, TypeError, OverflowError, DatabaseError):
                continue  # not a value this field takes: the form starts without it
            usable[name] = value
        return usable


def guard_every_change_list(site: AdminSite) -> None:
    """Register every ModelAdmin of `site` again, its class with `CheckedChangeLists`."""
    # The registry has no public iterator; AdminSite.check reads it the same way.
    for model, model_admin in list(site._registry.items()):
        admin_class = type(model_admin)
        if issubclass(admin_class, CheckedChangeLists):
            continue
        site.unregister(model)
        site.register(
            model,
            type(
                admin_class.__name__,
                (CheckedChangeLists, admin_class),
                {"__module__": admin_class.__module__},
            ),
        )

"""No filter value makes a newsroom list fail: a 4xx, a redirect or a page, never a 500.

Every registered ModelAdmin's change list (the project's, and those Django and django-axes
register) is requested with each parameter its list filters read, its date hierarchy, its
search box, ordering and page number, set to what a hand or a fuzzer types: NUL bytes, huge
and negative numbers, months and days out of range, words where ids go, dates at the ends of
the calendar, a lone surrogate. See articles/newsroom/changelists.py.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import quote

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django.contrib.admin.filters import FieldListFilter
from django.contrib.admin.utils import get_fields_from_path
from django.contrib.admin.views.main import ORDER_VAR, PAGE_VAR, SEARCH_VAR
from django.contrib.auth import get_user_model
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from articles.newsroom.changelists import CheckedChangeLists
from tests.factories import make_article, make_author, make_entity, make_tag

pytestmark = pytest.mark.django_db

HOSTILE = [
    "\x00",
    "1\x00",
    "ا\x00ب",
    "99999999999",
    "99999999999999999999999999",
    "-1",
    "0",
    "13",
    "32",
    "9999",
    "abc",
    "1e309",
    "٣",
    "",
    "x" * 1000,
    "' OR 1=1 --",
    "0001-01-01",
    "9999-12-31 23:59:59",
    "2024-02-30",
    "\ud800",
]
# Ends of the calendar for a date hierarchy: (year, month, day).
CALENDAR_ENDS = [
    ("9999", None, None),
    ("9999", "12", None),
    ("9999", "12", "31"),
    ("1", None, None),
    ("1", "1", None),
    ("1", "1", "1"),
    ("99999999999", "13", None),
]

ADMINS = {model._meta.label: model_admin for model, model_admin in admin.site._registry.items()}


def changelist_url(model_admin) -> str:
    opts = model_admin.model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")


def filter_parameters(model_admin, request) -> list[str]:
    """The query parameters each of the admin's list filters reads, built as Django builds
    them (a filter with nothing to offer still reads its parameters)."""
    names = []
    for list_filter in model_admin.get_list_filter(request):
        if isinstance(list_filter, type):  # a SimpleListFilter
            spec = list_filter(request, {}, model_admin.model, model_admin)
        else:
            path, filter_class = (
                list_filter if isinstance(list_filter, (list, tuple)) else (list_filter, None)
            )
            field = get_fields_from_path(model_admin.model, path)[-1]
            spec = (filter_class or FieldListFilter.create)(
                field, request, {}, model_admin.model, model_admin, field_path=path
            )
            names.append(path)  # `?status=` is allowed as well as `?status__exact=`
        names.extend(spec.expected_parameters())
    return names


def hostile_queries(model_admin, request):
    """(what is tried, query) for each filter parameter and the date hierarchy."""
    for name in [*filter_parameters(model_admin, request), SEARCH_VAR, ORDER_VAR, PAGE_VAR]:
        for value in HOSTILE:
            yield name, {name: value}
    field = model_admin.date_hierarchy
    if not field:
        return
    for value in HOSTILE:
        yield "year", {f"{field}__year": value}
        yield "month", {f"{field}__year": "2024", f"{field}__month": value}
        yield "day", {f"{field}__year": "2024", f"{field}__month": "2", f"{field}__day": value}
        yield "month alone", {f"{field}__month": value}
        yield "day alone", {f"{field}__day": value}
    for parts in CALENDAR_ENDS:
        names = (f"{field}__year", f"{field}__month", f"{field}__day")
        yield "calendar's end", {n: v for n, v in zip(names, parts, strict=True) if v}


def query_string(query: dict[str, str]) -> str:
    # Percent-encoded by hand: a lone surrogate has no UTF-8 form, but its bytes can be sent.
    return "&".join(
        f"{quote(name)}={quote(value.encode('utf-8', 'surrogatepass'))}"
        for name, value in query.items()
    )


@pytest.fixture
def superuser_client(client):
    client.force_login(get_user_model().objects.create_superuser("root", "r@example.org", "pw"))
    client.raise_request_exception = False  # a 500 is counted, not raised
    return client


@pytest.fixture
def some_rows(db):
    """Rows in every listed table, so that every filter has choices to offer."""
    make_article(authors=[make_author()], tags=[make_tag()], entities=[make_entity()])
    make_article(status=Article.Status.DRAFT, published_at=None)
    make_article(published_at=timezone.now() + timedelta(days=3))
    trashed = make_article()
    trashed.deleted_at = timezone.now()
    trashed.save()
    AccessAttempt.objects.create(username="x", ip_address="10.0.0.1", failures_since_start=9)
    AccessLog.objects.create(username="x", ip_address="10.0.0.1")
    AccessFailureLog.objects.create(username="x", ip_address="10.0.0.1", locked_out=True)


def test_every_list_of_the_admin_is_checked():
    unchecked = [label for label, ma in ADMINS.items() if not isinstance(ma, CheckedChangeLists)]
    assert not unchecked
    assert {"articles.Article", "auth.User", "axes.AccessAttempt"} <= ADMINS.keys()


@pytest.mark.parametrize("label", sorted(ADMINS))
def test_no_filter_value_makes_a_server_error(superuser_client, some_rows, label):
    model_admin = ADMINS[label]
    url = changelist_url(model_admin)
    request = RequestFactory().get(url)
    request.user = get_user_model().objects.get(username="root")
    failures = []
    tried = 0
    for what, query in hostile_queries(model_admin, request):
        response = superuser_client.get(f"{url}?{query_string(query)}")
        tried += 1
        if response.status_code >= 500:
            failures.append(f"{what} {query!r}: {response.status_code}")
    assert tried >= len(HOSTILE) * 3
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize(
    "query",
    [
        "status=%00",
        "status__exact=%00",
        "published_at__year=99999999999&published_at__month=13",
        "published_at__year=9999",
        "published_at__year=2024&published_at__month=13",
        "published_at__year=2024&published_at__month=2&published_at__day=30",
        "published_at__gte=0001-01-01",
        "published_at__lt=9999-12-31",
    ],
)
def test_a_bad_filter_value_reloads_the_list_with_django_s_error_flag(superuser_client, query):
    response = superuser_client.get(f"/admin/articles/article/?{query}")
    assert response.status_code == 302
    assert response["Location"] == "/admin/articles/article/?e=1"


@pytest.mark.parametrize(
    "query",
    ["title__regex=(", "body__iregex=[", "published_at__in=0001-01-01", "published_at__month=5"],
)
def test_a_lookup_no_filter_offers_is_refused(superuser_client, query):
    assert superuser_client.get(f"/admin/articles/article/?{query}").status_code == 400


def test_the_filters_and_the_date_hierarchy_still_filter(superuser_client):
    when = timezone.make_aware(datetime(2024, 2, 29, 12))  # noon in the site's time zone
    make_article(title="خبر يوم كبيس", published_at=when)
    make_article(title="خبر آخر")
    page = superuser_client.get(
        "/admin/articles/article/?published_at__year=2024&published_at__month=2"
        "&published_at__day=29&status__exact=published"
    )
    assert page.status_code == 200
    assert "خبر يوم كبيس" in page.text and "خبر آخر" not in page.text


def _add_forms() -> list[tuple[str, list[str]]]:
    """(add URL, its form's fields) of every registered ModelAdmin that adds."""
    found = []
    rf = RequestFactory().get("/")
    rf.user = get_user_model()(is_superuser=True, is_staff=True)
    for model, model_admin in admin.site._registry.items():
        if not model_admin.has_add_permission(rf):
            continue
        url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_add")
        found.append((url, list(model_admin.get_form(rf).base_fields)))
    return found


def test_no_prefilled_add_form_value_makes_a_server_error(editor_client):
    make_article(authors=[make_author()], tags=[make_tag()], entities=[make_entity()])
    for url, fields in _add_forms():
        for name in fields:
            for value in ("abc", "\x00", "99999999999999999999999", "1,x", "-1"):
                response = editor_client.get(f"{url}?{name}={quote(value)}")
                assert response.status_code < 500, (url, name, value)


def test_a_prefilled_value_the_field_takes_is_kept(editor_client):
    article = make_article(authors=[make_author()], tags=[make_tag("اقتصاد")])
    tag = article.tags.get()
    page = editor_client.get(f"/admin/articles/article/add/?tags={tag.pk}&source=abc")
    assert page.status_code == 200
    assert page.context["adminform"].form.initial.get("tags") == [str(tag.pk)]
    assert "source" not in page.context["adminform"].form.initial

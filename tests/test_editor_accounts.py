"""Editors' accounts resist brute force, weak passwords and forgotten sessions."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.utils import timezone

from newsreader.errors import arabic_minutes

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
LOGIN = "/admin/login/"
PASSWORD = "a-long-and-good-pass-phrase"


@pytest.fixture
def chief(db):
    return get_user_model().objects.create_superuser("chief", "chief@example.org", PASSWORD)


def attempt(
    client, password: str, *, username: str = "chief", ip: str = "127.0.0.1", forwarded: str = ""
):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": "/admin/"},
        headers={"x-forwarded-for": forwarded} if forwarded else {},
        REMOTE_ADDR=ip,
    )


def is_logged_in(response) -> bool:
    return response.status_code == 302 and response["Location"] == "/admin/"


def test_repeated_failures_lock_the_account_out_with_an_arabic_429(client, chief, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt(client, "wrong").status_code == 200  # the form again, with its error
    locked = attempt(client, "wrong")
    assert locked.status_code == 429
    html = locked.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "توقف تسجيل الدخول مؤقتًا" in html
    assert "30 دقيقة" in html
    # Even the right password is refused until the lockout ends.
    assert attempt(client, PASSWORD).status_code == 429


def test_a_success_resets_the_count_of_failures(client, chief, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        attempt(client, "wrong")
    assert is_logged_in(attempt(client, PASSWORD))
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt(client, "wrong").status_code == 200
    assert is_logged_in(attempt(client, PASSWORD))


def test_a_lockout_is_per_account_and_address(client, chief, settings):
    get_user_model().objects.create_superuser("deputy", "d@example.org", PASSWORD)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "wrong", ip="203.0.113.7")
    assert attempt(client, PASSWORD, ip="203.0.113.7").status_code == 429
    # The same editor from the office, and a colleague behind the same address, still log in.
    assert is_logged_in(attempt(client, PASSWORD, ip="198.51.100.20"))
    client.logout()
    assert is_logged_in(attempt(client, PASSWORD, username="deputy", ip="203.0.113.7"))


def test_behind_the_tls_proxy_the_client_address_comes_from_the_proxy(client, chief, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.2"
    # The attacker invents a new address each time; the proxy appends the real one.
    for n in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "wrong", ip=proxy, forwarded=f"192.0.2.{n}, 203.0.113.7")
    assert attempt(client, PASSWORD, ip=proxy, forwarded="203.0.113.7").status_code == 429
    # Another reader behind the same proxy is someone else.
    assert is_logged_in(attempt(client, PASSWORD, ip=proxy, forwarded="198.51.100.20"))


def test_without_a_proxy_a_forwarded_header_is_ignored(client, chief, settings):
    assert settings.TRUSTED_PROXY_COUNT == 0
    for n in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "wrong", ip="203.0.113.7", forwarded=f"192.0.2.{n}")
    assert attempt(client, PASSWORD, ip="203.0.113.7").status_code == 429


@pytest.mark.parametrize("weak", ["12345678", "password1", "chief2024", "short"])
def test_weak_passwords_are_refused(chief, weak):
    with pytest.raises(ValidationError):
        validate_password(weak, user=chief)


def test_a_strong_password_is_accepted(chief):
    validate_password("the quick brown fox of the newsroom", user=chief)


def test_an_editors_session_lasts_a_working_day_then_ends(client, chief):
    assert is_logged_in(attempt(client, PASSWORD))
    assert client.get("/admin/").status_code == 200
    session = Session.objects.get()
    assert abs(session.expire_date - timezone.now() - timedelta(hours=8)) < timedelta(minutes=1)
    session.expire_date = timezone.now() - timedelta(seconds=1)
    session.save()
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)


@pytest.mark.parametrize(
    ("minutes", "words"),
    [(1, "دقيقة واحدة"), (2, "دقيقتين"), (5, "5 دقائق"), (10, "10 دقائق"), (30, "30 دقيقة")],
)
def test_the_lockout_wait_is_said_in_correct_arabic(minutes, words):
    assert arabic_minutes(minutes) == words


def test_the_admin_url_comes_from_the_environment():
    code = (
        "import django; django.setup()\n"
        "from django.urls import Resolver404, resolve, reverse\n"
        "print(reverse('admin:index'))\n"
        "try:\n    resolve('/admin/')\nexcept Resolver404:\n    print('old gone')\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    env.update(DJANGO_SETTINGS_MODULE="tests.settings", ADMIN_URL="/newsroom-7f3/")
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["/newsroom-7f3/", "old", "gone"]


def test_the_newsroom_sees_lockouts_under_an_arabic_heading(editor_client):
    html = editor_client.get("/admin/").content.decode()
    assert "حماية تسجيل الدخول" in html
    assert editor_client.get("/admin/axes/accessattempt/").status_code == 200

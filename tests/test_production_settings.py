"""Production settings: `check --deploy` is clean, and every response carries the headers.

These run the real `newsreader.settings` in a subprocess with production environment
values, as a deployment would, rather than the test settings.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PRODUCTION_ENV = {
    "DEBUG": "0",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "news.example.org",
    "SITE_URL": "https://news.example.org",
    "BEHIND_TLS_PROXY": "1",
    "DATABASE_URL": "sqlite://:memory:",
}

# Collects static files, migrates an in-memory database, prints what the site answers.
RESPONSES_SCRIPT = """
import json, django
django.setup()
from django.core.management import call_command
from django.contrib.auth import get_user_model
from django.test import Client
call_command("collectstatic", interactive=False, verbosity=0)
call_command("migrate", verbosity=0)
get_user_model().objects.create_superuser("chief", "c@example.org", "long-pass-phrase-42")
https = {"x-forwarded-proto": "https", "host": "news.example.org"}
client = Client()
def describe(response):
    return {
        "status": response.status_code,
        "headers": dict(response.headers),
        "cookies": {name: dict(morsel) for name, morsel in response.cookies.items()},
    }
print(json.dumps({
    "home": describe(client.get("/", headers=https)),
    "plain_http": describe(client.get("/tags/", headers={"host": "news.example.org"})),
    "health_over_http": describe(client.get("/healthz", headers={"host": "news.example.org"})),
    "login_page": describe(client.get("/admin/login/", headers=https)),
    "login": describe(client.post(
        "/admin/login/", {"username": "chief", "password": "long-pass-phrase-42"}, headers=https
    )),
}))
"""


def run(args: list[str], **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO", "SECURE_"))}
    clean.update(PRODUCTION_ENV, DJANGO_SETTINGS_MODULE="newsreader.settings", **env)
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=clean, capture_output=True, text=True, timeout=120
    )


@pytest.fixture(scope="module")
def responses(tmp_path_factory) -> dict:
    static_root = tmp_path_factory.mktemp("static")
    result = run(["-c", RESPONSES_SCRIPT], STATIC_ROOT=str(static_root))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_check_deploy_reports_nothing_with_production_values():
    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"])
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_check_deploy_is_clean_with_hsts_preload_too():
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"], SECURE_HSTS_PRELOAD="1"
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "(0 silenced)" in result.stdout


def test_check_deploy_warns_about_a_weak_setup():
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        SECURE_HSTS_SECONDS="0",
        SECURE_SSL_REDIRECT="0",
    )
    assert result.returncode != 0
    assert "security.W004" in result.stderr and "security.W008" in result.stderr


def test_pages_carry_hsts_and_the_hardening_headers(responses):
    home = responses["home"]
    assert home["status"] == 200
    headers = home["headers"]
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert headers["X-Frame-Options"] == "DENY"
    assert "camera=()" in headers["Permissions-Policy"]
    assert "geolocation=()" in headers["Permissions-Policy"]


def test_the_content_security_policy_allows_only_the_site_itself(responses):
    policy = dict(
        directive.strip().split(" ", 1)
        for directive in responses["home"]["headers"]["Content-Security-Policy"].split(";")
    )
    assert policy["default-src"] == "'self'"
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert policy["object-src"] == "'none'"
    assert policy["base-uri"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"
    assert policy["form-action"] == "'self'"
    everything = " ".join(policy.values())
    assert "unsafe-inline" not in everything and "unsafe-eval" not in everything
    assert "http" not in everything and "*" not in everything  # no other origin


def test_the_admin_gets_a_fresh_nonce_for_its_own_inline_blocks_only(responses):
    policy = responses["login_page"]["headers"]["Content-Security-Policy"]
    assert "'nonce-" in policy and "unsafe-inline" not in policy


def test_plain_http_is_redirected_to_https_but_the_health_check_is_not(responses):
    assert responses["plain_http"]["status"] == 301
    assert responses["plain_http"]["headers"]["Location"] == "https://news.example.org/tags/"
    assert responses["health_over_http"]["status"] == 200


def test_cookies_are_secure_http_only_and_same_site(responses):
    csrf = responses["login_page"]["cookies"]["csrftoken"]
    session = responses["login"]["cookies"]["sessionid"]
    for cookie in (csrf, session):
        assert cookie["secure"] is True
        assert cookie["httponly"] is True
        assert cookie["samesite"] == "Lax"
    assert session["max-age"] == 8 * 60 * 60  # an editor's session lasts a working day

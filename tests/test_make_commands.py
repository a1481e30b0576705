"""What `make run` and `make superuser` do, run as a developer or a script would run them."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYTHON = Path(sys.executable)


def _make(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    # `-o` keeps make from reinstalling requirements into the (shared) virtualenv.
    return subprocess.run(
        ["make", "--no-print-directory", "-o", ".venv/.installed", *args],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,  # no terminal, as in CI or a provisioning script
        capture_output=True,
        text=True,
        timeout=300,
    )


def _clean_env(**extra: str) -> dict[str, str]:
    keep = ("PATH", "HOME", "LANG", "LC_ALL")
    env = {name: os.environ[name] for name in keep if name in os.environ}
    env.update(extra)
    return env


def _site_url_under_make_run(env: dict[str, str], *args: str) -> str:
    """SITE_URL as `make run`'s runserver command gets it (the command printed by make -n,
    its program replaced by printenv)."""
    printed = _make("-n", "run", *args, env=env).stdout.splitlines()
    command = next(line for line in printed if "manage.py runserver" in line)
    prefix = command.split(" .venv/bin/python ")[0]
    out = subprocess.run(
        ["bash", "-c", f"{prefix} printenv SITE_URL"], env=env, capture_output=True, text=True
    )
    assert shlex.split(prefix)[0] == "DEBUG=1"
    return out.stdout.strip()


def test_make_run_on_another_port_links_to_that_port():
    assert _site_url_under_make_run(_clean_env(), "PORT=8201") == "http://127.0.0.1:8201"
    assert _site_url_under_make_run(_clean_env()) == "http://127.0.0.1:8000"


def test_make_run_keeps_a_site_url_that_is_set():
    env = _clean_env(SITE_URL="https://news.example.org")
    assert _site_url_under_make_run(env, "PORT=8201") == "https://news.example.org"


def test_make_superuser_without_a_terminal_or_variables_fails_and_says_what_to_set():
    result = _make("superuser", env=_clean_env())
    assert result.returncode != 0
    assert "DJANGO_SUPERUSER_USERNAME" in result.stderr
    assert "DJANGO_SUPERUSER_PASSWORD" in result.stderr


def test_make_superuser_names_a_missing_variable():
    result = _make("superuser", env=_clean_env(DJANGO_SUPERUSER_USERNAME="chief"))
    assert result.returncode != 0
    assert "DJANGO_SUPERUSER_PASSWORD is not set" in result.stderr


@pytest.mark.skipif(not (ROOT / ".venv").exists(), reason="needs the project's .venv")
def test_make_superuser_creates_the_account_from_the_environment(tmp_path):
    database = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    env = _clean_env(DATABASE_URL=database, DEBUG="1")
    subprocess.run(
        [str(PYTHON), "manage.py", "migrate", "--noinput"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    result = _make(
        "superuser",
        env={
            **env,
            "DJANGO_SUPERUSER_USERNAME": "chief",
            "DJANGO_SUPERUSER_PASSWORD": "a-long-pass-phrase-1",
            "DJANGO_SUPERUSER_EMAIL": "chief@example.org",
        },
    )
    assert result.returncode == 0, result.stderr
    check = subprocess.run(
        [
            str(PYTHON),
            "manage.py",
            "shell",
            "-c",
            "from django.contrib.auth import get_user_model as m; "
            "u = m().objects.get(username='chief'); "
            "print(u.is_superuser, u.check_password('a-long-pass-phrase-1'))",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert check.stdout.split()[-2:] == ["True", "True"], check.stderr

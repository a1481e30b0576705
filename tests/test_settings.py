"""The settings refuse an unsafe production start and need nothing for development."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_check(**env) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DEBUG")}
    clean.update(env, DJANGO_SETTINGS_MODULE="newsreader.settings")
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_check(DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_the_development_key():
    result = run_check(DEBUG="0", SECRET_KEY="dev-only-insecure-key-never-use-in-production")
    assert result.returncode != 0


def test_development_needs_no_configuration():
    result = run_check(DEBUG="1")
    assert result.returncode == 0, result.stderr


def test_production_starts_with_a_real_key():
    result = run_check(DEBUG="0", SECRET_KEY="x" * 50)
    assert result.returncode == 0, result.stderr

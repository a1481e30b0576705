"""Playwright driving the machine's Chromium against a live test server.

Browser tests are marked `browser` (run them alone with `pytest -m browser`). They need
Debian's chromium at /usr/bin/chromium (`make browser-deps` installs it); Playwright
never downloads a browser here.
"""

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


# A live server needs committed data, so browser tests are transactional: the database is
# flushed after each, and the flush re-creates content types and permissions (naming
# available_apps would skip that and leave later tests without permissions).
LIVE_DB = pytest.mark.django_db(transaction=True)


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
            item.add_marker(LIVE_DB)


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: run `make browser-deps`")
    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests
    # make around it are still plain synchronous calls.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="ar-EG", timezone_id="Africa/Cairo")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def artifacts() -> Path:
    """Where browser tests leave screenshots for people to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS

"""gunicorn decodes articles' percent-encoded Arabic addresses in C, to the same strings."""

import random
import runpy
import urllib.parse
from pathlib import Path

import gunicorn.util
import pytest
from gunicorn.config import Config
from gunicorn.http.parser import RequestParser
from gunicorn.http.wsgi import create

from newsreader import fastpaths

ARABIC_PATH = "/articles/7/" + urllib.parse.quote("انطلاق-مؤتمر-الألعاب-في-الإسكندرية") + "/"


def _gunicorns(string: str) -> str:
    return urllib.parse.unquote_to_bytes(string).decode("latin-1")


@pytest.mark.parametrize(
    "path",
    [
        ARABIC_PATH,
        "/",
        "",
        "/a%2Fb%2f",
        "/%",
        "/%4",
        "/%zz",
        "/%%41",
        "/100%",
        "/a\\b%41",
        "/\\x41%5C",
        "/\\",
        "/%e2%80%A6?",
        "/ü%41",
        "/%00%ff",
    ],
)
def test_a_path_decodes_as_gunicorn_decodes_it(path):
    assert fastpaths.unquote_to_wsgi_str(path) == _gunicorns(path)


def test_any_mix_of_escapes_and_text_decodes_as_gunicorn_decodes_it():
    pieces = ["%", "%4", "%41", "%d8", "%A7", "%zz", "\\", "\\x", "x4", "a", "-", "/", "ب", "%2F"]
    rng = random.Random(7)
    for _ in range(5000):
        path = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert fastpaths.unquote_to_wsgi_str(path) == _gunicorns(path), path


def test_the_gunicorn_configuration_installs_it_in_the_environ_gunicorn_builds(monkeypatch):
    monkeypatch.setattr(gunicorn.util, "unquote_to_wsgi_str", gunicorn.util.unquote_to_wsgi_str)
    runpy.run_path(str(Path(__file__).resolve().parent.parent / "gunicorn.conf.py"))
    assert gunicorn.util.unquote_to_wsgi_str is fastpaths.unquote_to_wsgi_str

    class Socket:
        def __init__(self, data: bytes) -> None:
            self.data = data

        def recv(self, size: int) -> bytes:
            chunk, self.data = self.data[:size], self.data[size:]
            return chunk

    decoded = []  # what gunicorn hands to the installed function
    installed = gunicorn.util.unquote_to_wsgi_str

    def unquote(path):
        decoded.append(path)
        return installed(path)

    monkeypatch.setattr(gunicorn.util, "unquote_to_wsgi_str", unquote)
    request = f"GET {ARABIC_PATH} HTTP/1.1\r\nHost: news.example\r\n\r\n".encode()
    # A stand-in socket (gunicorn only calls recv) and no real one to answer on.
    parsed = next(RequestParser(Config(), Socket(request), ("127.0.0.1", 5000)))  # type: ignore[arg-type]
    _response, environ = create(parsed, None, ("127.0.0.1", 5000), ("127.0.0.1", 80), Config())  # type: ignore[call-overload]
    assert decoded == [ARABIC_PATH]
    assert environ["PATH_INFO"].encode("latin-1").decode() == urllib.parse.unquote(ARABIC_PATH)

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsreader.settings")

application = get_asgi_application()

from newsreader import limits  # noqa: E402 - needs the settings above

limits.serve_readers()

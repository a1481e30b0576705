"""Startup checks: share cards need Pillow's raqm layout engine and the bundled font."""

from __future__ import annotations

from django.core.checks import Error, register

from .sharing.drawing import TEXT_FONT, TITLE_FONT, raqm_available


@register()
def share_cards_can_be_drawn(app_configs=None, **kwargs) -> list[Error]:
    errors = []
    if not raqm_available():
        errors.append(
            Error(
                "Pillow cannot lay out Arabic: its raqm layout engine is not available, "
                "so share cards would show unjoined letters in reverse order.",
                hint=(
                    "Pillow's wheels load FriBiDi from the system: install it "
                    "(Debian/Ubuntu: apt-get install libfribidi0; or run `make text-deps`), "
                    'then check with: python -c "from PIL import features; '
                    "print(features.check('raqm'))\"."
                ),
                id="articles.E001",
            )
        )
    for font in (TITLE_FONT, TEXT_FONT):
        if not font.is_file():
            errors.append(
                Error(
                    f"The share-card font {font} is missing.",
                    hint="It is part of the repository (static/fonts/): restore it from git.",
                    id="articles.E002",
                )
            )
    return errors

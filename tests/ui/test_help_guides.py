"""The operators' guides bundled for Help (F1): one per language, pictures on disk."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from deskapp.ui.help_window import guide_path

# Italian labels of the screens that must not survive in the French guide.
ITALIAN_LABELS = ("Registra attività", "Impostazioni", "Persone")


class _Images(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.sources: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.sources.extend(value or "" for key, value in attrs if key == "src")


def _images(path: Path) -> list[str]:
    parser = _Images()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.sources


@pytest.mark.parametrize("language", ["it", "fr"])
def test_each_language_has_its_own_guide(language: str) -> None:
    path = guide_path(language)
    assert path.name == f"guide_{language}.html"
    assert path.exists()


@pytest.mark.parametrize("language", ["it", "fr"])
def test_every_picture_of_the_guide_is_on_disk(language: str) -> None:
    path = guide_path(language)
    sources = _images(path)
    assert sources, f"{path.name} shows no picture"
    missing = [src for src in sources if not (path.parent / src).is_file()]
    assert missing == []


def test_french_guide_shows_french_pictures() -> None:
    assert all(src.startswith("img/fr/") for src in _images(guide_path("fr")))


def test_french_guide_has_no_italian_labels() -> None:
    text = guide_path("fr").read_text(encoding="utf-8")
    assert [label for label in ITALIAN_LABELS if label in text] == []

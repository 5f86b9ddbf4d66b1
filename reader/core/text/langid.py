"""Which language a segment is in, restricted to nl, fr, en and de (py3langid, offline)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

LANGS = ["nl", "fr", "en", "de"]


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(LANGS)
    return identifier


def identify(text: str) -> tuple[str, float]:
    lang, probability = _identifier().classify(text)
    return str(lang), float(probability)

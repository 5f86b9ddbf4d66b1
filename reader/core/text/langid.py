"""Which language a segment is in, restricted to nl, fr, en and de (py3langid, offline)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reader.core.model import LANGUAGES

LANGS = ["nl", "fr", "en", "de"]
# the languages the guesser tells apart that press-reader keeps no version in (German, the country's
# third language): a text in one is named as such, never stored as the nearest of ours (trial C, F2)
UNSUPPORTED = tuple(code for code in LANGS if code not in LANGUAGES)


@lru_cache(maxsize=8)
def language_name(code: str) -> str:
    """The language's English name, as CLDR has it (babel): 'German' for 'de'."""
    from babel import Locale

    return str(Locale("en").languages.get(code, code))


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from reader.core.atomic import temporary_folder, unusable_temporary_folder

    try:
        identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    except OSError as exc:
        # py3langid unpacks its model into a nameless temporary file: a file-size limit (`ulimit -f`)
        # or a full /tmp failed there with 'File too large' and no file named (trial I, t14)
        # or, with no temporary folder to write in at all, with tempfile's 'no such file' (trial Z, F3)
        what = "(py3langid's language model, unpacked to be read)"
        named = unusable_temporary_folder(exc)
        if named is not None:
            raise OSError(named.errno, named.strerror, f"{named.filename} {what}") from None
        raise OSError(exc.errno, exc.strerror, f"a temporary file in {temporary_folder()} {what}") from None
    identifier.set_languages(LANGS)
    return identifier


def identify(text: str) -> tuple[str, float]:
    lang, probability = _identifier().classify(text)
    return str(lang), float(probability)


PLAIN_WORDS = 40  # a body this long in one language is no guess: a language asked against it is refused
PLAIN_SURE = 0.999


def plainly_in(texts: list[str], lang: str) -> bool:
    """The text is long and reads as `lang` beyond doubt (py3langid over all of it): no short quote tips it."""
    return plain_language(texts) == lang


def plain_language(texts: list[str]) -> str | None:
    """The language a long text reads as beyond doubt (any the guesser knows, German too), else None."""
    text = " ".join(" ".join(t.split()) for t in texts)
    if len(text.split()) < PLAIN_WORDS:
        return None
    said, sure = identify(text[:5_000])  # plenty to be sure; validate reads every version of a library
    return said if sure >= PLAIN_SURE else None

"""A package is loaded once before it is installed: a truncated model.bin or a damaged SentencePiece
model installed as fine, was listed as fine, and failed only at the first translation (a sysadmin's
trial). Loading is what using it does, so nothing short of it says the files are whole."""

from __future__ import annotations

from pathlib import Path

from reader.core.errors import PackageError


def check_loads(unpacked: Path, archive: Path) -> None:
    """Raise a one-line PackageError naming `archive` when its model or tokenizer does not load."""
    import ctranslate2
    import sentencepiece

    try:
        sentencepiece.SentencePieceProcessor(model_file=str(unpacked / "sentencepiece.model"))
    except (RuntimeError, OSError) as exc:
        raise PackageError(archive, f"corrupt package, bad sentencepiece.model ({exc}); nothing installed") from None
    try:
        translator = ctranslate2.Translator(str(unpacked / "model"), device="cpu", intra_threads=1)
    except (RuntimeError, OSError, ValueError) as exc:
        said = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise PackageError(archive, f"corrupt package, its model does not load ({said}); nothing installed") from None
    del translator

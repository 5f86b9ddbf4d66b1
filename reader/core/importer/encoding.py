"""A text file's encoding, as people save them: UTF-8 (with or without its mark), UTF-16 from
Windows' "Unicode" save, a charset an HTML page declares, else what charset-normalizer tells (the
cp1252 of Belgian Windows documents among them). A file that is none of these is refused by name,
and so is one whose guess is weak: it reads as mojibake (thirty-third session's trial P: invalid
bytes taken as cp1252 without a word). A guess that holds is said (`encoding_note`)."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from reader.core.errors import ImportFailed
from reader.core.text.mojibake import UTF8_READ_AS_CP1252, mojibake


def _utf16(data: bytes) -> str | None:
    """UTF-16 told by its byte-order mark, or by text whose every other byte is NUL (a file saved
    as 'Unicode' without one): the NULs of UTF-16 are not those of a binary file."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    head = data[:4096]
    if len(head) >= 16 and len(head) % 2 == 0:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
            return "utf-16-le"
        if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
            return "utf-16-be"
    return None


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """UTF-8 if it is valid, else a declared charset that decodes cleanly, else charset-normalizer."""
    utf16 = _utf16(data)
    if utf16 is not None:  # Windows' "Unicode" text: UTF-16 with its byte-order mark
        try:
            return data.decode(utf16).removeprefix("\ufeff"), utf16
        except UnicodeDecodeError:
            raise ImportFailed(path, f"not valid {utf16.upper()} text (its byte-order mark says so)") from None
    if b"\x00" in data[:8192]:
        raise ImportFailed(path, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8").removeprefix("\ufeff"), "utf-8"
    except UnicodeDecodeError:
        pass
    mended = _utf8_with_strays(data)
    if mended is not None:
        return mended
    declared = re.search(rb"charset=[\"']?([\w-]+)", data[:4096], re.IGNORECASE)
    if declared:
        try:
            name = declared.group(1).decode("ascii")
            text = data.decode(name)
            if not mojibake(text):  # a page's declaration can be as wrong as a guess
                return text, name
        except (LookupError, UnicodeDecodeError):
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "utf_16", "iso8859_15"]).best()
    if best is None or best.encoding is None:
        as_cp1252 = data.decode("cp1252", errors="replace")
        if mojibake(as_cp1252):  # UTF-8 and a stray byte, which charset-normalizer gave up on: say so
            raise _garbled(path, as_cp1252, "cp1252")
        raise ImportFailed(
            path, "cannot tell the text encoding (tried UTF-8, cp1252, latin-1); save it as UTF-8 and import it again"
        )
    text, encoding = str(best), best.encoding
    if encoding.replace("-", "_") in ("latin_1", "iso8859_1", "iso8859_15"):
        try:  # Belgian Windows documents: cp1252 is latin-1 plus € and curly quotes where latin-1 has controls
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    if sum(1 for ch in text if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\n\r\t")) > len(text) * 0.01:
        raise ImportFailed(path, "binary or undecodable content")
    if best.chaos >= _CHAOS or mojibake(text):
        raise _garbled(path, text, encoding)
    return text, encoding


def _utf8_with_strays(data: bytes) -> tuple[str, str] | None:
    """UTF-8 text with a few bytes of Windows-1252 pasted in (a curly quote from Word in a UTF-8 file:
    thirty-fourth session's trial Z, read whole as cp1252 before, every accent garbled): each stray
    byte read as cp1252, the rest as UTF-8. Taken only when the file's valid UTF-8 sequences beyond
    ASCII outnumber its stray bytes (a cp1252 file has no such sequences: 'é' is a lone 0xE9) and
    the strays are few: at most three, or a tenth of those sequences."""
    parts: list[str] = []
    strays, at = 0, 0
    while True:  # no codecs error handler: it is process-wide, and two imports may decode at once
        try:
            parts.append(data[at:].decode("utf-8"))
            break
        except UnicodeDecodeError as error:
            byte = data[at + error.start]
            # only cp1252's own marks (0x80-0x9F: curly quotes, dashes, €, …), what Word pastes; any other
            # byte, or strays by the fifty (each decodes the rest again), is a broken file, refused below
            if not 0x80 <= byte <= 0x9F or strays >= 50:
                return None
            parts += [data[at : at + error.start].decode("utf-8"), bytes([byte]).decode("cp1252", errors="replace")]
            strays, at = strays + 1, at + error.start + 1
    text = "".join(parts).removeprefix("\ufeff")
    sequences = sum(1 for ch in text if ord(ch) > 127) - strays
    if not strays or "\ufffd" in text or sequences <= strays or strays > max(3, sequences // 10):
        return None
    return text, f"utf-8+cp1252:{strays}"


def _garbled(path: Path, text: str, encoding: str) -> ImportFailed:
    looks = "UTF-8 with broken bytes" if UTF8_READ_AS_CP1252.search(text) else "another code page"
    return ImportFailed(
        path,
        f"not UTF-8, and read as {_NAMES.get(codecs.lookup(encoding).name, encoding)} it is garbled "
        f"(it looks like {looks}); "
        "save it as UTF-8 and import it again",
    )


# What charset-normalizer itself takes for noise, from its chaos measure of 0 to 1 (its default limit
# is 0.2; a real cp1252 release measures 0): above this the guess is refused, not imported garbled
_CHAOS = 0.1
_NAMES = {"cp1252": "Windows-1252 (cp1252)", "iso8859-1": "Latin-1 (ISO-8859-1)", "iso8859-15": "Latin-9 (ISO-8859-15)"}


def encoding_note(encoding: str) -> str:
    """The note of a file read in an encoding that is not Unicode (the caller names the file), or ''."""
    if encoding.startswith("utf-8+cp1252:"):
        strays = int(encoding.rpartition(":")[2])
        return f"UTF-8 with {strays} byte{'s' if strays > 1 else ''} of Windows-1252 (cp1252) in it, read as such"
    try:  # a page's own name for it ('windows-1252', 'ISO-8859-1') as Python's
        encoding = codecs.lookup(encoding).name
    except LookupError:
        pass
    return "" if encoding.startswith(("utf-", "ascii")) else f"not UTF-8, read as {_NAMES.get(encoding, encoding)}"

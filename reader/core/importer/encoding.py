"""A text file's encoding, as people save them: UTF-8 (with or without its mark), UTF-16 from
Windows' "Unicode" save, a charset an HTML page declares, else what charset-normalizer tells (the
cp1252 of Belgian Windows documents among them). A file that is none of these is refused by name."""

from __future__ import annotations

import re
from pathlib import Path

from reader.core.errors import ImportFailed


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
    declared = re.search(rb"charset=[\"']?([\w-]+)", data[:4096], re.IGNORECASE)
    if declared:
        try:
            name = declared.group(1).decode("ascii")
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "utf_16", "iso8859_15"]).best()
    if best is None or best.encoding is None:
        raise ImportFailed(path, "cannot tell the text encoding (tried UTF-8, cp1252, latin-1)")
    text, encoding = str(best), best.encoding
    if encoding.replace("-", "_") in ("latin_1", "iso8859_1", "iso8859_15"):
        try:  # Belgian Windows documents: cp1252 is latin-1 plus € and curly quotes where latin-1 has controls
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    if sum(1 for ch in text if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\n\r\t")) > len(text) * 0.01:
        raise ImportFailed(path, "binary or undecodable content")
    return text, encoding

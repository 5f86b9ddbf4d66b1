"""Whether a text is UTF-8 read in a single-byte code page: mojibake ('fÃ©dÃ©ral' for 'fédéral').

A file whose guessed encoding is wrong (a .txt read as cp1252), an XLIFF or TMX whose XML declaration
names Latin-1 over UTF-8 bytes (an editor re-saving it under its old header: trial Z, F1), a CAT tool
that decoded a file once too often: each turns every accent into two or three characters. The test
rests on plain facts of the encodings, not on word lists, so that the importers of every format share
it and refuse such text by name instead of writing it into a version or the memory."""

from __future__ import annotations

import re

# UTF-8 read as cp1252 or Latin-1: a lead byte (0xC2-0xF4: 'Ã', 'â', ...) and its one to three
# continuation bytes (0x80-0xBF), 'Ã©' for 'é', 'â€™' for '’'. cp1252 reads 0x80-0x9F as marks ('€',
# '™'; its five undefined bytes '\ufffd' when replaced), Latin-1 as the C1 controls U+0080-U+009F: all
# are continuations. A plain fact of the encodings.
_CONTINUATION = "".join(
    sorted({bytes([b]).decode(code, errors="replace") for b in range(0x80, 0xC0) for code in ("cp1252", "latin-1")})
)
_C = "[" + re.escape(_CONTINUATION) + "]"
UTF8_READ_AS_CP1252 = re.compile(f"[Â-ß]{_C}|[à-ï]{_C}{{2}}|[ð-ô]{_C}{{3}}")
# Another code page read as cp1252: its accented letters turn into punctuation inside a word ('pr‚sent‚'
# is cp850's 'présenté'): a mark no language writes between two letters
_PUNCT_IN_WORD = re.compile(r"(?<=[^\W\d_])[‚„…†‡ˆ‰‹›•˜](?=[^\W\d_])")


def mojibake(text: str) -> bool:
    """Whether a text read as cp1252 (or Latin-1) is garbled: two signs of mojibake or more, UTF-8's
    runs making half its characters beyond ASCII, or marks inside words a quarter (a real text's
    accents are letters of their own, and the other code page's accents not all marks: 'lŠve' is 'lève')."""
    runs, marks = UTF8_READ_AS_CP1252.findall(text), _PUNCT_IN_WORD.findall(text)
    weight = 2 * sum(map(len, runs)) + 4 * len(marks)
    return len(runs) + len(marks) >= 2 and weight >= sum(1 for ch in text if ord(ch) > 127)


_DECLARATION = re.compile(rb"""^(?:\xef\xbb\xbf)?<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


def garbled_xml(data: bytes, texts: list[str]) -> str | None:
    """Why an XML file's texts (an XLIFF's, a TMX's), as the parser read them from its bytes, are
    garbled, or None. Its declaration naming a single-byte encoding over bytes that are UTF-8, and
    its text showing UTF-8's runs, is said as such (the fix is one word of its first line); else the
    text read as mojibake, as a .txt import refuses it."""
    text = "\n".join(texts)
    declared = _DECLARATION.match(data)
    name = declared.group(1).decode("ascii") if declared else "UTF-8"
    if not name.lower().startswith("utf") and UTF8_READ_AS_CP1252.search(text) and _utf8_beyond_ascii(data):
        return (
            f"its XML declaration says encoding={name!r}, but the file is UTF-8, so every accent reads as "
            "two characters ('Ã©' for 'é'); set encoding='UTF-8' in its first line and import it again"
        )
    if mojibake(text):
        return (
            "its text is garbled, UTF-8 read as Latin-1 or cp1252 ('Ã©' for 'é'); save it as UTF-8 and import it again"
        )
    return None


def _utf8_beyond_ascii(data: bytes) -> bool:
    """Valid UTF-8 with a character beyond ASCII: Latin-1's accents ('é' a lone 0xE9) almost never are."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not data.isascii()

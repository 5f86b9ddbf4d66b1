"""Text that reaches a terminal must not be able to drive it.

A title or body with ESC, C1 controls or bidirectional overrides could move the cursor, change
colours, retitle the terminal or hide text (CVE-2021-42574, "trojan source"). Every text read from a
file passes through here on load, so the CLI, the TUI and the exports never see one.
"""

from __future__ import annotations

import re
import unicodedata

# C0 controls but tab and newline, DEL, C1 controls, the bidi embedding/override/isolate marks, and
# what no XML file may hold (U+FFFE, U+FFFF, lone surrogates) or no text should (U+FDD0-U+FDEF).
_ODD = "\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
_CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_ODD}]")
_CONTROL_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f{_ODD}]")
# A terminal escape sequence whole, not only its ESC: a colour ('ESC[31m'), a hyperlink or a title
# ('ESC]8;;url BEL'), a device string; 8-bit CSI and OSC too. Dropping ESC alone left '[31m' and
# ']8;;http://…' in the text (a new user's page, 2026-11-30). A string left open ends at the line's
# end (or 512 characters): an unterminated sequence never takes the page's text with it.
_ESCAPE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b\x9c\n]{0,512}(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[PX^_][^\x1b\x9c\n]{0,512}(?:\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|\x9d[^\x07\x1b\x9c\n]{0,512}(?:\x07|\x9c)?"
)
# Invisible characters a page copied from the web carries, which hide a difference between two
# texts that look the same: the zero-width space, joiner and non-joiner, the word joiner, a soft
# hyphen, the direction marks, a byte-order mark inside the text, and the tag characters (a hostile
# input trial's 'Ver<U+200D>haegen' was no name and no search found it). A name or a figure shown
# the same is the same to the checks and the index.
_HIDDEN = "\u00ad\u061c\u180e\u200b-\u200f\u2060-\u2064\ufeff\U000e0000-\U000e007f"
_INVISIBLE = re.compile(f"[{_HIDDEN}]")
_UNSEEN = re.compile(f"[\x1b\x9b\x9d{_HIDDEN}]")


def _unescaped(text: str) -> str:
    # composed (NFC): a page or a CAT tool writing 'é' as e + a combining accent gave a text whose
    # names and words matched nothing written the usual way (a translator's trial)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if not _UNSEEN.search(text):  # the common case: one scan, nothing rebuilt
        return text
    return _INVISIBLE.sub("", _ESCAPE.sub("", text))


def clean_text(text: str) -> str:
    """Drop control characters, keeping line breaks and tabs (CR becomes a line break)."""
    text = _unescaped(text.replace("\r\n", "\n").replace("\r", "\n"))
    return _CONTROL.sub("", text)


# Spaces that join what they stand between (Unicode line-break class GL): French sets '15 %',
# '2 500' and 'mesures :' with them on purpose, and a translator's CAT tool writes them so.
JOINING = "\u00a0\u2007\u202f"
_SPACE_RUN = re.compile(r"\s+")


def _one_space(run: re.Match[str]) -> str:
    return next((c for c in run.group() if c in JOINING), " ")


def squash(text: str) -> str:
    """Runs of white space as one space, the ends trimmed; a run holding a no-break space keeps that
    space. `" ".join(text.split())` made every one an ordinary space: an import, an edit or a CAT
    tool's file lost French typography (a translator's trial)."""
    if not any(c in text for c in JOINING):
        return " ".join(text.split())
    return _SPACE_RUN.sub(_one_space, text).strip()


def clean_line(text: str) -> str:
    """One line for a title, an issuer, a comment or a message: controls and line breaks removed."""
    return squash(_CONTROL_LINE.sub(" ", _unescaped(text)))


_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def visible(text: str) -> str:
    """A path or name as printed: each control character (C0, DEL, C1, a bidi override) shown escaped,
    '\\x1b', '\\n', never raw and never dropped. Trial Z (F5): a library path holding ESC[2J cleared
    the screen in `list`, a newline broke an 'imported …' line, and the error lines, controls dropped,
    named '…/esclib', a path that does not exist."""
    if not _CONTROL_LINE.search(text):
        return text
    return _CONTROL_LINE.sub(lambda m: _NAMED.get(m.group()) or _code(ord(m.group())), text)


def _code(point: int) -> str:
    return f"\\x{point:02x}" if point < 0x100 else f"\\u{point:04x}"


def shell_word(text: str) -> str:
    """`text` quoted for a command line to paste: as shlex quotes it, or, holding a control
    character, in bash's $'…' with each escaped as `visible` shows it (shlex left ESC raw inside
    its quotes: `remove` printed its `--restore` hint with the escape in it, trial Z, F5)."""
    import shlex

    if not _CONTROL_LINE.search(text):
        return shlex.quote(text)
    return "$'" + visible(text.replace("\\", "\\\\").replace("'", "\\'")) + "'"


def clean_piece(text: str) -> str:
    """A piece of a line (between two highlights): as `clean_line`, but its edges kept, so pieces
    joined again read as the line did."""
    return _SPACE_RUN.sub(_one_space, _CONTROL_LINE.sub(" ", _unescaped(text)))


def has_control(text: str) -> bool:
    return bool(_CONTROL.search(text) or _INVISIBLE.search(text))


def blank(text: str) -> bool:
    """Nothing a reader sees: spaces, and the invisible format and control characters (a zero-width
    space, a word joiner). An edit or a target of only these deleted a sentence and said nothing."""
    return not any(unicodedata.category(c)[0] not in "CZ" for c in text)

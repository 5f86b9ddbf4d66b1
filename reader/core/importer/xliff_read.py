"""Reading an XLIFF file: XLIFF 2.0 and 1.2, told apart by the root's namespace (both as
press-reader exports them, 1.2 also as OmegaT, Trados or memoQ write it), into units with their
source, target (line breaks kept), state and notes. What is taken from them is xliff.py's."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.core import atomic
from reader.core.errors import ImportFailed
from reader.core.importer.xliff_tools import signed, tool_draft, tool_status, trados_comments, with_tool_comments
from reader.core.importer.xliff_whole import checked
from reader.core.model import LANGUAGES
from reader.core.review.export import FLAGGED_QUALIFIER, ORIGINAL_PREFIX
from reader.core.text.clean import clean_line, clean_text, squash

MAX_XLIFF_BYTES = 16 * 1024 * 1024
XLIFF2 = "urn:oasis:names:tc:xliff:document:2.0"
XLIFF12 = "urn:oasis:names:tc:xliff:document:1.2"
_OUR_FLAG_NOTE = re.compile(r"^\w+ \((error|warning|info)\): ")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


@dataclass
class Unit:
    id: str
    source: str
    target: str | None
    status: str | None  # todo | ok | flagged, when the file says
    comment: str | None  # None: the file has no comment for it
    # the file marks the target not translated yet (2.0 'initial' but not press-reader's own, 1.2
    # 'new' or 'needs-translation'): a CAT tool's placeholder or prefill, not a translator's rendering
    unsure: bool = False
    # a CAT tool's segment of the unit has no target yet (2.0 <segment>s, 1.2 <mrk mtype="seg">): the
    # unit is not taken, whatever is accepted (its source would fill the gap, or the text be cut)
    partial: bool = False
    # 1.2's needs-review-* state, read as todo: in the tools it asks for another look, not a verdict (an
    # Okapi trial's segment became flagged and left the TMX); press-reader's own flagged export says
    # so too, and xliff.py keeps a segment exported flagged so
    review_asked: bool = False


@dataclass
class XliffFile:
    path: Path
    version: str
    source_lang: str
    target_lang: str
    release_id: str | None
    units: list[Unit]
    stamp: str = ""  # the export's, whose states the review store kept ('press-reader:<id>@<stamp>')

    @property
    def pair(self) -> tuple[str, str]:
        return self.source_lang, self.target_lang


# XLIFF 1.2's inline elements that hold the original format's code, not text ('<ph>&lt;br/&gt;</ph>',
# '<bpt id="1">&lt;b&gt;</bpt>'): a CAT tool carries them through; pasted into a plain-text release,
# the markup became words of the text. XLIFF 2.0 keeps such code out of the segment (originalData).
_NATIVE_CODE = {"ph", "bpt", "ept", "it"}
# A line break inside a segment, as CAT tools write it: 1.2's '<x ctype="lb"/>' or '<ph ctype="lb">',
# 2.0's '<ph disp="\n"/>' or one whose equiv is a newline. Dropped as code, the words on either side of
# a wrapped list item or address line ran together ('Brusselrue').
_LINE_BREAK_TYPES = {"lb", "x-lb", "x-line-break", "x-br"}


def _is_line_break(element: Any) -> bool:
    # 'disp="\n"' as a tool writes it, a backslash and an n, is one too (an XLIFF 2.0 trial's word
    # and the next ran together: 'diminuéde')
    said = [element.get("disp") or "", element.get("equiv") or ""]
    return element.get("ctype") in _LINE_BREAK_TYPES or any("\n" in v or v in ("\\n", "\\r\\n") for v in said)


# A placeholder's text equivalent (2.0 'equiv', 1.2 'equiv-text'), taken where it is punctuation or a
# space: a '<ph equiv=";"/>' closing a list item lost its semicolon (a translator's trial). One with
# letters, digits or markup ('{1}', '<br/>') is a tool's label for code, left out as before.
_STANDS_FOR = {"ph", "x", "sc", "ec", "bx", "ex"}


def _equivalent(element: Any) -> str:
    said = element.get("equiv") or element.get("equiv-text") or ""
    return said if len(said) <= 3 and not any(ch.isalnum() or ch in "<>{}" for ch in said) else ""


_MACHINE = ("mt-suggestion", "leveraged-mt")


def _deleted(element: Any) -> bool:
    """A tracked change's deleted run: memoQ's <mrk mtype="x-mq-tc" mq:tctype="del">, Trados'
    <mrk mtype="x-sdl-deleted">, XLIFF 2.0's track-changes deletion."""
    if _local(element) != "mrk":
        return False
    kinds = {str(value).lower() for key, value in element.attrib.items() if str(key).endswith(("tctype", "type"))}
    return bool(kinds & {"del", "deleted", "x-sdl-deleted", "deletion"})


# Where a placeholder that stands for nothing was ('<ph id="1"/>', '<x id="2"/>'): between two word
# characters a space, or the words on either side ran together ('diminuéde 40 %': an XLIFF 2.0 trial);
# elsewhere nothing. NUL cannot be in an XML text, so it marks the place until the text is whole.
_PLACE = "\x00"
_BETWEEN_WORDS = re.compile(r"(?<=[^\W_])\x00+(?=[^\W_])")


def _inline_text(element: Any) -> str:
    """The text of a source or target, its inline markup unwrapped and its native code left out."""
    return _BETWEEN_WORDS.sub(" ", _inline_parts(element)).replace(_PLACE, "")


def _inline_parts(element: Any) -> str:
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            name = _local(child)
            if name in ("x", "ph") and _is_line_break(child):
                parts.append("\n")
            elif name in _STANDS_FOR and (said := _equivalent(child)):
                parts.append(said)
            elif name in ("x", "ph"):
                parts.append(_PLACE)  # a code with no text of its own (1.2's <ph> holds the code, not text)
            elif _deleted(child):
                pass  # a tracked deletion the CAT tool kept: not the text (it was written: a trial)
            elif name not in _NATIVE_CODE:
                parts.append(_inline_parts(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _text(element: Any) -> str:
    return " ".join(_inline_text(element).split()) if element is not None else ""


def stored(text: str, kind: str) -> str:
    """A target as the library stores it: a letterhead and a table keep their lines, any other is one line
    (a paragraph's line break from a CAT tool becomes a space), its no-break spaces kept. A target
    that differs only in what storing undoes is no change (a translator's trial saw one counted)."""
    return flat_lines(text) if kind in ("letterhead", "table") else clean_line(text)


def taken(text: str, kind: str) -> str:
    """A new target as the library will hold it, so that what the import says is what is written: a
    line break in a paragraph's target was shown kept ('¶') and stored as a space (a translator's
    trial). A list item's lines stay, each an item of its own, as a letterhead's and a table's do."""
    return text if "\n" not in text or kind in ("list_item", "letterhead", "table") else stored(text, kind)


def flat_lines(text: str) -> str:
    """Whitespace collapsed within each line, line breaks kept: how two targets are compared."""
    return "\n".join(squash(line) for line in text.splitlines() if line.strip())


def _target_text(element: Any) -> str:
    """A target's text with its line breaks: exact under xml:space="preserve" (on it or an ancestor)."""
    # composed, as the library's texts are: a CAT tool writing 'é' as e + a combining accent stored
    # a text that search and the checks' word matches read as other letters (a translator's trial)
    return unicodedata.normalize("NFC", _spaced(_inline_text(element), element))


def _spaced(text: str, element: Any) -> str:
    """The text as the nearest xml:space (on the element or an ancestor) says to read it."""
    space = next((e.get(_XML_SPACE) for e in [element, *element.iterancestors()] if e.get(_XML_SPACE)), None)
    return text.strip() if space == "preserve" else flat_lines(text)


def _lang(code: str | None, path: Path, what: str) -> str:
    short = (code or "").split("-")[0].split("_")[0].lower()
    if not short:  # a CAT tool's file always says its languages: without them, which version is this?
        attribute = "srcLang" if what == "source" else "trgLang"
        raise ImportFailed(path, f"the file names no {what} language (xml:lang / {attribute} on its file or root)")
    if short not in LANGUAGES:
        raise ImportFailed(path, f"{what} language {code!r} is not one of {', '.join(LANGUAGES)}")
    return short


def read_xliff(path: Path) -> XliffFile:
    from lxml import etree

    try:
        data = atomic.read_limited(path, MAX_XLIFF_BYTES)  # a FIFO is refused, not waited on
    except OSError as exc:
        raise ImportFailed(path, f"cannot read ({atomic.describe(exc)})") from None
    if len(data) > MAX_XLIFF_BYTES:
        raise ImportFailed(path, f"over {MAX_XLIFF_BYTES // 2**20} MB; not an XLIFF of one release")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        if re.search(rb"<!ENTITY\b", data[:65536]):  # a billion laughs stops the parser first: said the same
            raise ImportFailed(path, "declares XML entities (a DTD); an XLIFF from a CAT tool has none") from None
        said = re.sub(r",? line \d+, column \d+(?: \(<string>, line \d+\))?$|\s*\(<string>, line \d+\)$", "", exc.msg)
        where = f"line {exc.lineno}, column {exc.offset}" if exc.lineno else ""
        raise ImportFailed(
            path, f"not well-formed XML at {where}: {said}" if where else f"not well-formed XML: {said}"
        ) from None
    doctype = root.getroottree().docinfo
    if doctype.internalDTD is not None and any(True for _ in doctype.internalDTD.iterentities()):
        # No CAT tool declares entities in an XLIFF; one that does hides text behind them (an
        # external file, a billion laughs), which would be taken as a target word for word.
        raise ImportFailed(path, "declares XML entities (a DTD); an XLIFF from a CAT tool has none")
    version = root.get("version") or ""
    if root.tag == f"{{{XLIFF2}}}xliff":
        if not version.startswith("2."):
            raise ImportFailed(path, f"XLIFF 2.0 namespace with version {version[:10]!r}; expected 2.0 or 2.1")
        return checked(path, _read_2(path, root), data)
    if root.tag in (f"{{{XLIFF12}}}xliff", "xliff"):
        if version not in ("1.0", "1.1", "1.2"):
            raise ImportFailed(path, f"XLIFF version {version[:10]!r}; expected 1.2 (or 2.0)")
        return checked(path, _read_12(path, root), data)
    raise ImportFailed(path, "not an XLIFF 2.0 or 1.2 file")


def _release_of(original: str | None) -> str | None:
    if original and original.startswith(ORIGINAL_PREFIX):
        return original[len(ORIGINAL_PREFIX) :].partition("@")[0]
    return None


def _stamp_of(original: str | None) -> str:
    return original.partition("@")[2] if original and original.startswith(ORIGINAL_PREFIX) else ""


def _comment(notes: list[str]) -> str | None:
    ours = [n[len("comment: ") :] for n in notes if n.startswith("comment: ")]
    theirs = [n for n in notes if not n.startswith("comment: ") and not _OUR_FLAG_NOTE.match(n)]
    joined = "\n".join(ours + theirs).strip()
    return clean_text(joined) if joined else ("" if notes or ours else None)


def _read_2(path: Path, root: Any) -> XliffFile:
    ns = {"x": XLIFF2}
    src = _lang(root.get("srcLang"), path, "source")
    tgt = _lang(root.get("trgLang"), path, "target")
    file_element = root.find("x:file", ns)
    units: list[Unit] = []
    for unit in root.iterfind(".//x:unit", ns):
        parts = [e for e in unit if isinstance(e.tag, str) and _local(e) in ("segment", "ignorable")]
        segments = [e for e in parts if _local(e) == "segment"]
        if not segments:
            continue
        state, sub = _least_state(segments)
        status = None
        if state is not None:
            status = "flagged" if "flagged" in sub else {"reviewed": "ok", "final": "ok"}.get(state, "todo")
        notes = [flat_lines("".join(n.itertext())) for n in unit.iterfind("x:notes/x:note", ns)]
        notes = with_tool_comments(notes, unit, {})  # ITS' comments (its:locQualityIssueComment)
        source, target, missing = _joined(parts, ns)
        units.append(
            Unit(
                unit.get("id") or "",
                source,
                target,
                status,
                _comment(notes),
                state == "initial" and "press-reader" not in sub,
                missing and len(segments) > 1,
            )
        )
    original = file_element.get("original") if file_element is not None else None
    return XliffFile(path, "2.0", src, tgt, _release_of(original), units, _stamp_of(original))


def _local(element: Any) -> str:
    """An element's name without its namespace."""
    return str(element.tag).rsplit("}", 1)[-1]


_STATE_ORDER = ("initial", "translated", "reviewed", "final")


def _least_state(segments: list[Any]) -> tuple[str | None, str]:
    """A unit's state when a CAT tool split it into segments (Okapi, memoQ, Trados do): the least
    advanced one's, a unit being no further on than its least finished part; flagged when any is."""
    states = [s.get("state") for s in segments]
    known = [s for s in states if s in _STATE_ORDER]
    state = min(known, key=_STATE_ORDER.index) if known else (states[0] if states else None)
    if len(known) < len(states) and known:  # a segment without a state is 'initial' by the standard
        state = "initial"
    sub = " ".join(s.get("subState") or "" for s in segments)
    return state, sub


def _joined(parts: list[Any], ns: dict[str, str]) -> tuple[str, str | None, bool]:
    """A unit's source and target over all its segments and the ignorable text between them, in
    order: only the first segment was read, and a translator's work in the others was lost in
    silence. A segment with no target puts its source in the target's place and says the unit is
    not translated whole (skipped unless copies are accepted)."""
    sources: list[str] = []
    targets: list[str] = []
    found = missing = False
    for part in parts:
        source = part.find("x:source", ns)
        target = part.find("x:target", ns)
        sources.append(_inline_text(source) if source is not None else "")
        if target is not None and _inline_text(target).strip() == "" and sources[-1].strip():
            target = None  # 'translated' over an empty target is no translation: cut, the text was lost
        if target is not None:
            found = True
            targets.append(_inline_text(target))
        else:
            missing = missing or _local(part) == "segment"
            targets.append(sources[-1])
    source_text = " ".join(_spliced(sources).split())
    if not found:
        return source_text, None, False
    if len(parts) == 1:
        only = parts[0].find("x:target", ns)
        return source_text, _target_text(only), missing
    holder = next(t for t in (p.find("x:target", ns) for p in parts) if t is not None)
    return source_text, _spaced(_spliced(targets), holder), missing


def _spliced(pieces: list[str]) -> str:
    """Segments joined again; a tool that kept no ignorable space between two sentences would run
    them together, so a space goes where neither side has one."""
    text = ""
    for piece in pieces:
        if text and piece and not text[-1].isspace() and not piece[0].isspace():
            text += " "
        text += piece
    return text


def _unfinished_marks(seg_source: Any, target: Any) -> bool:
    """A 1.2 unit a CAT tool segmented (<seg-source> with <mrk mtype="seg">) whose target lacks a
    segment or leaves one empty: only part of it is translated; taken, the text was cut short (a
    translator's trial: '… à Hal,' and the rest of the sentence gone)."""
    if seg_source is None or target is None:
        return False

    def marks(element: Any, filled: bool) -> set[str]:
        found = (m for m in element.iter() if _local(m) == "mrk" and m.get("mtype") == "seg")
        return {m.get("mid") for m in found if not filled or _inline_text(m).strip()}

    return not marks(seg_source, False) <= marks(target, True)


def _read_12(path: Path, root: Any) -> XliffFile:
    def q(name: str) -> str:
        return f"{{{XLIFF12}}}{name}" if root.tag.startswith("{") else name

    file_element = root.find(q("file"))
    if file_element is None:
        raise ImportFailed(path, "XLIFF 1.2 without a <file>")
    src = _lang(file_element.get("source-language"), path, "source")
    tgt = _lang(file_element.get("target-language"), path, "target")
    units: list[Unit] = []
    threads = trados_comments(root)
    for unit in root.iter(q("trans-unit")):
        target = unit.find(q("target"))
        state = target.get("state") if target is not None else None
        qualifier = target.get("state-qualifier") if target is not None else None
        status = None
        if unit.get("approved") == "yes" or state in ("final", "signed-off"):
            status = "ok"
        elif qualifier == FLAGGED_QUALIFIER:
            status = "flagged"
        elif state:
            status = "todo"
        status = tool_status(unit) or status  # a reviser's sign-off or rejection in Trados' or memoQ's words
        asked = status == "todo" and (state or "").startswith("needs-review")
        notes = [signed(n.get("from"), flat_lines("".join(n.itertext()))) for n in unit.iter(q("note"))]
        notes = with_tool_comments(notes, unit, threads)  # memoQ's, Trados', ITS' comments (xliff_tools.py)
        units.append(
            Unit(
                unit.get("id") or "",
                _text(unit.find(q("source"))),
                _target_text(target) if target is not None else None,
                status,
                _comment(notes),
                # a machine's suggestion no translator took up ('mt-suggestion', as press-reader marks
                # its own machine text): no translator's rendering (written as one: a CAT-tool trial);
                # nor is a segment Trados keeps as a draft (xliff_tools.py)
                state in ("new", "needs-translation")
                or (qualifier in _MACHINE and state != "final")
                or tool_draft(unit),
                _unfinished_marks(unit.find(q("seg-source")), target),
                asked,
            )
        )
    original = file_element.get("original")
    return XliffFile(path, "1.2", src, tgt, _release_of(original), units, _stamp_of(original))

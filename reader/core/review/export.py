"""Export checked pairs: TMX 1.4, XLIFF 2.0 and 1.2, Markdown and HTML reports.

Review states travel as XLIFF 2 segment states (todo: translated, ok: reviewed, flagged: translated, subState
press-reader:flagged, or :needs-review for a check's flag on a todo), as XLIFF 1.2 target states (todo:
translated, ok: final, approved="yes", flagged or a check's flag on a todo: needs-review-translation) and in
TMX as a <prop type="x-review-state">; flags are notes in all three, the reviewer's comments in the XLIFF
files only (a TMX goes into a memory that offers its units to other translators on other work, where a
remark about this release is noise at best and private at worst). Targets a machine wrote are said: TMX <prop
type="x-provenance">machine</prop>, XLIFF 1.2 state-qualifier="mt-suggestion", XLIFF 2 subState
press-reader:machine (a flag's subState wins), so a CAT tool's memory does not take them for a
translator's work (press-reader's own memory never does). XLIFF 1.2 is there because many CAT tools (OmegaT 3.x among
them) read only 1.x: a 2.0 file opens there as an empty project.
"""

from __future__ import annotations

import html
import io
from collections.abc import Callable, Collection
from pathlib import Path

from reader import __version__
from reader.core import atomic
from reader.core.model import LANGUAGES, Block
from reader.core.review.checks import CheckedPair, CheckReport
from reader.core.review.edit import item_lines, locate
from reader.core.review.store import ReviewStore
from reader.core.review_states import reuse_state
from reader.core.written import write_keeping_earlier

FORMATS = ("tmx", "xliff", "xliff12", "md", "html")
ORIGINAL_PREFIX = "press-reader:"  # <file original="press-reader:<release id>">
CHECK_FLAGGED = "press-reader:needs-review"  # 2.0: a check's flag on a todo; read back as todo (trial N)
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
XLIFF12_NS = "urn:oasis:names:tc:xliff:document:1.2"


def language_tags(report: CheckReport, region: str | None) -> tuple[str, str]:
    """The source's and target's language tags: `nl`, or with a region `nl-BE`, as a CAT project set
    up for Belgium names its languages (a TMX tagged `nl` does not match an `nl-BE` project in most
    tools). Only a locale CLDR knows (`nl_BE`, `fr_BE`, `en_BE`) is accepted: a plain fact, not a list."""
    if not region:
        return report.source, report.target
    from babel import localedata

    code = region.strip().upper()
    tags = []
    for lang in (report.source, report.target):
        # exists(), not Locale.parse: that one takes an unknown region for the language's main one
        if not (code.isalpha() and len(code) == 2 and localedata.exists(f"{lang}_{code}")):
            raise ValueError(f"no locale '{lang}-{region.strip()[:10]}' in CLDR (a region is two letters: BE)")
        tags.append(f"{lang}-{code}")
    return tags[0], tags[1]


def _notes(
    report: CheckReport, store: ReviewStore, index: int, comments: bool = True, dismissed: bool = False
) -> tuple[str, str, list[str]]:
    """`dismissed`: the flags dismissed here too, for a reader of the report (never in an exchange
    file, whose notes a CAT tool hands back as the translator's)."""
    pair = report.pairs[index]
    review = store.get(pair.key)
    notes = [f"{f.code} ({f.severity}): {f.message}" for f in pair.flags]
    notes += [f"dismissed here, {f.code}: {f.message}" for f in pair.dismissed] if dismissed else []
    if review.comment and comments:
        notes.insert(0, f"comment: {review.comment}")
    return pair.key, review.status, notes


# A TMX feeds a CAT tool's memory, which offers its units as matches with no regard for a note or a
# property: a rendering the reviewer marked flagged is known wrong, and so is one a check flags
# (untranslated, a number that differs, a sentence missing) that no reviewer has passed as ok; both
# are left out unless asked for.
TMX_STATES = ("todo", "ok")


def tmx_state(pair: CheckedPair, store: ReviewStore) -> str:
    """The review state a TMX goes by: a segment still to do that a check flags counts as flagged
    (`reuse_state`, the memory's rule too)."""
    return reuse_state(store.get(pair.key).status, (f.severity for f in pair.flags))


def tmx_said(report: CheckReport, store: ReviewStore, states: Collection[str]) -> str:
    """What a TMX holds, said: its translation units (a segment with both sides, in one of `states`)
    of the report's segments, and what was left out and why."""
    from reader.core.review.store import STATES

    paired = [p for p in report.pairs if p.source and p.target]
    left = [p for p in paired if tmx_state(p, store) not in states]
    said = f"{len(paired) - len(left)} translation units of {len(report.pairs)} segments"
    lone = len(report.pairs) - len(paired)
    said += f"; {lone} without a counterpart left out" if lone else ""
    if left:
        # each reason with its count: '9 flagged by a check' over one flag and eight still to do (a trial)
        reasons: dict[str, int] = {}
        for p in left:
            status = store.get(p.key).status
            why = f"marked {status}" if status != "todo" else "flagged by a check and not reviewed ok"
            why = "still to do" if status == "todo" and tmx_state(p, store) == "todo" else why
            reasons[why] = reasons.get(why, 0) + 1
        why = ", ".join(f"{n} {reason}" for reason, n in reasons.items())
        said += f"; left out {len(left)} segment(s): {why} (--states {','.join(STATES)} keeps them)"
    return said


FLAGGED_QUALIFIER = "x-press-reader-flagged"  # XLIFF 1.2 takes a user-defined qualifier as 'x-…'


def machine_made(report: CheckReport, store: ReviewStore, pair: CheckedPair) -> bool:
    """A target as a machine wrote it: a machine version's, or a post-edited version's segment nobody
    edited (after one post-edit every target was said a person's, and raw machine output went into a
    translator's memory as human work: a translator's trial)."""
    if report.target_kind == "post-edited":
        return not store.get(pair.key).edited
    return report.target_kind == "machine"


def to_tmx(
    report: CheckReport, store: ReviewStore, states: Collection[str] = TMX_STATES, region: str | None = None
) -> bytes:
    from lxml import etree
    from translate.storage import tmx

    source, target = language_tags(report, region)
    tmx_file = tmx.tmxfile(sourcelanguage=source, targetlanguage=target)
    for i, pair in enumerate(report.pairs):
        if not (pair.source and pair.target) or tmx_state(pair, store) not in states:
            continue
        unit = tmx_file.addsourceunit(pair.source)  # type: ignore[no-untyped-call]
        unit.settarget(pair.target, lang=target)
        key, status, notes = _notes(report, store, i, comments=False)
        for note in notes:
            unit.addnote(note)
        props = [("x-review-state", status), ("x-segment-id", key), ("x-segment-kind", pair.kind)]
        kind = "machine" if machine_made(report, store, pair) else report.target_kind
        props += [("x-provenance", kind)] if kind else []
        for kind, value in props:
            prop = etree.Element("prop", type=kind)
            prop.text = value
            unit.xmlelement.insert(0, prop)
    header = tmx_file.document.getroot().find("header")
    if header is not None:  # the tool that made the file is ours, not the library that wrote it
        header.set("creationtool", "press-reader")
        header.set("creationtoolversion", __version__)
        # the format the units come from (TMX 1.4b); the library put the encoding there
        header.set("o-tmf", "press-reader")
    out = io.BytesIO()
    tmx_file.serialize(out)
    return out.getvalue()


def item_targets(report: CheckReport, blocks: list[Block]) -> dict[int, str]:
    """The targets (by pair index) that run over several list items of the version, an item a line.

    On one line, a CAT tool's correction of such a target could only come back as one item, so the
    import refused it (a translator's trial: the official French split a Dutch item in two, and a
    number mended in the CAT tool was lost); a line an item, it goes back into its items."""
    targets = {}
    for i, place in enumerate(locate(report, blocks)):
        lines = item_lines(place, blocks) if place is not None else []
        if len(lines) > 1:
            targets[i] = "\n".join(lines)
    return targets


def to_xliff(
    report: CheckReport,
    store: ReviewStore,
    stamp: str = "",
    region: str | None = None,
    targets: dict[int, str] | None = None,
) -> bytes:
    from lxml import etree
    from translate.storage import xliff2

    source, target = language_tags(report, region)
    xliff_file = xliff2.Xliff2File(sourcelanguage=source, targetlanguage=target)
    for i, pair in enumerate(report.pairs):
        unit = xliff_file.addsourceunit(pair.source or "")  # type: ignore[no-untyped-call]
        unit.target = (targets or {}).get(i, pair.target)
        key, status, notes = _notes(report, store, i)
        unit.setid(f"s{i + 1}-{key}")
        for note in notes:
            unit.addnote(note, origin="press-reader")
        segment = unit.xmlelement
        # Line breaks (a letterhead's) are kept where 2.0 allows xml:space: on <source> and <target>,
        # never on <segment>.
        segment.attrib.pop(XML_SPACE, None)
        for part in segment:
            if part.tag in (unit.namespaced("source"), unit.namespaced("target")):
                part.set(XML_SPACE, "preserve")
        # flagged: translated, the subState saying why ('initial' is a target not translated yet, which
        # a CAT tool dropping the subState took for untranslated work: a translator's trial)
        state = {"ok": "reviewed"}.get(status, "translated")
        # a segment without a target is not translated, whatever its review says: 'initial', as 1.2's
        # 'needs-translation' (a CAT tool takes 'translated' for done)
        segment.set("state", state if (pair.target or "").strip() else "initial")
        if status == "flagged":
            segment.set("subState", "press-reader:flagged")
        elif machine_made(report, store, pair) and pair.target:
            segment.set("subState", "press-reader:machine")
        elif tmx_state(pair, store) == "flagged" and pair.target:  # a check's flag: 2.0 has no needs-review
            segment.set("subState", CHECK_FLAGGED)
        # XLIFF 2.0 puts <notes> on the <unit>, before its segments.
        notes_element = segment.find(unit.namespaced("notes"))
        if notes_element is not None:
            segment.remove(notes_element)
            segment.getparent().insert(0, notes_element)
    out = io.BytesIO()
    xliff_file.serialize(out)
    root = etree.fromstring(out.getvalue())  # well-formed, or raise before anything is written
    # Say which release and pair the file belongs to, so that `import FILE.xlf` can take it back.
    for file_element in root.iter("{urn:oasis:names:tc:xliff:document:2.0}file"):
        file_element.set("original", _original(report.release_id, stamp))
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))


def to_xliff12(
    report: CheckReport,
    store: ReviewStore,
    source_in_target: bool = False,
    stamp: str = "",
    region: str | None = None,
    targets: dict[int, str] | None = None,
) -> bytes:
    """XLIFF 1.2 written directly: a trans-unit per segment, its state on <target>, notes after it.

    xml:space="preserve" goes on each <trans-unit>, the one place 1.2 names for it around a segment,
    so the line breaks of a letterhead survive a CAT tool. ``source_in_target`` writes the
    "source=target" XLIFF that OmegaT 3.x translates (it reads the text to translate from <target>):
    each target a copy of the source, without a state, so that taking the file back changes no review
    state; the current translations reach OmegaT through the TMX in its tm/auto/ folder.
    """
    from lxml import etree

    def sub(parent: etree._Element, name: str, text: str | None = None, **attrs: str) -> etree._Element:
        element = etree.SubElement(parent, f"{{{XLIFF12_NS}}}{name}", attrs)
        element.text = text
        return element

    source, target = language_tags(report, region)
    root = etree.Element(f"{{{XLIFF12_NS}}}xliff", {"version": "1.2"}, nsmap={None: XLIFF12_NS})
    file_element = sub(
        root,
        "file",
        original=_original(report.release_id, stamp),
        datatype="plaintext",
        **{"source-language": source, "target-language": target, "tool-id": "press-reader"},
    )
    sub(sub(file_element, "header"), "tool", **{"tool-id": "press-reader", "tool-name": "press-reader"})
    body = sub(file_element, "body")
    for i, pair in enumerate(report.pairs):
        key, status, notes = _notes(report, store, i)
        unit = sub(body, "trans-unit", id=f"s{i + 1}-{key}")
        unit.set(XML_SPACE, "preserve")
        sub(unit, "source", pair.source or "")
        if source_in_target:
            sub(unit, "target", pair.source or "")
        else:
            unit.set("approved", "yes" if status == "ok" else "no")
            # a check's flag on a todo too: 'translated', the flag in a <note>, a CAT tool missed it (trial N)
            state = {"ok": "final", "flagged": "needs-review-translation"}.get(tmx_state(pair, store), "translated")
            text = (targets or {}).get(i, pair.target or "")
            target = sub(unit, "target", text, state=state if pair.target else "needs-translation")
            if machine_made(report, store, pair) and pair.target:
                target.set("state-qualifier", "mt-suggestion")
            elif status == "flagged" and not pair.target:
                # nothing to translate yet, and flagged: 'needs-translation' alone came back as todo
                # and a round trip that changed nothing erased the flag (a French-original trial)
                target.set("state-qualifier", FLAGGED_QUALIFIER)
        for note in notes:
            sub(unit, "note", note, **{"from": "press-reader"})
    etree.indent(root, space="  ")
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8")) + b"\n"


def _md(text: str) -> str:
    """Text as Markdown shows it literally: raw HTML in a release or a comment must not become markup."""
    text = html.escape(text, quote=False)
    text = "".join("\\" + ch if ch in "\\`*_[]" else ch for ch in text)
    return text.replace("\n", "  \n  ")  # a letterhead's lines: line breaks inside its list item


def _flagged(report: CheckReport, store: ReviewStore | None = None) -> str:
    """Segments with a flag to correct, counted as `check` and the review count them: a note (what
    is only plausible) goes into the file, never into the count. The reviewer's own marks beside them,
    as export says them: a report headed '0 flagged' over two segments marked flagged (a trial)."""
    checks = sum(1 for p in report.pairs if any(f.severity != "info" for f in p.flags))
    marked = sum(1 for p in report.pairs if store is not None and store.get(p.key).status == "flagged")
    return f"{checks} flagged by the checks" + (f", {marked} marked flagged in review" if marked else "")


def to_markdown(report: CheckReport, store: ReviewStore, title: str) -> bytes:
    src, tgt = LANGUAGES[report.source], LANGUAGES[report.target]
    lines = [
        f"# Review: {_md(title)}",
        "",
        f"{src} → {tgt} · {len(report.pairs)} segments · {_flagged(report, store)}",
        "",
    ]
    lines += [f"> {_md(note)}" for note in report.notes] + ([""] if report.notes else [])
    for i, pair in enumerate(report.pairs):
        key, status, notes = _notes(report, store, i, dismissed=True)
        mark = {"ok": "✓ ok", "flagged": "✗ flagged"}.get(status, "· todo")
        lines.append(f"## {i + 1}. {pair.kind} ({pair.shape}) {mark}")
        lines.append("")
        lines.append(f"- **{report.source}**: {_md(pair.source) or '—'}")
        lines.append(f"- **{report.target}**: {_md(pair.target) or '—'}")
        # ⚑ for what to correct, as `check` marks it: a comment and a note (only plausible) are said so
        for note in notes:
            plain = note.startswith("comment: ") or " (info): " in note
            lines.append(f"- {'' if plain else '⚑ '}{_md(note)}")
        lines.append("")
    return "\n".join(lines).encode("utf-8")


def to_html(report: CheckReport, store: ReviewStore, title: str) -> bytes:
    e = html.escape
    rows = []
    for i, pair in enumerate(report.pairs):
        key, status, notes = _notes(report, store, i, dismissed=True)
        flag_html = "".join(f"<li>{e(n)}</li>" for n in notes)
        rows.append(
            f'<tr class="{e(status)}{" has-flags" if pair.flags else ""}"><td>{i + 1}</td><td>{e(pair.kind)}</td>'
            f"<td>{e(pair.source) or '—'}</td><td>{e(pair.target) or '—'}</td><td>{e(status)}</td>"
            f"<td><ul>{flag_html}</ul></td></tr>"
        )
    page = f"""<!doctype html>
<html lang="{e(report.target)}"><head><meta charset="utf-8"><title>Review: {e(title)}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em; }} table {{ border-collapse: collapse; width: 100%; }}
td, th {{ border: 1px solid #ccc; padding: .4em; vertical-align: top; }} tr.has-flags {{ background: #fff3f0; }}
tr.ok {{ background: #f0fff3; }} ul {{ margin: 0; padding-left: 1.2em; }}
</style></head><body>
<h1>Review: {e(title)}</h1>
<p>{e(LANGUAGES[report.source])} → {e(LANGUAGES[report.target])} · {len(report.pairs)} segments ·
{e(_flagged(report, store))}</p>
{"".join(f"<p><em>{e(n)}</em></p>" for n in report.notes)}
<table><thead><tr><th>#</th><th>kind</th><th>{e(report.source)}</th><th>{e(report.target)}</th><th>state</th>
<th>flags and notes</th></tr></thead><tbody>
{"".join(rows)}
</tbody></table></body></html>
"""
    return page.encode("utf-8")


def _original(release_id: str, stamp: str) -> str:
    """'press-reader:<release id>', and '@<stamp>' of the states kept for the export (`remember_export`)."""
    return f"{ORIGINAL_PREFIX}{release_id}" + (f"@{stamp}" if stamp else "")


def render(
    report: CheckReport,
    store: ReviewStore,
    fmt: str,
    title: str = "",
    source_in_target: bool = False,
    keep: bool = False,
    states: Collection[str] = TMX_STATES,
    region: str | None = None,
    blocks: list[Block] | None = None,
) -> bytes:
    """The file's bytes; `keep`: an XLIFF's states are remembered under a stamp it carries, so taking
    it back later never undoes a state the review changed since (`importer.xliff`); `region` tags the
    languages of a TMX or XLIFF (`nl-BE`); `blocks`, the target version's, put a target over several
    list items a line an item in an XLIFF (`item_targets`)."""
    language_tags(report, region)  # an unknown locale refused before anything is remembered
    stamp = store.remember_export(p.key for p in report.pairs) if keep and fmt in ("xliff", "xliff12") else ""
    targets = item_targets(report, blocks) if blocks and fmt in ("xliff", "xliff12") else {}
    writers: dict[str, Callable[[], bytes]] = {
        "tmx": lambda: to_tmx(report, store, states, region),
        "xliff": lambda: to_xliff(report, store, stamp, region, targets),
        "xliff12": lambda: to_xliff12(report, store, source_in_target, stamp, region, targets),
        "md": lambda: to_markdown(report, store, title or report.release_id),
        "html": lambda: to_html(report, store, title or report.release_id),
    }
    if fmt not in writers:
        raise ValueError(f"unknown format '{fmt}' (use {', '.join(FORMATS)})")
    return writers[fmt]()


def export(
    report: CheckReport,
    store: ReviewStore,
    fmt: str,
    path: Path,
    title: str = "",
    region: str | None = None,
    blocks: list[Block] | None = None,
    cache: Path | None = None,
) -> Path | None:
    """Rendered and written; with the `cache` of what this tool wrote, a different earlier file (a CAT
    tool's work not imported yet) is kept as FILE~, returned, as the CLI keeps it (written.py)."""
    data = render(report, store, fmt, title, keep=True, region=region, blocks=blocks)
    if cache is not None:
        return write_keeping_earlier(path, data, cache)
    atomic.write_bytes(path, data)
    return None

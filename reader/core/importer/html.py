"""Main content of a press-release web page: no navigation, header, footer, cookie banner."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from reader.core.body import table_text
from reader.core.errors import ImportFailed
from reader.core.importer.html_lists import MARK, bullet_lines, bulleted, depth, list_items, mark_lists, markers_as_ours
from reader.core.importer.html_meta import declared_publisher, drop_post_meta, site_issuer
from reader.core.importer.quote_credits import credited, credits_of
from reader.core.importer.raw import RawBlock

_NOISE_TAGS = (
    "script",
    "style",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "noscript",
    "iframe",
    "svg",
    "button",
    "template",
    "menu",
)
_NOISE_WORDS = re.compile(
    r"(^|[-_ ])(nav|navbar|navigation|menu|breadcrumbs?|footer|header|masthead|cookie|consent|banner|sidebar|"
    r"social|share|sharing|skip|toolbar|pager|pagination|related|newsletter|search|language-switch|lang-switch)"
    r"([-_ ]|$)",
    re.IGNORECASE,
)
BIG_PAGE = 1_000_000  # characters of HTML
MAX_CAPTIONS = 200  # a page's photos' captions read; a gallery's beyond are not listed
_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "address", "dd", "dt", "td", "table"}


def extract_html(text: str, path: Path, keep: tuple[str, ...] = ()) -> tuple[list[RawBlock], dict[str, str]]:
    import lxml.html
    from lxml import etree

    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        document = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise ImportFailed(path, f"unreadable HTML ({exc})") from None
    facts: dict[str, str] = {}
    for meta in document.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").lower()
        date_keys = ("article:published_time", "dcterms.date", "dc.date", "date", "datepublished")
        if key in date_keys and meta.get("content"):
            facts.setdefault("date", meta.get("content", ""))
        if key == "og:title" and meta.get("content"):
            facts.setdefault("title", meta.get("content", "").strip())
        if key == "og:site_name" and meta.get("content"):
            facts.setdefault("site", meta.get("content", "").strip())
            facts.setdefault("declared", site_issuer(meta.get("content", "")))
    scripts = [s.text or "" for s in document.iter("script") if (s.get("type") or "").lower() == "application/ld+json"]
    if publisher := declared_publisher(scripts):
        facts["declared"] = publisher  # the article's own publisher before the site's name
    head_title = document.find(".//title")
    if head_title is not None and "site" not in facts:  # 'Headline | SPF Economie': the site's name last
        facts["head"] = " ".join(head_title.text_content().split())  # its parts may name the issuer
        parts = re.split(r"\s+[|–—-]\s+", facts["head"])
        if len(parts) >= 2 and len(parts[-1]) <= 60:
            facts["site"] = parts[-1]
    html_lang = (document.get("lang") or "").split("-")[0].lower()
    if html_lang:
        facts["html_lang"] = html_lang
    body = document.find("body")
    if body is None or not body.text_content().strip():
        raise ImportFailed(path, "the HTML has no body text")
    drop_post_meta(body, facts)
    holders = _headline_holders(body.findall(".//h1"))
    credits = credits_of(body)  # a quote's footer names its speaker: no page footer
    for element in list(body.iter(*_NOISE_TAGS)):
        if element in credits:
            continue
        if element.tag in ("header", "footer") and (_in_content(element) or element in holders):
            continue  # an article's own header holds its headline and date
        _drop(element)
    for element in list(body.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        marker = f"{element.get('class') or ''} {element.get('id') or ''} {element.get('role') or ''}"
        if element.tag in ("body", "main", "article", "h1") or element in credits:
            continue
        if not _NOISE_WORDS.search(marker.strip()):
            continue
        if _in_content(element) and not re.search(r"nav|menu|share|social|cookie|related", marker, re.I):
            continue
        if element in holders and not re.search(r"nav|menu|breadcrumb", marker, re.I):
            continue
        if re.search(r"header|masthead|banner", marker, re.I) and _names_offices(element):
            continue  # a page header holding the minister's or the service's titles: the letterhead
        _drop(element)
    # A photo's caption by its markup: never the release's text, listed among the lines left out so
    # the user can keep it (it vanished unlisted: two new users' trials); trafilatura drops it too.
    captions = [" ".join(c.text_content().split()) for c in body.iter("figcaption")][:MAX_CAPTIONS]
    for caption in list(body.iter("figcaption")):
        _drop(caption)
    for time in body.iter("time"):
        if time.get("datetime"):
            facts.setdefault("date", time.get("datetime", ""))
    mark_lists(body)
    main = _main_element(body)
    blocks = _blocks(main)
    content = main_content(text, facts)
    if content:
        blocks = markers_as_ours(credited(merge_content(blocks, content), blocks), blocks, keep)
    if not any(b.kind == "title" for b in blocks):
        outside = [h for h in body.iter("h1") if h.text_content().strip()]
        if len(outside) == 1:  # the headline sits above the content container ('page-header'), with its date
            container = outside[0].getparent()
            header = _blocks(container) if container is not None and container is not body else []
            blocks[:0] = header or [RawBlock(" ".join(outside[0].text_content().split()), "title")]
    if not blocks:
        raise ImportFailed(path, "the HTML has no readable content")
    return blocks + [RawBlock(text, "caption") for text in captions if text], facts


def main_content(text: str, facts: dict[str, str]) -> list[RawBlock]:
    """The page's main content as trafilatura sees it (it keeps loose text and tables, and drops
    related links, share bars and footers that carry no class we know), and its title and date.

    Only the page's own metadata dates it (no search of the text: a date in a sentence is an event).
    Over 1 MB of HTML (a press release's page is some tens of kB) it is not asked: its time grows
    faster than the page (9 s on 5.5 MB, for no block our own reading lacked), and our reading stands.
    """
    if len(text) > BIG_PAGE:
        return []
    import logging

    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    try:
        document = trafilatura.bare_extraction(
            text,
            include_tables=True,
            include_comments=False,
            favor_recall=True,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # noqa: BLE001 - a third-party extractor's failure leaves our own extraction
        return []
    if document is None or isinstance(document, dict) or document.body is None:
        return []
    for key, value in (("title", document.title), ("date", document.date), ("site", document.sitename)):
        if isinstance(value, str) and value.strip():
            facts.setdefault(key, value.strip())
    return content_blocks(document.body)


def content_blocks(body: Any) -> list[RawBlock]:
    """trafilatura's XML (head, p, list/item, table/row/cell, quote, lb) mapped to our blocks."""
    blocks: list[RawBlock] = []
    for element in body:
        if not isinstance(element.tag, str):
            blocks.extend(_loose(_ws(element.tail)))
            continue
        tag = element.tag
        if tag == "table":
            rows = [[" ".join(_xml_text(cell).split()) for cell in row.iter("cell")] for row in element.iter("row")]
            rows = [row for row in rows if any(row)]
            if len(rows) >= 3 and sum(1 for cell in rows[0] if cell) == 1 and max(len(row) for row in rows[1:]) >= 2:
                blocks.append(RawBlock(next(cell for cell in rows[0] if cell)))  # its caption, as a first row
                rows = rows[1:]
            if len(rows) >= 2 and max(len(row) for row in rows) >= 2:
                blocks.append(RawBlock(table_text(rows), "table"))
            else:
                blocks.extend(RawBlock(cell) for row in rows for cell in row if cell)
        elif tag == "list":
            blocks.extend(list_items(element, _xml_text))
        elif tag == "head":
            text = " ".join(_xml_text(element).split())
            if text:
                blocks.append(RawBlock(text, "title" if element.get("rend") == "h1" else "heading"))
        else:
            kind = "quote" if tag == "quote" else ""
            text = _xml_text(element)
            if kind == "" and bulleted(text.strip()):  # '• a<lb/>• b': a list typed in a paragraph
                blocks.extend(bullet_lines("\n".join(" ".join(line.split()) for line in text.strip().split("\n"))))
            else:
                blocks.extend(RawBlock(b.text, kind) for b in _loose(text))
        blocks.extend(_loose(_ws(element.tail)))
    return blocks


def _xml_text(element: Any) -> str:
    return _broken_text(element, "lb")  # trafilatura writes a line break as <lb/>


def _key(text: str) -> str:
    return " ".join(text.split())[:80].lower()


def merge_content(ours: list[RawBlock], theirs: list[RawBlock]) -> list[RawBlock]:
    """Our header (letterhead, kicker, date line, headline: short lines trafilatura may leave out),
    then trafilatura's body from its first paragraph on. Where the two do not meet, or trafilatura
    kept much less text than we did, our own blocks stand."""
    ours_size = sum(len(b.text) for b in ours)
    if sum(len(b.text) for b in theirs) < 0.3 * ours_size:
        return ours
    first = next((b for b in theirs if b.kind == "" and len(b.text.split()) >= 10), None)
    if first is None:
        return ours
    at = next((i for i, b in enumerate(ours) if _key(b.text).startswith(_key(first.text)[:60])), None)
    if at is None:
        return ours
    return ours[:at] + theirs[theirs.index(first) :]


def _names_offices(element: Any) -> bool:
    """Every line of it names an institution or an office (issuer.org_line), as a letterhead does."""
    from reader.core.importer.issuer import org_line

    lines = [" ".join(p.text_content().split()) for p in element.iter("p", "div", "span") if len(p) == 0]
    lines = [line for line in lines if line]
    return bool(lines) and len(lines) <= 6 and all(org_line(line) for line in lines)


def _in_content(element: Any) -> bool:
    return any(a.tag in ("main", "article") or a.get("role") == "main" for a in element.iterancestors())


def _headline_holders(headlines: list[Any]) -> set[Any]:
    """Every element that holds a headline (the headlines and their ancestors), in one linear pass."""
    holders: set[Any] = set()
    for headline in headlines:
        element = headline
        while element is not None and element not in holders:
            holders.add(element)
            element = element.getparent()
    return holders


def _drop(element: Any) -> None:
    parent = element.getparent()
    if parent is not None:
        element.drop_tree()


def _main_element(body: Any) -> Any:
    for xpath in ("//main", "//article", "//*[@role='main']", "//*[@id='content' or @id='main']"):
        found = body.xpath(xpath)
        if found and len(found[0].text_content().strip()) > 200:
            return found[0]
    # The container with the most paragraph text, as readability does.
    best, best_score = body, 0
    for element in body.iter("div", "section", "td"):
        score = sum(len(p.text_content()) for p in element.findall("p"))
        if score > best_score:
            best, best_score = element, score
    return with_its_head(best, body) if best_score > 200 else body


def with_its_head(element: Any, body: Any) -> Any:
    """The text's container with what its parents set above it and nothing after (a headline and a
    date in divs of their own over 'news-body'): the head of the release, which the container alone
    left out, the page then titled by its section's name (an HTML import trial)."""
    while (parent := element.getparent()) is not None and parent is not body:
        after = "".join(s.text_content() for s in element.itersiblings())
        before = "".join(s.text_content() for s in element.itersiblings(preceding=True)) + (parent.text or "")
        if not before.strip() or len(before.strip()) > HEAD_CHARS or len(after.strip()) > 40:
            return element
        element = parent
    return element


_CONTAINERS = ("div", "section")
HEAD_CHARS = 400  # a headline, a kicker, a date line: what a release's head holds above its text


def _with_blocks(root: Any) -> set[Any]:
    """Elements that contain a block or a container below them, marked bottom-up in linear time."""
    marked: set[Any] = set()
    for element in root.iter():
        if not isinstance(element.tag, str) or (element.tag not in _BLOCK_TAGS and element.tag not in _CONTAINERS):
            continue
        parent = element.getparent()
        while parent is not None and parent not in marked:
            marked.add(parent)
            if parent is root:
                break
            parent = parent.getparent()
    return marked


def _table(element: Any) -> list[RawBlock]:
    """A table stays a table: its rows of cells, never one run of text."""
    rows = [
        [" ".join(cell.text_content().split()) for cell in row if cell.tag in ("td", "th")]
        for row in element.iter("tr")
    ]
    rows = [row for row in rows if any(row)]
    if not rows:
        return []
    layout = (
        len(rows) == 1
        or max(len(row) for row in rows) == 1
        or any(len(cell) > 300 for row in rows for cell in row)
        or any(cell.find(".//p") is not None or cell.find(".//br") is not None for cell in element.iter("td"))
    )
    if layout:  # a page laid out with a table: each cell's text, as a container's would be read
        return [block for cell in element.iter("td", "th") for block in _text_blocks(cell)]
    # its <caption> a line above it ('Tabel 1: …'), never its first row (an import trial, six of six)
    caption = " ".join(" ".join(c.text_content().split()) for c in element.iter("caption"))
    return [*([RawBlock(caption)] if caption else []), RawBlock(table_text(rows), "table")]


def _text_blocks(element: Any) -> list[RawBlock]:
    if element.tag == "table":
        return _table(element)
    for br in element.iter("br"):
        br.tail = "\n" + (br.tail or "")
    raw = "\n".join(" ".join(line.split()) for line in element.text_content().split("\n"))
    chunks = [c.strip() for c in re.split(r"\n\s*\n", raw) if c.strip()]  # <br><br> ends a paragraph
    if not chunks:
        return []
    if element.tag not in ("li", "pre", "table") and any(bulleted(chunk) for chunk in chunks):
        return [block for chunk in chunks for block in bullet_lines(chunk)]
    if element.tag == "blockquote":  # its paragraphs and its credit's line ('— Name, role'): one quote
        return [RawBlock("\n".join(chunks), "quote")]
    if len(chunks) > 1 and element.tag not in ("h1", "h2", "h3", "h4", "h5", "h6", "li"):
        return [RawBlock(chunk) for chunk in chunks]
    text = chunks[0]
    if element.tag == "h1":
        return [RawBlock(text, "title")]
    if element.tag in ("h2", "h3", "h4", "h5", "h6"):
        return [RawBlock(text, "heading")]
    if element.tag == "li":
        return [RawBlock(text, "list_item", element.get(MARK) or "-", level=depth(element))]
    return [RawBlock(text)]


def _ws(text: str | None) -> str:
    """Whitespace in HTML source is a space; only <br> breaks a line."""
    return re.sub(r"\s+", " ", text or "")


def _loose(text: str) -> list[RawBlock]:
    """Loose text between blocks; '<br><br>' in it ends a paragraph, as a blank line would."""
    chunks = (" ".join(chunk.split()) for chunk in re.split(r"\n\s*\n", text))
    return [RawBlock(chunk) for chunk in chunks if len(chunk) > 1]


def _broken_text(element: Any, line_break: str) -> str:
    """An element's text with source whitespace as spaces and its `line_break` elements as line breaks."""
    parts = [_ws(element.text)]
    for child in element:
        if isinstance(child.tag, str):
            parts.append("\n" if child.tag == line_break else _broken_text(child, line_break))
        parts.append(_ws(child.tail))
    return "".join(parts)


def _blocks(root: Any) -> list[RawBlock]:
    """Blocks in document order, each element visited once (no quadratic scans on big pages).

    A block element (p, h1, li, ...) or a container without blocks inside (a leaf div) becomes
    blocks and is not visited again. Inside a container that also holds blocks, the text between
    them (loose text, links, spans) is gathered into paragraphs of its own, not dropped.
    """
    with_blocks = _with_blocks(root)
    blocks: list[RawBlock] = []

    def visit(element: Any) -> None:
        run: list[str] = [_ws(element.text)]
        for child in element:
            if not isinstance(child.tag, str):  # a comment or processing instruction
                run.append(_ws(child.tail))
                continue
            if child.tag == "br":
                run += ["\n", _ws(child.tail)]
                continue
            is_block = child.tag in _BLOCK_TAGS or child.tag in _CONTAINERS or child in with_blocks
            if is_block:
                blocks.extend(_loose("".join(run)))
                run = []
                if child.tag in _BLOCK_TAGS or child not in with_blocks:
                    blocks.extend(_text_blocks(child))
                else:
                    visit(child)
            else:
                run.append(_broken_text(child, "br"))
            run.append(_ws(child.tail))
        blocks.extend(_loose("".join(run)))

    if root.tag in _BLOCK_TAGS:
        return _text_blocks(root)
    visit(root)
    return blocks

"""Main content of a press-release web page: no navigation, header, footer, cookie banner."""

from __future__ import annotations

import re
from pathlib import Path

from reader.core.importer.readers import ImportError_, RawBlock

_NOISE_TAGS = ("script", "style", "nav", "header", "footer", "aside", "form", "noscript", "iframe", "svg", "button",
               "template", "menu")
_NOISE_WORDS = re.compile(
    r"(^|[-_ ])(nav|navbar|navigation|menu|breadcrumbs?|footer|header|masthead|cookie|consent|banner|sidebar|"
    r"social|share|sharing|skip|toolbar|pager|pagination|related|newsletter|search|language-switch|lang-switch)"
    r"([-_ ]|$)", re.IGNORECASE)
_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "address", "dd", "dt", "td"}


def extract_html(text: str, path: Path) -> tuple[list[RawBlock], dict[str, str]]:
    import lxml.html
    from lxml import etree

    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        document = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise ImportError_(f"{path}: unreadable HTML ({exc})") from None
    facts: dict[str, str] = {}
    for meta in document.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").lower()
        date_keys = ("article:published_time", "dcterms.date", "dc.date", "date", "datepublished")
        if key in date_keys and meta.get("content"):
            facts.setdefault("date", meta.get("content", ""))
        if key == "og:title" and meta.get("content"):
            facts.setdefault("title", meta.get("content", "").strip())
    html_lang = (document.get("lang") or "").split("-")[0].lower()
    if html_lang:
        facts["html_lang"] = html_lang
    body = document.find("body")
    if body is None or not body.text_content().strip():
        raise ImportError_(f"{path}: the HTML has no body text")
    for element in list(body.iter(*_NOISE_TAGS)):
        _drop(element)
    for element in list(body.iter()):
        if not isinstance(element.tag, str):
            continue
        marker = f"{element.get('class') or ''} {element.get('id') or ''} {element.get('role') or ''}"
        if element.tag not in ("body", "main", "article") and _NOISE_WORDS.search(marker.strip()):
            _drop(element)
    for time in body.iter("time"):
        if time.get("datetime"):
            facts.setdefault("date", time.get("datetime", ""))
    main = _main_element(body)
    blocks = _blocks(main)
    if not blocks:
        raise ImportError_(f"{path}: the HTML has no readable content")
    return blocks, facts


def _drop(element) -> None:  # noqa: ANN001 - an lxml element
    parent = element.getparent()
    if parent is not None:
        element.drop_tree()


def _main_element(body):  # noqa: ANN001, ANN202 - lxml elements
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
    return best if best_score > 200 else body


def _blocks(root) -> list[RawBlock]:  # noqa: ANN001 - an lxml element
    blocks: list[RawBlock] = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        leaf_div = element.tag in ("div", "span", "section") and not any(
            isinstance(d.tag, str) and (d.tag in _BLOCK_TAGS or d.tag in ("div", "section"))
            for d in element.iterdescendants()
        )
        if element.tag not in _BLOCK_TAGS and not leaf_div:
            continue
        if any(parent.tag in _BLOCK_TAGS for parent in element.iterancestors()):
            continue  # nested: its text is in the outer block
        if leaf_div and any(parent.tag == "span" for parent in element.iterancestors()):
            continue
        for br in element.iter("br"):
            br.tail = "\n" + (br.tail or "")
        text = "\n".join(" ".join(line.split()) for line in element.text_content().split("\n"))
        text = re.sub(r"\n{2,}", "\n", text).strip()
        if not text:
            continue
        if element.tag == "h1":
            blocks.append(RawBlock(text, "title"))
        elif element.tag in ("h2", "h3", "h4", "h5", "h6"):
            blocks.append(RawBlock(text, "heading"))
        elif element.tag == "li":
            blocks.append(RawBlock(text, "list_item", "-"))
        elif element.tag == "blockquote":
            blocks.append(RawBlock(text, "quote"))
        else:
            blocks.append(RawBlock(text))
    return blocks

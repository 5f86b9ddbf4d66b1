"""Who a saved web page says publishes it, in its own metadata: the JSON-LD `publisher` of its
article (schema.org, as WordPress' SEO plugins and Drupal's metatag write it) and its `og:site_name`.

An import trial's pages named their issuer nowhere else (a minister's WordPress site: only the
JSON-LD Organization; an agency: only a GovernmentOrganization), or in `og:site_name` alone ('Statbel',
'Stad Gent', 'Brussel Mobiliteit'), which the import read only when the text named it too. A portal's
site name is no issuer: it is an address ('news.belgium.be', 'nbb.be') or a section ('Nieuws').
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_SCRIPT = 200_000  # characters of one JSON-LD script read; a page's is a few kB
_MAX_NAME = 120
_ARTICLES = {"newsarticle", "article", "blogposting", "reportagenewsarticle", "pressrelease", "webpage"}
_BODIES = {"organization", "governmentorganization", "corporation", "ngo", "localbusiness"}
# A section of a site, never its owner (a plain fact of the sites' navigation, nl/fr/en)
_SECTIONS = {
    "nieuws", "news", "actualités", "actualites", "actualiteit", "actua", "home", "accueil", "persberichten",
    "communiqués de presse", "communiques de presse", "press releases", "pers", "presse", "press", "blog",
}  # fmt: skip


def declared_publisher(scripts: list[str]) -> str:
    """The name of the article's publisher (an @id resolved in the page's @graph), or of the one
    organisation the page describes; '' when it says none."""
    nodes: list[dict[str, Any]] = []
    for script in scripts:
        if len(script) > MAX_SCRIPT:
            continue
        try:
            data = json.loads(script)
        except ValueError:
            continue
        nodes.extend(_nodes(data))
    by_id = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
    for node in nodes:
        if _types(node) & _ARTICLES and (publisher := node.get("publisher")) is not None:
            if isinstance(publisher, list) and publisher:
                publisher = publisher[0]
            if isinstance(publisher, dict) and isinstance(publisher.get("@id"), str) and "name" not in publisher:
                publisher = by_id.get(publisher["@id"], publisher)
            if name := _name(publisher):
                return name
    bodies = {name for node in nodes if _types(node) & _BODIES and (name := _name(node))}
    return bodies.pop() if len(bodies) == 1 else ""


def site_issuer(site_name: str) -> str:
    """`og:site_name` when it names an owner: not an address, not a section of the site."""
    name = " ".join(site_name.split())[:_MAX_NAME]
    if not re.search(r"[^\W\d_]{3}", name) or name.lower() in _SECTIONS:
        return ""
    if re.search(r"\.[a-z]{2,6}$", name, re.IGNORECASE) or "://" in name or name.lower().startswith("www."):
        return ""  # 'news.belgium.be', 'Vlaanderen.be': the portal's address
    return name


def _nodes(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [node for item in data[:200] for node in _nodes(item)]
    if not isinstance(data, dict):
        return []
    graph = data.get("@graph")
    return [data, *(_nodes(graph) if isinstance(graph, list) else [])]


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _name(node: Any) -> str:
    if isinstance(node, str):
        return ""  # an address, not a name
    name = node.get("name") if isinstance(node, dict) else None
    return " ".join(name.split())[:_MAX_NAME] if isinstance(name, str) else ""


# A post's line of metadata under its headline, as WordPress themes and Drupal write it ('entry-meta',
# 'post-meta', 'article-meta', 'submitted'): its dates and its category, run together in the text
# ('20 mei 202622 mei 2026 Nieuws' was kept as the first paragraph: an import trial).
_POST_META = re.compile(r"(?:^|\s)(?:entry-meta|post-meta|article-meta|meta-info|submitted)(?:\s|$)")


def drop_post_meta(body: Any, facts: dict[str, str]) -> None:
    """Such a line, when a <time datetime> in it dates the page: the date taken, the line dropped."""
    for element in list(body.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        if not _POST_META.search(element.get("class") or ""):
            continue
        stamps = [t.get("datetime") for t in element.iter("time") if t.get("datetime")]
        if stamps:
            facts.setdefault("date", stamps[0])
            element.drop_tree()

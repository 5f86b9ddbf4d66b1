"""A site's menus and the key a line is compared by: a line as a site repeats it, and labels of a
site's menu copied as lines, as cells, or as one row of words. Read by furniture.py (moved out of it
to keep it under 400 lines)."""

from __future__ import annotations

import functools
import re

from reader.core.importer.site_words import JOINS, LINES

_KEY_HEAD = " |»›>•·-"  # stripped once the spacing is one space (a pattern anchored at $ was quadratic)
_KEY_TAIL = " :.!?|»›>"


@functools.lru_cache(maxsize=4096)  # each line is keyed by several tests in a row
def line_key(line: str) -> str:
    """A line as a site repeats it: case, spacing, bullets, closing marks and the apostrophe's
    typography aside ('Plus d’infos' is 'plus d'infos': sites set either)."""
    line = line.replace("’", "'").replace("‘", "'").replace("ʼ", "'")
    return " ".join(line.lower().split()).lstrip(_KEY_HEAD).rstrip(_KEY_TAIL)


def menu_words(key: str) -> bool:
    """A line made only of the site's own words ('Nieuws en persberichten'), joined by 'en', '&'..."""
    words = key.replace(",", " ").split()
    labels = [w for w in words if w not in JOINS]
    return len(labels) >= 2 and all(w in LINES and len(w) > 2 for w in labels)


def menu_cell(cell: str) -> bool:
    cell = cell.strip()
    return bool(cell) and len(cell.split()) <= 4 and cell[:1].isupper() and not re.search(r"[.!?:;,]", cell)


def menu(cells: list[str]) -> bool:
    """Labels of a site's menu: three or more short capitalised labels without a sentence's marks,
    two of them the site's own words ('Home', 'Nieuws', 'Contact'): copied as lines of their own,
    or as one line whose cells a tab or a run of spaces separates (a horizontal menu copied)."""
    cells = [c.strip() for c in cells if c.strip()]
    return len(cells) >= 3 and all(menu_cell(c) for c in cells) and sum(line_key(c) in LINES for c in cells) >= 2


_ROW_LABELS = 3  # of a menu's words a single space parts, the site's own: fewer may be a title's
_HOME = {"home", "accueil", "startpagina"}


def menu_row(line: str) -> bool:
    """'Accueil Actualités Presse Contact': the same menu a single space parts (a new user's page),
    read word by word: capitalised one-word labels only, at least three of them the site's words."""
    words = line.split()
    if not 3 <= len(words) <= 8 or not all(w.istitle() and w.isalpha() for w in words):  # no capitals kicker
        return False
    if line_key(words[0]) in _HOME:  # 'Home Pensioen Werk Nieuws': the menu opens on the site's home
        return True
    return menu(words) and sum(line_key(w) in LINES for w in words) >= _ROW_LABELS


# A search box's label: the verb to search, then the site it searches ('Zoek op de website', 'Rechercher
# sur le site web', 'Search the website'): a site's widget, what any site's box says in nl, fr and en
# (trial B: glued under an agency's name, it became part of its issuer)
_SEARCH_BOX = re.compile(
    r"(?i:zoek(?:en)?|doorzoek|rechercher|chercher|search)(?:\s+(?i:op|in|dans|sur|on|within))?"
    r"\s+(?i:de|het|deze|onze|le|la|ce|cette|notre|the|this|our)\s+(?i:web)?(?i:site|website|webstek|portaal|portail|portal)"
    r"(?:\s+(?i:web))?"
)


def search_box(line: str) -> bool:
    return bool(_SEARCH_BOX.fullmatch(line.strip()))


def widget(line: str) -> bool:
    """One word three times in a few ('Kleine letters Normale letters Grote letters', 'Texte petit
    Texte normal Texte grand'): a widget's buttons; no sentence repeats a word of meaning so. Its
    articles and prepositions it does ('l'état des toitures, des façades et des châssis', 'de opvang
    van kinderen van vluchtelingen van …': list items dropped as widgets, an import trial)."""
    from reader.core.text.fold import FUNCTION_WORDS

    words = [w for w in re.findall(r"[^\W\d_]{3,}", line.lower()) if w not in FUNCTION_WORDS]
    return 3 <= len(line.split()) <= 9 and any(words.count(w) >= 3 for w in set(words))

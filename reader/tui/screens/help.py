"""Every key, by screen: the screen `?` was pressed on first, then what works everywhere, then the others.

It opened on the library's keys and scrolled to the screen's section once the document was laid out:
on a slow first draw that scroll came too early or not at all, and a section near the end could not
reach the top. Putting that section first needs no scroll.
"""

from __future__ import annotations

import functools

from rich.console import Console
from rich.markdown import Markdown as RichMarkdown
from rich.theme import Theme
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.geometry import Size
from textual.screen import ModalScreen
from textual.strip import Strip
from textual.widget import Widget

HELP = """\
The footer shows the most used keys; all of them are here and in the command palette (`ctrl+p`).
The narrow column at the left edge of side by side and review: `▌2` two flags on the row (explained
on the line under the rows), `↺` from the translation cache, `✓` reviewed ok, `✗` flagged by a reviewer.

**Everywhere** · `?` this help · `m` model manager · `ctrl+p` command palette · `q` back (quits from the library)
· a quit keeps the library's place for the next start · `ctrl+q` quit · the mouse works too

## Library
| key | does |
|---|---|
| `/` | search as you type: a word finds its start, a Dutch head its compounds; `"exact"`, an id; `↓` list |
| a word | typed into the list goes into the search, whole (a key's letter followed at once by more is the word's) |
| `l` | filter by language: all, nl, fr, en |
| `d` | sort by date, newest or oldest first |
| `y` `u` | only the releases of a year, of an issuer (with their counts) |
| `g` `G` | first, last release |
| `r` `ctrl+r` | reload now (the list also notices releases added, changed or removed on disk every 5 s) |
| `Enter` | open the release; in the search box, the best hit (the most relevant, the list staying by date) |
| `i` | import a release from a file (.txt .md .html .pdf .docx) |
| `x` `Delete` | remove the release, asked first (kept in `.removed/`; `press-reader remove --restore` undoes it) |

## Reader
| key | does |
|---|---|
| `n` `f` `e` | Dutch, French, English version |
| `s` | side by side: the original on the left, this version (or another) on the right |
| `t` | translate the original (then `e`, `f` or `n`; after "No ... version yet": that one), beside it |
| `/` `n` `N` | find, tables too; Enter, then `n` `N`: next, previous match (`n`: Dutch if no find); Esc closes |
| `h` | history: the earlier texts of this version, the highlighted one shown; `Enter` restores one |
| `l` | open or fold the letterhead (folded to one line at first) |
| `c` | concordance: past renderings of the selected words (else the last find's, else type them) |

## Side by side
| key | does |
|---|---|
| `↑` `↓` `j` `k` `PgUp` `PgDn` `g` `G` | move the current row (both panes scroll together) |
| `v` `V` | next, previous version on the right: human versions, machine ones, translations made here (`t` makes one) |
| `x` | swap the sides |
| `i` | interleaved: each source paragraph with its counterpart under it |
| `1` `2` `3` | the left column only, the right one only, both (as shown, after `x` too) |
| `l` | open or fold the letterhead (folded to one line at first; review mode too) |
| `t` | translate into another language, in place (the source stays on the left) |
| `Esc` | cancel a running translation (what finished is kept); just after one ends, clear its message; else back |
| `w` | save the machine translation in the library |
| `/` `n` `N` | find in both columns; Enter, then `n` `N`: next, previous row with a match; Esc closes (review too) |
| `o` | export this pair: TMX, XLIFF, Markdown or HTML (review states and comments included) |
| `r` | review mode |
| `e` | edit the current segment (opens review mode on it) |
| `c` | concordance of the selected (or found) words, from the column that holds them |

## Concordance panel
| key | does |
|---|---|
| typing | look up words, `"a phrase"` or a `prefix*` in the translation memory (pairs newest first) |
| `↓` `Enter` | to the pairs; `Enter` opens that release at that sentence |
| `ctrl+t` `ctrl+r` | another target language; reverse the languages |
| `ctrl+b` | build the memory (or bring it up to date); `Esc` stops it, what was aligned is kept |
| `Esc` | close |

## Review mode
The bar under the column names is the whole document, one cell per slice: a red block where a flag
waits, a green half block where every segment is marked ok; ▼ marks where the cursor is.

| key | does |
|---|---|
| `]` `[` | next, previous flagged segment (flags found and flags of your own) |
| `a` | mark the segment ok and move to the next segment, flagged or not (`]`: the next flagged one) |
| `:` `ctrl+g` | go to segment N (the number the CLI and comments use) |
| `f` | flag the segment |
| `c` | comment on the segment |
| `s` | show all segments, the flagged ones, yours (flagged or commented), or those still to do |
| `u` | undo the mark (back to to do) |
| `d` | dismiss a false flag: the same name (to your glossary, for every check) or ignore it here |
| `e` | edit the target segment; `ctrl+s` saves, re-checks, goes to the next flag below (official: a proposal) |
| `p` | withdraw the segment's proposals (an official version's corrections kept in its comment), asked first |
| `F2` `F3` `F4` | (editing) insert the first, second or third suggestion of the memory, listed under the source |
| `w` | write the edits (the earlier text goes to the release's history) |
| `h` | the target's earlier texts (`d` there: what changed since); `Enter` restores one (edits written first) |
| `o` | export the pair: TMX, XLIFF 1.2 or 2.0, Markdown or HTML, with the review's states (edits written first) |
| `t` | check meaning with machine translation now (`Esc` stops; `PRESS_READER_REVIEW_MT=1`: on opening) |
| `r` or `q` | leave review mode (asks first if edits are not written; states are saved as you go) |

## Model manager
| key | does |
|---|---|
| `i` | install a package from a .argosmodel file |
| `g` | get a package from the Argos index (online only) |
| `d` | remove the selected package (asks first) |
| `b` | the decoding memory bound for this session (`600M`, `2G`; at start: `--max-memory`) |

## Signs

The bar under review's column headers is the whole release at a glance, a cell per stretch of
segments: a red block where a flag still waits, a green half block where all is marked ok, low where nothing is flagged;
▼ is the cursor's place.

● official · ○ unofficial (a human rendering the issuer did not publish) · ⚙ machine translation · ◐ post-edited
"""


def anchor(title: str) -> str:
    """A heading's anchor as the screens name it in `HELP_SECTION` ('Side by side' -> 'side-by-side')."""
    return "-".join(title.lower().split())


@functools.cache
def help_text(section: str = "") -> str:
    """The help with the section whose anchor is `section` first, its heading saying it is this screen's."""
    intro, *parts = HELP.split("\n## ")
    sections = {anchor(part.partition("\n")[0]): part for part in parts}
    first = sections.pop(section, "")
    if first:
        heading, _, table = first.partition("\n")
        first = f"{heading} (this screen)\n{table}"
    ordered = [first, "Every screen\n\n" + intro.strip(), *sections.values()]
    closing = "Esc, q or ? closes this help."
    return f"# press-reader keys\n\n{closing}\n\n" + "\n\n".join("## " + part.strip() for part in ordered if part)


class HelpScreen(ModalScreen[None]):
    """Opens on the keys of the screen it was asked from (its `HELP_SECTION`, a heading's anchor)."""

    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss(None)", "Close")]

    def __init__(self, section: str = "") -> None:
        super().__init__()
        self.section = section

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help", classes="dialog wide"):
            yield HelpText(self.section)


class HelpText(Widget):
    """The help drawn from lines made once per section and width (`_lines`): Textual's Markdown
    widget built a widget per heading, paragraph and table cell, and `?` took 1.7 to 1.9 s to open
    under load (trial Y); a rich Markdown laid its tables out again at every draw."""

    DEFAULT_CSS = "HelpText { height: auto; }"

    def __init__(self, section: str) -> None:
        super().__init__(id="help-text")
        self.section = section

    @property
    def text(self) -> str:
        return "\n".join(strip.text for strip in _lines(self.section, self.size.width or 80))

    def render_line(self, y: int) -> Strip:
        lines = _lines(self.section, self.size.width or 80)
        line = lines[y] if 0 <= y < len(lines) else Strip.blank(self.size.width)
        return line.apply_style(self.rich_style)  # the dialog's colours under the text's own

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(_lines(self.section, width))


@functools.lru_cache(maxsize=32)
def _lines(section: str, width: int) -> tuple[Strip, ...]:
    width = max(20, width)
    # code spans bold, not rich's cyan on black: a black block per key in the dialog's colours
    theme = Theme({"markdown.code": "bold", "markdown.h1.border": "dim"})
    console = Console(width=width, color_system="truecolor", legacy_windows=False, theme=theme)
    lines = console.render_lines(RichMarkdown(help_text(section)), console.options.update_width(width))
    return tuple(Strip(line).crop_extend(0, width, None) for line in lines)

"""Releases listed for a person (`list`, `list --search`): a table when the terminal is wide."""

from __future__ import annotations

from reader.commands.output import console

# Piped, the table is as wide as its longest row needs (it is never expanded): this only bounds it.
PIPED_TABLE_WIDTH = 10_000


def stale_note(codes: list[str]) -> str:
    return f"  [{', '.join(codes)}: out of date, translated from a replaced original]" if codes else ""


def print_listing(rows: list[tuple[str, str, str, str, str]], title: str) -> None:
    """Releases for a person: a table when the terminal is wide, else one block per release; ids and
    dates never wrap, titles wrap at word boundaries, nothing is cropped."""
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    def snippet_text(snippet: str) -> Text:
        text = Text()
        for n, part in enumerate(snippet.split("**")):
            text.append(part, style="bold yellow" if n % 2 else "dim")
        return text

    out = console()
    out.print(Text(title, style="bold"), overflow="fold")
    if out.width >= 110:
        table = Table(expand=out.is_terminal)  # piped: no padding to the width
        table.add_column("id", style="cyan", no_wrap=True)
        table.add_column("date", no_wrap=True)
        table.add_column("languages", no_wrap=True)
        table.add_column("title", ratio=1, overflow="fold")
        for release_id, date, marks, name, snippet in rows:
            cell = Text(name)
            if snippet:
                cell.append("\n").append_text(snippet_text(snippet))
            table.add_row(release_id, date, marks, cell)
        if getattr(out, "piped", False):  # a row's title one line however long (trial R, R-5: folded at 160)
            out.width = PIPED_TABLE_WIDTH
        out.print(table)
    else:
        for release_id, date, marks, name, snippet in rows:
            out.print(Text.assemble((release_id, "cyan"), f"  {date}  {marks}"), no_wrap=True, overflow="ellipsis")
            out.print(Padding(Text(name), (0, 0, 0, 2)))
            if snippet:
                out.print(Padding(snippet_text(snippet), (0, 0, 0, 2)))
    out.print("● official  ○ unofficial  ⚙ machine  ◐ post-edited", style="dim")

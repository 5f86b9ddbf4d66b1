"""A wrapped list item goes on under its text, not under its marker (a translator's trial: the
second line of an item started at the bullet's column, as a new item would)."""

from rich.console import Console

from reader.core.model import Block
from reader.render import render_version
from tests.core.releases import block_release


def test_a_wrapped_item_hangs_under_its_text_and_a_find_still_marks_it():
    items = [Block("list_item", "een lange opsomming van maatregelen die zeker over meer dan een regel loopt")]
    release = block_release([Block("paragraph", "Het plan:"), *items], [Block("paragraph", "Le plan :")])
    marked: list[str] = []
    console = Console(width=40, record=True)
    console.print(render_version(release, "nl", mark=lambda text: marked.append(text.plain)))
    shown = console.export_text().splitlines()
    at = next(n for n, line in enumerate(shown) if "opsomming" in line)
    assert shown[at].startswith("  • een lange opsomming")
    assert shown[at + 1].startswith("    ") and shown[at + 1].strip()  # under the text, not the bullet
    assert any("opsomming" in plain for plain in marked)  # the item's text is what a find marks

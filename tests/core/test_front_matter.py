"""A Markdown page's YAML front matter: its title and date are facts of the page, never lines of its
text (a new user's trial saw its fences listed as site lines). Own words."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer.front_matter import MAX_FRONT_MATTER, split_front_matter
from reader.core.importer.readers import read_file

BODY = "Le Gouvernement a approuvé une aide de 12 millions d'euros pour les écoles.\n"


def test_title_and_date_are_taken_and_the_fields_leave_the_text():
    head = '---\ntitle: "Une aide pour les écoles"\ndate: 2026-02-17\ntags: [a]\n---\n\n'
    text, facts = split_front_matter(head + BODY)
    assert facts == {"title": "Une aide pour les écoles", "date": "2026-02-17"}
    assert text.strip() == BODY.strip()


def test_a_timestamp_or_a_quoted_date_gives_the_day():
    assert split_front_matter("---\ndate: 2026-02-17T09:30:00+01:00\n---\nx")[1] == {"date": "2026-02-17"}
    assert split_front_matter("---\npublished: '2026-02-17'\n---\nx")[1] == {"date": "2026-02-17"}


def test_a_rule_over_a_paragraph_or_broken_yaml_is_no_front_matter():
    for text in (f"---\n{BODY}---\nMore.\n", "---\ntitle: [unclosed\n---\nx", f"{BODY}---\ntitle: x\n---\n"):
        assert split_front_matter(text) == (text, {})


def test_an_oversized_block_is_left_as_text():
    text = "---\n" + "a: b\n" * MAX_FRONT_MATTER + "---\nx"
    assert split_front_matter(text) == (text, {})


def test_a_markdown_file_reads_without_its_front_matter(tmp_path: Path):
    path = tmp_path / "page.md"
    path.write_text(f'---\ntitle: "Une aide pour les écoles"\ndate: 2026-02-17\n---\n\n{BODY}', encoding="utf-8")
    blocks, facts = read_file(path)
    assert [b.text for b in blocks] == [BODY.strip()]
    assert facts["title"] == "Une aide pour les écoles" and facts["date"] == "2026-02-17"

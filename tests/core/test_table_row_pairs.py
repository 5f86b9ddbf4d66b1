"""A table's rows side by side as the check pairs them, a dropped row facing a gap (trial D, finding
7: review set the rows top-aligned, so after a dropped row each row faced the next one's counterpart)."""

from __future__ import annotations

from reader.core.review.rows import row_findings, row_pairs
from reader.core.text.glossary import Glossary

NL = (
    "| Dienst | Krediet | Besteed |\n|---|---|---|\n| Volksgezondheid | 12.410 | 11.980 |\n"
    "| Mobiliteit | 3.322 | 3.105 |\n| Justitie | 2.744 | 2.690 |\n| Defensie | 5.120 | 4.877 |"
)
FR = (
    "| Service | Crédit | Dépensé |\n|---|---|---|\n| Santé publique | 12 410 | 11 980 |\n"
    "| Justice | 2 744 | 2 690 |\n| Défense | 5 120 | 4 877 |"
)


def test_a_dropped_row_faces_a_gap_and_the_rows_after_it_their_own():
    pairs = row_pairs(NL, FR, "nl", "fr", Glossary({}))
    assert pairs == [(0, 0), (1, 1), (2, None), (3, 2), (4, 3)]
    (finding,) = row_findings(NL, FR, "nl", "fr", Glossary({}))  # the row the check names is the gap
    assert "Mobiliteit" in finding.message


def test_a_row_only_the_target_has_stands_where_the_target_has_it():
    pairs = row_pairs(FR, NL, "fr", "nl", Glossary({}))
    assert pairs == [(0, 0), (1, 1), (None, 2), (2, 3), (3, 4)]


def test_no_table_no_pairs():
    assert row_pairs("Een zin.", FR, "nl", "fr", Glossary({})) == []

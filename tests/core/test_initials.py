"""A suspect's initials changed are a name error (trial A, F3: 'M.D. (34)' rendered 'M.B. (34)',
'T.D.W.' / 'T.D.V.' and 'R.V.' / 'R.W.' passed every check): review/initials.py. Own words, made-up people."""

from __future__ import annotations

import pytest

from reader.core.review.checks import check_release
from tests.core.releases import paragraph_release


def _initials(nl: str, fr: str, src: str = "nl", tgt: str = "fr") -> list[tuple[str, str]]:
    report = check_release(paragraph_release([nl], [fr]), src, tgt)
    return [(f.severity or "", f.message) for p in report.pairs for f in p.flags if "initials" in f.message]


@pytest.mark.parametrize(("src", "tgt"), [("nl", "fr"), ("fr", "nl")])
@pytest.mark.parametrize(
    ("nl", "fr", "said"),
    [
        (
            "De speurders pakten P.G. (51) uit Zonhoven op.",
            "Les enquêteurs ont interpellé P.C. (51), de Zonhoven.",
            "P.G. / P.C.",
        ),
        (
            "Het gaat om L.D.M. (23) en een minderjarige.",
            "Il s'agit de L.D.N. (23) et d'un mineur.",
            "L.D.M. / L.D.N.",
        ),
        ("Wout V.H. wordt vrijdag verhoord.", "Wout V.K. sera entendu vendredi.", "V.H. / V.K."),
        ("Bart S. wordt vrijdag verhoord.", "Bart D. sera entendu vendredi.", "S. / D."),
    ],
)
def test_changed_initials_are_an_error_naming_both(nl: str, fr: str, said: str, src: str, tgt: str) -> None:
    flags = _initials(nl, fr, src, tgt)
    if src == "fr":
        said = " / ".join(reversed(said.split(" / ")))
    assert flags == [("error", f"a person's initials differ: {said}")]


@pytest.mark.parametrize(
    ("nl", "fr"),
    [
        ("Het gaat om J.-P. L. (58) en S. D. (31).", "Il s'agit de J.-P.L. (58) et de S.D. (31)."),
        ("De N.V. verkocht haar aandelen aan O.R. (44).", "La S.A. a vendu ses actions à O.R. (44)."),
        ("Het gaat om G.F. (39).", "Il s'agit d'un homme de 39 ans."),  # initials on one side only
    ],
)
def test_the_same_initials_a_legal_form_or_initials_on_one_side_only_are_no_flag(nl: str, fr: str) -> None:
    assert _initials(nl, fr) == [] and _initials(nl, fr, "fr", "nl") == []

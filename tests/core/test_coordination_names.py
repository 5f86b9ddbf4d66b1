"""A Dutch compound that coordinates two members, rendered by capitalised words of a name or beside an
English 'of' between names (trial B, thirty-fifth session: English originals with Dutch versions)."""

from __future__ import annotations

from reader.core.review.structure import coordination_finding


def test_a_coordinated_name_renders_the_compound_it_names():
    assert (
        coordination_finding(
            "Het Herstel- en veerkrachtfonds betaalt.", "The Recovery and Resilience Fund pays.", "nl", "en"
        )
        is None
    )


def test_an_english_of_between_names_coordinates_nothing():
    nl = "Volgens de Centrale Bank van Portugal, gezuiverd voor seizoens- en weersinvloeden, steeg het cijfer."
    en = "According to the Central Bank of Portugal, adjusted for seasonal and weather effects, the figure rose."
    assert coordination_finding(nl, en, "nl", "en") is None
    dropped = "According to the Central Bank of Portugal, adjusted for seasonal effects, the figure rose."
    assert coordination_finding(nl, dropped, "nl", "en") is not None  # a member lost is still said


def test_months_on_both_sides_still_leave_a_lost_member_said():
    nl = "In maart en april werden wapen- en drugssmokkelaars opgepakt."
    assert coordination_finding(nl, "In March and April arms smugglers were arrested.", "nl", "en") is not None

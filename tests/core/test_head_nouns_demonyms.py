"""'Inwoners van X' may be said by X's demonym (thirty-fourth session, trial T: 'de inwoners van
Elsene' rendered 'les Ixelloises et Ixellois' was flagged as a dropped noun). A demonym after an
article or a count is the place's people; a first name in -ois is not."""

from reader.core.review.structure import head_finding


def test_a_demonym_says_the_inhabitants_of_its_place():
    nl = "Dankzij de premie werden 920 inwoners van Schaarbeek geholpen."
    fr = "Grâce à la prime, 920 Schaerbeekoises et Schaerbeekois ont été aidés."
    assert head_finding(nl, fr, nl, fr, "nl", "fr") is None
    fr = "La commune informera les Namurois par courrier."
    nl = "De gemeente brengt de Namenaars per brief op de hoogte."
    assert head_finding(fr, nl, fr, nl, "fr", "nl") is None
    fr = "La commune informera les habitants de Namur par courrier."
    assert head_finding(fr, nl, fr, nl, "fr", "nl") is None


def test_a_first_name_is_no_demonym():
    nl = "De schepen François Dubois schrijft de inwoners van Elsene aan."
    fr = "L'échevin François Dubois écrit à Ixelles."
    message = head_finding(nl, fr, nl, fr, "nl", "fr") or ""
    assert "«habitant…» for «inwoners van elsene»" in message

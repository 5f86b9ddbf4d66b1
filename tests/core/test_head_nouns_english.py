"""The dropped-head-noun check reads the target's language (trial K: a French 'président du
comité' rendered 'chair of the committee' was asked for the Dutch 'voorzitter'; a French
association name kept as written in an English text was asked for 'gebruiker')."""

from reader.core.review.structure import head_finding


def test_an_english_target_is_searched_for_english_heads_only():
    fr = "La ministre a nommé la présidente du conseil d'administration de l'office des étrangers."
    en = "The minister appointed the chair of the governing board of the aliens office."
    assert head_finding(fr, en, fr, en, "fr", "en") is None
    nl = "De minister ontmoette de voorzitter van de raad van bestuur."
    en = "The minister met the chair of the board."
    assert head_finding(nl, en, nl, en, "nl", "en") is None
    # a head really dropped is named by its English equivalent, not the other source language's
    fr = "Le gouvernement soutient les victimes des inondations."
    en = "The government supports the floods."
    message = head_finding(fr, en, fr, en, "fr", "en") or ""
    assert "the English has no «victim…» for «victimes des inondations»" in message
    assert "slachtoffer" not in message


def test_a_name_kept_in_the_source_language_holds_its_head():
    fr = "La plainte a été déposée par l'ASBL « Amis des usagers du tram » et par deux villes."
    en = 'The complaint was filed by the non-profit "Amis des usagers du tram" and by two towns.'
    assert head_finding(fr, en, fr, en, "fr", "en") is None
    # the phrase elsewhere, not kept: still a loss
    en = "The complaint was filed by the tram association and by two towns."
    assert head_finding(fr, en, fr, en, "fr", "en")

import shutil
from pathlib import Path

import pytest

from reader.core.library import Library
from reader.core.review.checks import check_release
from tests.conftest import ROOT, SEED_ID


@pytest.mark.parametrize(
    "src, tgt", [("nl", "fr"), ("fr", "nl"), ("nl", "en"), ("en", "nl"), ("fr", "en"), ("en", "fr")]
)
def test_clean_seed_renderings_get_no_flag(src, tgt):
    report = check_release(Library.load(ROOT / "releases").get(SEED_ID), src, tgt)
    assert [(p.index, [f.code for f in p.flags]) for p in report.flagged] == []


def _seen(found: tuple[str, float] | None) -> str | None:
    """A name flag's message as the default view shows it: only when it is more than plausible."""
    from reader.core.review.thresholds import PLAUSIBLE

    return found[0] if found is not None and found[1] >= PLAUSIBLE else None


def make_release(root: Path, rid: str, nl: str, fr: str, title_nl: str = "Titel", title_fr: str = "Titre") -> Path:
    folder = root / rid
    folder.mkdir(parents=True)
    (folder / "release.yaml").write_text(
        f"date: 2024-03-19\nissuer: FOD\noriginal_language: nl\ntitles: {{nl: '{title_nl}', fr: '{title_fr}'}}\n"
        "languages: {nl: official, fr: official}\n",
        encoding="utf-8",
    )
    (folder / "nl.md").write_text(nl, encoding="utf-8")
    (folder / "fr.md").write_text(fr, encoding="utf-8")
    return folder


BELGIAN_NL = (
    "Op woensdag 20 maart 2024 om 10.00 uur keurde de Ministerraad een budget van € 3,2 miljoen goed, of 18.625 "
    "euro per gemeente. De btw daalt van 21 % naar 6 %.\n\n"
    "Dat is een stijging van 1.234,56 euro ten opzichte van 2023. De FOD Financiën in Brussel volgt het op.\n"
)
BELGIAN_FR = (
    "Le mercredi 20 mars 2024 à 10 heures, le Conseil des ministres a approuvé un budget de 3,2 millions d'euros, "
    "soit 18 625 euros par commune. La TVA passe de 21 % à 6 %.\n\n"
    "C'est une hausse de 1 234,56 euros par rapport à 2023. Le SPF Finances à Bruxelles en assure le suivi.\n"
)


def test_belgian_formats_pair_is_clean(tmp_path: Path):
    make_release(tmp_path, "2024-03-19-begroting", BELGIAN_NL, BELGIAN_FR, "Begroting 2024", "Budget 2024")
    report = check_release(Library.load(tmp_path).get("2024-03-19-begroting"), "nl", "fr")
    assert report.flagged == []


def seed_fr() -> str:
    return (ROOT / "releases" / SEED_ID / "fr.md").read_text(encoding="utf-8")


INJECTIONS = {
    "number": ("y investira 75 millions d'euros", "y investira 57 millions d'euros", "Alibaba creëert"),
    "omission": ("La première phase s'accompagne de centaines de nouveaux emplois. ", "", "Met de eerste fase gaan"),
    "untranslated": (
        "Il y a quelques semaines, Alibaba a conclu un accord avec le secteur diamantaire anversois pour collaborer "
        "dans le commerce de diamants en ligne.",
        "Een aantal weken geleden sloot Alibaba een akkoord met de Antwerpse diamantsector om samen te werken rond "
        "online diamanthandel.",
        "Een aantal weken geleden",
    ),
    "name": (
        "un terrain de 22 hectares autour de l'aéroport de Liège",
        "un terrain de 22 hectares autour de l'aéroport de Namur",
        "Het distributiecentrum",
    ),
    "length": (
        "Cette plateforme permet en particulier aux PME de participer plus facilement au commerce international.",
        "Cette plateforme permet en particulier aux PME de participer plus facilement au commerce international, "
        "ce qui, selon de nombreux observateurs et experts du secteur, représente une opportunité considérable et "
        "durable pour l'ensemble des entreprises belges actives à l'exportation dans le monde entier.",
        "Dat platform maakt",
    ),
}


@pytest.mark.parametrize("code", sorted(INJECTIONS))
def test_injected_error_is_flagged_on_the_right_segment(library_dir: Path, code: str):
    old, new, source_start = INJECTIONS[code]
    text = seed_fr()
    assert old in text
    (library_dir / SEED_ID / "fr.md").write_text(text.replace(old, new), encoding="utf-8")
    report = check_release(Library.load(library_dir).get(SEED_ID), "nl", "fr")
    flagged = [(p.source[:40], [f.code for f in p.flags]) for p in report.flagged]
    # Text added to a sentence: reported as an addition when the rendering is over twice as long, as
    # 'length' when less.
    wanted = {"length", "addition"} if code == "length" else {code}
    hits = [p for p in report.flagged if source_start in p.source and wanted & {f.code for f in p.flags}]
    assert hits, flagged
    assert len(report.flagged) <= 2, flagged


def test_injected_date_and_time(tmp_path: Path):
    wrong = BELGIAN_FR.replace("20 mars 2024", "21 mars 2024").replace("10 heures", "11 heures")
    make_release(tmp_path, "2024-03-19-begroting", BELGIAN_NL, wrong)
    report = check_release(Library.load(tmp_path).get("2024-03-19-begroting"), "nl", "fr")
    (pair,) = report.flagged
    assert pair.source.startswith("Op woensdag 20 maart")
    assert [f.code for f in pair.flags] == ["date"]
    assert "20 maart 2024" in pair.flags[0].message and "10.00 uur" in pair.flags[0].message


def test_dropped_list_item_is_an_omission(tmp_path: Path):
    nl = "Het plan omvat:\n\n- een nieuwe hub in Luik\n- extra personeel voor de douane\n- een digitaal platform\n"
    fr = "Le plan comprend :\n\n- un nouveau hub à Liège\n- un plateforme numérique\n"
    make_release(tmp_path, "2024-03-19-plan", nl, fr)
    report = check_release(Library.load(tmp_path).get("2024-03-19-plan"), "nl", "fr")
    assert any(p.source.startswith("extra personeel") and p.flags[0].code == "omission" for p in report.flagged)


def test_meaning_flag_with_a_trusted_mt_helper(library_dir: Path):
    class FakeMT:
        trusted = True
        notes = ["fake MT"]
        median = 60.0

        def scorer(self, source: str, target: str) -> float:
            return 0.6

        def meaning(self, source: str, target: str) -> float | None:
            return 5.0 if "diamant" in source else None

    report = check_release(Library.load(library_dir).get(SEED_ID), "nl", "fr", mt=FakeMT())
    (pair,) = report.flagged
    assert pair.flags[0].code == "meaning" and "diamant" in pair.source
    assert report.notes == ["fake MT"]


def test_random_model_is_not_trusted(installed_packages, library_dir: Path):
    from reader.core.engine.cache import TranslationCache
    from reader.core.engine.translator import Engine
    from reader.core.review.mt import MTHelper

    release = Library.load(library_dir).get(SEED_ID)
    helper = MTHelper(Engine(installed_packages, TranslationCache(library_dir / "c.sqlite3")), release, "nl", "en")
    assert not helper.trusted and "ignored" in helper.notes[0]
    report = check_release(release, "nl", "en", mt=helper)
    assert report.flagged == []


@pytest.mark.parametrize(("date_line", "severity"), [("2018-12-06", "info"), ("2018-12-15", "error")])
def test_version_date_mismatch_is_a_date_flag(library_dir: Path, date_line: str, severity: str):
    """A rendering published a day later is usual (a note, never dropped); ten days apart is a wrong date line."""
    meta = library_dir / SEED_ID / "release.yaml"
    meta.write_text(
        meta.read_text(encoding="utf-8").replace(
            "  fr:\n    provenance: unofficial\n", f"  fr:\n    provenance: unofficial\n    date_line: {date_line}\n"
        ),
        encoding="utf-8",
    )
    report = check_release(Library.load(library_dir).get(SEED_ID), "nl", "fr")
    assert [(f.code, f.severity) for f in report.pairs[0].flags] == [("date", severity)]
    shutil.rmtree(library_dir / SEED_ID)


def test_versions_dated_by_their_last_update_differ_in_a_note(library_dir: Path):
    """A page dated only by 'Dernière mise à jour le …' gives the day it was last changed: each
    version may be updated on its own, months apart (a new user's trial), so not an error."""
    meta = library_dir / SEED_ID / "release.yaml"
    text = meta.read_text(encoding="utf-8").replace(
        "  fr:\n    provenance: unofficial\n", "  fr:\n    provenance: unofficial\n    date_line: 2019-03-07\n"
    )
    text += "source:\n  files:\n    fr:\n      name: fr.txt\n      date_line: 'Dernière mise à jour le 07.03.2019'\n"
    meta.write_text(text, encoding="utf-8")
    report = check_release(Library.load(library_dir).get(SEED_ID), "nl", "fr")
    assert [(f.code, f.severity) for f in report.pairs[0].flags] == [("date", "info")]
    assert "last updated" in report.pairs[0].flags[0].message
    shutil.rmtree(library_dir / SEED_ID)


def test_person_name_substitution_and_translated_institutions(tmp_path: Path):
    nl = (
        "Minister Frank Vandenbroucke en de Rijksdienst voor Sociale Zekerheid lanceren vandaag het project in "
        "Brussel.\n"
    )
    clean = (
        "Le ministre Frank Vandenbroucke et l'Office national de sécurité sociale lancent aujourd'hui le "
        "projet à Bruxelles.\n"
    )
    make_release(tmp_path, "2024-03-19-clean", nl, clean)
    assert check_release(Library.load(tmp_path).get("2024-03-19-clean"), "nl", "fr").flagged == []
    swapped = clean.replace("Vandenbroucke", "Vanderbroek").replace("Bruxelles", "Namur")
    make_release(tmp_path, "2024-03-19-swapped", nl, swapped)
    (pair,) = check_release(Library.load(tmp_path).get("2024-03-19-swapped"), "nl", "fr").flagged
    assert [f.code for f in pair.flags] == ["name"]
    assert "Vandenbroucke" in pair.flags[0].message and "Brussel" in pair.flags[0].message


def test_flemish_times_and_pct():
    from reader.core.text.numbers import extract, unmatched

    assert unmatched(extract("om 10u", "nl"), extract("à 10h", "fr")) == ([], [])
    assert unmatched(extract("met 5 pct.", "nl"), extract("de 5 %", "fr")) == ([], [])


def test_names_lost_and_added_in_the_shapes_of_communiques():
    from reader.core.review.names import name_findings
    from reader.core.text.glossary import default_glossary

    g = default_glossary()

    def findings(nl: str, fr: str, src: str = "nl") -> str | None:
        if src == "nl":
            return _seen(name_findings(nl, fr, nl, fr, "nl", "fr", g))
        return _seen(name_findings(fr, nl, fr, nl, "fr", "nl", g))

    # An acronym vouches for the name before it; a translated portfolio is no substitution.
    assert findings("Het Nationaal Alarmcentrum (NAC) test het systeem.", "Le Centre d'alarme (NAC) teste.") is None
    assert (
        findings(
            "De minister belast met Digitale Agenda, Jan Peeters, sprak.",
            "Le ministre de l'Agenda numérique Jan Peeters a parlé.",
        )
        is None
    )
    # 'au Fonds' is an institution, not a place.
    assert findings("Het geld gaat naar het fonds.", "L'argent est versé au Fonds de garantie.") is None
    # A person after a title and a portfolio, missing on one side, is reported from both sides.
    nl = "Staatssecretaris voor Asiel en Migratie Els Maes en minister van Justitie Jan Peeters gaven uitleg."
    fr = "Le ministre de la Justice Jan Peeters a donné des explications."
    assert "Els Maes" in (findings(nl, fr) or "")
    assert "Els Maes" in (findings(nl, fr, src="fr") or "").split("in the target but not in the source:")[1]
    # A place the target adds.
    added = findings("Het plan werd voorgesteld in Brussel.", "Le plan a été présenté à Bruxelles et à Namur.")
    assert added == "in the target but not in the source: Namur"


def test_a_run_in_list_is_counted_and_held_to_its_announced_count():
    from reader.core.review.structure import inline_enumeration_finding, inline_items

    nl = "De steun gaat naar vijf sectoren: de chemie, het staal, het papier, het glas en de land- en tuinbouwsector."
    fr = "Le soutien va à cinq secteurs : la chimie, l'acier, le papier et le secteur agricole."
    assert inline_items(nl, "nl") == (
        5,
        ["de chemie", "het staal", "het papier", "het glas", "de land- en tuinbouwsector"],
    )
    message = inline_enumeration_finding(nl, fr, "nl", "fr") or ""
    assert "the French announces 5 items and lists 4" in message and "the French lists 4 items, the Dutch 5" in message
    same = "Le soutien va à cinq secteurs : la chimie, l'acier, le papier, le verre et le secteur agricole."
    assert inline_enumeration_finding(nl, same, "nl", "fr") is None
    # An elided compound that closes the list is its last two items: its conjunction is the list's.
    closing = "Vaak gevonden: pijnstillers, vermageringsmiddelen, slaap- en kalmeringsmiddelen."
    assert inline_items(closing, "nl") == (
        None,
        ["pijnstillers", "vermageringsmiddelen", "slaap-", "kalmeringsmiddelen"],
    )
    found = "Souvent trouvés : des antidouleurs, des coupe-faim, des somnifères et des calmants."
    assert inline_enumeration_finding(closing, found, "nl", "fr") is None
    # A colon that opens a quotation or a clause is not a list.
    assert inline_items("Kris Peeters: « Dit is goed, echt goed, en het werkt. »", "nl") is None
    assert (
        inline_items("Hij zei: we doen dit nu, omdat het moet, en omdat de burgers er al lang om vragen.", "nl") is None
    )


def test_a_dropped_head_noun_is_reported_from_both_sides():
    from reader.core.review.structure import head_finding

    nl = "De Ministerraad steunt de slachtoffers van de aanslagen."
    fr = "Le Conseil des ministres soutient les attentats."
    message = head_finding(nl, fr, nl, fr, "nl", "fr") or ""
    assert "the French has no «victime…» for «slachtoffers van de aanslagen»" in message
    assert head_finding(fr, nl, fr, nl, "fr", "nl")  # the Dutch has a head the French lacks
    kept = "Le Conseil des ministres soutient les victimes des attentats."
    assert head_finding(nl, kept, nl, kept, "nl", "fr") is None
    # 'de + infinitive' is no genitive; a Dutch compound holds its head ('weggebruikers').
    fr2 = "La police demande aux usagers de prendre les transports en commun."
    nl2 = "De politie vraagt de weggebruikers het openbaar vervoer te nemen."
    assert head_finding(fr2, nl2, fr2, nl2, "fr", "nl") is None


def test_a_range_is_no_genitive_and_a_role_may_be_rendered_by_its_verb():
    """'van 80 naar 95' opens a range, not whose; 'voorzitter van' may come out as 'a présidé' (and
    'président' as 'voorzitster'): a plain fact of each language, seen on two unrelated real pairs."""
    from reader.core.review.structure import head_finding

    nl = "Het aantal medewerkers van 80 voltijdse banen in 2020 steeg naar 95 in 2022."
    fr = "L'équipe est passée de 80 équivalents temps plein en 2020 à 95 en 2022."
    assert head_finding(nl, fr, nl, fr, "nl", "fr") is None
    nl = "Van 2019 tot 2022 was zij voorzitter van de werkgroep over de pensioenen."
    fr = "De 2019 à 2022, elle a présidé le groupe de travail sur les pensions."
    assert head_finding(nl, fr, nl, fr, "nl", "fr") is None
    fr = "Elle est présidente du conseil des étudiants depuis mars."
    nl = "Zij is sinds maart voorzitster van de studentenraad."
    assert head_finding(fr, nl, fr, nl, "fr", "nl") is None
    # still a loss: the members dropped, the complement kept
    nl = "De minister ontving de medewerkers van de dienst."
    fr = "La ministre a reçu le service."
    assert head_finding(nl, fr, nl, fr, "nl", "fr")


def test_a_translated_part_of_a_name_is_no_substitution_but_a_person_after_a_rank_is_a_person():
    from reader.core.review.names import name_findings
    from reader.core.text.glossary import default_glossary

    g = default_glossary()
    nl, fr = "Hij neemt het bevel over van de 10de Wing Tactical.", "Il prend le commandement du 10e Wing Tactique."
    assert _seen(name_findings(nl, fr, nl, fr, "nl", "fr", g)) is None
    nl = "De plechtigheid vindt plaats in aanwezigheid van generaal Frederik Janssens."
    fr = "La cérémonie a lieu en présence du chef de la Défense."
    assert "Frederik Janssens" in (_seen(name_findings(fr, nl, fr, nl, "fr", "nl", g)) or "")


def test_names_through_articles_titles_and_lists_of_places():
    from reader.core.review.names import name_findings
    from reader.core.text.glossary import default_glossary

    g = default_glossary()
    nl = "Staatssecretaris voor Asiel en Migratie Jan Peeters bedankt de vrijwilligers."
    fr = "Le secrétaire d'État à l'Asile et la Migration, Jan Peeters, remercie les bénévoles."
    assert _seen(name_findings(nl, fr, nl, fr, "nl", "fr", g)) is None  # articles do not make another name
    # A title is its own block: 'Paleis' is 'Palais' there too.
    assert _seen(name_findings("Verhuis naar Paleis 8", "Déménagement au Palais 8", "", "", "nl", "fr", g)) is None
    nl, fr = (
        "In Dinant, Hastière en Bouillon werden woningen ontruimd.",
        "À Dinant et Hastière, des maisons ont été évacuées.",
    )
    assert "Bouillon" in (_seen(name_findings(nl, fr, nl, fr, "nl", "fr", g)) or "")


def test_a_number_keeps_its_sentence_when_the_other_side_adds_one():
    from reader.core.align import AlignedPair, align_sentences

    nl = "Ouderen vallen buiten de beperking. Volgens de RVA gaat het om ongeveer 12.000 personen."
    fr = (
        "Les personnes âgées sont exclues de la limitation. Selon l'ONEM, environ 12.000 personnes sont concernées. "
        "Les autres devront s'inscrire auprès du service régional de l'emploi."
    )
    pairs = align_sentences([AlignedPair("paragraph", [nl], [fr])], "nl", "fr")
    twelve = next(p for p in pairs if "12.000" in p.source_text)
    assert "12.000" in twelve.target_text


def test_a_role_without_its_name_and_acronyms_in_lower_case():
    from reader.core.review.names import name_findings
    from reader.core.text.glossary import default_glossary
    from reader.core.text.numbers import extract, unmatched

    g = default_glossary()
    nl = "Eerste minister Jan Peeters bracht een toast uit."
    # the role kept says less than the name: a warning (it was a note, which hid a trial's lost name)
    fr = "Le Premier ministre a porté un toast."
    assert "Jan Peeters" in (_seen(name_findings(nl, fr, nl, "", "nl", "fr", g)) or "")
    assert name_findings("De eerste minister bracht een toast uit.", fr, "", "", "nl", "fr", g) is None
    other = "Le Premier ministre Marc Dubois a porté un toast."  # a role held by someone named: the name counts
    assert "Jan Peeters" in (_seen(name_findings(nl, other, nl, other, "nl", "fr", g)) or "")
    nl, fr = "Zelfstandigen en kmo's kunnen steun aanvragen.", "Les indépendants peuvent demander une aide."
    assert "kmo's (expected: PME" in (_seen(name_findings(nl, fr, nl, fr, "nl", "fr", g)) or "")
    assert unmatched(extract("met drie procent", "nl"), extract("de 3 %", "fr")) == ([], [])


def test_shares_and_years_said_in_words(tmp_path: Path):
    from reader.core.text.numbers import extract, unmatched

    assert unmatched(extract("ongeveer 50 % ervan", "nl"), extract("environ la moitié", "fr")) == ([], [])
    assert unmatched(extract("40 %", "nl"), extract("la moitié", "fr")) != ([], [])
    nl = "In 2024 werden 1.200 mensen aangeworven.\n"
    make_release(tmp_path, "2024-09-02-jaar", nl, "Cette année, 1.200 personnes ont été recrutées.\n")
    assert check_release(Library.load(tmp_path).get("2024-09-02-jaar"), "nl", "fr").flagged == []
    make_release(tmp_path, "2024-09-02-ander", nl, "L'an dernier, 1.200 personnes ont été recrutées.\n")
    assert check_release(Library.load(tmp_path).get("2024-09-02-ander"), "nl", "fr").flagged


def test_a_month_of_a_year_said_in_words_is_the_same_date(tmp_path: Path):
    """'juli 2023' against 'juillet de l'année dernière' in a release of 2024 (and 'octobre 2024'
    against 'oktober van dit jaar'): the same month, its year told from the release's; another
    month or another year is still a date the other side lacks."""
    nl = "In juli 2023 opende het centrum 120 plaatsen. In oktober van dit jaar volgen er nog 40.\n"
    fr = "En juillet de l’année dernière, le centre a ouvert 120 places. En octobre 2024, 40 autres suivront.\n"
    make_release(tmp_path, "2024-03-05-maanden", nl, fr)
    assert check_release(Library.load(tmp_path).get("2024-03-05-maanden"), "nl", "fr").flagged == []
    wrong = fr.replace("octobre 2024", "octobre 2025")
    make_release(tmp_path, "2024-03-05-ander-jaar", nl, wrong)
    assert check_release(Library.load(tmp_path).get("2024-03-05-ander-jaar"), "nl", "fr").flagged


def test_names_no_one_translates_and_royal_titles():
    from reader.core.review.names import name_findings
    from reader.core.text.glossary import default_glossary

    g = default_glossary()
    nl = "Burgers melden zich aan met de eID, itsme of de app MyGov.be."
    fr = "Les citoyens se connectent avec l'eID ou itsme."
    assert "MyGov.be" in (_seen(name_findings(nl, fr, nl, fr, "nl", "fr", g)) or "")
    nl, fr = "Prinses Astrid leidt de missie.", "La Princesse Astrid conduit la mission."
    assert _seen(name_findings(nl, fr, nl, fr, "nl", "fr", g)) is None
    assert _seen(name_findings(fr, nl, fr, nl, "fr", "nl", g)) is None


def test_a_ratio_with_words_between_and_a_headline_that_leaves_a_number_to_its_lead(tmp_path: Path):
    from reader.core.text.numbers import extract, unmatched

    nl, fr = "Eén op de vijf 65-plussers", "Un senior de plus de 65 ans sur cinq"
    assert unmatched(extract(nl, "nl"), extract(fr, "fr")) == ([], [])
    assert unmatched(extract("gespreid over vijf jaar", "nl"), extract("réparti sur cinq ans", "fr")) == ([], [])
    body_nl = "Eén op de vijf 65-plussers is nog niet gevaccineerd.\n"
    body_fr = "Un senior de plus de 65 ans sur cinq n'est pas encore vacciné.\n"
    make_release(tmp_path, "2023-11-22-griep", body_nl, body_fr, "Eén op de vijf 65-plussers", "Un senior sur cinq")
    assert check_release(Library.load(tmp_path).get("2023-11-22-griep"), "nl", "fr").flagged == []


def test_the_glossary_works_from_either_side_and_inside_dutch_compounds():
    from reader.core.review.names import name_findings
    from reader.core.text.glossary import Glossary

    g = Glossary.load()
    assert g.equivalents("fr", "Lille") and "rijsel" in g.equivalents("fr", "Lille")
    fr, nl = "Le train part de Lille vers Bruxelles.", "De trein vertrekt van Rijsel naar Brussel."
    assert name_findings(fr, nl, fr, nl, "fr", "nl", g) is None
    assert name_findings(fr, nl.replace("Rijsel", "Gent"), fr, nl, "fr", "nl", g) is not None
    fr, nl = "La Sécurité sociale verse l'aide.", "De socialezekerheidsinstellingen betalen de steun."
    assert name_findings(fr, nl, fr, nl, "fr", "nl", g) is None  # a head inside a Dutch compound


def test_a_wrong_weekday_is_an_error_and_only_plausible_flags_are_notes(tmp_path: Path):
    nl = "Op woensdag 5 december 2018 stelde de minister het plan voor aan de pers in Brussel."
    fr = "Le mercredi 6 décembre 2018, le ministre a présenté le plan à la presse à Bruxelles."
    make_release(tmp_path, "2018-12-05-plan", nl, fr)
    report = check_release(Library.load(tmp_path).get("2018-12-05-plan"), "nl", "fr")
    (flag,) = [f for p in report.pairs for f in p.flags]
    assert flag.code == "date" and flag.severity == "error" and "that date is a Thursday («jeudi»)" in flag.message
    eid = (
        "Burgers melden zich aan met hun eID.",
        "Les citoyens se connectent avec leur carte d'identité électronique.",
    )
    from reader.core.review.names import name_findings
    from reader.core.text.glossary import Glossary

    found = name_findings(*eid, *eid, "nl", "fr", Glossary.load())
    assert found is not None and found[1] < 0.6  # 'eID' may be spelled out: a note, not a warning


def test_an_elided_coordination_lost_beside_another_coordination():
    from reader.core.review.structure import coordination_finding

    nl = "In mei en juni zal het schip opnieuw drugs- en wapenhandelaars opsporen."
    fr = "En mai et juin, le navire traquera encore les trafiquants de drogue."
    assert coordination_finding(nl, fr, "nl", "fr")  # 'mai et juin' is the other coordination
    kept = "En mai et juin, le navire traquera encore les trafiquants de drogue et d'armes."
    assert coordination_finding(nl, kept, "nl", "fr") is None


def test_expected_forms_are_only_the_targets_language():
    """A glossary entry lists a name's forms in every language ('FOD: [SPF, FPS]'); a message about
    a French target shows the French ones only, an English target the English ones."""
    from reader.core.review.names import name_findings
    from reader.core.text.glossary import default_glossary

    g = default_glossary()
    nl = "De FOD Economie bevestigt het bericht uit Antwerpen, zegt de FOD."
    to_fr = name_findings(nl, "Le service confirme le message.", nl, "", "nl", "fr", g)
    to_en = name_findings(nl, "The service confirms the message.", nl, "", "nl", "en", g)
    assert to_fr is not None and to_en is not None
    assert "FOD Economie (expected: SPF Economie)" in to_fr[0] and "Antwerpen (expected: Anvers)" in to_fr[0]
    assert "FPS" not in to_fr[0] and "Antwerp)" not in to_fr[0]
    assert "FOD Economie (expected: FPS Economy)" in to_en[0] and "Antwerpen (expected: Antwerp)" in to_en[0]
    assert "SPF" not in to_en[0] and "Anvers" not in to_en[0]
    fr = "Le SPF confirme le message."
    back = name_findings(fr, "De dienst bevestigt het bericht.", fr, "", "fr", "nl", g)
    assert back is not None and "SPF (expected: FOD)" in back[0]


def test_french_parents_are_kin_as_well_as_mothers_and_fathers():
    from reader.core.review.structure import head_finding

    nl = "De minister ontving de nabestaanden van de slachtoffers op het kabinet."
    fr = "Le ministre a reçu les parents des victimes à son cabinet."
    assert head_finding(nl, fr, nl, fr, "nl", "fr") is None
    assert head_finding(fr, nl, fr, nl, "fr", "nl") is None
    dropped = "Le ministre a reçu les victimes à son cabinet."
    assert head_finding(nl, dropped, nl, dropped, "nl", "fr")  # the kin dropped is still found


def _length_flags(tmp_path: Path, nl: str, fr: str) -> list[tuple[str, str]]:
    make_release(tmp_path, "2024-03-19-kort", nl, fr)
    report = check_release(Library.load(tmp_path).get("2024-03-19-kort"), "nl", "fr")
    return [(f.code, f.severity) for p in report.pairs for f in p.flags if f.code in ("omission", "length")]


def test_one_sentence_said_more_briefly_by_one_sentence_is_a_note_not_an_omission(tmp_path: Path):
    """A rendering that condenses a sentence into a shorter one loses no sentence: a hidden note."""
    nl = "De regering wil met dit ambitieuze plan op korte termijn een duidelijk antwoord bieden op de noden.\n"
    fr = "Le gouvernement répond vite aux besoins.\n"
    assert all(severity == "info" for _, severity in _length_flags(tmp_path, nl, fr))


def test_one_sentence_that_lost_a_coordinated_member_stays_an_omission(tmp_path: Path):
    nl = "De dienst beoordeelt elk dossier op de kostprijs en op de gevolgen voor het leefmilieu.\n"
    fr = "Le service évalue chaque dossier sur son coût.\n"
    assert ("omission", "error") in _length_flags(tmp_path, nl, fr)


def test_two_short_sentences_merged_into_one_are_within_chance(tmp_path: Path):
    """Two short sentences told in one shorter one: the ratio is under the merged bound, but a
    segment this short strays that far by chance (Gale and Church), so it is a note."""
    nl = (
        "De ploeg begon in maart aan de werken. Zij is nu klaar.\n\n"
        "Het nieuwe gebouw opent volgende week voor alle bezoekers van het museum in de stad.\n"
    )
    fr = (
        "L'équipe a terminé les travaux.\n\n"
        "Le nouveau bâtiment ouvre la semaine prochaine à tous les visiteurs du musée de la ville.\n"
    )
    flags = _length_flags(tmp_path, nl, fr)
    assert flags and all(severity == "info" for _, severity in flags)


def test_a_long_sentence_lost_beside_another_is_beyond_chance(tmp_path: Path):
    nl = (
        "De dienst heeft vorig jaar meer dan tweeduizend aanvragen behandeld, vooral van kleine bedrijven uit "
        "de provincie. Ze wil de wachttijden tegen het einde van volgend jaar halveren door extra personeel aan "
        "te werven en de procedures voor eenvoudige dossiers volledig te digitaliseren.\n"
    )
    fr = "Le service a traité l'an dernier plus de deux mille demandes, surtout de petites entreprises.\n"
    assert ("omission", "error") in _length_flags(tmp_path, nl, fr)


def test_a_page_of_short_segments_that_fail_to_pair_is_still_one_layout_finding():
    """The layout rule counts the length flags that chance explains too: they still say the two
    versions do not pair there."""
    from reader.core.review.findings import CheckedPair, Finding
    from reader.core.review.layout import laid_out_apart

    def pair(i: int, severity: str | None) -> CheckedPair:
        flag = Finding("omission", "the target is much shorter than expected", severity)
        flag.detail = "length"
        return CheckedPair(i, "paragraph", "bron", "doel", "2-1", [flag])

    pairs = [pair(0, None)] + [pair(i, "info") for i in range(1, 8)] + [pair(i, None) for i in range(8, 10)]
    laid_out_apart(pairs)
    shown = [p.index for p in pairs for f in p.flags if f.severity != "info"]
    assert shown == [0] and "10 of 10 segments" in pairs[0].flags[0].message


def test_a_person_whose_surname_changed_behind_a_shared_particle_is_a_substitution():
    """'Anna Van Dijck' -> 'Anna Van Berghe': the kept 'Van' stands next to where the surname was."""
    from reader.core.review.analysis import Analyses
    from reader.core.review.names import name_lists, said
    from reader.core.text.glossary import default_glossary

    seen = Analyses()
    source = seen.of("De minister van Werk, Anna Van Dijck, opende gisteren het nieuwe kantoor.", "nl")
    changed = seen.of("La ministre de l'Emploi, Anna Van Berghe, a ouvert hier le nouveau bureau.", "fr")
    kept = seen.of("La ministre de l'Emploi, Anna Van Dijck, a ouvert hier le nouveau bureau.", "fr")
    found = said(*name_lists(source, changed, source, changed, "nl", "fr", default_glossary()))
    assert found is not None and "Dijck" in found[0] and "Berghe" in found[0] and found[1] >= 0.6
    assert said(*name_lists(source, kept, source, kept, "nl", "fr", default_glossary())) is None


def test_a_language_dropped_from_a_list_is_a_name_lost(tmp_path: Path):
    """CLDR's names of languages: 'het Duits' is 'allemand'; dropped from the French list, it is a
    member lost, a warning. A place's adjective ('het Brusselse') stays a note."""
    nl = "De brochure bestaat in het Nederlands, het Frans en het Duits. Bestellen kan bij de dienst.\n"
    dropped = "La brochure existe en néerlandais et en français. On peut la commander auprès du service.\n"
    kept = "La brochure existe en néerlandais, en français et en allemand. On peut la commander auprès du service.\n"
    make_release(tmp_path, "2024-03-19-talen", nl, dropped)
    make_release(tmp_path, "2024-03-19-talen-2", nl, kept)
    library = Library.load(tmp_path)
    flags = [f for p in check_release(library.get("2024-03-19-talen"), "nl", "fr").pairs for f in p.flags]
    assert any(f.code == "name" and "Duits" in f.message and f.severity == "warning" for f in flags)
    assert check_release(library.get("2024-03-19-talen-2"), "nl", "fr").flagged == []


def test_a_heading_paired_with_the_paragraph_under_it_leaves_the_paragraph_s_sentences_paragraphs():
    """One side set the heading on its own, the other ran it into the paragraph: every sentence
    pair took the heading's kind, in check --json, review, TMX and the reports."""
    from reader.core.align import align_blocks, align_sentences
    from reader.core.model import Block

    nl = [
        Block("heading", "Nieuwe loketten"),
        Block("paragraph", "De stad opent drie loketten. Ze zijn ook 's avonds open. Een afspraak is nodig."),
    ]
    fr = [
        Block(
            "paragraph",
            "Nouveaux guichets. La ville ouvre trois guichets. Ils sont ouverts le soir. Un rendez-vous est requis.",
        )
    ]
    pairs = align_sentences(align_blocks(nl, fr, "nl", "fr"), "nl", "fr")
    assert [p.kind for p in pairs] == ["heading", "paragraph", "paragraph", "paragraph"], [
        (p.kind, p.source) for p in pairs
    ]


def test_a_people_dutch_writes_as_its_country_is_rendered_by_the_people():
    """'Polen' is Poland and the Poles, 'Zweden' Sweden and the Swedes: 'des Polonais' renders it.
    Another country, or no people of it, is still a name lost."""
    from reader.core.review.names import name_findings
    from reader.core.text.glossary import default_glossary

    g = default_glossary()
    nl = "Onder de werknemers waren veel Polen en Zweden."
    fr = "Parmi les travailleurs, il y avait beaucoup de Polonais et de Suédois."
    assert name_findings(nl, fr, nl, fr, "nl", "fr", g) is None
    other = "Parmi les travailleurs, il y avait beaucoup de Hongrois et de Suédois."
    assert "Polen" in (name_findings(nl, other, nl, other, "nl", "fr", g) or ("",))[0]


def test_the_brussels_welfare_portfolio_is_action_sociale_in_french():
    """The Brussels Common Community Commission's portfolio 'Welzijn en Gezondheid' is 'Action
    sociale et Santé' in French: a minister's titles so rendered lose no name. A title with neither
    is still a name lost."""
    from reader.core.review.names import name_findings
    from reader.core.text.glossary import default_glossary

    g = default_glossary()
    nl = "Volgens de minister van Welzijn en Gezondheid krijgen twaalf projecten steun."
    fr = "Selon le ministre de l'Action sociale et de la Santé, douze projets reçoivent un soutien."
    assert name_findings(nl, fr, nl, fr, "nl", "fr", g) is None
    assert name_findings(fr, nl, fr, nl, "fr", "nl", g) is None
    other = "Selon le ministre de la Santé, douze projets reçoivent un soutien."
    assert "Welzijn" in (name_findings(nl, other, nl, other, "nl", "fr", g) or ("",))[0]


def test_a_person_named_by_title_and_surname_on_one_side_is_the_same_person(tmp_path: Path):
    """'le Premier ministre Anne-Marie Claessens' / 'Eerste Minister Claessens': the title stands where
    the given name stood, no other name; another given name there is still a substitution."""
    nl = "De vergadering verliep in overleg met Eerste Minister Claessens en duurde twee uur.\n"
    fr = "La réunion s'est tenue en concertation avec le Premier ministre Anne-Marie Claessens et a duré deux heures.\n"
    make_release(tmp_path, "2024-03-19-titled", nl, fr)
    assert check_release(Library.load(tmp_path).get("2024-03-19-titled"), "fr", "nl").flagged == []
    other = nl.replace("Eerste Minister Claessens", "Eerste Minister Jozef Claessens")
    make_release(tmp_path, "2024-03-19-other", other, fr)
    (pair,) = check_release(Library.load(tmp_path).get("2024-03-19-other"), "fr", "nl").flagged
    assert [f.code for f in pair.flags] == ["name"] and "Anne-Marie" in pair.flags[0].message


def test_the_body_a_release_is_about_said_as_we_is_only_a_note(tmp_path: Path):
    """Named in paragraph after paragraph, the issuer is 'we' in one sentence of the other version
    (three unrelated real pairs): a note; a body named once and lost is still a warning."""
    nl = (
        "Fedasil opent een nieuw opvangcentrum.\n\nFedasil zoekt daarvoor twintig medewerkers.\n\n"
        "Wie vragen heeft, kan altijd bij ons terecht.\n\nVolgens Fedasil is het centrum in mei klaar.\n"
    )
    fr = (
        "Fedasil ouvre un nouveau centre d'accueil.\n\nFedasil recherche vingt collaborateurs à cet effet.\n\n"
        "Toute question peut toujours être adressée à Fedasil.\n\nSelon Fedasil, le centre sera prêt en mai.\n"
    )
    make_release(tmp_path, "2024-03-19-centrum", nl, fr)
    release = Library.load(tmp_path).get("2024-03-19-centrum")
    for src, tgt in (("fr", "nl"), ("nl", "fr")):
        flags = [f for pair in check_release(release, src, tgt).flagged for f in pair.flags]
        assert [(f.code, f.severity) for f in flags] == [("name", "info")]  # hidden by default
    once_nl = "Het centrum opent in mei.\n\nWie vragen heeft, kan altijd bij ons terecht.\n"
    once_fr = "Le centre ouvre en mai.\n\nToute question peut toujours être adressée à Fedasil.\n"
    make_release(tmp_path, "2024-03-19-eenmaal", once_nl, once_fr)
    (pair,) = check_release(Library.load(tmp_path).get("2024-03-19-eenmaal"), "fr", "nl").flagged
    assert [(f.code, f.severity) for f in pair.flags] == [("name", "warning")]


def test_a_relative_clause_is_no_complement_and_a_plural_head_of_two_words_is_there(tmp_path: Path):
    """'de asielzoekers van wie de nationaliteit …' / 'les demandeurs d'asile dont la nationalité …':
    'van wie' is 'dont', and 'demandeurs d'asile' is the head 'demandeur d'asile' in the plural."""
    nl = "De asielzoekers van wie de nationaliteit onbekend is (2 %), sluiten de rij.\n"
    fr = "Les demandeurs d’asile dont la nationalité est inconnue (2 %) ferment la marche.\n"
    make_release(tmp_path, "2024-03-19-asiel", nl, fr)
    release = Library.load(tmp_path).get("2024-03-19-asiel")
    assert check_release(release, "nl", "fr").flagged == [] and check_release(release, "fr", "nl").flagged == []


def test_a_weekday_the_calendar_denies_is_said_even_when_the_dates_flag_is_rewritten(tmp_path: Path):
    """'jeudi 5 décembre 2025' was a Friday: the weekday's word was joined to the dates' flag, which
    the settling across segments then rewrote without it (a new user's trial)."""
    nl = "Nieuwe oefening op donderdag 4 december\n\nDe dienst oefent op donderdag 4 december 2025 om 11.45 uur.\n"
    fr = "Nouvel exercice le jeudi 5 décembre\n\nLe service s'exerce le jeudi 5 décembre 2025 à 11h45.\n"
    make_release(tmp_path, "2025-11-12-oefening", nl, fr)
    report = check_release(Library.load(tmp_path).get("2025-11-12-oefening"), "nl", "fr")
    said = [f.message for p in report.pairs for f in p.flags if f.code == "date"]
    assert any("that date is a Friday («vendredi»), not «jeudi»" in m for m in said), said
    assert all(len([f for f in p.flags if f.code == "date"]) <= 1 for p in report.pairs)


def test_a_word_that_folds_to_a_heads_letters_is_not_that_head():
    """'les prix élevés de l'énergie' (high prices) read as 'élèves' (pupils) once accents were folded
    away, and was flagged as a noun the Dutch dropped (a trial)."""
    from reader.core.review.structure import head_finding

    fr = "Les indépendants touchés par les prix élevés de l'énergie reçoivent une prime."
    nl = "Zelfstandigen die getroffen zijn door de hoge energieprijzen krijgen een premie."
    assert head_finding(fr, nl, fr, nl, "fr", "nl") is None
    pupils, schools = "Le Conseil soutient les élèves des écoles.", "De raad steunt de scholen."
    assert "«leerling…» for «eleves des ecoles»" in (head_finding(pupils, schools, pupils, schools, "fr", "nl") or "")


def test_a_weekday_of_a_date_without_its_year_is_read_in_the_release_s_year(tmp_path: Path):
    """'mardi 16 juin' against 'woensdag 16 juni' in a release of March 2026: 16 June 2026 is a
    Tuesday, so the Dutch weekday is the error; only the two weekdays were told apart (a French
    service's trial)."""
    fr = "Une séance d'information aura lieu le mardi 16 juin à l'hôtel de ville de Huy."
    nl = "Een infosessie vindt plaats op woensdag 16 juni in het stadhuis van Hoei."
    meta = make_release(tmp_path, "2026-03-03-huy", nl, fr) / "release.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("2024-03-19", "2026-03-03"), encoding="utf-8")
    report = check_release(Library.load(tmp_path).get("2026-03-03-huy"), "fr", "nl")
    said = [f.message for p in report.pairs for f in p.flags if f.code == "date" and f.severity == "error"]
    assert any("that date in 2026 is a Tuesday («dinsdag»), not «woensdag»" in m for m in said), said
    assert not any("not «mardi»" in m for m in said)
    import datetime as dt

    from reader.core.review.dates import _day_of

    assert _day_of("-----06-16", dt.date(2026, 3, 3)) == dt.date(2026, 6, 16)
    assert _day_of("-----01-10", dt.date(2026, 12, 20)) == dt.date(2027, 1, 10)  # next January
    assert _day_of("-----02-29", dt.date(2026, 3, 3)) is None  # no 29 February near it: no day told
    assert _day_of("-----06-16", None) is None  # no release date: no year told

"""A last paragraph under the press contacts that says what the issuer is ('X est le gestionnaire de …',
'X is de beheerder van …'), with no 'About' heading over it: the issuer's boilerplate, as an 'About'
section is (trial M, F7: a rail manager's page kept it as the release's last paragraph). Texts in our
own words."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer.importer import plan_import
from reader.core.library import Library

_FR = """Aller au contenu principal
Voirail
Accueil
Presse

Gare de Namur : un nouveau passage sous voies dès le 4 octobre

03/08/2027

Voirail termine cet été le passage sous voies de la gare de Namur. Il relie la place de la Station au Grognon.

Le passage est équipé de deux ascenseurs et d'une rampe pour les vélos. Les travaux ont coûté 4,2 millions d'euros.

Partager cet article
Facebook
Contact presse
presse@voirail.example
Tél. 02 555 10 20
{last}
© Voirail 2027 – Conditions d'utilisation – Cookies
"""

_DEFINES = "Voirail est le gestionnaire du réseau ferré régional. Il entretient et modernise 900 kilomètres de voies."


def _plan(tmp_path: Path, page: str) -> tuple[list[str], list[str]]:
    tmp_path.mkdir(exist_ok=True)
    file = tmp_path / "page.txt"
    file.write_text(page, encoding="utf-8")
    plan = plan_import(file, Library.load(tmp_path))
    return [b.text for b in plan.blocks], plan.dropped


def test_a_paragraph_defining_the_issuer_under_its_press_contacts_is_dropped(tmp_path: Path):
    for n, page in enumerate((_FR.format(last=_DEFINES), _FR.format(last="\n" + _DEFINES + "\n"))):
        texts, dropped = _plan(tmp_path / str(n), page)
        assert _DEFINES in dropped and _DEFINES not in texts, texts
        assert texts[-1].startswith("Le passage est équipé"), texts


def test_a_paragraph_of_the_release_stays(tmp_path: Path):
    # a sentence on the works, not what the issuer is; and the definition above the contacts: the text's
    own = "Voirail remercie les riverains pour leur patience pendant les travaux de cet été à Namur."
    texts, _ = _plan(tmp_path / "a", _FR.format(last=own))
    assert texts[-1] == own, texts
    page = _FR.format(last="").replace("\nPartager cet article", f"\n{_DEFINES}\n\nPartager cet article")
    texts, _ = _plan(tmp_path / "b", page)
    assert _DEFINES in texts, texts

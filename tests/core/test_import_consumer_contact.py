"""A recall's consumer contact on one line under the text ('Contact: klantendienst X, 0800 …, info@…') is
the release's: whom the consumer calls about the product, a firm's customer service, never whom the
press calls (trial B, F6: dropped as a site line, the consumer's phone gone from what is read and
translated). A press contact said so stays the site's. Texts in our own words."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer.importer import plan_import
from reader.core.library import Library


def _plan(tmp_path: Path, text: str) -> tuple[list[str], list[str]]:
    tmp_path.mkdir(exist_ok=True)
    file = tmp_path / "page.txt"
    file.write_text(text, encoding="utf-8")
    plan = plan_import(file, Library.load(tmp_path))
    return [b.text for b in plan.blocks], plan.dropped


_NL = """Terugroeping van kippensoep van het merk Soepketel

3 maart 2027

De firma Soepketel roept in overleg met het FAVV een kippensoep terug omdat er stukjes plastic in kunnen zitten.

Consumenten wordt gevraagd de soep niet te eten en terug te brengen naar de winkel.

{contact}

Deel dit bericht
Facebook
LinkedIn
"""

_FR = """Rappel de soupe au poulet de la marque Marmite

3 mars 2027

La société Marmite rappelle, en accord avec l'AFSCA, une soupe au poulet qui peut contenir des morceaux de plastique.

Les consommateurs sont priés de ne pas consommer la soupe et de la rapporter au point de vente.

{contact}

Partager
Facebook
LinkedIn
"""


def test_a_firms_customer_service_on_one_line_under_a_recall_stays_in_the_text(tmp_path: Path):
    for n, (page, contact) in enumerate(
        (
            (_NL, "Contact: klantendienst Soepketel, 0800 12 345, vragen@soepketel.example"),
            (_NL, "Meer informatie: consumentendienst van Soepketel, 0800 12 345"),
            (_FR, "Contact : service consommateurs de Marmite, 0800 54 321, info@marmite.example"),
            (_FR, "Plus d'informations : service clientèle Marmite, 0800 54 321"),
        )
    ):
        texts, dropped = _plan(tmp_path / str(n), page.format(contact=contact))
        assert texts[-1] == contact and contact not in dropped, (texts, dropped)


def test_a_press_contact_on_one_line_is_still_the_sites(tmp_path: Path):
    for n, (page, contact) in enumerate(
        (
            (_NL, "Contact: Jan Peeters, woordvoerder, 0471 12 34 56"),
            (_FR, "Contact : Marie Dubois, porte-parole, 0472 65 43 21"),
        )
    ):
        texts, dropped = _plan(tmp_path / str(n), page.format(contact=contact))
        assert contact in dropped and contact not in texts, (texts, dropped)

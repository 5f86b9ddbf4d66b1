"""An HTML page's list of links inside its <article>, under the sentence that announces it, is the text's:
trial F's FSMA warning lost the fraudulent firm's two websites (an <li> each, a link in it) unlisted,
trafilatura reading them as a menu; and '--keep' of a line the page showed in its content was refused as
'not in the page's main content'. Own words, invented domains."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import second_process

LINKS = ["https://www.brimlow-invest.example", "https://cave.brimlow.example"]
ITEMS = "".join(f'<li><a href="{x}">{x}</a></li>' for x in LINKS)
SHOWN = "Liste des sociétés signalées"  # a link of the text trafilatura leaves out
PAGE = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Avertissement | Office</title></head>
<body><nav><ul><li><a href="/fr">Accueil</a></li><li><a href="/fr/avis">Avis</a></li></ul></nav>
<main><article><h1>L'Office met en garde contre la société Brimlow Invest</h1>
<p class="date">Bruxelles, le 12 février 2026</p>
<p>L'Office de surveillance met le public en garde contre la société Brimlow Invest, qui offre sans agrément
des placements en vin à des particuliers de tout le pays.</p>
<p>La société se présente au travers des sites suivants :</p>
<ul>{ITEMS}</ul>
<p>Ne versez aucune somme d'argent à cette société et signalez tout contact à l'Office sans attendre.</p>
<p><a href="https://www.office.example/liste">{SHOWN}</a></p>
<p>Les particuliers qui ont déjà payé peuvent porter plainte auprès de la police locale de leur commune.</p>
</article></main><footer><p>© Office</p></footer></body></html>
"""


@pytest.fixture
def page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PRESS_READER_LIBRARY", str(tmp_path / "lib"))
    monkeypatch.setenv("PRESS_READER_TRANSLATOR", "Tester")
    file = tmp_path / "brimlow.html"
    file.write_text(PAGE, encoding="utf-8")
    return file


def _texts(release: dict, kind: str | None = None) -> list[str]:
    return [b["text"] for b in release["blocks"] if kind is None or b["kind"] == kind]


def test_the_links_a_sentence_announces_are_the_release_s_list_items(run, page: Path):  # noqa: ANN001
    made = run("import", str(page), "--json")
    assert made.code == 0, made.err
    texts = _texts(made.json())
    assert _texts(made.json(), "list_item") == LINKS
    assert texts.index(LINKS[0]) == texts.index("La société se présente au travers des sites suivants :") + 1


def test_a_line_the_page_showed_is_kept_when_asked(run, page: Path):  # noqa: ANN001
    made = run("import", str(page), "--keep", SHOWN, "--json")
    assert made.code == 0 and "main content" not in made.err, made.err
    texts = _texts(made.json())
    assert texts.index(SHOWN) == texts.index(next(t for t in texts if t.startswith("Ne versez"))) + 1


def test_twin_another_process_imports_the_page_keeping_the_line(run, page: Path):  # noqa: ANN001
    assert "main content" not in second_process("import", str(page), "--keep", SHOWN)
    (release,) = run("list", "--json").json()
    shown = run("show", release["id"], "--json").json()
    assert SHOWN in _texts(shown) and _texts(shown, "list_item") == LINKS

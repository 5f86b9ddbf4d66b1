"""Ways input went wrong that this session's new user met (2026-12-02, thirteenth): each said in one
line naming the file and what is wrong in it. Texts in our own words."""

from __future__ import annotations

import re
from pathlib import Path

from tests.faults.conftest import SEED_ID

PAIR = [SEED_ID, "--source", "nl", "--target", "fr", "--no-mt"]


def _export(run, tmp_path: Path) -> tuple[Path, str]:
    exported = tmp_path / "seed.xlf"
    assert run("export", *PAIR, "--format", "xliff12", "-o", str(exported)).code == 0
    return exported, exported.read_text(encoding="utf-8")


def test_a_source_edited_in_the_file_is_blamed_on_the_file(run, lib: Path, tmp_path: Path):
    """The library did not change: a unit whose source the translator rewrote is the file's doing,
    and exporting again would not help. Said so; nothing taken; the release as it was."""
    exported, text = _export(run, tmp_path)
    sources = re.findall(r"<source>([^<]+)</source>", text)
    exported.write_text(text.replace(f"<source>{sources[2]}</source>", "<source>Een andere bron.</source>", 1))
    before = run("review", *PAIR, "--json").json()["segments"]
    result = run("import", str(exported), "--dry-run")
    assert result.code == 2 and "Traceback" not in result.err
    assert "seed.xlf" in result.err and "source of segment(s) 3 was edited in the file" in result.err
    assert "changed in the library" not in result.err
    assert run("review", *PAIR, "--json").json()["segments"] == before


def test_a_release_id_the_library_lacks_names_the_file(run, lib: Path, tmp_path: Path):
    """The id comes from the file's 'original': the file is named, beside the library it was sought in.
    (A library holding the file's sources takes it by them since the thirty-fifth session: a
    teammate's copy names the release by another id; so the file goes to a library without them.)"""
    exported, text = _export(run, tmp_path)
    exported.write_text(text.replace(SEED_ID, "geen-zulke-release"))
    lib = tmp_path / "other"
    lib.mkdir()
    result = run("--library", str(lib), "import", str(exported))
    assert result.code == 2 and "Traceback" not in result.err
    line = result.err.strip().splitlines()[-1]
    assert "seed.xlf" in line and "geen-zulke-release" in line and str(lib) in line


def test_a_unit_without_its_target_is_named_not_silent(run, lib: Path, tmp_path: Path):
    """A <target> taken out of a unit is no edit: the target stays, and the import says which."""
    exported, text = _export(run, tmp_path)
    targets = re.findall(r"<target[^>]*>.*?</target>", text, flags=re.S)
    exported.write_text(text.replace(targets[1], "", 1))
    result = run("import", str(exported), "--dry-run", "--json")
    assert result.code == 0 and result.json()["no_target"] == [2]
    said = run("import", str(exported), "--dry-run")
    assert "segment(s) 2 have no <target> in the file" in said.err


NL_PAGE = "\n\n".join(
    [
        "FOD Binnenlandse Zaken",
        "Brussel, 9 april 2025",
        "Minister opent 12 nieuwe noodcentra in Namen en Hasselt",
        "De federale regering maakt 18,4 miljoen euro vrij voor 12 noodcentra. "
        "Minister Anne Peeters opende vandaag het eerste centrum in Namen.",
        "De centra in Hasselt volgen in juni 2025.\n",
    ]
)

FR_PAGE = "\n\n".join(
    [
        "SPF Intérieur",
        "Bruxelles, le 10 avril 2025",
        "La ministre ouvre 12 nouveaux centres d'urgence à Namur et Hasselt",
        "Le gouvernement fédéral libère 18,4 millions d'euros pour 12 centres d'urgence. "
        "La ministre Anne Peeters a ouvert aujourd'hui le premier centre à Namur.",
        "Les centres de Hasselt suivront en juin 2025.\n",
    ]
)


def test_a_version_dated_a_day_later_shows_its_own_date(run, lib: Path, tmp_path: Path):
    """Imported together, the French page dated the day after keeps its date: the import's line, the
    reader's header and show --json say the day the French page gives, not the release's."""
    (tmp_path / "nl.txt").write_text(NL_PAGE, encoding="utf-8")
    (tmp_path / "fr.txt").write_text(FR_PAGE, encoding="utf-8")
    result = run("import", str(tmp_path / "nl.txt"), str(tmp_path / "fr.txt"))
    assert result.code == 0, result.err
    assert "(fr, 2025-04-10," in " ".join(result.out.split())
    release_id = next(r["id"] for r in run("list", "--json").json() if r["date"] == "2025-04-09")
    shown = run("show", release_id, "--lang", "fr", "--json").json()
    assert (shown["date"], shown["release_date"]) == ("2025-04-10", "2025-04-09")
    assert "2025-04-10" in run("show", release_id, "--lang", "fr").out
    assert "2025-04-09" in run("show", release_id, "--lang", "nl").out


def test_a_press_contact_labelled_as_press_information_is_the_sites(run, lib: Path, tmp_path: Path):
    """'Persinfo:' and 'Infos presse :' label the same one-line press contact as 'Contact presse :':
    left out on both versions alike, so neither is left facing the other's last sentence."""
    for name, page, label in (
        ("nl.txt", NL_PAGE, "Persinfo: Lotte Maes, woordvoerster, 0498 76 54 32"),
        ("fr.txt", FR_PAGE, "Infos presse : Lotte Maes, porte-parole, 0498 76 54 32"),
    ):
        (tmp_path / name).write_text(page + "\n" + label + "\n", encoding="utf-8")
        result = run("import", str(tmp_path / name), "--dry-run", "--json")
        assert result.code == 0, result.err
        said = result.json()
        assert label in said["dropped"] and all(label not in b["text"] for b in said["blocks"])


def test_a_caption_under_its_photo_label_is_the_sites(run, lib: Path, tmp_path: Path):
    """'Foto:' before a whole sentence labels a photo's caption as plainly as it labels a credit:
    left out however long the description, the paragraphs around it kept."""
    caption = (
        "Foto: De minister en twee brandweerlieden bij de opening van het eerste noodcentrum in Namen, "
        "samen met de burgemeester en vertegenwoordigers van de hulpdiensten van de provincie."
    )
    page = NL_PAGE.replace("De centra in Hasselt", caption + "\n\nDe centra in Hasselt")
    (tmp_path / "nl.txt").write_text(page, encoding="utf-8")
    said = run("import", str(tmp_path / "nl.txt"), "--dry-run", "--json").json()
    assert caption in said["dropped"]
    assert any(b["text"].startswith("De centra in Hasselt") for b in said["blocks"])

"""A TMX given to import is refused as no release, naming `memory --import` (trial D), whatever its
name: `import project_save.tmx` said "unsupported file type '.tmx'" and a TMX renamed .xml
"unsupported file type '.xml'", while an XLIFF named .xml is taken (trial X, F3). Texts in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

TMX = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<!-- a tool\'s memory -->\n'
    '<tmx version="1.4"><header creationtool="SomeTool" segtype="sentence" o-tmf="x" adminlang="en" '
    'srclang="nl" datatype="plaintext"/><body><tu><tuv xml:lang="nl"><seg>De brug gaat dicht.</seg></tuv>'
    '<tuv xml:lang="fr"><seg>Le pont ferme.</seg></tuv></tu></body></tmx>\n'
)


@pytest.mark.parametrize("name", ["project_save.tmx", "memory-level1.xml", "Saved.TMX"])
def test_a_tmx_is_refused_naming_memory_import_and_the_way_back(run, tmp_path: Path, name: str):
    lib = ["--library", str(tmp_path / "lib")]
    path = tmp_path / name
    data = TMX.encode("utf-8")
    path.write_bytes(b"\xef\xbb\xbf" + data if name.endswith(".xml") else data)  # a BOM, as tools write one
    result = run(*lib, "import", str(path))
    assert result.code == 2
    assert "a TMX is no release: `press-reader" in result.err, result.err
    assert "memory --import FILE.tmx` brings it into the translation memory" in result.err
    assert "translations of a release come back as XLIFF" in result.err  # trial D: the way in is named
    assert "export ID --format xliff" in result.err and "unsupported file type" not in result.err
    assert not (tmp_path / "lib").exists() or not any((tmp_path / "lib").iterdir())


def test_an_xml_that_is_no_tmx_is_still_an_unsupported_type(run, tmp_path: Path):
    path = tmp_path / "notes.xml"
    path.write_text('<?xml version="1.0"?>\n<notes><note>tmx</note></notes>\n', encoding="utf-8")
    result = run("--library", str(tmp_path / "lib"), "import", str(path))
    assert result.code == 2 and "unsupported file type '.xml'" in result.err, result.err

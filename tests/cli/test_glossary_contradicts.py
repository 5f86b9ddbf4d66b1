"""A pair taught as the same name that the app's own names contradict: refused, or written on purpose.

Trial N: review's `d` then "same name" wrote 'Bergen = Namur' while the flag itself said 'expected:
Mons'; every later check of every release then let the wrong city pass. The refusal reads the
facts the check reads (CLDR, the bundled glossary), never the user's file.
"""

from __future__ import annotations

from reader.core.text import glossary_file
from tests.two_writers import in_order


def _entries(run) -> list[tuple[str, tuple[str, ...]]]:  # noqa: ANN001
    return [(e["term"], tuple(e["equivalents"])) for e in run("glossary", "list", "--json").json()["entries"]]


def test_a_pair_the_place_names_contradict_is_refused_with_the_reason(run):  # noqa: ANN001
    refused = run("glossary", "add", "Bergen", "Namur")
    assert refused.code == 2
    assert "Bergen is Mons" in refused.err and "--force" in refused.err
    assert _entries(run) == []
    assert run("glossary", "add", "Bergen", "Mons").code == 0  # what the names say: no question
    assert run("glossary", "add", "Dorpveld", "Champvillage").code == 0  # names the app knows nothing of
    assert run("glossary", "add", "Bergen", "Namur", "--force").code == 0  # on purpose
    assert ("Bergen", ("Mons", "Namur")) in _entries(run)


def test_the_core_reads_a_contradiction_in_either_language_order(tmp_path) -> None:  # noqa: ANN001
    import pytest

    from reader.core.errors import GlossaryContradicts

    with pytest.raises(GlossaryContradicts, match="Bergen is Mons"):  # no language said: read both ways
        glossary_file.add(tmp_path / "glossary.yaml", "Namur", "Bergen")
    assert not (tmp_path / "glossary.yaml").exists()
    assert glossary_file.contradiction("Luik", "Hoei", "nl", "fr")  # Luik is Liège in French
    assert glossary_file.contradiction("Liège", "Namen", "fr", "nl")  # Liège is Luik in Dutch
    assert glossary_file.contradiction("Luik", "Liege", "nl", "fr") is None  # accents aside
    assert glossary_file.contradiction("Bergen", "la ville de Mons", "nl", "fr") is None  # at a word's start


def test_twin_a_refused_pair_beside_another_process_adding_one(run):  # noqa: ANN001
    """The refusal writes nothing, even while another process writes the file: its entry stays, and
    the refused pair is not in it (the config folder is inherited by the forked writers)."""
    argv = [["glossary", "add", "Bergen", "Namur"], ["glossary", "add", "Dorpveld", "Champvillage"]]
    assert dict(zip((a[2] for a in argv), in_order(*argv), strict=True)) == {"Bergen": 2, "Dorpveld": 0}
    assert _entries(run) == [("Dorpveld", ("Champvillage",))]

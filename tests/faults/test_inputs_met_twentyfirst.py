"""Ways input went wrong met in the fifteenth session (2026-12-02): an output that is no file, a
socket named as an export, units a CAT tool renamed, a date glued under a widget. Texts in our own
words, in the shapes the real pages and a new user's files had."""

from __future__ import annotations

import socket
import stat
from pathlib import Path

from tests.conftest import SEED_ID

EXPORT = [SEED_ID, "--source", "nl", "--target", "fr", "--format", "xliff12", "--no-mt"]


def test_an_export_onto_a_socket_is_refused_and_the_socket_stays(run, library_dir: Path, tmp_path: Path):
    path = tmp_path / "s.sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(path))
        result = run("--library", str(library_dir), "export", *EXPORT, "-o", str(path))
        assert result.code == 2 and result.err.count("\n") == 1 and "not a regular file" in result.err
        assert stat.S_ISSOCK(path.lstat().st_mode)
    finally:
        server.close()


def test_an_export_through_a_dangling_link_writes_the_file_it_names(run, library_dir: Path, tmp_path: Path):
    (tmp_path / "later").mkdir()
    link = tmp_path / "review.xlf"
    link.symlink_to(tmp_path / "later" / "review.xlf")
    result = run("--library", str(library_dir), "export", *EXPORT, "-o", str(link))
    assert result.code == 0, result.err
    assert link.is_symlink() and "<xliff" in (tmp_path / "later" / "review.xlf").read_text(encoding="utf-8")


def test_a_file_whose_unit_ids_were_all_renamed_but_match_imports_cleanly(run, library_dir: Path, tmp_path: Path):
    """Renamed ids alone are no problem while each unit's texts still name its segment."""
    from lxml import etree

    out = tmp_path / "x.xlf"
    assert run("--library", str(library_dir), "export", *EXPORT, "-o", str(out)).code == 0
    tree = etree.parse(str(out))
    units = [e for e in tree.iter() if etree.QName(e).localname == "trans-unit"]
    for n, unit in enumerate(units, 1):
        unit.set("id", f"tu-{n}")
    tree.write(str(out), xml_declaration=True, encoding="UTF-8")
    result = run("--library", str(library_dir), "import", str(out))
    assert result.code == 0, result.err
    assert "did not write" not in result.err

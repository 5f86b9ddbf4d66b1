import json
import os
import zipfile
from pathlib import Path

import pytest

from reader import paths
from reader.core.engine import packages as pkgs
from reader.core.errors import PackageError
from tests.argos_factory import build_index


def snapshot(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


def _folder() -> Path:
    return paths.argos_packages_dir()


def test_install_list_remove(argos_packages, tmp_path: Path):
    folder = tmp_path / "argos-packages"
    for path in argos_packages.values():
        pkgs.install_file(path, _folder())
    found, problems = pkgs.list_packages(_folder())
    assert problems == []
    assert sorted(p.code for p in found) == ["translate-en_fr", "translate-en_nl", "translate-fr_en", "translate-nl_en"]
    nl_en = next(p for p in found if p.code == "translate-nl_en")
    assert nl_en.version == "1.0" and nl_en.size > 0 and nl_en.path.parent == folder
    assert "CC0" in (nl_en.license or "")
    assert nl_en.to_json()["pair"] == "nl->en"
    assert pkgs.remove("translate-nl_en", _folder()).code == "translate-nl_en"
    assert "translate-nl_en" not in [p.code for p in pkgs.list_packages(_folder())[0]]
    with pytest.raises(PackageError, match="no installed package 'translate-nl_en'"):
        pkgs.remove("translate-nl_en", _folder())


def test_reinstall_replaces_the_same_pair(argos_packages, tmp_path: Path):
    from tests.argos_factory import build_package

    pkgs.install_file(argos_packages["nl_en"], _folder())
    newer = build_package(tmp_path / "v2", "nl", "en", version="1.1")
    pkgs.install_file(newer, _folder())
    found = [p for p in pkgs.list_packages(_folder())[0] if p.code == "translate-nl_en"]
    assert [p.version for p in found] == ["1.1"]


def test_packages_installed_by_argospm_are_found(argos_packages, tmp_path: Path):
    """argospm unpacks the archive's top folder as it is (e.g. translate-nl_en-1_0)."""
    folder = tmp_path / "argos-packages"
    folder.mkdir()
    with zipfile.ZipFile(argos_packages["nl_en"]) as archive:
        archive.extractall(folder)
    (folder / "some-cache").mkdir()  # not a package: ignored
    assert [p.code for p in pkgs.list_packages(_folder())[0]] == ["translate-nl_en"]


def _zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


GOOD_META = json.dumps({"type": "translate", "from_code": "nl", "to_code": "en", "package_version": "1"}).encode()


@pytest.mark.parametrize(
    "entries, reason",
    [
        (
            {
                "p/metadata.json": GOOD_META,
                "p/model/model.bin": b"x",
                "../evil.txt": b"x",
                "p/sentencepiece.model": b"x",
            },
            "unsafe entry '../evil.txt'",
        ),
        (
            {"p/metadata.json": GOOD_META, "p/model/model.bin": b"x", "p/sentencepiece.model": b"x", "/abs/evil": b"x"},
            "unsafe entry",
        ),
        ({"p/model/model.bin": b"x", "p/sentencepiece.model": b"x"}, "missing p/metadata.json"),
        ({"p/metadata.json": GOOD_META, "p/sentencepiece.model": b"x"}, "missing p/model/"),
        ({"p/metadata.json": GOOD_META, "p/model/model.bin": b"x"}, "missing p/sentencepiece.model"),
        ({"p/metadata.json": b"{nope", "p/model/x": b"x", "p/sentencepiece.model": b"x"}, "not valid JSON"),
        (
            {
                "p/metadata.json": json.dumps({"type": "sbd", "from_code": "nl", "to_code": "nl"}).encode(),
                "p/model/x": b"x",
                "p/sentencepiece.model": b"x",
            },
            "not 'translate'",
        ),
        (
            {
                "p/metadata.json": json.dumps({"type": "translate", "to_code": "en"}).encode(),
                "p/model/x": b"x",
                "p/sentencepiece.model": b"x",
            },
            "no from_code",
        ),
        (
            {
                "p/metadata.json": json.dumps(
                    {"type": "translate", "from_code": "nl", "to_code": "en", "package_version": "1.0/../../../x"}
                ).encode(),
                "p/model/x": b"x",
                "p/sentencepiece.model": b"x",
            },
            "is not a version",  # a hostile-input trial's went in, listed and in every provenance
        ),
    ],
)
def test_bad_archives_are_refused_and_nothing_is_written(tmp_path: Path, entries, reason):
    folder = tmp_path / "argos-packages"
    folder.mkdir()
    before = snapshot(folder)
    bad = _zip(tmp_path / "bad.argosmodel", entries)
    with pytest.raises(PackageError, match=reason) as info:
        pkgs.install_file(bad, _folder())
    assert "bad.argosmodel" in str(info.value)
    assert snapshot(folder) == before
    assert not (tmp_path / "evil.txt").exists()


def test_random_bytes_and_truncated_zip(tmp_path: Path, argos_packages):
    folder = tmp_path / "argos-packages"
    folder.mkdir()
    junk = tmp_path / "junk.argosmodel"
    junk.write_bytes(os.urandom(4096))
    with pytest.raises(PackageError, match="not a zip archive"):
        pkgs.install_file(junk, _folder())
    truncated = tmp_path / "cut.argosmodel"
    data = argos_packages["nl_en"].read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    with pytest.raises(PackageError):
        pkgs.install_file(truncated, _folder())
    assert snapshot(folder) == []


def test_install_from_local_index(argos_packages, tmp_path: Path, monkeypatch, no_network):
    index = build_index(tmp_path, list(argos_packages.values()))
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", index.parent.as_uri() + "/")
    package = pkgs.install_from_index("fr", "en", paths.package_index(), _folder())
    assert package.code == "translate-fr_en"
    with pytest.raises(PackageError, match="no package for nl->fr"):
        pkgs.install_from_index("nl", "fr", paths.package_index(), _folder())


def test_index_unreachable_is_a_clear_error(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", (tmp_path / "missing").as_uri() + "/")
    with pytest.raises(PackageError, match="cannot reach the package index .*install from a file"):
        pkgs.install_from_index("nl", "en", paths.package_index(), _folder())


def test_route_direct_pivot_and_missing(installed_packages):
    found = pkgs.list_packages(_folder())[0]
    assert [p.code for p in pkgs.route("nl", "en", found)] == ["translate-nl_en"]
    assert [p.code for p in pkgs.route("nl", "fr", found)] == ["translate-nl_en", "translate-en_fr"]
    only = [p for p in found if p.code != "translate-en_fr"]
    with pytest.raises(pkgs.MissingModelError, match="install translate-en_fr") as info:
        pkgs.route("nl", "fr", only)
    assert "press-reader models install --from en --to fr" in str(info.value)
    with pytest.raises(PackageError, match="unknown language 'de'"):
        pkgs.route("de", "en", found)

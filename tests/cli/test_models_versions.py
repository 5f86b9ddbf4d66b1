"""Trial E (F1): an older package over a newer one of its pair went in without a word ('installed
translate-nl_en 1.0' over 2.0), and a newer one never said what it replaced. The older is refused by
name (exit 2, one line, `--force` named), also when another process put the newer in meanwhile."""

import multiprocessing
from pathlib import Path

import pytest

from reader import paths
from reader.core.engine import packages as pkgs


@pytest.fixture(scope="module")
def two_versions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from tests.argos_factory import build_package

    out = tmp_path_factory.mktemp("versions")
    return {v: build_package(out / v.replace(".", "_"), "nl", "en", seed=7, version=v) for v in ("1.0", "2.0")}


def _installed() -> list[str]:
    return [p.version for p in pkgs.list_packages(paths.argos_packages_dir())[0]]


def test_an_older_version_is_refused_by_name_and_forced_on_demand(run, two_versions) -> None:
    assert run("models", "install", str(two_versions["2.0"])).code == 0
    refused = run("models", "install", str(two_versions["1.0"]))
    assert refused.code == 2 and refused.err.count("\n") == 1, refused.err
    assert "older than the installed translate-nl_en 2.0" in refused.err and "--force" in refused.err
    assert _installed() == ["2.0"]
    forced = run("models", "install", str(two_versions["1.0"]), "--force")
    assert forced.code == 0 and "replaced 2.0" in forced.out
    assert _installed() == ["1.0"]


def test_a_newer_version_says_what_it_replaced(run, two_versions) -> None:
    assert "replaced" not in run("models", "install", str(two_versions["1.0"])).out
    newer = run("models", "install", str(two_versions["2.0"]))
    assert newer.code == 0 and "installed translate-nl_en 2.0" in newer.out and "replaced 1.0" in newer.out
    assert _installed() == ["2.0"]


def _install_elsewhere(archive: str, folder: str) -> str:
    return pkgs.install_file(Path(archive), Path(folder)).version


def test_a_newer_version_another_process_installed_meanwhile_is_kept(run, two_versions, monkeypatch) -> None:
    """The other process's 2.0 goes in while this one checks its 1.0 loads (after its first look)."""
    from reader.core.engine import loadable

    real = loadable.check_loads

    def other_installs_first(unpacked: Path, archive: Path) -> None:
        real(unpacked, archive)
        with multiprocessing.get_context("spawn").Pool(1) as pool:
            folder = str(paths.argos_packages_dir())
            assert pool.apply(_install_elsewhere, (str(two_versions["2.0"]), folder)) == "2.0"

    monkeypatch.setattr(pkgs, "check_loads", other_installs_first)
    refused = run("models", "install", str(two_versions["1.0"]))
    assert refused.code == 2 and "older than the installed translate-nl_en 2.0" in refused.err
    assert _installed() == ["2.0"]
    assert not [p for p in paths.argos_packages_dir().iterdir() if p.name.startswith(".installing-")]


@pytest.fixture(scope="module")
def other_pair(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.argos_factory import build_package

    return build_package(tmp_path_factory.mktemp("other"), "fr", "en", seed=8)


def _pairs() -> dict[str, str]:
    return {p.code: p.version for p in pkgs.list_packages(paths.argos_packages_dir())[0]}


def test_several_files_are_installed_one_line_each(run, two_versions, other_pair, tmp_path: Path) -> None:
    """Trial R (R-4): `models install a.argosmodel b.argosmodel` was 'unrecognized arguments'. Each
    is installed and said on a line of its own; one that fails is said and the others go on, exit 2."""
    both = run("models", "install", str(two_versions["1.0"]), str(other_pair))
    assert both.code == 0 and both.out.count("installed ") == 2, both.out + both.err
    assert _pairs() == {"translate-nl_en": "1.0", "translate-fr_en": "1.0"}
    junk = tmp_path / "junk.argosmodel"
    junk.write_bytes(b"no zip at all")
    mixed = run("models", "install", str(junk), str(two_versions["2.0"]))
    assert mixed.code == 2 and mixed.out.count("installed ") == 1 and "replaced 1.0" in mixed.out
    assert mixed.err.count("\n") == 1 and "junk.argosmodel" in mixed.err, mixed.err
    assert _pairs()["translate-nl_en"] == "2.0"


def test_several_files_while_another_process_installs_a_newer_one(run, two_versions, other_pair, monkeypatch) -> None:
    """The twin: the other process's 2.0 goes in while this one checks its 1.0; the 1.0 is refused
    on its line, the other pair's file installed after it all the same."""
    from reader.core.engine import loadable

    real, done = loadable.check_loads, []

    def other_installs_first(unpacked: Path, archive: Path) -> None:
        real(unpacked, archive)
        if not done:
            done.append(True)
            with multiprocessing.get_context("spawn").Pool(1) as pool:
                folder = str(paths.argos_packages_dir())
                assert pool.apply(_install_elsewhere, (str(two_versions["2.0"]), folder)) == "2.0"

    monkeypatch.setattr(pkgs, "check_loads", other_installs_first)
    result = run("models", "install", str(two_versions["1.0"]), str(other_pair))
    assert result.code == 2 and "older than the installed translate-nl_en 2.0" in result.err
    assert result.err.count("\n") == 1 and result.out.count("installed translate-fr_en") == 1
    assert _pairs() == {"translate-nl_en": "2.0", "translate-fr_en": "1.0"}


def test_the_same_version_again_says_reinstalled_not_replaced(run, two_versions) -> None:
    """A new user's trial: installing the file installed already said 'replaced 1.0', as if a version
    had gone."""
    assert run("models", "install", str(two_versions["1.0"])).code == 0
    again = run("models", "install", str(two_versions["1.0"]))
    assert again.code == 0 and "reinstalled over the same version" in again.out and "replaced" not in again.out
    assert _installed() == ["1.0"]

"""Two packages for one pair (argospm's folder beside a copied one): the newest version translates,
the other is said, in `models list` and its JSON, and `models remove` by code asks for the folder."""

import json
import zipfile
from pathlib import Path

from reader import paths
from reader.core.engine import packages as pkgs


def _twins(archive: Path, folder: Path) -> None:
    """The same pair unpacked twice: version 1.10 under a name sorting first, 1.9 after it."""
    for name, version in (("a_nl_en", "1.10"), ("translate-nl_en-1_9", "1.9")):
        staging = folder / ".staging"
        with zipfile.ZipFile(archive) as zipped:
            root = zipped.namelist()[0].split("/")[0]
            zipped.extractall(staging)
        (staging / root).rename(folder / name)
        staging.rmdir()
        meta = folder / name / "metadata.json"
        data = json.loads(meta.read_text(encoding="utf-8"))
        meta.write_text(json.dumps({**data, "package_version": version}), encoding="utf-8")


def test_the_newest_version_serves_the_pair_whatever_the_folders_are_called(argos_packages, tmp_path: Path):
    _twins(argos_packages["nl_en"], paths.argos_packages_dir())
    found, problems = pkgs.list_packages(paths.argos_packages_dir())
    assert [p.version for p in pkgs.route("nl", "en", found)] == ["1.10"]
    assert (
        len(problems) == 1 and "1.9 is not used" in problems[0] and "models remove translate-nl_en-1_9" in problems[0]
    )


def test_models_list_says_which_is_not_used(run, argos_packages) -> None:
    _twins(argos_packages["nl_en"], paths.argos_packages_dir())
    listed = run("models", "list", "--json")
    assert listed.code == 0
    assert {(p["version"], p["used"]) for p in listed.json()} == {("1.10", True), ("1.9", False)}
    assert "is not used" in listed.err
    assert "(not used)" in run("models", "list").out


def test_remove_by_a_code_two_packages_share_asks_for_the_folder(run, argos_packages) -> None:
    _twins(argos_packages["nl_en"], paths.argos_packages_dir())
    refused = run("models", "remove", "translate-nl_en")
    assert refused.code == 2 and "a_nl_en, translate-nl_en-1_9" in refused.err and refused.err.count("\n") == 1
    removed = run("models", "remove", "translate-nl_en-1_9")
    assert removed.code == 0
    assert [p.version for p in pkgs.list_packages(paths.argos_packages_dir())[0]] == ["1.10"]

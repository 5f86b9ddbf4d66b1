"""An XLIFF with far more units than its release has segments: counted before it is read whole and
refused in one line with the counts; the units of unknown ids of a file under the bound named a few,
the rest counted, in --json too (trial Z, F5: 100,000 tiny units took 65 s and 606 MB, and --json
listed every id). Texts in our own words."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_import_together import _twice
from tests.cli.test_xliff_renamed_ids import _exported


def _padded(out: Path, units: int, original: str | None = None) -> Path:
    tiny = "".join(
        f'<trans-unit id="extra{i}"><source>w{i}</source><target>m{i}</target></trans-unit>' for i in range(units)
    )
    text = out.read_text(encoding="utf-8").replace("</body>", f"{tiny}</body>")
    if original is not None:
        head, _, rest = text.partition('original="')
        text = f'{head}original="{original}"{rest.partition(chr(34))[2]}'
    out.write_text(text, encoding="utf-8")
    return out


def test_a_file_of_many_more_units_than_its_release_has_segments_is_refused_with_the_counts(run, tmp_path):
    lib, base, out = _exported(run, tmp_path)
    before = run(*lib, "review", *base, "--no-mt", "--json").json()["segments"]
    result = run(*lib, "import", str(_padded(out, 3000)), "--json")
    assert result.code == 2
    (line,) = [line for line in result.err.splitlines() if line.strip()]
    assert str(out) in line and "3,0" in line and "segments of release" in line, line
    assert run(*lib, "review", *base, "--no-mt", "--json").json()["segments"] == before


def test_a_file_naming_no_release_with_too_many_units_is_refused_too(run, tmp_path):
    lib, _base, out = _exported(run, tmp_path)
    result = run(*lib, "import", str(_padded(out, 3000, original="C:\\job\\file.xlf")))
    assert result.code == 2 and "more than an export of any release" in result.err, result.err


def test_units_of_unknown_ids_are_named_a_few_and_counted(run, tmp_path):
    lib, _base, out = _exported(run, tmp_path)
    result = run(*lib, "import", str(_padded(out, 40)), "--json")
    said = result.json()
    assert said["renamed_count"] == 40 and len(said["renamed"]) <= 10, said
    assert "extra0, extra1, extra2 and 37 more" in result.err, result.err


def test_twin_a_file_of_too_many_units_while_another_process_edits_the_release(run, tmp_path):
    lib, base, out = _exported(run, tmp_path)
    segments = run(*lib, "review", *base, "--no-mt", "--json").json()["segments"]
    number = next(i for i, s in enumerate(segments, 1) if "volgen later" in s["source"])
    edit = "D'autres précisions suivront bientôt."
    other = [*lib, "review", *base, "--no-mt", "--segment", str(number), "--edit", edit]
    codes = _twice([*lib, "import", str(_padded(out, 3000))], other)
    assert codes == [0, 2], codes
    assert edit in [s["target"] for s in run(*lib, "review", *base, "--no-mt", "--json").json()["segments"]]

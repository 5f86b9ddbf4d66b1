"""A release's check kept in the cache, keyed on everything it reads.

Review opens on a check of the whole release; a pair of 1,012 segments took 35-50 s each time it
opened, redone though nothing had changed (trial E, finding 10). The report is kept in the cache
folder (one file per release and language pair, so it never grows past one report each), under a
key that digests what the check reads: both versions (titles, dates, provenance, every block), the
release's date, issuer and import record, the glossary, the pairs the reviewer holds, the archive's
terms and the checks' own code. Any of them changed, the key differs and the check runs again; a
file that does not read is a miss, never an error (the cache is always safe to delete). Written
whole through `atomic.write_text`, so a second process writing the same report at once leaves one
whole file, never a mix.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from reader.core import atomic
from reader.core.errors import ReaderError
from reader.core.model import LanguageVersion, Release
from reader.core.review.findings import CheckedPair, CheckReport, Finding
from reader.core.text.glossary import Glossary

FOLDER = "checks"
_FORMAT = 1
_MAX_BYTES = 256 * 1024 * 1024  # far beyond a report of thousands of segments; a bound on a damaged file


@lru_cache(maxsize=1)
def checks_version() -> str:
    """The checks' code and data as installed: a digest of every file of the core, so a new version
    (or a developer's edit) never reads a report the old code made."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".py", ".yaml", ".json", ".txt")):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _version(version: LanguageVersion) -> dict[str, Any]:
    return {
        "lang": version.lang,
        "title": version.title,
        "date": str(version.date),
        "provenance": asdict(version.provenance),
        "blocks": [asdict(block) for block in version.blocks],
    }


def _glossary(glossary: Glossary | None) -> Any:
    if glossary is None:
        return None
    sets = (glossary.tagged, glossary.languages)
    return [glossary.raw, glossary.raw_written, *({k: sorted(v) for k, v in part.items()} for part in sets)]


def check_key(
    release: Release,
    src: str,
    tgt: str,
    glossary: Glossary | None,
    held: frozenset[str] | None,
    terms: list[Any] | None = None,
) -> str:
    """The digest of what a check without MT reads (`held`: the keys of the pairs the reviewer holds)."""
    said = {
        "format": _FORMAT,
        "checks": checks_version(),
        "release": [release.id, str(release.date), release.issuer, release.original_language, release.source],
        "versions": [_version(release.versions[src]), _version(release.versions[tgt])],
        "glossary": _glossary(glossary),
        "held": sorted(held or ()),
        "terms": [repr(term) for term in terms or ()],
    }
    return hashlib.sha256(json.dumps(said, sort_keys=True, default=str).encode()).hexdigest()


def _path(folder: Path, release_id: str, src: str, tgt: str) -> Path:
    name = re.sub(r"[^\w.-]+", "_", release_id)[:120]
    return Path(folder) / f"{name}.{src}-{tgt}.json"


def load_report(folder: Path, release_id: str, src: str, tgt: str, key: str) -> CheckReport | None:
    """The report kept under `key`, or None (none kept, another key, a file that does not read)."""
    try:
        data = json.loads(atomic.read_limited(_path(folder, release_id, src, tgt), _MAX_BYTES))
        if not isinstance(data, dict) or data.get("key") != key:
            return None
        return _report(data["report"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save_report(folder: Path, key: str, report: CheckReport) -> None:
    """Keep `report` under `key`: the file replaced whole. A cache that cannot be written (a full
    disk, a read-only folder) costs the next opening its time, nothing else."""
    data = {"key": key, "report": _plain(report)}
    try:
        atomic.write_text(_path(folder, report.release_id, report.source, report.target), json.dumps(data))
    except (OSError, ReaderError):
        pass


def _finding_plain(flag: Finding) -> dict[str, Any]:
    detail = flag.detail if isinstance(flag.detail, (str, int, float)) else None
    return {
        "code": flag.code,
        "message": flag.message,
        "severity": flag.severity,
        "confidence": flag.confidence,
        "detail": detail,
    }


def _plain(report: CheckReport) -> dict[str, Any]:
    pairs = [
        {
            **{k: getattr(p, k) for k in ("index", "kind", "source", "target", "shape", "target_parts")},
            **{k: getattr(p, k) for k in ("target_block", "source_block", "shown")},
            "flags": [_finding_plain(f) for f in p.flags],
            "dismissed": [_finding_plain(f) for f in p.dismissed],
        }
        for p in report.pairs
    ]
    return {
        "release_id": report.release_id,
        "source": report.source,
        "target": report.target,
        "notes": report.notes,
        "target_kind": report.target_kind,
        "pairs": pairs,
    }


def _report(data: dict[str, Any]) -> CheckReport:
    pairs = [
        CheckedPair(
            **{k: v for k, v in p.items() if k not in ("flags", "dismissed", "shown")},
            flags=[Finding(**f) for f in p["flags"]],
            dismissed=[Finding(**f) for f in p["dismissed"]],
            shown=tuple(p["shown"]),
        )
        for p in data["pairs"]
    ]
    report = CheckReport(data["release_id"], data["source"], data["target"], pairs, notes=list(data["notes"]))
    report.target_kind = data["target_kind"]
    return report

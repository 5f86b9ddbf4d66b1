"""What the right column of side by side can show, and the translation that fills it, off the UI thread.

`choices` orders the versions `v` cycles through; `translate` is the body of the translation's
thread worker, reporting by `post` (`TranslationProgress` from the first sentence, then one
`TranslationFinished`), tagged with its `run` so a cancelled run's late messages are told apart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from textual.message import Message
from textual.worker import get_current_worker

from reader.core.engine.fallback_said import listening
from reader.core.engine.result import TranslationResult
from reader.core.errors import PackageError, ReaderError
from reader.core.model import LANGUAGE_NAMES, LANGUAGES, Release
from reader.core.validation import out_of_date
from reader.tui.messages import EngineFellBack, TranslationFinished, TranslationProgress
from reader.tui.widgets.rows import rows_from_result

if TYPE_CHECKING:
    from reader.tui.app import PressReaderApp


@dataclass(frozen=True)
class Choice:
    """What the right column shows: a version in the library, a translation made here, or one to make."""

    lang: str
    kind: Literal["version", "machine", "translate"]


def readable(target: Any, release: Release, *langs: str) -> bool:
    """Whether these versions' bodies can be read; the first that cannot is said in one line (a
    hand-made body holding only its letterhead crashed side by side with a traceback: a trial)."""
    from reader.tui.tell import tell_error

    for lang in langs:
        version = release.versions.get(lang)
        try:
            _ = version.blocks if version is not None else None
        except ReaderError as exc:
            tell_error(target, exc, title="Cannot read this version")
            return False
    return True


def choices(release: Release, source: str, made: dict[str, TranslationResult]) -> list[Choice]:
    """Human versions first, then machine ones (saved, then made here), then translations to make."""
    versions = [code for code in release.languages if code != source]
    human = [Choice(c, "version") for c in versions if release.versions[c].provenance.kind != "machine"]
    machine = [Choice(c, "version") for c in versions if release.versions[c].provenance.kind == "machine"]
    here = [Choice(c, "machine") for c in made]
    saved_machine = {c.lang for c in machine}
    missing = [c for c in LANGUAGES if c != source and c not in made and c not in saved_machine]
    # A language with no version at all first; a machine rendering beside a human one after.
    to_make = [Choice(c, "translate") for c in sorted(missing, key=lambda c: c in release.versions)]
    return human + machine + here + to_make


def next_choice(
    view: Any, release: Release, source: str, made: dict[str, TranslationResult], at: Choice, step: int
) -> tuple[Choice | None, str]:
    """What `v` shows next (a version that can be read, or a translation made here), else what to
    say: a translation still to make is only named, `t` makes it (`v` started one, minutes of work,
    at a keypress meant to look: two trials), and one without its model says so."""
    order = choices(release, source, made)
    place = order.index(at) if at in order else -1
    to_make: list[str] = []
    skipped: list[str] = []
    for n in range(1, len(order) + 1):
        candidate = order[(place + step * n) % len(order)]
        if candidate == at:
            break
        if candidate.kind == "version" and not readable(view, release, candidate.lang):
            continue
        if candidate.kind == "translate":
            (to_make if routable(view.app, source, candidate.lang) else skipped).append(LANGUAGE_NAMES[candidate.lang])
            continue
        return candidate, ""
    more = f" t translates into {' or '.join(to_make)}." if to_make else ""
    more += f" Machine translations into {' and '.join(skipped)} need their models (m)." if skipped else ""
    return None, more


def under_way(lang: str, live: TranslationResult | None) -> str:
    """What `v` says with nothing else to show while a translation runs (it said "No other version
    of this release. t translates into English" while the French was being made: a trial)."""
    done, total = live.counted() if live is not None else (0, 0)
    so_far = f" ({done} of {total} sentences)" if live is not None else ""
    return f"The {LANGUAGE_NAMES[lang]} translation is under way{so_far}: no other version to show yet. Esc stops it."


def routable(app: PressReaderApp, source: str, target: str) -> bool:
    try:
        app.translator.route(source, target)
    except PackageError:
        return False
    return True


def side_label(
    release: Release,
    lang: str,
    machine: bool,
    result: TranslationResult | None,
    translating: bool,
    saving: bool = False,
) -> str:
    """A column's heading: the language and where its text comes from (`machine`: made here)."""
    if not machine:
        stale = " · out of date" if out_of_date(release, lang) else ""  # its original was replaced since
        return f"{LANGUAGES[lang]} · {release.versions[lang].provenance.label()}{stale}"
    models = _route(result.models if result else [])
    if result is not None and result.fell_back:  # the servers named were not what made it (a team's trial)
        models = f"servers failed, local {models}".strip()
    state = " · translating" if translating else " · saving…" if saving else " · not saved (w)"
    if not translating and not saving and result is not None and result.counted()[0] == 0:
        state = " · nothing translated (t)"  # a cancel before the first sentence left nothing to save
    elif not translating and not saving and result is not None and not result.complete:
        state = " · incomplete (t goes on)"  # a cancelled run is not saved ('w' refuses it): 't' resumes
    # the state before the models' names: at 80 columns the end is cut, and 'not saved (w)' matters
    return f"{LANGUAGES[lang]} · machine{state}{f' · {models}' if models else ''}"


def starting(app: PressReaderApp, source: str, target: str) -> str:
    """What the bar says before the first sentence comes back: loading a pivot's two models takes
    seconds, and a LibreTranslate server may be slow to answer; the user sees which is waited on."""
    try:
        hops = app.translator.route(source, target)
    except PackageError:
        return "Esc cancels · starting…"
    route = _route([{"code": hop.code, "version": hop.version} for hop in hops])
    servers = " ".join(dict.fromkeys(hop.name for hop in hops if ":" in hop.code and hop.name))
    if servers:
        return f"Esc cancels · waiting for {servers} ({route})"
    # the key first: a 60-column line lost 'Esc cancels' at its end (trial C)
    return f"Esc cancels · loading the models ({route})"


def translate(
    app: PressReaderApp, release: Release, source: str, target: str, run: int, post: Callable[[Message], object]
) -> None:
    """Translate the `source` version into `target`, cancellable between sentences."""
    worker = get_current_worker()
    version = release.versions[source]

    def progress(done: int, total: int, partial: TranslationResult) -> None:
        post(TranslationProgress(done, total, rows_from_result(partial), partial, run))

    with listening(app.translator, lambda reason: post(EngineFellBack(reason))):  # said at once, not only at the end
        result = app.translator.translate_blocks(
            version.blocks,
            source,
            target,
            title=version.title,
            progress=progress,
            cancel=lambda: worker.is_cancelled,
            apart=release.id,
        )
    # counted as the bar counted them (sentences with words), so '0/15' is not followed by '24'
    done, cached = result.counted()[0], result.from_cache
    if result.complete:
        remembered = f", {result.from_memory} from the archive's memory" if result.from_memory else ""
        contested = ""
        if n := result.contested_memory:  # the newest of several renderings, none marked ok: said (trial D)
            be = "is" if n == 1 else "are"
            contested = f" {n} taken from the memory {be} rendered otherwise there too (c opens the concordance)."
        if n := result.imported_memory:  # an imported TMX's rendering, never the library's own (fix batch 19)
            contested += f" {n} from an imported memory (tmx:…): check {'it' if n == 1 else 'them'}."
        summary = (
            f"Translated {done} sentences ({cached} from the cache{remembered}).{contested} w saves it in the library."
        )
    else:
        kept, total = result.counted()
        summary = f"Cancelled: kept {kept} of {total} sentences (cached for next time)."
    if result.fell_back:  # the engine changed under the run: said where the run is read, not only in a log
        summary += f" Local models used: {result.fell_back}."
    post(TranslationFinished(rows_from_result(result), result, summary, run))


def _route(models: list[dict[str, str]]) -> str:
    """The models as a route, 'nl→en→fr 1.0': a pivot's two names ('translate-nl_en 1.0,
    translate-en_fr 1.0') did not fit a column's heading even at 120 columns (a new user's trial)."""
    hops = [m["code"].rsplit("-", 1)[-1].rsplit(":", 1)[-1].split("_") for m in models]
    # a server's hop and the local model that finished it are one hop made by two: 'nl→en', not 'nl→en→en'
    hops = [list(hop) for hop in dict.fromkeys(tuple(hop) for hop in hops)]
    if not hops or any(len(hop) != 2 for hop in hops):
        return ", ".join(f"{m['code']} {m.get('version', '')}".strip() for m in models)
    versions = "/".join(dict.fromkeys(m.get("version", "") for m in models if m.get("version")))
    servers = "+".join(dict.fromkeys(m["code"].split(":", 1)[0] for m in models if ":" in m["code"]))
    return " ".join(filter(None, [servers, "→".join([hops[0][0], *(hop[1] for hop in hops)]), versions]))
